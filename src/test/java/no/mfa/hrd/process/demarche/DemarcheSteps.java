package no.mfa.hrd.process.demarche;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Valid form values for each step of a démarche, to vary per scenario. */
public final class DemarcheSteps {

  private DemarcheSteps() {
  }

  public static Map<String, Object> start(String reaction, String urgency, String lifeOrHealthThreatened) {
    return Map.ofEntries(
        Map.entry("defenderName", "Amina Wanjiru"),
        Map.entry("defenderPseudonym", "Kestrel"),
        Map.entry("riskCategories", List.of("women", "environment")),
        Map.entry("incidentDescription", "Arrested after a protest against a mining concession."),
        Map.entry("incidentDate", "2026-11-20"),
        Map.entry("lifeOrHealthThreatened", lifeOrHealthThreatened),
        Map.entry("workThreatened", "yes"),
        Map.entry("familyConcerned", "no"),
        Map.entry("proposedReaction", reaction),
        Map.entry("reactionOutline", "Norway is concerned about the arrest and calls for due process."),
        Map.entry("urgency", urgency),
        Map.entry("coordination", "likeminded"));
  }

  public static Map<String, Object> start(String reaction) {
    return start(reaction, "normal", "no");
  }

  public static Map<String, Object> verify(String outcome) {
    Map<String, Object> values = new HashMap<>(Map.of(
        "sources", "Local partner organisation and court records",
        "verificationMethod", "Two independent sources",
        "factsVerified", outcome));
    if (outcome.equals("notVerifiable")) {
      values.put("notPursuedReason", "Sources contradict each other");
    }
    return values;
  }

  public static final Map<String, Object> LOW_RISK = Map.of(
      "currentThreats", "no",
      "reprisalAfterInternationalContact", "no",
      "previousThreats", "no",
      "perpetratorLink", "none",
      "generalEnvironment", "mixed",
      "marginalisedGroup", "no",
      "reprisalsForReporting", "no",
      "policeResponse", "protects",
      "protectionAvailable", "yes",
      "protectionDetails", "A national protection programme");

  public static final Map<String, Object> CRITICAL_RISK = Map.ofEntries(
      Map.entry("currentThreats", "yes"),
      Map.entry("currentThreatsDetails", "Death threats by members of the police"),
      Map.entry("threatCause", "Her testimony to a UN special rapporteur"),
      Map.entry("reprisalAfterInternationalContact", "yes"),
      Map.entry("previousThreats", "no"),
      Map.entry("perpetratorLink", "state"),
      Map.entry("generalEnvironment", "hostile"),
      Map.entry("marginalisedGroup", "yes"),
      Map.entry("reprisalsForReporting", "yes"),
      Map.entry("policeResponse", "complicit"),
      Map.entry("protectionAvailable", "no"));

  public static Map<String, Object> consent(String given) {
    Map<String, Object> values = new HashMap<>(Map.of(
        "consentFrom", "defender",
        "consentHow", "inPerson",
        "consentDate", "2026-11-22",
        "consentGiven", given));
    if (given.equals("yes")) {
      values.put("agreedChannel", "secureMessaging");
    }
    return values;
  }

  public static final Map<String, Object> COORDINATED = Map.of(
      "coordinationOutcome", "jointReaction", "likemindedMissions", List.of("sweden", "denmark"));

  public static final Map<String, Object> HR_ADVICE = Map.of(
      "hrRecommendation", "support", "hrAdvice", "Consistent with earlier responses; support.");

  public static Map<String, Object> approval(String decision) {
    return switch (decision) {
      case "reject", "returnForRevision" -> Map.of("approvalDecision", decision, "deskComment", "See our note.");
      case "consultHrSection" -> Map.of("approvalDecision", decision, "consultQuestion", "Is this consistent?");
      default -> Map.of("approvalDecision", decision);
    };
  }

  public static final Map<String, Object> REVISED = Map.of(
      "reactionOutline", "Norway calls for her immediate release.", "revisionNote", "Sharper ask");

  public static final Map<String, Object> DELIVERED = Map.of(
      "deliveredOn", "2026-11-25", "authority", "Ministry of Foreign Affairs, Human Rights Directorate",
      "deliveredBy", "Deputy head of mission", "deliveredJointlyWith", List.of("sweden"));

  public static Map<String, Object> informed(String proposeMultilateral) {
    return Map.of("informedOn", "2026-11-26", "informedWhom", "defender", "informedThrough", "secureMessaging",
        "proposeMultilateral", proposeMultilateral);
  }

  public static final Map<String, Object> REPORTED = Map.of(
      "authoritiesResponse", "The ministry promised to look into the case.", "effect", "tooEarly",
      "publicationView", "publish");

  public static Map<String, Object> acknowledged(String publication) {
    return Map.of("publicationDecision", publication, "deskProposesMultilateral", "no");
  }
}
