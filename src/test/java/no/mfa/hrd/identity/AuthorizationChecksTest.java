package no.mfa.hrd.identity;

import static no.mfa.hrd.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.List;
import java.util.Map;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.support.EngineRest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.util.ReflectionTestUtils;

/** Authorization checks give the engine's answers without first reading the groups of every grant. */
@ServiceTest
class AuthorizationChecksTest {

  /** A group of the user's that has no grant at all. */
  private static final String UNGRANTED = "reading-circle";

  @LocalServerPort int port;
  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired IdentityService identityService;

  @Test
  void aUsersGroupsAreCheckedAsTheyAreAndTheGrantsOfAllGroupsAreNeverRead() {
    String nairobiCase = open("mission.nairobi");
    String bogotaCase = open("mission.bogota");
    identityService.setAuthentication("mission.nairobi", List.of("mission-nairobi", UNGRANTED, "mission-nairobi"));
    try {
      configuration.getCommandExecutorTxRequired().execute(context -> {
        AuthorizationManager checks = context.getAuthorizationManager();
        assertThat(checks).isInstanceOf(AuthorizationChecks.class);
        assertThat(checks.filterAuthenticatedGroupIds(List.of("mission-nairobi", UNGRANTED, "mission-nairobi")))
            .containsExactly("mission-nairobi", UNGRANTED);

        assertThat(checks.isAuthorized(READ, PROCESS_INSTANCE, nairobiCase)).as("its own case").isTrue();
        assertThat(checks.isAuthorized(READ, PROCESS_INSTANCE, bogotaCase)).as("another mission's").isFalse();
        AuthorizationManager enginesOwn = new AuthorizationManager();
        for (String instance : List.of(nairobiCase, bogotaCase)) {
          assertThat(checks.isAuthorized(READ, PROCESS_INSTANCE, instance)).as("the engine's own answer")
              .isEqualTo(enginesOwn.isAuthorized(READ, PROCESS_INSTANCE, instance));
        }
        assertThat(context.getProcessEngineConfiguration().getRuntimeService().createProcessInstanceQuery()
            .list()).extracting(instance -> instance.getId()).contains(nairobiCase).doesNotContain(bogotaCase);
        assertThat(ReflectionTestUtils.getField(checks, "availableAuthorizedGroupIds"))
            .as("the groups of all grants, which the engine would have read first").isNull();
        return null;
      });
    } finally {
      identityService.clearAuthentication();
    }
  }

  private String open(String clerk) {
    EngineRest.Response started = EngineRest.as(port, clerk, "demo").post("/process-definition/key/caseFileTest/submit-form",
        Map.of("variables", variables(Map.of("summary", "s")).get("variables")));
    assertThat(started.code()).as(started.body().toString()).isEqualTo(200);
    return started.body().get("id").asText();
  }
}
