package no.mfa.hrd.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The roles of the guidelines as Camunda groups. The group ids are a contract (CONVENTIONS.md):
 * roles with a prefix have one group per mission, desk or hub; the others are single groups.
 */
public enum Role {
  MISSION("mission-", "Mission"),
  DESK("desk-", "Country desk"),
  HUB("hub-", "Regional hub mission"),
  SECTION_HR("section-hr", "Section for Human Rights, Democracy and Gender Equality"),
  SECTION_HUMANITARIAN("section-humanitarian", "Section for Humanitarian Affairs"),
  COMMUNICATION_UNIT("communication-unit", "Communication Unit"),
  AUDITOR("auditor", "Auditors"),
  ADMIN("camunda-admin", "Administrators");

  /** The regional hub missions for immigration affairs named in the guidelines. */
  public static final Set<String> HUB_CODES = Set.of(
      "abu-dhabi", "accra", "amman", "ankara", "bangkok", "beijing",
      "london", "nairobi", "new-delhi", "new-york", "pretoria");

  private static final String CODE_PATTERN = "[a-z]+(-[a-z]+)*";

  private final String groupIdOrPrefix;
  private final String label;

  Role(String groupIdOrPrefix, String label) {
    this.groupIdOrPrefix = groupIdOrPrefix;
    this.label = label;
  }

  public boolean isPerUnit() {
    return groupIdOrPrefix.endsWith("-");
  }

  public String label() {
    return label;
  }

  /** The group id of a single-group role. */
  public String groupId() {
    if (isPerUnit()) {
      throw new IllegalStateException(name() + " has one group per unit; use groupId(code)");
    }
    return groupIdOrPrefix;
  }

  /** The group id of one mission, desk or hub. */
  public String groupId(String code) {
    if (!isPerUnit()) {
      throw new IllegalStateException(name() + " is a single group");
    }
    return groupIdOrPrefix + code;
  }

  /** Whether the group belongs to this role. */
  public boolean matches(String groupId) {
    if (groupId == null) {
      return false;
    }
    if (!isPerUnit()) {
      return groupIdOrPrefix.equals(groupId);
    }
    if (!groupId.startsWith(groupIdOrPrefix)) {
      return false;
    }
    String code = groupId.substring(groupIdOrPrefix.length());
    return this == HUB ? HUB_CODES.contains(code) : code.matches(CODE_PATTERN);
  }

  /** The unit code of a per-unit group, e.g. "nairobi" for "mission-nairobi". */
  public String codeOf(String groupId) {
    if (!isPerUnit() || !matches(groupId)) {
      throw new IllegalArgumentException("not a group of role " + name());
    }
    return groupId.substring(groupIdOrPrefix.length());
  }

  public static Optional<Role> of(String groupId) {
    return Arrays.stream(values()).filter(role -> role.matches(groupId)).findFirst();
  }

  /** The roles of these groups; groups of no role count for nothing. */
  public static Set<Role> allOf(java.util.Collection<String> groupIds) {
    Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
    groupIds.forEach(groupId -> of(groupId).ifPresent(roles::add));
    return roles;
  }

  public static boolean isRoleGroup(String groupId) {
    return of(groupId).isPresent();
  }

  /** The staff roles that work in Tasklist. */
  public static List<Role> staff() {
    return List.of(MISSION, DESK, HUB, SECTION_HR, SECTION_HUMANITARIAN, COMMUNICATION_UNIT);
  }
}
