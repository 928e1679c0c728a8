package no.mfa.hrd.audit;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * When a case ends, its verdicts are evaluated and stored, once what ended it is committed (in a
 * transaction of their own). Should that fail, the next report evaluates the case instead.
 */
@Component
class ConformanceOnCaseEnd {

  private static final Logger LOG = LoggerFactory.getLogger(ConformanceOnCaseEnd.class);

  private final Conformance conformance;
  private final ProcessEngine engine;

  ConformanceOnCaseEnd(Conformance conformance, ProcessEngine engine) {
    this.conformance = conformance;
    this.engine = engine;
  }

  @EventListener
  public void onEnd(HistoricProcessInstanceEventEntity event) {
    if (!HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(event.getEventType())
        || event.getSuperProcessInstanceId() != null || event.getBusinessKey() == null
        || !TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    String caseReference = event.getBusinessKey();
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        try {
          ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequiresNew()
              .execute(context -> context.runWithoutAuthorization(() -> {
                conformance.evaluateEnded(caseReference);
                return null;
              }));
        } catch (RuntimeException failed) {
          LOG.warn("Conformance of case {} not stored when it ended; the next report evaluates it ({})",
              caseReference, failed.getClass().getSimpleName());
        }
      }
    });
  }
}
