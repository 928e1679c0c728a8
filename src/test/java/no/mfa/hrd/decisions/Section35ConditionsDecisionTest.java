package no.mfa.hrd.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The section35Conditions table for all eight combinations of the three conditions, straight from processes/. */
class Section35ConditionsDecisionTest {

  private static final Path MODEL = Path.of("processes/section35Conditions.dmn");
  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    try (InputStream in = Files.newInputStream(MODEL)) {
      decision = DMN.parseDecision("section35Conditions", in);
    }
  }

  @ParameterizedTest(name = "in danger {0}, asylum criteria {1}, Norwegian interests {2}: eligible {3}")
  @CsvSource(delimiter = '|', value = {
      "yes | yes | yes | true  | All three conditions are met",
      "yes | yes | no  | false | Of no significance to Norwegian interests",
      "yes | no  | yes | false | The Norwegian criteria for asylum not met",
      "yes | no  | no  | false | The Norwegian criteria for asylum not met; of no significance to Norwegian interests",
      "no  | yes | yes | false | Not in danger",
      "no  | yes | no  | false | Not in danger; of no significance to Norwegian interests",
      "no  | no  | yes | false | Not in danger; the Norwegian criteria for asylum not met",
      "no  | no  | no  | false | Not in danger; the Norwegian criteria for asylum not met; of no significance to Norwegian interests",
  })
  void allThreeConditionsAreRequiredAndTheUnmetOnesAreNamed(String inDanger, String asylum, String interests,
      boolean eligible, String unmet) {
    DmnDecisionTableResult result = DMN.evaluateDecisionTable(decision,
        Map.of("inDanger", inDanger, "asylumCriteriaMet", asylum, "norwegianInterests", interests));
    assertThat(result).hasSize(1);
    DmnDecisionRuleResult row = result.getSingleResult();
    assertThat(row.<Boolean>getEntry("eligible")).isEqualTo(eligible);
    assertThat(row.<String>getEntry("unmetConditions")).isEqualTo(unmet);
  }
}
