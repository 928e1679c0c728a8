// HRD Support's views in Cockpit (Camunda 7.14+ frontend plugins): a dashboard on the start page, and
// "Cases" and "Process audits" in the header, each a page of its own. For the HR section, auditors and
// administrators: the only roles that may open Cockpit, and the only ones the API answers.
import { renderCase } from './case.js';
import { renderConformance } from './conformance.js';
import { renderDashboard } from './dashboard.js';

function navigation(id, label, path, priority) {
  return {
    id,
    pluginPoint: 'cockpit.navigation',
    priority,
    render: (node) => {
      node.append(Object.assign(document.createElement('a'), { href: `#${path}`, textContent: label }));
    },
    checkActive: (url) => url.includes(`#${path}`),
  };
}

export default [
  {
    id: 'hrdDashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: (node, { api }) => renderDashboard(node, api),
  },
  navigation('hrdCasesLink', 'Cases', '/hrd/cases', 60),
  navigation('hrdConformanceLink', 'Process audits', '/hrd/conformance', 55),
  {
    id: 'hrdCases',
    pluginPoint: 'cockpit.route',
    properties: { path: '/hrd/cases' },
    render: (node, { api }) => renderCase(node, api),
  },
  {
    id: 'hrdConformance',
    pluginPoint: 'cockpit.route',
    properties: { path: '/hrd/conformance' },
    render: (node, { api }) => renderConformance(node, api),
  },
];
