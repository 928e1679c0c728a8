const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launchBrowser, waitForService, Staff, rest, BASE_URL } = require('./tasklist');
const { PROTECTION_CASE, VISA_REFERRAL, newestCase } = require('./cases');

let browser;
before(async () => {
  await waitForService();
  browser = await launchBrowser();
});
after(async () => browser?.close());

/** The case as one, from the service's own API. */
async function overview(user, reference) {
  const response = await fetch(`${BASE_URL}/api/cases/${reference}`, {
    headers: { Authorization: `Basic ${Buffer.from(`${user}:demo`).toString('base64')}` },
  });
  return { status: response.status, body: await response.json() };
}

test('a protection case: the checklist at intake, the defender check, the risk, and two measures side by side', async () => {
  const journey = 'protection-case';
  const cases = PROTECTION_CASE;
  const mission = await Staff.login(browser, 'mission.nairobi', { journey });
  await mission.startProcess('Protection case', 'protectionCaseStart', cases.start);
  const reference = await newestCase('mission.nairobi', 'protectionCase', 'Task_CheckDefender');
  await mission.openTask('Check the definition of a defender', reference);
  await mission.complete('protectionCaseDefenderCheck', cases.fitsDefinition);
  await mission.openTask('Assess the risk', reference);
  await mission.complete('riskChecklist', cases.lowRisk);
  await mission.openTask('Choose the measures', reference);
  await mission.complete('protectionCaseMeasures', { ...cases.threeMeasures, measures: ['visaReferral', 'specialRapporteur'] });

  // A measure with a procedure of its own is prepared with that procedure's start form, in the case.
  await mission.openTask('Prepare the visa referral', reference);
  await mission.complete('visaReferralStart', VISA_REFERRAL.start);
  await mission.openTask('Contact the Special Rapporteur or a regional mechanism', reference);
  await mission.complete('protectionCaseMechanism', cases.mechanism);

  // The visa referral runs in the case's reference: its first task is in the same Tasklist list.
  await mission.openTask('Assess risks', reference);

  const seen = await overview('mission.nairobi', reference);
  assert.equal(seen.status, 200);
  assert.deepEqual(seen.body.processes.map((process) => `${process.processKey}:${process.state}`),
    ['protectionCase:running', 'visaReferral:running']);
  assert.equal(seen.body.riskLevel, 'low');
  assert.equal((await overview('mission.bogota', reference)).status, 404);
  const tasks = await rest('mission.bogota', 'GET', `/task?processInstanceBusinessKey=${reference}`);
  assert.deepEqual(tasks.body, []);
});
