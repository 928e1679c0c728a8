package no.mfa.hrd.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The riskLevel table row by row: each row is hit by a case made for it, and only the first match counts. */
class RiskLevelDecisionTest {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("processes/riskLevel.dmn"))) {
      decision = DMN.parseDecision("riskLevel", in);
    }
  }

  @ParameterizedTest(name = "row {0}: {7}")
  @CsvSource({
      // row, current, life/health, perpetrator, police,         previous, protection, level
      "1, yes, yes, state,              protects,        no,  yes,     critical",
      "1, yes, yes, stateAndArmedGroup, protects,        no,  yes,     critical",
      "2, yes, yes, none,               complicit,       no,  yes,     critical",
      "2, yes, yes, unknown,            noResponse,      no,  yes,     critical",
      "3, yes, no,  armedGroup,         protects,        no,  yes,     high",
      "4, yes, yes, none,               investigatesOnly, no, yes,     high",
      "5, yes, no,  none,               noResponse,      no,  yes,     high",
      "6, yes, no,  none,               protects,        yes, yes,     medium",
      "6, yes, no,  unknown,            investigatesOnly, no, unknown, medium",
      "7, no,  yes, state,              complicit,       yes, no,      medium",
      "7, no,  no,  none,               protects,        yes, unknown, medium",
      "8, no,  no,  none,               protects,        yes, yes,     low",
      "8, no,  yes, state,              complicit,       no,  no,      low",
  })
  void eachRowGivesItsLevelAndReason(int row, String current, String lifeOrHealth, String perpetrator, String police,
      String previous, String protection, String level) {
    DmnDecisionRuleResult result = DMN.evaluateDecisionTable(decision, Map.of(
        "currentThreats", current, "lifeOrHealthThreatened", lifeOrHealth, "perpetratorLink", perpetrator,
        "policeResponse", police, "previousThreats", previous, "protectionAvailable", protection)).getFirstResult();

    assertThat(result.<String>getEntry("riskLevel")).isEqualTo(level);
    assertThat(result.<String>getEntry("riskReason")).isEqualTo(REASONS.get(row));
  }

  private static final Map<Integer, String> REASONS = Map.of(
      1, "Current threats to life or health from actors linked to the state or armed groups",
      2, "Current threats to life or health, and the police do not protect",
      3, "Current threats from actors linked to the state or armed groups",
      4, "Current threats to life or health",
      5, "Current threats, and the police do not protect",
      6, "Current threats; the police protect and no state or armed group is linked",
      7, "Earlier threats, and no other protection is known",
      8, "No current threats");
}
