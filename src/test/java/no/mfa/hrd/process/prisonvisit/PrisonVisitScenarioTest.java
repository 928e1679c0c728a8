package no.mfa.hrd.process.prisonvisit;

import static no.mfa.hrd.process.demarche.DemarcheSteps.LOW_RISK;
import static no.mfa.hrd.process.demarche.DemarcheSteps.verify;
import static no.mfa.hrd.process.prisonvisit.PrisonVisitSteps.IMPACT;
import static no.mfa.hrd.process.prisonvisit.PrisonVisitSteps.RELEASED;
import static no.mfa.hrd.process.prisonvisit.PrisonVisitSteps.REQUEST;
import static no.mfa.hrd.process.prisonvisit.PrisonVisitSteps.START;
import static no.mfa.hrd.process.prisonvisit.PrisonVisitSteps.VISITED;
import static no.mfa.hrd.process.prisonvisit.PrisonVisitSteps.step;
import static no.mfa.hrd.process.publicstatement.PublicStatementSteps.STATEMENT_DRAFT;
import static no.mfa.hrd.process.publicstatement.PublicStatementSteps.statementSecurity;
import static no.mfa.hrd.support.Scenario.DESK_AFRICA;
import static no.mfa.hrd.support.Scenario.NAIROBI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.Map;
import no.mfa.hrd.forms.FormRulesException;
import no.mfa.hrd.forms.Violation;
import no.mfa.hrd.support.FullModelCoverage;
import no.mfa.hrd.support.Scenario;
import no.mfa.hrd.support.ScenarioTest;
import no.mfa.hrd.support.TestMail;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of a prison or house-arrest visit, each step done through its form by the role the guidelines name. */
@ScenarioTest
@FullModelCoverage("prisonVisit")
class PrisonVisitScenarioTest {

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  @Autowired ProcessEngine engine;
  private final Scenario scenario;

  PrisonVisitScenarioTest(Scenario scenario) {
    this.scenario = scenario;
  }

  /** Reported, its impact and risk assessed, and the desk has given this advice. */
  private ProcessInstance advised(Map<String, Object> start, String advice) {
    ProcessInstance instance = scenario.start("prisonVisit", start, NAIROBI);
    scenario.work(instance, "Task_AssessImpact", IMPACT, NAIROBI);
    scenario.work(instance, "Task_AssessRisk", LOW_RISK, NAIROBI);
    scenario.work(instance, "Task_Decide", step(advice), DESK_AFRICA);
    scenario.runNotifications(instance);
    return instance;
  }

  /** Advised for, the permission requested and answered so. */
  private ProcessInstance answered(Map<String, Object> start, String answer) {
    ProcessInstance instance = advised(start, "agree");
    scenario.work(instance, "Task_RequestPermission", REQUEST, NAIROBI);
    scenario.work(instance, "Task_RecordAnswer", step(answer), NAIROBI);
    return instance;
  }

  /** Visited, reported, and the desk has chosen this follow-up. */
  private ProcessInstance visitedAndAcknowledged(String acknowledgement) {
    ProcessInstance instance = answered(START, "granted");
    scenario.work(instance, "Task_VisitDefender", VISITED, NAIROBI);
    scenario.work(instance, "Task_AcknowledgeReport", step(acknowledgement), DESK_AFRICA);
    scenario.runNotifications(instance);
    return instance;
  }

  private void assertNoJobLeft(ProcessInstance instance) {
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
        .as("no timer left behind").isZero();
  }

