package no.mfa.hrd.process.demarche;

import static no.mfa.hrd.process.demarche.DemarcheSteps.COORDINATED;
import static no.mfa.hrd.process.demarche.DemarcheSteps.COORDINATED_ALONE;
import static no.mfa.hrd.process.demarche.DemarcheSteps.CONSENT_CONFIRMED;
import static no.mfa.hrd.process.demarche.DemarcheSteps.CONSENT_WITHDRAWN;
import static no.mfa.hrd.process.demarche.DemarcheSteps.NOT_INFORMED;
import static no.mfa.hrd.process.demarche.DemarcheSteps.WITHDRAWN_BEFORE_DELIVERY;
import static no.mfa.hrd.process.demarche.DemarcheSteps.DELIVERED;
import static no.mfa.hrd.process.demarche.DemarcheSteps.HR_ADVICE;
import static no.mfa.hrd.process.demarche.DemarcheSteps.LOW_RISK;
import static no.mfa.hrd.process.publicstatement.PublicStatementSteps.PUBLISHED;
import static no.mfa.hrd.process.demarche.DemarcheSteps.REPORTED;
import static no.mfa.hrd.process.demarche.DemarcheSteps.REVISED;
import static no.mfa.hrd.process.publicstatement.PublicStatementSteps.STATEMENT_DRAFT;
import static no.mfa.hrd.process.publicstatement.PublicStatementSteps.STATEMENT_INFORMED;
import static no.mfa.hrd.process.demarche.DemarcheSteps.acknowledged;
import static no.mfa.hrd.process.demarche.DemarcheSteps.approval;
import static no.mfa.hrd.process.demarche.DemarcheSteps.consent;
import static no.mfa.hrd.process.demarche.DemarcheSteps.CRITICAL_RISK;
import static no.mfa.hrd.process.demarche.DemarcheSteps.informed;
import static no.mfa.hrd.process.demarche.DemarcheSteps.reportedTooEarly;
import static no.mfa.hrd.process.demarche.DemarcheSteps.start;
import static no.mfa.hrd.process.publicstatement.PublicStatementSteps.statementDecision;
import static no.mfa.hrd.process.publicstatement.PublicStatementSteps.statementSecurity;
import static no.mfa.hrd.process.demarche.DemarcheSteps.verify;
import static no.mfa.hrd.support.Scenario.COMMS;
import static no.mfa.hrd.support.Scenario.DESK_AFRICA;
import static no.mfa.hrd.support.Scenario.HR;
import static no.mfa.hrd.support.Scenario.NAIROBI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.mfa.hrd.forms.FormRulesException;
import no.mfa.hrd.forms.Violation;
import no.mfa.hrd.support.ScenarioTest;
import no.mfa.hrd.support.FullModelCoverage;
import no.mfa.hrd.support.Scenario;
import no.mfa.hrd.support.TestMail;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of the démarche, each step done through its form by the role the guidelines name. */
@ScenarioTest
@FullModelCoverage("demarche")
class DemarcheScenarioTest {

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  @Autowired ProcessEngine engine;
  private final Scenario scenario;

  DemarcheScenarioTest(Scenario scenario) {
    this.scenario = scenario;
  }

  @Test
  void aCaseNeedsNeitherAtRiskCategoriesNorNamedSources() {
    Map<String, Object> withoutCategories = new java.util.HashMap<>(start("demarche"));
    withoutCategories.remove("riskCategories");
    Map<String, Object> withoutSources = new java.util.HashMap<>(verify("verified"));
    withoutSources.remove("sources");

    ProcessInstance instance = scenario.start("demarche", withoutCategories, NAIROBI);
    scenario.work(instance, "Task_VerifyFacts", withoutSources, NAIROBI);

    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AssessRisk");
  }

