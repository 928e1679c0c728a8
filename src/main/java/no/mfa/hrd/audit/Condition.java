package no.mfa.hrd.audit;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a case's variables must say when a step ended (approved, consent given, ...). Conditions read
 * decision fields only, never personal ones, so that erasure never changes a verdict.
 */
public record Condition(Set<String> variables, Predicate<Values> test, String text) {

  /** The case's values as they were at one moment. */
  public interface Values {
    Object get(String variable);
  }

  public static final Condition ALWAYS = new Condition(Set.of(), values -> true, "");

  /** The variable holds one of these values. */
  public static Condition is(String variable, String... values) {
    List<String> allowed = Arrays.asList(values);
    return new Condition(Set.of(variable), vars -> vars.get(variable) != null && allowed.contains(vars.get(variable).toString()),
        variable + " " + String.join(" or ", values));
  }

  /** A checklist (or a single choice) includes this value. */
  public static Condition includes(String variable, String value) {
    return new Condition(Set.of(variable), vars -> {
      Object current = vars.get(variable);
      return current != null && (current.toString().equals(value) || current.toString().contains("\"" + value + "\""));
    }, variable + " includes " + value);
  }

  /** Something was recorded for the variable. */
  public static Condition recorded(String variable) {
    return new Condition(Set.of(variable), vars -> vars.get(variable) != null && !vars.get(variable).toString().isBlank(),
        variable + " recorded");
  }

  public Condition and(Condition other) {
    return new Condition(union(other), vars -> test.test(vars) && other.test.test(vars), text + " and " + other.text);
  }

  public Condition or(Condition other) {
    return new Condition(union(other), vars -> test.test(vars) || other.test.test(vars), "(" + text + " or " + other.text + ")");
  }

  /** Where this holds, the other must hold too. */
  public Condition then(Condition other) {
    return new Condition(union(other), vars -> !test.test(vars) || other.test.test(vars),
        "where " + text + ", " + other.text);
  }

  boolean holds(Values values) {
    return test.test(values);
  }

  private Set<String> union(Condition other) {
    Set<String> all = new HashSet<>(variables);
    all.addAll(other.variables);
    return all;
  }
}
