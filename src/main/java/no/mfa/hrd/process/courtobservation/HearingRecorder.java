package no.mfa.hrd.process.courtobservation;

import java.util.Set;
import no.mfa.hrd.audit.DerivedPersonalData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.mfa.hrd.forms.DeployedForms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Keeps a fair-trial record per hearing: when the observations are recorded, what was observed is
 * added to the case's list of hearings ({@value #RECORDS}) with the hearing's date and who attended.
 */
@Component("hearingRecorder")
class HearingRecorder implements ExecutionListener, DerivedPersonalData {

  static final String RECORDS = "hearingRecords";
  static final String COUNT = "hearingsObserved";
  /** Who attended, from the rota, kept with each record. */
  private static final List<String> ROTA = List.of(Hearing.AT, "hearingAttendee", "likemindedAttending");

  private final DeployedForms deployedForms;

  HearingRecorder(DeployedForms deployedForms) {
    this.deployedForms = deployedForms;
  }

  /** The records copy the observations, which are personal: erasure removes them with the fields. */
  @Override
  public Set<String> variableNames() {
    return Set.of(RECORDS);
  }

  @Override
  public void notify(DelegateExecution execution) {
    List<String> observed = Hearing.observationFields(execution, deployedForms);
    Map<String, Object> record = new LinkedHashMap<>();
    for (String name : ROTA) {
      record.put(name, plain(execution.getVariable(name)));
    }
    for (String name : observed) {
      record.put(name, plain(execution.getVariable(name)));
    }
    List<Object> records = new ArrayList<>(existing(execution.getVariable(RECORDS)));
    records.add(record);
    execution.setVariable(RECORDS, Variables.objectValue(records).serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    execution.setVariable(COUNT, records.size());
  }

  /** Lists the case keeps as JSON (the forms' taglists) go into the record as lists. */
  private static Object plain(Object value) {
    return value instanceof SpinJsonNode json ? json.mapTo(Object.class) : value;
  }

  private static List<?> existing(Object records) {
    return records instanceof List<?> list ? list : List.of();
  }
}
