import { assignmentsDisagree, isSuccess } from '../enrichment/compare-with-microsoft.ts';
import { sbcsDisagree } from '../enrichment/sbc-match.ts';
import { parseApiDate } from '../../../lib/dates.ts';
import { clip } from '../../../lib/clip.ts';
import { formatCount } from '../../../lib/counts.ts';
import { isBareRecord } from '../bare-record.ts';
import type { Evidence, Facts, Rule } from './facts.ts';

/*
 * The diagnosis: one table of rules, read top to bottom. Each rule looks at the facts and, when it
 * applies, says the state in a sentence, the next step, and the fields it read (shown with the
 * finding, so the diagnosis never hides what it was derived from). Add a rule by adding a row.
 */

const show = (value: unknown) =>
  value === null || value === undefined
    ? 'null'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);
// Evidence is read, not copied: a value of 500 kB (or a list of 10,000) shows its start.
const fact = (field: string, value: unknown): Evidence => ({
  field,
  value: clip(show(value), 300),
});
const capabilities = (list: Facts['number']['acquiredCapabilities']) =>
  (list ?? []).map((item) => clip(String(item), 100));
const lifecycle = ({ number }: Facts) =>
  number.acquiredNumberStatus === null || number.acquiredNumberStatus === undefined
    ? null
    : Number(number.acquiredNumberStatus);
const assignment = ({ number }: Facts) =>
  String(number.assignmentStatus ?? '')
    .trim()
    .toLowerCase();
const when = (value: string | null | undefined, now: Date) => {
  const parsed = value ? parseApiDate(value, now) : null;
  return parsed ? parsed.relative : null;
};
const checkCode = ({ number }: Facts) => {
  const code = Number(number.aslvCode);
  return typeof number.aslvCode !== 'boolean' && Number.isInteger(code) && code >= 400 && code < 600
    ? code
    : null;
};
// A record may list thousands of SBCs: a finding names a few and counts the rest.
const maxNamed = 5;
const sampleOf = (named: string[], total: number) =>
  named.slice(0, maxNamed).join('; ') +
  (total > maxNamed ? `; and ${formatCount(total - maxNamed)} more` : '');
// UserAssignment, ConferenceAssignment, FirstPartyVoiceAppAssignment, ThirdPartyAppAssignment, …
const isAssignmentCapability = (capability: string) => capability.endsWith('Assignment');
const hasEmergencyAddress = ({ number }: Facts) =>
  [number.civicAddressId, number.locationId].some(
    (id) => id !== null && id !== undefined && String(id).trim() !== '',
  );
const microsoftDetail = (facts: Facts) => facts.microsoft?.item?.telphoneNumberDetail;
const teamsAssignment = (facts: Facts) =>
  String(microsoftDetail(facts)?.assignmentStatus ?? '')
    .trim()
    .toLowerCase();

