package no.mfa.hrd.process.courtobservation;

import static no.mfa.hrd.process.courtobservation.CourtObservationSteps.AUTHORITIES_INFORMED;
import static no.mfa.hrd.process.courtobservation.CourtObservationSteps.FIRST_HEARING;
import static no.mfa.hrd.process.courtobservation.CourtObservationSteps.INFORMED;
import static no.mfa.hrd.process.courtobservation.CourtObservationSteps.NEXT_HEARING;
import static no.mfa.hrd.process.courtobservation.CourtObservationSteps.RELEVANT;
import static no.mfa.hrd.process.courtobservation.CourtObservationSteps.START;
import static no.mfa.hrd.process.courtobservation.CourtObservationSteps.advice;
import static no.mfa.hrd.process.courtobservation.CourtObservationSteps.observed;
import static no.mfa.hrd.process.courtobservation.CourtObservationSteps.rota;
import static no.mfa.hrd.process.courtobservation.CourtObservationSteps.step;
import static no.mfa.hrd.process.demarche.DemarcheSteps.LOW_RISK;
import static no.mfa.hrd.process.demarche.DemarcheSteps.verify;
import static no.mfa.hrd.process.publicstatement.PublicStatementSteps.STATEMENT_DRAFT;
import static no.mfa.hrd.process.publicstatement.PublicStatementSteps.statementSecurity;
import static no.mfa.hrd.support.Scenario.DESK_AFRICA;
import static no.mfa.hrd.support.Scenario.NAIROBI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import no.mfa.hrd.forms.FormRulesException;
import no.mfa.hrd.forms.Violation;
import no.mfa.hrd.process.prisonvisit.PrisonVisitSteps;
import no.mfa.hrd.support.FullModelCoverage;
import no.mfa.hrd.support.Scenario;
import no.mfa.hrd.support.Scenario.Staff;
import no.mfa.hrd.support.ScenarioTest;
import no.mfa.hrd.support.TestMail;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of a court observation, each step done through its form by the role the guidelines name. */
@ScenarioTest
@FullModelCoverage("courtObservation")
class CourtObservationScenarioTest {

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  /** A mission without a standing procedure in courtAttendanceProcedure, and its desk. */
  static final Staff ANKARA = new Staff("mission.ankara", "mission-ankara");
  static final Staff DESK_EUROPE = new Staff("desk.europe", "desk-europe");

  private static final String THIRD_HEARING = "2027-05-10T09:30+03:00";

  @Autowired ProcessEngine engine;
  private final Scenario scenario;

  CourtObservationScenarioTest(Scenario scenario) {
    this.scenario = scenario;
  }

  /** Reported, found relevant and assessed; the desk has given this advice. */
  private ProcessInstance advised(Staff mission, Staff desk, String advice) {
    ProcessInstance instance = scenario.start("courtObservation", START, mission);
    scenario.work(instance, "Task_AssessRelevance", RELEVANT, mission);
    scenario.work(instance, "Task_AssessRisk", LOW_RISK, mission);
    scenario.work(instance, "Task_Decide", advice(advice), desk);
    return instance;
  }

  /** Advised for, attending, and the authorities have given this answer: the case waits for the rota. */
  private ProcessInstance answered(String answer) {
    ProcessInstance instance = advised(NAIROBI, DESK_AFRICA, "agree");
    scenario.work(instance, "Task_DecideOnAttendance", step("attend"), NAIROBI);
    scenario.work(instance, "Task_InformAuthorities", AUTHORITIES_INFORMED, NAIROBI);
    scenario.work(instance, "Task_RecordAuthoritiesAnswer", step(answer), NAIROBI);
    return instance;
  }

  /** The rota, the hearing held on its date, and what was observed there. */
  private void hearing(ProcessInstance instance, String rota, String at, Map<String, Object> observations) {
    scenario.work(instance, "Task_AgreeRota", rota(rota, at), NAIROBI);
    Job hearing = scenario.timer(instance, "Timer_HearingHeld");
    assertThat(hearing.getDuedate().toInstant()).as("the hearing timer waits for the recorded date and time")
        .isEqualTo(OffsetDateTime.parse(at).toInstant());
    assertThat(scenario.hasTask(instance, "Task_RecordObservations")).as("nothing to record before the hearing").isFalse();
    scenario.fire(hearing);
    scenario.work(instance, "Task_RecordObservations", observations, NAIROBI);
  }

