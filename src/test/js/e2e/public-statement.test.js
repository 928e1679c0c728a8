const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launchBrowser, waitForService, Staff, rest } = require('./tasklist');
const { PUBLIC_STATEMENT, newestCase, instanceOf } = require('./cases');

let browser;
before(async () => {
  await waitForService();
  browser = await launchBrowser();
});
after(async () => browser?.close());

test('a public statement proposed by the mission, approved by the desk and published by comms', async () => {
  const journey = 'public-statement';
  const mission = await Staff.login(browser, 'mission.nairobi', { journey });
  await mission.startProcess('Public statement', 'publicStatementStart', PUBLIC_STATEMENT.start);
  const reference = await newestCase('mission.nairobi', 'publicStatement', 'Task_WeighSecurity');

  await mission.openTask('Weigh security with the defender', reference);
  await mission.complete('publicStatementSecurity', PUBLIC_STATEMENT.consentGiven);
  const desk = await Staff.login(browser, 'desk.africa', { journey });
  await desk.openTask('Decide on the proposal', reference);
  await desk.complete('publicStatementDecide', PUBLIC_STATEMENT.approve);

  const comms = await Staff.login(browser, 'comms', { journey });
  await comms.openTask('Publish the statement', reference);
  await comms.complete('publicStatementPublish', PUBLIC_STATEMENT.published);
  await mission.openTask('Inform the defender', reference);
  await mission.complete('publicStatementInformDefender', PUBLIC_STATEMENT.informed);

  const instance = await instanceOf('mission.nairobi', reference);
  assert.equal(instance.state, 'COMPLETED');
  const outcome = await rest('mission.nairobi', 'GET',
    `/history/variable-instance?processInstanceId=${instance.id}&variableName=caseOutcome`);
  assert.equal(outcome.body[0].value, 'statementPublished');
});
