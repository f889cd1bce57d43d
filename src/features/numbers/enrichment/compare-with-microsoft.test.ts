import { describe, expect, it } from 'vitest';
import type { MicrosoftCheck } from '../../../api/number-status.ts';
import { makeNumber } from '../number-factory.ts';
import { assignmentKey, compareWithMicrosoft } from './compare-with-microsoft.ts';

const check = (
  detail: { numberFound?: boolean; assignmentStatus?: string },
  validationResult = 'Success',
  actionRequired = false,
): MicrosoftCheck => ({
  overallResult: validationResult,
  checkedAt: new Date('2026-11-29T10:00:00Z'),
  item: {
    telephoneNumber: '+442074996300',
    validationResult,
    actionRequired,
    validationDetail: [],
    telphoneNumberDetail: { numberOffering: 'Calling', ...detail },
  },
});
const byId = (rows: ReturnType<typeof compareWithMicrosoft>) =>
  Object.fromEntries(rows.map((row) => [row.id, row]));

describe('compareWithMicrosoft', () => {
  it('agrees when Microsoft finds the number with the same assignment', () => {
    const rows = compareWithMicrosoft(
      makeNumber({ assignmentStatus: 'UserAssigned' }),
      check({ numberFound: true, assignmentStatus: 'userassigned' }),
    );
    expect(rows.every((row) => row.agrees && row.disagreement === null)).toBe(true);
  });

  it('says in words when Teams and Live Platform disagree about the assignment', () => {
    const rows = byId(
      compareWithMicrosoft(
        makeNumber({ assignmentStatus: 'Unassigned' }),
        check({ numberFound: true, assignmentStatus: 'UserAssigned' }),
      ),
    );
    expect(rows.assignment).toMatchObject({
      agrees: false,
      disagreement:
        "Teams says User (UserAssigned), Live Platform stores Unassigned: Live Platform's record is out of date until its next assignment check.",
    });
  });

  it('does not call an empty side a disagreement', () => {
    const rows = byId(
      compareWithMicrosoft(
        makeNumber({ assignmentStatus: null }),
        check({ numberFound: true, assignmentStatus: '' }),
      ),
    );
    expect(rows.assignment?.agrees).toBe(true);
    expect(rows.assignment?.microsoft).toBe('Nothing reported');
  });

  it('reads VoiceApp and VoiceApplicationAssigned as the same', () => {
    expect(assignmentKey('VoiceApp')).toBe(assignmentKey('VoiceApplicationAssigned'));
  });

  it('flags a number Microsoft does not know', () => {
    expect(
      byId(compareWithMicrosoft(makeNumber(), check({ numberFound: false }))).found,
    ).toMatchObject({
      agrees: false,
      microsoft: 'No',
    });
  });

  it('flags a failed validation and a required action', () => {
    expect(
      byId(compareWithMicrosoft(makeNumber(), check({ numberFound: true }, 'Failure', true)))
        .validation?.disagreement,
    ).toBe("Microsoft's validation did not succeed (Failure); Microsoft says action is required.");
  });
});
