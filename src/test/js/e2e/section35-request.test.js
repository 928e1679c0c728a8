const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launchBrowser, waitForService, Staff, rest } = require('./tasklist');
const { SECTION_35_REQUEST, newestCase, instanceOf } = require('./cases');

let browser;
before(async () => {
  await waitForService();
  browser = await launchBrowser();
});
after(async () => browser?.close());

test('a section 35 request: other protection and UNHCR first, the desk supports it, the humanitarian section forwards it', async () => {
  const journey = 'section35-request';
  const cases = SECTION_35_REQUEST;
  const mission = await Staff.login(browser, 'mission.nairobi', { journey });
  await mission.startProcess('Section 35 request', 'section35RequestStart', cases.start);
  const reference = await newestCase('mission.nairobi', 'section35Request', 'Task_ConsiderOtherProtection');
  await mission.openTask('Consider other protection first', reference);
  await mission.complete('section35RequestOtherProtection', cases.otherProtectionNotEnough);
  await mission.openTask('Refer to UNHCR', reference);
  await mission.complete('section35RequestUnhcr', cases.unhcrCannotProtect);
  await mission.openTask('Explain why the case is exceptional', reference);
  await mission.complete('section35RequestConditions', cases.conditionsMet);

  const desk = await Staff.login(browser, 'desk.africa', { journey });
  await desk.openTask('Decide or advise on the proposal', reference);
  await desk.complete('section35RequestDeskSupport', cases.support);

  // The Section for Humanitarian Affairs works the request in its own Tasklist.
  const humanitarian = await Staff.login(browser, 'humanitarian.section', { journey });
  await humanitarian.openTask('Check that the request is complete', reference);
  // It reads the request with labels, never codes.
  await humanitarian.page.waitForSelector('.fjs-form-field:has-text("Country of refuge") >> text="Uganda"');
  await humanitarian.complete('section35RequestCompleteness', cases.complete);
  await humanitarian.openTask('Forward the request to the immigration authorities', reference);
  await humanitarian.complete('section35RequestForward', cases.forwarded);
  await humanitarian.openTask('Record the decision on the entry permit', reference);
  await humanitarian.complete('section35RequestDecision', cases.granted);

  await mission.openTask('Arrange the entry and inform the person', reference);
  await mission.complete('section35RequestArrangeEntry', cases.entryArranged);

  const request = await instanceOf('mission.nairobi', reference);
  const outcome = await rest('humanitarian.section', 'GET',
    `/history/variable-instance?processInstanceId=${request.id}&variableName=caseOutcome`);
  assert.equal(outcome.body[0].value, 'entryPermitGranted');
  // A hub sees nothing of it.
  const seen = await rest('hub.nairobi', 'GET', `/history/process-instance?processInstanceBusinessKey=${reference}`);
  assert.deepEqual(seen.body, []);
});
