package no.mfa.hrd.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Random submissions generated from every form's own field definitions (about a thousand per form):
 * wrong types, missing and extra fields, lengths around the limits, odd Unicode, hidden and disabled
 * fields filled. The server's check either accepts one or refuses it as the client's error (a 400
 * naming fields, never repeating what was sent); nothing else, and it never throws anything else.
 */
class FormFuzzTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, FormSchema> FORMS = readForms(Path.of("forms"), Path.of("src/test/resources/forms"));
  /** The variables a case has by the time its forms are shown: every fixture step's values. */
  private static final Map<String, Object> EXISTING = fixtureValues();
  private static final FormSubmissions SUBMISSIONS = new FormSubmissions(new DeployedForms() {
    @Override
    public Optional<FormSchema> find(String deploymentId, String formId) {
      return Optional.ofNullable(FORMS.get(formId));
    }
  }, Clock.systemUTC(), List.of());

  record Submission(String formId, Map<String, Object> values) {
    VariableMap variables() {
      VariableMap variables = Variables.createVariables();
      values.forEach(variables::putValue);
      return variables;
    }
  }

  /** Each form's generator, built once: building one per try cost more than the checks themselves. */
  private static final Arbitrary<Submission> SUBMISSION_ARBITRARY = Arbitraries.oneOf(FORMS.keySet().stream().sorted()
      .map(formId -> RandomSubmissions.of(FORMS.get(formId)).map(values -> new Submission(formId, values)))
      .toList());

  // Random values only: the edge cases of forty forms' field combinations would take all the tries.
  @Property(tries = 26_000, edgeCases = EdgeCasesMode.NONE)
  void everySubmissionIsAcceptedOrRefusedAsTheClientsErrorWithoutRepeatingIt(@ForAll("submissions") Submission submission) {
    try {
      SUBMISSIONS.check("deployment", "any", submission.formId(), submission.variables(), EXISTING);
    } catch (FormRulesException refused) {
      assertThat(refused.getViolations()).isNotEmpty();
      FormSchema form = FORMS.get(submission.formId());
      for (Object value : submission.values().values()) {
        boolean namesAField = value instanceof String text && form.fields().values().stream()
            .anyMatch(field -> field.key().contains(text) || field.label().contains(text));
        if (value instanceof String text && text.strip().length() > 8 && !namesAField) {
          assertThat(refused.getMessage()).doesNotContain(text);
        }
      }
    } catch (BadUserRequestException refused) {
      assertThat(refused).isInstanceOf(no.mfa.hrd.UserError.class);
    }
  }

  @Provide
  Arbitrary<Submission> submissions() {
    return SUBMISSION_ARBITRARY;
  }

  private static Map<String, FormSchema> readForms(Path... dirs) {
    Map<String, FormSchema> forms = new HashMap<>();
    for (Path dir : dirs) {
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(file -> file.toString().endsWith(".form")).forEach(file -> {
          try {
            FormSchema form = FormSchema.parse(JSON.readTree(file.toFile()));
            forms.put(form.id(), form);
          } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
          }
        });
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
    }
    return forms;
  }

  private static Map<String, Object> fixtureValues() {
    Map<String, Object> values = new HashMap<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/fixtures"))) {
      for (Path file : files.toList()) {
        Map<String, Map<String, Object>> steps = JSON.readValue(file.toFile(), new TypeReference<>() { });
        steps.values().forEach(values::putAll);
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    values.put("caseReference", "HRD-2026-00001");
    return values;
  }
}
