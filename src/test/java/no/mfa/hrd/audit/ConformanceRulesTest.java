package no.mfa.hrd.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.forms.FormSchema;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The process audits' rules stand on the models and never on personal data: every step a rule names is
 * a step of that process's model, and no condition reads a personal field, so erasure never changes a
 * verdict.
 */
@ServiceTest
class ConformanceRulesTest {

  @Autowired Conformance conformance;

  @Test
  void everyGuidelineRuleIsCheckedAndEveryStepARuleNamesIsInItsModel() {
    List<String> missing = new ArrayList<>();
    for (ConformanceRule rule : conformance.rules()) {
      List<Step> steps = new ArrayList<>(List.of(rule.action()));
      rule.requirements().forEach(requirement -> {
        steps.addAll(requirement.resetBy());
        requirement.anyOf().forEach(proof -> steps.add(proof.step()));
      });
      for (Step step : steps) {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes", step.processKey() + ".bpmn").toFile());
        if (!(model.getModelElementById(step.activityId()) instanceof FlowNode)) {
          missing.add(rule.id() + ": " + step);
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(conformance.rules()).extracting(ConformanceRule::guideline).anyMatch(text -> text.contains("approval"))
        .anyMatch(text -> text.contains("facts are verified")).anyMatch(text -> text.contains("Consent is sought"))
        .anyMatch(text -> text.contains("risk assessment")).anyMatch(text -> text.contains("Security implications"))
        .anyMatch(text -> text.contains("report on the effect")).anyMatch(text -> text.contains("is informed"))
        .anyMatch(text -> text.contains("consulted with the Ministry in advance"))
        .anyMatch(text -> text.contains("Section for Humanitarian Affairs"))
        .anyMatch(text -> text.contains("risk of reprisals"));
  }

  @Test
  void noConditionReadsAPersonalField() throws IOException {
    Set<String> personal = new HashSet<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.toList()) {
        personal.addAll(FormSchema.parse(new ObjectMapper().readTree(form.toFile())).personalKeys());
      }
    }
    Set<String> read = new HashSet<>();
    for (ConformanceRule rule : conformance.rules()) {
      read.addAll(rule.when().variables());
      rule.requirements().forEach(requirement -> requirement.anyOf().forEach(proof -> read.addAll(proof.condition().variables())));
    }
    assertThat(read).isNotEmpty().doesNotContainAnyElementsOf(personal);
  }
}
