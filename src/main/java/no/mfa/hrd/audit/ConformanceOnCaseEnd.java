package no.mfa.hrd.audit;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * When a case ends, its verdicts are evaluated and stored, once what ended it is committed, on a thread
 * and in a transaction of their own: the clerk whose step ended the case does not wait for it. Should it
 * fail (or the node stop first), the next report evaluates the case instead. It starts a moment later
 * ({@code hrd.audit.conformance-delay}): begun at once, reading the case's history competed for the CPU
 * with the answer to the clerk (issue 18: that call took 1.35 times plain Camunda's, on two cores).
 */
@Component
class ConformanceOnCaseEnd implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(ConformanceOnCaseEnd.class);

  private final Conformance conformance;
  private final ProcessEngine engine;
  /** One at a time, in the order cases end. */
  private final ScheduledExecutorService evaluator = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "hrd-conformance");
    thread.setDaemon(true);
    return thread;
  });
  private final Duration delay;

  ConformanceOnCaseEnd(Conformance conformance, ProcessEngine engine,
      @Value("${hrd.audit.conformance-delay}") Duration delay) {
    this.conformance = conformance;
    this.engine = engine;
    this.delay = delay;
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
        evaluator.schedule(() -> evaluate(caseReference), delay.toMillis(), TimeUnit.MILLISECONDS);
      }
    });
  }

  private void evaluate(String caseReference) {
    try {
      ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
          .execute(context -> context.runWithoutAuthorization(() -> {
            conformance.evaluateEnded(caseReference);
            return null;
          }));
    } catch (RuntimeException failed) {
      LOG.warn("Conformance of case {} not stored when it ended; the next report evaluates it ({})",
          caseReference, failed.getClass().getSimpleName());
    }
  }

  /**
   * Cases that ended in the last moment are evaluated before the node stops: this bean goes before the
   * engine it uses, and a scheduled evaluation still runs after shutdown.
   */
  @Override
  public void destroy() throws InterruptedException {
    evaluator.shutdown();
    if (!evaluator.awaitTermination(delay.toMillis() + 10_000, TimeUnit.MILLISECONDS)) {
      LOG.warn("Conformance of cases that ended as the node stopped is left to the next report");
      evaluator.shutdownNow();
    }
  }
}
