package no.mfa.hrd.process.visareferral;

import static no.mfa.hrd.process.visareferral.VisaReferralSteps.INFORMED;
import static no.mfa.hrd.process.visareferral.VisaReferralSteps.RISK;
import static no.mfa.hrd.process.visareferral.VisaReferralSteps.START;
import static no.mfa.hrd.process.visareferral.VisaReferralSteps.TRIP_SECURITY;
import static no.mfa.hrd.process.visareferral.VisaReferralSteps.step;
import static no.mfa.hrd.support.Scenario.HUB_ANKARA;
import static no.mfa.hrd.support.Scenario.HUB_NAIROBI;
import static no.mfa.hrd.support.Scenario.NAIROBI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import no.mfa.hrd.support.FullModelCoverage;
import no.mfa.hrd.support.Scenario;
import no.mfa.hrd.support.Scenario.Staff;
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

/** Every path of a visa referral, each step done through its form by the role the guidelines name. */
@ScenarioTest
@FullModelCoverage("visaReferral")
class VisaReferralScenarioTest {

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  @Autowired ProcessEngine engine;
  private final Scenario scenario;

  VisaReferralScenarioTest(Scenario scenario) {
    this.scenario = scenario;
  }

  /** Referred with these start values, the trip's risk weighed, and waiting for the hub. */
  private ProcessInstance referred(Map<String, Object> start) {
    ProcessInstance instance = scenario.start("visaReferral", start, NAIROBI);
    scenario.work(instance, "Task_AssessRisk", RISK, NAIROBI);
    scenario.work(instance, "Task_PlanTripSecurity", TRIP_SECURITY, NAIROBI);
    return instance;
  }

  /** Assessed by the Nairobi hub with this result, and the mission told. */
  private ProcessInstance assessed(String assessment) {
    ProcessInstance instance = referred(START);
    scenario.work(instance, "Task_AssessApplication", step(assessment), HUB_NAIROBI);
    return instance;
  }

  /** Refused a Schengen visa (or its criteria unmet), referred to UDI, and UDI has decided so. */
  private ProcessInstance decidedByUdi(ProcessInstance instance, String udiDecision) {
    scenario.work(instance, "Task_ConsiderNationalVisa", step("referToUdi"), NAIROBI);
    scenario.work(instance, "Task_ReferToUdi", step("udiReferral"), NAIROBI);
    scenario.work(instance, "Task_RecordUdiDecision", step(udiDecision), NAIROBI);
    return instance;
  }

  private void informedAndFollowedUp(ProcessInstance instance, String followUp) {
    scenario.work(instance, "Task_InformApplicant", INFORMED, NAIROBI);
    afterTheTrip();
    scenario.work(instance, "Task_FollowUpTrip", step(followUp), NAIROBI);
    scenario.runNotifications(instance);
  }

  /** The day after the planned exit (the extension puts the clock back after each test). */
  private static void afterTheTrip() {
    ClockUtil.setCurrentTime(Date.from(startOf(START.get("plannedExit")).plus(Duration.ofDays(1))));
  }

