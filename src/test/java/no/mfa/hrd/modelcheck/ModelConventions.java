package no.mfa.hrd.modelcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.mfa.hrd.casefile.CaseVariables;
import no.mfa.hrd.decision.MinistryDecision;
import no.mfa.hrd.forms.FormField;
import no.mfa.hrd.forms.FormSchema;
import no.mfa.hrd.identity.Role;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CompensateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Reads processes/ and forms/ and reports every breach of the definition of done
 * (shared/CONVENTIONS.md) that a machine can see. An empty list means the models pass.
 */
public final class ModelConventions {

  public record Finding(String file, String message) {
    @Override
    public String toString() {
      return file + ": " + message;
    }
  }

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  /** Camunda's naming convention: a type prefix and a name in the business's words. */
  private static final Pattern NAMED_ID = Pattern.compile("[A-Z][A-Za-z0-9]*");
  private static final Pattern GENERATED_SUFFIX = Pattern.compile("[0-9a-z]{7}");
  private static final Pattern OUTCOME_VALUE = Pattern.compile("[a-z][A-Za-z0-9]*");
  private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The one place a form field is marked as personal data (CONVENTIONS.md, Confidentiality). */
  public static final String PERSONAL_DATA = FormField.PERSONAL_DATA;

  /** The formRef expressions of the decision block, each filled in by its caller. */
  private static final Set<String> FORM_PARAMETERS =
      Set.of("${" + MinistryDecision.DECISION_FORM + "}", "${" + MinistryDecision.ADVICE_FORM + "}");

  private final Predicate<String> beanExists;
  private final Set<String> staffStartedProcesses;
  private final Duration retention;
  private final List<Finding> findings = new ArrayList<>();

  /**
   * @param beanExists whether a Spring bean of that name exists, for delegate expressions
   * @param staffStartedProcesses the process keys staff start (their start events need a form)
   */
  public ModelConventions(Predicate<String> beanExists, Set<String> staffStartedProcesses, Duration retention) {
    this.beanExists = beanExists;
    this.staffStartedProcesses = staffStartedProcesses;
    this.retention = retention;
  }

  /**
   * Every model states how long its history is kept (Camunda Modeler and the engine expect it on the
   * model), and it is the service's one configured time (hrd.retention.history-time-to-live): the models
   * never drift from it.
   */
  private void checkRetention(Path file, String what, String timeToLive) {
    if (blank(timeToLive)) {
      add(file, what + " has no camunda:historyTimeToLive");
    } else if (!timeToLive.equals(retention.toDays() + "") && !timeToLive.equals("P" + retention.toDays() + "D")) {
      add(file, what + " keeps its history for " + timeToLive + ", not the configured P" + retention.toDays()
          + "D (hrd.retention.history-time-to-live)");
    }
  }

  public List<Finding> check(Collection<Path> processDirs, Collection<Path> formDirs) throws IOException {
    findings.clear();
    Map<String, Path> forms = readForms(files(formDirs, ".form"));
    List<Path> bpmnFiles = files(processDirs, ".bpmn");
    List<Path> dmnFiles = files(processDirs, ".dmn");
    checkUniqueFileNames(Stream.of(bpmnFiles, dmnFiles, files(formDirs, ".form")).flatMap(List::stream).toList());

    Set<String> personal = new HashSet<>();
    formSchemas(forms).values().forEach(form -> personal.addAll(form.personalKeys()));
    Set<String> decisions = new HashSet<>();
    dmnFiles.forEach(file -> decisions.addAll(checkDmn(file, personal)));

    Map<Path, BpmnModelInstance> models = new LinkedHashMap<>();
    for (Path file : bpmnFiles) {
      try {
        models.put(file, Bpmn.readModelFromFile(file.toFile()));
      } catch (RuntimeException invalid) {
        add(file, "is not a valid BPMN 2.0 model: " + invalid.getMessage());
      }
    }
    Set<String> calledProcesses = new HashSet<>();
    models.values().forEach(model -> model.getModelElementsByType(CallActivity.class)
        .forEach(call -> calledProcesses.add(call.getCalledElement())));

    Set<String> usedForms = new HashSet<>();
    models.forEach((file, model) -> checkBpmn(file, model, forms.keySet(), usedForms, decisions, calledProcesses));
    Map<String, Set<String>> outcomes = new HashMap<>();
    models.forEach((file, model) -> outcomes.putAll(checkOutcomes(file, model)));
    models.forEach((file, model) -> checkOutcomeComparisons(file, model, outcomes, formSchemas(forms)));
    models.forEach((file, model) -> checkDrawing(file, model));
    models.forEach((file, model) -> checkNotificationsCarryNoPersonalData(file, model, personal));
    models.forEach((file, model) -> checkDecisionCalls(file, model, formSchemas(forms), usedForms));
    checkNoRedrawnDecision(models, formSchemas(forms));

    forms.forEach((formId, file) -> {
      if (!usedForms.contains(formId)) {
        add(file, "form '" + formId + "' is used by no model");
      }
    });
    return List.copyOf(findings);
  }

