// The HR section's and the auditors' views in Cockpit: the dashboard, a case found by its reference, the
// process audits. The cases they look at are set up over REST; what is checked is what the browser shows.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { BASE_URL, launchBrowser, waitForService, Staff, rest, api } = require('./tasklist');
const { DEMARCHE, openCase, work } = require('./cases');

let browser;
before(async () => {
  await waitForService();
  browser = await launchBrowser();
});
after(async () => browser?.close());

const journey = 'cockpit';
const DAY = 24 * 60 * 60 * 1000;

/** A démarche of the Nairobi mission, up to the desk's approval. */
async function demarcheAwaitingApproval() {
  const reference = await openCase('mission.nairobi', 'demarche', DEMARCHE.start);
  await work('mission.nairobi', reference, 'Task_VerifyFacts', DEMARCHE.verified);
  await work('mission.nairobi', reference, 'Task_AssessRisk', DEMARCHE.lowRisk);
  await work('mission.nairobi', reference, 'Task_ObtainConsent', DEMARCHE.consentGiven);
  await work('mission.nairobi', reference, 'Task_CoordinateLikeminded', DEMARCHE.coordinated);
  return reference;
}

async function approvalOf(reference) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const tasks = await rest('admin', 'GET', `/task?processInstanceBusinessKey=${reference}&taskDefinitionKey=Task_Decide`,
      undefined, 'admin');
    if (tasks.body.length === 1) return tasks.body[0];
    if (Date.now() > deadline) throw new Error(`no approval task in ${reference}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function openCockpitPage(staff, link, ready) {
  await staff.page.click(`a:text-is("${link}")`);
  await staff.page.waitForSelector(ready);
}

test("the HR section sees on Cockpit's dashboard a démarche whose approval is overdue, and opens the case", async () => {
  const reference = await demarcheAwaitingApproval();
  // The service's clock cannot be moved from a browser: the approval's due date is moved back instead,
  // as if its five days had passed three days ago.
  const approval = await approvalOf(reference);
  const due = new Date(Date.now() - 3 * DAY).toISOString().replace('Z', '+0000');
  const kept = ['name', 'description', 'priority', 'assignee', 'owner', 'delegationState', 'followUp', 'parentTaskId',
    'caseInstanceId', 'tenantId'];
  const moved = await rest('admin', 'PUT', `/task/${approval.id}`,
    { ...Object.fromEntries(kept.map((field) => [field, approval[field]])), due }, 'admin');
  assert.equal(moved.status, 204, JSON.stringify(moved.body));

  const hr = await Staff.login(browser, 'hr.section', { app: 'cockpit', journey });
  const row = hr.page.locator(`.hrd-overdue tr:has(a:text-is("${reference}"))`);
  await row.waitFor();
  await hr.shotOf('.hrd-dashboard', 'dashboard');
  const cells = (await row.locator('td').allTextContents()).map((cell) => cell.trim());
  assert.deepEqual([cells[0], cells[1], cells[2], cells[3], cells[5]],
    [reference, 'Démarche', 'Decide or advise on the proposal', 'desk-africa', '3']);
  const dashboard = await hr.page.locator('.hrd-dashboard').textContent();
  assert.ok(!dashboard.includes(DEMARCHE.start.defenderName), 'no personal data on the dashboard');
  assert.match(await hr.page.locator('.hrd-by-mission').textContent(), /mission-nairobi/);

  await row.locator(`a:text-is("${reference}")`).click();
  await hr.page.waitForSelector('.hrd-open-tasks');
  await hr.shot('case-running');
  assert.match(await hr.page.locator('.hrd-open-tasks').textContent(), /Decide or advise on the proposal.*desk-africa/s);
  assert.match(await hr.page.locator('.hrd-trail').textContent(), /Task created/);
});

test('an auditor opens a finished case by its reference and sees its trail and the rule it broke', async () => {
  const reference = await demarcheAwaitingApproval();
  await approvalOf(reference);
  // An administrator moves the case past the Ministry's approval: the audit must show it.
  const instance = (await rest('admin', 'GET', `/process-instance?businessKey=${reference}&processDefinitionKey=demarche`,
    undefined, 'admin')).body[0];
  const modified = await rest('admin', 'POST', `/process-instance/${instance.id}/modification`, {
    instructions: [{ type: 'cancel', activityId: 'CallActivity_ApproveDemarche' },
      { type: 'startBeforeActivity', activityId: 'Task_DeliverReaction' }],
  }, 'admin');
  assert.equal(modified.status, 204, JSON.stringify(modified.body));
  await work('mission.nairobi', reference, 'Task_DeliverReaction', DEMARCHE.delivered);
  await work('mission.nairobi', reference, 'Task_InformDefender', DEMARCHE.informed);
  await work('mission.nairobi', reference, 'Task_ReportOnEffect', DEMARCHE.reported);
  await work('desk.africa', reference, 'Task_AcknowledgeReport', DEMARCHE.acknowledged);

  const auditor = await Staff.login(browser, 'auditor', { app: 'cockpit', journey });
  await openCockpitPage(auditor, 'Cases', '.hrd-find');
  await auditor.page.fill('.hrd-reference', reference);
  await auditor.page.click('.hrd-find button[type=submit]');
  await auditor.page.waitForSelector('.hrd-trail');
  await auditor.shot('case-finished');
  await auditor.shotOf('.hrd-cases', 'case-finished-whole');
  assert.match(await auditor.page.locator('.hrd-case-facts').textContent(), /Completed/);
  const trail = await auditor.page.locator('.hrd-trail').textContent();
  assert.match(trail, /Process started/);
  assert.match(trail, /Process ended/);
  assert.match(trail, /Deliver the reaction/);
  assert.ok(!trail.includes(DEMARCHE.start.defenderName), 'no personal data in the trail');
  const violated = auditor.page.locator('.hrd-verdicts tr:has([data-result=violated])');
  assert.ok(await violated.count() >= 1, 'a rule is shown as violated');
  assert.match(await violated.first().textContent(), /approv/i);
  assert.match(await violated.first().textContent(), /Deliver the reaction/);

  const [download] = await Promise.all([auditor.page.waitForEvent('download'), auditor.page.click('.hrd-csv')]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  assert.equal(download.suggestedFilename(), `${reference}-audit-trail.csv`);
  assert.match(csv.split('\n')[0], /^"?at"?,"?event"?/);
  assert.match(csv, /processEnded/);

  // Both reads, in the page and as CSV, are in the trail.
  const reads = (await api('auditor', 'GET', `/cases/${reference}/audit`)).body.events
    .filter((event) => event.event === 'trailRead' && event.user === 'auditor');
  assert.ok(reads.length >= 2, `the auditor's reads are recorded: ${reads.length}`);

  // The process audits over all cases, narrowed to the rule this case broke.
  const rule = (await violated.first().locator('td').first().textContent()).trim();
  await openCockpitPage(auditor, 'Process audits', '.hrd-filters');
  await auditor.page.selectOption('#hrd-rule', rule);
  await auditor.page.waitForSelector(`.hrd-report tr:has(a:text-is("${reference}"))`);
  assert.equal(await auditor.page.inputValue('#hrd-result'), 'violated');
  const rows = await auditor.page.locator('.hrd-report tbody tr').allTextContents();
  assert.ok(rows.every((text) => text.includes(rule) && text.includes('Violated')), rows.join('\n'));
  await auditor.shot('process-audits');
});

