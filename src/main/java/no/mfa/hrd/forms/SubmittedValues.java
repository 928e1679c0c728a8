package no.mfa.hrd.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * A submission's values as plain Java values, admitting only the types that Camunda Forms submit:
 * text, numbers, booleans, dates, and JSON (or a Java list) for the lists of checklists and taglists.
 * Objects, XML, files and bytes never reach the case: they could not be shown in a form, and an
 * object is instantiated when it is read.
 */
final class SubmittedValues {

  /** Text after the list ("[\"sweden\"] and a name") is refused, not ignored: it would be stored unchecked. */
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Set<String> PLAIN_TYPES = Set.of("null", "string", "boolean", "integer", "long", "short",
      "double", "date");
  private static final Set<String> LIST_FIELDS = Set.of("checklist", "taglist");

  private SubmittedValues() {
  }

  /**
   * Adds each submitted value, as a plain value, to {@code plain}; answers the type violations.
   * Variables that are not fields of the form are left to the validator, which refuses them.
   */
  static List<Violation> read(FormSchema form, VariableMap submitted, Map<String, Object> plain) {
    List<Violation> violations = new java.util.ArrayList<>();
    for (String key : submitted.keySet()) {
      FormField field = form.fields().get(key);
      TypedValue typed = submitted.getValueTyped(key);
      String typeName = typed == null || typed.getType() == null ? null : typed.getType().getName();
      if (field == null) {
        plain.put(key, null);
        continue;
      }
      if (typed != null && typed.isTransient()) {
        // A transient value would drive the next step and then vanish: a decision without a record.
        violations.add(new Violation(key, "transient", field.label() + " must be kept with the case (not transient)"));
        continue;
      }
      if (typeName == null) {
        readUntyped(field, typed == null ? null : typed.getValue(), plain, violations);
      } else if (PLAIN_TYPES.contains(typeName)) {
        plain.put(key, typed.getValue());
      } else if ("json".equals(typeName) && LIST_FIELDS.contains(field.type())) {
        readJson(field, ((SerializableValue) typed).getValueSerialized(), plain, violations);
      } else {
        violations.add(typeViolation(field));
      }
    }
    return violations;
  }

  /**
   * Lists arrive as JSON from Tasklist but as plain lists from a REST client that names no type, or
   * from the Java API. Stored, they are always JSON written again from the checked list: a field has one
   * type in every case, no list is kept as a serialized Java object, and nothing is kept but the checked
   * values, however the client spaced or escaped its JSON.
   */
  static void storeListsAsJson(FormSchema form, VariableMap submitted) {
    for (String key : List.copyOf(submitted.keySet())) {
      FormField field = form.fields().get(key);
      TypedValue typed = submitted.getValueTyped(key);
      if (field == null || !LIST_FIELDS.contains(field.type()) || typed == null) {
        continue;
      }
      Object list = typed.getType() == null ? typed.getValue() : null;
      String serialized = typed.getType() != null && "json".equals(typed.getType().getName())
          ? ((SerializableValue) typed).getValueSerialized() : null;
      try {
        if (serialized != null) {
          list = JSON.readValue(serialized, Object.class);
        }
        if (list instanceof Collection<?>) {
          submitted.putValueTyped(key, org.camunda.spin.plugin.variable.SpinValues
              .jsonValue(JSON.writeValueAsString(list)).create());
        }
      } catch (JsonProcessingException unchecked) {
        throw new IllegalStateException("a checked list could not be written as JSON again", unchecked);
      }
    }
  }

  /** Values from the Java API arrive untyped. */
  private static void readUntyped(FormField field, Object value, Map<String, Object> plain, List<Violation> violations) {
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number
        || value instanceof Date) {
      plain.put(field.key(), value);
    } else if (value instanceof Collection<?> list && LIST_FIELDS.contains(field.type())) {
      plain.put(field.key(), new java.util.ArrayList<>(list));
    } else if (value instanceof SpinJsonNode json && LIST_FIELDS.contains(field.type())) {
      readJson(field, json.toString(), plain, violations);
    } else {
      violations.add(typeViolation(field));
    }
  }

  private static void readJson(FormField field, String serialized, Map<String, Object> plain, List<Violation> violations) {
    try {
      plain.put(field.key(), serialized == null ? null : JSON.readValue(serialized, Object.class));
    } catch (JsonProcessingException malformed) {
      violations.add(new Violation(field.key(), "type", field.label() + " is not well-formed JSON"));
    }
  }

  private static Violation typeViolation(FormField field) {
    String expected = LIST_FIELDS.contains(field.type()) ? "a list of the form's options" : switch (field.type()) {
      case "number" -> "a number";
      case "checkbox" -> "true or false";
      case "radio", "select" -> "one of the form's options, as text";
      default -> "text";
    };
    return new Violation(field.key(), "type", field.label() + " must be " + expected);
  }
}
