package no.mfa.hrd.audit;

import java.util.List;
import no.mfa.hrd.identity.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Who may use the audits: by role, whatever the case, since trails and reports carry no personal data. */
@Component
public class AuditReaders {

  public static final List<Role> TRAIL_READERS = List.of(Role.AUDITOR, Role.SECTION_HR, Role.ADMIN);
  public static final List<Role> ERASERS = List.of(Role.SECTION_HR, Role.ADMIN);

  private final IdentityService identity;

  AuditReaders(IdentityService identity) {
    this.identity = identity;
  }

  /** @return the user's id; 401 without a login, 403 without one of the roles */
  public String require(List<Role> roles, String refusal) {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
    }
    boolean allowed = user.getGroupIds() != null
        && user.getGroupIds().stream().anyMatch(group -> roles.stream().anyMatch(role -> role.matches(group)));
    if (!allowed) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, refusal);
    }
    return user.getUserId();
  }
}
