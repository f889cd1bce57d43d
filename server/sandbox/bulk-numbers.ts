import type { OcNumber } from '../../src/features/numbers/schema.ts';
import { emergency, sites } from './demo-sites.ts';
import { treyResearch } from './demo-tenants.ts';
import { CONFERENCE, profiles, USER_GEO, VOICE_APP } from './operator-offers.ts';
import { seededGuid } from './seeded-guid.ts';
import { upload, type Entry } from './upload-job.ts';

/*
 * Trey Research's Bristol contact centre: 640 numbers, so that a tenant page pages for real
 * (4 pages of the default 200). They sit in Ofcom's range for drama in Bristol (+44 117 496 0xxx,
 * valid for libphonenumber, never a customer's), were uploaded in four jobs of 160, and mix what a
 * real estate holds: mostly user numbers with an address, some unassigned, conference and voice
 * app numbers, a few on their way out. Made on first use (a few milliseconds), not at startup.
 */

export const BULK_COUNT = 640;
const JOB_SIZE = 160;
const FIRST = 1_174_960_000; // +44 117 496 0000, without the country code

export const bulkTelephoneNumber = (index: number) => `+44${FIRST + index}`;

/** Lifecycle by position: a few numbers released or being removed, the rest active. */
function lifecycle(index: number): number {
  if (index % 160 === 159) return 3;
  if (index % 80 === 79) return 2;
  if (index % 50 === 49) return 1;
  return 0;
}

function entry(index: number): Entry {
  const tn = bulkTelephoneNumber(index);
  const status = lifecycle(index);
  const ids = { id: 2_000_000 + index, uploadTelephoneNumberEntryId: 3_000_000 + index };
  const extra = status === 0 ? ids : { ...ids, acquiredNumberStatus: status };
  const kind = index % 10;
  if (kind === 8) {
    return {
      tn,
      profile: profiles.ukUser,
      acquired: CONFERENCE,
      assignment: 'ConferenceAssigned',
      extra,
    };
  }
  if (kind === 9)
    return { tn, profile: profiles.ukUser, acquired: VOICE_APP, assignment: 'VoiceApp', extra };
  if (kind === 7 || status !== 0) {
    return { tn, profile: profiles.ukUser, acquired: USER_GEO, assignment: 'Unassigned', extra };
  }
  return {
    tn,
    profile: profiles.ukUser,
    acquired: USER_GEO,
    assignment: 'UserAssigned',
    extra: {
      ...extra,
      ...emergency(sites.treyBristol, index % sites.treyBristol.locations.length),
    },
  };
}

/** Makes the numbers anew (bulkNumbers() keeps the first result). */
export function makeBulkNumbers(): OcNumber[] {
  const numbers: OcNumber[] = [];
  for (let job = 0; job * JOB_SIZE < BULK_COUNT; job++) {
    const first = job * JOB_SIZE;
    const entries = Array.from({ length: JOB_SIZE }, (_, i) => entry(first + i));
    const month = String(2 + job * 2).padStart(2, '0');
    numbers.push(
      ...upload(
        treyResearch,
        {
          uploadToAccountJobId: 5101 + job,
          tnUploadJobId: seededGuid(`bulk-job:${job}`),
          at: `2025-${month}-03T08:30:00Z`,
        },
        entries,
      ),
    );
  }
  return numbers;
}

let built: readonly OcNumber[] | undefined;

/** The 640 numbers, made on first use. */
export function bulkNumbers(): readonly OcNumber[] {
  built ??= makeBulkNumbers();
  return built;
}
