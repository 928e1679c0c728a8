const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launchBrowser, waitForService, Staff } = require('./tasklist');
const { DEMARCHE, newestCase } = require('./cases');

let browser;
before(async () => {
  await waitForService();
  browser = await launchBrowser();
});
after(async () => browser?.close());

test('a démarche, fully in the browser, as the mission and its desk do it', async () => {
  const journey = 'demarche';
  const mission = await Staff.login(browser, 'mission.nairobi', { journey });
  assert.equal(await mission.page.locator('.ce-eol-banner').isVisible(), false, 'no "migrate to Camunda 8" banner');
  assert.equal(await mission.page.locator('.create-task-action').isVisible(), false, 'no task outside a case');
  await mission.startProcess('Démarche', 'demarcheStart', DEMARCHE.start);
  const reference = await newestCase('mission.nairobi', 'demarche', 'Task_VerifyFacts');

  await mission.openTask('Verify facts', reference);
  await mission.complete('demarcheVerifyFacts', DEMARCHE.verified);
  await mission.openTask('Assess risks', reference);
  await mission.complete('riskChecklist', DEMARCHE.lowRisk);
  await mission.openTask('Obtain consent', reference);
  await mission.complete('demarcheObtainConsent', DEMARCHE.consentGiven);
  await mission.openTask('Coordinate with likeminded missions', reference);
  await mission.complete('demarcheCoordinate', DEMARCHE.coordinated);

  const desk = await Staff.login(browser, 'desk.africa', { journey });
  await desk.openTask('Decide or advise on the proposal', reference);
  assert.equal(await desk.page.locator('.createCommentLink').isVisible(), false, 'no comments outside the case');
  assert.equal(await desk.page.locator('.followup-date').isVisible(), false, 'no follow-up dates');
  // Read-only fields show the option's label, never its code.
  await desk.page.waitForSelector('.fjs-form-field:has-text("Risk level") >> text="Low"');
  await desk.shot('approval-waiting');

  // Bogotá has a case of its own, so its loaded list is not empty, and Nairobi's case is not in it.
  const bogota = await Staff.login(browser, 'mission.bogota', { journey });
  await bogota.startProcess('Démarche', 'demarcheStart', DEMARCHE.start);
  const bogotaCase = await newestCase('mission.bogota', 'demarche', 'Task_VerifyFacts');
  const bogotaSees = await bogota.waitForTask('Verify facts', bogotaCase);
  await bogota.shot('sees-nothing-of-nairobi');
  assert.ok(bogotaSees.every((name) => !name.includes(reference)), `mission.bogota sees ${bogotaSees}`);

  await desk.complete('demarcheApprove', DEMARCHE.returnForRevision);
  await mission.openTask('Revise the proposal', reference);
  await mission.complete('demarcheRevise', DEMARCHE.revised);
  await mission.openTask('Confirm consent to the revised proposal', reference);
  await mission.complete('demarcheConfirmConsent', DEMARCHE.consentConfirmed);
  await desk.openTask('Decide or advise on the proposal', reference);
  await desk.complete('demarcheApprove', DEMARCHE.approve);

  await mission.openTask('Deliver the reaction', reference);
  await mission.complete('demarcheDeliver', DEMARCHE.delivered);
  await mission.openTask('Inform the defender', reference);
  await mission.complete('demarcheInformDefender', DEMARCHE.informed);
  await mission.openTask('Report on the effect', reference);
  await mission.complete('demarcheReportEffect', DEMARCHE.reported);
  await desk.openTask('Acknowledge report and decide on publication', reference);
  await desk.complete('demarcheAcknowledgeReport', DEMARCHE.acknowledged);

  const hr = await Staff.login(browser, 'hr.section', { app: 'cockpit', journey });
  await hr.page.click('a:has-text("Processes")');
  const row = hr.page.locator('tr:has(a:text-is("Démarche"))');
  await row.waitFor();
  await hr.shot('cockpit-processes');
  await row.locator('a:text-is("Démarche")').click();
  await hr.page.waitForSelector('[data-element-id="CallActivity_ApproveDemarche"]');
  await hr.page.waitForSelector('text=Instances Running');
  await hr.shot('cockpit-demarche-diagram');
});
