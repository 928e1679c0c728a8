const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launchBrowser, waitForService, Staff, rest } = require('./tasklist');
const { newestCase, instanceOf } = require('./cases');

let browser;
before(async () => {
  await waitForService();
  browser = await launchBrowser();
});
after(async () => browser?.close());

test('a public statement proposed by the mission, approved by the desk and published by comms', async () => {
  const journey = 'public-statement';
  const mission = await Staff.login(browser, 'mission.nairobi', { journey });
  await mission.startProcess('Public statement', 'publicStatementStart', {
    defenderPseudonym: 'Kestrel',
    urgency: 'normal',
    statementChannel: 'missionWebsite',
    statementDraft: 'Norway follows the case of the detained environmental defenders closely.',
    statementPurpose: 'Visibility gives protection',
  });
  const reference = await newestCase('mission.nairobi', 'publicStatement', 'Task_WeighSecurity');

  await mission.openTask('Weigh security with the defender', reference);
  await mission.complete('publicStatementSecurity', {
    exposureRisks: 'Low: the case is already public', statementConsentFrom: 'defender', statementConsent: 'yes',
  });
  const desk = await Staff.login(browser, 'desk.africa', { journey });
  await desk.openTask('Decide on the statement', reference);
  await desk.complete('publicStatementDecide', { statementDecision: 'approve' });

  const comms = await Staff.login(browser, 'comms', { journey });
  await comms.openTask('Publish the statement', reference);
  await comms.complete('publicStatementPublish', {
    publisher: 'mission', publishedOn: '2026-11-27', publishedChannel: 'missionWebsite',
    publishedLink: 'https://www.norway.no/en/kenya/statement',
  });
  await mission.openTask('Inform the defender', reference);
  await mission.complete('publicStatementInformDefender', { informedOn: '2026-11-28', informedThrough: 'secureMessaging' });

  const instance = await instanceOf('mission.nairobi', reference);
  assert.equal(instance.state, 'COMPLETED');
  const outcome = await rest('mission.nairobi', 'GET',
    `/history/variable-instance?processInstanceId=${instance.id}&variableName=caseOutcome`);
  assert.equal(outcome.body[0].value, 'statementPublished');
});
