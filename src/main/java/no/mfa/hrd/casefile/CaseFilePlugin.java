package no.mfa.hrd.casefile;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Registers the case file on the engine: every process opens or inherits a case when it starts. */
@Component
public class CaseFilePlugin extends AbstractProcessEnginePlugin {

  private final CaseStartListener startListener;
  private final CaseTaskListener taskListener;

  public CaseFilePlugin(CaseStartListener startListener, CaseTaskListener taskListener) {
    this.startListener = startListener;
    this.taskListener = taskListener;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new CaseFileParseListener(startListener, taskListener));
    configuration.setResourceAuthorizationProvider(new CandidateGroupTaskAuthorizations());
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new CandidateGroupTaskQueries.Factory());
  }
}
