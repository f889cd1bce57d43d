import { describe, expect, it } from 'vitest';
import { callingProfileSchema } from '../../../api/calling-profiles.ts';
import type { MicrosoftCheck } from '../../../api/number-status.ts';
import { matchSbcs } from '../enrichment/sbc-match.ts';
import { makeNumber } from '../number-factory.ts';
import type { OcNumber } from '../schema.ts';
import { diagnose } from './diagnose.ts';
import type { Facts } from './facts.ts';
import { rules } from './rules.ts';

const now = new Date('2026-11-29T12:00:00Z');
const microsoft = (
  numberFound: boolean,
  assignmentStatus = '',
  validationResult = 'Success',
): MicrosoftCheck => ({
  overallResult: validationResult,
  checkedAt: now,
  item: {
    telephoneNumber: '+442074996300',
    validationResult,
    actionRequired: false,
    validationDetail: validationResult === 'Success' ? [] : ['Number is not valid for the tenant'],
    telphoneNumberDetail: { numberFound, numberOffering: 'Calling', assignmentStatus },
  },
});
const profile = (sbcIds: number[]) =>
  callingProfileSchema.parse({
    callingProfileId: '5f3fbb3b-df9b-483d-b294-c7eb01e22aac',
    name: 'UK Calling',
    trunksEnrolled: [
      {
        trunkFqdn: 'trunk1',
        matchingSbcList: sbcIds.map((sbcId) => ({ sbcId, fqdn: `sbc${sbcId}` })),
      },
    ],
  });
const facts = (
  number: Partial<OcNumber> = {},
  extra: { profileSbcs?: number[]; microsoft?: MicrosoftCheck } = {},
): Facts => {
  const record = makeNumber(number);
  const loaded = extra.profileSbcs ? profile(extra.profileSbcs) : undefined;
  return {
    number: record,
    profile: loaded,
    sbcMatch: loaded ? matchSbcs(record.sbcList ?? [], loaded) : undefined,
    microsoft: extra.microsoft,
    now,
  };
};
const userReady = { acquiredNumberStatus: 0, assignmentStatus: 'Unassigned' };
const ruleIds = (given: Facts) => diagnose(given).map((finding) => finding.ruleId);

// Each rule: facts that trigger it, and the nearest facts that must not.
const cases: Record<string, { fires: Facts; quiet: Facts }> = {
  'user-assignment-not-acquired': {
    fires: facts({
      acquiredCapabilities: ['Office365'],
      availableCapabilities: ['Office365', 'UserAssignment'],
    }),
    quiet: facts({
      // A conference number on a profile that offers users too: meant for conferencing.
      acquiredCapabilities: ['Office365', 'ConferenceAssignment'],
      availableCapabilities: ['Office365', 'UserAssignment', 'ConferenceAssignment'],
    }),
  },
  'only-the-number': {
    fires: {
      ...facts(),
      number: { telephoneNumber: '+441214960789' },
    },
    quiet: facts({ tenantId: null, callingProfileId: null }),
  },
  'marked-for-removal': {
    fires: facts({ acquiredNumberStatus: 2 }),
    quiet: facts({ acquiredNumberStatus: 3 }),
  },
  'ready-for-removal': {
    fires: facts({ acquiredNumberStatus: '3' }),
    quiet: facts({ acquiredNumberStatus: 2 }),
  },
  'assignment-check-failed': {
    fires: facts({
      aslvCode: '409',
      aslsct: '2026-11-26T12:00:00Z',
      aslcht: '2026-11-19T12:00:00Z',
    }),
    quiet: facts({ aslvCode: 200 }),
  },
  'not-found-at-microsoft': {
    fires: facts({}, { microsoft: microsoft(false) }),
    quiet: facts({}, { microsoft: microsoft(true, 'Unassigned') }),
  },
  'teams-disagrees-assignment': {
    fires: facts(
      { assignmentStatus: 'Unassigned' },
      { microsoft: microsoft(true, 'UserAssigned') },
    ),
    quiet: facts(
      { assignmentStatus: 'UserAssigned' },
      { microsoft: microsoft(true, 'UserAssigned') },
    ),
  },
  'microsoft-validation-failed': {
    fires: facts({}, { microsoft: microsoft(true, '', 'Failure') }),
    quiet: facts({}, { microsoft: microsoft(true, '') }),
  },
  'capability-not-offered': {
    fires: facts({
      acquiredCapabilities: ['UserAssignment', 'TollFree'],
      availableCapabilities: ['UserAssignment'],
    }),
    quiet: facts({
      acquiredCapabilities: ['UserAssignment'],
      availableCapabilities: ['UserAssignment', 'TollFree'],
    }),
  },
  'sbc-mismatch': {
    fires: facts({}, { profileSbcs: [9] }),
    // Quiet too: a record that says nothing about its SBCs (null), whatever the profile has.
    quiet: facts({ sbcList: null }, { profileSbcs: [9] }),
  },
  'no-emergency-address-for-user': {
    fires: facts({ assignmentStatus: 'UserAssigned' }),
    quiet: facts({ assignmentStatus: 'UserAssigned', civicAddressId: 'a1', locationId: 'l1' }),
  },
  'ready-to-assign-to-user': {
    fires: facts(userReady),
    quiet: facts({ ...userReady, acquiredCapabilities: ['Office365'] }),
  },
};

