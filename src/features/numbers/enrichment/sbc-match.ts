import type { CallingProfile } from '../../../api/calling-profiles.ts';
import { sameId } from '../../../api/fields.ts';
import { parseSbc } from '../sbc.ts';
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
  /** The number's SBCs without an id: they cannot be checked. */
  withoutId: SbcRef[];
  /** One sentence per SBC on one side only, or that cannot be checked. */
  explanations: string[];
};

const numberSide = (sbc: Sbc | null): SbcRef => {
  const row = parseSbc(sbc);
  return { id: row.id, name: row.raw ?? (row.id ? `SBC ${row.id}` : 'An unnamed SBC') };
};

function profileSide(profile: CallingProfile): (SbcRef & { trunk: string })[] {
  return profile.trunksEnrolled.flatMap((trunk) =>
    (trunk?.matchingSbcList ?? []).flatMap((sbc) => {
      if (!sbc || sbc.sbcId === null || sbc.sbcId === undefined) return [];
      const name = sbc.fqdn ?? sbc.name ?? `SBC ${String(sbc.sbcId)}`;
      const address = sbc.ipAddress ? ` [${sbc.ipAddress}]` : '';
      const trunkName = trunk?.trunkFqdn ?? String(trunk?.trunkId ?? 'unnamed');
      return [{ id: String(sbc.sbcId), name: `${name}${address}`, trunk: trunkName }];
    }),
  );
}

const withId = (ref: SbcRef) => (ref.id === null ? ref.name : `${ref.name} (id ${ref.id})`);

/**
 * The number's SBCs against the SBCs that match its calling profile's trunks, by SBC id. Live
 * Platform links a number to its tenant through those trunks, so an SBC on one side only is worth
 * a look (the relation is implied by the vendor's documentation, not stated).
 */
export function matchSbcs(numberSbcs: readonly (Sbc | null)[], profile: CallingProfile): SbcMatch {
  const ours = numberSbcs.map(numberSide);
  const theirs = profileSide(profile);
  const profileName = profile.name ?? 'the calling profile';
  const inProfile = (ref: SbcRef) => theirs.some((sbc) => sameId(sbc.id, ref.id));
  const matching = ours.filter((ref) => ref.id !== null && inProfile(ref));
  const onlyOnNumber = ours.filter((ref) => ref.id !== null && !inProfile(ref));
  const withoutId = ours.filter((ref) => ref.id === null);
  const onlyInProfile = theirs.filter(
    (sbc, index) =>
      !ours.some((ref) => sameId(ref.id, sbc.id)) &&
      theirs.findIndex((other) => sameId(other.id, sbc.id)) === index,
  );
  const explanations = [
    ...onlyOnNumber.map(
      (ref) =>
        `${withId(ref)} serves this number but matches no trunk of ${profileName}: calls through it may not reach the customer's Teams tenant. Check the number's SBC list or the trunks enrolled in the profile.`,
    ),
    ...onlyInProfile.map(
      (sbc) =>
        `${withId(sbc)} matches trunk ${sbc.trunk} of ${profileName} but is not in the number's SBC list: the number does not use it.`,
    ),
    ...withoutId.map(
      (ref) => `${ref.name} has no SBC id in the number's record, so it cannot be checked.`,
    ),
  ];
  return { matching, onlyOnNumber, onlyInProfile, withoutId, explanations };
}

export const sbcsDisagree = (match: SbcMatch) =>
  match.onlyOnNumber.length > 0 || match.onlyInProfile.length > 0;
