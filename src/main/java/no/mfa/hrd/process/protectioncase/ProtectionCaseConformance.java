package no.mfa.hrd.process.protectioncase;

import static no.mfa.hrd.audit.Condition.is;
import static no.mfa.hrd.audit.Condition.recorded;

import java.util.List;
import no.mfa.hrd.audit.Condition;
import no.mfa.hrd.audit.ConformanceRule;
import no.mfa.hrd.audit.ConformanceRule.Proof;
import no.mfa.hrd.audit.ConformanceRule.Requirement;
import no.mfa.hrd.audit.ConformanceRules;
import no.mfa.hrd.audit.Step;
import org.springframework.stereotype.Component;

/** The guidelines' rules for a protection case, checked over every case's history. */
@Component
class ProtectionCaseConformance implements ConformanceRules {

  private static Step step(String activityId) {
    return new Step(ProtectionCase.PROCESS_KEY, activityId);
  }

  @Override
  public List<ConformanceRule> rules() {
    return List.of(
        ConformanceRule.of("protectionCase.riskAssessed",
            "A risk assessment is made before each action: measures are chosen on this round's assessment.",
            step("Task_ChooseMeasures"), Condition.ALWAYS,
            Requirement.before("a risk assessment in this round", Proof.of(step("Task_DetermineRiskLevel")))
                .since(step("Task_ReviewCase"))),
        ConformanceRule.of("protectionCase.reprisalsWeighedBeforeMultilateral",
            "The risk of reprisals is weighed before a case is raised in multilateral arenas.",
            step("Task_NotifyHrOfMultilateral"), Condition.ALWAYS,
            Requirement.before("the risk of reprisals weighed in dialogue with the defender",
                Proof.of(step("Task_ProposeMultilateral"), is("multilateralDefenderDialogue", "yes").and(recorded("reprisalRisk"))))
                .since(step("Task_ChooseMeasures"))));
  }
}
