package no.mfa.hrd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import no.mfa.hrd.ServiceTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A mission group an administrator adds in Admin gets its role's grants without a restart. */
@ServiceTest
class StaffAccessTest {

  private static final String NEW_MISSION = "mission-addis-ababa";

  @Autowired StaffAccess staffAccess;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;

  @AfterEach
  void removeTheGroup() {
    identityService.deleteGroup(NEW_MISSION);
    authorizationService.createAuthorizationQuery().groupIdIn(NEW_MISSION).list()
        .forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
  }

  @Test
  void aGroupAddedLaterGetsItsRolesGrantsAtTheNextSynchronisation() {
    Group group = identityService.newGroup(NEW_MISSION);
    group.setName("Embassy in Addis Ababa");
    identityService.saveGroup(group);
    assertThat(mayStartDemarche()).isFalse();

    staffAccess.synchronise();
    long grants = authorizationService.createAuthorizationQuery().groupIdIn(NEW_MISSION).count();
    staffAccess.synchronise();

    assertThat(mayStartDemarche()).isTrue();
    assertThat(authorizationService.isUserAuthorized("someone", java.util.List.of(NEW_MISSION), Permissions.ACCESS,
        Resources.APPLICATION, "tasklist")).isTrue();
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn(NEW_MISSION).count())
        .as("synchronising again adds nothing").isEqualTo(grants);
  }

  private boolean mayStartDemarche() {
    Authorization grant = authorizationService.createAuthorizationQuery().groupIdIn(NEW_MISSION)
        .resourceType(Resources.PROCESS_DEFINITION).resourceId("demarche").singleResult();
    return grant != null && grant.isPermissionGranted(Permissions.CREATE_INSTANCE);
  }
}
