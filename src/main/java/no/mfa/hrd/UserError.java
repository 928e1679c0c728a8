package no.mfa.hrd;

/**
 * A request our own rules refuse (broken form rules, a step done without its form, a case that
 * cannot be opened). REST answers it with 400, however deep the engine wrapped it.
 */
public interface UserError {
}
