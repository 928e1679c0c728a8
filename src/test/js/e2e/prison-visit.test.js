const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launchBrowser, waitForService, Staff, rest } = require('./tasklist');
const { DEMARCHE, PRISON_VISIT, newestCase, instanceOf } = require('./cases');

let browser;
before(async () => {
  await waitForService();
  browser = await launchBrowser();
});
after(async () => browser?.close());

test('a prison visit: weighed with the desk, requested, made and reported, and the desk acknowledges', async () => {
  const journey = 'prison-visit';
  const mission = await Staff.login(browser, 'mission.nairobi', { journey });
  await mission.startProcess('Prison or house-arrest visit', 'prisonVisitStart', PRISON_VISIT.start);
  const reference = await newestCase('mission.nairobi', 'prisonVisit', 'Task_AssessImpact');
  await mission.openTask('Assess the impact of a visit', reference);
  await mission.complete('prisonVisitImpact', PRISON_VISIT.impact);
  await mission.openTask('Assess risks', reference);
  await mission.complete('riskChecklist', DEMARCHE.lowRisk);

  const desk = await Staff.login(browser, 'desk.africa', { journey });
  await desk.openTask('Decide or advise on the proposal', reference);
  await desk.complete('prisonVisitConsult', PRISON_VISIT.agree);

  await mission.openTask('Request permission to visit', reference);
  await mission.complete('prisonVisitRequest', PRISON_VISIT.request);
  await mission.openTask('Record the authorities\' answer', reference);
  await mission.complete('prisonVisitAnswer', PRISON_VISIT.granted);
  await mission.openTask('Record the visit', reference);
  await mission.complete('prisonVisitVisit', PRISON_VISIT.visited);

  await desk.openTask('Acknowledge the report and choose a follow-up', reference);
  // The desk reads the visit report with labels, never codes.
  await desk.page.waitForSelector('.fjs-form-field:has-text("Conditions and treatment") >> text="Poor"');
  await desk.complete('prisonVisitAcknowledge', PRISON_VISIT.ackNone);

  // Followed until the release: the mission may record it at any time.
  await mission.openTask('Record the release', reference);
  const visit = await instanceOf('mission.nairobi', reference);
  const conditions = await rest('mission.nairobi', 'GET',
    `/history/variable-instance?processInstanceId=${visit.id}&variableName=conditionsFound`);
  assert.equal(conditions.body[0].value, PRISON_VISIT.visited.conditionsFound);
});
