package no.mfa.hrd.process.publicstatement;

import static no.mfa.hrd.audit.Condition.includes;
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

/**
 * The guidelines' rules for an official statement, checked over every case's history. A statement is
 * published in statementPublication, called by publicStatement, which the démarche, the court
 * observation, the prison visit and the protection case call: what the statement rests on (verified
 * facts, first-hand observation, a risk assessment) is in the process that called it.
 */
@Component
class PublicStatementConformance implements ConformanceRules {

  private static final Step PUBLICATION = new Step("statementPublication", "Task_PublishStatement");
  private static final Condition PUBLISHED = is("channelAsApproved", "yes");
  private static final Step WEIGH_SECURITY = statement("Task_WeighSecurity");
  private static final Step[] PROPOSAL_CHANGED = {statement("Task_DraftStatement"), statement("Task_ReviseStatement")};
  /** Where a démarche said its family is concerned (familyConcerned), those informed include the family. */
  private static final Condition FAMILY_INFORMED_WHERE_CONCERNED = is("familyConcerned", "yes")
      .and(is("informOutcome", "informed")).then(includes("informedWhom", "family"));
  private static final List<String> CALLERS = List.of("demarche", "courtObservation", "prisonVisit", "protectionCase");

  private static Step statement(String activityId) {
    return new Step("publicStatement", activityId);
  }

  @Override
  public List<ConformanceRule> rules() {
    return List.of(
        ConformanceRule.of("publicStatement.approvedByTheMinistry",
            "No official statement is published without the Ministry's approval.", PUBLICATION, PUBLISHED,
            Requirement.before("the Ministry's approval of the statement as drafted",
                Proof.of(statement("CallActivity_DecideOnStatement"), is("ministryOutcome", "approved")))
                .since(PROPOSAL_CHANGED)),
        ConformanceRule.of("publicStatement.factsVerified",
            "The facts are verified before every official statement.", PUBLICATION, PUBLISHED,
            Requirement.before("verified facts or the mission's own observation",
                Proof.of(new Step("demarche", "Task_VerifyFacts"), is("factsVerified", "verified")),
                Proof.of(new Step("protectionCase", "Task_PrepareStatement"), is("factsVerified", "verified")),
                Proof.of(new Step("courtObservation", "Task_RecordObservations"), is("hearingAttendee", "norway", "both", "likeminded")),
                Proof.of(new Step("courtObservation", "Task_RecordAuthoritiesAnswer"), is("authorityAnswer", "refused")),
                Proof.of(new Step("prisonVisit", "Task_VisitDefender"), is("visitTookPlace", "yes")),
                Proof.of(new Step("prisonVisit", "Task_RecordAnswer"), is("visitAnswer", "refused")),
                Proof.of(new Step("prisonVisit", "Task_VisitFamily")))),
        ConformanceRule.of("publicStatement.consentSought",
            "Consent is sought before a statement, and sought again when the statement changed.", PUBLICATION, PUBLISHED,
            Requirement.before("the defender's consent to the statement as drafted",
                Proof.of(WEIGH_SECURITY, is("statementConsent", "yes"))).since(PROPOSAL_CHANGED)),
        ConformanceRule.of("publicStatement.securityWeighed",
            "Security implications are weighed before a publication, and the channel agreed with the defender.",
            PUBLICATION, PUBLISHED,
            Requirement.before("security weighed and the channel agreed with the defender",
                Proof.of(WEIGH_SECURITY, recorded("statementChannel").and(is("statementConsent", "yes"))))
                .since(PROPOSAL_CHANGED)),
        ConformanceRule.of("publicStatement.riskAssessed",
            "A risk assessment is made before each action.", PUBLICATION, PUBLISHED,
            Requirement.before("a risk assessment in the case that proposed the statement",
                CALLERS.stream().map(caller -> Proof.of(new Step(caller, "Task_DetermineRiskLevel"))).toArray(Proof[]::new))),
        ConformanceRule.of("publicStatement.defenderInformed",
            "The defender is informed after a reaction.", PUBLICATION, PUBLISHED,
            Requirement.after("informing the defender of the statement, and the family where the case concerns it",
                Proof.of(statement("Task_InformDefenderOfStatement"), FAMILY_INFORMED_WHERE_CONCERNED))));
  }
}
