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
 */
class CandidateGroupTaskAuthorizations extends DefaultAuthorizationProvider {

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
