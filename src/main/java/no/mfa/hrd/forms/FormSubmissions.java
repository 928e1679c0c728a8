package no.mfa.hrd.forms;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * The server's side of every Camunda Form: a submission passes the deployed form's rules and the
 * process's cross-field rules before any variable is written, and a step that has a form can only be
 * completed through it.
 */
@Component
public class FormSubmissions {

  private final DeployedForms deployedForms;
  private final FormValidator validator;
  private final Map<String, List<ProcessFormRules>> rulesByProcess;

  public FormSubmissions(DeployedForms deployedForms, Clock clock, List<ProcessFormRules> processRules) {
    this.deployedForms = deployedForms;
    this.validator = new FormValidator(clock);
    this.rulesByProcess = processRules.stream().collect(Collectors.groupingBy(ProcessFormRules::processKey));
  }

  /**
   * @throws FormRulesException naming each broken rule; nothing has been written then
   */
  public void check(String deploymentId, String processKey, String formId, VariableMap submitted,
      Map<String, Object> existing) {
    FormSchema form = deployedForms.find(deploymentId, formId).orElseThrow(() ->
        new BadUserRequestException("Form '" + formId + "' is not deployed with process '" + processKey + "'"));
    Map<String, Object> values = new LinkedHashMap<>();
    List<Violation> violations = new ArrayList<>(SubmittedValues.read(form, submitted, values));
    if (violations.isEmpty()) {
      violations.addAll(validator.validate(form, values, existing));
    }
    List<ProcessFormRules> crossFieldRules = rulesFor(processKey, formId);
    if (violations.isEmpty() && !crossFieldRules.isEmpty()) {
      // The rules see plain values: lists the case keeps as JSON arrive as lists.
      Map<String, Object> all = new HashMap<>();
      existing.forEach((name, value) -> all.put(name, FormValidator.plain(value)));
      // An empty answer is no answer: the rules see none (never an empty date to parse).
      values.forEach((name, value) -> {
        if (!form.fields().get(name).displayOnly()) {
          all.put(name, "".equals(value) ? null : value);
        }
      });
      crossFieldRules.forEach(rules -> violations.addAll(rules.check(formId, all)));
    }
    if (!violations.isEmpty()) {
      throw new FormRulesException(violations);
    }
    // What the form only shows is not stored again: the case keeps its own value.
    form.fields().values().stream().filter(FormField::displayOnly).map(FormField::key).forEach(submitted::remove);
    SubmittedValues.storeListsAsJson(form, submitted);
  }

  /**
   * The rules of the process the form is submitted in, and those of the process the form belongs to
   * (its id begins with that process's key): a start form used to prepare a measure inside another
   * case keeps its rules.
   */
  private List<ProcessFormRules> rulesFor(String processKey, String formId) {
    Set<ProcessFormRules> rules = new LinkedHashSet<>(rulesByProcess.getOrDefault(processKey, List.of()));
    rulesByProcess.forEach((owner, ownRules) -> {
      if (formId.startsWith(owner)) {
        rules.addAll(ownRules);
      }
    });
    return List.copyOf(rules);
  }
}
