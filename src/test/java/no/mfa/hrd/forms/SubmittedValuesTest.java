package no.mfa.hrd.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

/** How a list arrives (JSON as Tasklist sends it) and how it is kept: as the checked list, nothing else. */
class SubmittedValuesTest {

  private static FormSchema demarcheStart() throws Exception {
    return FormSchema.parse(new ObjectMapper().readTree(Path.of("forms", "demarcheStart.form").toFile()));
  }

  @Test
  void textAfterAListIsRefusedNotIgnored() throws Exception {
    VariableMap submitted = Variables.createVariables()
        .putValueTyped("riskCategories", SpinValues.jsonValue("[\"women\"] Amina Wanjiru").create());
    List<Violation> violations = SubmittedValues.read(demarcheStart(), submitted, new HashMap<>());
    assertThat(violations).extracting(Violation::field).containsExactly("riskCategories");
  }

  @Test
  void aListIsKeptAsTheServiceWritesItNotAsTheClientSpacedIt() throws Exception {
    VariableMap submitted = Variables.createVariables()
        .putValueTyped("riskCategories", SpinValues.jsonValue(" [ \"women\" ,\n \"environment\" ] ").create());
    assertThat(SubmittedValues.read(demarcheStart(), submitted, new HashMap<>())).isEmpty();
    SubmittedValues.storeListsAsJson(demarcheStart(), submitted);
    assertThat(((SerializableValue) submitted.getValueTyped("riskCategories")).getValueSerialized())
        .isEqualTo("[\"women\",\"environment\"]");
  }
}