  // BPMN ///////////////////////////////////////////////////////////////////////////////////////

  private void checkBpmn(Path file, BpmnModelInstance model, Set<String> forms, Set<String> usedForms,
      Set<String> decisions, Set<String> calledProcesses) {
    Set<String> shapes = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(shape -> shapes.add(shape.getBpmnElement().getId()));
    Set<String> edges = new HashSet<>();
    model.getModelElementsByType(BpmnEdge.class).forEach(edge -> edges.add(edge.getBpmnElement().getId()));

    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.isExecutable()) {
        checkRetention(file, "process " + process.getId(), process.getCamundaHistoryTimeToLiveString());
      }
      boolean staffStarted = staffStartedProcesses.contains(process.getId())
          || !calledProcesses.contains(process.getId());
      for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
        if (staffStarted && start.getEventDefinitions().isEmpty()) {
          checkFormRef(file, "start event " + start.getId(), start, forms, usedForms);
        }
      }
    }

    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      String what = node.getElementType().getTypeName() + " " + node.getId();
      if (!shapes.contains(node.getId())) {
        add(file, what + " has no diagram shape (Modeler and Cockpit cannot draw it)");
      }
      if (blank(node.getName())) {
        add(file, what + " has no name");
      }
      checkId(file, what, node.getId(), idPrefixes(node));
      checkListeners(file, what, node);
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!edges.contains(flow.getId())) {
        add(file, "sequence flow " + flow.getId() + " has no diagram edge");
      }
      checkId(file, "sequence flow " + flow.getId(), flow.getId(), List.of("Flow_"));
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkFormRef(file, "user task " + task.getId(), task, forms, usedForms);
      checkCandidateGroups(file, task);
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      checkDelegate(file, "service task " + task.getId(), task.getCamundaDelegateExpression(),
          task.getCamundaClass(), task.getCamundaExpression(), task.getCamundaType());
    }
    for (SendTask task : model.getModelElementsByType(SendTask.class)) {
      checkDelegate(file, "send task " + task.getId(), task.getCamundaDelegateExpression(),
          task.getCamundaClass(), task.getCamundaExpression(), task.getCamundaType());
      if (!task.isCamundaAsyncBefore()) {
        add(file, "send task " + task.getId() + " must be asynchronous (camunda:asyncBefore), so that a mail"
            + " outage never undoes the step before it");
      }
    }
    for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
      String ref = task.getCamundaDecisionRef();
      if (blank(ref)) {
        add(file, "business rule task " + task.getId() + " names no camunda:decisionRef");
      } else if (!decisions.contains(ref)) {
        add(file, "business rule task " + task.getId() + " refers to decision '" + ref + "', which is not in processes/");
      }
    }
    for (ScriptTask task : model.getModelElementsByType(ScriptTask.class)) {
      add(file, "script task " + task.getId() + ": deployed models may not run scripts; use a delegate");
    }
    for (CamundaScript script : model.getModelElementsByType(CamundaScript.class)) {
      add(file, "a camunda:script in " + ((ModelElementInstance) script.getParentElement()).getElementType().getTypeName()
          + ": deployed models may not run scripts; use an expression or a delegate");
    }
    for (ConditionExpression condition : model.getModelElementsByType(ConditionExpression.class)) {
      if (!blank(condition.getLanguage())) {
        add(file, "a condition in the script language '" + condition.getLanguage() + "': use an expression");
      }
    }
    checkPaths(file, model);
  }

  private static List<String> idPrefixes(FlowNode node) {
    String type = node.getElementType().getTypeName();
    return switch (type) {
      case "startEvent" -> List.of("StartEvent_");
      case "endEvent" -> List.of("EndEvent_");
      case "exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway" ->
          List.of("Gateway_");
      case "callActivity" -> List.of("CallActivity_");
      case "subProcess", "transaction" -> List.of("SubProcess_");
      case "boundaryEvent", "intermediateCatchEvent", "intermediateThrowEvent" ->
          List.of("Timer_", "Event_", "Message_", "Signal_", "Error_", "Escalation_", "Condition_", "Compensation_");
      default -> List.of("Task_");
    };
  }

  private void checkId(Path file, String what, String id, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (id.startsWith(prefix)) {
        String name = id.substring(prefix.length());
        if (GENERATED_SUFFIX.matcher(name).matches() || !NAMED_ID.matcher(name).matches()) {
          add(file, what + ": id looks generated; name it in the business's words (" + prefix + "VerifyFacts)");
        }
        return;
      }
    }
    add(file, what + ": id should start with one of " + prefixes);
  }

  private void checkFormRef(Path file, String what, ModelElementInstance element, Set<String> forms,
      Set<String> usedForms) {
    String ref = element.getAttributeValueNs(CAMUNDA_NS, "formRef");
    String binding = element.getAttributeValueNs(CAMUNDA_NS, "formRefBinding");
    if (blank(ref)) {
      add(file, what + " has no camunda:formRef");
      return;
    }
    if (!"deployment".equals(binding)) {
      add(file, what + " binds its form by '" + binding + "'; use camunda:formRefBinding=\"deployment\"");
    }
    if (ref.startsWith("${")) {
      if (!FORM_PARAMETERS.contains(ref)) {
        add(file, what + ": a form chosen by expression may only be one of " + FORM_PARAMETERS
            + ", which the caller of the decision block passes in");
      }
      return;
    }
    usedForms.add(ref);
    if (!forms.contains(ref)) {
      add(file, what + " refers to form '" + ref + "', which is not in forms/");
    }
  }

  private void checkCandidateGroups(Path file, UserTask task) {
    String groups = task.getCamundaCandidateGroups();
    if (blank(groups)) {
      add(file, "user task " + task.getId() + " has no candidate groups");
      return;
    }
    for (String group : groups.split(",")) {
      String candidate = group.trim();
      Matcher expression = BEAN_EXPRESSION.matcher(candidate);
      boolean known = expression.matches()
          ? CaseVariables.GROUP_VARIABLES.contains(expression.group(1))
          : Role.isRoleGroup(candidate);
      if (!known) {
        add(file, "user task " + task.getId() + ": candidate group '" + candidate
            + "' is neither a role group nor one of " + CaseVariables.GROUP_VARIABLES);
      }
    }
  }

  private void checkDelegate(Path file, String what, String delegateExpression, String className,
      String expression, String type) {
    if (!blank(delegateExpression)) {
      Matcher bean = BEAN_EXPRESSION.matcher(delegateExpression);
      if (!bean.matches()) {
        add(file, what + ": delegateExpression should name one bean, like ${notifyRole}");
      } else if (!beanExists.test(bean.group(1))) {
        add(file, what + ": no Spring bean named '" + bean.group(1) + "'");
      }
    } else if (!blank(className) || !blank(expression) || !blank(type)) {
      add(file, what + " should use camunda:delegateExpression with a Spring bean");
    } else {
      add(file, what + " has no implementation");
    }
  }

  private void checkListeners(Path file, String what, FlowNode node) {
    if (node.getExtensionElements() == null) {
      return;
    }
    List<ModelElementInstance> listeners = new ArrayList<>();
    listeners.addAll(node.getExtensionElements().getChildElementsByType(CamundaExecutionListener.class));
    listeners.addAll(node.getExtensionElements().getChildElementsByType(CamundaTaskListener.class));
    for (ModelElementInstance listener : listeners) {
      checkDelegate(file, what + " listener", listener.getAttributeValueNs(CAMUNDA_NS, "delegateExpression"),
          listener.getAttributeValueNs(CAMUNDA_NS, "class"), listener.getAttributeValueNs(CAMUNDA_NS, "expression"),
          null);
    }
  }

  /** Every flow node can be reached from a start, and every path ends in an end event. */
  private void checkPaths(Path file, BpmnModelInstance model) {
    Map<String, Set<String>> next = new HashMap<>();
    Map<String, Set<String>> previous = new HashMap<>();
    Set<String> roots = new HashSet<>();
    Set<String> ends = new HashSet<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      next.putIfAbsent(node.getId(), new HashSet<>());
      previous.putIfAbsent(node.getId(), new HashSet<>());
      node.getOutgoing().forEach(flow -> link(next, previous, node.getId(), flow.getTarget().getId()));
      if (node instanceof EndEvent) {
        ends.add(node.getId());
      }
      if (node instanceof StartEvent && node.getParentElement() instanceof Process) {
        roots.add(node.getId());
      }
      if (node instanceof StartEvent && node.getParentElement() instanceof SubProcess sub) {
        // A sub-process starts its inner start event; its end lets the sub-process go on.
        link(next, previous, sub.getId(), node.getId());
      }
      if (node instanceof EndEvent && node.getParentElement() instanceof SubProcess sub && !sub.triggeredByEvent()) {
        link(next, previous, node.getId(), sub.getId());
      }
      if (node instanceof SubProcess sub && sub.triggeredByEvent()) {
        roots.add(sub.getId());
      }
      if (node instanceof BoundaryEvent boundary) {
        link(next, previous, boundary.getAttachedTo().getId(), boundary.getId());
        if (boundary.getEventDefinitions().stream().anyMatch(CompensateEventDefinition.class::isInstance)) {
          ends.add(boundary.getId());
        }
      }
    }
    Set<String> reachable = walk(roots, next);
    Set<String> ending = walk(ends, previous);
    for (String node : next.keySet()) {
      if (!reachable.contains(node)) {
        add(file, node + " cannot be reached from a start event");
      }
      if (!ending.contains(node)) {
        add(file, node + " has no path to an end event");
      }
    }
  }

  private static void link(Map<String, Set<String>> next, Map<String, Set<String>> previous, String from, String to) {
    next.computeIfAbsent(from, id -> new HashSet<>()).add(to);
    previous.computeIfAbsent(to, id -> new HashSet<>()).add(from);
  }

  private static Set<String> walk(Set<String> from, Map<String, Set<String>> links) {
    Set<String> seen = new HashSet<>(from);
    Deque<String> todo = new ArrayDeque<>(from);
    while (!todo.isEmpty()) {
      for (String target : links.getOrDefault(todo.pop(), Set.of())) {
        if (seen.add(target)) {
          todo.push(target);
        }
      }
    }
    return seen;
  }

  // Outcomes ///////////////////////////////////////////////////////////////////////////////////

  /**
   * Each end of a case is marked with its outcome (camunda:property caseOutcome); an end reached only
   * through a non-interrupting boundary event (a reminder, an escalation) ends a side path and must not
   * be marked, or it would overwrite the case's outcome when it finishes last.
   *
   * @return the outcomes of each process
   */
  private Map<String, Set<String>> checkOutcomes(Path file, BpmnModelInstance model) {
    Map<String, Set<String>> outcomes = new HashMap<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      Set<String> mainPath = mainPath(process);
      Set<String> branches = splitBranches(process);
      Set<String> values = new HashSet<>();
      for (EndEvent end : process.getChildElementsByType(EndEvent.class)) {
        String outcome = outcomeOf(end);
        boolean onMainPath = mainPath.contains(end.getId());
        // An end on one of several branches run side by side ends that branch, unless it terminates them all.
        boolean endsCase = onMainPath && (!branches.contains(end.getId()) || isTerminate(end));
        if (outcome == null && endsCase) {
          add(file, "end event " + end.getId() + " ends the case but is not marked with its outcome"
              + " (camunda:property " + CaseVariables.CASE_OUTCOME + ")");
        } else if (outcome != null && onMainPath && !endsCase) {
          add(file, "end event " + end.getId() + " ends one of several branches run side by side and must not set"
              + " the case's outcome");
        } else if (outcome != null && !onMainPath) {
          add(file, "end event " + end.getId() + " ends a reminder or escalation branch and must not set the case's"
              + " outcome");
        } else if (outcome != null && !OUTCOME_VALUE.matcher(outcome).matches()) {
          add(file, "end event " + end.getId() + ": outcome '" + outcome + "' should be a camelCase word");
        }
        if (outcome != null) {
          values.add(outcome);
        }
      }
      if (process.isExecutable() && values.isEmpty()) {
        add(file, "process " + process.getId() + " has no end event marked with an outcome");
      }
      outcomes.put(process.getId(), values);
    }
    return outcomes;
  }

  /**
   * A caller that copies a called process's outcome (camunda:out source="caseOutcome") compares it only
   * with outcomes that process has, and a gateway without a default flow handles every one of them.
   */
  private void checkOutcomeComparisons(Path file, BpmnModelInstance model, Map<String, Set<String>> outcomes,
      Map<String, FormSchema> forms) {
    for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
      Set<String> called = decisionKind(call, forms).map(MinistryDecision.Kind::outcomes)
          .orElse(outcomes.get(call.getCalledElement()));
      if (called == null || call.getExtensionElements() == null) {
        continue;
      }
      for (CamundaOut out : call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list()) {
        if (!CaseVariables.CASE_OUTCOME.equals(out.getCamundaSource())) {
          continue;
        }
        Pattern comparison = Pattern.compile(Pattern.quote(out.getCamundaTarget()) + "\\s*==\\s*'([^']*)'");
        Map<FlowNode, Set<String>> compared = new HashMap<>();
        Set<FlowNode> decided = decidedAfter(call);
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
          if (!decided.contains(flow.getSource())) {
            continue;
          }
          String condition = flow.getConditionExpression() == null ? "" : flow.getConditionExpression().getTextContent();
          Matcher matcher = comparison.matcher(condition);
          while (matcher.find()) {
            compared.computeIfAbsent(flow.getSource(), gateway -> new HashSet<>()).add(matcher.group(1));
            if (!called.contains(matcher.group(1))) {
              add(file, "sequence flow " + flow.getId() + " compares " + out.getCamundaTarget() + " with '"
                  + matcher.group(1) + "', which is no outcome of " + call.getCalledElement() + " " + called);
            }
          }
        }
        compared.forEach((gateway, values) -> {
          boolean hasDefault = gateway.getAttributeValue("default") != null;
          if (!hasDefault && !values.containsAll(called)) {
            Set<String> missing = new java.util.TreeSet<>(called);
            missing.removeAll(values);
            add(file, gateway.getId() + " handles no flow for outcomes " + missing + " of " + call.getCalledElement()
                + " and has no default flow");
          }
        });
      }
    }
  }

  /** The nodes reachable from the process's start events without passing a non-interrupting boundary event. */
  private static Set<String> mainPath(Process process) {
    Map<String, Set<String>> next = new HashMap<>();
    Set<String> starts = new HashSet<>();
    for (FlowNode node : process.getChildElementsByType(FlowNode.class)) {
      node.getOutgoing().forEach(flow -> next.computeIfAbsent(node.getId(), id -> new HashSet<>())
          .add(flow.getTarget().getId()));
      if (node instanceof StartEvent) {
        starts.add(node.getId());
      }
      if (node instanceof BoundaryEvent boundary && boundary.cancelActivity()) {
        next.computeIfAbsent(boundary.getAttachedTo().getId(), id -> new HashSet<>()).add(boundary.getId());
      }
    }
    return walk(starts, next);
  }

  /**
   * The nodes after a parallel or inclusive gateway that splits the path into branches run side by side,
   * until the branches join again.
   */
  private static Set<String> splitBranches(Process process) {
    Map<String, Set<String>> next = new HashMap<>();
    Set<String> splits = new HashSet<>();
    for (FlowNode node : process.getChildElementsByType(FlowNode.class)) {
      boolean sideBySide = node instanceof ParallelGateway || node instanceof InclusiveGateway;
      if (sideBySide && node.getIncoming().size() > 1) {
        continue;
      }
      node.getOutgoing().forEach(flow -> next.computeIfAbsent(node.getId(), id -> new HashSet<>())
          .add(flow.getTarget().getId()));
      if (sideBySide && node.getOutgoing().size() > 1) {
        node.getOutgoing().forEach(flow -> splits.add(flow.getTarget().getId()));
      }
    }
    return walk(splits, next);
  }

  private static boolean isTerminate(EndEvent end) {
    return !end.getChildElementsByType(TerminateEventDefinition.class).isEmpty();
  }

  /**
   * The gateways that decide on what this call activity returned: those reached from it before another
   * call activity, which may return a value under the same name.
   */
  private static Set<FlowNode> decidedAfter(CallActivity call) {
    Set<FlowNode> seen = new HashSet<>();
    java.util.Deque<FlowNode> todo = new java.util.ArrayDeque<>();
    call.getOutgoing().forEach(flow -> todo.add(flow.getTarget()));
    while (!todo.isEmpty()) {
      FlowNode node = todo.pop();
      if (node instanceof CallActivity || !seen.add(node)) {
        continue;
      }
      node.getOutgoing().forEach(flow -> todo.add(flow.getTarget()));
    }
    return seen;
  }

  static String outcomeOf(FlowNode node) {
    if (node.getExtensionElements() == null) {
      return null;
    }
    for (CamundaProperties properties : node.getExtensionElements().getElementsQuery()
        .filterByType(CamundaProperties.class).list()) {
      for (CamundaProperty property : properties.getCamundaProperties()) {
        if (CaseVariables.CASE_OUTCOME.equals(property.getCamundaName())) {
          return property.getCamundaValue();
        }
      }
    }
    return null;
  }


  // Drawing /////////////////////////////////////////////////////////////////////////////////////

  /** A flow is drawn around shapes, never through one, and never on top of another flow. */
  private void checkDrawing(Path file, BpmnModelInstance model) {
    Map<String, Bounds> boxes = new HashMap<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() instanceof FlowNode node) {
        boxes.put(node.getId(), shape.getBounds());
      }
    }
    record Segment(String flow, double x1, double y1, double x2, double y2) {
      boolean vertical() {
        return x1 == x2;
      }

      boolean horizontal() {
        return y1 == y2;
      }
    }
    List<Segment> segments = new ArrayList<>();
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (!(edge.getBpmnElement() instanceof SequenceFlow flow)) {
        continue;
      }
      List<Waypoint> points = List.copyOf(edge.getWaypoints());
      Set<String> ends = new HashSet<>(Set.of(flow.getSource().getId(), flow.getTarget().getId()));
      if (flow.getSource() instanceof BoundaryEvent boundary) {
        ends.add(boundary.getAttachedTo().getId());
      }
      for (int i = 1; i < points.size(); i++) {
        Segment segment = new Segment(flow.getId(), points.get(i - 1).getX(), points.get(i - 1).getY(),
            points.get(i).getX(), points.get(i).getY());
        segments.add(segment);
        boxes.forEach((node, box) -> {
          if (!ends.contains(node) && crosses(segment.x1(), segment.y1(), segment.x2(), segment.y2(), box)) {
            add(file, "sequence flow " + flow.getId() + " is drawn through " + node);
          }
        });
      }
    }
    Set<String> reported = new HashSet<>();
    for (int i = 0; i < segments.size(); i++) {
      for (int j = i + 1; j < segments.size(); j++) {
        Segment a = segments.get(i);
        Segment b = segments.get(j);
        boolean overlap = !a.flow().equals(b.flow()) && (
            a.vertical() && b.vertical() && a.x1() == b.x1()
                && shared(a.y1(), a.y2(), b.y1(), b.y2()) > 1
            || a.horizontal() && b.horizontal() && a.y1() == b.y1()
                && shared(a.x1(), a.x2(), b.x1(), b.x2()) > 1);
        if (overlap && reported.add(a.flow() + "/" + b.flow())) {
          add(file, "sequence flows " + a.flow() + " and " + b.flow() + " are drawn on top of each other");
        }
      }
    }
  }

  /** Whether an axis-parallel segment passes through the inside of the box (its border excluded). */
  private static boolean crosses(double x1, double y1, double x2, double y2, Bounds box) {
    double left = box.getX() + 2;
    double right = box.getX() + box.getWidth() - 2;
    double top = box.getY() + 2;
    double bottom = box.getY() + box.getHeight() - 2;
    if (x1 == x2) {
      return left < x1 && x1 < right && shared(y1, y2, top, bottom) > 0;
    }
    if (y1 == y2) {
      return top < y1 && y1 < bottom && shared(x1, x2, left, right) > 0;
    }
    return false;
  }

  private static double shared(double a1, double a2, double b1, double b2) {
    return Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2));
  }

  // The Ministry's decision //////////////////////////////////////////////////////////////////

  /**
   * A call of the decision block passes in its two forms, which have the block's fields, and every
   * case variable those forms show; it takes back the outcome and the block's results.
   */
  private void checkDecisionCalls(Path file, BpmnModelInstance model, Map<String, FormSchema> forms,
      Set<String> usedForms) {
    for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
      if (!MinistryDecision.PROCESS_KEY.equals(call.getCalledElement())) {
        continue;
      }
      String what = "call activity " + call.getId();
      Map<String, String> constants = new HashMap<>();
      Set<String> passed = new HashSet<>();
      Map<String, String> taken = new HashMap<>();
      if (call.getExtensionElements() != null) {
        for (CamundaIn in : call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list()) {
          if (in.getCamundaSourceExpression() != null) {
            constants.put(in.getCamundaTarget(), in.getCamundaSourceExpression());
          } else if (in.getCamundaSource() != null) {
            passed.add(in.getCamundaTarget());
          }
        }
        call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list()
            .forEach(out -> taken.put(out.getCamundaSource(), out.getCamundaTarget()));
      }
      if (!MinistryDecision.OUTCOME.equals(taken.get(CaseVariables.CASE_OUTCOME))) {
        add(file, what + " must take the decision's outcome back as " + MinistryDecision.OUTCOME);
      }
      for (String result : MinistryDecision.RESULTS) {
        if (!result.equals(taken.get(result))) {
          add(file, what + " must take back " + result + " under the same name");
        }
      }
      checkDecisionForm(file, what, constants.get(MinistryDecision.DECISION_FORM), MinistryDecision.DECIDER_FIELDS,
          passed, forms, usedForms);
      checkDecisionForm(file, what, constants.get(MinistryDecision.ADVICE_FORM), MinistryDecision.ADVISER_FIELDS,
          passed, forms, usedForms);
    }
  }

  /** The kind of answer a call of the decision block asks for: the one its decision form offers. */
  private static Optional<MinistryDecision.Kind> decisionKind(CallActivity call, Map<String, FormSchema> forms) {
    if (!MinistryDecision.PROCESS_KEY.equals(call.getCalledElement()) || call.getExtensionElements() == null) {
      return Optional.empty();
    }
    return call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list().stream()
        .filter(in -> MinistryDecision.DECISION_FORM.equals(in.getCamundaTarget()))
        .map(in -> forms.get(in.getCamundaSourceExpression()))
        .filter(Objects::nonNull)
        .map(form -> form.fields().get(MinistryDecision.DECISION))
        .filter(Objects::nonNull)
        .flatMap(field -> MinistryDecision.KINDS.stream().filter(kind -> kind.answers().equals(Set.copyOf(field.values()))))
        .findFirst();
  }

  private void checkDecisionForm(Path file, String what, String formId, List<String> fields, Set<String> passed,
      Map<String, FormSchema> forms, Set<String> usedForms) {
    if (formId == null || formId.contains("${")) {
      add(file, what + " must pass its forms as constants: camunda:in sourceExpression=\"<form id>\" target=\""
          + MinistryDecision.DECISION_FORM + "\" (and " + MinistryDecision.ADVICE_FORM + ")");
      return;
    }
    usedForms.add(formId);
    FormSchema form = forms.get(formId);
    if (form == null) {
      add(file, what + " passes form '" + formId + "', which is not in forms/");
      return;
    }
    Map<String, FormField> byKey = form.fields();
    for (String field : fields) {
      if (!byKey.containsKey(field) || byKey.get(field).disabled() != null) {
        add(file, "form '" + formId + "' lacks the decision block's field " + field);
      }
    }
    FormField decision = byKey.get(MinistryDecision.DECISION);
    if (decision != null && MinistryDecision.KINDS.stream().noneMatch(kind -> kind.answers().equals(Set.copyOf(decision.values())))) {
      add(file, "form '" + formId + "': " + MinistryDecision.DECISION + " offers " + decision.values()
          + ", not one of the block's kinds of answer " + MinistryDecision.KINDS.stream().map(MinistryDecision.Kind::answers).toList());
    }
    Set<String> known = new HashSet<>(passed);
    known.addAll(CaseVariables.INHERITED);
    known.addAll(MinistryDecision.DECIDER_FIELDS);
    known.addAll(MinistryDecision.ADVISER_FIELDS);
    for (FormField field : form.fields().values()) {
      if ("true".equals(field.disabled()) && !known.contains(field.key())) {
        add(file, what + " shows " + field.key() + " in form '" + formId + "' but does not pass it in (camunda:in)");
      }
    }
  }

  /** Only the decision block decides: no other step's form lets its user set the decision field. */
  private void checkNoRedrawnDecision(Map<Path, BpmnModelInstance> models, Map<String, FormSchema> forms) {
    models.forEach((file, model) -> {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        FormSchema form = forms.get(task.getAttributeValueNs(CAMUNDA_NS, "formRef"));
        FormField decision = form == null ? null : form.fields().get(MinistryDecision.DECISION);
        if (decision != null && !"true".equals(decision.disabled())) {
          add(file, "user task " + task.getId() + " decides for the Ministry itself; call " + MinistryDecision.PROCESS_KEY);
        }
      }
    });
  }

  private Map<String, FormSchema> formSchemas(Map<String, Path> forms) {
    Map<String, FormSchema> schemas = new HashMap<>();
    forms.forEach((id, file) -> {
      try {
        schemas.put(id, FormSchema.parse(JSON.readTree(file.toFile())));
      } catch (IOException unreadable) {
        add(file, "cannot be read");
      }
    });
    return schemas;
  }

  /**
   * The notification rule: a notification is built from its step's parameters, which therefore never
   * read a personal field (the same marking erasure and the trail use).
   */
  private void checkNotificationsCarryNoPersonalData(Path file, BpmnModelInstance model, Set<String> personal) {
    for (CamundaInputParameter parameter : model.getModelElementsByType(CamundaInputParameter.class)) {
      String name = parameter.getCamundaName();
      if (name != null && name.startsWith("notify")) {
        namesIn(parameter.getTextContent()).stream().filter(personal::contains).forEach(field ->
            add(file, "notification parameter " + name + " of "
                + ((ModelElementInstance) parameter.getParentElement().getParentElement().getParentElement())
                    .getAttributeValue("id")
                + " reads the personal field '" + field + "'"));
      }
    }
  }

  private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private static Set<String> namesIn(String expression) {
    Set<String> names = new HashSet<>();
    java.util.regex.Matcher name = NAME.matcher(expression == null ? "" : expression);
    while (name.find()) {
      names.add(name.group());
    }
    return names;
  }

  // DMN ////////////////////////////////////////////////////////////////////////////////////////

  /**
   * Decisions are part of the procedural trail that erasure keeps, inputs included: a decision's input
   * must therefore never be a personal field.
   */
  private Set<String> checkDmn(Path file, Set<String> personal) {
    Set<String> ids = new HashSet<>();
    try {
      DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
      for (Decision decision : model.getModelElementsByType(Decision.class)) {
        ids.add(decision.getId());
        checkRetention(file, "decision " + decision.getId(), decision.getCamundaHistoryTimeToLiveString());
      }
      for (InputExpression input : model.getModelElementsByType(InputExpression.class)) {
        String expression = input.getText() == null ? "" : input.getText().getTextContent();
        namesIn(expression).stream().filter(personal::contains).forEach(name ->
            add(file, "decision input '" + expression.trim() + "' reads the personal field '" + name
                + "': decision history is kept after erasure"));
      }
    } catch (RuntimeException invalid) {
      add(file, "is not a valid DMN model: " + invalid.getMessage());
    }
    return ids;
  }

  // Forms //////////////////////////////////////////////////////////////////////////////////////

  private Map<String, Path> readForms(List<Path> files) {
    Map<String, Path> forms = new LinkedHashMap<>();
    Map<String, Boolean> personalMarks = new HashMap<>();
    for (Path file : files) {
      JsonNode form;
      try {
        form = JSON.readTree(file.toFile());
      } catch (IOException invalid) {
        add(file, "is not valid JSON");
        continue;
      }
      String id = form.path("id").asText("");
      if (id.isBlank()) {
        add(file, "form has no id");
        continue;
      }
      Path other = forms.put(id, file);
      if (other != null) {
        add(file, "form id '" + id + "' is also the id of " + other.getFileName());
      }
      FormSchema.parse(form).unsupported().forEach(component ->
          add(file, "component " + component + " in form '" + id + "' is not one the server can validate; use "
              + FormField.INPUT_TYPES + " without a data path"));
      FormSchema.parse(form).fields().values().forEach(field -> {
        if (!field.displayOnly() && field.personalData() == null) {
          add(file, "field '" + field.key() + "' in form '" + id + "' must declare properties."
              + PERSONAL_DATA + " (\"true\" or \"false\"): erasure, the trail and the notification rule rely on it");
        } else if (field.personalData() != null) {
          if (!field.personalData() && Set.of("textfield", "textarea").contains(field.type())) {
            add(file, "field '" + field.key() + "' in form '" + id + "' is free text marked " + PERSONAL_DATA
                + " false: any free text can name a person, so it is personal");
          }
          Boolean before = personalMarks.putIfAbsent(field.key(), field.personalData());
          if (before != null && !before.equals(field.personalData())) {
            add(file, "field '" + field.key() + "' in form '" + id + "' is marked " + PERSONAL_DATA + " "
                + field.personalData() + ", another form marks it " + before + ": one field, one marking");
          }
        }
      });
      Set<String> keys = new HashSet<>();
      fields(form.path("components")).forEach(field -> {
        String key = field.path("key").asText("");
        if (!key.isEmpty() && !keys.add(key)) {
          add(file, "field key '" + key + "' is used twice in form '" + id + "'");
        }
      });
    }
    return forms;
  }

  /** All components, also inside groups and dynamic lists. */
  static List<JsonNode> fields(JsonNode components) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode component : components) {
      all.add(component);
      all.addAll(fields(component.path("components")));
    }
    return all;
  }

  // Files //////////////////////////////////////////////////////////////////////////////////////

  private void checkUniqueFileNames(List<Path> files) {
    Map<String, Path> byName = new HashMap<>();
    for (Path file : files) {
      Path other = byName.put(file.getFileName().toString(), file);
      if (other != null) {
        add(file, "has the same file name as " + other + " (deployment resource names are bare file names)");
      }
    }
  }

  private static List<Path> files(Collection<Path> dirs, String extension) throws IOException {
    List<Path> result = new ArrayList<>();
    for (Path dir : dirs) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.filter(path -> path.getFileName().toString().endsWith(extension)).sorted().forEach(result::add);
        }
      }
    }
    return result;
  }

  private void add(Path file, String message) {
    findings.add(new Finding(file.toString(), message));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
