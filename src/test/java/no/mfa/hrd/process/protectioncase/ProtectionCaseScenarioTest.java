package no.mfa.hrd.process.protectioncase;

import static no.mfa.hrd.process.protectioncase.ProtectionCaseSteps.START;
import static no.mfa.hrd.process.protectioncase.ProtectionCaseSteps.measureStep;
import static no.mfa.hrd.process.protectioncase.ProtectionCaseSteps.step;
import static no.mfa.hrd.support.Scenario.DESK_AFRICA;
import static no.mfa.hrd.support.Scenario.NAIROBI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.mfa.hrd.support.FullModelCoverage;
import no.mfa.hrd.support.Scenario;
import no.mfa.hrd.support.ScenarioTest;
import no.mfa.hrd.support.TestMail;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of a protection case, each step done through its form by the role the guidelines name. */
@ScenarioTest
@FullModelCoverage("protectionCase")
class ProtectionCaseScenarioTest {

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  @Autowired ProcessEngine engine;
  private final Scenario scenario;

  ProtectionCaseScenarioTest(Scenario scenario) {
    this.scenario = scenario;
  }

  /** Opened, the person found a defender, the risk assessed with this checklist. */
  private ProcessInstance assessed(String risk) {
    ProcessInstance instance = scenario.start("protectionCase", START, NAIROBI);
    scenario.work(instance, "Task_CheckDefender", step("fitsDefinition"), NAIROBI);
    scenario.work(instance, "Task_AssessRisk", step(risk), NAIROBI);
    return instance;
  }

  /** At low risk, these measures started without the desk. */
  private ProcessInstance measuresStarted(String... measures) {
    ProcessInstance instance = assessed("lowRisk");
    scenario.work(instance, "Task_ChooseMeasures", step("threeMeasures", "measures", List.of(measures)), NAIROBI);
    return instance;
  }

  private void reviewDue(ProcessInstance instance) {
    scenario.fire(scenario.timer(instance, "Timer_CaseReviewDue"));
    scenario.runNotifications(instance);
  }

  private Map<String, Object> variables(ProcessInstance instance) {
    return engine.getRuntimeService().getVariables(instance.getId());
  }

