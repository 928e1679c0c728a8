package no.mfa.hrd.casefile;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Who may read one case: the mission that owns it, the desk that serves that mission, and a role a
 * process opens it to at a step of its own ({@link CaseReaders}). Tasks are
 * granted to their candidate groups by the engine itself; the HR section and auditors read all
 * cases through their role-wide grants ({@code identity.StaffAccess}).
 *
 * <p>The grants are written the way the engine writes its own for tasks, inside the command that opens
 * the case. The grant on the history carries the case's root instance, as the engine's own history
 * grants do: when the case ends (removal-time strategy {@code end}) the engine gives it the case's
 * removal time, so the history cleanup removes it with the history. The grant on the running case
 * carries none, so a removal time set on a running case never takes its readers away; the engine
 * deletes it when the instance ends. The public authorization service cannot do this here: it looks
 * for the case's history, which is not yet written when the case starts.
 */
final class CaseAccess {

  private static final Map<Resource, Permission> READ = Map.of(
      PROCESS_INSTANCE, Permissions.READ,
      HISTORIC_PROCESS_INSTANCE, HistoricProcessInstancePermissions.READ);

  private CaseAccess() {
  }

  /** Opens a case that is starting: no grant can exist yet on an instance this new, so none is looked for. */
  static void grantStarting(DelegateExecution execution, String... groupIds) {
    grant(execution, false, groupIds);
  }

  /** Opens a running case to more groups; a group that may read it already gains nothing twice. */
  static void grantRunning(DelegateExecution execution, String... groupIds) {
    grant(execution, true, groupIds);
  }

  private static void grant(DelegateExecution execution, boolean mayExist, String... groupIds) {
    ExecutionEntity instance = (ExecutionEntity) execution.getProcessInstance();
    AuthorizationManager authorizations = Context.getCommandContext().getAuthorizationManager();
    Stream.of(groupIds).filter(Objects::nonNull).distinct().forEach(group -> READ.forEach((resource, permission) -> {
      AuthorizationEntity existing = mayExist
          ? authorizations.findAuthorizationByGroupIdAndResourceId(AUTH_TYPE_GRANT, group, resource, instance.getId())
          : null;
      if (existing == null) {
        authorizations.insert(newGrant(instance, group, resource, permission));
      } else if (!existing.isPermissionGranted(permission)) {
        existing.addPermission(permission);
        authorizations.update(existing);
      }
    }));
  }

  private static AuthorizationEntity newGrant(ExecutionEntity instance, String group, Resource resource,
      Permission permission) {
    AuthorizationEntity grant = new AuthorizationEntity(AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(resource);
    grant.setResourceId(instance.getId());
    grant.addPermission(permission);
    if (resource == HISTORIC_PROCESS_INSTANCE) {
      grant.setRootProcessInstanceId(instance.getRootProcessInstanceId());
    }
    return grant;
  }
}
