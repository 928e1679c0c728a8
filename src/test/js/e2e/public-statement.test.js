const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launchBrowser, waitForService, Staff, rest } = require('./tasklist');
const { DEMARCHE, PUBLIC_STATEMENT, newestCase, instanceOf } = require('./cases');

let browser;
before(async () => {
  await waitForService();
  browser = await launchBrowser();
});
after(async () => browser?.close());

test('an official statement in a verified case: drafted, consented, approved by the desk and published by comms', async () => {
  const journey = 'public-statement';
  const mission = await Staff.login(browser, 'mission.nairobi', { journey });
  // A statement rests on a case whose facts were verified and risks assessed: it starts from a démarche.
  await mission.startProcess('Démarche', 'demarcheStart', { ...DEMARCHE.start, proposedReaction: 'officialStatement' });
  const reference = await newestCase('mission.nairobi', 'demarche', 'Task_VerifyFacts');
  await mission.openTask('Verify facts', reference);
  await mission.complete('demarcheVerifyFacts', DEMARCHE.verified);
  await mission.openTask('Assess risks', reference);
  await mission.complete('riskChecklist', DEMARCHE.lowRisk);
  await mission.openTask('Obtain consent', reference);
  await mission.complete('demarcheObtainConsent', DEMARCHE.consentGiven);
  await mission.openTask('Coordinate with likeminded missions', reference);
  await mission.complete('demarcheCoordinate', DEMARCHE.coordinated);

  await mission.openTask('Draft the statement', reference);
  await mission.complete('publicStatementDraft', PUBLIC_STATEMENT.draft);
  await mission.openTask('Weigh security with the defender', reference);
  await mission.complete('publicStatementSecurity', PUBLIC_STATEMENT.consentGiven);
  const desk = await Staff.login(browser, 'desk.africa', { journey });
  await desk.openTask('Decide or advise on the proposal', reference);
  // The desk decides seeing the case's risk and consent, with labels, never codes.
  await desk.page.waitForSelector('.fjs-form-field:has-text("Risk level") >> text="Low"');
  await desk.complete('publicStatementDecide', PUBLIC_STATEMENT.approve);

  const comms = await Staff.login(browser, 'comms', { journey });
  await comms.openTask('Publish the statement', reference);
  await comms.complete('publicStatementPublish', PUBLIC_STATEMENT.published);
  await mission.openTask('Inform the defender', reference);
  await mission.complete('publicStatementInformDefender', PUBLIC_STATEMENT.informed);

  const demarche = await instanceOf('mission.nairobi', reference);
  const statement = (await rest('mission.nairobi', 'GET',
    `/history/process-instance?processDefinitionKey=publicStatement&processInstanceBusinessKey=${reference}`)).body[0];
  assert.equal(statement.state, 'COMPLETED');
  const outcome = await rest('mission.nairobi', 'GET',
    `/history/variable-instance?processInstanceId=${demarche.id}&variableName=statementOutcome`);
  assert.equal(outcome.body[0].value, 'statementPublished');
});
