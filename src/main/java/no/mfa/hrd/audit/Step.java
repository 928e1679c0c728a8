package no.mfa.hrd.audit;

/** A step of a process, as its model names it: what a conformance rule looks for in a case's history. */
public record Step(String processKey, String activityId) {}
