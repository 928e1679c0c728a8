package no.mfa.hrd.forms;

import java.util.List;
import java.util.Map;

/**
 * Rules across fields that a form cannot express, as Spring beans in the process's own package (a
 * process may have several), e.g. "the departure comes after the arrival". Checked after the form's
 * own rules pass.
 */
public interface ProcessFormRules {

  /** The process definition key whose forms these rules guard. */
  String processKey();

  /**
   * @param formId the submitted form
   * @param values the case's variables overlaid with the submitted values, as plain values (lists as lists)
   */
  List<Violation> check(String formId, Map<String, Object> values);
}
