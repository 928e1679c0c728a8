const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launchBrowser, waitForService, Staff, rest } = require('./tasklist');
const { DEMARCHE, COURT_OBSERVATION, newestCase, instanceOf } = require('./cases');

let browser;
before(async () => {
  await waitForService();
  browser = await launchBrowser();
});
after(async () => browser?.close());

test('a court observation: the desk advises, the authorities are asked, and the mission records a hearing', async () => {
  const journey = 'court-observation';
  const mission = await Staff.login(browser, 'mission.nairobi', { journey });
  // The hearing was at midnight today (UTC): the advice is due at once, and the case will not wait for it.
  const thisMorning = `${new Date().toISOString().slice(0, 10)}T00:00+00:00`;
  await mission.startProcess('Court observation', 'courtObservationStart',
    { ...COURT_OBSERVATION.start, hearingAt: thisMorning });
  const reference = await newestCase('mission.nairobi', 'courtObservation', 'Task_AssessRelevance');
  await mission.openTask('Assess whether attendance is relevant', reference);
  await mission.complete('courtObservationRelevance', COURT_OBSERVATION.relevant);
  await mission.openTask('Assess risks', reference);
  await mission.complete('riskChecklist', DEMARCHE.lowRisk);

  const desk = await Staff.login(browser, 'desk.africa', { journey });
  await desk.openTask('Decide or advise on the proposal', reference);
  await desk.complete('courtObservationConsult', COURT_OBSERVATION.agree);

  await mission.openTask('Decide whether to attend', reference);
  await mission.complete('courtObservationDecideAttendance', COURT_OBSERVATION.attend);
  await mission.openTask('Inform or ask the authorities', reference);
  // Nairobi's standing procedure, from the decision table, is shown with its label.
  await mission.page.waitForSelector('.fjs-form-field:has-text("standing procedure") >> text="Request the authorities\' permission"');
  await mission.complete('courtObservationInformAuthorities', COURT_OBSERVATION.authoritiesInformed);
  await mission.openTask('Record the authorities\' answer', reference);
  await mission.complete('courtObservationAuthoritiesAnswer', COURT_OBSERVATION.granted);

  // The rota keeps the hearing as reported; the case waits for it, then asks for the observations.
  await mission.openTask('Agree who attends the hearing', reference);
  await mission.complete('courtObservationRota', COURT_OBSERVATION.rotaNorway);
  await mission.openTask('Record the observations', reference);
  await mission.complete('courtObservationObservations', { ...COURT_OBSERVATION.fairHearing, ...COURT_OBSERVATION.adjourned });

  await mission.waitForTask('Agree who attends the hearing', reference);
  const observation = await instanceOf('mission.nairobi', reference);
  const recorded = await rest('mission.nairobi', 'GET',
    `/history/variable-instance?processInstanceId=${observation.id}&variableName=hearingAt`);
  // The local date and time as typed; the offset is the browser's own.
  assert.equal(recorded.body[0].value.slice(0, 16), COURT_OBSERVATION.adjourned.nextHearingAt.slice(0, 16),
    'the next hearing is the one the rota waits for');
  const observed = await rest('mission.nairobi', 'GET',
    `/history/variable-instance?processInstanceId=${observation.id}&variableName=hearingsObserved`);
  assert.equal(observed.body[0].value, 1, 'the hearing is on record');
  // The next hearing's record starts empty: no answer of this hearing is taken for the next.
  const cleared = await rest('mission.nairobi', 'GET',
    `/history/variable-instance?processInstanceId=${observation.id}&variableName=timeToPrepare`);
  assert.equal(cleared.body[0].value, null);
});
