package no.mfa.hrd.process.section35request;

import static no.mfa.hrd.process.section35request.Section35RequestSteps.START;
import static no.mfa.hrd.process.section35request.Section35RequestSteps.step;
import static no.mfa.hrd.support.Scenario.DESK_AFRICA;
import static no.mfa.hrd.support.Scenario.HR;
import static no.mfa.hrd.support.Scenario.HUMANITARIAN;
import static no.mfa.hrd.support.Scenario.NAIROBI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.Map;
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

/** Every path of a section 35 request, each step done through its form by the role the guidelines name. */
@ScenarioTest
@FullModelCoverage("section35Request")
class Section35RequestScenarioTest {

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  @Autowired ProcessEngine engine;
  private final Scenario scenario;

  Section35RequestScenarioTest(Scenario scenario) {
    this.scenario = scenario;
  }

  /** Opened, other protection found not enough, and UNHCR unable to protect in time. */
  private ProcessInstance beyondOtherProtection(Map<String, Object> start) {
    ProcessInstance instance = scenario.start("section35Request", start, NAIROBI);
    scenario.work(instance, "Task_ConsiderOtherProtection", step("otherProtectionNotEnough"), NAIROBI);
    if ("yes".equals(start.get("unhcrPresent"))) {
      scenario.work(instance, "Task_ReferToUnhcr", step("unhcrCannotProtect"), NAIROBI);
    }
    return instance;
  }

  /** The three conditions met, and the desk has decided so. */
  private ProcessInstance decidedByTheDesk(String deskDecision) {
    ProcessInstance instance = beyondOtherProtection(START);
    scenario.work(instance, "Task_AssessConditions", step("conditionsMet"), NAIROBI);
    scenario.work(instance, "Task_Decide", step(deskDecision), DESK_AFRICA);
    scenario.runNotifications(instance);
    return instance;
  }

  /** Supported, found complete and forwarded to the immigration authorities. */
  private ProcessInstance forwarded() {
    ProcessInstance instance = decidedByTheDesk("support");
    scenario.work(instance, "Task_CheckCompleteness", step("complete"), HUMANITARIAN);
    scenario.work(instance, "Task_ForwardToImmigration", step("forwarded"), HUMANITARIAN);
    return instance;
  }

