package no.mfa.hrd.process.protectioncase;

import java.util.List;
import java.util.Set;
import no.mfa.hrd.forms.DeployedForms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * After a review that keeps the case open, the measures chosen and the review's answers start empty:
 * an unchanged form must never start the last round's measures again. The case's own information and
 * the risk checklist keep their answers, to be updated; earlier rounds stay in the history.
 */
@Component("newReviewRound")
class NewReviewRound implements ExecutionListener {

  private final DeployedForms deployedForms;

  NewReviewRound(DeployedForms deployedForms) {
    this.deployedForms = deployedForms;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (ProtectionCase.CONTINUE.equals(execution.getVariable(ProtectionCase.REVIEW_DECISION))) {
      Set<String> cleared = deployedForms.answerKeys(execution, List.of(ProtectionCase.MEASURES_FORM, ProtectionCase.REVIEW_FORM));
      // What the review updated in the case's own information (a threat to life or health) stays.
      cleared.removeAll(deployedForms.answerKeys(execution, ProtectionCase.CASE_FORMS));
      cleared.forEach(name -> execution.setVariable(name, null));
    }
  }
}