  /** A low-risk démarche, verified and assessed, whose defender gave this answer on consent. */
  private ProcessInstance consentAsked(String consent) {
    ProcessInstance instance = scenario.start("demarche", start("demarche"), NAIROBI);
    scenario.work(instance, "Task_VerifyFacts", verify("verified"), NAIROBI);
    scenario.work(instance, "Task_AssessRisk", LOW_RISK, NAIROBI);
    scenario.work(instance, "Task_ObtainConsent", consent(consent), NAIROBI);
    return instance;
  }

  /** Start, verify, assess, consent and coordinate: the mission's part before the reaction. */
  private ProcessInstance preparedCase(Map<String, Object> start, Map<String, Object> risk) {
    ProcessInstance instance = scenario.start("demarche", start, NAIROBI);
    scenario.work(instance, "Task_VerifyFacts", verify("verified"), NAIROBI);
    scenario.work(instance, "Task_AssessRisk", risk, NAIROBI);
    scenario.work(instance, "Task_ObtainConsent", consent("yes"), NAIROBI);
    scenario.work(instance, "Task_CoordinateLikeminded", COORDINATED, NAIROBI);
    return instance;
  }

  private void deliverInformAndReport(ProcessInstance instance, String proposeMultilateral) {
    scenario.work(instance, "Task_DeliverReaction", DELIVERED, NAIROBI);
    scenario.work(instance, "Task_InformDefender", informed(proposeMultilateral), NAIROBI);
    scenario.work(instance, "Task_ReportOnEffect", REPORTED, NAIROBI);
  }

  private List<String> mailSubjectsTo(String address) {
    return TestMail.subjectsTo(mail, address);
  }

  @Test
  void anApprovedDemarcheIsDeliveredReportedAndRaisedMultilaterally() throws Exception {
    ProcessInstance instance = preparedCase(start("demarche"), LOW_RISK);
    BpmnAwareTests.assertThat(instance).variables().containsEntry("riskLevel", "low").containsKey("riskReason");
    ObjectValue assessment = engine.getRuntimeService().getVariableTyped(instance.getId(), "riskAssessment", false);
    assertThat(assessment.getSerializationDataFormat()).as("stored as JSON, never as serialized Java")
        .isEqualTo("application/json");

    scenario.work(instance, "Task_Decide", approval("approve"), DESK_AFRICA);
    deliverInformAndReport(instance, "yes");
    scenario.work(instance, "Task_AcknowledgeReport", acknowledged("doNotPublish"), DESK_AFRICA);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(
        "CallActivity_ApproveDemarche", "Task_NotifyHrOfMultilateral", "EndEvent_ReactionDelivered")
        .variables().containsEntry("ministryOutcome", "approved").containsEntry("caseOutcome", "reactionDelivered");
    BpmnAwareTests.assertThat(instance).hasNotPassed("Task_AdviseOnRisk", "CallActivity_PublishProtest");
    assertThat(mailSubjectsTo("desk.africa@example.org")).contains("HRD Support: a task awaits your group");
    assertThat(mailSubjectsTo("mission.nairobi@example.org")).contains("HRD Support: a decision on your case");
    assertThat(mailSubjectsTo("hr.section@example.org")).containsExactly("HRD Support: for your information");
  }