  private boolean humanitarianSectionReads(ProcessInstance instance) {
    engine.getIdentityService().setAuthentication(HUMANITARIAN.user(), java.util.List.of(HUMANITARIAN.group()));
    try {
      return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 1;
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void withoutConsentToShareTheCaseEndsAtOnce() {
    ProcessInstance instance = scenario.start("section35Request", step("start", "consentToShare", "no"), NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_NoConsentToShare")
        .variables().containsEntry("caseOutcome", "noConsentToShare");
  }

  @Test
  void otherProtectionThatIsEnoughEndsTheCaseAsReferredToIt() {
    ProcessInstance instance = scenario.start("section35Request", START, NAIROBI);
    scenario.work(instance, "Task_ConsiderOtherProtection", step("otherProtectionEnough"), NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_ReferredToOtherProtection").hasNotPassed("Task_ReferToUnhcr")
        .variables().containsEntry("caseOutcome", "referredToOtherProtection").containsEntry("otherProtectionChosen", "opProtectDefenders");
  }

  @Test
  void protectionMarkedNotAvailableCannotBeTheOneThatIsEnough() {
    ProcessInstance instance = scenario.start("section35Request", START, NAIROBI);

    assertThat(scenario.refusals(instance, "Task_ConsiderOtherProtection",
        step("otherProtectionEnough", "otherProtectionChosen", "opShelterCity", "opShelterCity", "unavailable"), NAIROBI))
        .containsExactly(tuple("otherProtectionChosen", "available"));
  }

  @Test
  void whereUnhcrIsRepresentedThePersonIsReferredToItWithTheRefugeeStatusRoute() {
    ProcessInstance instance = scenario.start("section35Request", START, NAIROBI);
    scenario.work(instance, "Task_ConsiderOtherProtection", step("otherProtectionNotEnough"), NAIROBI);
    scenario.work(instance, "Task_ReferToUnhcr", step("unhcrReferred"), NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_ReferredToUnhcr").hasNotPassed("Task_AssessConditions")
        .variables().containsEntry("caseOutcome", "referredToUnhcr").containsEntry("refugeeStatusRoute", "yes");
    assertThat(humanitarianSectionReads(instance)).as("the Ministry's section is never brought in").isFalse();
  }

  @Test
  void aConditionNotMetEndsTheCaseAsNotEligibleWithTheAlternativesGiven() {
    ProcessInstance instance = beyondOtherProtection(START);
    scenario.work(instance, "Task_AssessConditions", step("conditionsNotMet"), NAIROBI);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_InformNotEligible").variables()
        .containsEntry("eligible", false).containsEntry("unmetConditions", "Of no significance to Norwegian interests");
    scenario.work(instance, "Task_InformNotEligible", step("notEligibleInformed"), NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_NotEligible").hasNotPassed("CallActivity_DeskDecision")
        .variables().containsEntry("caseOutcome", "notEligible");
  }

  @Test
  void supportedReturnedTwiceForInformationThenForwardedAndGranted() {
    ProcessInstance instance = beyondOtherProtection(START);
    scenario.work(instance, "Task_AssessConditions", step("conditionsMet"), NAIROBI);
    assertThat(humanitarianSectionReads(instance)).as("not before the desk supports the request").isFalse();
    scenario.work(instance, "Task_Decide", step("consultHr"), DESK_AFRICA);
    scenario.work(instance, "Task_AdviseDesk", step("hrAdvice"), HR);
    scenario.work(instance, "Task_Decide", step("support"), DESK_AFRICA);
    scenario.runNotifications(instance);
    assertThat(humanitarianSectionReads(instance)).as("opened to the section once the desk supports it").isTrue();
    assertThat(TestMail.subjectsTo(mail, "humanitarian.section@example.org")).contains("HRD Support: a task awaits your group");
    for (int round = 1; round <= 2; round++) {
      scenario.work(instance, "Task_CheckCompleteness", step("moreInformationNeeded"), HUMANITARIAN);
      scenario.work(instance, "Task_ProvideInformation", step("informationProvided"), NAIROBI);
    }
    scenario.work(instance, "Task_CheckCompleteness", step("complete"), HUMANITARIAN);
    scenario.work(instance, "Task_ForwardToImmigration", step("forwarded"), HUMANITARIAN);
    scenario.work(instance, "Task_RecordDecision", step("granted"), HUMANITARIAN);
    scenario.work(instance, "Task_ArrangeEntry", step("entryArranged"), NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_ProvideInformation", "EndEvent_EntryPermitGranted")
        .variables().containsEntry("caseOutcome", "entryPermitGranted");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_CheckCompleteness").count()).as("checked three times").isEqualTo(3);
    assertThat(TestMail.subjectsTo(mail, "mission.nairobi@example.org")).contains("HRD Support: a case returned for revision");
  }

  @Test
  void aRefusedPermitReturnsTheCaseToOtherProtection() {
    ProcessInstance instance = forwarded();
    scenario.work(instance, "Task_RecordDecision", step("refused"), HUMANITARIAN);
    scenario.work(instance, "Task_InformOfNoPermit", step("backToOtherProtection"), NAIROBI);
    // A new attempt: nothing of the last one is taken for it, or shown as current.
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ConsiderOtherProtection").variables()
        .containsEntry("entryPermit", null).containsEntry("ministryOutcome", null).containsEntry("requestComplete", null)
        .containsEntry("unhcrReferral", null).containsEntry("forwardedOn", null).containsEntry("nextStep", null)
        .containsEntry("eligible", null).containsEntry("personPseudonym", START.get("personPseudonym"))
        .containsEntry("otherProtectionEnough", "no");
    scenario.work(instance, "Task_ConsiderOtherProtection", step("otherProtectionNotEnough"), NAIROBI);
    scenario.work(instance, "Task_ReferToUnhcr", step("unhcrReferred"), NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_InformOfNoPermit", "EndEvent_ReferredToUnhcr")
        .variables().containsEntry("caseOutcome", "referredToUnhcr");
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates().list())
        .as("the refusal stays in the case's history").anyMatch(update -> "entryPermit".equals(((org.camunda.bpm.engine.history.HistoricVariableUpdate) update).getVariableName())
            && "refused".equals(((org.camunda.bpm.engine.history.HistoricVariableUpdate) update).getValue()));
  }

  @Test
  void withoutUnhcrTheDeskReturnsTheRequestThenDoesNotSupportItAndTheCaseIsClosed() {
    ProcessInstance instance = beyondOtherProtection(step("start", "unhcrPresent", "no"));
    BpmnAwareTests.assertThat(instance).hasNotPassed("Task_ReferToUnhcr").isWaitingAt("Task_AssessConditions");
    scenario.work(instance, "Task_AssessConditions", step("conditionsMet"), NAIROBI);
    scenario.work(instance, "Task_Decide", step("returnForRevision"), DESK_AFRICA);
    scenario.runNotifications(instance);
    assertThat(scenario.refusals(instance, "Task_AssessConditions", step("conditionsMet"), NAIROBI))
        .as("the mission answers the desk's comment").containsExactly(tuple("revisionNote", "required"));
    scenario.work(instance, "Task_AssessConditions", step("revised"), NAIROBI);
    scenario.work(instance, "Task_Decide", step("notSupported"), DESK_AFRICA);
    scenario.work(instance, "Task_InformOfNoPermit", step("close"), NAIROBI);
    assertThat(humanitarianSectionReads(instance)).as("never opened to the section").isFalse();

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_ClosedWithoutPermit").hasNotPassed("Task_CheckCompleteness")
        .variables().containsEntry("caseOutcome", "closedWithoutEntryPermit").containsEntry("ministryOutcome", "rejected");
  }

  @Test
  void anUncheckedUrgentRequestRemindsTheSectionAfterTwoDaysAndTellsTheMission() {
    ProcessInstance instance = decidedByTheDesk("support");
    Job overdue = scenario.timer(instance, "Timer_CheckOverdue");
    assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), overdue.getDuedate().toInstant()))
        .as("two days for a person at serious risk").isBetween(Duration.ofDays(2).minusMinutes(5), Duration.ofDays(2));
    scenario.fire(overdue);
    scenario.runNotifications(instance);

    assertThat(TestMail.subjectsTo(mail, "humanitarian.section@example.org")).contains("HRD Support: a task is overdue");
    assertThat(TestMail.subjectsTo(mail, "mission.nairobi@example.org")).contains("HRD Support: a task is overdue");
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_CheckCompleteness").hasPassed("EndEvent_SectionReminded");
  }

  @Test
  void whileTheDecisionIsPendingTheSectionIsRemindedEveryThirtyDays() {
    ProcessInstance instance = forwarded();
    for (int reminder = 1; reminder <= 2; reminder++) {
      Job pending = scenario.timer(instance, "Timer_DecisionPending");
      assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), pending.getDuedate().toInstant()))
          .as("reminder %d in 30 days", reminder).isBetween(Duration.ofDays(30).minusMinutes(5), Duration.ofDays(30));
      ClockUtil.setCurrentTime(pending.getDuedate());
      scenario.fire(pending);
      scenario.runNotifications(instance);
    }

    assertThat(TestMail.subjectsTo(mail, "humanitarian.section@example.org"))
        .filteredOn("HRD Support: a decision is still pending"::equals).hasSize(2);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_RecordDecision").hasPassed("EndEvent_Reminded");
  }
}
