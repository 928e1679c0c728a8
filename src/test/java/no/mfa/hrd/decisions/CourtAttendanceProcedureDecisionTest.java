package no.mfa.hrd.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The courtAttendanceProcedure table, row by row, straight from processes/. */
class CourtAttendanceProcedureDecisionTest {

  private static final Path MODEL = Path.of("processes/courtAttendanceProcedure.dmn");
  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  /** The values the court observation's forms offer as a procedure. */
  private static final Set<String> PROCEDURES = Set.of("inform", "requestPermission");
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    try (InputStream in = Files.newInputStream(MODEL)) {
      decision = DMN.parseDecision("courtAttendanceProcedure", in);
    }
  }

  @ParameterizedTest(name = "{0} {1}s")
  @CsvSource({
      "mission-nairobi, requestPermission",
      "mission-bogota,  inform",
  })
  void eachMissionHasItsStandingProcedure(String mission, String procedure) {
    DmnDecisionTableResult result = DMN.evaluateDecisionTable(decision, Map.of("missionGroup", mission));
    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().<String>getEntry("attendanceProcedure")).isEqualTo(procedure);
    assertThat(result.getSingleResult().<String>getEntry("procedureNote")).isNotBlank();
  }

  @Test
  void aMissionWithoutARowGetsNoProcedure() {
    assertThat(DMN.evaluateDecisionTable(decision, Map.of("missionGroup", "mission-ankara"))).isEmpty();
  }

  @Test
  void everyRowNamesAProcedureTheFormsOffer() throws IOException {
    for (Rule rule : Dmn.readModelFromFile(MODEL.toFile()).getModelElementsByType(Rule.class)) {
      String procedure = rule.getOutputEntries().iterator().next().getTextContent().replace("\"", "");
      assertThat(PROCEDURES).as(rule.getId()).contains(procedure);
    }
  }
}
