package no.mfa.hrd.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.mfa.hrd.casefile.AsService;
import no.mfa.hrd.audit.AuditReaders;
import no.mfa.hrd.casefile.CaseVariables;
import no.mfa.hrd.decision.MinistryDecision;
import no.mfa.hrd.rest.StaffApi;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/dashboard}: the Cockpit dashboard's figures ({@link Dashboard}) for the HR section,
 * auditors and administrators, across all missions; anyone else gets 403.
 */
@RestController
@RequestMapping({StaffApi.REST + "/dashboard", StaffApi.WEBAPPS + "/dashboard"})
class DashboardController {

  /** The risk level every risk assessment sets (decision table riskLevel). */
  static final String RISK_LEVEL = "riskLevel";
  static final String NOT_ASSESSED = "notAssessed";
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final int MONTHS = 12;
  private static final Set<String> KNOWN_INCIDENTS = Set.of("failedJob", "failedExternalTask");

  private final AuditReaders readers;
  private final AsService asService;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final RepositoryService repository;

  DashboardController(AuditReaders readers, AsService asService, RuntimeService runtime, TaskService tasks,
      HistoryService history, RepositoryService repository) {
    this.readers = readers;
    this.asService = asService;
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.repository = repository;
  }

  @GetMapping
  Dashboard dashboard() {
    readers.require(AuditReaders.TRAIL_READERS, "The dashboard is for auditors, section-hr and administrators");
    return asService.call(this::figures);
  }

  private Dashboard figures() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Map<String, String> keys = new HashMap<>();
    List<ProcessInstance> open = runtime.createProcessInstanceQuery().rootProcessInstances().list();
    Set<String> openIds = new HashSet<>();
    Map<String, Long> byProcess = new TreeMap<>();
    for (ProcessInstance instance : open) {
      openIds.add(instance.getId());
      byProcess.merge(keyOf(instance.getProcessDefinitionId(), keys), 1L, Long::sum);
    }
    Map<String, Long> byMission = countValues(CaseVariables.MISSION_GROUP, openIds, null);
    Map<String, Long> byRisk = countValues(RISK_LEVEL, openIds, NOT_ASSESSED);

    List<Dashboard.OverdueDecision> overdue = new ArrayList<>();
    for (Task task : tasks.createTaskQuery().processDefinitionKey(MinistryDecision.PROCESS_KEY)
        .dueBefore(Date.from(now)).orderByDueDate().asc().list()) {
      ProcessInstance decision = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
          .singleResult();
      ProcessInstance caller = runtime.createProcessInstanceQuery().subProcessInstanceId(decision.getId()).singleResult();
      caller = caller == null ? decision : caller;
      Object desk = runtime.getVariable(task.getProcessInstanceId(), CaseVariables.DESK_GROUP);
      Instant due = task.getDueDate().toInstant();
      overdue.add(new Dashboard.OverdueDecision(decision.getBusinessKey(), keyOf(caller.getProcessDefinitionId(), keys),
          task.getTaskDefinitionKey(), stepName(task), desk == null ? null : desk.toString(), due,
          Duration.between(due, now).toDays()));
    }

    Date since = Date.from(YearMonth.from(now.atZone(OSLO)).minusMonths(MONTHS - 1L).atDay(1).atStartOfDay(OSLO).toInstant());
    Map<String, long[]> months = new TreeMap<>();
    for (int back = MONTHS - 1; back >= 0; back--) {
      months.put(YearMonth.from(now.atZone(OSLO)).minusMonths(back).toString(), new long[2]);
    }
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery().rootProcessInstances()
        .startedAfter(since).list()) {
      months.computeIfAbsent(month(instance.getStartTime()), month -> new long[2])[0]++;
    }
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery().rootProcessInstances()
        .finishedAfter(since).list()) {
      months.computeIfAbsent(month(instance.getEndTime()), month -> new long[2])[1]++;
    }
    List<Dashboard.Month> perMonth = months.entrySet().stream()
        .map(entry -> new Dashboard.Month(entry.getKey(), entry.getValue()[0], entry.getValue()[1])).toList();

    List<Dashboard.OpenIncident> incidents = new ArrayList<>();
    for (Incident incident : runtime.createIncidentQuery().orderByIncidentTimestamp().asc().list()) {
      ProcessInstance instance = incident.getProcessInstanceId() == null ? null
          : runtime.createProcessInstanceQuery().processInstanceId(incident.getProcessInstanceId()).singleResult();
      incidents.add(new Dashboard.OpenIncident(instance == null ? null : instance.getBusinessKey(),
          incident.getProcessDefinitionId() == null ? null : keyOf(incident.getProcessDefinitionId(), keys),
          incident.getActivityId(),
          KNOWN_INCIDENTS.contains(incident.getIncidentType()) ? incident.getIncidentType() : "custom",
          incident.getIncidentTimestamp().toInstant()));
    }
    return new Dashboard(now, byProcess, byMission, byRisk, overdue, perMonth, incidents);
  }

  /** How many open cases hold each value of the variable (cases without it under {@code missing}, if given). */
  private Map<String, Long> countValues(String variable, Set<String> openIds, String missing) {
    Map<String, Long> counts = new TreeMap<>();
    Set<String> counted = new HashSet<>();
    runtime.createVariableInstanceQuery().variableName(variable).disableBinaryFetching()
        .disableCustomObjectDeserialization().list().stream()
        .filter(value -> openIds.contains(value.getProcessInstanceId()) && value.getValue() != null
            && value.getExecutionId().equals(value.getProcessInstanceId()))
        .forEach(value -> {
          if (counted.add(value.getProcessInstanceId())) {
            counts.merge(value.getValue().toString(), 1L, Long::sum);
          }
        });
    if (missing != null && counted.size() < openIds.size()) {
      counts.put(missing, (long) (openIds.size() - counted.size()));
    }
    return counts;
  }

  private String stepName(Task task) {
    // The model's name: a task's own name can be changed by hand.
    return repository.getBpmnModelInstance(task.getProcessDefinitionId()).getModelElementById(task.getTaskDefinitionKey())
        instanceof FlowElement element ? element.getName() : task.getTaskDefinitionKey();
  }

  private String keyOf(String processDefinitionId, Map<String, String> keys) {
    return keys.computeIfAbsent(processDefinitionId, id -> repository.getProcessDefinition(id).getKey());
  }

  private static String month(Date date) {
    return YearMonth.from(date.toInstant().atZone(OSLO)).toString();
  }
}