describe('diagnosis rules', () => {
  it('has a case for every rule, and every rule id once', () => {
    expect(Object.keys(cases).sort()).toEqual(rules.map((rule) => rule.id).sort());
  });

  it.each(Object.entries(cases))(
    '%s fires on its facts and not on the nearest others',
    (id, { fires, quiet }) => {
      expect(ruleIds(fires)).toContain(id);
      expect(ruleIds(quiet)).not.toContain(id);
    },
  );

  it.each(Object.entries(cases))(
    '%s names the fields it read, with their values',
    (id, { fires }) => {
      const finding = diagnose(fires).find((found) => found.ruleId === id);
      expect(finding?.derivedFrom.length).toBeGreaterThan(0);
      expect(finding?.text).toMatch(/\.$/);
      expect(finding?.nextStep).toMatch(/\.$/);
    },
  );

  it('says when the failed check happened', () => {
    const [finding] = diagnose(cases['assignment-check-failed']!.fires);
    expect(finding?.text).toBe(
      'The last assignment check failed with code 409 (status changed 3 days ago); the last successful check was 10 days ago.',
    );
  });

  it('names the SBCs that disagree', () => {
    const finding = diagnose(cases['sbc-mismatch']!.fires).find(
      (found) => found.ruleId === 'sbc-mismatch',
    );
    expect(finding?.text).toBe(
      "The number's SBCs and its calling profile's trunks do not match: oc1.sandbox2.audiocodes.be [20.102.51.206] is only on the number; sbc9 is only in the profile.",
    );
  });

  it('is not ready to assign when Teams says the number is assigned', () => {
    expect(ruleIds(facts(userReady, { microsoft: microsoft(true, 'UserAssigned') }))).not.toContain(
      'ready-to-assign-to-user',
    );
    expect(ruleIds(facts(userReady, { microsoft: microsoft(true, 'Unassigned') }))).toContain(
      'ready-to-assign-to-user',
    );
  });

  it('finds no SBC mismatch when the lists agree', () => {
    expect(ruleIds(facts({}, { profileSbcs: [8] }))).not.toContain('sbc-mismatch');
  });

  it('puts problems first', () => {
    const severities = diagnose(
      facts({ acquiredNumberStatus: 2, aslvCode: 500, assignmentStatus: 'UserAssigned' }),
    ).map((finding) => finding.severity);
    expect(severities).toEqual(['problem', 'problem', 'warning']);
  });

  it("finds nothing on the vendor's example (unassigned status not reported)", () => {
    expect(diagnose(facts())).toEqual([]);
  });
});
