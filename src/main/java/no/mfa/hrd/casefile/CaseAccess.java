package no.mfa.hrd.casefile;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import no.mfa.hrd.identity.Grant;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;

/**
 * Who may read one case: the mission that owns it, the desk that serves that mission, and a role a
 * process opens it to at a step of its own ({@link CaseReaders}). Tasks are
 * granted to their candidate groups by the engine itself; the HR section and auditors read all
 * cases through their role-wide grants ({@code identity.StaffAccess}).
 */
final class CaseAccess {

  private CaseAccess() {
  }

  static void grant(AuthorizationService authorizations, String processInstanceId, String... groupIds) {
    List<Grant> grants = List.of(
        Grant.of(PROCESS_INSTANCE, processInstanceId, READ),
        Grant.of(HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ));
    Stream.of(groupIds).filter(Objects::nonNull).distinct()
        .forEach(group -> grants.forEach(grant -> grant.applyTo(authorizations, group)));
  }
}
