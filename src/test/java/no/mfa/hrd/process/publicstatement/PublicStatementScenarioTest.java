package no.mfa.hrd.process.publicstatement;

import static no.mfa.hrd.process.demarche.DemarcheSteps.COORDINATED;
import static no.mfa.hrd.process.demarche.DemarcheSteps.LOW_RISK;
import static no.mfa.hrd.process.publicstatement.PublicStatementSteps.PUBLISHED;
import static no.mfa.hrd.process.publicstatement.PublicStatementSteps.STATEMENT_DRAFT;
import static no.mfa.hrd.process.publicstatement.PublicStatementSteps.STATEMENT_INFORMED;
import static no.mfa.hrd.process.publicstatement.PublicStatementSteps.STATEMENT_REVISED;
import static no.mfa.hrd.process.demarche.DemarcheSteps.consent;
import static no.mfa.hrd.process.demarche.DemarcheSteps.start;
import static no.mfa.hrd.process.publicstatement.PublicStatementSteps.statementDecision;
import static no.mfa.hrd.process.publicstatement.PublicStatementSteps.statementSecurity;
import static no.mfa.hrd.process.demarche.DemarcheSteps.verify;
import static no.mfa.hrd.support.Scenario.COMMS;
import static no.mfa.hrd.support.Scenario.DESK_AFRICA;
import static no.mfa.hrd.support.Scenario.HR;
import static no.mfa.hrd.support.Scenario.NAIROBI;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import no.mfa.hrd.support.ScenarioTest;
import no.mfa.hrd.casefile.CaseVariables;
import no.mfa.hrd.support.FullModelCoverage;
import no.mfa.hrd.support.Scenario;
import no.mfa.hrd.support.TestMail;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of the public statement, started by a mission or called from a démarche. */
@ScenarioTest
@FullModelCoverage({"publicStatement", "statementPublication"})
class PublicStatementScenarioTest {

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  @Autowired ProcessEngine engine;
  private final Scenario scenario;

  PublicStatementScenarioTest(Scenario scenario) {
    this.scenario = scenario;
  }

  /**
   * A statement always rests on a case whose facts were verified and risks assessed: here a démarche
   * that proposes an official statement. Returns the statement, drafted and waiting for the defender.
   */
  private ProcessInstance proposed() {
    ProcessInstance demarche = scenario.start("demarche", start("officialStatement"), NAIROBI);
    scenario.work(demarche, "Task_VerifyFacts", verify("verified"), NAIROBI);
    scenario.work(demarche, "Task_AssessRisk", LOW_RISK, NAIROBI);
    scenario.work(demarche, "Task_ObtainConsent", consent("yes"), NAIROBI);
    scenario.work(demarche, "Task_CoordinateLikeminded", COORDINATED, NAIROBI);
    ProcessInstance statement = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(demarche.getId()).singleResult();
    scenario.work(statement, "Task_DraftStatement", STATEMENT_DRAFT, NAIROBI);
    return statement;
  }