  @Test
  void factsAreVerifiedAgainAfterMoreInformationOrTheCaseIsNotPursued() {
    ProcessInstance instance = scenario.start("demarche", start("demarche"), NAIROBI);
    scenario.work(instance, "Task_VerifyFacts", verify("moreInformation"), NAIROBI);
    scenario.work(instance, "Task_GatherInformation", Map.of("informationGathered", "Court file obtained"), NAIROBI);
    scenario.work(instance, "Task_VerifyFacts", verify("notVerifiable"), NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_FactsNotVerified")
        .variables().containsEntry("caseOutcome", "factsNotVerified");
  }

  @Test
  void refusedConsentEndsTheCaseWithoutAnyReaction() {
    ProcessInstance instance = consentAsked("no");

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_ConsentWithheld")
        .hasNotPassed("Task_CoordinateLikeminded", "CallActivity_ApproveDemarche", "Task_DeliverReaction");
  }

  @Test
  void atHighRiskTheHrSectionAdvisesFirstAndReturnsForRevisionWorkTwiceInARow() {
    ProcessInstance instance = scenario.start("demarche", start("demarche", "normal", "yes"), NAIROBI);
    scenario.work(instance, "Task_VerifyFacts", verify("verified"), NAIROBI);
    scenario.work(instance, "Task_AssessRisk", CRITICAL_RISK, NAIROBI);
    BpmnAwareTests.assertThat(instance).variables().containsEntry("riskLevel", "critical");
    scenario.work(instance, "Task_ObtainConsent", consent("yes"), NAIROBI);
    scenario.work(instance, "Task_CoordinateLikeminded", COORDINATED, NAIROBI);
    scenario.runNotifications(instance);
    assertThat(scenario.hasTask(instance, "Task_Decide")).as("no decision before the HR section's advice")
        .isFalse();
    scenario.work(instance, "Task_AdviseOnRisk", HR_ADVICE, HR);

    scenario.work(instance, "Task_Decide", approval("consultHrSection"), DESK_AFRICA);
    scenario.work(instance, "Task_AdviseDesk", HR_ADVICE, HR);
    scenario.work(instance, "Task_Decide", approval("returnForRevision"), DESK_AFRICA);
    scenario.work(instance, "Task_ReviseProposal", REVISED, NAIROBI);
    scenario.work(instance, "Task_ConfirmRevisedConsent", CONSENT_CONFIRMED, NAIROBI);
    scenario.work(instance, "Task_Decide", approval("returnForRevision"), DESK_AFRICA);
    scenario.work(instance, "Task_ReviseProposal", REVISED, NAIROBI);
    scenario.work(instance, "Task_ConfirmRevisedConsent", CONSENT_CONFIRMED, NAIROBI);
    scenario.work(instance, "Task_Decide", approval("approve"), DESK_AFRICA);
    deliverInformAndReport(instance, "no");
    scenario.work(instance, "Task_AcknowledgeReport", acknowledged("publish"), DESK_AFRICA);

    // The desk decided to publish: the same case goes on in a public statement.
    scenario.work(instance, "Task_DraftStatement", STATEMENT_DRAFT, NAIROBI);
    scenario.work(instance, "Task_WeighSecurity", statementSecurity("yes"), NAIROBI);
    scenario.work(instance, "Task_Decide", statementDecision("approve"), DESK_AFRICA);
    scenario.work(instance, "Task_PublishStatement", PUBLISHED, COMMS);
    scenario.work(instance, "Task_InformDefenderOfStatement", STATEMENT_INFORMED, NAIROBI);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("CallActivity_PublishProtest", "EndEvent_ReactionDelivered");
    List<String> approvals = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).processDefinitionKey("ministryDecision").list().stream()
        .map(HistoricProcessInstance::getId).toList();
    assertThat(approvals).as("approval asked three times").hasSize(3);
    assertThat(approvals.stream().mapToLong(approval -> engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(approval).taskDefinitionKey("Task_Decide").finished().count()).sum())
        .as("the desk decided four times: once after consulting the HR section").isEqualTo(4);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_ReviseProposal").finished().count()).isEqualTo(2);
  }

  @Test
  void aRejectedDemarcheEndsTheCase() {
    ProcessInstance instance = preparedCase(start("demarche"), LOW_RISK);
    scenario.work(instance, "Task_Decide", approval("reject"), DESK_AFRICA);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_RejectedByMinistry")
        .hasNotPassed("Task_DeliverReaction");
  }

