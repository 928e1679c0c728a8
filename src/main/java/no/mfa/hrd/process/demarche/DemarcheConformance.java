package no.mfa.hrd.process.demarche;

import static no.mfa.hrd.audit.Condition.includes;
import static no.mfa.hrd.audit.Condition.is;

import java.util.List;
import java.util.Set;
import no.mfa.hrd.audit.Condition;
import no.mfa.hrd.audit.ConformanceRule;
import no.mfa.hrd.audit.ConformanceRule.Proof;
import no.mfa.hrd.audit.ConformanceRule.Requirement;
import no.mfa.hrd.audit.ConformanceRules;
import no.mfa.hrd.audit.Step;
import org.springframework.stereotype.Component;

/** The guidelines' rules for a démarche, checked over every case's history. */
@Component
class DemarcheConformance implements ConformanceRules {

  static final String KEY = "demarche";
  static final Step DELIVERY = step("Task_DeliverReaction");
  /** A reaction was delivered: the consent still stood when the mission went. */
  private static final Condition DELIVERED = is("consentStands", "yes");
  private static final Condition DEMARCHE_DELIVERED = DELIVERED.and(is("proposedReaction", "demarche"));

  /** Alone when the defender consented to a joint reaction, or jointly when they consented to going alone. */
  private static final Condition COORDINATION_CHANGED = new Condition(Set.of("coordination", "coordinationOutcome"),
      values -> "alone".equals(String.valueOf(values.get("coordination")))
          != "alone".equals(String.valueOf(values.get("coordinationOutcome"))),
      "coordinated otherwise than consented");

  private static Step step(String activityId) {
    return new Step(KEY, activityId);
  }

  @Override
  public List<ConformanceRule> rules() {
    return List.of(
        ConformanceRule.of("demarche.approvedByTheMinistry",
            "No démarche is delivered without the Ministry's approval.", DELIVERY, DEMARCHE_DELIVERED,
            Requirement.before("the Ministry's approval of the proposal as it stands",
                Proof.of(step("CallActivity_ApproveDemarche"), is("ministryOutcome", "approved")))
                .since(step("Task_ReviseProposal"))),
        ConformanceRule.of("demarche.factsVerified",
            "The facts are verified before every démarche.", DELIVERY, DEMARCHE_DELIVERED,
            Requirement.before("verified facts", Proof.of(step("Task_VerifyFacts"), is("factsVerified", "verified")))),
        ConformanceRule.of("demarche.consentSought",
            "Consent is sought before a reaction, and sought again when the proposal changed.", DELIVERY, DELIVERED,
            Requirement.before("the defender's consent to the proposal as it stands",
                Proof.of(step("Task_ObtainConsent"), is("consentGiven", "yes")),
                Proof.of(step("Task_ConfirmConsent"), is("consentConfirmed", "yes")),
                Proof.of(step("Task_ConfirmRevisedConsent"), is("consentConfirmed", "yes")))
                .since(step("Task_ReviseProposal"))),
        ConformanceRule.of("demarche.consentSoughtAgainAfterCoordination",
            "Consent is sought again when the proposal changed: the reaction is coordinated otherwise than consented.",
            DELIVERY, DELIVERED.and(COORDINATION_CHANGED),
            Requirement.before("the defender's consent confirmed for the reaction as coordinated",
                Proof.of(step("Task_ConfirmConsent"), is("consentConfirmed", "yes")),
                Proof.of(step("Task_ConfirmRevisedConsent"), is("consentConfirmed", "yes")))
                .since(step("Task_ReviseProposal"))),
        ConformanceRule.of("demarche.riskAssessed",
            "A risk assessment is made before each action.", DELIVERY, DELIVERED,
            Requirement.before("a risk assessment", Proof.of(step("Task_DetermineRiskLevel")))),
        ConformanceRule.of("demarche.effectReported",
            "A report on the effect follows every démarche.", DELIVERY, DEMARCHE_DELIVERED,
            Requirement.after("a report on the effect", Proof.of(step("Task_ReportOnEffect")))),
        ConformanceRule.of("demarche.defenderInformed",
            "The defender (and family, where the case says so) is informed after a reaction.", DELIVERY, DELIVERED,
            Requirement.after("informing the defender, and the family where the case concerns it",
                Proof.of(step("Task_InformDefender"), is("familyConcerned", "yes").and(is("informOutcome", "informed"))
                    .then(includes("informedWhom", "family"))))),
        ConformanceRule.of("demarche.reprisalsWeighedBeforeMultilateral",
            "The risk of reprisals is weighed before a case is raised in multilateral arenas.",
            step("Task_NotifyHrOfMultilateral"), Condition.ALWAYS,
            Requirement.before("the risk assessment with its reprisal questions", Proof.of(step("Task_AssessRisk")))));
  }
}
