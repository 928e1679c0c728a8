const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launchBrowser, waitForService, Staff, rest } = require('./tasklist');
const { DEMARCHE, newestCase, instanceOf } = require('./cases');

let browser;
before(async () => {
  await waitForService();
  browser = await launchBrowser();
});
after(async () => browser?.close());

test('an empty required field shows the form\'s error, and a request around the browser is refused', async () => {
  const mission = await Staff.login(browser, 'mission.nairobi', { journey: 'forms-required' });
  const before = await rest('mission.nairobi', 'GET', '/history/process-instance/count?processDefinitionKey=demarche');

  const { defenderName, ...withoutName } = DEMARCHE.start;
  await mission.page.click('text=Start process');
  await mission.page.click('.modal-body >> text="Démarche"');
  await mission.fill('demarcheStart', withoutName, mission.page.locator('.modal-content'));
  await mission.page.click('.modal-footer button:has-text("Start")');
  const error = mission.page.locator('.fjs-form-field:has([id$="-Field_defenderName"]) .fjs-form-field-error');
  await error.waitFor();
  await mission.shot('required-field-error');
  assert.match(await error.textContent(), /required/i);
  await mission.page.click('.modal-footer button:has-text("Close")');

  const bypass = await rest('mission.nairobi', 'POST', '/process-definition/key/demarche/submit-form', { variables: {} });
  assert.equal(bypass.status, 400);
  assert.ok(bypass.body.violations.some((v) => v.field === 'defenderName' && v.rule === 'required'));
  const after = await rest('mission.nairobi', 'GET', '/history/process-instance/count?processDefinitionKey=demarche');
  assert.equal(after.body.count, before.body.count, 'no case was opened');
});

test('Norwegian letters and a long text round-trip, and every task shows its case reference', async () => {
  const mission = await Staff.login(browser, 'mission.nairobi', { journey: 'forms-letters' });
  const name = 'Åse Ødegård-Ærø';
  // Longer than 3,000 characters, under the field's 4,000.
  const description = 'Blåbærsyltetøy og rømmegrøt. '.repeat(130).trim();
  await mission.startProcess('Démarche', 'demarcheStart', { ...DEMARCHE.start, defenderName: name, incidentDescription: description });
  const reference = await newestCase('mission.nairobi', 'demarche', 'Task_VerifyFacts');
  const instance = await instanceOf('mission.nairobi', reference);

  const stored = await rest('mission.nairobi', 'GET', `/process-instance/${instance.id}/variables?deserializeValues=false`);
  assert.equal(stored.body.defenderName.value, name);
  assert.equal(stored.body.incidentDescription.value, description);

  const names = await mission.waitForTask('Verify facts', reference);
  await mission.shot('task-list');
  for (const taskName of names) assert.match(taskName.trim(), /\(HRD-\d{4}-\d{5}\)$/);
});
