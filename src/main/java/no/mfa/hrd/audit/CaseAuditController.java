package no.mfa.hrd.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import no.mfa.hrd.casefile.AsService;
import no.mfa.hrd.casefile.CaseReferences;
import no.mfa.hrd.rest.StaffApi;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A case's audit trail ({@code GET /api/cases/{caseReference}/audit}, JSON, or CSV with
 * {@code Accept: text/csv}) for auditors, the HR section and administrators; each read is recorded and
 * is part of the trail. Erasure of the case's personal data ({@code POST .../erasure}) for the HR section
 * and administrators; it is recorded in the trail too.
 */
@RestController
@RequestMapping({StaffApi.REST + "/cases/{caseReference}", StaffApi.WEBAPPS + "/cases/{caseReference}"})
class CaseAuditController {

  private static final CsvMapper CSV = CsvMapper.builder().addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

  record Trail(String caseReference, List<TrailEvent> events) {}

  record Erased(String caseReference, String erasedBy, java.time.Instant erasedAt, java.util.Set<String> fields,
      int runtimeValues, int historyValues, int formEntries, int commentsAndAttachments) {}

  private final HistoryService history;
  private final AuditReaders readers;
  private final AsService asService;
  private final CaseTrails trails;
  private final Erasure erasure;
  private final AuditRecords records;

  CaseAuditController(HistoryService history, AuditReaders readers, AsService asService, CaseTrails trails,
      Erasure erasure, AuditRecords records) {
    this.history = history;
    this.readers = readers;
    this.asService = asService;
    this.trails = trails;
    this.erasure = erasure;
    this.records = records;
  }

  @GetMapping(path = "/audit", produces = "application/json")
  Trail trail(@PathVariable String caseReference) {
    String reader = readers.require(AuditReaders.TRAIL_READERS, "The audit trail is for auditors, section-hr and administrators");
    List<HistoricProcessInstance> instances = instancesOf(caseReference);
    records.record(caseReference, AuditRecords.Kind.TRAIL_READ, reader, null);
    return new Trail(caseReference, asService.call(() -> trails.of(caseReference, instances)));
  }

  @GetMapping(path = "/audit", produces = "text/csv")
  String trailAsCsv(@PathVariable String caseReference) throws JsonProcessingException {
    List<TrailEvent> events = trail(caseReference).events().stream().map(CaseAuditController::asSpreadsheetText).toList();
    return CSV.writer(CSV.schemaFor(TrailEvent.class).withHeader()).writeValueAsString(events);
  }

  /**
   * An auditor opens the CSV in a spreadsheet, which would run a cell beginning with =, +, - or @ as a
   * formula (an assignee an administrator typed, say): such a cell starts with an apostrophe, as text.
   */
  private static TrailEvent asSpreadsheetText(TrailEvent event) {
    return new TrailEvent(event.at(), text(event.event()), text(event.processKey()), text(event.processInstanceId()),
        text(event.stepId()), text(event.step()), text(event.user()), text(event.role()), text(event.waited()),
        text(event.field()), text(event.value()), text(event.detail()));
  }

  private static String text(String cell) {
    return cell == null || cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 ? cell : "'" + cell;
  }

  @PostMapping(path = "/erasure", produces = "application/json")
  Erased erase(@PathVariable String caseReference) {
    String eraser = readers.require(AuditReaders.ERASERS, "Erasure is for section-hr and administrators");
    List<HistoricProcessInstance> instances = instancesOf(caseReference);
    Erasure.Result result = asService.call(() -> erasure.erase(instances));
    AuditRecords.Entry entry = records.record(caseReference, AuditRecords.Kind.ERASURE, eraser, result.describe());
    return new Erased(caseReference, eraser, entry.at(), result.fields(), result.runtimeValues(),
        result.historyValues(), result.formEntries(), result.commentsAndAttachments());
  }

  private List<HistoricProcessInstance> instancesOf(String caseReference) {
    if (!CaseReferences.isWellFormed(caseReference)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, CaseReferences.MALFORMED);
    }
    List<HistoricProcessInstance> instances = asService.call(() -> history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference).orderByProcessInstanceStartTime().asc().list());
    if (instances.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No case with this reference");
    }
    return instances;
  }
}
