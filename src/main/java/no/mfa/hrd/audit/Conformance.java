package no.mfa.hrd.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import no.mfa.hrd.audit.ConformanceRule.Proof;
import no.mfa.hrd.audit.ConformanceRule.Requirement;
import no.mfa.hrd.casefile.AsService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricDetailQuery;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.stereotype.Component;

/**
 * The process audits: every rule of every process ({@link ConformanceRules}) over the history of every
 * case, as met, violated, not applicable, or pending (an action whose follow-up is still due in a running
 * case), with the event that decides it. A value a condition reads is the one the case held when the step
 * ended. An ended case's verdicts are stored when it ends ({@link ConformanceStore}), since its history no
 * longer changes; the rest is read from history, in bulk (one query per step and per variable the rules
 * name) when there is much of it.
 */
@Component
class Conformance {

  enum Result { met, violated, notApplicable, pending }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Event(String processKey, String processInstanceId, String activityId, String activityName, Instant at) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Verdict(String rule, Result result, Event event, String reason) {}

  record CaseResult(String caseReference, String processKey, String state, List<Verdict> results) {}

  record RuleInfo(String id, String guideline, String processKey, String action) {}

  /**
   * The report: the summary counts the verdicts of the chosen rule (or all rules) by result; {@code cases}
   * lists the cases with a verdict of that rule and result, {@code matchingCases} how many there are in all.
   */
  record Report(Instant generatedAt, List<RuleInfo> rules, Map<Result, Integer> summary, int matchingCases,
      List<CaseResult> cases) {}

  /** What the report is narrowed to: a case, a rule, a result; and how many cases it lists, from which. */
  record Query(Optional<String> caseReference, Optional<String> rule, Optional<Result> result, int firstResult,
      int maxResults) {

    /** The summary counts the chosen rule's verdicts, whatever their result. */
    boolean counts(Verdict verdict) {
      return rule.map(verdict.rule()::equals).orElse(true);
    }

    boolean shows(Verdict verdict) {
      return counts(verdict) && result.map(verdict.result()::equals).orElse(true);
    }
  }

  /** Up to this many process instances are read instance by instance; more, step by step over all history. */
  private static final int FEW_INSTANCES = 200;

  private final HistoryService history;
  private final List<ConformanceRule> rules;
  /** The steps and variables the rules read. */
  private final Set<Step> steps = new HashSet<>();
  private final Set<String> activityIds = new HashSet<>();
  private final Set<String> variables = new HashSet<>();
  private final ConformanceStore store;
  /** Stored verdicts count only for the rules that gave them. */
  private final String rulesVersion;

  Conformance(HistoryService history, List<ConformanceRules> processes, ConformanceStore store) {
    this.history = history;
    this.store = store;
    this.rules = processes.stream().flatMap(process -> process.rules().stream())
        .sorted(Comparator.comparing(ConformanceRule::id)).toList();
    for (ConformanceRule rule : rules) {
      steps.add(rule.action());
      variables.addAll(rule.when().variables());
      for (Requirement requirement : rule.requirements()) {
        steps.addAll(requirement.resetBy());
        requirement.anyOf().forEach(proof -> {
          steps.add(proof.step());
          variables.addAll(proof.condition().variables());
        });
      }
    }
    steps.forEach(step -> activityIds.add(step.activityId()));
    this.rulesVersion = versionOf(rules);
  }

