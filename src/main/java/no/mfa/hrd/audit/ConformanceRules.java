package no.mfa.hrd.audit;

import java.util.List;

/** The conformance rules of one process, declared in its own package. */
public interface ConformanceRules {

  List<ConformanceRule> rules();
}
