package no.mfa.hrd.forms;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Registers the server-side form rules on the engine, for REST and Tasklist alike. */
@Component
public class FormRulesPlugin extends AbstractProcessEnginePlugin {

  private final FormSubmissions submissions;

  public FormRulesPlugin(FormSubmissions submissions) {
    this.submissions = submissions;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new FormRulesParseListener(submissions));
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new SubmittedThroughForm.Factory());
  }
}