  private static String versionOf(List<ConformanceRule> rules) {
    StringBuilder text = new StringBuilder();
    for (ConformanceRule rule : rules) {
      text.append(rule.id()).append(rule.action()).append(rule.when().text());
      for (Requirement requirement : rule.requirements()) {
        text.append(requirement.what()).append(requirement.order()).append(requirement.resetBy());
        requirement.anyOf().forEach(proof -> text.append(proof.step()).append(proof.condition().text()));
      }
    }
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(
          java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash, 0, 16);
    } catch (java.security.NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  List<ConformanceRule> rules() {
    return rules;
  }

  /** Call as the service (inside {@link AsService}). One case, or all when the reference is empty. */
  Report report(Query query) {
    Optional<String> caseReference = query.caseReference();
    Instant now = Instant.now();
    List<HistoricProcessInstance> instances = caseReference
        .map(reference -> history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list())
        .orElseGet(() -> history.createHistoricProcessInstanceQuery().list());
    Map<String, List<CaseHistory.Instance>> byCase = new TreeMap<>();
    for (HistoricProcessInstance instance : instances) {
      if (instance.getBusinessKey() != null) {
        byCase.computeIfAbsent(instance.getBusinessKey(), key -> new ArrayList<>()).add(new CaseHistory.Instance(
            instance.getId(), instance.getProcessDefinitionKey(), instance.getSuperProcessInstanceId(),
            instance.getEndTime() != null));
      }
    }
    // An ended case's history no longer changes (and no rule reads a field that erasure removes): its
    // verdicts are stored when it ends, or here the first time they are asked for.
    Map<String, CaseResult> known = new HashMap<>();
    Map<String, List<CaseHistory.Instance>> toEvaluate = new TreeMap<>();
    Map<String, CaseResult> stored = caseReference.isPresent() ? Map.of() : store.all(rulesVersion);
    byCase.forEach((reference, all) -> {
      boolean ended = all.stream().allMatch(CaseHistory.Instance::ended);
      CaseResult kept = ended ? stored.get(reference) : null;
      if (kept != null) {
        known.put(reference, kept);
      } else {
        toEvaluate.put(reference, all);
      }
    });
    for (CaseHistory one : load(toEvaluate).values()) {
      CaseResult result = evaluate(one);
      if (!one.running()) {
        store.save(result, rulesVersion);
      }
      known.put(one.reference, result);
    }

    Map<Result, Integer> summary = new LinkedHashMap<>();
    for (Result result : Result.values()) {
      summary.put(result, 0);
    }
    List<CaseResult> results = new ArrayList<>();
    int matching = 0;
    for (String reference : byCase.keySet()) {
      CaseResult all = known.get(reference);
      all.results().stream().filter(query::counts).forEach(verdict -> summary.merge(verdict.result(), 1, Integer::sum));
      List<Verdict> shown = all.results().stream().filter(query::shows).toList();
      if (!shown.isEmpty()) {
        if (matching >= query.firstResult() && results.size() < query.maxResults()) {
          results.add(new CaseResult(all.caseReference(), all.processKey(), all.state(), shown));
        }
        matching++;
      }
    }
    List<RuleInfo> infos = rules.stream().map(rule -> new RuleInfo(rule.id(), rule.guideline(),
        rule.action().processKey(), rule.action().activityId())).toList();
    return new Report(now, infos, summary, matching, results);
  }

  /** Evaluates and stores an ended case's verdicts (after the transaction that ended it). */
  void evaluateEnded(String caseReference) {
    Map<String, List<CaseHistory.Instance>> byCase = new TreeMap<>();
    history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseReference).list().forEach(instance ->
        byCase.computeIfAbsent(caseReference, key -> new ArrayList<>()).add(new CaseHistory.Instance(instance.getId(),
            instance.getProcessDefinitionKey(), instance.getSuperProcessInstanceId(), instance.getEndTime() != null)));
    List<CaseHistory.Instance> all = byCase.get(caseReference);
    if (all != null && all.stream().allMatch(CaseHistory.Instance::ended)) {
      load(byCase).values().forEach(one -> store.save(evaluate(one), rulesVersion));
    }
  }

  private CaseResult evaluate(CaseHistory one) {
    List<Verdict> verdicts = rules.stream().map(rule -> evaluate(one, rule)).toList();
    return new CaseResult(one.reference, one.root.processKey(), one.running() ? "running" : "ended", verdicts);
  }

  Verdict evaluate(CaseHistory one, ConformanceRule rule) {
    List<CaseHistory.Occurrence> actions = one.occurrencesOf(rule.action()).stream()
        .filter(action -> rule.when().holds(one.valuesAt(action.instanceId(), action.end())))
        .sorted(Comparator.comparing(CaseHistory.Occurrence::start)).toList();
    if (actions.isEmpty()) {
      return new Verdict(rule.id(), Result.notApplicable, null, null);
    }
    CaseHistory.Occurrence deciding = null;
    Verdict pending = null;
    for (CaseHistory.Occurrence action : actions) {
      for (Requirement requirement : rule.requirements()) {
        Optional<CaseHistory.Occurrence> proof = proofOf(one, action, requirement);
        if (proof.isPresent()) {
          deciding = proof.get();
        } else if (requirement.order() == ConformanceRule.Order.AFTER && one.running()) {
          pending = pending != null ? pending : new Verdict(rule.id(), Result.pending, event(one, action),
              requirement.what() + " is still due after " + name(action));
        } else {
          return new Verdict(rule.id(), Result.violated, event(one, action), name(action) + " without "
              + requirement.what() + (requirement.order() == ConformanceRule.Order.BEFORE ? " before it" : " after it"));
        }
      }
    }
    return pending != null ? pending : new Verdict(rule.id(), Result.met, event(one, deciding), null);
  }

