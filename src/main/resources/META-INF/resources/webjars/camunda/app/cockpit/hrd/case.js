// One case, running or finished, found by its reference: its processes and open tasks, its conformance
// with the guidelines' rules and its audit trail as a timeline (GET /api/hrd/cases/{ref}, …/audit and
// /api/hrd/audit/conformance). Reading the trail is recorded in the trail itself.
import {
  ApiError, get, h, humanise, problem, processNames, resultLabel, routeQuery, show, table, waited, when,
} from './common.js';

const REFERENCE = /^HRD-\d{4}-\d{5}$/;

function findForm(reference) {
  const input = h('input', {
    class: 'form-control hrd-reference', name: 'reference', placeholder: 'HRD-2026-00042', value: reference || '',
    'aria-label': 'Case reference', required: true, autocomplete: 'off', spellcheck: 'false',
  });
  const form = h('form', { class: 'form-inline hrd-find' },
    h('label', { class: 'control-label' }, 'Case reference '), ' ', input, ' ',
    h('button', { type: 'submit', class: 'btn btn-primary' }, 'Open'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const wanted = input.value.trim().toUpperCase();
    window.location.hash = `#/hrd/cases?reference=${encodeURIComponent(wanted)}`;
  });
  return form;
}

function summary(overview) {
  const facts = [['State', humanise(overview.state)], ['Mission', overview.missionGroup], ['Desk', overview.deskGroup],
    ['Risk level', humanise(overview.riskLevel) || 'Not assessed']];
  return h('dl', { class: 'dl-horizontal hrd-case-facts' },
    facts.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value || '—')]));
}

function processes(overview, nameOf) {
  return table('hrd-processes', ['Process', 'Called by', 'State', 'Started', 'Started by', 'Ended', 'Outcome'],
    overview.processes.map((process) => [
      process.state === 'running'
        ? h('a', { href: `#/process-instance/${encodeURIComponent(process.id)}/runtime` }, process.processName || nameOf(process.processKey))
        : process.processName || nameOf(process.processKey),
      process.calledBy ? nameOf(overview.processes.find((caller) => caller.id === process.calledBy)?.processKey) : '',
      humanise(process.state), when(process.startedAt), process.startedBy || '', when(process.endedAt),
      humanise(process.outcome)]),
    'No process.');
}

function openTasks(overview, nameOf) {
  return table('hrd-open-tasks', ['Step', 'Process', 'For', 'Held by', 'Waiting since', 'Due'],
    overview.openTasks.map((task) => [task.name, nameOf(task.processKey), task.candidateGroups.join(', '),
      task.assignee || '', when(task.createdAt), when(task.dueAt)]),
    'No open task.');
}

function verdictTable(className, verdicts, guideline, nameOf) {
  return table(className, ['Rule', 'Guideline', 'Result', 'Step', 'When', 'Why'],
    verdicts.map((verdict) => [verdict.rule, guideline.get(verdict.rule) || '', resultLabel(verdict.result),
      verdict.event ? `${verdict.event.activityName || verdict.event.activityId} (${nameOf(verdict.event.processKey)})` : '',
      verdict.event ? when(verdict.event.at) : '', verdict.reason || '']),
    'No rule applies to this case yet.');
}

/** The rules that apply, violations first; those that do not (other processes' rules) folded away. */
function conformance(report, nameOf) {
  const guideline = new Map(report.rules.map((rule) => [rule.id, rule.guideline]));
  const verdicts = report.cases.flatMap((one) => one.results);
  const order = { violated: 0, pending: 1, met: 2 };
  const applying = verdicts.filter((verdict) => verdict.result !== 'notApplicable')
    .sort((a, b) => order[a.result] - order[b.result]);
  const notApplying = verdicts.filter((verdict) => verdict.result === 'notApplicable');
  const counts = Object.entries(report.summary).filter(([, count]) => count > 0)
    .map(([result, count]) => h('span', { class: 'hrd-count' }, resultLabel(result), ` ${count} `));
  return [h('p', { class: 'hrd-summary' }, counts.length ? counts : 'No rule applies yet.'),
    verdictTable('hrd-verdicts', applying, guideline, nameOf),
    notApplying.length === 0 ? null : h('details', { class: 'hrd-not-applicable' },
      h('summary', {}, `${notApplying.length} rules do not apply to this case`),
      verdictTable('hrd-verdicts-not-applicable', notApplying, guideline, nameOf))];
}

function trail(events, nameOf) {
  return table('hrd-trail', ['When', 'Event', 'Process', 'Step', 'Who', 'Role', 'Waited', 'Decision', 'Detail'],
    events.map((event) => [when(event.at), humanise(event.event), nameOf(event.processKey), event.step || event.stepId || '',
      event.user || '', event.role || '', waited(event.waited),
      event.field ? `${event.field} = ${event.value ?? ''}` : '', event.detail || '']),
    'The trail is empty.');
}

/** The trail as CSV, saved by the browser; this read is recorded too. */
function csvButton(api, reference) {
  const button = h('button', { type: 'button', class: 'btn btn-default btn-sm hrd-csv' }, 'Download CSV');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const blob = await get(api, `/cases/${encodeURIComponent(reference)}/audit`, 'text/csv');
      const link = h('a', { href: URL.createObjectURL(blob), download: `${reference}-audit-trail.csv` });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (error) {
      button.after(problem(error));
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

async function optional(read) {
  try {
    return await read;
  } catch (error) {
    // An auditor reads history only: a running case's overview is not theirs, its trail is.
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export async function renderCase(node, api) {
  const reference = routeQuery().get('reference');
  const content = h('div', { class: 'hrd-case' });
  node.append(h('div', { class: 'ctn-view container-fluid hrd-view hrd-cases' },
    h('h1', { class: 'section-title' }, 'Cases'), findForm(reference), content));
  if (!reference) {
    content.append(h('p', { class: 'text-muted' }, 'A case is found by its reference, running or finished.'));
    return;
  }
  if (!REFERENCE.test(reference)) {
    content.append(problem(new ApiError(400, 'A case reference looks like HRD-2026-00042.')));
    return;
  }
  content.append(h('p', { class: 'text-muted' }, `Loading ${reference}…`));
  const path = `/cases/${encodeURIComponent(reference)}`;
  try {
    const [events, report, overview, nameOf] = await Promise.all([
      get(api, `${path}/audit`).then((body) => body.events),
      get(api, `/audit/conformance?caseReference=${encodeURIComponent(reference)}`),
      optional(get(api, path)),
      processNames(api)]);
    show(content, 
      h('h2', { class: 'hrd-case-reference' }, reference),
      overview ? [summary(overview), h('h3', {}, 'Processes'), processes(overview, nameOf),
        h('h3', {}, 'Open tasks'), openTasks(overview, nameOf)]
        : h('p', { class: 'text-muted' }, 'The case is still running: its processes and tasks show once it has ended.'),
      h('h3', {}, "Conformance with the guidelines' rules"), conformance(report, nameOf),
      h('h3', {}, 'Audit trail ', csvButton(api, reference)),
      h('p', { class: 'text-muted' }, 'Every read of this trail, this one included, is recorded in it.'),
      trail(events, nameOf));
  } catch (error) {
    show(content, problem(error, `No case ${reference}.`));
  }
}
