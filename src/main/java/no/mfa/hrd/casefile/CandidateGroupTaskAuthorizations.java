package no.mfa.hrd.casefile;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * A task's candidate groups may claim and complete it (TASK_WORK, the engine's default) and give it
 * back to the group after claiming it (unclaim, which takes TASK_ASSIGN). Assigning a task to anybody
 * else stays closed to staff: the engine boundary allows a claim for oneself only.
 *
 * <p>A task's people get no grant on its history (HISTORIC_TASK): the engine lets that grant read
 * every historic variable of the task's process instance, so a hub mission asked about one visa
 * would read the whole case for good. Who may read a case's history is decided per case
 * ({@code CaseAccess}) and per role ({@code identity.StaffAccess}).
 */
class CandidateGroupTaskAuthorizations extends DefaultAuthorizationProvider {

  @Override
  protected AuthorizationEntity[] createOrUpdateAuthorizations(Task task, String userId, String groupId) {
    AuthorizationEntity[] authorizations = super.createOrUpdateAuthorizations(task, userId, groupId);
    return authorizations == null ? null : java.util.Arrays.stream(authorizations)
        .filter(authorization -> authorization.getResourceType() != Resources.HISTORIC_TASK.resourceType())
        .toArray(AuthorizationEntity[]::new);
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    AuthorizationEntity[] authorizations = super.newTaskGroupIdentityLink(task, groupId, type);
    if (authorizations != null) {
      for (AuthorizationEntity authorization : authorizations) {
        if (authorization.getResourceType() == Resources.TASK.resourceType()) {
          authorization.addPermission(TaskPermissions.TASK_ASSIGN);
        }
      }
    }
    return authorizations;
  }
}