  @Test
  void anUrgentApprovalPendingOver24HoursIsEscalatedToTheDeskAndTheHrSection() throws Exception {
    Date requested = new Date();
    ClockUtil.setCurrentTime(requested);
    ProcessInstance instance = preparedCase(start("demarche", "urgent", "no"), LOW_RISK);
    scenario.runNotifications(instance);

    Task approval = scenario.task(instance, "Task_Decide");
    Date due = (Date) engine.getRuntimeService().getVariable(approval.getProcessInstanceId(), "decisionDueDate");
    assertThat(Duration.between(requested.toInstant(), due.toInstant())).isEqualTo(Duration.ofHours(24));
    assertThat(approval.getDueDate()).isEqualTo(due);
    Job timer = scenario.timer(instance, "Timer_DecisionOverdue");
    assertThat(timer.getDuedate()).as("the timer reads the same due date").isEqualTo(due);

    scenario.fire(timer);
    scenario.runNotifications(instance);

    assertThat(mailSubjectsTo("desk.africa@example.org")).contains("HRD Support: a task is overdue");
    assertThat(mailSubjectsTo("hr.section@example.org")).containsExactly("HRD Support: a task is overdue");
    BpmnAwareTests.assertThat(decisionOf(instance)).hasPassed("EndEvent_DecisionEscalated").isWaitingAt("Task_Decide");
    scenario.work(instance, "Task_Decide", approval("reject"), DESK_AFRICA);
    scenario.runNotifications(instance);
    BpmnAwareTests.assertThat(instance).isEnded();
  }

  @Test
  void aNormalCaseGivesTheDeskFiveDays() {
    Date requested = new Date();
    ClockUtil.setCurrentTime(requested);
    ProcessInstance instance = preparedCase(start("demarche", "normal", "no"), LOW_RISK);
    scenario.runNotifications(instance);

    assertThat(scenario.task(instance, "Task_Decide").getDueDate())
        .isEqualTo(Date.from(requested.toInstant().plus(Duration.ofDays(5))));
  }

  @Test
  void aFormalEnquiryNeedsNoApprovalAndTheDeskIsInformed() throws Exception {
    ProcessInstance instance = preparedCase(start("formalEnquiry"), LOW_RISK);
    scenario.work(instance, "Task_DeliverReaction", DELIVERED, NAIROBI);
    scenario.work(instance, "Task_InformDefender", informed("no"), NAIROBI);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_InformDeskOfReaction", "EndEvent_ReactionDelivered")
        .hasNotPassed("CallActivity_ApproveDemarche", "Task_ReportOnEffect");
    assertThat(mailSubjectsTo("desk.africa@example.org")).containsExactly("HRD Support: for your information");
  }

  /** An official statement, drafted in the called public statement and weighed with the defender. */
  private ProcessInstance officialStatementWeighed(String consent) {
    ProcessInstance instance = preparedCase(start("officialStatement"), LOW_RISK);
    scenario.work(instance, "Task_DraftStatement", STATEMENT_DRAFT, NAIROBI);
    scenario.work(instance, "Task_WeighSecurity", statementSecurity(consent), NAIROBI);
    return instance;
  }

  @Test
  void anOfficialStatementIsDecidedAndPublishedThroughAPublicStatement() {
    ProcessInstance instance = officialStatementWeighed("yes");
    scenario.work(instance, "Task_Decide", statementDecision("approve"), DESK_AFRICA);
    scenario.work(instance, "Task_PublishStatement", PUBLISHED, COMMS);
    scenario.work(instance, "Task_InformDefenderOfStatement", STATEMENT_INFORMED, NAIROBI);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("CallActivity_OfficialStatement", "EndEvent_ReactionDelivered")
        .hasNotPassed("Task_DeliverReaction");
  }

  @Test
  void anOfficialStatementTheDeskRejectsEndsAsRejectedByTheMinistry() {
    ProcessInstance instance = officialStatementWeighed("yes");
    scenario.work(instance, "Task_Decide", statementDecision("reject"), DESK_AFRICA);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_StatementRejectedByMinistry");
  }

  @Test
  void anOfficialStatementWithoutRenewedConsentEndsWithoutAction() {
    ProcessInstance instance = officialStatementWeighed("no");

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_StatementConsentWithheld");
  }

