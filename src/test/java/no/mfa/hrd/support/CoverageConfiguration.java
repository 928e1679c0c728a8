package no.mfa.hrd.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Coverage recording in the one shared test context. The library's default listener is switched off
 * (its inclusion pattern matches no class); {@link ModelCoverageListener} judges the classes marked
 * with {@link FullModelCoverage}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessEngineCoverageConfiguration.class)
public class CoverageConfiguration {

  @Bean
  @Primary
  ProcessEngineCoverageProperties coverageProperties() {
    return new ProcessEngineCoverageProperties.Builder().addInclusionPatternForTestClasses("^$").build();
  }
}
