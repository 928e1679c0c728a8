package no.mfa.hrd.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.mfa.hrd.ServiceTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A scenario test of a process: the whole service ({@link ServiceTest}), camunda-bpm-assert bound to
 * its engine, a {@link Scenario} for the test's constructor, and the engine's clock reset after each
 * test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServiceTest
@ExtendWith(ScenarioExtension.class)
public @interface ScenarioTest {
}
