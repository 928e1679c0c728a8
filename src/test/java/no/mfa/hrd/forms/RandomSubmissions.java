package no.mfa.hrd.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random submissions of a form, generated from its own field definitions: fields left out or null,
 * values that fit and values of the wrong type, lengths around the limits, odd Unicode, an extra
 * field now and then. Hidden and disabled fields are filled like any other.
 */
public final class RandomSubmissions {

  private RandomSubmissions() {
  }

  public static Arbitrary<Map<String, Object>> of(FormSchema form) {
    List<Arbitrary<Optional<Map.Entry<String, Object>>>> fields = new ArrayList<>();
    for (FormField field : form.fields().values()) {
      fields.add(Arbitraries.frequencyOf(
          Tuple.of(1, Arbitraries.just(Optional.empty())),
          Tuple.of(5, valueOf(field).injectNull(0.05).map(value -> Optional.of(entry(field.key(), value))))));
    }
    fields.add(Arbitraries.frequencyOf(
        Tuple.of(9, Arbitraries.just(Optional.empty())),
        Tuple.of(1, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)
            .map(name -> Optional.of(entry(name, "extra"))))));
    return Combinators.combine(fields).as(entries -> {
      Map<String, Object> values = new LinkedHashMap<>();
      entries.forEach(entry -> entry.ifPresent(e -> values.put(e.getKey(), e.getValue())));
      return values;
    });
  }

  private static Arbitrary<Object> valueOf(FormField field) {
    Arbitrary<Object> wrongType = Arbitraries.oneOf(
        Arbitraries.integers().map(Object.class::cast),
        Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e308).map(Object.class::cast),
        Arbitraries.of(true, false).map(Object.class::cast),
        Arbitraries.just(List.of(Map.of("a", 1))).map(Object.class::cast),
        Arbitraries.just(Map.of("value", "x")).map(Object.class::cast));
    Arbitrary<Object> fitting = switch (field.type()) {
      case "textfield", "textarea" -> text(field.maxLength() == null ? 300 : field.maxLength() + 3).map(Object.class::cast);
      case "number" -> Arbitraries.oneOf(Arbitraries.integers().between(-1000, 1000).map(Object.class::cast),
          Arbitraries.doubles().map(Object.class::cast));
      case "checkbox" -> Arbitraries.of(true, false).map(Object.class::cast);
      case "radio", "select" -> option(field).map(Object.class::cast);
      case "checklist", "taglist" -> option(field).list().ofMaxSize(5).map(Object.class::cast);
      case "datetime" -> Arbitraries.oneOf(
          Arbitraries.longs().between(-4000, 4000).map(days -> LocalDate.now().plusDays(days).toString()),
          text(30)).map(Object.class::cast);
      default -> text(50).map(Object.class::cast);
    };
    return Arbitraries.frequencyOf(Tuple.of(8, fitting), Tuple.of(2, wrongType));
  }

  private static Arbitrary<String> option(FormField field) {
    return field.values().isEmpty() ? text(20)
        : Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(field.values())), Tuple.of(2, text(20)));
  }

  /** Text from letters, Norwegian letters, spaces, emoji, controls, zero-width and broken characters. */
  private static Arbitrary<String> text(int maxLength) {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.strings().alpha().numeric().withChars(' ', '.', ',').ofMaxLength(8),
        Arbitraries.of("æ", "ø", "å", "Å", "é", "ß", "中", "\u0627", "😀", "\u00a0", "\u200b", "\u3164", "\u0000", "\u0085",
            "\u001b", "\ud800", "\udc00", "\uffff", "\ue000", "\u0378", "\r\n", "\t", "<script>", "' OR 1=1 --", "${x}",
            "#{x}", "=1+1"));
    return pieces.list().ofMaxSize(Math.max(1, maxLength / 4)).map(parts -> {
      String joined = String.join("", parts);
      return joined.length() > maxLength ? joined.substring(0, maxLength) : joined;
    });
  }

  private static Map.Entry<String, Object> entry(String key, Object value) {
    return new java.util.AbstractMap.SimpleImmutableEntry<>(key, value);
  }

}