  @Test
  void nobodyStartsAStatementWithoutACaseBehindIt() {
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("publicStatement")
        .latestVersion().singleResult().isStartableInTasklist()).isFalse();
    assertThat(engine.getFormService().getStartFormKey(engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("publicStatement").latestVersion().singleResult().getId())).isNull();
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("mission-nairobi")
        .resourceType(Resources.PROCESS_DEFINITION).resourceId("publicStatement")
        .count()).as("no mission may start it").isZero();
  }

  @Test
  void aProposedStatementIsApprovedPublishedAndTheDefenderInformed() {
    ProcessInstance statement = proposed();
    scenario.work(statement, "Task_WeighSecurity", statementSecurity("yes"), NAIROBI);
    scenario.work(statement, "Task_Decide", statementDecision("approve"), DESK_AFRICA);
    scenario.work(statement, "Task_PublishStatement", PUBLISHED, COMMS);
    scenario.work(statement, "Task_InformDefenderOfStatement", STATEMENT_INFORMED, NAIROBI);

    BpmnAwareTests.assertThat(statement).isEnded().hasPassed("EndEvent_StatementPublished")
        .hasNotPassed("Task_NotifyMissionOfChannel").variables().containsEntry("statementPublisher", "ministry");
  }

  @Test
  void theDeskDecidesOnAStatementSeeingTheCasesRiskConsentAndCoordination() {
    ProcessInstance statement = proposed();
    scenario.work(statement, "Task_WeighSecurity", statementSecurity("yes"), NAIROBI);
    scenario.runNotifications(statement);
    ProcessInstance decision = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(statement.getId()).singleResult();

    BpmnAwareTests.assertThat(decision).isWaitingAt("Task_Decide").variables()
        .containsKeys("incidentDescription", "informalDialogue", "riskLevel", "riskReason", "consentFrom",
            "agreedChannel", "coordinationOutcome", "statementChannel", "statementDraft", "exposureRisks")
        .containsEntry("decisionForm", "publicStatementDecide").doesNotContainKey("defenderName");
  }

  @Test
  void theCommunicationUnitSeesOnlyWhatItPublishesNotTheCase() {
    ProcessInstance statement = proposed();
    scenario.work(statement, "Task_WeighSecurity", statementSecurity("yes"), NAIROBI);
    scenario.work(statement, "Task_Decide", statementDecision("approve"), DESK_AFRICA);
    scenario.runNotifications(statement);
    ProcessInstance publication = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(statement.getId()).processDefinitionKey("statementPublication").singleResult();

    assertThat(engine.getRuntimeService().getVariables(publication.getId()).keySet()).containsExactlyInAnyOrder(
        "caseReference", "missionGroup", "missionCountry", "deskGroup",
        "statementDraft", "statementChannel", "statementPublisher", "approvalConditions");
    BpmnAwareTests.assertThat(scenario.task(statement, "Task_PublishStatement")).hasCandidateGroup("communication-unit");
  }

  @Test
  void anotherChannelThanTheApprovedOneGoesBackForConsentAndADecision() {
    ProcessInstance statement = proposed();
    scenario.work(statement, "Task_WeighSecurity", statementSecurity("yes"), NAIROBI);
    scenario.work(statement, "Task_Decide", statementDecision("approve"), DESK_AFRICA);
    scenario.work(statement, "Task_PublishStatement", PublicStatementSteps.OTHER_CHANNEL, COMMS);

    scenario.work(statement, "Task_DraftStatement", PublicStatementSteps.REDRAFTED, NAIROBI);
    scenario.work(statement, "Task_WeighSecurity", statementSecurity("yes"), NAIROBI);
    scenario.work(statement, "Task_Decide", statementDecision("approve"), DESK_AFRICA);
    scenario.work(statement, "Task_PublishStatement", PUBLISHED, COMMS);
    scenario.work(statement, "Task_InformDefenderOfStatement", STATEMENT_INFORMED, NAIROBI);

    BpmnAwareTests.assertThat(statement).isEnded().hasPassed("Task_NotifyMissionOfChannel", "EndEvent_StatementPublished")
        .variables().containsEntry("statementChannel", "missionWebsite");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(statement.getId())
        .taskDefinitionKey("Task_WeighSecurity").finished().count()).as("consent sought again").isEqualTo(2);
  }

  @Test
  void aReturnedStatementIsRevisedAndDecidedAgain() {
    ProcessInstance statement = proposed();
    scenario.work(statement, "Task_WeighSecurity", statementSecurity("yes"), NAIROBI);
    scenario.work(statement, "Task_Decide", statementDecision("returnForRevision"), DESK_AFRICA);
    scenario.work(statement, "Task_ReviseStatement", STATEMENT_REVISED, NAIROBI);
    // The defender sees the revised statement before the desk does.
    BpmnAwareTests.assertThat(statement).isWaitingAt("Task_WeighSecurity");
    scenario.work(statement, "Task_WeighSecurity", statementSecurity("yes"), NAIROBI);
    scenario.work(statement, "Task_Decide", statementDecision("reject"), DESK_AFRICA);
    scenario.runNotifications(statement);

    BpmnAwareTests.assertThat(statement).isEnded().hasPassed("Task_ReviseStatement", "EndEvent_StatementRejected");
  }

  @Test
  void withoutRenewedConsentNothingIsPublished() {
    ProcessInstance statement = proposed();
    scenario.work(statement, "Task_WeighSecurity", statementSecurity("no"), NAIROBI);

    BpmnAwareTests.assertThat(statement).isEnded().hasPassed("EndEvent_StatementConsentWithheld")
        .hasNotPassed("CallActivity_DecideOnStatement", "CallActivity_PublishStatement");
  }

  @Test
  void anOverdueDecisionIsEscalated() {
    ProcessInstance statement = proposed();
    scenario.work(statement, "Task_WeighSecurity", statementSecurity("yes"), NAIROBI);
    scenario.runNotifications(statement);
    scenario.fire(scenario.timer(statement, "Timer_DecisionOverdue"));
    scenario.runNotifications(statement);

    assertThat(scenario.hasTask(statement, "Task_Decide")).as("the desk still decides").isTrue();
    assertThat(TestMail.subjectsTo(mail, "hr.section@example.org")).containsExactly("HRD Support: a task is overdue");
  }

  @Test
  void theDeskMayConsultTheHrSectionOnAStatementToo() {
    ProcessInstance statement = proposed();
    scenario.work(statement, "Task_WeighSecurity", statementSecurity("yes"), NAIROBI);
    scenario.work(statement, "Task_Decide", statementDecision("consultHrSection"), DESK_AFRICA);
    scenario.runNotifications(statement);
    Task advice = scenario.task(statement, "Task_AdviseDesk");
    assertThat(advice.getDueDate()).as("the HR section answers within the desk's deadline")
        .isEqualTo(engine.getRuntimeService().getVariable(advice.getProcessInstanceId(), "decisionDueDate"));
    scenario.work(statement, "Task_AdviseDesk", PublicStatementSteps.HR_ADVICE, HR);
    scenario.work(statement, "Task_Decide", statementDecision("approve"), DESK_AFRICA);
    scenario.runNotifications(statement);

    BpmnAwareTests.assertThat(statement).isWaitingAt("CallActivity_PublishStatement").variables()
        .containsEntry("ministryOutcome", "approved").containsEntry("hrRecommendation", "supportWithChanges");
  }

  @Test
  void whenNobodyCanBeReachedNothingIsPublished() {
    ProcessInstance statement = proposed();
    scenario.work(statement, "Task_WeighSecurity", PublicStatementSteps.NOBODY_REACHED, NAIROBI);

    BpmnAwareTests.assertThat(statement).isEnded().hasPassed("EndEvent_StatementConsentWithheld");
  }

  @Test
  void calledFromADemarcheTheCaseReferenceAndTheKeyMessagesCarryOver() {
    ProcessInstance demarche = scenario.start("demarche", start("officialStatement"), NAIROBI);
    scenario.work(demarche, "Task_VerifyFacts", verify("verified"), NAIROBI);
    scenario.work(demarche, "Task_AssessRisk", LOW_RISK, NAIROBI);
    scenario.work(demarche, "Task_ObtainConsent", consent("yes"), NAIROBI);
    scenario.work(demarche, "Task_CoordinateLikeminded", COORDINATED, NAIROBI);
    ProcessInstance statement = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(demarche.getId()).singleResult();

    assertThat(statement.getBusinessKey()).isEqualTo(demarche.getBusinessKey());
    BpmnAwareTests.assertThat(statement).isWaitingAt("Task_DraftStatement").variables()
        .containsEntry("statementDraft", start("officialStatement").get("reactionOutline"));
    scenario.work(demarche, "Task_DraftStatement", STATEMENT_DRAFT, NAIROBI);
    scenario.work(demarche, "Task_WeighSecurity", statementSecurity("no"), NAIROBI);

    BpmnAwareTests.assertThat(demarche).isEnded().variables()
        .containsEntry("statementOutcome", "consentWithheld").containsEntry(CaseVariables.CASE_OUTCOME, "consentWithheld");
  }
}
