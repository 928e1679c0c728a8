const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launchBrowser, waitForService, Staff, rest } = require('./tasklist');
const { VISA_REFERRAL, newestCase, instanceOf } = require('./cases');

let browser;
before(async () => {
  await waitForService();
  browser = await launchBrowser();
});
after(async () => browser?.close());

test('a visa referral: the hub for the country of residence assesses it, the visa is issued, the applicant told', async () => {
  const journey = 'visa-referral';
  const mission = await Staff.login(browser, 'mission.nairobi', { journey });
  await mission.startProcess('Visa referral', 'visaReferralStart', VISA_REFERRAL.start);
  const reference = await newestCase('mission.nairobi', 'visaReferral', 'Task_AssessRisk');
  await mission.openTask('Assess risks', reference);
  await mission.complete('riskChecklist', VISA_REFERRAL.risk);
  await mission.openTask('Agree security measures for the trip', reference);
  await mission.complete('visaReferralTripSecurity', VISA_REFERRAL.tripSecurity);

  // Kenya is served by the hub in Nairobi: its staff assess the application in their own Tasklist.
  const hub = await Staff.login(browser, 'hub.nairobi', { journey });
  await hub.openTask('Assess the application against the Visa Code', reference);
  // The hub reads the application with labels, never codes.
  await hub.page.waitForSelector('.fjs-form-field:has-text("Country of residence") >> text="Kenya"');
  await hub.complete('visaReferralAssess', VISA_REFERRAL.assessed);
  await hub.openTask('Record the Schengen visa decision', reference);
  await hub.complete('visaReferralSchengenDecision', VISA_REFERRAL.schengenIssued);

  await mission.openTask('Inform the applicant', reference);
  await mission.complete('visaReferralInform', VISA_REFERRAL.informed);
  // The visa is issued: the mission follows up after the trip, two weeks after the planned exit.
  await mission.openTask('Follow up after the trip', reference);
  const referral = await instanceOf('mission.nairobi', reference);
  const issued = await rest('mission.nairobi', 'GET',
    `/history/variable-instance?processInstanceId=${referral.id}&variableName=schengenDecision`);
  assert.equal(issued.body[0].value, 'issued');
  const followUp = await rest('mission.nairobi', 'GET',
    `/task?processInstanceBusinessKey=${reference}&taskDefinitionKey=Task_FollowUpTrip`);
  assert.equal(followUp.body[0].due.slice(0, 10), '2030-05-26');
  // The hub worked the case's tasks, and sees nothing of the case itself.
  const seen = await rest('hub.nairobi', 'GET', `/process-instance?businessKey=${reference}`);
  assert.deepEqual(seen.body, []);
});