  private static Instant startOf(Object date) {
    return LocalDate.parse((String) date).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static String mailOf(Staff staff) {
    return staff.user() + "@example.org";
  }

  @Test
  void aSchengenVisaIssuedByTheHubAndATripWithoutReprisals() {
    ProcessInstance instance = referred(START);
    scenario.runNotifications(instance);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AssessApplication").variables()
        .containsEntry("hubGroup", "hub-nairobi").containsEntry("riskLevel", "high");
    Instant due = scenario.task(instance, "Task_AssessApplication").getDueDate().toInstant();
    assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), due)).as("a week for a trip that is not urgent")
        .isBetween(Duration.ofDays(7).minusMinutes(5), Duration.ofDays(7));
    assertThat(TestMail.subjectsTo(mail, mailOf(HUB_NAIROBI))).containsExactly("HRD Support: a task awaits your group");

    scenario.work(instance, "Task_AssessApplication", step("assessed"), HUB_NAIROBI);
    assertThat(scenario.refusals(instance, "Task_RecordSchengenDecision",
        step("schengenIssued", "visaValidFrom", "2030-04-01", "visaValidUntil", "2030-04-20"), HUB_NAIROBI))
        .as("a visa that ends before the trip").containsExactly(tuple("visaValidUntil", "afterPlannedEntry"));
    scenario.work(instance, "Task_RecordSchengenDecision", step("schengenIssued"), HUB_NAIROBI);
    scenario.runNotifications(instance);
    assertThat(TestMail.subjectsTo(mail, mailOf(NAIROBI))).contains("HRD Support: the hub mission's answer on your case");
    scenario.work(instance, "Task_InformApplicant", INFORMED, NAIROBI);
    assertThat(scenario.task(instance, "Task_FollowUpTrip").getDueDate().toInstant())
        .as("two weeks after the planned exit").isEqualTo(startOf(START.get("plannedExit")).plus(Duration.ofDays(14)));
    assertThat(scenario.refusals(instance, "Task_FollowUpTrip", step("tripMade"), NAIROBI))
        .as("no trip has taken place before its planned entry").containsExactly(tuple("tripTookPlace", "notBeforePlannedEntry"));
    afterTheTrip();
    scenario.work(instance, "Task_FollowUpTrip", step("tripMade"), NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_RecordSchengenDecision", "EndEvent_TripMade")
        .hasNotPassed("Task_ConsiderNationalVisa").variables().containsEntry("caseOutcome", "tripMade");
  }

  @Test
  void aRefusedSchengenVisaThenANationalVisaFromUdiAndReprisalsOnReturnReportedToTheDeskAndTheHrSection() {
    ProcessInstance instance = assessed("assessed");
    scenario.work(instance, "Task_RecordSchengenDecision", step("schengenRefused"), HUB_NAIROBI);
    decidedByUdi(instance, "nationalIssued");
    informedAndFollowedUp(instance, "reprisals");

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_ReferToUdi", "Task_NotifyOfReprisals")
        .variables().containsEntry("caseOutcome", "reprisalsReported").containsEntry("udiDecision", "issued");
    assertThat(TestMail.subjectsTo(mail, "desk.africa@example.org")).contains("HRD Support: reprisals reported in a case");
    assertThat(TestMail.subjectsTo(mail, "hr.section@example.org")).contains("HRD Support: reprisals reported in a case");
  }

  @Test
  void criteriaNotMetThenANationalVisaRefusedByUdiEndsWithTheApplicantInformed() {
    ProcessInstance instance = assessed("criteriaNotMet");
    scenario.runNotifications(instance);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ConsiderNationalVisa").hasNotPassed("Task_RecordSchengenDecision");
    decidedByUdi(instance, "nationalRefused");
    scenario.work(instance, "Task_InformApplicant", INFORMED, NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_NoVisa").hasNotPassed("Task_FollowUpTrip")
        .variables().containsEntry("caseOutcome", "noVisa");
  }

  @Test
  void withoutConsentToShareTheCaseEndsBeforeAnythingIsShared() {
    ProcessInstance instance = scenario.start("visaReferral", step("start", "consentToShare", "no"), NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_NoConsentToShare").hasNotPassed("Task_FindHub")
        .variables().containsEntry("caseOutcome", "noConsentToShare").doesNotContainKey("hubGroup");
  }

  @Test
  void aCountryInNoRowIsRoutedByTheMissionAndTheAdministratorsAreAskedToAddIt() {
    ProcessInstance instance = referred(step("start", "countryOfResidence", "RU", "urgency", "urgent"));
    scenario.runNotifications(instance);
    BpmnAwareTests.assertThat(instance).hasPassed("Task_NotifyAdministrators").isWaitingAt("Task_ChooseHub");
    assertThat(TestMail.subjectsTo(mail, "admin@hrd-support.local")).containsExactly("HRD Support: a decision table needs a row");

    scenario.work(instance, "Task_ChooseHub", step("chooseHub"), NAIROBI);
    scenario.runNotifications(instance);
    Instant due = scenario.task(instance, "Task_AssessApplication").getDueDate().toInstant();
    assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), due)).as("two days for an urgent trip")
        .isBetween(Duration.ofDays(2).minusMinutes(5), Duration.ofDays(2));
    scenario.work(instance, "Task_AssessApplication", step("assessed"), HUB_ANKARA);
    scenario.work(instance, "Task_RecordSchengenDecision", step("schengenRefused"), HUB_ANKARA);
    scenario.work(instance, "Task_ConsiderNationalVisa", step("noReferral"), NAIROBI);
    scenario.work(instance, "Task_InformApplicant", INFORMED, NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_NoVisa").hasNotPassed("Task_ReferToUdi");
  }

  @Test
  void aLateHubIsRemindedAndTheMissionTold() {
    ProcessInstance instance = referred(START);
    scenario.runNotifications(instance);
    scenario.fire(scenario.timer(instance, "Timer_HubAnswerOverdue"));
    scenario.runNotifications(instance);

    assertThat(TestMail.subjectsTo(mail, mailOf(HUB_NAIROBI))).contains("HRD Support: a task is overdue");
    assertThat(TestMail.subjectsTo(mail, mailOf(NAIROBI))).contains("HRD Support: a task is overdue");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AssessApplication").hasPassed("EndEvent_HubReminded");
  }

  @Test
  void noSchengenVisaDecisionCloseToTheTravelDateRemindsTheHubAndTellsTheMission() {
    ProcessInstance instance = assessed("assessed");
    scenario.runNotifications(instance);
    Job reminder = scenario.timer(instance, "Timer_SchengenDecisionDue");
    assertThat(reminder.getDuedate().toInstant()).as("ten days before the planned entry")
        .isEqualTo(startOf(START.get("plannedEntry")).minus(Duration.ofDays(10)));
    scenario.fire(reminder);
    scenario.runNotifications(instance);

    assertThat(TestMail.subjectsTo(mail, mailOf(HUB_NAIROBI))).contains("HRD Support: a task is overdue");
    assertThat(TestMail.subjectsTo(mail, mailOf(NAIROBI))).contains("HRD Support: a task is overdue");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_RecordSchengenDecision").hasPassed("EndEvent_HubRemindedOfDecision");
  }

  @Test
  void noDecisionFromUdiCloseToTheTravelDateRemindsTheMissionAndTellsTheDesk() {
    ProcessInstance instance = assessed("criteriaNotMet");
    scenario.work(instance, "Task_ConsiderNationalVisa", step("referToUdi"), NAIROBI);
    scenario.work(instance, "Task_ReferToUdi", step("udiReferral"), NAIROBI);
    Job reminder = scenario.timer(instance, "Timer_TravelDateNear");
    assertThat(reminder.getDuedate().toInstant()).as("ten days before the planned entry")
        .isEqualTo(startOf(START.get("plannedEntry")).minus(Duration.ofDays(10)));
    scenario.fire(reminder);
    scenario.runNotifications(instance);

    assertThat(TestMail.subjectsTo(mail, mailOf(NAIROBI))).contains("HRD Support: a task is overdue");
    assertThat(TestMail.subjectsTo(mail, "desk.africa@example.org")).contains("HRD Support: a task is overdue");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_RecordUdiDecision").hasPassed("EndEvent_MissionReminded");
    scenario.work(instance, "Task_RecordUdiDecision", step("nationalIssued"), NAIROBI);
    informedAndFollowedUp(instance, "tripNotMade");
    BpmnAwareTests.assertThat(instance).isEnded().variables().containsEntry("caseOutcome", "tripNotMade");
  }

  @Test
  void aStayOfMoreThan90DaysAnExitBeforeTheEntryOrAnEntryTodayIsRefused() {
    String today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC).toString();
    assertThat(scenario.startRefusals("visaReferral", step("start", "plannedEntry", "2030-05-01", "plannedExit", "2030-07-30"), NAIROBI))
        .as("91 days, both counted").containsExactly(tuple("plannedExit", "atMost90Days"));
    scenario.start("visaReferral", step("start", "plannedEntry", "2030-05-01", "plannedExit", "2030-07-29"), NAIROBI);
    assertThat(scenario.startRefusals("visaReferral", step("start", "plannedExit", "2030-05-03"), NAIROBI))
        .containsExactly(tuple("plannedExit", "afterPlannedEntry"));
    assertThat(scenario.startRefusals("visaReferral", step("start", "plannedEntry", today, "plannedExit", today), NAIROBI))
        .containsExactly(tuple("plannedEntry", "afterToday"));
  }

  @Test
  void aNationalVisaOfMoreThan90DaysOrDecidedBeforeItsReferralIsRefused() {
    ProcessInstance instance = assessed("criteriaNotMet");
    scenario.work(instance, "Task_ConsiderNationalVisa", step("referToUdi"), NAIROBI);
    scenario.work(instance, "Task_ReferToUdi", step("udiReferral"), NAIROBI);

    assertThat(scenario.refusals(instance, "Task_RecordUdiDecision",
        step("nationalIssued", "nationalVisaValidFrom", "2030-05-01", "nationalVisaValidUntil", "2030-07-30"), NAIROBI))
        .containsExactly(tuple("nationalVisaValidUntil", "atMost90Days"));
    assertThat(scenario.refusals(instance, "Task_RecordUdiDecision",
        step("nationalIssued", "udiDecidedOn", "2026-10-01"), NAIROBI))
        .containsExactly(tuple("udiDecidedOn", "afterUdiReferredOn"));
    assertThat(scenario.refusals(instance, "Task_RecordUdiDecision", step("nationalIssued", "nationalVisaValidFrom", "2030-05-10", "nationalVisaValidUntil", "2030-05-06"), NAIROBI))
        .containsExactly(tuple("nationalVisaValidUntil", "afterNationalVisaValidFrom"));
  }
}
