package no.mfa.hrd.audit;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.mfa.hrd.casefile.AsService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erases the personal data of one case (GDPR): the values of its personal fields and of what processes
 * derive from them, at runtime and in history, including the copies the engine keeps of each form
 * submission; free-text comments and attachments on its tasks go too. The procedural trail stays: who
 * did what and when, and the decisions (decision fields are never personal, which the model check holds).
 * A running case goes on; a step that shows an erased field shows it empty.
 */
@Component
class Erasure {

  /** What was erased: counts and field names, never values. */
  record Result(Set<String> fields, int runtimeValues, int historyValues, int formEntries, int commentsAndAttachments) {
    String describe() {
      return runtimeValues + " runtime values, " + historyValues + " history values, " + formEntries
          + " form entries, " + commentsAndAttachments + " comments and attachments; fields " + String.join(", ", fields);
    }
  }

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final RepositoryService repository;
  private final CaseFields caseFields;
  private final ManagementService management;
  private final JdbcTemplate jdbc;

  Erasure(RuntimeService runtime, TaskService tasks, HistoryService history, RepositoryService repository,
      CaseFields caseFields, ManagementService management, JdbcTemplate jdbc) {
    this.management = management;
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.repository = repository;
    this.caseFields = caseFields;
  }

  /** Call as the service (inside {@link AsService}): it is one transaction, all or nothing. */
  Result erase(List<HistoricProcessInstance> instances) {
    String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    // One erasure of a case at a time, on every node: the next one waits, then finds what is left.
    jdbc.queryForList("select ID_ from " + management.getTableName(HistoricProcessInstanceEntity.class)
        + " where ID_ = ? for update", String.class, ids[0]);
    Set<String> personal = caseFields.personal(instances.stream()
        .map(instance -> repository.getProcessDefinition(instance.getProcessDefinitionId()).getDeploymentId())
        .distinct().toList());
    Set<String> erased = new TreeSet<>();
    String[] names = personal.toArray(String[]::new);

    int runtimeValues = 0;
    for (VariableInstance variable : runtime.createVariableInstanceQuery().processInstanceIdIn(ids)
        .variableNameIn(names).disableBinaryFetching().disableCustomObjectDeserialization().list()) {
      if (variable.getTaskId() != null) {
        tasks.removeVariableLocal(variable.getTaskId(), variable.getName());
      } else {
        runtime.removeVariableLocal(variable.getExecutionId(), variable.getName());
      }
      erased.add(variable.getName());
      runtimeValues++;
    }

    int historyValues = 0;
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
        .variableNameIn(names).includeDeleted().disableBinaryFetching().disableCustomObjectDeserialization().list()) {
      // Removes the variable's history with every earlier value it had.
      history.deleteHistoricVariableInstance(variable.getId());
      erased.add(variable.getName());
      historyValues++;
    }

    int formEntries = 0;
    for (HistoricDetail detail : history.createHistoricDetailQuery().formFields().processInstanceIdIn(ids)
        .disableBinaryFetching().list()) {
      if (detail instanceof HistoricFormField field && personal.contains(field.getFieldId())) {
        // The engine's copy of a form submission has no API of its own to remove it; its own statement does.
        Context.getCommandContext().getDbEntityManager()
            .delete(HistoricDetailEventEntity.class, "deleteHistoricDetailVariableInstanceUpdate", detail.getId());
        erased.add(field.getFieldId());
        formEntries++;
      }
    }

    // Comments and attachments are free text and files: all of them go, also on ended processes (which the
    // task API refuses), with the engine's own statements, tasks' ones included.
    Set<String> commentsAndAttachmentIds = new java.util.HashSet<>();
    for (String id : ids) {
      tasks.getProcessInstanceComments(id).forEach(comment -> commentsAndAttachmentIds.add(comment.getId()));
      tasks.getProcessInstanceAttachments(id).forEach(attachment -> commentsAndAttachmentIds.add(attachment.getId()));
    }
    List.of(ids).forEach(id -> history.createHistoricTaskInstanceQuery().processInstanceId(id).list().forEach(task -> {
      tasks.getTaskComments(task.getId()).forEach(comment -> commentsAndAttachmentIds.add(comment.getId()));
      tasks.getTaskAttachments(task.getId()).forEach(attachment -> commentsAndAttachmentIds.add(attachment.getId()));
    }));
    int commentsAndAttachments = commentsAndAttachmentIds.size();
    List<String> idList = List.of(ids);
    CommandContext command = Context.getCommandContext();
    command.getCommentManager().deleteCommentsByProcessInstanceIds(idList);
    command.getCommentManager().deleteCommentsByTaskProcessInstanceIds(idList);
    command.getAttachmentManager().deleteAttachmentsByProcessInstanceIds(idList);
    command.getAttachmentManager().deleteAttachmentsByTaskProcessInstanceIds(idList);
    return new Result(erased, runtimeValues, historyValues, formEntries, commentsAndAttachments);
  }
}
