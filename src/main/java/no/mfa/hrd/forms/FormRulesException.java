package no.mfa.hrd.forms;

import java.util.List;
import no.mfa.hrd.UserError;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A submission broke the form's rules. As a {@link FormFieldValidationException}, Camunda's REST
 * resources (ours and Tasklist's) answer it with 400 and the message, which Tasklist shows; /engine-rest
 * adds the list of violations. Holds no submitted value.
 */
public class FormRulesException extends FormFieldValidationException implements UserError {

  private final transient List<Violation> violations;

  /** A refusal names a handful of broken rules, however many a submission breaks. */
  static final int MOST_NAMED = 5;

  public FormRulesException(List<Violation> violations) {
    super(null, message(violations));
    this.violations = List.copyOf(violations.subList(0, Math.min(MOST_NAMED, violations.size())));
  }

  private static String message(List<Violation> violations) {
    String named = violations.stream().limit(MOST_NAMED)
        .map(violation -> violation.message() + " (" + violation.field() + ": " + violation.rule() + ")")
        .collect(Collectors.joining("; "));
    int more = violations.size() - MOST_NAMED;
    return "The form was not accepted. " + named + (more > 0 ? "; and " + more + " more" : "") + ".";
  }

  public List<Violation> getViolations() {
    return violations;
  }
}
