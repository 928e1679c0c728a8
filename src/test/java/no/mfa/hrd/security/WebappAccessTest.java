package no.mfa.hrd.security;

import static org.assertj.core.api.Assertions.assertThat;

import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.support.WebappSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

/** Which role may use which webapp: Tasklist for staff, Cockpit for the HR section and auditors, Admin for admins. */
@ServiceTest
class WebappAccessTest {

  @LocalServerPort int port;

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @CsvSource({
      "mission.nairobi,      tasklist, 200",
      "mission.nairobi,      cockpit,  403",
      "mission.nairobi,      admin,    403",
      "desk.africa,          tasklist, 200",
      "desk.africa,          cockpit,  403",
      "hub.new-york,         tasklist, 200",
      "comms,                tasklist, 200",
      "humanitarian.section, tasklist, 200",
      "hr.section,           tasklist, 200",
      "hr.section,           cockpit,  200",
      "hr.section,           admin,    403",
      "auditor,              cockpit,  200",
      "auditor,              tasklist, 403",
      "auditor,              admin,    403",
  })
  void eachRoleUsesItsWebapps(String user, String app, int status) {
    assertThat(WebappSession.login(port, app, user, "demo").loginStatus()).isEqualTo(status);
  }

  @Test
  void onlyTheAdministratorUsesAdmin() {
    assertThat(WebappSession.login(port, "admin", "admin", "admin").loginStatus()).isEqualTo(200);
  }

  @Test
  void healthIncludesTheDatabase() {
    String health = RestClient.create("http://localhost:" + port).get().uri("/actuator/health")
        .retrieve().body(String.class);
    assertThat(health).contains("\"status\":\"UP\"").contains("\"db\":{\"status\":\"UP\"");
  }
}
