// The process audits over all cases (GET /api/hrd/audit/conformance): each case's verdicts by rule,
// narrowed by rule and by result (violations first), a page of cases at a time.
import {
  caseLink, get, h, humanise, problem, processNames, resultLabel, routeQuery, show, table, when,
} from './common.js';

const PAGE = 100;
const RESULTS = ['violated', 'pending', 'met', 'notApplicable'];
const ANY = 'any';

function address(rule, result, first) {
  const query = new URLSearchParams({ rule, result });
  if (first > 0) query.set('first', String(first));
  return `#/hrd/conformance?${query}`;
}

function select(name, label, options, chosen) {
  return h('div', { class: 'form-group' }, h('label', { class: 'control-label', for: `hrd-${name}` }, label), ' ',
    h('select', { class: 'form-control', id: `hrd-${name}`, name },
      options.map(([value, text]) => h('option', { value, selected: value === chosen }, text))));
}

export async function renderConformance(node, api) {
  const query = routeQuery();
  const rule = query.get('rule') || ANY;
  const result = query.get('result') || 'violated';
  // An address edited by hand starts from the first case rather than at a page the service refuses.
  const asked = Number.parseInt(query.get('first') || '0', 10);
  const first = Number.isSafeInteger(asked) && asked > 0 && asked <= 2147483647 ? asked : 0;
  const content = h('div', {}, h('p', { class: 'text-muted' }, 'Evaluating the cases…'));
  const view = h('div', { class: 'ctn-view container-fluid hrd-view hrd-conformance' },
    h('h1', { class: 'section-title' }, 'Process audits'),
    h('p', { class: 'text-muted' }, "Each case's steps checked against the guidelines' rules, from its history."),
    content);
  node.append(view);

  const parameters = new URLSearchParams({ firstResult: String(first), maxResults: String(PAGE) });
  if (rule !== ANY) parameters.set('rule', rule);
  if (result !== ANY) parameters.set('result', result);
  let report;
  let nameOf;
  try {
    [report, nameOf] = await Promise.all([get(api, `/audit/conformance?${parameters}`), processNames(api)]);
  } catch (error) {
    show(content, problem(error));
    return;
  }
  const guideline = new Map(report.rules.map((known) => [known.id, known.guideline]));
  const filters = h('form', { class: 'form-inline hrd-filters' },
    select('rule', 'Rule', [[ANY, 'Any rule'], ...report.rules.map((known) =>
      [known.id, `${known.id}: ${known.guideline}`])], rule), ' ',
    select('result', 'Result', [...RESULTS.map((value) => [value, humanise(value)]), [ANY, 'Any result']], result));
  filters.addEventListener('change', () => {
    window.location.hash = address(filters.elements.rule.value, filters.elements.result.value, 0);
  });

  const rows = report.cases.flatMap((one) => one.results.map((verdict) => [caseLink(one.caseReference),
    nameOf(one.processKey), humanise(one.state), verdict.rule, resultLabel(verdict.result),
    verdict.event ? verdict.event.activityName || verdict.event.activityId : '', verdict.event ? when(verdict.event.at) : '',
    verdict.reason || '']));
  const counts = RESULTS.map((value) => h('span', { class: 'hrd-count' }, resultLabel(value), ` ${report.summary[value] ?? 0} `));
  const pages = [];
  if (first > 0) pages.push(h('a', { class: 'btn btn-default btn-sm', href: address(rule, result, Math.max(0, first - PAGE)) }, 'Previous'));
  if (first + report.cases.length < report.matchingCases) {
    pages.push(h('a', { class: 'btn btn-default btn-sm', href: address(rule, result, first + PAGE) }, 'Next'));
  }
  show(content, filters,
    rule !== ANY ? h('p', { class: 'hrd-guideline' }, guideline.get(rule)) : null,
    h('p', { class: 'hrd-summary' }, rule === ANY ? 'All rules: ' : 'This rule: ', counts),
    h('p', { class: 'text-muted' }, report.matchingCases === 0 ? '' : `Cases ${first + 1} to ${first + report.cases.length} of ${report.matchingCases}, as of `,
      report.matchingCases === 0 ? null : when(report.generatedAt)),
    table('hrd-report', ['Case', 'Process', 'Case state', 'Rule', 'Result', 'Step', 'When', 'Why'], rows,
      'No case has a verdict of this rule and result.'),
    h('div', { class: 'btn-group hrd-pages' }, pages));
}
