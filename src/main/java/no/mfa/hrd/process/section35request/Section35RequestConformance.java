package no.mfa.hrd.process.section35request;

import static no.mfa.hrd.audit.Condition.is;

import java.util.List;
import no.mfa.hrd.audit.Condition;
import no.mfa.hrd.audit.ConformanceRule;
import no.mfa.hrd.audit.ConformanceRule.Proof;
import no.mfa.hrd.audit.ConformanceRule.Requirement;
import no.mfa.hrd.audit.ConformanceRules;
import no.mfa.hrd.audit.Step;
import org.springframework.stereotype.Component;

/** The guidelines' rules for a section 35 request, checked over every case's history. */
@Component
class Section35RequestConformance implements ConformanceRules {

  /** Another attempt after other protection was considered: the last attempt's steps no longer count. */
  private static final Step NEW_ATTEMPT = step("Task_ConsiderOtherProtection");

  private static Step step(String activityId) {
    return new Step("section35Request", activityId);
  }

  @Override
  public List<ConformanceRule> rules() {
    return List.of(ConformanceRule.of("section35Request.coordinatedByHumanitarianSection",
        "Section 35 requests are coordinated by the Section for Humanitarian Affairs.",
        step("Task_ForwardToImmigration"), Condition.ALWAYS,
        Requirement.before("the desk's approval in this attempt",
            Proof.of(step("CallActivity_DeskDecision"), is("ministryOutcome", "approved"))).since(NEW_ATTEMPT),
        Requirement.before("the case opened to the Section for Humanitarian Affairs",
            Proof.of(step("Task_OpenToHumanitarianSection"))),
        Requirement.before("the Section for Humanitarian Affairs' completeness check in this attempt",
            Proof.of(step("Task_CheckCompleteness"), is("requestComplete", "complete"))).since(NEW_ATTEMPT)));
  }
}
