package no.mfa.hrd.audit;

import java.util.Arrays;
import java.util.Optional;
import no.mfa.hrd.casefile.AsService;
import no.mfa.hrd.casefile.CaseReferences;
import no.mfa.hrd.rest.StaffApi;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/audit/conformance}: every case and rule as met, violated, not applicable or pending,
 * with the event that decides it. {@code caseReference} narrows it to one case, {@code rule} to one rule,
 * {@code result} to one result (say, violated); {@code firstResult} and {@code maxResults} page through the
 * cases. For auditors, the HR section and administrators.
 */
@RestController
@RequestMapping({StaffApi.REST + "/audit/conformance", StaffApi.WEBAPPS + "/audit/conformance"})
class ConformanceController {

  /** The most cases one page lists: the whole report over years of cases is tens of megabytes. */
  static final int MAX_RESULTS = 1000;

  private final AuditReaders readers;
  private final AsService asService;
  private final Conformance conformance;

  ConformanceController(AuditReaders readers, AsService asService, Conformance conformance) {
    this.readers = readers;
    this.asService = asService;
    this.conformance = conformance;
  }

  @GetMapping
  Conformance.Report report(@RequestParam(required = false) String caseReference,
      @RequestParam(required = false) String rule, @RequestParam(required = false) String result,
      @RequestParam(required = false) String firstResult, @RequestParam(required = false) String maxResults) {
    readers.require(AuditReaders.TRAIL_READERS, "The process audits are for auditors, section-hr and administrators");
    if (caseReference != null && !CaseReferences.isWellFormed(caseReference)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, CaseReferences.MALFORMED);
    }
    if (rule != null && conformance.rules().stream().noneMatch(known -> known.id().equals(rule))) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "rule: no rule has this id (the report lists them)");
    }
    Optional<Conformance.Result> only = Optional.ofNullable(result).map(value -> Arrays.stream(Conformance.Result.values())
        .filter(candidate -> candidate.name().equals(value)).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
            "result: must be one of " + Arrays.toString(Conformance.Result.values()))));
    Conformance.Query query = new Conformance.Query(Optional.ofNullable(caseReference), Optional.ofNullable(rule), only,
        number("firstResult", firstResult, 0, Integer.MAX_VALUE, 0),
        number("maxResults", maxResults, 1, MAX_RESULTS, MAX_RESULTS));
    return asService.call(() -> conformance.report(query));
  }

  private static int number(String field, String value, int min, int max, int absent) {
    if (value == null) {
      return absent;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // refused below, with the rule
    }
    throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
        field + ": must be a whole number from " + min + " to " + max);
  }
}
