package no.mfa.hrd.process.courtobservation;

import java.util.List;
import no.mfa.hrd.audit.Condition;
import no.mfa.hrd.audit.ConformanceRule;
import no.mfa.hrd.audit.ConformanceRule.Proof;
import no.mfa.hrd.audit.ConformanceRule.Requirement;
import no.mfa.hrd.audit.ConformanceRules;
import no.mfa.hrd.audit.Step;
import org.springframework.stereotype.Component;

/** The guidelines' rules for a court observation, checked over every case's history. */
@Component
class CourtObservationConformance implements ConformanceRules {

  private static final Step OBSERVATION = step("Task_RecordObservations");

  private static Step step(String activityId) {
    return new Step("courtObservation", activityId);
  }

  @Override
  public List<ConformanceRule> rules() {
    return List.of(
        ConformanceRule.of("courtObservation.consultedInAdvance",
            "Court observations are consulted with the Ministry in advance.", OBSERVATION, Condition.ALWAYS,
            Requirement.before("consulting the Ministry", Proof.of(step("CallActivity_ConsultMinistry")))),
        ConformanceRule.of("courtObservation.consultedBeforeAskingTheAuthorities",
            "Court observations are consulted with the Ministry in advance: before the authorities are asked.",
            step("Task_InformAuthorities"), Condition.ALWAYS,
            Requirement.before("consulting the Ministry", Proof.of(step("CallActivity_ConsultMinistry")))),
        ConformanceRule.of("courtObservation.riskAssessed",
            "A risk assessment is made before each action.", OBSERVATION, Condition.ALWAYS,
            Requirement.before("a risk assessment", Proof.of(step("Task_DetermineRiskLevel")))),
        ConformanceRule.of("courtObservation.defenderInformed",
            "The defender is informed after a reaction.", OBSERVATION, Condition.ALWAYS,
            Requirement.after("informing the defender", Proof.of(step("Task_InformDefender")))),
        ConformanceRule.of("courtObservation.reprisalsWeighedBeforeMultilateral",
            "The risk of reprisals is weighed before a case is raised in multilateral arenas.",
            step("Task_NotifyHrOfMultilateral"), Condition.ALWAYS,
            Requirement.before("the risk assessment with its reprisal questions", Proof.of(step("Task_AssessRisk")))));
  }
}
