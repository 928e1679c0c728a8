package no.mfa.hrd.process.prisonvisit;

import java.util.List;
import no.mfa.hrd.audit.Condition;
import no.mfa.hrd.audit.ConformanceRule;
import no.mfa.hrd.audit.ConformanceRule.Proof;
import no.mfa.hrd.audit.ConformanceRule.Requirement;
import no.mfa.hrd.audit.ConformanceRules;
import no.mfa.hrd.audit.Step;
import org.springframework.stereotype.Component;

/** The guidelines' rules for a prison visit, checked over every case's history. */
@Component
class PrisonVisitConformance implements ConformanceRules {

  private static final Step REQUEST = step("Task_RequestPermission");

  private static Step step(String activityId) {
    return new Step("prisonVisit", activityId);
  }

  /** Each visit cycle starts with its impact assessment: what came before belongs to the last cycle. */
  private static final Step NEW_CYCLE = step("Task_AssessImpact");

  @Override
  public List<ConformanceRule> rules() {
    return List.of(
        ConformanceRule.of("prisonVisit.consultedInAdvance",
            "Prison visits are consulted with the Ministry in advance.", REQUEST, Condition.ALWAYS,
            Requirement.before("consulting the Ministry in this cycle", Proof.of(step("CallActivity_ConsultMinistry")))
                .since(NEW_CYCLE)),
        ConformanceRule.of("prisonVisit.riskAssessed",
            "A risk assessment is made before each action.", REQUEST, Condition.ALWAYS,
            Requirement.before("a risk assessment in this cycle", Proof.of(step("Task_DetermineRiskLevel")))
                .since(NEW_CYCLE)),
        ConformanceRule.of("prisonVisit.familyAgreed",
            "Consent is sought before a reaction: the family agrees to a visit.", step("Task_VisitFamily"), Condition.ALWAYS,
            Requirement.before("the family's agreement in this cycle",
                Proof.of(step("Task_ConsiderFamilyVisit"), Condition.is("familyAgreed", "yes"))).since(NEW_CYCLE)));
  }
}
