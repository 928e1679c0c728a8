package no.mfa.hrd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "mission-nairobi,      MISSION",
      "mission-addis-ababa,  MISSION",
      "desk-latin-america,   DESK",
      "hub-new-delhi,        HUB",
      "hub-abu-dhabi,        HUB",
      "section-hr,           SECTION_HR",
      "section-humanitarian, SECTION_HUMANITARIAN",
      "communication-unit,   COMMUNICATION_UNIT",
      "auditor,              AUDITOR",
      "camunda-admin,        ADMIN",
  })
  void groupsOfTheContractHaveTheirRole(String groupId, Role role) {
    assertThat(Role.of(groupId)).contains(role);
  }

  @ParameterizedTest
  @ValueSource(strings = {"mission-", "mission-Nairobi", "hub-oslo", "desk", "section-hr-extra", "missions", ""})
  void otherGroupsHaveNone(String groupId) {
    assertThat(Role.isRoleGroup(groupId)).isFalse();
  }

  @Test
  void theElevenHubsOfTheGuidelines() {
    assertThat(Role.HUB_CODES).hasSize(11).contains("new-york", "pretoria", "accra");
    assertThat(Role.MISSION.codeOf("mission-bogota")).isEqualTo("bogota");
    assertThat(Role.DESK.groupId("africa")).isEqualTo("desk-africa");
  }

  @Test
  void aUsersRolesComeFromTheirRoleGroupsOnly() {
    assertThat(Role.allOf(java.util.List.of("mission-nairobi", "section-hr", "hub-oslo", "book-club")))
        .containsExactlyInAnyOrder(Role.MISSION, Role.SECTION_HR);
  }
}
