// The HR section's dashboard on Cockpit's start page: open cases by process, mission and risk level, the
// Ministry's overdue decisions (oldest first), cases opened and closed per month, open incidents. From
// GET /api/hrd/dashboard: references, groups, steps, levels and dates, never personal data.
import { caseLink, get, h, humanise, problem, processNames, show, table, when } from './common.js';

function counts(className, heading, byKey, label) {
  const rows = Object.entries(byKey).sort(([, a], [, b]) => b - a).map(([key, count]) => [label(key), String(count)]);
  return h('div', { class: 'col-md-4' }, h('h4', {}, heading),
    table(className, ['', 'Open'], rows, 'None open.'));
}

export async function renderDashboard(node, api) {
  const view = h('div', { class: 'hrd-view hrd-dashboard' }, h('p', { class: 'text-muted' }, 'Loading the cases…'));
  node.append(view);
  let figures;
  let nameOf;
  try {
    [figures, nameOf] = await Promise.all([get(api, '/dashboard'), processNames(api)]);
  } catch (error) {
    show(view, problem(error));
    return;
  }
  const overdue = figures.decisionsOverdue.map((decision) => [caseLink(decision.caseReference), nameOf(decision.processKey),
    decision.step, decision.deskGroup, when(decision.due), String(decision.daysOverdue)]);
  const months = figures.perMonth.map((month) => [month.month, String(month.opened), String(month.closed)]);
  const incidents = figures.openIncidents.map((incident) => [caseLink(incident.caseReference), nameOf(incident.processKey),
    incident.activityId, humanise(incident.type), when(incident.since)]);
  show(view, 
    h('h3', {}, "Human rights defenders' cases"),
    h('p', { class: 'text-muted' }, 'As of ', when(figures.at), '. ', h('a', { href: '#/hrd/cases' }, 'Find a case'),
      ' · ', h('a', { href: '#/hrd/conformance' }, 'Process audits')),
    h('h4', {}, 'Ministry decisions overdue'),
    table('hrd-overdue', ['Case', 'Process', 'Step', 'Desk', 'Due', 'Days overdue'], overdue, 'No decision is overdue.'),
    h('div', { class: 'row' },
      counts('hrd-by-process', 'Open cases by process', figures.openByProcess, nameOf),
      counts('hrd-by-mission', 'Open cases by mission', figures.openByMission, (mission) => mission),
      counts('hrd-by-risk', 'Open cases by risk level', figures.openByRiskLevel, humanise)),
    h('div', { class: 'row' },
      h('div', { class: 'col-md-4' }, h('h4', {}, 'Cases opened and closed per month'),
        table('hrd-per-month', ['Month', 'Opened', 'Closed'], months, 'No cases yet.')),
      h('div', { class: 'col-md-8' }, h('h4', {}, 'Open incidents'),
        table('hrd-incidents', ['Case', 'Process', 'Step', 'Type', 'Since'], incidents, 'No open incidents.'))));
}
