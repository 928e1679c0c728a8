package no.mfa.hrd.casefile;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Runs the service's own reads and changes in one engine command without authorization checks: who may
 * ask has been decided before (by role, or by the engine for the case itself), and the work reads or
 * erases across all processes of a case. The current user stays authenticated, so every engine
 * operation it causes is attributed to them in the operation log.
 */
@Component
public class AsService {

  private final ProcessEngine engine;

  AsService(ProcessEngine engine) {
    this.engine = engine;
  }

  public <T> T call(Supplier<T> work) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(work::get));
  }
}
