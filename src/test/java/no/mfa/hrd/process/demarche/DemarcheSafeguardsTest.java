package no.mfa.hrd.process.demarche;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import no.mfa.hrd.decision.MinistryDecision;
import no.mfa.hrd.support.ModelGraph;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;

/**
 * What the guidelines forbid, proven on the model's graph rather than on the paths a test happens to
 * walk: no reaction is delivered without recorded consent, and no démarche without the desk's approval
 * in the Ministry's decision block.
 */
class DemarcheSafeguardsTest {

  private static final BpmnModelInstance MODEL = Bpmn.readModelFromFile(new File("processes/demarche.bpmn"));
  private static final BpmnModelInstance DECISION = Bpmn.readModelFromFile(new File("processes/ministryDecision.bpmn"));

  @Test
  void noReactionIsDeliveredWithoutRecordedConsent() {
    assertThat(ModelGraph.reachable(MODEL, "StartEvent_CriticalSituationReported", Set.of())).contains("Task_DeliverReaction");
    assertThat(ModelGraph.reachable(MODEL, "StartEvent_CriticalSituationReported", Set.of("Flow_ConsentGiven")))
        .as("every way to the delivery passes 'consent given'").doesNotContain("Task_DeliverReaction",
            "CallActivity_OfficialStatement");
    assertThat(condition(MODEL, "Flow_ConsentGiven")).isEqualTo("${consentGiven == 'yes'}");
    assertThat(source(MODEL, "Flow_ConsentGiven")).isEqualTo("Gateway_ConsentGiven");
    assertThat(source(MODEL, incomingOf(MODEL, "Gateway_ConsentGiven"))).isEqualTo("Task_ObtainConsent");
    // ... and the delivery itself records that consent still stood; only then does the case go on.
    assertThat(ModelGraph.reachable(MODEL, "Task_DeliverReaction", Set.of("Flow_Delivered"))).doesNotContain("Task_InformDefender",
        "Task_ReportOnEffect", "EndEvent_ReactionDelivered");
    assertThat(condition(MODEL, "Flow_Delivered")).isEqualTo("${consentStands == 'yes'}");
  }

  @Test
  void noDemarcheIsDeliveredWithoutTheDesksApproval() {
    assertThat(ModelGraph.reachable(MODEL, "CallActivity_ApproveDemarche", Set.of("Flow_Approved")))
        .as("from the approval request, delivery needs the 'approved' flow").doesNotContain("Task_DeliverReaction");
    assertThat(condition(MODEL, "Flow_Approved")).isEqualTo("${ministryOutcome == 'approved'}");
    assertThat(source(MODEL, "Flow_Approved")).isEqualTo("Gateway_DecisionOutcome");
    assertThat(source(MODEL, incomingOf(MODEL, "Gateway_DecisionOutcome"))).isEqualTo("CallActivity_ApproveDemarche");
    CallActivity approval = MODEL.getModelElementById("CallActivity_ApproveDemarche");
    assertThat(approval.getCalledElement()).isEqualTo(MinistryDecision.PROCESS_KEY);
    assertThat(approval.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list())
        .anyMatch(out -> "caseOutcome".equals(out.getCamundaSource()) && "ministryOutcome".equals(out.getCamundaTarget()));
    assertThat(target(MODEL, "Flow_Demarche")).isEqualTo("Gateway_ApprovalDue");
    assertThat(target(MODEL, "Flow_ToApproveDemarche")).isEqualTo("CallActivity_ApproveDemarche");
    assertThat(condition(MODEL, "Flow_Demarche")).isEqualTo("${proposedReaction == 'demarche'}");
    assertThat(condition(MODEL, "Flow_EnquiryOrMeeting"))
        .isEqualTo("${proposedReaction == 'formalEnquiry' || proposedReaction == 'officialMeeting'}");
  }

  @Test
  void aRevisedOrRecoordinatedReactionGoesNowhereWithoutRenewedConsent() {
    assertThat(ModelGraph.reachable(MODEL, "Task_ReviseProposal", Set.of("Flow_RevisionConsented")))
        .doesNotContain("CallActivity_ApproveDemarche", "Task_DeliverReaction");
    assertThat(condition(MODEL, "Flow_RevisionConsented")).isEqualTo("${consentConfirmed == 'yes'}");
    assertThat(ModelGraph.reachable(MODEL, "Gateway_CoordinationAsConsented", Set.of("Flow_AsConsented", "Flow_ConsentConfirmed")))
        .doesNotContain("Gateway_ReactionType");
    assertThat(condition(MODEL, "Flow_ConsentConfirmed")).isEqualTo("${consentConfirmed == 'yes'}");
    assertThat(condition(MODEL, "Flow_CoordinationChanged"))
        .isEqualTo("${(coordination == 'alone') != (coordinationOutcome == 'alone')}");
    assertThat(MODEL.<Gateway>getModelElementById("Gateway_CoordinationAsConsented").getAttributeValue("default"))
        .as("as consented is the only way around the renewed consent").isEqualTo("Flow_AsConsented");
  }

  @Test
  void theMinistryApprovesOnlyThroughTheDesksOwnDecision() {
    // In the decision block, "approved" is reached only through the desk's task and its "approve".
    assertThat(ModelGraph.reachable(DECISION, "StartEvent_DecisionRequested", Set.of("Flow_Approved")))
        .doesNotContain("EndEvent_Approved");
    assertThat(ModelGraph.reachable(DECISION, "StartEvent_DecisionRequested", Set.of("Flow_ToConsultHrSection")))
        .doesNotContain("EndEvent_Approved");
    assertThat(source(DECISION, "Flow_ToConsultHrSection")).isEqualTo("Task_Decide");
    assertThat(condition(DECISION, "Flow_Approved")).isEqualTo("${ministryDecision == 'approve'}");
    assertThat(DECISION.getModelElementById("Task_Decide").getAttributeValueNs(
        "http://camunda.org/schema/1.0/bpmn", "candidateGroups")).isEqualTo("${deskGroup}");
    assertThat(target(DECISION, "Flow_Approved")).isEqualTo("EndEvent_Approved");
  }

  private static String condition(BpmnModelInstance model, String flowId) {
    return model.<SequenceFlow>getModelElementById(flowId).getConditionExpression().getTextContent();
  }

  private static String source(BpmnModelInstance model, String flowId) {
    return model.<SequenceFlow>getModelElementById(flowId).getSource().getId();
  }

  private static String target(BpmnModelInstance model, String flowId) {
    return model.<SequenceFlow>getModelElementById(flowId).getTarget().getId();
  }

  private static String incomingOf(BpmnModelInstance model, String nodeId) {
    return model.<FlowNode>getModelElementById(nodeId).getIncoming().iterator().next().getId();
  }
}