test('a mission cannot open Cockpit, and the dashboard refuses it', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/camunda/app/cockpit/default/`);
  await page.waitForLoadState('networkidle');
  await page.fill('input[placeholder=Username]', 'mission.nairobi');
  await page.fill('input[placeholder=Password]', 'demo');
  const [login] = await Promise.all([
    page.waitForResponse((response) => response.url().includes('/login/cockpit')),
    page.click('button[type=submit]')]);
  assert.equal(login.status(), 403);
  await page.waitForSelector('.notifications .alert-danger, .alert-danger');
  assert.equal(await page.locator('text=Processes').count(), 0);
  await new Staff(page, 'mission.nairobi', journey).shot('cockpit-refused');

  // Logged in to Tasklist, the mission's session reaches the webapps' API, and the dashboard says no.
  const mission = await Staff.login(browser, 'mission.nairobi', { journey });
  const status = await mission.page.evaluate(async () => (await fetch('/camunda/api/hrd/dashboard')).status);
  assert.equal(status, 403);
  const cockpit = await mission.page.goto(`${BASE_URL}/camunda/app/cockpit/default/`);
  assert.equal(cockpit.status(), 403, 'the Tasklist session does not open Cockpit either');
  assert.equal((await api('mission.nairobi', 'GET', '/dashboard')).status, 403);
  assert.equal((await api('desk.africa', 'GET', '/dashboard')).status, 403);
  await context.close();
});
