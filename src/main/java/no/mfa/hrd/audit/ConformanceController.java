package no.mfa.hrd.audit;

import java.util.Arrays;
import java.util.Optional;
import no.mfa.hrd.casefile.CaseReferences;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/audit/conformance}: every case and rule as met, violated, not applicable or pending,
 * with the event that decides it; {@code caseReference} narrows it to one case, {@code result} to one
 * result (say, violated). For auditors, the HR section and administrators.
 */
@RestController
@RequestMapping("/api/audit/conformance")
class ConformanceController {

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
      @RequestParam(required = false) String result) {
    readers.require(AuditReaders.TRAIL_READERS, "The process audits are for auditors, section-hr and administrators");
    if (caseReference != null && !CaseReferences.isWellFormed(caseReference)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, CaseReferences.MALFORMED);
    }
    Optional<Conformance.Result> only = Optional.ofNullable(result).map(value -> Arrays.stream(Conformance.Result.values())
        .filter(candidate -> candidate.name().equals(value)).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
            "result: must be one of " + Arrays.toString(Conformance.Result.values()))));
    return asService.call(() -> conformance.report(Optional.ofNullable(caseReference), only));
  }
}
