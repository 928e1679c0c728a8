package no.mfa.hrd;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import no.mfa.hrd.support.CoverageConfiguration;
import no.mfa.hrd.support.ModelCoverageListener;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * The whole service on a random port with its own in-memory database and the demo identities.
 * All such tests share one Spring context: the REST API serves the engine named "default", so a
 * second context with other settings would take that name away. Tests that need other settings
 * start their own application with its own engine name.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(CoverageConfiguration.class)
@TestExecutionListeners(listeners = ModelCoverageListener.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface ServiceTest {
}
