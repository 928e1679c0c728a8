package no.mfa.hrd.process.visareferral;

import java.util.List;
import no.mfa.hrd.audit.Condition;
import no.mfa.hrd.audit.ConformanceRule;
import no.mfa.hrd.audit.ConformanceRule.Proof;
import no.mfa.hrd.audit.ConformanceRule.Requirement;
import no.mfa.hrd.audit.ConformanceRules;
import no.mfa.hrd.audit.Step;
import org.springframework.stereotype.Component;

/** The guidelines' rules for a visa referral, checked over every case's history. */
@Component
class VisaReferralConformance implements ConformanceRules {

  @Override
  public List<ConformanceRule> rules() {
    return List.of(ConformanceRule.of("visaReferral.riskAssessed",
        "A risk assessment is made before each action.", new Step("visaReferral", "Task_NotifyHub"), Condition.ALWAYS,
        Requirement.before("a risk assessment", Proof.of(new Step("visaReferral", "Task_DetermineRiskLevel")))));
  }
}
