package no.mfa.hrd.retention;

import static no.mfa.hrd.support.Scenario.NAIROBI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import no.mfa.hrd.support.Fixture;
import no.mfa.hrd.support.Scenario;
import no.mfa.hrd.support.ScenarioTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Every case's history is kept for one configured time after it ends, and then really removed. */
@ScenarioTest
class HistoryRetentionTest {

  @Autowired ProcessEngine engine;
  @Value("${hrd.retention.history-time-to-live}") Duration timeToLive;
  private final Scenario scenario;

  HistoryRetentionTest(Scenario scenario) {
    this.scenario = scenario;
  }

  @AfterEach
  void backToToday() {
    ClockUtil.reset();
  }

  @Test
  void everyProcessAndDecisionKeepsItsHistoryForTheOneConfiguredTime() {
    int days = (int) timeToLive.toDays();
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list())
        .isNotEmpty().extracting(ProcessDefinition::getHistoryTimeToLive).containsOnly(days);
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().latestVersion().list())
        .isNotEmpty().extracting(DecisionDefinition::getHistoryTimeToLive).containsOnly(days);
  }

  @Test
  void theCleanupHasANightlyWindowSoThatItRuns() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(configuration.getHistoryRemovalTimeStrategy()).as("counted from the case's end").isEqualTo("end");
    assertThat(engine.getHistoryService().findHistoryCleanupJobs()).as("scheduled at start-up").isNotEmpty();
  }

  @Test
  void historyPastItsTimeIsRemovedAndARunningCaseKeepsAll() {
    Fixture fixture = Fixture.of("section35Request");
    ProcessInstance ended = scenario.start("section35Request", fixture.step("start", "consentToShare", "no"), NAIROBI);
    ProcessInstance running = scenario.start("section35Request", fixture.step("start"), NAIROBI);
    assertThat(history(ended.getId())).isEqualTo(1);
    assertThat(grants(ended.getId())).as("the mission and desk may read the ended case's history, until its time")
        .isNotZero();

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(timeToLive).plus(Duration.ofDays(1))));
    // One run removes a batch per table: other tests' cases expire too, so run until this case is gone.
    for (int run = 0; run < 100 && historyLeft(ended.getId()) > 0; run++) {
      Job cleanup = engine.getHistoryService().cleanUpHistoryAsync(true);
      engine.getManagementService().executeJob(cleanup.getId());
    }

    assertThat(history(ended.getId())).as("the ended case's history is gone").isZero();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(ended.getId()).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(ended.getId()).count()).isZero();
    assertThat(grants(ended.getId())).as("no grant outlives the history it opened").isZero();
    assertThat(history(running.getId())).as("a running case keeps its history").isEqualTo(1);
    assertThat(grants(running.getId())).as("and the grants to read it").isEqualTo(4);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(running.getId())
        .resourceType(org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE).list())
        .as("a removal time set on the running case would not take its readers away")
        .allSatisfy(grant -> assertThat(grant.getRootProcessInstanceId()).isNull());
  }

  private long historyLeft(String processInstanceId) {
    return history(processInstanceId) + grants(processInstanceId)
        + engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).count()
        + engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).count();
  }

  private long grants(String processInstanceId) {
    return engine.getAuthorizationService().createAuthorizationQuery().resourceId(processInstanceId).count();
  }

  private long history(String processInstanceId) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count();
  }
}
