package no.mfa.hrd.decision;

import java.util.List;
import java.util.Set;

/**
 * The Ministry's decision as one building block: the called process {@value #PROCESS_KEY}
 * (processes/ministryDecision.bpmn). A process asks for a decision through a call activity and never
 * redraws it; these are the block's variable names and values, defined once for the model, its forms,
 * the model check and the code.
 *
 * <p>The caller passes in the two forms the block shows ({@value #DECISION_FORM}, {@value #ADVICE_FORM}:
 * the caller's own forms, so the desk and the HR section see the case's particulars) and the case
 * variables those forms show; it receives the outcome as {@value #OUTCOME} and {@link #RESULTS}.
 */
public final class MinistryDecision {

  public static final String PROCESS_KEY = "ministryDecision";

  /** In: the caller's form the desk decides with; it has the fields {@link #DECIDER_FIELDS}. */
  public static final String DECISION_FORM = "decisionForm";
  /** In: the caller's form the HR section advises the desk with; it has the fields {@link #ADVISER_FIELDS}. */
  public static final String ADVICE_FORM = "adviceForm";
  /** In: "urgent" or "normal"; sets the deadline. */
  public static final String URGENCY = "urgency";
  public static final String URGENT = "urgent";

  /**
   * When the decision is due: set when it is requested, read by the task, its timer and the notification.
   * A caller with a date of its own (a hearing) passes it in; otherwise the urgency decides.
   */
  public static final String DUE_DATE = "decisionDueDate";

  /** The desk's choice. */
  public static final String DECISION = "ministryDecision";
  public static final String APPROVE = "approve";
  public static final String REJECT = "reject";
  public static final String RETURN_FOR_REVISION = "returnForRevision";
  public static final String CONSULT_HR_SECTION = "consultHrSection";
  /** The answers of an approval: the mission may act only if the desk approves. */
  public static final Set<String> DECISIONS = Set.of(APPROVE, REJECT, RETURN_FOR_REVISION, CONSULT_HR_SECTION);
  public static final String AGREE = "agree";
  public static final String AGREE_WITH_CONDITIONS = "agreeWithConditions";
  public static final String ADVISE_AGAINST = "adviseAgainst";
  /**
   * The answers of a consultation, where the guidelines ask the mission to consult the Ministry rather
   * than obtain its approval (court observation): the desk advises and the mission decides. A caller's
   * decision form offers the one set or the other.
   */
  public static final Set<String> ADVICE = Set.of(AGREE, AGREE_WITH_CONDITIONS, ADVISE_AGAINST, CONSULT_HR_SECTION);
  /** The desk's comment to the mission: why it rejects, returns or advises against. */
  public static final String COMMENT = "ministryComment";
  /** What the mission must do or avoid, when the desk approves or agrees on conditions. */
  public static final String CONDITIONS = "approvalConditions";
  /** The desk's question to the HR section. */
  public static final String QUESTION = "consultQuestion";
  /** The HR section's recommendation and advice, when the desk consulted it. */
  public static final String RECOMMENDATION = "hrRecommendation";
  public static final String HR_ADVICE = "hrAdvice";

  public static final List<String> DECIDER_FIELDS = List.of(DECISION, COMMENT, CONDITIONS, QUESTION);
  public static final List<String> ADVISER_FIELDS = List.of(RECOMMENDATION, HR_ADVICE);

  /** Out: the block's outcome (its end events' caseOutcome), compared by the caller's gateway. */
  public static final String OUTCOME = "ministryOutcome";
  public static final String APPROVED = "approved";
  public static final String REJECTED = "rejected";
  public static final String RETURNED_FOR_REVISION = "returnedForRevision";
  public static final String AGREED = "agreed";
  public static final String ADVISED_AGAINST = "advisedAgainst";
  public static final Set<String> OUTCOMES = Set.of(APPROVED, REJECTED, RETURNED_FOR_REVISION, AGREED, ADVISED_AGAINST);

  /** A kind of answer: the values the caller's decision form offers, and the outcomes they end the block with. */
  public record Kind(Set<String> answers, Set<String> outcomes) {
  }

  public static final Kind APPROVAL = new Kind(DECISIONS, Set.of(APPROVED, REJECTED, RETURNED_FOR_REVISION));
  public static final Kind CONSULTATION = new Kind(ADVICE, Set.of(AGREED, ADVISED_AGAINST));
  public static final List<Kind> KINDS = List.of(APPROVAL, CONSULTATION);
  /** Out: what the block hands back besides the outcome, under the same names. */
  public static final List<String> RESULTS = List.of(DECISION, COMMENT, CONDITIONS, RECOMMENDATION, HR_ADVICE);


  private MinistryDecision() {
  }
}