  /** Reported to the desk with this recommendation, acknowledged so, and the defender informed. */
  private void reportedAndAcknowledged(ProcessInstance instance, String report, String acknowledgement) {
    scenario.work(instance, "Task_ReportToMinistry", step(report), NAIROBI);
    scenario.work(instance, "Task_AcknowledgeReport", step(acknowledgement), DESK_AFRICA);
    scenario.work(instance, "Task_InformDefender", INFORMED, NAIROBI);
  }

  private List<String> mailSubjectsTo(String address) {
    return TestMail.subjectsTo(mail, address);
  }

  @Test
  void aTrialWithThreeHearingsEndsInAVerdictAndAFollowUpDemarcheUnderTheSameReference() {
    ProcessInstance instance = answered("granted");
    BpmnAwareTests.assertThat(instance).variables().containsEntry("attendanceProcedure", "requestPermission")
        .containsEntry("ministryOutcome", "agreed").containsEntry("riskLevel", "low");

    hearing(instance, "rotaNorway", FIRST_HEARING, observed("adjourned"));
    scenario.runNotifications(instance);
    BpmnAwareTests.assertThat(instance).as("the next hearing starts with an empty record").variables()
        .containsEntry("hearingAt", NEXT_HEARING).containsEntry("previousHearingAt", FIRST_HEARING)
        .containsEntry("timeToPrepare", null).containsEntry("observationNotes", null).containsEntry("hearingsObserved", 1);
    hearing(instance, "rotaLikeminded", NEXT_HEARING, observed("adjourned", "nextHearingAt", THIRD_HEARING));
    hearing(instance, "rotaBoth", THIRD_HEARING, observed("verdict"));
    reportedAndAcknowledged(instance, "reportDemarche", "followUpAgreed");
    scenario.runNotifications(instance);

    ProcessInstance demarche = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).singleResult();
    assertThat(demarche.getBusinessKey()).isEqualTo(instance.getBusinessKey());
    BpmnAwareTests.assertThat(demarche).isWaitingAt("Task_VerifyFacts").variables()
        .containsEntry("caseReference", instance.getBusinessKey()).containsEntry("proposedReaction", "demarche")
        .containsEntry("incidentDescription", step("reportDemarche").get("followUpGrounds"))
        .containsEntry("defenderPseudonym", START.get("defenderPseudonym"));
    scenario.work(demarche, "Task_VerifyFacts", verify("notVerifiable"), NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("CallActivity_FollowUpDemarche", "EndEvent_TrialObserved")
        .variables().containsEntry("caseOutcome", "trialObserved").containsEntry("followUpOutcome", "factsNotVerified");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_RecordObservations").finished().count()).as("three hearings").isEqualTo(3);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> records = (List<Map<String, Object>>) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName("hearingRecords").singleResult().getValue();
    assertThat(records).as("a fair-trial record per hearing").hasSize(3);
    assertThat(records.get(0)).containsEntry("hearingAt", FIRST_HEARING).containsEntry("hearingAttendee", "norway")
        .containsEntry("timeToPrepare", "no").containsEntry("hearingOutcome", "adjourned");
    assertThat(records.get(1)).containsEntry("likemindedAttending", List.of("sweden", "finland"));
    assertThat(records.get(2)).containsEntry("hearingOutcome", "verdict");
    assertThat(mailSubjectsTo("mission.nairobi@example.org")).contains("HRD Support: the Ministry's advice on your case");
  }

  @Test
  void aRefusalIsReportedToTheDeskAndAStatementProposedWhileALikemindedMissionAttends() {
    ProcessInstance instance = answered("refusedWithStatement");
    scenario.runNotifications(instance);
    assertThat(mailSubjectsTo("desk.africa@example.org")).contains("HRD Support: for your information");

    ProcessInstance statement = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).processDefinitionKey("publicStatement").singleResult();
    BpmnAwareTests.assertThat(statement).isWaitingAt("Task_DraftStatement").variables()
        .containsEntry("statementDraft", step("refusedWithStatement").get("statementOutline"));
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AgreeRota");

