package no.mfa.hrd.forms;

/**
 * One broken rule of a form submission: the field's key, the rule's name and a sentence for the
 * clerk. Never holds the submitted value: it may be personal data.
 */
public record Violation(String field, String rule, String message) {
}
