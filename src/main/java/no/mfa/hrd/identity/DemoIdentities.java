package no.mfa.hrd.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo organisation: three missions, their desks, the sections, three hubs' users and an auditor,
 * each with the password "demo". Created idempotently; never in production.
 */
@Component
@Profile("!production")
public class DemoIdentities {

  static final String DEMO_PASSWORD = "demo";

  record DemoGroup(String id, String name, Role role) {}

  record DemoUser(String id, String firstName, String lastName, String groupId) {}

  static final List<DemoGroup> GROUPS = List.of(
      new DemoGroup("mission-nairobi", "Embassy in Nairobi (Kenya)", Role.MISSION),
      new DemoGroup("mission-bogota", "Embassy in Bogotá (Colombia)", Role.MISSION),
      new DemoGroup("mission-ankara", "Embassy in Ankara (Türkiye)", Role.MISSION),
      new DemoGroup("desk-africa", "Country desk, Africa", Role.DESK),
      new DemoGroup("desk-latin-america", "Country desk, Latin America", Role.DESK),
      new DemoGroup("desk-europe", "Country desk, Europe", Role.DESK),
      new DemoGroup("section-hr", Role.SECTION_HR.label(), Role.SECTION_HR),
      new DemoGroup("section-humanitarian", Role.SECTION_HUMANITARIAN.label(), Role.SECTION_HUMANITARIAN),
      new DemoGroup("communication-unit", Role.COMMUNICATION_UNIT.label(), Role.COMMUNICATION_UNIT),
      new DemoGroup("auditor", Role.AUDITOR.label(), Role.AUDITOR));

  static final List<DemoUser> USERS = List.of(
      new DemoUser("mission.nairobi", "Mission", "Nairobi", "mission-nairobi"),
      new DemoUser("mission.bogota", "Mission", "Bogotá", "mission-bogota"),
      new DemoUser("mission.ankara", "Mission", "Ankara", "mission-ankara"),
      new DemoUser("desk.africa", "Desk", "Africa", "desk-africa"),
      new DemoUser("desk.latin-america", "Desk", "Latin America", "desk-latin-america"),
      new DemoUser("desk.europe", "Desk", "Europe", "desk-europe"),
      new DemoUser("hr.section", "Human Rights", "Section", "section-hr"),
      new DemoUser("humanitarian.section", "Humanitarian", "Section", "section-humanitarian"),
      new DemoUser("comms", "Communication", "Unit", "communication-unit"),
      new DemoUser("hub.nairobi", "Hub", "Nairobi", "hub-nairobi"),
      new DemoUser("hub.ankara", "Hub", "Ankara", "hub-ankara"),
      new DemoUser("hub.new-york", "Hub", "New York", "hub-new-york"),
      new DemoUser("auditor", "Process", "Auditor", "auditor"));

  private final IdentityService identityService;

  public DemoIdentities(IdentityService identityService) {
    this.identityService = identityService;
  }

  public void ensureCreated() {
    GROUPS.forEach(group -> ensureGroup(group.id(), group.name(), group.role()));
    // Every hub exists as a group, so hub routing has a target for each; three have demo users.
    Role.HUB_CODES.forEach(code -> ensureGroup(Role.HUB.groupId(code), "Hub mission " + code, Role.HUB));
    USERS.forEach(this::ensureUser);
  }

  private void ensureGroup(String id, String name, Role role) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(role.name().toLowerCase());
      identityService.saveGroup(group);
    }
  }

  private void ensureUser(DemoUser demo) {
    if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
      User user = identityService.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@example.org");
      user.setPassword(DEMO_PASSWORD);
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(demo.groupId()).count() == 0) {
      identityService.createMembership(demo.id(), demo.groupId());
    }
  }
}
