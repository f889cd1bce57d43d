import type { CallingProfile } from '../../../api/calling-profiles.ts';
import { clip } from '../../../lib/clip.ts';
import { sbcIdOf, sbcNameOf } from '../sbc.ts';
import type { Sbc } from '../schema.ts';

/** One SBC as either side names it. */
export type SbcRef = { id: string | null; name: string };

export type SbcMatch = {
  /** On both sides: the number's SBC matches one of the profile's trunks. */
  matching: SbcRef[];
  /** In the number's SBC list, but matched by none of the profile's trunks. */
  onlyOnNumber: SbcRef[];
  /** Matched by a trunk of the profile, but not in the number's SBC list. */
  onlyInProfile: (SbcRef & { trunk: string })[];
  /** How many of the number's SBCs have no id: they cannot be checked. */
  withoutId: number;
  /**
   * One sentence per SBC on one side only, or that cannot be checked: the first
   * `maxExplanations` of them (an answer may hold thousands of SBCs).
   */
  explanations: string[];
  /** How many more SBCs have a sentence than `explanations` holds. */
  unexplained: number;
  /** Whether the number's SBC list has an SBC with this id (compared as `sameId` does). */
  numberHas: (id: string | null) => boolean;
};

// Names go into sentences: an answer's name may be 900 kB long, a sentence shows the start.
const numberSbcName = (sbc: Sbc | null, id: string | null) =>
  clip(sbcNameOf(sbc) ?? (id ? `SBC ${id}` : 'An unnamed SBC'), 100);

function profileSide(profile: CallingProfile): (SbcRef & { trunk: string })[] {
  return profile.trunksEnrolled.flatMap((trunk) =>
    (trunk?.matchingSbcList ?? []).flatMap((sbc) => {
      if (!sbc || sbc.sbcId === null || sbc.sbcId === undefined) return [];
      const name = clip(sbc.fqdn ?? sbc.name ?? `SBC ${String(sbc.sbcId)}`, 100);
      const address = sbc.ipAddress ? ` [${sbc.ipAddress}]` : '';
      const trunkName = trunk?.trunkFqdn ?? String(trunk?.trunkId ?? 'unnamed');
      return [{ id: String(sbc.sbcId), name: `${name}${address}`, trunk: trunkName }];
    }),
  );
}

const withId = (ref: SbcRef) => (ref.id === null ? ref.name : `${ref.name} (id ${ref.id})`);

// Each answer's check, made once: the calling-profile part and the diagnosis both ask for it, on
// every render, and a number may have thousands of SBCs.
const checked = new WeakMap<CallingProfile, WeakMap<readonly (Sbc | null)[], SbcMatch>>();

/**
 * The number's SBCs against the SBCs that match its calling profile's trunks, by SBC id. Live
 * Platform links a number to its tenant through those trunks, so an SBC on one side only is worth
 * a look (the relation is implied by the vendor's documentation, not stated). The same lists give
 * the same answer, computed once.
 */
export function matchSbcs(numberSbcs: readonly (Sbc | null)[], profile: CallingProfile): SbcMatch {
  const byList = checked.get(profile) ?? new WeakMap<readonly (Sbc | null)[], SbcMatch>();
  checked.set(profile, byList);
  const known = byList.get(numberSbcs);
  if (known) return known;
  const match = compare(numberSbcs, profile);
  byList.set(numberSbcs, match);
  return match;
}

function compare(numberSbcs: readonly (Sbc | null)[], profile: CallingProfile): SbcMatch {
  const theirs = profileSide(profile);
  const profileName = profile.name ?? 'the calling profile';
  // Sets keyed as sameId compares, and one pass over the number's list: linear in both lists.
  // An SBC without an id is counted, and only the few that get a sentence are named: an answer
  // may hold 200,000 of them, and an object for each cost this page a long task.
  const profileIds = new Set(theirs.map((sbc) => idKey(sbc.id)));
  const numberIds = new Set<string>();
  const matching: SbcRef[] = [];
  const onlyOnNumber: SbcRef[] = [];
  const unnamedSample: string[] = [];
  let withoutId = 0;
  for (const sbc of numberSbcs) {
    const id = sbcIdOf(sbc);
    if (id === null) {
      withoutId += 1;
      if (unnamedSample.length < maxExplanations) unnamedSample.push(numberSbcName(sbc, null));
      continue;
    }
    const key = idKey(id);
    numberIds.add(key);
    (profileIds.has(key) ? matching : onlyOnNumber).push({ id, name: numberSbcName(sbc, id) });
  }
  const seen = new Set<string>();
  const onlyInProfile = theirs.filter((sbc) => {
    const key = idKey(sbc.id);
    if (numberIds.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const sentences = [
    ...onlyOnNumber
      .slice(0, maxExplanations)
      .map(
        (ref) =>
          `${withId(ref)} serves this number but matches no trunk of ${profileName}: calls through it may not reach the customer's Teams tenant.`,
      ),
    ...onlyInProfile
      .slice(0, maxExplanations)
      .map(
        (sbc) =>
          `${withId(sbc)} matches trunk ${sbc.trunk} of ${profileName} but is not in the number's SBC list: the number does not use it.`,
      ),
    ...unnamedSample.map(
      (name) => `${name} has no SBC id in the number's record, so it cannot be checked.`,
    ),
  ];
  const explanations = sentences.slice(0, maxExplanations);
  const unexplained = onlyOnNumber.length + onlyInProfile.length + withoutId - explanations.length;
  return {
    matching,
    onlyOnNumber,
    onlyInProfile,
    withoutId,
    explanations,
    unexplained,
    numberHas: (id) => id !== null && numberIds.has(idKey(id)),
  };
}

/** At most this many sentences: the SBC section lists every SBC, this part explains a sample. */
export const maxExplanations = 10;

const idKey = (id: string | null) => (id === null ? '' : id.trim().toLowerCase());

export const sbcsDisagree = (match: SbcMatch) =>
  match.onlyOnNumber.length > 0 || match.onlyInProfile.length > 0;
