package no.mfa.hrd.process.protectioncase;

import java.util.HashSet;
import java.util.Set;
import no.mfa.hrd.casefile.CaseVariables;
import no.mfa.hrd.forms.DeployedForms;
import no.mfa.hrd.forms.FormSchema;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.springframework.stereotype.Component;

/**
 * Starts a measure from the case with what its preparation form read and answered, nothing more: a
 * hub mission or the Section for Humanitarian Affairs, who read the measure, never read the case's
 * checklist. The answers that belong to the measure alone then leave the case, so that the next measure
 * of the same kind starts from an empty form (never from an earlier consent). The measure's outcome
 * comes back as {@code <measure>Outcome}.
 */
@Component("measureHandOver")
class MeasureHandOver implements DelegateVariableMapping {

  private final DeployedForms deployedForms;

  MeasureHandOver(DeployedForms deployedForms) {
    this.deployedForms = deployedForms;
  }

  @Override
  public void mapInputVariables(DelegateExecution caseExecution, VariableMap measureVariables) {
    String measure = measureOf(caseExecution);
    FormSchema preparation = deployedForms.of(caseExecution, preparationFormOf(measure));
    for (String name : preparation.reads()) {
      TypedValue value = caseExecution.getVariableTyped(name);
      if (value != null && value.getValue() != null && !CaseVariables.INHERITED.contains(name)) {
        measureVariables.putValueTyped(name, value);
      }
    }
    Set<String> measureOnly = new HashSet<>(preparation.answerKeys());
    measureOnly.removeAll(deployedForms.answerKeys(caseExecution, ProtectionCase.CASE_FORMS));
    measureOnly.forEach(caseExecution::removeVariable);
  }

  @Override
  public void mapOutputVariables(DelegateExecution caseExecution, VariableScope measureInstance) {
    caseExecution.setVariable(ProtectionCase.outcomeOf(measureOf(caseExecution)),
        measureInstance.getVariable(CaseVariables.CASE_OUTCOME));
  }

  private static String measureOf(DelegateExecution caseExecution) {
    return ((CallActivity) caseExecution.getBpmnModelElementInstance()).getCalledElement();
  }

  private static String preparationFormOf(String measure) {
    String form = ProtectionCase.PREPARATION_FORMS.get(measure);
    if (form == null) {
      throw new IllegalStateException("No preparation form for the measure " + measure);
    }
    return form;
  }
}
