package no.mfa.hrd.casefile;

import no.mfa.hrd.identity.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Opens a case to one more role group, at the step where the guidelines bring that role in (the
 * Section for Humanitarian Affairs once a section 35 request goes to the Ministry), and not before:
 * the group may read the case and its history from then on. Parameterised by the input parameter
 * {@code caseReaderGroup}, a role group.
 */
@Component("grantCaseRead")
public class CaseReaders implements JavaDelegate {

  public static final String GROUP = "caseReaderGroup";

  @Override
  public void execute(DelegateExecution execution) {
    Object group = execution.getVariableLocal(GROUP);
    if (!(group instanceof String groupId) || !Role.isRoleGroup(groupId)) {
      throw new IllegalArgumentException(GROUP + " must name a role group");
    }
    // Granting is the service's business, not the permission of the user whose step led here.
    Context.getCommandContext().runWithoutAuthorization(() -> {
      CaseAccess.grantRunning(execution, groupId);
      return null;
    });
  }
}
