package no.mfa.hrd.forms;

import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * What a checklist's answer holds, for gateway conditions: {@code ${answers.includes(measures, 'demarche')}}.
 * A checked list is stored as JSON; no answer, or an empty one, holds nothing.
 */
@Component("answers")
public class CheckedAnswers {

  public boolean includes(Object checked, String value) {
    return FormValidator.plain(checked) instanceof Collection<?> values && values.contains(value);
  }

  public boolean none(Object checked) {
    return !(FormValidator.plain(checked) instanceof Collection<?> values) || values.isEmpty();
  }
}
