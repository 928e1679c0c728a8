package no.mfa.hrd.forms;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.spin.json.SpinJsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks one submission against a Camunda Form the way form-js does in the browser, and more:
 * required (honouring conditional.hide), lengths, patterns, number bounds, allowed values (static,
 * valuesKey or valuesExpression), value types, non-editable fields, and no variable beyond the form.
 * Messages name the field and the rule, never the value.
 */
public class FormValidator {

  private static final Logger LOG = LoggerFactory.getLogger(FormValidator.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  // form-js's own e-mail check
  private static final Pattern EMAIL = Pattern.compile("^[\\w-.]+@([\\w-]+\\.)+[\\w-]{2,}$");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** Control characters other than tab, line feed and carriage return: never typed, and PostgreSQL refuses NUL. */
  private static final java.util.Set<String> TEXT_TYPES = java.util.Set.of("textfield", "textarea");
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
  /** Letters and symbols that look like nothing: Hangul fillers, the braille blank, the object replacement. */
  private static final java.util.Set<Integer> INVISIBLE = java.util.Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0xFFFC);
  /** The field named by a violation of variables that are not on the form. */
  public static final String UNKNOWN_FIELDS = "(not on the form)";

  private final FeelEngineApi feel = FeelEngineBuilder.forJava().build();
  /**
   * Form expressions parsed once: parsing dominates their cost, and they come from deployed forms,
   * never from a submission. A broken one is kept as empty, so it is not parsed again either.
   */
  private final Cache<String, Optional<ParsedExpression>> parsed = Caffeine.newBuilder().maximumSize(10_000).build();
  private final Clock clock;

  public FormValidator(Clock clock) {
    this.clock = clock;
  }

  /**
   * @param form the deployed form
   * @param submitted the submitted variables, as the engine received them
   * @param existing the variables the form was shown with (the case's variables; empty on a start form)
   */
  public List<Violation> validate(FormSchema form, Map<String, Object> submitted, Map<String, Object> existing) {
    List<Violation> violations = new ArrayList<>();
    Map<String, Object> data = new HashMap<>(existing);
    submitted.forEach((key, value) -> {
      FormField field = form.fields().get(key);
      if (field == null || !field.displayOnly()) {
        data.put(key, plain(value));
      }
    });

    long unknown = submitted.keySet().stream().filter(key -> !form.fields().containsKey(key)).count();
    if (unknown > 0) {
      // The names are the client's own text: they are counted, never repeated.
      violations.add(new Violation(UNKNOWN_FIELDS, "unknownField",
          unknown + (unknown == 1 ? " variable is" : " variables are") + " not a field of this form"));
    }
    for (FormField field : form.fields().values()) {
      boolean present = submitted.containsKey(field.key());
      Object value = plain(submitted.get(field.key()));
      if (isTrue(field.hideCondition(), data)) {
        // A hidden field stays as it was: no value, and no null over a value the case already has.
        if (value != null || present && plain(existing.get(field.key())) != null) {
          violations.add(violation(field, "hidden", "is hidden by the form's conditions and must stay empty"));
        }
        continue;
      }
      if (isTrue(field.disabled(), data)) {
        // The browser may send a shown, disabled field back as it found it (an empty text for none).
        if (present && !unchanged(value, plain(existing.get(field.key())))) {
          violations.add(violation(field, "notEditable", "cannot be changed in this form"));
        }
        continue;
      }
      if (isTrue(field.readonly(), data)) {
        if (present && !sameValue(value, plain(existing.get(field.key())))) {
          violations.add(violation(field, "notEditable", "cannot be changed in this form"));
        }
        continue;
      }
      if (value instanceof String text && text.codePoints().anyMatch(FormValidator::unstorable)) {
        violations.add(violation(field, "characters", "must not contain broken or reserved characters"));
        continue;
      }
      if (isEmpty(field, value)) {
        if (field.required()) {
          violations.add(violation(field, "required", "is required"));
        }
        // Spaces or invisible characters are no answer, but where no text belongs (a date, an option)
        // they are still checked as a value of the field's kind.
        if (!(value instanceof String text && !text.isEmpty() && !TEXT_TYPES.contains(field.type()))) {
          continue;
        }
      }
      checkValue(field, value, data, violations);
    }
    return violations;
  }