    assertThatThrownBy(() -> scenario.submit(instance, "Task_AgreeRota", rota("rotaNorway", FIRST_HEARING), NAIROBI))
        .isInstanceOfSatisfying(FormRulesException.class, refused -> assertThat(refused.getViolations())
            .extracting(Violation::field, Violation::rule).containsExactly(tuple("hearingAttendee", "refused")));
    hearing(instance, "rotaLikeminded", FIRST_HEARING, observed("verdict"));
    reportedAndAcknowledged(instance, "reportNone", "acknowledged");
    scenario.runNotifications(instance);
    BpmnAwareTests.assertThat(instance).as("the case waits for the statement").isActive();

    scenario.work(statement, "Task_DraftStatement", STATEMENT_DRAFT, NAIROBI);
    scenario.work(statement, "Task_WeighSecurity", statementSecurity("no"), NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("CallActivity_StatementOnRefusal", "EndEvent_TrialObserved")
        .hasNotPassed("Task_NotifyHrOfMultilateral", "CallActivity_FollowUpDemarche")
        .variables().containsEntry("caseOutcome", "trialObserved").containsEntry("refusalStatementOutcome", "consentWithheld");
  }

  @Test
  void aRefusalWithoutAStatementStillLetsLikemindedMissionsObserve() {
    ProcessInstance instance = answered("refusedQuietly");
    hearing(instance, "rotaLikeminded", FIRST_HEARING, observed("otherOutcome"));
    reportedAndAcknowledged(instance, "reportNone", "acknowledged");
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_NotifyDeskOfRefusal", "EndEvent_TrialObserved")
        .hasNotPassed("CallActivity_StatementOnRefusal");
  }

  @Test
  void theDeskAdvisesAgainstAndTheMissionDoesNotAttend() {
    ProcessInstance instance = advised(NAIROBI, DESK_AFRICA, "adviseAgainst");
    scenario.work(instance, "Task_DecideOnAttendance", step("doNotAttend"), NAIROBI);
    scenario.runNotifications(instance);

    assertThat(mailSubjectsTo("desk.africa@example.org")).as("the desk learns the mission's decision")
        .contains("HRD Support: for your information");
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_NotAttending").hasNotPassed("Task_InformAuthorities")
        .variables().containsEntry("caseOutcome", "notAttended").containsEntry("ministryOutcome", "advisedAgainst");
  }

  @Test
  void theDeskAdvisesAgainstAndTheMissionAttendsWithItsReasonRecorded() {
    ProcessInstance instance = advised(NAIROBI, DESK_AFRICA, "adviseAgainst");
    scenario.work(instance, "Task_DecideOnAttendance", step("attendDespiteAdvice"), NAIROBI);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_InformAuthorities").variables()
        .containsEntry("ministryDecision", "adviseAgainst")
        .containsEntry("ministryComment", step("adviseAgainst").get("ministryComment"))
        .containsEntry("attendanceReason", step("attendDespiteAdvice").get("attendanceReason"));
  }

  @Test
  void toAttendOnTheDesksConditionsTheMissionUndertakesToMeetThem() {
    ProcessInstance instance = advised(NAIROBI, DESK_AFRICA, "agreeWithConditions");

    assertThatThrownBy(() -> scenario.work(instance, "Task_DecideOnAttendance", step("attend"), NAIROBI))
        .isInstanceOfSatisfying(FormRulesException.class, refused -> assertThat(refused.getViolations())
            .extracting(Violation::field, Violation::rule).containsExactly(tuple("conditionsAccepted", "required")));
    scenario.submit(instance, "Task_DecideOnAttendance", step("attendOnConditions"), NAIROBI);
    scenario.runNotifications(instance);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_InformAuthorities").variables()
        .containsEntry("approvalConditions", step("agreeWithConditions").get("approvalConditions"));
  }

