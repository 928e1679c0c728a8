// What every HRD view shares: the service's API as the logged-in Cockpit user, safe DOM building (text
// is always set as text, never parsed as HTML), and how codes, dates and results read.

/** The service's API in the webapps, next to Cockpit's own: same login session, same CSRF token. */
export function hrdApi(api) {
  return `${api.adminApi.replace(/\/admin$/, '')}/hrd`;
}

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** GET as the logged-in user; JSON unless another type is asked for. Refusals carry the service's reason. */
export async function get(api, path, accept = 'application/json') {
  const response = await fetch(`${hrdApi(api)}${path}`, {
    credentials: 'same-origin',
    headers: { Accept: accept, 'X-XSRF-TOKEN': api.CSRFToken },
  });
  if (!response.ok) {
    let reason = response.statusText;
    try {
      reason = (await response.json()).message || reason;
    } catch { /* no JSON body */ }
    throw new ApiError(response.status, reason);
  }
  return accept === 'application/json' ? response.json() : response.blob();
}

/** The deployed processes' names by key, to show "Démarche" rather than "demarche". */
export async function processNames(api) {
  const response = await fetch(`${api.engineApi}/process-definition?latestVersion=true`, {
    credentials: 'same-origin', headers: { Accept: 'application/json' },
  });
  const names = new Map();
  if (response.ok) (await response.json()).forEach((definition) => names.set(definition.key, definition.name));
  return (key) => (key ? names.get(key) || key : '');
}

/** Children as nodes: lists flattened, absent ones dropped, anything else as text (never as HTML). */
function nodes(children) {
  return children.flat(Infinity).filter((child) => child !== undefined && child !== null)
    .map((child) => (child instanceof Node ? child : document.createTextNode(String(child))));
}

/** An element with attributes and children. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== false) element.setAttribute(name, value === true ? '' : value);
  });
  element.append(...nodes(children));
  return element;
}

/** Replaces what a node shows. */
export function show(node, ...children) {
  node.replaceChildren(...nodes(children));
}

/** A table with a header row and one row per item; empty, a line saying so. */
export function table(className, headings, rows, empty) {
  if (rows.length === 0) return h('p', { class: `${className} hrd-empty text-muted` }, empty);
  return h('table', { class: `${className} table table-striped table-condensed cam-table` },
    h('thead', {}, h('tr', {}, headings.map((heading) => h('th', {}, heading)))),
    h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell) => h('td', {}, cell))))));
}

/** "notApplicable" reads "Not applicable", "desk-africa" stays as it is. */
export function humanise(code) {
  if (code === undefined || code === null || code === '') return '';
  const words = String(code).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const pad = (number) => String(number).padStart(2, '0');

/** A date and time in the reader's own time zone, as 2026-11-30 14:05; the exact instant in its title. */
export function when(iso, { time = true } = {}) {
  if (!iso) return '';
  const date = new Date(iso);
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return h('time', { datetime: date.toISOString(), title: date.toISOString() },
    time ? `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}` : day);
}

/** How long a task waited, from an ISO-8601 duration (PT50H3M): "2 d 2 h", "3 min", "under a minute". */
export function waited(iso) {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(iso || '');
  if (!match) return iso || '';
  const [hours, minutes] = [Number(match[1] || 0), Number(match[2] || 0)];
  const parts = [];
  if (hours >= 24) parts.push(`${Math.floor(hours / 24)} d`);
  if (hours % 24) parts.push(`${hours % 24} h`);
  if (minutes && hours < 24) parts.push(`${minutes} min`);
  return h('span', { title: iso }, parts.length ? parts.join(' ') : 'under a minute');
}

const RESULT_STYLES = { met: 'success', violated: 'danger', pending: 'warning', notApplicable: 'default' };

export function resultLabel(result) {
  return h('span', { class: `label label-${RESULT_STYLES[result] || 'default'} hrd-result`, 'data-result': result },
    humanise(result));
}

/** The case view's address: Cockpit's own hash route, with the reference as its query. */
export function caseLink(reference) {
  return h('a', { href: `#/hrd/cases?reference=${encodeURIComponent(reference)}`, class: 'hrd-case-link' }, reference);
}

/** The query of Cockpit's hash route: #/hrd/cases?reference=… */
export function routeQuery() {
  const hash = window.location.hash;
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
}

/** A refusal or failure, in words a clerk can act on. */
export function problem(error, notFound) {
  const text = error instanceof ApiError
    ? (error.status === 404 && notFound) || error.message || `The service answered ${error.status}`
    : 'The service could not be reached; try again.';
  return h('div', { class: 'alert alert-warning hrd-problem', role: 'alert' }, text);
}