  private ProcessInstance calledBy(ProcessInstance instance, String processKey) {
    ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).processDefinitionKey(processKey).singleResult();
    assertThat(called.getBusinessKey()).as("the same case").isEqualTo(instance.getBusinessKey());
    return called;
  }

  @Test
  void aGrantedVisitIsReportedAndFollowedUntilTheRelease() {
    ProcessInstance instance = visitedAndAcknowledged("ackNone");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_ReviewDue", "Task_RecordRelease").variables()
        .containsEntry("ministryOutcome", "agreed").containsEntry("conditionsFound", "poor");
    assertThat(TestMail.subjectsTo(mail, "desk.africa@example.org")).contains("HRD Support: a task awaits your group");

    scenario.work(instance, "Task_RecordRelease", RELEASED, NAIROBI);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_VisitDefender", "EndEvent_Released")
        .variables().containsEntry("caseOutcome", "released");
    assertNoJobLeft(instance);
  }

  @Test
  void aRefusedRequestLeadsToAVisitToTheFamilyWithTheirAgreement() {
    ProcessInstance instance = answered(START, "refused");
    scenario.work(instance, "Task_ConsiderFamilyVisit", step("familyAgreed"), NAIROBI);
    scenario.work(instance, "Task_VisitFamily", step("familyVisited"), NAIROBI);
    scenario.work(instance, "Task_AcknowledgeReport", step("ackNone"), DESK_AFRICA);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).hasPassed("Task_VisitFamily").hasNotPassed("Task_VisitDefender")
        .isWaitingAt("Timer_ReviewDue", "Task_RecordRelease");
  }

  @Test
  void threeFollowUpCyclesInLongDetentionThenTheRelease() {
    ProcessInstance instance = visitedAndAcknowledged("ackNone");
    for (String review : new String[] {"reviewLater", "reviewImproved", "anotherVisit"}) {
      Job due = scenario.timer(instance, "Timer_ReviewDue");
      assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), due.getDuedate().toInstant()))
          .as("back to the mission in 90 days").isBetween(Duration.ofDays(90).minusMinutes(5), Duration.ofDays(90));
      scenario.fire(due);
      scenario.work(instance, "Task_ReviewDetention", step(review), NAIROBI);
    }
    // Another request is weighed with the Ministry again, and starts from an empty cycle.
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AssessImpact", "Task_RecordRelease").variables()
        .containsEntry("visitAnswer", null).containsEntry("ministryOutcome", null).containsEntry("answerReceivedOn", null)
        .containsEntry("placeOfDetention", START.get("placeOfDetention"));
    scenario.work(instance, "Task_AssessImpact", IMPACT, NAIROBI);
    scenario.work(instance, "Task_AssessRisk", LOW_RISK, NAIROBI);
    scenario.work(instance, "Task_Decide", step("agree"), DESK_AFRICA);
    scenario.work(instance, "Task_RequestPermission", REQUEST, NAIROBI);
    scenario.work(instance, "Task_RecordAnswer", step("noAnswer"), NAIROBI);
    scenario.work(instance, "Task_ConsiderFamilyVisit", step("noFamilyVisit"), NAIROBI);
    scenario.work(instance, "Task_AcknowledgeReport", step("ackNone"), DESK_AFRICA);
    scenario.runNotifications(instance);
    scenario.work(instance, "Task_RecordRelease", RELEASED, NAIROBI);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isEnded().variables().containsEntry("caseOutcome", "released");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .processDefinitionKey("ministryDecision").count()).as("the Ministry consulted before each request").isEqualTo(2);
    assertThat(TestMail.subjectsTo(mail, "desk.africa@example.org")).as("the desk learns of the release")
        .contains("HRD Support: for your information");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_ReviewDetention").finished().count()).isEqualTo(3);
    assertNoJobLeft(instance);
  }

  @Test
  void aReleaseRecordedInTheMiddleOfACycleLeavesNoJobBehind() {
    ProcessInstance instance = visitedAndAcknowledged("ackNone");
    scenario.fire(scenario.timer(instance, "Timer_ReviewDue"));
    scenario.runNotifications(instance);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ReviewDetention", "Task_RecordRelease");

    scenario.work(instance, "Task_RecordRelease", RELEASED, NAIROBI);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isEnded().hasNotPassed("Gateway_NextStep");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertNoJobLeft(instance);
  }

  @Test
  void aDefenderUnderHouseArrestGoesThroughTheSameProcess() {
    ProcessInstance instance = answered(step("houseArrest"), "granted");
    scenario.work(instance, "Task_VisitDefender", VISITED, NAIROBI);

    Map<String, Object> withoutCourtCase = new java.util.HashMap<>(step("ackCourtObservation"));
    withoutCourtCase.remove("courtCase");
    assertThatThrownBy(() -> scenario.work(instance, "Task_AcknowledgeReport", withoutCourtCase, DESK_AFRICA))
        .as("no court case to observe until the desk names one")
        .isInstanceOfSatisfying(FormRulesException.class, refused -> assertThat(refused.getViolations())
            .extracting(Violation::field, Violation::rule).containsExactly(tuple("courtCase", "required")));
    scenario.submit(instance, "Task_AcknowledgeReport", step("ackNone"), DESK_AFRICA);
    scenario.runNotifications(instance);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_ReviewDue", "Task_RecordRelease").variables()
        .containsEntry("detentionType", "houseArrest");
  }

  @Test
  void theDeskAdvisesAgainstAndTheMissionDoesNothingForNow() {
    ProcessInstance instance = advised(START, "adviseAgainst");
    scenario.work(instance, "Task_DecideInstead", step("insteadNothing"), NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_AdvisedAgainst").hasNotPassed("Task_RequestPermission")
        .variables().containsEntry("caseOutcome", "notVisitedAdvisedAgainst");
    assertNoJobLeft(instance);
  }

  @Test
  void theDeskAdvisesAgainstAndTheMissionTakesAnotherMeasure() {
    ProcessInstance instance = advised(START, "adviseAgainst");
    scenario.work(instance, "Task_DecideInstead", step("insteadOther"), NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_OtherMeasure")
        .variables().containsEntry("caseOutcome", "otherMeasureInstead");
  }

  @Test
  void theDeskAdvisesAgainstAndTheMissionVisitsTheFamilyInstead() {
    ProcessInstance instance = advised(START, "adviseAgainst");
    scenario.work(instance, "Task_DecideInstead", step("insteadFamily"), NAIROBI);
    scenario.work(instance, "Task_ConsiderFamilyVisit", step("familyDeclined"), NAIROBI);
    scenario.work(instance, "Task_AcknowledgeReport", step("ackNone"), DESK_AFRICA);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).hasNotPassed("Task_RequestPermission", "Task_VisitFamily")
        .isWaitingAt("Timer_ReviewDue", "Task_RecordRelease");
  }

  @Test
  void withoutAnAnswerByTheDateSetTheVisitIsTakenAsNotPossible() {
    ProcessInstance instance = advised(START, "agree");
    scenario.work(instance, "Task_RequestPermission", REQUEST, NAIROBI);
    Job noAnswer = scenario.timer(instance, "Timer_NoAnswer");
    assertThat(noAnswer.getDuedate()).isEqualTo(java.sql.Date.valueOf((String) REQUEST.get("answerDueOn")));
    scenario.fire(noAnswer);
    scenario.work(instance, "Task_ConsiderFamilyVisit", step("noFamilyVisit"), NAIROBI);
    scenario.work(instance, "Task_AcknowledgeReport", step("ackNone"), DESK_AFRICA);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).hasPassed("Timer_NoAnswer").hasNotPassed("Task_VisitFamily", "Task_VisitDefender");
  }

  @Test
  void aGrantedVisitJudgedUnsafeIsNotMade() {
    ProcessInstance instance = answered(START, "grantedUnsafe");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ConsiderFamilyVisit", "Task_RecordRelease");
  }

  @Test
  void theDeskMayFollowUpWithADemarcheForTheSameCase() {
    ProcessInstance instance = visitedAndAcknowledged("ackDemarche");
    ProcessInstance demarche = calledBy(instance, "demarche");
    BpmnAwareTests.assertThat(demarche).isWaitingAt("Task_VerifyFacts").variables()
        .containsEntry("proposedReaction", "demarche").containsEntry("reactionOutline", step("ackDemarche").get("followUpOutline"));
    scenario.work(demarche, "Task_VerifyFacts", verify("notVerifiable"), NAIROBI);

    BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_ReviewDue", "Task_RecordRelease").variables()
        .containsEntry("followUpOutcome", "factsNotVerified");
  }

  @Test
  void theDeskMayFollowUpWithAPublicStatementForTheSameCase() {
    ProcessInstance instance = visitedAndAcknowledged("ackStatement");
    ProcessInstance statement = calledBy(instance, "publicStatement");
    scenario.work(statement, "Task_DraftStatement", STATEMENT_DRAFT, NAIROBI);
    scenario.work(statement, "Task_WeighSecurity", statementSecurity("no"), NAIROBI);

    BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_ReviewDue", "Task_RecordRelease").variables()
        .containsEntry("followUpOutcome", "consentWithheld");
  }

  @Test
  void theDeskMayFollowUpWithACourtObservationWhereThereIsACourtCase() {
    ProcessInstance instance = visitedAndAcknowledged("ackCourtObservation");
    ProcessInstance observation = calledBy(instance, "courtObservation");
    BpmnAwareTests.assertThat(observation).isWaitingAt("Task_AssessRelevance").variables()
        .containsEntry("courtCaseNumber", START.get("courtCase")).containsEntry("hearingAt", "2027-03-15T09:30+03:00");
    scenario.work(observation, "Task_AssessRelevance", Map.of("attendanceRelevant", "no", "relevanceReason", "Bail granted"),
        NAIROBI);

    BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_ReviewDue", "Task_RecordRelease").variables()
        .containsEntry("followUpOutcome", "notRelevant");
  }

  @Test
  void theMissionMayCloseTheFollowUpWhileTheDefenderIsDetained() {
    ProcessInstance instance = visitedAndAcknowledged("ackNone");
    scenario.fire(scenario.timer(instance, "Timer_ReviewDue"));
    scenario.work(instance, "Task_ReviewDetention", step("close"), NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_FollowUpClosed")
        .variables().containsEntry("caseOutcome", "followUpClosed");
    assertNoJobLeft(instance);
  }

  @Test
  void aVisitCannotBeRecordedAsMadeInTheFuture() {
    ProcessInstance instance = answered(START, "granted");
    assertThatThrownBy(() -> scenario.work(instance, "Task_VisitDefender", step("visited", "visitedOn", "2199-01-01"), NAIROBI))
        .isInstanceOfSatisfying(FormRulesException.class, refused -> assertThat(refused.getViolations())
            .extracting(Violation::field, Violation::rule).containsExactly(tuple("visitedOn", "notInFuture")));
  }

  @Test
  void aGrantedVisitThatDidNotTakePlaceIsReportedWithItsReason() {
    ProcessInstance instance = answered(START, "granted");
    scenario.work(instance, "Task_VisitDefender", step("visitNotMade"), NAIROBI);
    scenario.work(instance, "Task_AcknowledgeReport", step("ackNone"), DESK_AFRICA);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_ReviewDue", "Task_RecordRelease").variables()
        .containsEntry("visitTookPlace", "no").doesNotContainKey("conditionsFound");
  }

  @Test
  void anAnswerDueTodayWouldHavePassedAlready() {
    ProcessInstance instance = advised(START, "agree");
    String today = java.time.LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), java.time.ZoneOffset.UTC).toString();
    assertThatThrownBy(() -> scenario.work(instance, "Task_RequestPermission", step("request", "answerDueOn", today), NAIROBI))
        .isInstanceOfSatisfying(FormRulesException.class, refused -> assertThat(refused.getViolations())
            .extracting(Violation::field, Violation::rule).containsExactly(tuple("answerDueOn", "afterToday")));
  }
}