  private void checkValue(FormField field, Object value, Map<String, Object> data, List<Violation> violations) {
    switch (field.type()) {
      case "textfield", "textarea" -> checkText(field, value, violations);
      case "number" -> checkNumber(field, value, violations);
      case "checkbox" -> {
        if (!(value instanceof Boolean)) {
          violations.add(violation(field, "type", "must be true or false"));
        }
      }
      case "datetime" -> checkDateTime(field, value, violations);
      case "radio", "select" -> checkOption(field, value, options(field, data), violations);
      case "checklist", "taglist" -> {
        if (!(value instanceof Collection<?> chosen) || chosen.stream().anyMatch(Objects::isNull)) {
          violations.add(violation(field, "type", "must be a list of the form's options"));
        } else {
          List<String> options = options(field, data);
          chosen.forEach(option -> checkOption(field, option, options, violations));
          if (Set.copyOf(chosen).size() < chosen.size()) {
            violations.add(violation(field, "duplicate", "must name each option once"));
          }
        }
      }
      default -> violations.add(violation(field, "type", "is of a kind the server cannot check"));
    }
  }

  private void checkText(FormField field, Object value, List<Violation> violations) {
    if (!(value instanceof String text)) {
      violations.add(violation(field, "type", "must be text"));
      return;
    }
    if (CONTROL.matcher(text).find()) {
      violations.add(violation(field, "controlCharacters", "must not contain control characters"));
    }
    if (text.length() > STORABLE_LENGTH) {
      // Beyond what a text variable can hold (4000 UTF-16 units, whatever the form's maxLength counts).
      violations.add(violation(field, "maxLength", "is too long to store"));
      return;
    }
    int length = text.codePointCount(0, text.length());
    if (field.minLength() != null && length < field.minLength()) {
      violations.add(violation(field, "minLength", "must have at least " + field.minLength() + " characters"));
    }
    if (field.maxLength() != null && length > field.maxLength()) {
      violations.add(violation(field, "maxLength", "must have at most " + field.maxLength() + " characters"));
    }
    if (field.pattern() != null && !matches(field.pattern(), text)) {
      violations.add(violation(field, "pattern", "does not have the required format"));
    }
    if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
      violations.add(violation(field, "email", "must be an e-mail address"));
    }
  }

  private void checkNumber(FormField field, Object value, List<Violation> violations) {
    BigDecimal number = null;
    if ((value instanceof Double d && (d.isNaN() || d.isInfinite()))
        || (value instanceof Float f && (f.isNaN() || f.isInfinite()))) {
      violations.add(violation(field, "type", "must be a number"));
      return;
    }
    if (value instanceof Number n) {
      number = new BigDecimal(n.toString());
    } else if (value instanceof String text && field.serializeToString()) {
      try {
        number = new BigDecimal(text);
      } catch (NumberFormatException notANumber) {
        // reported below
      }
    }
    if (number == null) {
      violations.add(violation(field, "type", "must be a number"));
      return;
    }
    if (field.min() != null && number.compareTo(field.min()) < 0) {
      violations.add(violation(field, "min", "must be at least " + field.min().toPlainString()));
    }
    if (field.max() != null && number.compareTo(field.max()) > 0) {
      violations.add(violation(field, "max", "must be at most " + field.max().toPlainString()));
    }
  }

  /** The longest text the engine stores in a variable, in UTF-16 units. */
  static final int STORABLE_LENGTH = 4000;

  /** The dates a case can mean (and its timers can wait for): any other is a typing error. */
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

  private void checkDateTime(FormField field, Object value, List<Violation> violations) {
    String subtype = field.subtype() == null ? "date" : field.subtype();
    if (!(value instanceof String text)) {
      violations.add(violation(field, "type", "must be a " + subtype + " in the form's format"));
      return;
    }
    try {
      LocalDate date = switch (subtype) {
        case "date" -> {
          if (!DATE.matcher(text).matches()) {
            throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
          }
          yield LocalDate.parse(text);
        }
        case "time" -> {
          parseTime(text, field.timeSerializingFormat());
          yield null;
        }
        default -> parseDateTime(text, field.timeSerializingFormat());
      };
      if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
        violations.add(violation(field, "range", "must lie between " + EARLIEST.getYear() + " and " + LATEST.getYear()));
      } else if (field.disallowPassedDates() && date != null && date.isBefore(LocalDate.now(clock))) {
        violations.add(violation(field, "pastDate", "must not be in the past"));
      }
    } catch (DateTimeParseException wrongFormat) {
      violations.add(violation(field, "type", "must be a " + subtype + " in the form's format"));
    }
  }

  private static void parseTime(String text, String format) {
    if ("no_timezone".equals(format) || format == null) {
      LocalTime.parse(text);
    } else {
      OffsetTime.parse(text);
    }
  }

  private static LocalDate parseDateTime(String text, String format) {
    if ("no_timezone".equals(format)) {
      return LocalDateTime.parse(text).toLocalDate();
    }
    return OffsetDateTime.parse(text).toLocalDate();
  }

  private void checkOption(FormField field, Object value, List<String> options, List<Violation> violations) {
    if (!(value instanceof String option) || !options.contains(option)) {
      violations.add(violation(field, "allowedValues", "must be one of the form's options"));
    }
  }

  /** The allowed values: static in the form, or from a variable (valuesKey), or a FEEL expression. */
  private List<String> options(FormField field, Map<String, Object> data) {
    Object source;
    if (field.valuesKey() != null) {
      source = plain(data.get(field.valuesKey()));
    } else if (field.valuesExpression() != null) {
      source = evaluate(field.valuesExpression(), data);
    } else {
      return field.values();
    }
    List<String> options = new ArrayList<>();
    if (source instanceof Collection<?> entries) {
      for (Object entry : entries) {
        Object option = entry instanceof Map<?, ?> map ? map.get("value") : entry;
        if (option != null) {
          options.add(String.valueOf(option));
        }
      }
    }
    return options;
  }

  private boolean isTrue(String condition, Map<String, Object> data) {
    if (condition == null) {
      return false;
    }
    if (!condition.startsWith("=")) {
      return Boolean.parseBoolean(condition);
    }
    return Boolean.TRUE.equals(evaluate(condition, data));
  }

  private Object evaluate(String formExpression, Map<String, Object> data) {
    String feelExpression = formExpression.startsWith("=") ? formExpression.substring(1) : formExpression;
    Optional<ParsedExpression> expression = parsed.get(feelExpression, text -> {
      ParseResult result = feel.parseExpression(text);
      if (result.isFailure()) {
        LOG.warn("A form expression could not be parsed");
      }
      return result.isSuccess() ? Optional.of(result.parsedExpression()) : Optional.empty();
    });
    if (expression.isEmpty()) {
      return null;
    }
    EvaluationResult result = feel.evaluate(expression.get(), data);
    if (result.isFailure()) {
      // The expression is the form's, not the user's; its variables may be personal data.
      LOG.warn("A form expression could not be evaluated");
      return null;
    }
    return result.result();
  }

  private static boolean isEmpty(FormField field, Object value) {
    if (value == null) {
      return true;
    }
    if (value instanceof String text && isBlank(text)) {
      return true;
    }
    if (value instanceof Collection<?> list && list.isEmpty()) {
      return true;
    }
    // form-js: a required checkbox must be ticked
    return "checkbox".equals(field.type()) && Boolean.FALSE.equals(value);
  }

  /**
   * Spaces alone, of any kind, and characters that show nothing (zero-width space, combining marks
   * without a base, fillers) are no answer to a required field.
   */
  private static boolean isBlank(String text) {
    return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL
        || Character.getType(c) == Character.PRIVATE_USE || Character.getType(c) == Character.UNASSIGNED
        || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK
        || INVISIBLE.contains(c));
  }

  /**
   * Half of a surrogate pair (no character at all: it cannot be stored as UTF-8), a noncharacter
   * (U+FDD0 to U+FDEF, and U+xFFFE and U+xFFFF of every plane), or a bidirectional embedding,
   * override or isolate (U+202A to U+202E, U+2066 to U+2069), which would show the next reader a
   * name or text other than the one stored. Right-to-left text needs none of them.
   */
  private static boolean unstorable(int c) {
    return Character.getType(c) == Character.SURROGATE || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  private static boolean matches(String pattern, String text) {
    try {
      return Pattern.compile(pattern).matcher(text).matches();
    } catch (PatternSyntaxException brokenPattern) {
      return false;
    }
  }

  private static boolean unchanged(Object submitted, Object current) {
    return sameValue(submitted, current) || current == null && "".equals(submitted);
  }

  private static boolean sameValue(Object submitted, Object current) {
    if (submitted instanceof Number a && current instanceof Number b) {
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    return Objects.equals(submitted, current);
  }

  /** JSON variables (lists and objects from Tasklist) as plain Java lists and maps. */
  static Object plain(Object value) {
    if (value instanceof SpinJsonNode json) {
      try {
        return JSON.readValue(json.toString(), Object.class);
      } catch (JsonProcessingException unreadable) {
        return null;
      }
    }
    return value;
  }

  private static Violation violation(FormField field, String rule, String text) {
    return new Violation(field.key(), rule, field.label() + " " + text);
  }
}
