import type { OcNumber } from '../../src/features/numbers/schema.ts';
import { makeNumber } from '../../src/features/numbers/number-factory.ts';
import type { Tenant } from './demo-tenants.ts';
import type { SandboxProfile } from './operator-offers.ts';

/*
 * How the sandbox makes its number records: one upload job's numbers at a time, with dates and
 * assignment-check fields as Live Platform writes them, derived from the number so that every
 * run agrees.
 */

export type UploadJob = {
  readonly uploadToAccountJobId: number;
  readonly tnUploadJobId: string;
  /** When the upload started, UTC. */
  readonly at: string;
};

export type Entry = {
  readonly tn: string;
  readonly profile: SandboxProfile;
  readonly acquired: readonly string[];
  /** A non-null status also sets the assignment-check fields (aslsct, aslcht, aslvCode, asticks). */
  readonly assignment?: OcNumber['assignmentStatus'];
  /** Upstream sometimes sends asticks as a JSON number (beyond 2^53, so it loses precision). */
  readonly ticksAsNumber?: boolean;
  /** Applied last: anything that differs from the defaults. */
  readonly extra?: Partial<OcNumber>;
};

// --- Building numbers ----------------------------------------------------------------------------

const TICKS_AT_UNIX_EPOCH = 621_355_968_000_000_000n;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** The last nightly assignment check; every checked number was checked in that run. */
const LAST_CHECK_RUN = Date.parse('2026-11-26T02:00:00Z');

/**
 * Live Platform's date format (7 fractional digits and an offset, as in the vendor example) and the
 * same instant in .NET ticks (100 ns since 0001-01-01), the unit of `asticks`.
 */
function stamp(ms: number, seed: number): { iso: string; ticks: string } {
  const seconds = Math.floor(ms / 1000);
  const fraction = seed % 10_000_000;
  const iso = new Date(seconds * 1000).toISOString().slice(0, 19);
  return {
    iso: `${iso}.${String(fraction).padStart(7, '0')}+00:00`,
    ticks: String(BigInt(seconds) * 10_000_000n + BigInt(fraction) + TICKS_AT_UNIX_EPOCH),
  };
}

/** The numbers of one upload job: created a second apart, in the customer's tenant minutes later. */
export function upload(tenant: Tenant, job: UploadJob, entries: readonly Entry[]): OcNumber[] {
  const start = Date.parse(job.at);
  return entries.map((entry, index) => {
    const seed = Number(entry.tn.slice(-7));
    const created = start + index * 1_000;
    const acquired = created + 6 * MINUTE + index * 4_000;
    const checks: Partial<OcNumber> = {};
    if (entry.assignment !== undefined && entry.assignment !== null) {
      const changed = stamp(acquired + (20 + 17 * index) * HOUR, seed * 7);
      // Within the two-hour run, at a moment that depends on the number only (not on
      // what was built before it), so a number's record is the same whenever it is made.
      const checked = stamp(LAST_CHECK_RUN + (seed % 7_200) * 1_000, seed * 11);
      checks.aslsct = changed.iso;
      checks.aslcht = checked.iso;
      checks.aslvCode = 200;
      checks.asticks = entry.ticksAsNumber ? Number(checked.ticks) : checked.ticks;
    }
    return makeNumber({
      telephoneNumber: entry.tn,
      isoCountryCode: tenant.isoCountryCode,
      tenantId: tenant.tenantId,
      callingProfileId: entry.profile.callingProfileId,
      acquiredCapabilities: [...entry.acquired],
      availableCapabilities: [...entry.profile.available],
      acquiredNumberStatus: tenant.acquiredNumberStatus,
      assignmentStatus: entry.assignment ?? null,
      sbcList: tenant.sbcList.map((s) => ({ ...s })),
      source: tenant.source,
      whenCreated: stamp(created, seed * 3).iso,
      acquiredOn: stamp(acquired, seed * 5).iso,
      uploadToAccountJobId: job.uploadToAccountJobId,
      tnUploadJobId: job.tnUploadJobId,
      locationId: null,
      civicAddressId: null,
      ...checks,
      ...tenant.extra,
      ...entry.extra,
    });
  });
}
