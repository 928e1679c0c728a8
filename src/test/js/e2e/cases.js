// Shared steps of the journeys: valid form values, and finding the case a start opened.
const { rest } = require('./tasklist');

// Valid form values, step by step, from each process's one fixture file (read by the Java tests too).
const DEMARCHE = require('../../resources/fixtures/demarche.json');
const PUBLIC_STATEMENT = require('../../resources/fixtures/publicStatement.json');
const COURT_OBSERVATION = require('../../resources/fixtures/courtObservation.json');
const PRISON_VISIT = require('../../resources/fixtures/prisonVisit.json');
const VISA_REFERRAL = require('../../resources/fixtures/visaReferral.json');
const SECTION_35_REQUEST = require('../../resources/fixtures/section35Request.json');
const PROTECTION_CASE = require('../../resources/fixtures/protectionCase.json');

/** The reference of the case whose first task just appeared for this user (newest first). */
async function newestCase(user, processKey, firstTask) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const tasks = await rest(user, 'GET', `/task?processDefinitionKey=${processKey}&taskDefinitionKey=${firstTask}`
      + '&sortBy=created&sortOrder=desc&maxResults=1');
    if (tasks.body.length === 1) return tasks.body[0].name.match(/\((HRD-\d{4}-\d{5})\)$/)[1];
    if (Date.now() > deadline) throw new Error(`no ${firstTask} for ${user}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Form values as Tasklist submits them: a list as JSON, anything else as it is. */
function asVariables(values) {
  return {
    variables: Object.fromEntries(Object.entries(values).map(([key, value]) => [key,
      Array.isArray(value) ? { type: 'Json', value: JSON.stringify(value) } : { value }])),
  };
}

/**
 * Opens a case through its start form over REST, for journeys whose subject comes after it (a case set
 * up to be looked at in Cockpit); returns its reference.
 */
async function openCase(user, processKey, values) {
  const started = await rest(user, 'POST', `/process-definition/key/${processKey}/submit-form`, asVariables(values));
  if (started.status !== 200) throw new Error(`${user} could not open a ${processKey}: ${JSON.stringify(started.body)}`);
  return started.body.businessKey;
}

/** Claims and submits the case's task over REST, once it is there (as Tasklist does, without the page). */
async function work(user, reference, taskKey, values) {
  const deadline = Date.now() + 30_000;
  let tasks;
  while ((tasks = await rest(user, 'GET', `/task?processInstanceBusinessKey=${reference}&taskDefinitionKey=${taskKey}`)).body.length === 0) {
    if (Date.now() > deadline) throw new Error(`${user} never got ${taskKey} of ${reference}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const { id } = tasks.body[0];
  const claimed = await rest(user, 'POST', `/task/${id}/claim`, { userId: user });
  const submitted = await rest(user, 'POST', `/task/${id}/submit-form`, asVariables(values));
  if (claimed.status !== 204 || submitted.status !== 204) {
    throw new Error(`${user} could not work ${taskKey}: ${JSON.stringify(claimed.body ?? submitted.body)}`);
  }
}

/** The case's process instance id, as the mission that owns it sees it. */
async function instanceOf(user, reference) {
  const instances = await rest(user, 'GET', `/history/process-instance?processInstanceBusinessKey=${reference}`
    + '&sortBy=startTime&sortOrder=asc');
  return instances.body.find((instance) => !instance.superProcessInstanceId);
}

module.exports = {
  DEMARCHE, PUBLIC_STATEMENT, COURT_OBSERVATION, PRISON_VISIT, VISA_REFERRAL, SECTION_35_REQUEST, PROTECTION_CASE, newestCase, instanceOf, openCase, work,
};
