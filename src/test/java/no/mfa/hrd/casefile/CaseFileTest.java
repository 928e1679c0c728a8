package no.mfa.hrd.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.support.Forms;
import no.mfa.hrd.support.TestMail;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@ServiceTest
class CaseFileTest {

  private static final String REFERENCE = "HRD-\\d{4}-\\d{5}";

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
  }

  private ProcessInstance startAs(String userId, String... groups) {
    return new Forms(engine).start("caseFileTest", Map.of("summary", "s"), userId, groups);
  }

  @Test
  void aCaseGetsAGeneratedReferenceAndTheStartersMissionAndDesk() {
    ProcessInstance instance = startAs("mission.nairobi", "mission-nairobi");

    // The reference the client offered is replaced by a generated one.
    assertThat(instance.getBusinessKey()).matches(REFERENCE);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getBusinessKey()).isEqualTo(instance.getBusinessKey());
    assertThat(runtimeService.getVariables(instance.getId())).containsAllEntriesOf(Map.of(
        CaseVariables.CASE_REFERENCE, instance.getBusinessKey(),
        CaseVariables.MISSION_GROUP, "mission-nairobi",
        CaseVariables.MISSION_COUNTRY, "Kenya",
        CaseVariables.DESK_GROUP, "desk-africa"));
  }

  @Test
  void everyTaskShowsTheCaseReferenceAndGoesToTheRightRole() {
    ProcessInstance instance = startAs("mission.bogota", "mission-bogota");
    String reference = instance.getBusinessKey();

    Task record = task(instance);
    assertThat(record.getName()).isEqualTo("Record details (" + reference + ")");
    assertThat(record.getDescription()).isEqualTo("Case " + reference);
    assertThat(taskService.createTaskQuery().taskId(record.getId()).taskCandidateGroup("mission-bogota").count())
        .isEqualTo(1);
    new Forms(engine).submit(record, Map.of("details", "d"), "mission.bogota", "mission-bogota");

    ProcessInstance followUp = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).singleResult();
    assertThat(followUp.getBusinessKey()).isEqualTo(reference);
    Task acknowledge = task(followUp);
    assertThat(acknowledge.getName()).isEqualTo("Acknowledge follow-up (" + reference + ")");
    assertThat(runtimeService.getVariable(followUp.getId(), CaseVariables.DESK_GROUP)).isEqualTo("desk-latin-america");
    new Forms(engine).submit(acknowledge, Map.of("acknowledgement", "a"), "mission.bogota", "mission-bogota");

    engine.getManagementService().executeJob(BpmnAwareTests.job(instance).getId());
    Task review = task(instance);
    assertThat(taskService.createTaskQuery().taskId(review.getId()).taskCandidateGroup("desk-latin-america").count())
        .isEqualTo(1);
    new Forms(engine).submit(review, Map.of("review", "r"), "desk.latin-america", "desk-latin-america");
    engine.getManagementService().executeJob(BpmnAwareTests.job(instance).getId());
    BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_CaseReviewed").isEnded();
  }

  @Test
  void onlyMissionStaffOpenACase() {
    // Authorizations stop other roles first ...
    assertThatThrownBy(() -> startAs("desk.africa", "desk-africa"))
        .isInstanceOf(AuthorizationException.class);
    // ... and the case file stops anyone who may start anything but belongs to no routed mission.
    assertThatThrownBy(() -> startAs("admin", "camunda-admin"))
        .isInstanceOf(CaseFileException.class)
        .hasMessageContaining("no mission group");
    assertThatThrownBy(() -> startAs("admin", "camunda-admin", "mission-nowhere"))
        .isInstanceOf(CaseFileException.class)
        .hasMessage("No desk is configured for mission-nowhere in missionRouting");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("caseFileTest")
        .variableValueEquals(CaseVariables.MISSION_GROUP, "mission-nowhere").count()).isZero();
  }

  @Test
  void fiftyConcurrentStartsGetFiftyDistinctConsecutiveReferences() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<String>> starts = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        starts.add(() -> startAs("mission.ankara", "mission-ankara").getBusinessKey());
      }
      List<Integer> numbers = new ArrayList<>();
      for (Future<String> start : pool.invokeAll(starts)) {
        String reference = start.get();
        assertThat(reference).matches(REFERENCE);
        numbers.add(Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1)));
      }
      numbers.sort(null);
      assertThat(numbers).doesNotHaveDuplicates().hasSize(50);
      assertThat(numbers.get(49) - numbers.get(0)).isEqualTo(49);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void numbersRestartEachYearInTheMinistrysTimeZone() {
    // 23:30 UTC on 31 December is already New Year in Oslo.
    CaseReferences newYearsEve = references(Instant.parse("2030-12-31T22:30:00Z"));
    CaseReferences newYear = references(Instant.parse("2030-12-31T23:30:00Z"));

    assertThat(nextInTransaction(newYearsEve)).isEqualTo("HRD-2030-00001");
    assertThat(nextInTransaction(newYearsEve)).isEqualTo("HRD-2030-00002");
    assertThat(nextInTransaction(newYear)).isEqualTo("HRD-2031-00001");
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      newYearsEve.next();
      status.setRollbackOnly();
    });
    assertThat(nextInTransaction(newYearsEve)).as("a rolled-back start leaves no gap").isEqualTo("HRD-2030-00003");
  }

  private String nextInTransaction(CaseReferences references) {
    return new TransactionTemplate(transactionManager).execute(status -> references.next());
  }

  private CaseReferences references(Instant now) {
    return new CaseReferences(jdbc, transactionManager, Clock.fixed(now, ZoneOffset.UTC), "HRD");
  }
}