  @Test
  void attendanceThatIsNoRelevantMeasureEndsTheCaseBeforeAnyContact() {
    ProcessInstance instance = scenario.start("courtObservation", START, NAIROBI);
    scenario.work(instance, "Task_AssessRelevance", step("notRelevant"), NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_NotRelevant").hasNotPassed("Task_AssessRisk")
        .variables().containsEntry("caseOutcome", "notRelevant");
  }

  @Test
  void theDeskAndTheHrSectionAreRemindedWhenTheHearingIsNearAndTheDeskHasNotAdvised() {
    ProcessInstance instance = scenario.start("courtObservation", START, NAIROBI);
    scenario.work(instance, "Task_AssessRelevance", RELEVANT, NAIROBI);
    scenario.work(instance, "Task_AssessRisk", LOW_RISK, NAIROBI);
    scenario.runNotifications(instance);

    Job overdue = scenario.timer(instance, "Timer_DecisionOverdue");
    Instant hearing = OffsetDateTime.parse(FIRST_HEARING).toInstant();
    assertThat(overdue.getDuedate().toInstant()).as("three days before the hearing")
        .isEqualTo(hearing.minus(Duration.ofDays(3)));
    assertThat(scenario.task(instance, "Task_Decide").getDueDate().toInstant()).isEqualTo(overdue.getDuedate().toInstant());
    scenario.fire(overdue);
    scenario.runNotifications(instance);
    assertThat(mailSubjectsTo("desk.africa@example.org")).contains("HRD Support: a task is overdue");
    assertThat(mailSubjectsTo("hr.section@example.org")).contains("HRD Support: a task is overdue");

    scenario.work(instance, "Task_Decide", advice("agree"), DESK_AFRICA);
    scenario.runNotifications(instance);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DecideOnAttendance");
  }

  @Test
  void aMissionWithoutAStandingProcedureRecordsTheOneItUsedAndTheAdministratorsAreAsked() {
    ProcessInstance instance = advised(ANKARA, DESK_EUROPE, "agree");
    scenario.work(instance, "Task_DecideOnAttendance", step("attend"), ANKARA);
    scenario.runNotifications(instance);
    BpmnAwareTests.assertThat(instance).hasPassed("Task_NotifyAdministrators").variables()
        .containsEntry("attendanceProcedure", null);

    for (Map<String, Object> withoutProcedure : List.of(AUTHORITIES_INFORMED, step("authoritiesInformed", "attendanceProcedure", ""))) {
      assertThatThrownBy(() -> scenario.submit(instance, "Task_InformAuthorities", withoutProcedure, ANKARA))
          .as("an empty standing procedure sent back does not hide the question")
          .isInstanceOfSatisfying(FormRulesException.class, refused -> assertThat(refused.getViolations())
              .extracting(Violation::field, Violation::rule).containsExactly(tuple("procedureUsed", "required")));
    }
    scenario.submit(instance, "Task_InformAuthorities", step("procedureUsed"), ANKARA);
    scenario.work(instance, "Task_RecordAuthoritiesAnswer", step("noAnswer"), ANKARA);

    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AgreeRota").hasNotPassed("Task_NotifyDeskOfRefusal")
        .variables().containsEntry("procedureUsed", "inform");
  }

  @Test
  void aNextHearingMustComeAfterTheHearingThatAdjournedIt() {
    ProcessInstance instance = answered("granted");
    scenario.work(instance, "Task_AgreeRota", rota("rotaNorway", FIRST_HEARING), NAIROBI);
    scenario.fire(scenario.timer(instance, "Timer_HearingHeld"));

    assertThatThrownBy(() -> scenario.submit(instance, "Task_RecordObservations",
        observed("adjourned", "nextHearingAt", FIRST_HEARING), NAIROBI))
        .isInstanceOfSatisfying(FormRulesException.class, refused -> assertThat(refused.getViolations())
            .extracting(Violation::field, Violation::rule).containsExactly(tuple("nextHearingAt", "afterHearing")));
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_RecordObservations");
  }

  @Test
  void theDeskMayAgreeToAStatementAfterTheVerdict() {
    ProcessInstance instance = answered("granted");
    hearing(instance, "rotaNorway", FIRST_HEARING, observed("verdict"));
    reportedAndAcknowledged(instance, "reportStatement", "followUpAgreed");

    ProcessInstance statement = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).processDefinitionKey("publicStatement").singleResult();
    scenario.work(statement, "Task_DraftStatement", STATEMENT_DRAFT, NAIROBI);
    scenario.work(statement, "Task_WeighSecurity", statementSecurity("no"), NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("CallActivity_FollowUpStatement")
        .variables().containsEntry("followUpOutcome", "consentWithheld");
  }

  @Test
  void aConvictedDefenderIsFollowedUpWithAPrisonVisitForTheSameCase() {
    ProcessInstance instance = answered("granted");
    hearing(instance, "rotaNorway", FIRST_HEARING, observed("verdict"));
    reportedAndAcknowledged(instance, "reportPrisonVisit", "followUpAgreed");

    ProcessInstance visit = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).processDefinitionKey("prisonVisit").singleResult();
    assertThat(visit.getBusinessKey()).isEqualTo(instance.getBusinessKey());
    BpmnAwareTests.assertThat(visit).isWaitingAt("Task_AssessImpact", "Task_RecordRelease").variables()
        .containsEntry("placeOfDetention", step("reportPrisonVisit").get("placeOfDetention"))
        .containsEntry("courtCase", START.get("courtCaseNumber"));
    scenario.work(visit, "Task_RecordRelease", PrisonVisitSteps.RELEASED, NAIROBI);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("CallActivity_FollowUpPrisonVisit")
        .variables().containsEntry("followUpOutcome", "released");
  }