export const rules: readonly Rule[] = [
  {
    id: 'only-the-number',
    when: ({ number }) =>
      isBareRecord(number)
        ? {
            severity: 'warning',
            text: 'Live Platform holds only the number: no lifecycle, capabilities, assignment or tenant to judge it by.',
            nextStep:
              'Check in Live Platform whether the number was uploaded completely; if it was, ask AudioCodes support why its record is empty.',
            derivedFrom: [fact('telephoneNumber', number.telephoneNumber)],
          }
        : null,
  },
  {
    id: 'user-assignment-not-acquired',
    // Only a number that acquired no assignment at all: one that acquired ConferenceAssignment
    // or a voice-app assignment is meant for that, not for a user.
    when: ({ number }) =>
      capabilities(number.availableCapabilities).includes('UserAssignment') &&
      !capabilities(number.acquiredCapabilities).some(isAssignmentCapability)
        ? {
            severity: 'problem',
            text: 'Cannot be assigned to users: UserAssignment is not acquired, although the calling profile offers it.',
            nextStep:
              'Acquire the UserAssignment capability for this number in Live Platform, then assign it in the Teams admin center.',
            derivedFrom: [
              fact('acquiredCapabilities', number.acquiredCapabilities),
              fact('availableCapabilities', number.availableCapabilities),
            ],
          }
        : null,
  },
  {
    id: 'marked-for-removal',
    when: (facts) =>
      lifecycle(facts) === 2
        ? {
            severity: 'warning',
            text: "Marked for removal from the customer's tenant: it cannot be given new assignments.",
            nextStep:
              'If the removal is a mistake, ask the customer to keep the number in the Teams admin center before it is released.',
            derivedFrom: [fact('acquiredNumberStatus', facts.number.acquiredNumberStatus)],
          }
        : null,
  },
  {
    id: 'ready-for-removal',
    when: (facts) =>
      lifecycle(facts) === 3
        ? {
            severity: 'warning',
            text: 'Released by the customer and ready for removal.',
            nextStep:
              "Remove the number from the customer's Operator Connect numbers in Live Platform to finish the release.",
            derivedFrom: [fact('acquiredNumberStatus', facts.number.acquiredNumberStatus)],
          }
        : null,
  },
  {
    id: 'assignment-check-failed',
    when: (facts) => {
      const code = checkCode(facts);
      if (code === null) return null;
      const { number, now } = facts;
      const changed = when(number.aslsct, now);
      const succeeded = when(number.aslcht, now);
      return {
        severity: 'problem',
        text: `The last assignment check failed with code ${code}${changed ? ` (status changed ${changed})` : ''}; ${succeeded ? `the last successful check was ${succeeded}` : 'no check has succeeded'}.`,
        nextStep:
          code < 500
            ? 'Check with Microsoft below whether the number is still in the tenant; if it is, give the code to the vendor’s support.'
            : 'A failure on Live Platform’s or Microsoft’s side: wait for the next check; if it persists, give the code to the vendor’s support.',
        derivedFrom: [
          fact('aslvCode', number.aslvCode),
          fact('aslsct', number.aslsct),
          fact('aslcht', number.aslcht),
        ],
      };
    },
  },
  {
    id: 'not-found-at-microsoft',
    when: (facts) =>
      microsoftDetail(facts)?.numberFound === false
        ? {
            severity: 'problem',
            text: 'Microsoft does not know this number, although Live Platform holds it.',
            nextStep:
              "Upload the number to the customer's tenant again from Live Platform, or remove the stale record.",
            derivedFrom: [fact('Microsoft: telphoneNumberDetail.numberFound', false)],
          }
        : null,
  },
  {
    id: 'teams-disagrees-assignment',
    when: (facts) =>
      facts.microsoft && assignmentsDisagree(facts.number, facts.microsoft)
        ? {
            severity: 'problem',
            text: `Teams and Live Platform disagree about the assignment: Teams says ${show(microsoftDetail(facts)?.assignmentStatus)}, Live Platform stores ${show(facts.number.assignmentStatus)}.`,
            nextStep:
              "Trust Teams (it is live); Live Platform's record catches up at its next assignment check. If it does not, tell the vendor's support.",
            derivedFrom: [
              fact('assignmentStatus', facts.number.assignmentStatus),
              fact(
                'Microsoft: telphoneNumberDetail.assignmentStatus',
                microsoftDetail(facts)?.assignmentStatus,
              ),
            ],
          }
        : null,
  },
  {
    id: 'microsoft-validation-failed',
    when: (facts) => {
      const result = facts.microsoft?.item?.validationResult ?? facts.microsoft?.overallResult;
      if (!facts.microsoft || isSuccess(result)) return null;
      return {
        severity: 'warning',
        text: `Microsoft's validation of the number did not succeed (${show(result)}).`,
        nextStep:
          'Read the validation details in "Check with Microsoft" below; they say what Microsoft objects to.',
        derivedFrom: [
          fact('Microsoft: validationResult', result),
          fact('Microsoft: validationDetail', facts.microsoft.item?.validationDetail ?? []),
        ],
      };
    },
  },
  {
    id: 'capability-not-offered',
    when: ({ number }) => {
      const offered = new Set(capabilities(number.availableCapabilities));
      const extra = capabilities(number.acquiredCapabilities).filter((name) => !offered.has(name));
      return extra.length > 0
        ? {
            severity: 'warning',
            text: `Acquired ${extra.length === 1 ? 'a capability' : 'capabilities'} the calling profile does not offer: ${sampleOf(extra, extra.length)}.`,
            nextStep:
              'Check the calling profile in Live Platform: either it should offer this, or the number should not have it.',
            derivedFrom: [
              fact('acquiredCapabilities', number.acquiredCapabilities),
              fact('availableCapabilities', number.availableCapabilities),
            ],
          }
        : null;
    },
  },
  {
    id: 'sbc-mismatch',
    // No SBC list at all (null) is Live Platform not saying, not a list that disagrees.
    when: ({ sbcMatch, profile, number }) =>
      number.sbcList && sbcMatch && sbcsDisagree(sbcMatch)
        ? {
            severity: 'warning',
            text: `The number's SBCs and its calling profile's trunks do not match: ${sampleOf(
              [
                ...sbcMatch.onlyOnNumber
                  .slice(0, maxNamed)
                  .map((sbc) => `${sbc.name} is only on the number`),
                ...sbcMatch.onlyInProfile
                  .slice(0, maxNamed)
                  .map((sbc) => `${sbc.name} is only in the profile`),
              ],
              sbcMatch.onlyOnNumber.length + sbcMatch.onlyInProfile.length,
            )}.`,
            nextStep:
              'Compare the SBC list with the trunks in "Calling profile" below, and correct the number or the profile in Live Platform.',
            derivedFrom: [
              fact(
                'sbcList',
                (number.sbcList ?? []).slice(0, maxNamed).map((sbc) => sbc?.sbcId ?? null),
              ),
              fact(
                `callingProfile(${show(profile?.name)}).trunksEnrolled[].matchingSbcList[].sbcId`,
                [...sbcMatch.matching, ...sbcMatch.onlyInProfile]
                  .slice(0, maxNamed)
                  .map((sbc) => sbc.id),
              ),
            ],
          }
        : null,
  },
  {
    id: 'no-emergency-address-for-user',
    when: (facts) => {
      const userAssigned = [assignment(facts), teamsAssignment(facts)].includes('userassigned');
      return userAssigned && !hasEmergencyAddress(facts)
        ? {
            severity: 'problem',
            text: 'Assigned to a user but has no emergency address: emergency calls cannot give a location.',
            nextStep:
              "Ask the customer to set an emergency address and location for this number's user in the Teams admin center.",
            derivedFrom: [
              fact('assignmentStatus', facts.number.assignmentStatus),
              fact('civicAddressId', facts.number.civicAddressId),
              fact('locationId', facts.number.locationId),
            ],
          }
        : null;
    },
  },
  {
    id: 'ready-to-assign-to-user',
    when: (facts) => {
      const status = lifecycle(facts);
      const ready =
        (status === null || status === 0) &&
        assignment(facts) === 'unassigned' &&
        capabilities(facts.number.acquiredCapabilities).includes('UserAssignment') &&
        microsoftDetail(facts)?.numberFound !== false &&
        ['', 'unassigned'].includes(teamsAssignment(facts)) &&
        checkCode(facts) === null;
      return ready
        ? {
            severity: 'ok',
            text: 'Ready to assign to a user: unassigned, active, with UserAssignment acquired.',
            nextStep:
              "The customer's Teams admin can assign it to a user in the Teams admin center.",
            derivedFrom: [
              fact('acquiredNumberStatus', facts.number.acquiredNumberStatus),
              fact('assignmentStatus', facts.number.assignmentStatus),
              fact('acquiredCapabilities', facts.number.acquiredCapabilities),
            ],
          }
        : null;
    },
  },
];
