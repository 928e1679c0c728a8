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
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

  @ParameterizedTest(name = "row {0}: {13}")
  @CsvSource({
      // row, current, life, perpetrator, police, previous, protection, afterContact, reporting, contactEndangers,
      //   harmsWork, environment, marginalised, level
      " 1, no,  yes, state,              protects,         no,  yes,     no,      no,      no,      no,      mixed,   no,  critical",
      " 1, yes, yes, stateAndArmedGroup, protects,         no,  yes,     no,      no,      no,      no,      mixed,   no,  critical",
      " 2, no,  yes, none,               complicit,        no,  yes,     no,      no,      no,      no,      mixed,   no,  critical",
      " 2, yes, yes, unknown,            noResponse,       no,  yes,     no,      no,      no,      no,      mixed,   no,  critical",
      " 3, yes, no,  armedGroup,         protects,         no,  yes,     no,      no,      no,      no,      mixed,   no,  high",
      " 4, yes, yes, none,               investigatesOnly, no,  yes,     no,      no,      no,      no,      mixed,   no,  high",
      // A threatened life is never low because "current threats" was not ticked.
      " 4, no,  yes, none,               protects,         no,  yes,     no,      no,      no,      no,      mixed,   no,  high",
      " 5, yes, no,  none,               noResponse,       no,  yes,     no,      no,      no,      no,      mixed,   no,  high",
      " 6, no,  no,  none,               protects,         no,  yes,     yes,     no,      no,      no,      mixed,   no,  high",
      " 7, no,  no,  none,               protects,         no,  yes,     unknown, no,      yes,     no,      mixed,   no,  high",
      " 8, yes, no,  none,               protects,         yes, yes,     no,      yes,     no,      yes,     hostile, yes, medium",
      " 8, yes, no,  unknown,            investigatesOnly, no,  unknown, unknown, no,      no,      no,      mixed,   no,  medium",
      " 9, no,  no,  none,               protects,         no,  yes,     no,      yes,     no,      yes,     mixed,   no,  medium",
      "10, no,  no,  none,               protects,         yes, no,      no,      unknown, no,      yes,     mixed,   no,  medium",
      "11, no,  no,  none,               protects,         no,  yes,     no,      no,      no,      no,      hostile, yes, medium",
      "12, no,  no,  none,               protects,         yes, no,      no,      unknown, unknown, unknown, hostile, no,  medium",
      "13, no,  no,  state,              complicit,        no,  no,      unknown, unknown, no,      unknown, mixed,   yes, medium",
      "14, no,  no,  none,               protects,         yes, unknown, no,      no,      no,      unknown, enabling, no, medium",
      "14, no,  no,  state,              complicit,        yes, no,      no,      no,      no,      no,      mixed,   no,  medium",
      "15, no,  no,  none,               protects,         yes, yes,     no,      no,      no,      no,      hostile, no,  low",
      "15, no,  no,  state,              complicit,        no,  no,      no,      unknown, no,      unknown, restrictive, yes, low",
  })
  void eachRowGivesItsLevelAndReason(int row, String current, String lifeOrHealth, String perpetrator, String police,
      String previous, String protection, String afterContact, String reporting, String contactEndangers,
      String harmsWork, String environment, String marginalised, String level) {
    Map<String, Object> answers = new java.util.HashMap<>();
    answers.put("currentThreats", current);
    answers.put("lifeOrHealthThreatened", lifeOrHealth);
    answers.put("perpetratorLink", perpetrator);
    answers.put("policeResponse", police);
    answers.put("previousThreats", previous);
    answers.put("protectionAvailable", protection);
    answers.put("reprisalAfterInternationalContact", afterContact);
    answers.put("reprisalsForReporting", reporting);
    answers.put("contactEndangersDefender", contactEndangers);
    answers.put("interventionHarmsWork", harmsWork);
    answers.put("generalEnvironment", environment);
    answers.put("marginalisedGroup", marginalised);
    DmnDecisionRuleResult result = DMN.evaluateDecisionTable(decision, answers).getFirstResult();

    assertThat(result.<String>getEntry("riskLevel")).isEqualTo(level);
    assertThat(result.<String>getEntry("riskReason")).isEqualTo(REASONS.get(row));
  }

  @Test
  void everyRowIsTestedAbove() {
    assertThat(decision.getDecisionLogic()).isInstanceOf(DmnDecisionTableImpl.class);
    assertThat(((DmnDecisionTableImpl) decision.getDecisionLogic()).getRules())
        .hasSize(REASONS.size());
  }

  private static final Map<Integer, String> REASONS = Map.ofEntries(
      Map.entry(1, "Life or health threatened by actors linked to the state or armed groups"),
      Map.entry(2, "Life or health threatened, and the police do not protect"),
      Map.entry(3, "Current threats from actors linked to the state or armed groups"),
      Map.entry(4, "Life or health threatened"),
      Map.entry(5, "Current threats, and the police do not protect"),
      Map.entry(6, "Reprisals have followed contact with diplomatic missions or international organisations"),
      Map.entry(7, "Contact could lead to reactions against the defender or their family"),
      Map.entry(8, "Current threats, with no known link to the state or armed groups, and the police respond"),
      Map.entry(9, "Defenders who report to international bodies face reprisals"),
      Map.entry(10, "An intervention could harm the defender's work"),
      Map.entry(11, "A defender from a marginalised group in a hostile environment for defenders"),
      Map.entry(12, "Not known whether contact could lead to reactions against the defender or their family"),
      Map.entry(13, "Not known whether reprisals have followed contact with diplomatic missions or international organisations"),
      Map.entry(14, "Earlier threats, and no other protection is known"),
      Map.entry(15, "No current threats, and no sign that contact or an intervention would cause harm"));
}