  @Test
  void aCaseRaisedInMultilateralArenasGoesToTheHrSection() {
    ProcessInstance instance = answered("granted");
    hearing(instance, "rotaNorway", FIRST_HEARING, observed("verdict"));
    reportedAndAcknowledged(instance, "reportMultilateral", "followUpAgreed");
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_NotifyHrOfMultilateral", "EndEvent_TrialObserved");
    assertThat(mailSubjectsTo("hr.section@example.org")).contains("HRD Support: for your information");
  }

  @Test
  void aFollowUpTheDeskDeclinesDoesNotStart() {
    ProcessInstance instance = answered("granted");
    hearing(instance, "rotaNorway", FIRST_HEARING, observed("verdict"));
    reportedAndAcknowledged(instance, "reportDemarche", "followUpDeclined");
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_TrialObserved")
        .hasNotPassed("CallActivity_FollowUpDemarche", "Task_NotifyHrOfMultilateral")
        .variables().containsEntry("deskComment", step("followUpDeclined").get("deskComment"));
  }

  @Test
  void anAdjournmentWithoutADateLeavesTheRotaToAskForALaterOne() {
    ProcessInstance instance = answered("granted");
    Map<String, Object> sineDie = new java.util.HashMap<>(observed("adjourned"));
    sineDie.remove("nextHearingAt");
    hearing(instance, "rotaNorway", FIRST_HEARING, sineDie);
    scenario.runNotifications(instance);

    assertThatThrownBy(() -> scenario.submit(instance, "Task_AgreeRota", step("rotaNorway"), NAIROBI))
        .isInstanceOfSatisfying(FormRulesException.class, refused -> assertThat(refused.getViolations())
            .extracting(Violation::field, Violation::rule).containsExactly(tuple("hearingAt", "required")));
    assertThatThrownBy(() -> scenario.submit(instance, "Task_AgreeRota", rota("rotaNorway", "2027-03-01T09:30+03:00"), NAIROBI))
        .isInstanceOfSatisfying(FormRulesException.class, refused -> assertThat(refused.getViolations())
            .extracting(Violation::field, Violation::rule).containsExactly(tuple("hearingAt", "afterHearing")));
    hearing(instance, "rotaNorway", NEXT_HEARING, observed("verdict"));
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ReportToMinistry").variables().containsEntry("hearingsObserved", 2);
  }

  @Test
  void whereThePermissionAskedForHasNotComeNorwayDoesNotAttendButTheHearingIsFollowed() {
    ProcessInstance instance = answered("noAnswer");

    assertThatThrownBy(() -> scenario.submit(instance, "Task_AgreeRota", rota("rotaBoth", FIRST_HEARING), NAIROBI))
        .isInstanceOfSatisfying(FormRulesException.class, refused -> assertThat(refused.getViolations())
            .extracting(Violation::field, Violation::rule).containsExactly(tuple("hearingAttendee", "notPermitted")));
    hearing(instance, "rotaNobody", FIRST_HEARING, observed("verdict"));
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ReportToMinistry");
  }

  @Test
  void whatTheMissionRecordsAsDoneIsNotDatedInTheFuture() {
    ProcessInstance instance = advised(NAIROBI, DESK_AFRICA, "agree");
    scenario.work(instance, "Task_DecideOnAttendance", step("attend"), NAIROBI);

    assertThatThrownBy(() -> scenario.work(instance, "Task_InformAuthorities",
        step("authoritiesInformed", "requestSentOn", "2199-01-01"), NAIROBI))
        .isInstanceOfSatisfying(FormRulesException.class, refused -> assertThat(refused.getViolations())
            .extracting(Violation::field, Violation::rule).containsExactly(tuple("requestSentOn", "notInFuture")));
  }
}
