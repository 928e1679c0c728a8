package no.mfa.hrd.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.mfa.hrd.casefile.AsService;
import no.mfa.hrd.casefile.CaseVariables;
import no.mfa.hrd.notification.NotificationOutbox;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * A case's audit trail from the engine's history, across all processes of the case, in time order:
 * processes started and ended, tasks created, claimed and completed (by whom, how long they waited),
 * decisions taken (values of decision fields and decision tables' results), timers and escalations that
 * fired, notifications (role, template, time), incidents, operations from the operation log with the
 * values of non-personal properties only, and the audit records (trail reads, erasures).
 */
@Component
class CaseTrails {

  /** Operation log properties whose values are procedure, never content; all others are not shown. */
  private static final Set<String> SHOWN_PROPERTIES = Set.of("assignee", "owner", "delegation", "dueDate",
      "followUpDate", "priority", "suspensionState", "nrOfInstances", "nrOfVariables", "nrOfSetVariables", "async",
      "cascade", "skipCustomListeners", "skipSubprocesses", "skipIoMappings", "processDefinitionId",
      "processDefinitionKey", "processDefinitionVersion", "processInstanceId", "retries", "jobDefinitionId",
      "includeSubtasks", "delete", "mode");
  private static final String NOT_SHOWN = "[not shown]";
  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9_.:-]{1,60}");
  private static final Set<String> KNOWN_INCIDENTS = Set.of("failedJob", "failedExternalTask");
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  private final HistoryService history;
  private final RepositoryService repository;
  private final CaseFields fields;
  private final NotificationOutbox notifications;
  private final AuditRecords records;

  CaseTrails(HistoryService history, RepositoryService repository, CaseFields fields,
      NotificationOutbox notifications, AuditRecords records) {
    this.history = history;
    this.repository = repository;
    this.fields = fields;
    this.notifications = notifications;
    this.records = records;
  }

  /** Call as the service (inside {@link AsService}). */
  List<TrailEvent> of(String caseReference, List<HistoricProcessInstance> instances) {
    List<TrailEvent> events = new ArrayList<>();
    Map<String, String> keyOf = new HashMap<>();
    instances.forEach(instance -> keyOf.put(instance.getId(), instance.getProcessDefinitionKey()));
    String[] ids = keyOf.keySet().toArray(String[]::new);
    Map<String, Set<String>> decisionFields = fields.decisions(instances.stream()
        .map(instance -> repository.getProcessDefinition(instance.getProcessDefinitionId()).getDeploymentId())
        .distinct().toList());

    List<UserOperationLogEntry> operations = new ArrayList<>();
    for (String id : ids) {
      operations.addAll(history.createUserOperationLogQuery().processInstanceId(id).list());
    }
    Map<String, String> userOfOperation = new HashMap<>();
    Map<String, String> completedBy = new HashMap<>();
    operations.forEach(entry -> {
      if (entry.getOperationId() != null && entry.getUserId() != null) {
        userOfOperation.putIfAbsent(entry.getOperationId(), entry.getUserId());
      }
      if (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(entry.getOperationType()) && entry.getTaskId() != null) {
        completedBy.putIfAbsent(entry.getTaskId(), entry.getUserId());
      }
    });

    for (HistoricProcessInstance instance : instances) {
      String key = instance.getProcessDefinitionKey();
      events.add(TrailEvent.of(instant(instance.getStartTime()), "processStarted").in(key, instance.getId())
          .by(instance.getStartUserId()));
      if (instance.getEndTime() != null) {
        Object outcome = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
            .variableName(CaseVariables.CASE_OUTCOME).list().stream().findFirst().map(v -> v.getValue()).orElse(null);
        events.add(TrailEvent.of(instant(instance.getEndTime()), "processEnded").in(key, instance.getId())
            .value(outcome == null ? null : CaseVariables.CASE_OUTCOME, outcome == null ? null : outcome.toString())
            .detail(instance.getState()));
      }
    }

    // A task's name can be changed by hand; the step's name in the model cannot.
    Map<String, List<HistoricActivityInstance>> activitiesOf = new HashMap<>();
    Map<String, String> stepOfTask = new HashMap<>();
    for (String id : ids) {
      List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery().processInstanceId(id).list();
      activitiesOf.put(id, activities);
      activities.stream().filter(activity -> activity.getTaskId() != null)
          .forEach(activity -> stepOfTask.put(activity.getTaskId(), activity.getActivityName()));
    }
    Map<String, HistoricTaskInstance> tasks = new HashMap<>();
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseReference).list()) {
      tasks.put(task.getId(), task);
      String key = keyOf.get(task.getProcessInstanceId());
      events.add(TrailEvent.of(instant(task.getStartTime()), "taskCreated").in(key, task.getProcessInstanceId())
          .step(task.getTaskDefinitionKey(), stepOfTask.get(task.getId())));
      if (task.getEndTime() != null) {
        boolean completed = "completed".equals(task.getDeleteReason());
        events.add(TrailEvent.of(instant(task.getEndTime()), completed ? "taskCompleted" : "taskCancelled")
            .in(key, task.getProcessInstanceId()).step(task.getTaskDefinitionKey(), stepOfTask.get(task.getId()))
            .by(completed ? completedBy.getOrDefault(task.getId(), task.getAssignee()) : null)
            .waited(Duration.between(instant(task.getStartTime()), instant(task.getEndTime())).toString()));
      }
    }

    for (UserOperationLogEntry entry : operations) {
      String key = keyOf.get(entry.getProcessInstanceId());
      HistoricTaskInstance task = entry.getTaskId() == null ? null : tasks.get(entry.getTaskId());
      boolean onTask = UserOperationLogEntry.ENTITY_TYPE_TASK.equals(entry.getEntityType());
      String type = entry.getOperationType();
      if (onTask && UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(type)) {
        continue; // the task's completion above names who completed it
      }
      TrailEvent event;
      if (onTask && task != null && (UserOperationLogEntry.OPERATION_TYPE_CLAIM.equals(type)
          || UserOperationLogEntry.OPERATION_TYPE_ASSIGN.equals(type))) {
        event = TrailEvent.of(instant(entry.getTimestamp()), UserOperationLogEntry.OPERATION_TYPE_CLAIM.equals(type) ? "taskClaimed" : "taskAssigned")
            .step(task.getTaskDefinitionKey(), stepOfTask.get(task.getId()))
            .waited(Duration.between(instant(task.getStartTime()), instant(entry.getTimestamp())).toString());
      } else {
        event = TrailEvent.of(instant(entry.getTimestamp()), "operation")
            .detail(type + " " + entry.getEntityType() + (entry.getCategory() == null ? "" : " (" + entry.getCategory() + ")"));
      }
      events.add(event.in(key, entry.getProcessInstanceId()).by(entry.getUserId())
          .value(entry.getProperty(), shown(entry)));
    }

    for (HistoricDetail detail : history.createHistoricDetailQuery().variableUpdates().processInstanceIdIn(ids)
        .disableBinaryFetching().disableCustomObjectDeserialization().list()) {
      if (detail instanceof HistoricVariableUpdate update && decisionFields.containsKey(update.getVariableName())
          && update.getTypedValue() != null && update.getTypedValue().getValue() != null) {
        events.add(TrailEvent.of(instant(update.getTime()), "decision")
            .in(keyOf.get(update.getProcessInstanceId()), update.getProcessInstanceId())
            .by(update.getUserOperationId() == null ? null : userOfOperation.get(update.getUserOperationId()))
            .value(update.getVariableName(), offered(text(update.getTypedValue()), decisionFields.get(update.getVariableName()))));
      }
    }
    for (String id : ids) {
      for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery().processInstanceId(id)
          .includeOutputs().disableCustomObjectDeserialization().list()) {
        decision.getOutputs().forEach(output -> events.add(TrailEvent.of(instant(decision.getEvaluationTime()), "decision")
            .in(keyOf.get(id), id).step(decision.getActivityId(), decision.getDecisionDefinitionName())
            .value(output.getVariableName(), code(text(output.getTypedValue())))
            .detail("decision table " + decision.getDecisionDefinitionKey())));
      }
      activitiesOf.get(id).stream()
          .filter(activity -> activity.getActivityType() != null
              && (activity.getActivityType().contains("Timer") || activity.getActivityType().contains("scalation")))
          .forEach(activity -> events.add(TrailEvent.of(instant(activity.getStartTime()), "escalation")
              .in(keyOf.get(id), id).step(activity.getActivityId(), activity.getActivityName())
              .detail(activity.getActivityType())));
      for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(id).list()) {
        events.add(TrailEvent.of(instant(incident.getCreateTime()), "incidentRaised").in(keyOf.get(id), id)
            .step(incident.getActivityId(), null).detail(incidentType(incident)));
        if (incident.getEndTime() != null) {
          events.add(TrailEvent.of(instant(incident.getEndTime()), incident.isResolved() ? "incidentResolved" : "incidentDeleted")
              .in(keyOf.get(id), id).step(incident.getActivityId(), null).detail(incidentType(incident)));
        }
      }
    }

    notifications.ofCase(caseReference).forEach(notification -> events.add(
        TrailEvent.of(notification.createdAt(), "notification").step(null, notification.step())
            .role(notification.recipientGroup()).by(notification.recipientUser())
            .detail(notification.template() + " " + notification.status())));
    records.ofCase(caseReference).forEach(entry -> events.add(TrailEvent.of(entry.at(),
        entry.kind() == AuditRecords.Kind.TRAIL_READ ? "trailRead" : "erasure").by(entry.userId()).detail(entry.detail())));

    events.sort(Comparator.comparing(TrailEvent::at, Comparator.nullsFirst(Comparator.naturalOrder())));
    return events;
  }

  private static String shown(UserOperationLogEntry entry) {
    // A variable's name is a field key; a task's name could have been rewritten by hand.
    boolean variableName = "name".equals(entry.getProperty())
        && org.camunda.bpm.engine.EntityTypes.VARIABLE.equals(entry.getEntityType());
    if (entry.getProperty() == null || !(variableName || SHOWN_PROPERTIES.contains(entry.getProperty()))) {
      return entry.getOrgValue() == null && entry.getNewValue() == null ? null : NOT_SHOWN;
    }
    return entry.getOrgValue() == null ? entry.getNewValue() : entry.getOrgValue() + " -> " + entry.getNewValue();
  }

  /** A decision field's value as long as it is one the field offers (a list: all of them); else not shown. */
  private static String offered(String value, Set<String> options) {
    if (value == null || options.isEmpty()) {
      return code(value);
    }
    if (options.contains(value)) {
      return value;
    }
    if (value.startsWith("[")) {
      try {
        List<String> chosen = new java.util.ArrayList<>();
        JSON.readTree(value).forEach(element -> chosen.add(element.isTextual() ? element.asText() : element.toString()));
        return options.containsAll(chosen) ? value : NOT_SHOWN;
      } catch (com.fasterxml.jackson.core.JsonProcessingException notAList) {
        return NOT_SHOWN;
      }
    }
    return NOT_SHOWN;
  }

  /** A code (high, approve, true), never a sentence: a decision table's reason retells the assessment. */
  private static String code(String value) {
    return value == null || CODE.matcher(value).matches() ? value : NOT_SHOWN;
  }

  /** The engine's own incident types; a custom type could carry any text. */
  private static String incidentType(HistoricIncident incident) {
    return KNOWN_INCIDENTS.contains(incident.getIncidentType()) ? incident.getIncidentType() : "custom";
  }

  /** Lists (checklists) stay in their stored JSON; nothing is deserialised. */
  static String text(TypedValue value) {
    if (value == null) {
      return null;
    }
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return serializable.getValueSerialized();
    }
    return value.getValue() == null ? null : value.getValue().toString();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
