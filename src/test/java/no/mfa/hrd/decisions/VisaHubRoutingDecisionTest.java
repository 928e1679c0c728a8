package no.mfa.hrd.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.mfa.hrd.identity.Role;
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

/** The visaHubRouting table, row by row, straight from processes/. */
class VisaHubRoutingDecisionTest {

  private static final Path MODEL = Path.of("processes/visaHubRouting.dmn");
  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    try (InputStream in = Files.newInputStream(MODEL)) {
      decision = DMN.parseDecision("visaHubRouting", in);
    }
  }

  private static DmnDecisionTableResult route(String country) {
    return DMN.evaluateDecisionTable(decision, Map.of("countryOfResidence", country));
  }

  @ParameterizedTest(name = "{0} goes to {1}")
  @CsvSource({
      "AE, hub-abu-dhabi",
      "GH, hub-accra",
      "JO, hub-amman",
      "TR, hub-ankara",
      "TH, hub-bangkok",
      "CN, hub-beijing",
      "GB, hub-london",
      "KE, hub-nairobi",
      "IN, hub-new-delhi",
      "CO, hub-new-york",
      "ZA, hub-pretoria",
  })
  void eachHubServesTheCountriesOfItsRow(String country, String hub) {
    DmnDecisionTableResult result = route(country);
    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().<String>getEntry("hubGroup")).isEqualTo(hub);
  }

  @Test
  void aCountryInNoRowHasNoHub() {
    assertThat(route("RU")).isEmpty();
    assertThat(route("XX")).isEmpty();
  }

  @Test
  void everyHubOfTheGuidelinesIsReachableAndEveryRowNamesOne() throws IOException {
    Set<String> hubs = new HashSet<>();
    for (Rule rule : Dmn.readModelFromFile(MODEL.toFile()).getModelElementsByType(Rule.class)) {
      String hub = rule.getOutputEntries().iterator().next().getTextContent().replace("\"", "");
      assertThat(Role.HUB.matches(hub)).as(rule.getId() + " names a hub group").isTrue();
      hubs.add(Role.HUB.codeOf(hub));
    }
    assertThat(hubs).containsExactlyInAnyOrderElementsOf(Role.HUB_CODES);
  }

  @Test
  void everyCountryInTheTableIsOneTheStartFormOffersAndHasOneHub() throws IOException {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms/visaReferralStart.form").toFile());
    List<String> offered = new ArrayList<>();
    for (JsonNode component : form.get("components")) {
      if ("countryOfResidence".equals(component.path("key").asText())) {
        component.get("values").forEach(option -> offered.add(option.get("value").asText()));
      }
    }
    List<String> inTable = new ArrayList<>();
    for (Rule rule : Dmn.readModelFromFile(MODEL.toFile()).getModelElementsByType(Rule.class)) {
      for (String country : rule.getInputEntries().iterator().next().getTextContent().split(",")) {
        inTable.add(country.replace("\"", "").trim());
      }
    }
    assertThat(offered).containsAll(inTable);
    assertThat(inTable).doesNotHaveDuplicates();
    // Each is routed to exactly one hub (the table's UNIQUE hit policy would fail on two).
    inTable.forEach(country -> assertThat(route(country)).as(country).hasSize(1));
  }
}