  private List<HistoricProcessInstance> measures(ProcessInstance instance) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .orderByProcessInstanceStartTime().asc().list();
  }

  @Test
  void aPersonWhoDoesNotFitTheDefinitionClosesTheCaseWithTheReason() {
    ProcessInstance instance = scenario.start("protectionCase", START, NAIROBI);
    scenario.work(instance, "Task_CheckDefender", step("notADefender"), NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_NotADefender").hasNotPassed("Task_AssessRisk")
        .variables().containsEntry("caseOutcome", "notADefender").containsKey("definitionNote");
  }

  @Test
  void threeMeasuresRunSideBySideEachCompletesAndTheCaseGoesOnToReviewThenCloses() {
    ProcessInstance instance = measuresStarted("specialRapporteur", "protectionOrganisation", "multilateral");

    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ContactMechanism", "Task_ReferToOrganisation",
        "Task_ProposeMultilateral", "Timer_CaseReviewDue").hasNotPassed("Task_NotifyHighRisk", "CallActivity_AgreeMeasures");
    scenario.work(instance, "Task_ProposeMultilateral", step("multilateral"), NAIROBI);
    scenario.work(instance, "Task_ContactMechanism", step("mechanism"), NAIROBI);
    scenario.work(instance, "Task_ReferToOrganisation", step("organisation"), NAIROBI);
    scenario.runNotifications(instance);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_CaseReviewDue")
        .hasPassed("EndEvent_MultilateralProposed", "EndEvent_MechanismContacted", "EndEvent_ReferredToOrganisation");
    assertThat(TestMail.subjectsTo(mail, "hr.section@example.org")).containsExactly("HRD Support: for your information");
    assertThat(TestMail.subjectsTo(mail, "desk.africa@example.org")).as("the desk, which coordinates cases of individuals")
        .containsExactly("HRD Support: for your information");

    Job review = scenario.timer(instance, "Timer_CaseReviewDue");
    assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), review.getDuedate().toInstant()))
        .as("reviewed every 30 days").isBetween(Duration.ofDays(30).minusMinutes(1), Duration.ofDays(30));
    reviewDue(instance);
    assertThat(TestMail.subjectsTo(mail, "mission.nairobi@example.org")).contains("HRD Support: a task awaits your group");
    assertThat(variables(instance)).containsEntry("openMeasures", "");
    scenario.work(instance, "Task_ReviewCase", step("reviewClose"), NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_CaseClosed")
        .variables().containsEntry("caseOutcome", "protectionNoLongerNeeded");
  }

  @Test
  void aReviewRaisesTheRiskToCriticalAndTheDeskAgreesTheNewMeasureAfterAdvisingAgainstTheFirst() {
    ProcessInstance instance = assessed("lowRisk");
    scenario.work(instance, "Task_ChooseMeasures", step("noMeasure"), NAIROBI);
    BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_NoNewMeasure").isWaitingAt("Timer_CaseReviewDue");
    reviewDue(instance);
    scenario.work(instance, "Task_ReviewCase", step("reviewContinue"), NAIROBI);

    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AssessRisk").variables().containsEntry("reviewDecision", null);
    scenario.work(instance, "Task_AssessRisk", step("criticalRisk"), NAIROBI);
    scenario.runNotifications(instance);
    assertThat(variables(instance)).containsEntry("riskLevel", "critical");
    assertThat(TestMail.subjectsTo(mail, "desk.africa@example.org")).contains("HRD Support: a defender at high risk");
    assertThat(TestMail.subjectsTo(mail, "hr.section@example.org")).contains("HRD Support: a defender at high risk");

    scenario.work(instance, "Task_ChooseMeasures", step("threeMeasures", "measures", List.of("shortTermProtection")), NAIROBI);
    scenario.work(instance, "Task_Decide", step("adviseAgainst"), DESK_AFRICA);
    scenario.runNotifications(instance);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ChooseMeasures").variables()
        .containsEntry("ministryOutcome", "advisedAgainst");
    scenario.work(instance, "Task_ChooseMeasures", step("threeMeasures", "measures", List.of("shortTermProtection")), NAIROBI);
    scenario.work(instance, "Task_Decide", step("agree"), DESK_AFRICA);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_PlanShortTermProtection", "Timer_CaseReviewDue");
    Job review = scenario.timer(instance, "Timer_CaseReviewDue");
    assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), review.getDuedate().toInstant()))
        .as("reviewed every 7 days while the risk is critical").isBetween(Duration.ofDays(7).minusMinutes(1), Duration.ofDays(7));

    scenario.work(instance, "Task_PlanShortTermProtection", step("shortTermWithSupport"), NAIROBI);
    scenario.work(instance, "Task_Decide", step("returnSupport"), DESK_AFRICA);
    scenario.runNotifications(instance);
    scenario.work(instance, "Task_PlanShortTermProtection", step("shortTermWithSupport"), NAIROBI);
    scenario.work(instance, "Task_Decide", step("approveSupport"), DESK_AFRICA);
    scenario.work(instance, "Task_ArrangeShortTermProtection", step("arranged"), NAIROBI);

    BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_ShortTermProtectionArranged").isWaitingAt("Timer_CaseReviewDue");
  }

  @Test
  void theSixProceduresStartInTheCaseWithWhatTheirFormsHoldAndTheirOutcomesComeBack() {
    ProcessInstance instance = measuresStarted("demarche", "publicStatement", "courtObservation", "prisonVisit",
        "visaReferral", "section35Request");
    scenario.work(instance, "Task_PrepareDemarche", measureStep("demarche", "start"), NAIROBI);
    scenario.work(instance, "Task_PrepareStatement", step("statementVerified"), NAIROBI);
    scenario.work(instance, "Task_PrepareCourtObservation", measureStep("courtObservation", "start"), NAIROBI);
    scenario.work(instance, "Task_PreparePrisonVisit", measureStep("prisonVisit", "start"), NAIROBI);
    scenario.work(instance, "Task_PrepareVisaReferral", measureStep("visaReferral", "start", "consentToShare", "no"), NAIROBI);
    scenario.work(instance, "Task_PrepareSection35Request", measureStep("section35Request", "start", "consentToShare", "no"), NAIROBI);

    List<HistoricProcessInstance> called = measures(instance);
    assertThat(called).extracting(HistoricProcessInstance::getProcessDefinitionKey).containsExactlyInAnyOrder(
        "demarche", "publicStatement", "courtObservation", "prisonVisit", "visaReferral", "section35Request");
    assertThat(called).extracting(HistoricProcessInstance::getBusinessKey).containsOnly(instance.getBusinessKey());
    String visa = called.stream().filter(measure -> measure.getProcessDefinitionKey().equals("visaReferral")).findFirst().orElseThrow().getId();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(visa).list())
        .as("a measure receives what its form holds, not the case's checklist")
        .extracting(variable -> variable.getName()).contains("applicantName", "consentToShare")
        .doesNotContain("perpetratorDetails", "contactInformation", "humanRightsActivities");
    assertThat(variables(instance)).as("the measure's own answers leave the case")
        .doesNotContainKeys("proposedReaction", "consentToShare", "applicantName", "courtName", "placeOfDetention")
        .containsKeys("defenderName", "incidentDescription");

    scenario.work(instance, "Task_VerifyFacts", measureStep("demarche", "notVerifiable"), NAIROBI);
    scenario.work(instance, "Task_DraftStatement", measureStep("publicStatement", "draft"), NAIROBI);
    scenario.work(instance, "Task_WeighSecurity", measureStep("publicStatement", "consentRefused"), NAIROBI);
    scenario.work(instance, "Task_AssessRelevance", measureStep("courtObservation", "notRelevant"), NAIROBI);
    scenario.work(instance, "Task_RecordRelease", measureStep("prisonVisit", "released"), NAIROBI);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_CaseReviewDue").hasPassed("EndEvent_DemarcheEnded",
        "EndEvent_StatementEnded", "EndEvent_CourtObservationEnded", "EndEvent_PrisonVisitEnded",
        "EndEvent_VisaReferralEnded", "EndEvent_Section35RequestEnded");
    assertThat(variables(instance)).containsEntry("demarcheOutcome", "factsNotVerified")
        .containsEntry("publicStatementOutcome", "consentWithheld").containsEntry("courtObservationOutcome", "notRelevant")
        .containsEntry("prisonVisitOutcome", "released").containsEntry("visaReferralOutcome", "noConsentToShare")
        .containsEntry("section35RequestOutcome", "noConsentToShare");
  }

  @Test
  void aStatementOnUnverifiedFactsIsNotPursuedAndTheMinistryMayRefuseSupportForProtection() {
    ProcessInstance instance = measuresStarted("publicStatement", "shortTermProtection");
    scenario.work(instance, "Task_PrepareStatement", step("statementNotVerifiable"), NAIROBI);
    scenario.work(instance, "Task_PlanShortTermProtection", step("shortTermWithoutSupport"), NAIROBI);
    scenario.work(instance, "Task_ArrangeShortTermProtection", step("arranged"), NAIROBI);
    BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_StatementNotPursued", "EndEvent_ShortTermProtectionArranged")
        .hasNotPassed("CallActivity_PublicStatement", "CallActivity_SupportDecision");

    reviewDue(instance);
    scenario.work(instance, "Task_ReviewCase", step("reviewContinue", "lifeOrHealthThreatened", "no"), NAIROBI);
    scenario.work(instance, "Task_AssessRisk", step("lowRisk"), NAIROBI);
    assertThat(variables(instance)).as("the last round's measures are not chosen again by themselves").containsEntry("measures", null);
    scenario.work(instance, "Task_ChooseMeasures", step("threeMeasures", "measures", List.of("shortTermProtection")), NAIROBI);
    scenario.work(instance, "Task_PlanShortTermProtection", step("shortTermWithSupport"), NAIROBI);
    scenario.work(instance, "Task_Decide", step("rejectSupport"), DESK_AFRICA);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_SupportRejected").isWaitingAt("Timer_CaseReviewDue");
  }

  @Test
  void closingWhileMeasuresRunNeedsConfirmationAndThenCancelsThem() {
    ProcessInstance instance = measuresStarted("prisonVisit", "specialRapporteur");
    scenario.work(instance, "Task_PreparePrisonVisit", measureStep("prisonVisit", "start"), NAIROBI);
    reviewDue(instance);
    assertThat((String) variables(instance).get("openMeasures")).contains("Prison visit")
        .contains("Contact the Special Rapporteur or a regional mechanism");

    assertThat(scenario.refusals(instance, "Task_ReviewCase", step("reviewClose"), NAIROBI))
        .containsExactly(tuple("cancelOpenMeasures", "required"));
    assertThat(scenario.refusals(instance, "Task_ReviewCase", step("reviewClose", "cancelOpenMeasures", "no"), NAIROBI))
        .containsExactly(tuple("cancelOpenMeasures", "confirmed"));
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ReviewCase", "Task_ContactMechanism");

    scenario.work(instance, "Task_ReviewCase", step("reviewClose", "cancelOpenMeasures", "yes"), NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_CaseClosed");
    assertThat(measures(instance)).extracting(HistoricProcessInstance::getProcessDefinitionKey, HistoricProcessInstance::getState)
        .containsExactly(tuple("prisonVisit", HistoricProcessInstance.STATE_INTERNALLY_TERMINATED));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey()).count()).isZero();
  }

  @Test
  void withoutTheDefendersAgreementNothingIsRaisedContactedReferredOrArrangedAndNextTimeTheyAreAskedAgain() {
    ProcessInstance instance = measuresStarted("multilateral", "specialRapporteur", "protectionOrganisation", "shortTermProtection");
    scenario.work(instance, "Task_ProposeMultilateral", step("multilateralNoDialogue"), NAIROBI);
    scenario.work(instance, "Task_ContactMechanism", step("mechanismNotAgreed"), NAIROBI);
    scenario.work(instance, "Task_ReferToOrganisation", step("organisationNotAgreed"), NAIROBI);
    scenario.work(instance, "Task_PlanShortTermProtection", step("shortTermWithoutSupport"), NAIROBI);
    scenario.work(instance, "Task_ArrangeShortTermProtection", step("arrangementNotAgreed"), NAIROBI);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_CaseReviewDue").hasPassed("EndEvent_MultilateralNotPursued",
        "EndEvent_MechanismNotContacted", "EndEvent_NotReferred", "EndEvent_ShortTermProtectionNotArranged")
        .hasNotPassed("Task_NotifyHrOfMultilateral");
    assertThat(TestMail.subjectsTo(mail, "hr.section@example.org")).as("nothing to raise").isEmpty();

    reviewDue(instance);
    scenario.work(instance, "Task_ReviewCase", step("reviewContinue", "lifeOrHealthThreatened", "no"), NAIROBI);
    scenario.work(instance, "Task_AssessRisk", step("lowRisk"), NAIROBI);
    scenario.work(instance, "Task_ChooseMeasures", step("threeMeasures", "measures", List.of("specialRapporteur")), NAIROBI);
    assertThat(variables(instance)).as("the last answer is not offered as this one's")
        .doesNotContainKeys("mechanismDefenderAgreed", "contactNote").containsKey("defenderName");
    scenario.work(instance, "Task_ContactMechanism", step("mechanism"), NAIROBI);
    BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_MechanismContacted");
  }

  @Test
  void aMeasurePreparedInTheCaseKeepsTheRulesOfItsOwnStartForm() {
    ProcessInstance instance = measuresStarted("visaReferral");

    assertThat(scenario.refusals(instance, "Task_PrepareVisaReferral",
        measureStep("visaReferral", "start", "plannedEntry", "2026-01-10", "plannedExit", "2026-01-12"), NAIROBI))
        .extracting(refusal -> refusal.toList().get(0)).contains("plannedEntry");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_PrepareVisaReferral");
  }
}
