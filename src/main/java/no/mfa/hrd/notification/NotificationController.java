package no.mfa.hrd.notification;

import java.util.List;
import no.mfa.hrd.identity.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The notification outbox, for administrators and the HR section: what was sent, or would have been. */
@RestController
@RequestMapping("/api/notifications")
public class NotificationController {

  private final NotificationOutbox outbox;
  private final IdentityService identityService;

  public NotificationController(NotificationOutbox outbox, IdentityService identityService) {
    this.outbox = outbox;
    this.identityService = identityService;
  }

  @GetMapping
  public List<NotificationOutbox.Row> list(@RequestParam(required = false) String caseReference,
      @RequestParam(defaultValue = "100") int limit) {
    Authentication user = identityService.getCurrentAuthentication();
    boolean allowed = user != null && user.getGroupIds() != null && user.getGroupIds().stream()
        .anyMatch(group -> Role.ADMIN.matches(group) || Role.SECTION_HR.matches(group));
    if (!allowed) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The outbox is for administrators and section-hr");
    }
    if (limit < 1 || limit > 1000) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit: must be between 1 and 1000");
    }
    return outbox.list(caseReference, limit);
  }
}
