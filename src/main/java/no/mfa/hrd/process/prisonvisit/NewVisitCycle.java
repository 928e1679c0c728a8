package no.mfa.hrd.process.prisonvisit;

import java.util.List;
import java.util.Set;
import no.mfa.hrd.decision.MinistryDecision;
import no.mfa.hrd.forms.DeployedForms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Before another visit in long detention: the answers of the last cycle (the Ministry's advice, the
 * request, the answer, the visit or the family's, the desk's follow-up, the review) start empty, so
 * that none of them is taken for the new one and no stale answer keeps a question open. What the start
 * form recorded stays, and the last cycle stays in the case's history.
 */
@Component("newVisitCycle")
class NewVisitCycle implements ExecutionListener {

  /** The forms of one visit cycle. */
  static final List<String> CYCLE_FORMS = List.of("prisonVisitInstead", "prisonVisitRequest", "prisonVisitAnswer",
      "prisonVisitFamilyCheck", "prisonVisitFamilyVisit", "prisonVisitVisit", "prisonVisitAcknowledge", "prisonVisitReview");
  static final String START_FORM = "prisonVisitStart";

  private final DeployedForms deployedForms;

  NewVisitCycle(DeployedForms deployedForms) {
    this.deployedForms = deployedForms;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!"anotherVisit".equals(execution.getVariable("nextStep"))) {
      return;
    }
    Set<String> cleared = deployedForms.answerKeys(execution, CYCLE_FORMS);
    cleared.addAll(MinistryDecision.RESULTS);
    cleared.add(MinistryDecision.OUTCOME);
    cleared.add(MinistryDecision.QUESTION);
    deployedForms.of(execution, START_FORM).answerKeys().forEach(cleared::remove);
    cleared.forEach(name -> execution.setVariable(name, null));
  }
}
