package no.mfa.hrd.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** The setup every scenario test shares (see {@link ScenarioTest}). */
class ScenarioExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

  @Override
  public void beforeEach(ExtensionContext context) {
    BpmnAwareTests.init(engine(context));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    // Tests that move the engine's clock (deadlines, timers) leave it as they found it.
    ClockUtil.reset();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Scenario.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return new Scenario(engine(context));
  }

  private static ProcessEngine engine(ExtensionContext context) {
    return SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
  }
}
