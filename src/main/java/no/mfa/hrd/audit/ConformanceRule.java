package no.mfa.hrd.audit;

import java.util.List;

/**
 * A rule of the guidelines checked over the history of every case: each time the action happened (its
 * step completed with the condition holding), each requirement must be met by a step of the same
 * process or of a process that called it, before the action or after it. A process declares its rules
 * as beans ({@link ConformanceRules}).
 *
 * @param id        stable and readable, e.g. "demarche.approvedBeforeDelivery"
 * @param guideline the rule in the guidelines' words
 */
public record ConformanceRule(String id, String guideline, Step action, Condition when, List<Requirement> requirements) {

  public enum Order { BEFORE, AFTER }

  /** One of these proofs, with its condition, completed before (or after) the action. */
  public record Proof(Step step, Condition condition) {
    public static Proof of(Step step) {
      return new Proof(step, Condition.ALWAYS);
    }

    public static Proof of(Step step, Condition condition) {
      return new Proof(step, condition);
    }
  }

  /**
   * @param resetBy steps that change the proposal: a proof from before the latest of them no longer counts
   */
  public record Requirement(String what, Order order, List<Proof> anyOf, List<Step> resetBy) {
    public static Requirement before(String what, Proof... anyOf) {
      return new Requirement(what, Order.BEFORE, List.of(anyOf), List.of());
    }

    public static Requirement after(String what, Proof... anyOf) {
      return new Requirement(what, Order.AFTER, List.of(anyOf), List.of());
    }

    public Requirement since(Step... changes) {
      return new Requirement(what, order, anyOf, List.of(changes));
    }
  }

  public static ConformanceRule of(String id, String guideline, Step action, Condition when, Requirement... requirements) {
    return new ConformanceRule(id, guideline, action, when, List.of(requirements));
  }
}
