import { describe, expect, it } from 'vitest';
import { callingProfileSchema } from '../../../api/calling-profiles.ts';
import { matchSbcs, maxExplanations, sbcsDisagree } from './sbc-match.ts';

const profile = (trunks: { trunkFqdn: string; sbcs: (number | string)[] }[]) =>
  callingProfileSchema.parse({
    callingProfileId: 'p1',
    name: 'UK Calling',
    trunksEnrolled: trunks.map((trunk) => ({
      trunkFqdn: trunk.trunkFqdn,
      matchingSbcList: trunk.sbcs.map((id) => ({
        sbcId: id,
        fqdn: `sbc${id}.example.net`,
        ipAddress: '10.0.0.1',
      })),
    })),
  });
const sbc = (id: number | null, name = `sbc${id ?? 'x'}.example.net [10.0.0.1]`) => ({
  sbcId: id,
  sbcName: name,
});

describe('matchSbcs', () => {
  it('agrees when every SBC is on both sides, whatever the id type or trunk', () => {
    const match = matchSbcs(
      [sbc(8), sbc(9)],
      profile([
        { trunkFqdn: 't1', sbcs: ['8'] },
        { trunkFqdn: 't2', sbcs: [9, 8] },
      ]),
    );
    expect(match.matching.map((ref) => ref.id)).toEqual(['8', '9']);
    expect(sbcsDisagree(match)).toBe(false);
    expect(match.explanations).toEqual([]);
  });

  it('says whether the number lists an SBC id, compared as ids are (case, spaces)', () => {
    const match = matchSbcs(
      [{ sbcId: ' AB-12 ', sbcName: 'a' }, sbc(7), sbc(null)],
      profile([{ trunkFqdn: 't1', sbcs: ['ab-12'] }]),
    );
    expect(match.numberHas('ab-12')).toBe(true);
    expect(match.numberHas('7')).toBe(true);
    expect(match.numberHas('8')).toBe(false);
    // An SBC without an id is no SBC with an id of '' or null.
    expect(match.numberHas('')).toBe(false);
    expect(match.numberHas(null)).toBe(false);
  });

  it('flags an SBC of the number that no trunk matches, and explains it', () => {
    const match = matchSbcs([sbc(8), sbc(12)], profile([{ trunkFqdn: 't1', sbcs: [8] }]));
    expect(match.onlyOnNumber.map((ref) => ref.id)).toEqual(['12']);
    expect(sbcsDisagree(match)).toBe(true);
    expect(match.explanations).toEqual([
      "sbc12.example.net [10.0.0.1] (id 12) serves this number but matches no trunk of UK Calling: calls through it may not reach the customer's Teams tenant.",
    ]);
  });

  it("flags a profile's SBC the number does not use, once, naming its trunk", () => {
    const match = matchSbcs(
      [sbc(8)],
      profile([
        { trunkFqdn: 't1', sbcs: [8, 9] },
        { trunkFqdn: 't2', sbcs: [9] },
      ]),
    );
    expect(match.onlyInProfile).toEqual([
      { id: '9', name: 'sbc9.example.net [10.0.0.1]', trunk: 't1' },
    ]);
    expect(match.explanations[0]).toBe(
      "sbc9.example.net [10.0.0.1] (id 9) matches trunk t1 of UK Calling but is not in the number's SBC list: the number does not use it.",
    );
  });

  it('says an SBC without an id cannot be checked, without calling it a mismatch', () => {
    const match = matchSbcs([sbc(null, 'odd.example.net'), null], profile([]));
    expect(match.withoutId).toBe(2);
    expect(sbcsDisagree(match)).toBe(false);
    expect(match.explanations).toContain(
      "odd.example.net has no SBC id in the number's record, so it cannot be checked.",
    );
  });

  it('flags every SBC of a number whose profile has no trunks', () => {
    expect(matchSbcs([sbc(8)], profile([])).onlyOnNumber).toHaveLength(1);
  });

  it('explains a sample of a huge list and counts the rest, in linear time', () => {
    // 5,000 SBCs the profile lacks and 200,000 without an id: answers within the body cap.
    const numberSbcs = [
      ...Array.from({ length: 5_000 }, (_, i) => sbc(10_000 + i)),
      ...Array.from({ length: 200_000 }, () => null),
    ];
    const match = matchSbcs(numberSbcs, profile([{ trunkFqdn: 't1', sbcs: [8] }]));
    expect(match.onlyOnNumber).toHaveLength(5_000);
    expect(match.withoutId).toBe(200_000);
    expect(match.explanations).toHaveLength(maxExplanations);
    expect(match.unexplained).toBe(5_000 + 1 + 200_000 - maxExplanations);
  });
});
