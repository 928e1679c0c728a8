// Shared steps of the journeys: valid form values, and finding the case a start opened.
const { rest } = require('./tasklist');

const START_DEMARCHE = {
  defenderName: 'Amina Wanjiru',
  defenderPseudonym: 'Kestrel',
  riskCategories: ['women', 'environment'],
  incidentDescription: 'Arrested after a protest against a mining concession.',
  incidentDate: '2026-11-20',
  lifeOrHealthThreatened: 'no',
  workThreatened: 'yes',
  familyConcerned: 'no',
  proposedReaction: 'demarche',
  reactionOutline: 'Norway is concerned about the arrest and calls for due process.',
  urgency: 'normal',
  coordination: 'likeminded',
};

const STEPS = {
  verify: { sources: 'Partner organisation and court records', verificationMethod: 'Two independent sources', factsVerified: 'verified' },
  assessLowRisk: {
    currentThreats: 'no', reprisalAfterInternationalContact: 'no', previousThreats: 'no', perpetratorLink: 'none',
    generalEnvironment: 'mixed', marginalisedGroup: 'no', reprisalsForReporting: 'no', policeResponse: 'protects',
    protectionAvailable: 'yes', protectionDetails: 'A national protection programme',
  },
  consent: { consentFrom: 'defender', consentHow: 'inPerson', consentDate: '2026-11-22', consentGiven: 'yes', agreedChannel: 'secureMessaging' },
  coordinate: { coordinationOutcome: 'jointReaction', likemindedMissions: ['sweden', 'denmark'] },
  returnForRevision: { approvalDecision: 'returnForRevision', deskComment: 'Please make the ask more specific.' },
  revise: { reactionOutline: 'Norway calls for her immediate release.', revisionNote: 'A specific ask' },
  approve: { approvalDecision: 'approve' },
  deliver: { deliveredOn: '2026-11-25', authority: 'Human Rights Directorate', deliveredBy: 'Deputy head of mission' },
  inform: { informedOn: '2026-11-26', informedWhom: 'defender', informedThrough: 'secureMessaging', proposeMultilateral: 'no' },
  report: { authoritiesResponse: 'They promised to look into the case.', effect: 'tooEarly', publicationView: 'doNotPublish' },
  acknowledge: { publicationDecision: 'doNotPublish', deskProposesMultilateral: 'no' },
};

/** The reference of the case whose first task just appeared for this user (newest first). */
async function newestCase(user, processKey, firstTask) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const tasks = await rest(user, 'GET', `/task?processDefinitionKey=${processKey}&taskDefinitionKey=${firstTask}`
      + '&sortBy=created&sortOrder=desc&maxResults=1');
    if (tasks.body.length === 1) return tasks.body[0].name.match(/\((HRD-\d{4}-\d{5})\)$/)[1];
    if (Date.now() > deadline) throw new Error(`no ${firstTask} for ${user}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The case's process instance id, as the mission that owns it sees it. */
async function instanceOf(user, reference) {
  const instances = await rest(user, 'GET', `/history/process-instance?processInstanceBusinessKey=${reference}`
    + '&sortBy=startTime&sortOrder=asc');
  return instances.body.find((instance) => !instance.superProcessInstanceId);
}

module.exports = { START_DEMARCHE, STEPS, newestCase, instanceOf };
