package no.mfa.hrd.identity;

import static no.mfa.hrd.identity.Grant.ANY;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The administrator and the camunda-admin group with every permission. Made here rather than by the
 * starter's admin-user properties, so that it happens under the start-up lock and two nodes starting
 * together do not both create it. An existing administrator keeps its password (change it in Admin).
 */
@Component
public class AdminAccount {

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final String adminId;
  private final String adminPassword;

  public AdminAccount(IdentityService identityService, AuthorizationService authorizationService,
      @Value("${hrd.admin.id}") String adminId, @Value("${hrd.admin.password:}") String adminPassword) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.adminId = adminId;
    this.adminPassword = adminPassword;
  }

  void ensureCreated() {
    String group = Role.ADMIN.groupId();
    if (identityService.createGroupQuery().groupId(group).count() == 0) {
      Group admins = identityService.newGroup(group);
      admins.setName(Role.ADMIN.label());
      admins.setType("SYSTEM");
      identityService.saveGroup(admins);
    }
    for (Resources resource : Resources.values()) {
      Grant.of(resource, ANY, Permissions.ALL).applyTo(authorizationService, group);
    }
    if (identityService.createUserQuery().userId(adminId).count() == 0) {
      User admin = identityService.newUser(adminId);
      admin.setFirstName("Service");
      admin.setLastName("Administrator");
      admin.setEmail(adminId + "@hrd-support.local");
      admin.setPassword(adminPassword);
      identityService.saveUser(admin);
    }
    if (identityService.createUserQuery().userId(adminId).memberOfGroup(group).count() == 0) {
      identityService.createMembership(adminId, group);
    }
  }
}
