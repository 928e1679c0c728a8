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
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of the public statement, started by a mission or called from a démarche. */
@ScenarioTest
@FullModelCoverage("publicStatement")
class PublicStatementScenarioTest {

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  @Autowired ProcessEngine engine;
  private final Scenario scenario;

  PublicStatementScenarioTest(Scenario scenario) {
    this.scenario = scenario;
  }

  /** The mission proposes a statement on its own, from the start form. */
  private ProcessInstance proposed() {
    ProcessInstance instance = scenario.start("publicStatement", PublicStatementSteps.START, NAIROBI);
    assertThat(instance.getBusinessKey()).matches("HRD-\\d{4}-\\d{5}");
    return instance;
  }

  @Test
  void aProposedStatementIsApprovedPublishedAndTheDefenderInformed() {
    ProcessInstance instance = proposed();
    scenario.work(instance, "Task_WeighSecurity", statementSecurity("yes"), NAIROBI);
    scenario.work(instance, "Task_Decide", statementDecision("approve"), DESK_AFRICA);
    scenario.work(instance, "Task_PublishStatement", PUBLISHED, COMMS);
    scenario.work(instance, "Task_InformDefenderOfStatement", STATEMENT_INFORMED, NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_StatementPublished")
        .hasNotPassed("Task_DraftStatement");
  }

  @Test
  void aReturnedStatementIsRevisedAndDecidedAgain() {
    ProcessInstance instance = proposed();
    scenario.work(instance, "Task_WeighSecurity", statementSecurity("yes"), NAIROBI);
    scenario.work(instance, "Task_Decide", statementDecision("returnForRevision"), DESK_AFRICA);
    scenario.work(instance, "Task_ReviseStatement", STATEMENT_REVISED, NAIROBI);
    scenario.work(instance, "Task_Decide", statementDecision("reject"), DESK_AFRICA);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_ReviseStatement", "EndEvent_StatementRejected");
  }

  @Test
  void withoutRenewedConsentNothingIsPublished() {
    ProcessInstance instance = proposed();
    scenario.work(instance, "Task_WeighSecurity", statementSecurity("no"), NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_StatementConsentWithheld")
        .hasNotPassed("CallActivity_DecideOnStatement", "Task_PublishStatement");
  }

  @Test
  void anOverdueDecisionIsEscalated() {
    ProcessInstance instance = proposed();
    scenario.work(instance, "Task_WeighSecurity", statementSecurity("yes"), NAIROBI);
    scenario.runNotifications(instance);
    scenario.fire(scenario.timer(instance, "Timer_DecisionOverdue"));
    scenario.runNotifications(instance);

    assertThat(scenario.hasTask(instance, "Task_Decide")).as("the desk still decides").isTrue();
    assertThat(TestMail.subjectsTo(mail, "hr.section@example.org")).containsExactly("HRD Support: a task is overdue");
  }

  @Test
  void theDeskMayConsultTheHrSectionOnAStatementToo() {
    ProcessInstance instance = proposed();
    scenario.work(instance, "Task_WeighSecurity", statementSecurity("yes"), NAIROBI);
    scenario.work(instance, "Task_Decide", statementDecision("consultHrSection"), DESK_AFRICA);
    scenario.work(instance, "Task_AdviseDesk", PublicStatementSteps.HR_ADVICE, HR);
    scenario.work(instance, "Task_Decide", statementDecision("approve"), DESK_AFRICA);
    scenario.runNotifications(instance);

    BpmnAwareTests.assertThat(instance).isWaitingAt("Task_PublishStatement").variables()
        .containsEntry("ministryOutcome", "approved").containsEntry("hrRecommendation", "supportWithChanges");
  }

  @Test
  void whenNobodyCanBeReachedNothingIsPublished() {
    ProcessInstance instance = proposed();
    scenario.work(instance, "Task_WeighSecurity", PublicStatementSteps.NOBODY_REACHED, NAIROBI);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_StatementConsentWithheld");
  }

  @Test
  void calledFromADemarcheTheMissionDraftsFirstAndTheCaseReferenceCarriesOver() {
    ProcessInstance demarche = scenario.start("demarche", start("officialStatement"), NAIROBI);
    scenario.work(demarche, "Task_VerifyFacts", verify("verified"), NAIROBI);
    scenario.work(demarche, "Task_AssessRisk", LOW_RISK, NAIROBI);
    scenario.work(demarche, "Task_ObtainConsent", consent("yes"), NAIROBI);
    scenario.work(demarche, "Task_CoordinateLikeminded", COORDINATED, NAIROBI);
    ProcessInstance statement = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(demarche.getId()).singleResult();

    assertThat(statement.getBusinessKey()).isEqualTo(demarche.getBusinessKey());
    assertThat(engine.getRuntimeService().getVariable(statement.getId(), "statementDraft"))
        .as("the démarche's key messages are the draft").isEqualTo(start("officialStatement").get("reactionOutline"));
    BpmnAwareTests.assertThat(statement).isWaitingAt("Task_DraftStatement");
    scenario.work(demarche, "Task_DraftStatement", STATEMENT_DRAFT, NAIROBI);
    scenario.work(demarche, "Task_WeighSecurity", statementSecurity("no"), NAIROBI);

    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(demarche.getId())
        .variableName("statementOutcome").singleResult().getValue()).isEqualTo("consentWithheld");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(demarche.getId())
        .variableName(CaseVariables.CASE_OUTCOME).singleResult().getValue()).isEqualTo("consentWithheld");
  }
}
