package no.mfa.hrd.casefile;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.mfa.hrd.rest.StaffApi;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/cases/{caseReference}}: the case as one ({@link CaseOverview}). Whoever may read the
 * case itself (its first process: the mission, its desk, the HR section, administrators; auditors once it
 * has ended, as they read history only) reads all of it, open tasks of other roles included (their step,
 * holder and due date, never their content); anyone else, and a reference that does not exist, gets the
 * same 404. A hub mission or the Section for Humanitarian Affairs, who read one measure of a protection
 * case, do not read the case; a section 35 request opened on its own is the whole case, which the Section
 * for Humanitarian Affairs reads once the request reaches the Ministry.
 */
@RestController
@RequestMapping({StaffApi.REST + "/cases", StaffApi.WEBAPPS + "/cases"})
public class CaseOverviewController {

  private static final String NOT_FOUND = "No case with this reference that you may read";

  private final HistoryService history;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final AsService asService;

  public CaseOverviewController(HistoryService history, RuntimeService runtime, TaskService tasks,
      RepositoryService repository, IdentityService identity, AsService asService) {
    this.history = history;
    this.runtime = runtime;
    this.tasks = tasks;
    this.repository = repository;
    this.identity = identity;
    this.asService = asService;
  }

  @GetMapping("/{caseReference}")
  public CaseOverview overview(@PathVariable String caseReference) {
    if (!CaseReferences.isWellFormed(caseReference)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, CaseReferences.MALFORMED);
    }
    if (identity.getCurrentAuthentication() == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
    }
    // Whether the reader may read the case is the engine's authorizations' answer, asked as the reader.
    // A running case is read by those who may read it running (not auditors, who read history only).
    HistoricProcessInstance root = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseReference)
        .list().stream().filter(instance -> instance.getSuperProcessInstanceId() == null)
        .min(Comparator.comparing(HistoricProcessInstance::getStartTime))
        .filter(instance -> instance.getEndTime() != null
            || runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 1)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, NOT_FOUND));
    // The rest is read by the service on the reader's behalf: the case's measures, tasks and outcomes.
    return asService.call(() -> overviewOf(caseReference, root));
  }

  private CaseOverview overviewOf(String caseReference, HistoricProcessInstance root) {
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference).orderByProcessInstanceStartTime().asc().list();
    List<String> ids = instances.stream().map(HistoricProcessInstance::getId).toList();
    Map<String, Map<String, Object>> variables = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(ids.toArray(String[]::new))
        .variableNameIn(CaseVariables.CASE_OUTCOME, CaseVariables.MISSION_GROUP, CaseVariables.DESK_GROUP, "riskLevel")
        .disableCustomObjectDeserialization().list()) {
      variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
          .put(variable.getName(), variable.getValue());
    }
    Map<String, Object> ofCase = variables.getOrDefault(root.getId(), Map.of());
    List<CaseOverview.Process> processes = instances.stream().map(instance -> new CaseOverview.Process(
        instance.getId(), instance.getProcessDefinitionKey(), instance.getProcessDefinitionName(),
        instance.getSuperProcessInstanceId(), stateOf(instance), instance.getStartTime(), instance.getStartUserId(),
        instance.getEndTime(), text(variables.getOrDefault(instance.getId(), Map.of()).get(CaseVariables.CASE_OUTCOME))))
        .toList();
    Map<String, String> keys = new HashMap<>();
    List<CaseOverview.OpenTask> open = tasks.createTaskQuery().processInstanceBusinessKey(caseReference)
        .orderByTaskCreateTime().asc().list().stream()
        .map(task -> new CaseOverview.OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
            keys.computeIfAbsent(task.getProcessDefinitionId(), this::keyOf), candidateGroupsOf(task),
            task.getAssignee(), task.getCreateTime(), task.getDueDate()))
        .toList();
    return new CaseOverview(caseReference, text(ofCase.get(CaseVariables.MISSION_GROUP)),
        text(ofCase.get(CaseVariables.DESK_GROUP)), text(ofCase.get("riskLevel")), stateOf(root), processes, open);
  }

  private List<String> candidateGroupsOf(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId()).sorted().toList();
  }

  private String keyOf(String processDefinitionId) {
    ProcessDefinition definition = repository.getProcessDefinition(processDefinitionId);
    return definition.getKey();
  }

  private static String stateOf(HistoricProcessInstance instance) {
    return switch (instance.getState()) {
      case HistoricProcessInstance.STATE_ACTIVE -> "running";
      case HistoricProcessInstance.STATE_SUSPENDED -> "suspended";
      case HistoricProcessInstance.STATE_COMPLETED -> "completed";
      default -> "cancelled";
    };
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
