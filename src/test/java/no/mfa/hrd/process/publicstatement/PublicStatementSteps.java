package no.mfa.hrd.process.publicstatement;

import java.util.Map;

/** Valid form values for each step of a public statement, to vary per scenario. */
public final class PublicStatementSteps {

  private PublicStatementSteps() {
  }

  public static final Map<String, Object> STATEMENT_DRAFT = Map.of(
      "statementChannel", "pressRelease", "statementDraft", "Norway is concerned about the arrest.",
      "statementPurpose", "Visibility gives protection");

  public static Map<String, Object> statementSecurity(String consent) {
    return Map.of("exposureRisks", "Low: already public", "statementConsentFrom", "defender",
        "statementConsent", consent);
  }

  public static Map<String, Object> statementDecision(String decision) {
    return decision.equals("approve")
        ? Map.of("statementDecision", decision)
        : Map.of("statementDecision", decision, "statementComment", "Shorter, please.");
  }

  public static final Map<String, Object> STATEMENT_REVISED = Map.of(
      "statementDraft", "Norway is concerned.", "statementRevisionNote", "Shortened");

  public static final Map<String, Object> PUBLISHED = Map.of(
      "publisher", "ministry", "publishedOn", "2026-11-27", "publishedChannel", "pressRelease",
      "publishedLink", "https://www.regjeringen.no/en/statement");

  public static final Map<String, Object> STATEMENT_INFORMED = Map.of(
      "informedOn", "2026-11-28", "informedThrough", "secureMessaging");
}
