package no.mfa.hrd.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.mfa.hrd.identity.Role;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The missionRouting table, row by row, straight from processes/. */
class MissionRoutingDecisionTest {

  private static final Path MODEL = Path.of("processes/missionRouting.dmn");
  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    try (InputStream in = Files.newInputStream(MODEL)) {
      decision = DMN.parseDecision("missionRouting", in);
    }
  }

  @ParameterizedTest(name = "mission-{0} serves {1}, desk {2}")
  @CsvSource({
      "nairobi, Kenya,    desk-africa",
      "bogota,  Colombia, desk-latin-america",
      "ankara,  Türkiye,  desk-europe",
  })
  void eachMissionIsRoutedToItsDesk(String mission, String country, String desk) {
    DmnDecisionTableResult result = DMN.evaluateDecisionTable(decision, Map.of("missionCode", mission));
    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().<String>getEntry("country")).isEqualTo(country);
    assertThat(result.getSingleResult().<String>getEntry("deskGroup")).isEqualTo(desk);
  }

  @Test
  void anUnknownMissionMatchesNoRow() {
    assertThat(DMN.evaluateDecisionTable(decision, Map.of("missionCode", "oslo"))).isEmpty();
  }

  @Test
  void everyRowNamesADeskGroup() throws IOException {
    DmnModelInstance model = Dmn.readModelFromFile(MODEL.toFile());
    for (Rule rule : model.getModelElementsByType(Rule.class)) {
      OutputEntry desk = rule.getOutputEntries().stream().skip(1).findFirst().orElseThrow();
      String group = desk.getText().getTextContent().replace("\"", "");
      assertThat(Role.DESK.matches(group)).as("rule %s routes to %s", rule.getId(), group).isTrue();
    }
  }
}
