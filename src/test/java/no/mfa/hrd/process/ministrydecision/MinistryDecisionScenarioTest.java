package no.mfa.hrd.process.ministrydecision;

import static no.mfa.hrd.process.demarche.DemarcheSteps.COORDINATED;
import static no.mfa.hrd.process.demarche.DemarcheSteps.HR_ADVICE;
import static no.mfa.hrd.process.demarche.DemarcheSteps.LOW_RISK;
import static no.mfa.hrd.process.demarche.DemarcheSteps.approval;
import static no.mfa.hrd.process.demarche.DemarcheSteps.consent;
import static no.mfa.hrd.process.demarche.DemarcheSteps.start;
import static no.mfa.hrd.process.demarche.DemarcheSteps.verify;
import static no.mfa.hrd.support.Scenario.DESK_AFRICA;
import static no.mfa.hrd.support.Scenario.HR;
import static no.mfa.hrd.support.Scenario.NAIROBI;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.List;
import no.mfa.hrd.process.courtobservation.CourtObservationSteps;
import no.mfa.hrd.support.FullModelCoverage;
import no.mfa.hrd.support.Scenario;
import no.mfa.hrd.support.ScenarioTest;
import no.mfa.hrd.support.TestMail;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every path of the Ministry's decision block, in both kinds of answer: an approval (asked by a
 * démarche) and advice on a consultation (asked by a court observation).
 */
@ScenarioTest
@FullModelCoverage("ministryDecision")
class MinistryDecisionScenarioTest {

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  private final Scenario scenario;

  MinistryDecisionScenarioTest(Scenario scenario) {
    this.scenario = scenario;
  }

  /** A démarche, prepared by the mission, awaiting the desk's approval. */
  private ProcessInstance approvalAsked() {
    ProcessInstance instance = scenario.start("demarche", start("demarche"), NAIROBI);
    scenario.work(instance, "Task_VerifyFacts", verify("verified"), NAIROBI);
    scenario.work(instance, "Task_AssessRisk", LOW_RISK, NAIROBI);
    scenario.work(instance, "Task_ObtainConsent", consent("yes"), NAIROBI);
    scenario.work(instance, "Task_CoordinateLikeminded", COORDINATED, NAIROBI);
    scenario.runNotifications(instance);
    return instance;
  }

  /** A court observation, found relevant and assessed, awaiting the desk's advice. */
  private ProcessInstance adviceAsked() {
    ProcessInstance instance = scenario.start("courtObservation", CourtObservationSteps.START, NAIROBI);
    scenario.work(instance, "Task_AssessRelevance", CourtObservationSteps.RELEVANT, NAIROBI);
    scenario.work(instance, "Task_AssessRisk", LOW_RISK, NAIROBI);
    scenario.runNotifications(instance);
    return instance;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "approve           | approved            | HRD Support: a decision on your case",
      "reject            | rejected            | HRD Support: a decision on your case",
      "returnForRevision | returnedForRevision | HRD Support: a case returned for revision"})
  void anApprovalEndsTheBlockWithTheDesksDecisionAndTellsTheMission(String decision, String outcome, String notice) {
    ProcessInstance instance = approvalAsked();
    int before = TestMail.subjectsTo(mail, "mission.nairobi@example.org").size();
    scenario.work(instance, "Task_Decide", approval(decision), DESK_AFRICA);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).variables().containsEntry("ministryOutcome", outcome)
        .containsEntry("ministryDecision", decision);
    List<String> subjects = TestMail.subjectsTo(mail, "mission.nairobi@example.org");
    assertThat(subjects.subList(before, subjects.size())).as("the mission is told of this decision").contains(notice);
  }

  @ParameterizedTest
  @CsvSource({"agree, agreed", "agreeWithConditions, agreed", "adviseAgainst, advisedAgainst"})
  void adviceOnAConsultationEndsTheBlockWithTheDesksAdviceAndTellsTheMission(String advice, String outcome) {
    ProcessInstance instance = adviceAsked();
    scenario.work(instance, "Task_Decide", CourtObservationSteps.advice(advice), DESK_AFRICA);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DecideOnAttendance").variables()
        .containsEntry("ministryOutcome", outcome).containsEntry("ministryDecision", advice);
    assertThat(TestMail.subjectsTo(mail, "mission.nairobi@example.org"))
        .contains("HRD Support: the Ministry's advice on your case");
  }

  @Test
  void theDeskMayConsultTheHrSectionBeforeItDecides() {
    ProcessInstance instance = approvalAsked();
    scenario.work(instance, "Task_Decide", approval("consultHrSection"), DESK_AFRICA);
    scenario.work(instance, "Task_AdviseDesk", HR_ADVICE, HR);
    scenario.work(instance, "Task_Decide", approval("approve"), DESK_AFRICA);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).variables().containsEntry("ministryOutcome", "approved")
        .containsEntry("hrAdvice", HR_ADVICE.get("hrAdvice"));
  }

  @Test
  void theDeskMayConsultTheHrSectionBeforeItAdvises() {
    ProcessInstance instance = adviceAsked();
    scenario.work(instance, "Task_Decide", CourtObservationSteps.advice("consultHrSection"), DESK_AFRICA);
    scenario.work(instance, "Task_AdviseDesk", CourtObservationSteps.HR_ADVICE, HR);
    scenario.work(instance, "Task_Decide", CourtObservationSteps.advice("adviseAgainst"), DESK_AFRICA);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DecideOnAttendance").variables()
        .containsEntry("ministryOutcome", "advisedAgainst")
        .containsEntry("hrRecommendation", CourtObservationSteps.HR_ADVICE.get("hrRecommendation"));
  }

  @Test
  void anOverdueDecisionIsEscalatedAndTheDeskStillDecides() {
    ProcessInstance instance = adviceAsked();
    scenario.fire(scenario.timer(instance, "Timer_DecisionOverdue"));
    scenario.runNotifications(instance);
    assertThat(TestMail.subjectsTo(mail, "hr.section@example.org")).contains("HRD Support: a task is overdue");

    scenario.work(instance, "Task_Decide", CourtObservationSteps.advice("agree"), DESK_AFRICA);
    scenario.runNotifications(instance);
    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DecideOnAttendance").variables()
        .containsEntry("ministryOutcome", "agreed");
  }
}
