package no.mfa.hrd.process.demarche;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;

/**
 * What the guidelines forbid, proven on the model's graph rather than on the paths a test happens to
 * walk: no reaction is delivered without recorded consent, and no démarche without the desk's approval.
 */
class DemarcheSafeguardsTest {

  private static final BpmnModelInstance MODEL = Bpmn.readModelFromFile(new File("processes/demarche.bpmn"));

  @Test
  void noReactionIsDeliveredWithoutRecordedConsent() {
    assertThat(reachable("StartEvent_CriticalSituationReported", Set.of())).contains("Task_DeliverReaction");
    assertThat(reachable("StartEvent_CriticalSituationReported", Set.of("Flow_ConsentGiven")))
        .as("every way to the delivery passes 'consent given'").doesNotContain("Task_DeliverReaction",
            "CallActivity_OfficialStatement");
    assertThat(condition("Flow_ConsentGiven")).isEqualTo("${consentGiven == 'yes'}");
    assertThat(source("Flow_ConsentGiven")).isEqualTo("Gateway_ConsentGiven");
    assertThat(source(incomingOf("Gateway_ConsentGiven"))).isEqualTo("Task_ObtainConsent");
  }

  @Test
  void noDemarcheIsDeliveredWithoutTheDesksApproval() {
    assertThat(reachable("Gateway_ApprovalToRequest", Set.of("Flow_Approved")))
        .as("from the approval request, delivery needs the 'approved' flow").doesNotContain("Task_DeliverReaction");
    assertThat(condition("Flow_Approved")).isEqualTo("${approvalDecision == 'approve'}");
    assertThat(target("Flow_Demarche")).isEqualTo("Gateway_ApprovalToRequest");
    assertThat(condition("Flow_Demarche")).isEqualTo("${proposedReaction == 'demarche'}");
    assertThat(condition("Flow_EnquiryOrMeeting"))
        .isEqualTo("${proposedReaction == 'formalEnquiry' || proposedReaction == 'officialMeeting'}");
    // The approval decision is the desk's: only the desk's task sets it.
    assertThat(MODEL.getModelElementById("Task_ApproveDemarche").getAttributeValueNs(
        "http://camunda.org/schema/1.0/bpmn", "candidateGroups")).isEqualTo("${deskGroup}");
  }

  private static Set<String> reachable(String from, Set<String> removedFlows) {
    Set<String> seen = new HashSet<>(Set.of(from));
    Deque<String> todo = new ArrayDeque<>(seen);
    while (!todo.isEmpty()) {
      FlowNode node = MODEL.getModelElementById(todo.pop());
      for (SequenceFlow flow : node.getOutgoing()) {
        if (!removedFlows.contains(flow.getId()) && seen.add(flow.getTarget().getId())) {
          todo.push(flow.getTarget().getId());
        }
      }
    }
    return seen;
  }

  private static String condition(String flowId) {
    return MODEL.<SequenceFlow>getModelElementById(flowId).getConditionExpression().getTextContent();
  }

  private static String source(String flowId) {
    return MODEL.<SequenceFlow>getModelElementById(flowId).getSource().getId();
  }

  private static String target(String flowId) {
    return MODEL.<SequenceFlow>getModelElementById(flowId).getTarget().getId();
  }

  private static String incomingOf(String nodeId) {
    return MODEL.<FlowNode>getModelElementById(nodeId).getIncoming().iterator().next().getId();
  }
}
