import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { ocNumberSchema, type OcNumber } from '../../src/features/numbers/schema.ts';
import { bulkNumbers, BULK_COUNT, makeBulkNumbers } from './bulk-numbers.ts';
import { demoNumbers, sbcMismatches } from './demo-numbers.ts';
import { demoTenants, treyResearch } from './demo-tenants.ts';
import { answerRelated } from './related-answers.ts';
import { MISSING_PROFILE_ID, reservedReadNumbers } from './reserved-reads.ts';
import { sandboxSource } from './sandbox-source.ts';

/*
 * The sandbox's data set is one consistent estate: what a number points at (its tenant's customer
 * and lead, its emergency address, its calling profile and SBCs) is there in the related reads.
 */

const signal = new AbortController().signal;
const read = async <T>(path: string, query?: Record<string, string>) =>
  (await (await answerRelated({ method: 'GET', path, query }, signal)).json()) as T;

type Customer = { MsTenantId: string; CustomerFullName: string };
type Location = { id: string; isDefault: boolean };
type Address = { id: string; country: string; locations: Location[] };
type Lead = { tenantId: string; civicAddresses: Address[] | null };
type Profile = {
  callingProfileId: string;
  trunksEnrolled: { matchingSbcList: { sbcId: number | string }[] }[];
};

const customers = await read<Customer[]>('/api/v3/customer');
const profiles = await read<Profile[]>('/api/v2/oc/callingprofile');
const leadOf = async (tenantId: string) =>
  (await read<Lead[]>('/api/v2/oc/lead', { msTenantID: tenantId }))[0];

const withTenant = demoNumbers.filter((n) => n.tenantId);
const tenantIds = [...new Set(withTenant.map((n) => n.tenantId!))];
const sbcIds = (n: OcNumber) => new Set((n.sbcList ?? []).map((s) => String(s?.sbcId)));
const profileSbcIds = (p: Profile) =>
  new Set(p.trunksEnrolled.flatMap((t) => t.matchingSbcList.map((s) => String(s.sbcId))));
const sameSet = (a: Set<string>, b: Set<string>) =>
  a.size === b.size && [...a].every((x) => b.has(x));

describe('tenants, customers and leads', () => {
  it('has the ten demo tenants, in ten countries', () => {
    expect(tenantIds.sort()).toEqual(demoTenants.map((t) => t.tenantId).sort());
    expect(new Set(demoTenants.map((t) => t.isoCountryCode)).size).toBe(10);
  });

  it.each(demoTenants.map((t) => [t.customer.fullName, t] as const))(
    '%s is a customer and has a lead with addresses in its country',
    async (_, tenant) => {
      expect(customers.filter((c) => c.MsTenantId === tenant.tenantId)).toHaveLength(1);
      const lead = await leadOf(tenant.tenantId);
      expect(lead?.tenantId).toBe(tenant.tenantId);
      const addresses = lead?.civicAddresses ?? [];
      expect(addresses.map((a) => a.country)).toContain(tenant.isoCountryCode);
      for (const address of addresses) {
        expect(address.locations.length).toBeGreaterThan(0);
        expect(address.locations.filter((l) => l.isDefault)).toHaveLength(1);
      }
    },
  );

  it.each(withTenant.map((n) => [n.telephoneNumber, n] as const))(
    '%s: its emergency address resolves through its tenant’s lead, or is not set',
    async (_, number) => {
      const { civicAddressId, locationId } = number;
      expect(civicAddressId === null).toBe(locationId === null);
      if (civicAddressId === null) return;
      const lead = await leadOf(number.tenantId!);
      const address = lead?.civicAddresses?.find((a) => a.id === civicAddressId);
      expect(address).toBeDefined();
      expect(address?.locations.map((l) => l.id)).toContain(locationId);
    },
  );

  it('keeps numbers without an emergency address, user-assigned ones included', () => {
    const without = withTenant.filter((n) => n.civicAddressId === null);
    expect(without.length).toBeGreaterThan(5);
    expect(without.some((n) => n.assignmentStatus === 'UserAssigned')).toBe(true);
  });
});

