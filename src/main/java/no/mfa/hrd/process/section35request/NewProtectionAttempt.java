package no.mfa.hrd.process.section35request;

import java.util.List;
import java.util.Set;
import no.mfa.hrd.decision.MinistryDecision;
import no.mfa.hrd.forms.DeployedForms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Back to other protection after no entry permit: the answers of the last attempt (UNHCR, the
 * conditions, the desk's decision and advice, the humanitarian section's steps, the decision, informing
 * the person) start empty, so that none is taken for the new attempt or shown as current. What the start
 * form and the last look at other protection recorded stays; the last attempt stays in the history.
 */
@Component("newProtectionAttempt")
class NewProtectionAttempt implements ExecutionListener {

  /** The forms of one attempt, after other protection. */
  static final List<String> ATTEMPT_FORMS = List.of("section35RequestUnhcr", "section35RequestConditions",
      "section35RequestNotEligible", "section35RequestCompleteness", "section35RequestMoreInformation",
      "section35RequestForward", "section35RequestDecision", "section35RequestArrangeEntry", "section35RequestNoPermit");
  /** What the conditions table set. */
  static final List<String> CONDITIONS_CHECK = List.of("eligible", "unmetConditions");

  private final DeployedForms deployedForms;

  NewProtectionAttempt(DeployedForms deployedForms) {
    this.deployedForms = deployedForms;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!"otherProtection".equals(execution.getVariable("nextStep"))) {
      return;
    }
    Set<String> cleared = deployedForms.answerKeys(execution, ATTEMPT_FORMS);
    cleared.addAll(MinistryDecision.RESULTS);
    cleared.add(MinistryDecision.OUTCOME);
    cleared.add(MinistryDecision.QUESTION);
    cleared.addAll(CONDITIONS_CHECK);
    cleared.forEach(name -> execution.setVariable(name, null));
  }
}
