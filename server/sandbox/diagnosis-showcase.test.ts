import { describe, expect, it } from 'vitest';
import { isBareRecord } from '../../src/features/numbers/bare-record.ts';
import type { OcNumber } from '../../src/features/numbers/schema.ts';
import { diagnosisShowcase } from './diagnosis-showcase.ts';
import { answerRelated } from './related-answers.ts';
import { findNumber } from './sandbox-numbers.ts';

/*
 * Each showcase number has the facts its rule reads (the rules themselves are tested where they
 * live, in src/features/numbers/diagnosis): the record, its calling profile's SBCs, and what
 * number-status answers for it.
 */

const signal = new AbortController().signal;
type Profile = {
  callingProfileId: string;
  trunksEnrolled: { matchingSbcList: { sbcId: number }[] }[];
};
type Detail = { numberFound: boolean; assignmentStatus: string };
type Item = { validationResult: string; telphoneNumberDetail: Detail };

const profiles = (await (
  await answerRelated({ method: 'GET', path: '/api/v2/oc/callingprofile' }, signal)
).json()) as Profile[];

const microsoft = async (n: OcNumber): Promise<Item> => {
  const res = await answerRelated(
    {
      method: 'POST',
      path: '/api/v2/oc/numbers/action/number-status',
      body: { msTenantId: n.tenantId, telephoneNumbers: [n.telephoneNumber] },
    },
    signal,
  );
  const body = (await res.json()) as { telephoneNumbers: Item[] };
  return body.telephoneNumbers[0]!;
};

const caps = (list: OcNumber['acquiredCapabilities']) => (list ?? []).map(String);
const sbcIds = (n: OcNumber) => new Set((n.sbcList ?? []).map((s) => String(s?.sbcId)));
const profileSbcIds = (n: OcNumber) => {
  const profile = profiles.find((p) => p.callingProfileId === n.callingProfileId);
  return new Set(
    profile?.trunksEnrolled.flatMap((t) => t.matchingSbcList.map((s) => String(s.sbcId))),
  );
};
const sbcsAgree = (n: OcNumber) => {
  const [ours, theirs] = [sbcIds(n), profileSbcIds(n)];
  return ours.size === theirs.size && [...ours].every((id) => theirs.has(id));
};
const offersAll = (n: OcNumber) =>
  caps(n.acquiredCapabilities).every((c) => caps(n.availableCapabilities).includes(c));
const hasAddress = (n: OcNumber) => n.civicAddressId !== null && n.locationId !== null;
const failedCode = (n: OcNumber) => Number(n.aslvCode) >= 400;

/** What must be true of a number for its rule to fire (and, for no-findings, for none to). */
const facts: Record<string, (n: OcNumber, ms: Item) => boolean> = {
  'ready-to-assign-to-user': (n, ms) =>
    n.acquiredNumberStatus === 0 &&
    n.assignmentStatus === 'Unassigned' &&
    caps(n.acquiredCapabilities).includes('UserAssignment') &&
    ms.telphoneNumberDetail.numberFound,
  'user-assignment-not-acquired': (n) =>
    caps(n.availableCapabilities).includes('UserAssignment') &&
    !caps(n.acquiredCapabilities).includes('UserAssignment'),
  'marked-for-removal': (n) => n.acquiredNumberStatus === 2,
  'ready-for-removal': (n) => n.acquiredNumberStatus === 3,
  'assignment-check-failed': (n) => failedCode(n) && n.aslcht !== null,
  'teams-disagrees-assignment': (n, ms) =>
    ms.telphoneNumberDetail.numberFound &&
    ms.telphoneNumberDetail.assignmentStatus !== n.assignmentStatus,
  'not-found-at-microsoft': (_, ms) => !ms.telphoneNumberDetail.numberFound,
  'microsoft-validation-failed': (_, ms) => ms.validationResult !== 'Success',
  'capability-not-offered': (n) => !offersAll(n),
  'sbc-mismatch': (n) => !sbcsAgree(n),
  'no-emergency-address-for-user': (n) => n.assignmentStatus === 'UserAssigned' && !hasAddress(n),
  'only-the-number': (n) => isBareRecord(n),
  'no-findings': (n, ms) =>
    n.acquiredNumberStatus === 0 &&
    offersAll(n) &&
    caps(n.acquiredCapabilities).includes('UserAssignment') &&
    sbcsAgree(n) &&
    hasAddress(n) &&
    !failedCode(n) &&
    ms.validationResult === 'Success' &&
    ms.telphoneNumberDetail.assignmentStatus === n.assignmentStatus,
};

describe('diagnosisShowcase', () => {
  it('has one number per rule, all different, each described in a line', () => {
    expect(diagnosisShowcase.map((e) => e.ruleId).sort()).toEqual(Object.keys(facts).sort());
    const numbers = diagnosisShowcase.map((e) => e.telephoneNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const e of diagnosisShowcase) {
      expect(e.description.length).toBeGreaterThan(0);
      expect(e.description.length).toBeLessThanOrEqual(90);
    }
  });

  it.each(diagnosisShowcase)('$telephoneNumber has the facts of $ruleId', async (entry) => {
    const number = findNumber(entry.telephoneNumber);
    expect(number).toBeDefined();
    // A number without a tenant cannot be checked with Microsoft (the app offers no check).
    const answer = number!.tenantId ? await microsoft(number!) : undefined;
    expect(facts[entry.ruleId]!(number!, answer!)).toBe(true);
  });

  it('the no-findings number has none of the other rules’ facts', async () => {
    const entry = diagnosisShowcase.find((e) => e.ruleId === 'no-findings')!;
    const number = findNumber(entry.telephoneNumber)!;
    const ms = await microsoft(number);
    const firing = Object.entries(facts)
      .filter(([id]) => id !== 'no-findings' && id !== 'ready-to-assign-to-user')
      .filter(([, holds]) => holds(number, ms))
      .map(([id]) => id);
    expect(firing).toEqual([]);
  });
});
