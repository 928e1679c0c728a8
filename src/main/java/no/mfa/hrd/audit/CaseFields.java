package no.mfa.hrd.audit;

import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.mfa.hrd.forms.DeployedForms;
import no.mfa.hrd.forms.FormSchema;
import org.springframework.stereotype.Component;

/**
 * The case's fields as its forms mark them: the one list of personal fields (properties.personalData),
 * which erasure removes and the trail never shows, and the decision fields (fixed values, not personal),
 * whose values the trail shows. Call inside an engine command.
 */
@Component
public class CaseFields {

  /** Answers chosen from fixed values: approve or reject, consent given or refused, a risk level. */
  private static final Set<String> FIXED_VALUES = Set.of("radio", "select", "checkbox", "checklist");

  private final DeployedForms forms;
  private final List<DerivedPersonalData> derived;

  public CaseFields(DeployedForms forms, List<DerivedPersonalData> derived) {
    this.forms = forms;
    this.derived = derived;
  }

  public Set<String> personal(Collection<String> deploymentIds) {
    Set<String> names = new HashSet<>();
    deploymentIds.forEach(deployment -> forms.all(deployment).forEach(form -> names.addAll(form.personalKeys())));
    derived.forEach(process -> names.addAll(process.variableNames()));
    return names;
  }

  /** The decision fields and the values each offers (none for a checkbox or values from the case). */
  public Map<String, Set<String>> decisions(Collection<String> deploymentIds) {
    Set<String> personal = personal(deploymentIds);
    Map<String, Set<String>> options = new HashMap<>();
    for (String deployment : deploymentIds) {
      for (FormSchema form : forms.all(deployment)) {
        form.fields().values().stream()
            .filter(field -> FIXED_VALUES.contains(field.type()) && Boolean.FALSE.equals(field.personalData())
                && !personal.contains(field.key()))
            .forEach(field -> options.computeIfAbsent(field.key(), key -> new HashSet<>()).addAll(field.values()));
      }
    }
    return options;
  }
}
