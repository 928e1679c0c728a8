package no.mfa.hrd.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.engine.platform7.ExecutionContextModelProvider;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.spring_test.common.BaseProcessEngineCoverageTestExecutionListener;
import org.springframework.test.context.TestContext;

/**
 * Process test coverage per model. The library's own listener judges a class by the coverage of all
 * the models it touched together; a démarche test also runs the public statement it calls, so we
 * judge each model the class names in {@link FullModelCoverage} on its own.
 */
public class ModelCoverageListener extends BaseProcessEngineCoverageTestExecutionListener {

  private final DefaultCollector collector = new DefaultCollector(new ExecutionContextModelProvider());

  @Override
  protected DefaultCollector getCoverageCollector() {
    return collector;
  }

  /** Every class of the shared context records (the engine's coverage listeners need a collector); few are judged. */
  @Override
  protected boolean isTestClassExcluded(TestContext testContext) {
    return false;
  }

  @Override
  public void beforeTestClass(TestContext testContext) {
    super.beforeTestClass(testContext);
    new ProcessEngineAdapter(testContext.getApplicationContext().getBean(ProcessEngine.class), collector)
        .initializeListeners();
  }

  @Override
  public void afterTestClass(TestContext testContext) {
    super.afterTestClass(testContext);
    FullModelCoverage required = testContext.getTestClass().getAnnotation(FullModelCoverage.class);
    if (required == null) {
      return;
    }
    for (String key : required.value()) {
      Model model = collector.getModels().stream().filter(candidate -> candidate.getKey().equals(key))
          .findFirst().orElseThrow(() -> new AssertionError("No test of the class ran process " + key));
      assertThat(collector.getActiveSuite().calculateCoverage(model))
          .as("coverage of %s by %s (see target/process-test-coverage)", key, testContext.getTestClass().getSimpleName())
          .isEqualTo(1.0);
    }
  }
}