  /** The decision block the case is waiting in. */
  private ProcessInstance decisionOf(ProcessInstance instance) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .processDefinitionKey("ministryDecision").singleResult();
  }

  @Test
  void anEscalationStillPendingWhenTheDeskDecidesNeitherHoldsUpTheCaseNorBecomesItsOutcome() {
    ProcessInstance instance = preparedCase(start("demarche", "urgent", "no"), LOW_RISK);
    scenario.runNotifications(instance);
    ProcessInstance decision = decisionOf(instance);
    scenario.fire(scenario.timer(instance, "Timer_DecisionOverdue"));

    // The escalation's mail is still waiting (say, the mail server is down) when the desk approves.
    scenario.submit(instance, "Task_Decide", approval("approve"), DESK_AFRICA);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(decision).isEnded().hasPassed("EndEvent_Approved");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DeliverReaction")
        .variables().containsEntry("ministryOutcome", "approved").doesNotContainKey("caseOutcome");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(decision.getId()).count()).isZero();
  }

  @Test
  void theDeskDecidesSeeingTheIncidentTheRiskTheConsentAndTheCoordination() {
    ProcessInstance instance = preparedCase(start("demarche"), LOW_RISK);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(decisionOf(instance)).isWaitingAt("Task_Decide").variables().containsKeys(
        "incidentDescription", "authorityAddressed", "reactionOutline", "informalDialogue", "riskLevel", "riskReason",
        "consentFrom", "consentHow", "consentDate", "agreedChannel", "coordinationOutcome", "likemindedMissions")
        .containsEntry("decisionForm", "demarcheApprove").doesNotContainKey("defenderName");
    Task decision = scenario.task(instance, "Task_Decide");
    BpmnAwareTests.assertThat(decision).hasCandidateGroup("desk-africa");
    assertThat(engine.getFormService().getTaskFormData(decision.getId()).getCamundaFormRef().getKey())
        .isEqualTo("demarcheApprove");
  }

  @Test
  void whenNobodyCanBeReachedForConsentNothingIsDone() {
    ProcessInstance instance = consentAsked("nobodyReached");

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_ConsentWithheld")
        .variables().containsEntry("consentGiven", "nobodyReached").containsKey("contactsTried");
  }

  @Test
  void whenItIsTooEarlyToTellTheCaseComesBackToTheMissionOnTheDateItSet() {
    ProcessInstance instance = preparedCase(start("demarche"), LOW_RISK);
    scenario.work(instance, "Task_Decide", approval("approve"), DESK_AFRICA);
    scenario.work(instance, "Task_DeliverReaction", DELIVERED, NAIROBI);
    scenario.work(instance, "Task_InformDefender", informed("no"), NAIROBI);
    LocalDate followUpOn = LocalDate.now().plusDays(14);
    scenario.work(instance, "Task_ReportOnEffect", reportedTooEarly(followUpOn), NAIROBI);
    scenario.work(instance, "Task_AcknowledgeReport", acknowledged("doNotPublish"), DESK_AFRICA);

    BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_FollowUpDue");
    Job followUp = scenario.timer(instance, "Timer_FollowUpDue");
    assertThat(followUp.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate()).isEqualTo(followUpOn);

    scenario.fire(followUp);
    scenario.work(instance, "Task_ReportOnEffect", REPORTED, NAIROBI);
    scenario.work(instance, "Task_AcknowledgeReport", acknowledged("doNotPublish"), DESK_AFRICA);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_ReactionDelivered");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_ReportOnEffect").finished().count()).isEqualTo(2);
  }

  @Test
  void aRevisedProposalTheDefenderNoLongerConsentsToIsNeitherApprovedNorDelivered() {
    ProcessInstance instance = preparedCase(start("demarche"), LOW_RISK);
    scenario.work(instance, "Task_Decide", approval("returnForRevision"), DESK_AFRICA);
    scenario.work(instance, "Task_ReviseProposal", REVISED, NAIROBI);
    scenario.work(instance, "Task_ConfirmRevisedConsent", CONSENT_WITHDRAWN, NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_RevisionNotConsented")
        .hasNotPassed("Task_DeliverReaction").variables().containsEntry("caseOutcome", "consentWithheld");
  }

  @Test
  void actingAloneWhereTheDefenderConsentedToAJointReactionNeedsTheirConsentAgain() {
    ProcessInstance instance = consentAsked("yes");
    scenario.work(instance, "Task_CoordinateLikeminded", COORDINATED_ALONE, NAIROBI);

    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ConfirmConsent");
    scenario.work(instance, "Task_ConfirmConsent", CONSENT_WITHDRAWN, NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_ConsentWithdrawn")
        .hasNotPassed("CallActivity_ApproveDemarche", "Task_DeliverReaction")
        .variables().containsEntry("caseOutcome", "consentWithheld");
  }

  @Test
  void whenTheDefenderAgreesToNorwayActingAloneTheDemarcheGoesToTheDesk() {
    ProcessInstance instance = consentAsked("yes");
    scenario.work(instance, "Task_CoordinateLikeminded", COORDINATED_ALONE, NAIROBI);
    scenario.work(instance, "Task_ConfirmConsent", CONSENT_CONFIRMED, NAIROBI);
    scenario.runNotifications(instance);

    assertThat(scenario.hasTask(instance, "Task_Decide")).isTrue();
    BpmnAwareTests.assertThat(instance).variables().containsEntry("consentConfirmed", "yes");
  }

  @Test
  void consentWithdrawnBeforeDeliveryStopsTheReactionEvenWhenApproved() {
    ProcessInstance instance = preparedCase(start("demarche"), LOW_RISK);
    scenario.work(instance, "Task_Decide", approval("approve"), DESK_AFRICA);
    scenario.work(instance, "Task_DeliverReaction", WITHDRAWN_BEFORE_DELIVERY, NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_WithdrawnBeforeDelivery")
        .hasNotPassed("Task_InformDefender").variables().containsEntry("caseOutcome", "consentWithheld")
        .doesNotContainKey("deliveredOn");
  }

  @Test
  void aProtestIsPublishedOnceEvenWhenTheEffectIsReportedAgain() {
    ProcessInstance instance = preparedCase(start("demarche"), LOW_RISK);
    scenario.work(instance, "Task_Decide", approval("approve"), DESK_AFRICA);
    scenario.work(instance, "Task_DeliverReaction", DELIVERED, NAIROBI);
    scenario.work(instance, "Task_InformDefender", informed("no"), NAIROBI);
    scenario.work(instance, "Task_ReportOnEffect", reportedTooEarly(LocalDate.now().plusDays(7)), NAIROBI);
    scenario.work(instance, "Task_AcknowledgeReport", acknowledged("publish"), DESK_AFRICA);
    scenario.work(instance, "Task_DraftStatement", STATEMENT_DRAFT, NAIROBI);
    scenario.work(instance, "Task_WeighSecurity", statementSecurity("yes"), NAIROBI);
    scenario.work(instance, "Task_Decide", statementDecision("approve"), DESK_AFRICA);
    scenario.work(instance, "Task_PublishStatement", PUBLISHED, COMMS);
    scenario.work(instance, "Task_InformDefenderOfStatement", STATEMENT_INFORMED, NAIROBI);

    scenario.fire(scenario.timer(instance, "Timer_FollowUpDue"));
    scenario.work(instance, "Task_ReportOnEffect", REPORTED, NAIROBI);
    scenario.work(instance, "Task_AcknowledgeReport", DemarcheSteps.acknowledgedAgain(), DESK_AFRICA);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isEnded().variables().containsEntry("protestOutcome", "statementPublished");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .processDefinitionKey("publicStatement").count()).as("one statement").isEqualTo(1);
  }

  @Test
  void aReportOnTheEffectNotGivenInTwoWeeksIsRemindedToTheMissionAndTheDesk() throws Exception {
    Date delivered = new Date();
    ClockUtil.setCurrentTime(delivered);
    ProcessInstance instance = preparedCase(start("demarche"), LOW_RISK);
    scenario.work(instance, "Task_Decide", approval("approve"), DESK_AFRICA);
    scenario.work(instance, "Task_DeliverReaction", DELIVERED, NAIROBI);
    scenario.work(instance, "Task_InformDefender", informed("no"), NAIROBI);

    Task report = scenario.task(instance, "Task_ReportOnEffect");
    assertThat(report.getDueDate()).isEqualTo(Date.from(delivered.toInstant().plus(Duration.ofDays(14))));
    Job overdue = scenario.timer(instance, "Timer_EffectReportOverdue");
    assertThat(overdue.getDuedate()).as("the reminder reads the same due date").isEqualTo(report.getDueDate());
    scenario.fire(overdue);
    scenario.runNotifications(instance);

    assertThat(mailSubjectsTo("mission.nairobi@example.org")).contains("HRD Support: a task is overdue");
    assertThat(mailSubjectsTo("desk.africa@example.org")).contains("HRD Support: a task is overdue");
    BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_ReportReminded").isWaitingAt("Task_ReportOnEffect");
  }

  @Test
  void aDefenderWhoPrefersAnotherReactionIsHeardAndNothingIsDone() {
    ProcessInstance instance = consentAsked("prefersOther");

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_ConsentWithheld").variables()
        .containsKeys("preferredReaction", "localOrganisationsConsulted");
  }

  @Test
  void theConditionsOfAnApprovalReachTheMissionThatDelivers() {
    ProcessInstance instance = preparedCase(start("demarche"), LOW_RISK);
    scenario.work(instance, "Task_Decide", approval("approveWithConditions"), DESK_AFRICA);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DeliverReaction").variables()
        .containsEntry("ministryOutcome", "approved")
        .containsEntry("approvalConditions", approval("approveWithConditions").get("approvalConditions"));
  }

  @Test
  void aReactionIsDeliveredOnlyAsItWasCoordinatedAndConsentedTo() {
    ProcessInstance instance = consentAsked("yes");
    scenario.work(instance, "Task_CoordinateLikeminded", COORDINATED_ALONE, NAIROBI);
    scenario.work(instance, "Task_ConfirmConsent", CONSENT_CONFIRMED, NAIROBI);
    scenario.work(instance, "Task_Decide", approval("approve"), DESK_AFRICA);
    scenario.runNotifications(instance);

    assertThatThrownBy(() -> scenario.submit(instance, "Task_DeliverReaction", DELIVERED, NAIROBI))
        .isInstanceOfSatisfying(FormRulesException.class, refused -> assertThat(refused.getViolations())
            .extracting(Violation::field, Violation::rule).containsExactly(tuple("deliveredJointlyWith", "asConsented")));
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DeliverReaction");
  }

  @Test
  void aRenewedConsentCannotPredateTheFirst() {
    ProcessInstance instance = preparedCase(start("demarche"), LOW_RISK);
    scenario.work(instance, "Task_Decide", approval("returnForRevision"), DESK_AFRICA);
    scenario.work(instance, "Task_ReviseProposal", REVISED, NAIROBI);

    Map<String, Object> backdated = new java.util.HashMap<>(CONSENT_CONFIRMED);
    backdated.put("consentConfirmedOn", "1990-01-01");
    assertThatThrownBy(() -> scenario.submit(instance, "Task_ConfirmRevisedConsent", backdated, NAIROBI))
        .isInstanceOfSatisfying(FormRulesException.class, refused -> assertThat(refused.getViolations())
            .extracting(Violation::rule).containsExactly("afterFirstConsent"));
  }

  @Test
  void whenItIsUnsafeToInformTheDefenderTheMissionRecordsWhyAndTheCaseGoesOn() {
    ProcessInstance instance = preparedCase(start("demarche"), LOW_RISK);
    scenario.work(instance, "Task_Decide", approval("approve"), DESK_AFRICA);
    scenario.work(instance, "Task_DeliverReaction", DELIVERED, NAIROBI);
    scenario.work(instance, "Task_InformDefender", NOT_INFORMED, NAIROBI);

    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ReportOnEffect").variables()
        .containsEntry("informOutcome", "unsafeToInform").containsKey("notInformedReason").doesNotContainKey("informedOn");
  }
}
