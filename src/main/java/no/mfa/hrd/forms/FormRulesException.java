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

  public FormRulesException(List<Violation> violations) {
    super(null, "The form was not accepted. " + violations.stream()
        .map(violation -> violation.message() + " (" + violation.field() + ": " + violation.rule() + ")")
        .collect(Collectors.joining("; ")) + ".");
    this.violations = List.copyOf(violations);
  }

  public List<Violation> getViolations() {
    return violations;
  }
}