describe('calling profiles and SBCs', () => {
  const byId = new Map(profiles.map((p) => [p.callingProfileId, p]));

  it('has every calling profile the demo numbers use', () => {
    for (const n of withTenant) expect(byId.has(n.callingProfileId!), n.telephoneNumber).toBe(true);
  });

  it('lacks the one reserved number’s profile, on purpose', () => {
    const orphan = reservedReadNumbers.filter((n) => !byId.has(n.callingProfileId!));
    expect(orphan.map((n) => n.callingProfileId)).toEqual([MISSING_PROFILE_ID]);
  });

  it('agrees with every number’s SBC list, except the listed mismatches', () => {
    const disagree = [...withTenant, ...bulkNumbers()]
      .filter((n) => n.sbcList !== null)
      .filter((n) => !sameSet(sbcIds(n), profileSbcIds(byId.get(n.callingProfileId!)!)))
      .map((n) => n.telephoneNumber);
    expect(disagree.sort()).toEqual(sbcMismatches.map((m) => m.telephoneNumber).sort());
  });

  it('has a mismatch each way: an SBC only on the number, one only in the profile', () => {
    const sides = sbcMismatches.map(({ telephoneNumber }) => {
      const n = demoNumbers.find((d) => d.telephoneNumber === telephoneNumber)!;
      const ours = sbcIds(n);
      const theirs = profileSbcIds(byId.get(n.callingProfileId!)!);
      return {
        onlyOnNumber: [...ours].some((id) => !theirs.has(id)),
        onlyInProfile: [...theirs].some((id) => !ours.has(id)),
      };
    });
    expect(sides).toContainEqual({ onlyOnNumber: true, onlyInProfile: false });
    expect(sides).toContainEqual({ onlyOnNumber: false, onlyInProfile: true });
  });

  it('gives numbers on one profile the same available capabilities', () => {
    const offered = new Map<string, string>();
    for (const n of withTenant.filter((d) => (d.availableCapabilities ?? []).length > 0)) {
      const key = JSON.stringify(n.availableCapabilities);
      const seen = offered.get(n.callingProfileId!) ?? key;
      expect(key, n.telephoneNumber).toBe(seen);
      offered.set(n.callingProfileId!, key);
    }
  });
});

describe('the big tenant', () => {
  const bulk = bulkNumbers();

  it(`has ${BULK_COUNT} generated numbers, distinct, valid for libphonenumber, in Trey Research`, () => {
    expect(bulk).toHaveLength(BULK_COUNT);
    expect(new Set(bulk.map((n) => n.telephoneNumber)).size).toBe(BULK_COUNT);
    for (const n of bulk) {
      expect(n.tenantId).toBe(treyResearch.tenantId);
      const phone = parsePhoneNumberFromString(n.telephoneNumber);
      expect(phone?.isValid(), n.telephoneNumber).toBe(true);
      expect(phone?.country).toBe('GB');
    }
  });

  it('shares no number, id or upload entry id with the curated numbers', () => {
    const curated = [...demoNumbers, ...reservedReadNumbers];
    for (const key of ['telephoneNumber', 'id', 'uploadTelephoneNumberEntryId'] as const) {
      const all = [...curated, ...bulk].map((n) => n[key]).filter((v) => v !== null);
      expect(new Set(all).size, key).toBe(all.length);
    }
  });

  it('is made the same way every time', () => {
    expect(makeBulkNumbers()).toEqual(bulk);
    expect(bulk.every((n) => ocNumberSchema.safeParse(n).success)).toBe(true);
  });

  it.each([0, 321, BULK_COUNT - 1])('number %i opens on its own (getNumber)', async (index) => {
    const n = bulk[index]!;
    const res = await sandboxSource.getNumber(n.telephoneNumber, signal);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(n);
  });

  it('does not answer a number just past the generated range', async () => {
    const res = await sandboxSource.getNumber(
      `+44117496${String(BULK_COUNT).padStart(4, '0')}`,
      signal,
    );
    expect(res.status).toBe(404);
  });
});