  private Optional<CaseHistory.Occurrence> proofOf(CaseHistory one, CaseHistory.Occurrence action, Requirement requirement) {
    List<String> lineage = one.lineage(action.instanceId());
    Instant changed = requirement.resetBy().stream().flatMap(step -> one.occurrencesOf(step).stream())
        .filter(change -> lineage.contains(change.instanceId()) && !change.end().isAfter(action.start()))
        .map(CaseHistory.Occurrence::end).max(Comparator.naturalOrder()).orElse(null);
    List<CaseHistory.Occurrence> candidates = new ArrayList<>();
    for (Proof proof : requirement.anyOf()) {
      one.occurrencesOf(proof.step()).stream()
          .filter(candidate -> lineage.contains(candidate.instanceId()))
          .filter(candidate -> requirement.order() == ConformanceRule.Order.BEFORE
              ? !candidate.end().isAfter(action.start()) && (changed == null || !candidate.end().isBefore(changed))
              : !candidate.start().isBefore(action.end()))
          .filter(candidate -> proof.condition().holds(one.valuesAt(candidate.instanceId(), candidate.end())))
          .forEach(candidates::add);
    }
    Comparator<CaseHistory.Occurrence> byEnd = Comparator.comparing(CaseHistory.Occurrence::end);
    return requirement.order() == ConformanceRule.Order.BEFORE
        ? candidates.stream().max(byEnd) : candidates.stream().min(byEnd);
  }

  /**
   * The cases' histories. Many cases are read with one query per step and per variable over the whole
   * history; a few, by their process instances.
   */
  private Map<String, CaseHistory> load(Map<String, List<CaseHistory.Instance>> byCase) {
    Map<String, CaseHistory> cases = new LinkedHashMap<>();
    Map<String, CaseHistory> caseOfInstance = new HashMap<>();
    byCase.forEach((reference, all) -> {
      CaseHistory one = new CaseHistory(reference, all);
      cases.put(reference, one);
      all.forEach(instance -> caseOfInstance.put(instance.id(), one));
    });
    if (cases.isEmpty()) {
      return cases;
    }
    boolean few = caseOfInstance.size() <= FEW_INSTANCES;
    String[] ids = caseOfInstance.keySet().toArray(String[]::new);

    // No filter on the end time and no order: either would make the database walk an index of all
    // history row by row; what has not ended is left out here.
    List<HistoricActivityInstance> activities = new ArrayList<>();
    if (few) {
      for (String id : ids) {
        activities.addAll(history.createHistoricActivityInstanceQuery().processInstanceId(id).list());
      }
    } else {
      activityIds.forEach(activityId ->
          activities.addAll(history.createHistoricActivityInstanceQuery().activityId(activityId).list()));
    }
    for (HistoricActivityInstance activity : activities) {
      Step step = new Step(activity.getProcessDefinitionKey(), activity.getActivityId());
      CaseHistory one = caseOfInstance.get(activity.getProcessInstanceId());
      if (activity.getEndTime() != null && !activity.isCanceled() && one != null && steps.contains(step)) {
        one.add(new CaseHistory.Occurrence(step, activity.getProcessInstanceId(), activity.getActivityName(),
            activity.getStartTime().toInstant(), activity.getEndTime().toInstant()));
      }
    }
    for (String variable : variables) {
      HistoricDetailQuery query = history.createHistoricDetailQuery().variableUpdates().variableNameLike(variable)
          .disableBinaryFetching().disableCustomObjectDeserialization();
      if (few) {
        query.processInstanceIdIn(ids);
      }
      for (HistoricDetail detail : query.list()) {
        CaseHistory one = caseOfInstance.get(detail.getProcessInstanceId());
        if (one != null && detail instanceof HistoricVariableUpdate update && variable.equals(update.getVariableName())) {
          one.set(update.getProcessInstanceId(), variable, update.getTime().toInstant(), CaseTrails.text(update.getTypedValue()));
        }
      }
    }
    cases.values().forEach(CaseHistory::inTimeOrder);
    return cases;
  }

  private static Event event(CaseHistory one, CaseHistory.Occurrence occurrence) {
    return occurrence == null ? null : new Event(one.processKeyOf(occurrence.instanceId()), occurrence.instanceId(),
        occurrence.step().activityId(), occurrence.activityName(), occurrence.end());
  }

  private static String name(CaseHistory.Occurrence occurrence) {
    return occurrence.activityName() != null ? occurrence.activityName() : occurrence.step().activityId();
  }
}
