package no.mfa.hrd.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What conformance needs of one case's history: its processes (which called which), the completed
 * occurrences of the steps the rules name, and the values the rules' conditions read, each with the
 * moment it was set.
 */
final class CaseHistory {

  record Instance(String id, String processKey, String superId, boolean ended) {}

  record Occurrence(Step step, String instanceId, String activityName, Instant start, Instant end) {}

  private record Update(Instant at, Object value) {}

  final String reference;
  final Instance root;
  private final Map<String, Instance> instances = new HashMap<>();
  private final Map<Step, List<Occurrence>> occurrences = new HashMap<>();
  private final Map<String, Map<String, List<Update>>> updates = new HashMap<>();

  CaseHistory(String reference, List<Instance> all) {
    this.reference = reference;
    all.forEach(instance -> instances.put(instance.id(), instance));
    this.root = all.stream().filter(instance -> instance.superId() == null || !instances.containsKey(instance.superId()))
        .findFirst().orElse(all.get(0));
  }

  boolean has(String instanceId) {
    return instances.containsKey(instanceId);
  }

  boolean running() {
    return !root.ended();
  }

  void add(Occurrence occurrence) {
    occurrences.computeIfAbsent(occurrence.step(), step -> new ArrayList<>()).add(occurrence);
  }

  /** Updates in any order; {@link #inTimeOrder()} sorts them once all are in. */
  void set(String instanceId, String variable, Instant at, Object value) {
    updates.computeIfAbsent(instanceId, id -> new HashMap<>()).computeIfAbsent(variable, name -> new ArrayList<>())
        .add(new Update(at, value));
  }

  void inTimeOrder() {
    updates.values().forEach(byName -> byName.values().forEach(list -> list.sort(java.util.Comparator.comparing(Update::at))));
  }

  List<Occurrence> occurrencesOf(Step step) {
    return occurrences.getOrDefault(step, List.of());
  }

  /** The instance and the processes that called it, nearest first. */
  List<String> lineage(String instanceId) {
    List<String> lineage = new ArrayList<>();
    for (Instance current = instances.get(instanceId); current != null && !lineage.contains(current.id());
        current = current.superId() == null ? null : instances.get(current.superId())) {
      lineage.add(current.id());
    }
    return lineage;
  }

  /** The values as they were at that moment in that process, or else in the processes that called it. */
  Condition.Values valuesAt(String instanceId, Instant moment) {
    List<String> lineage = lineage(instanceId);
    return variable -> {
      for (String id : lineage) {
        List<Update> history = updates.getOrDefault(id, Map.of()).get(variable);
        if (history == null) {
          continue;
        }
        Update latest = null;
        for (Update update : history) {
          if (!update.at().isAfter(moment)) {
            latest = update;
          }
        }
        if (latest != null) {
          return latest.value();
        }
      }
      return null;
    };
  }

  String processKeyOf(String instanceId) {
    return instances.get(instanceId).processKey();
  }
}
