package no.mfa.hrd.audit;

import java.util.Set;

/**
 * Variables a process derives from personal fields (a record that copies them, say). Erasure removes
 * them with the fields; a process declares its own as a bean.
 */
public interface DerivedPersonalData {

  Set<String> variableNames();
}
