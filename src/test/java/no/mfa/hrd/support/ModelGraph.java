package no.mfa.hrd.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/** A model read as a graph, for safeguards proven on every path rather than on the paths a test walks. */
public final class ModelGraph {

  private ModelGraph() {
  }

  /** The flow nodes reachable from this one without taking the flows removed. */
  public static Set<String> reachable(BpmnModelInstance model, String from, Set<String> removedFlows) {
    Set<String> seen = new HashSet<>(Set.of(from));
    Deque<String> todo = new ArrayDeque<>(seen);
    while (!todo.isEmpty()) {
      FlowNode node = model.getModelElementById(todo.pop());
      for (SequenceFlow flow : node.getOutgoing()) {
        if (!removedFlows.contains(flow.getId()) && seen.add(flow.getTarget().getId())) {
          todo.push(flow.getTarget().getId());
        }
      }
    }
    return seen;
  }
}
