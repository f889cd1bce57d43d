import { parsePhoneNumberFromString as parseMax } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import {
  knownNumberFields,
  ocNumberSchema,
  otherFields,
  type OcNumber,
} from '../../src/features/numbers/schema.ts';
import vendorExampleJson from '../../src/features/numbers/vendor-example.json' with { type: 'json' };
import { demoNumbers, featuredDemoNumbers } from './demo-numbers.ts';
import { reservedNumbers } from './reserved-numbers.ts';

const VENDOR_NUMBER = '+442074996300';
const byNumber = new Map(demoNumbers.map((n) => [n.telephoneNumber, n]));
const values = <K extends keyof OcNumber>(key: K) => demoNumbers.map((n) => n[key]);
const isPresent = <T>(value: T | null | undefined): value is T =>
  value !== null && value !== undefined;

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const livePlatformDate = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}[+-]\d\d:\d\d$/;
const wellFormedSbcName = /^\S+ \[[^\]\s]+\]$/;
const reservedRange = /^\+442079460\d{3}$/;

// From the API notes (/work/shared/docs/live-platform-api.md).
const knownAssignmentStatuses = [
  'Unassigned',
  'UserAssigned',
  'ConferenceAssigned',
  'VoiceApp',
  'VoiceApplicationAssigned',
  'FirstPartyAppAssigned',
  'ThirdPartyAppAssigned',
  'PolicyAssigned',
  'Unknown',
  'InternalError',
];
const knownAcquiredNumberStatuses = [0, 1, 2, 3];
const knownCapabilities = [
  'Office365',
  'InboundCalling',
  'OutboundCalling',
  'UserAssignment',
  'FirstPartyAppAssignment',
  'ConferenceAssignment',
  'TollFree',
  'Mobile',
  'Geographic',
  'ThirdPartyAppAssignment',
  'FirstPartyVoiceAppAssignment',
  'NonGeographic',
  'Premium',
  'TollCalling',
  'TollFreeCalling',
  'Azure',
  'Calling',
  'InboundA2PSms',
  'OutboundA2PSms',
  'InboundP2PSms',
  'OutboundP2PSms',
  'A2PSmsCapable',
  'A2PSmsEnabled',
  'P2PSmsCapable',
  'P2PSmsEnabled',
];

const capabilitiesOf = (n: OcNumber) =>
  [...(n.acquiredCapabilities ?? []), ...(n.availableCapabilities ?? [])].map(String);

describe('demoNumbers', () => {
  it('has at least 44 numbers', () => {
    expect(demoNumbers.length).toBeGreaterThanOrEqual(44);
  });

  it('has no duplicate numbers, ids or upload entry ids', () => {
    const unique = (list: unknown[]) => new Set(list).size === list.length;
    expect(unique(values('telephoneNumber'))).toBe(true);
    expect(unique(values('id').filter(isPresent))).toBe(true);
    expect(unique(values('uploadTelephoneNumberEntryId').filter(isPresent))).toBe(true);
  });

  it('includes the vendor example unchanged', () => {
    expect(byNumber.get(VENDOR_NUMBER)).toStrictEqual(vendorExampleJson);
  });

  it('covers at least 8 countries', () => {
    expect(new Set(values('isoCountryCode').filter(isPresent)).size).toBeGreaterThanOrEqual(8);
  });

  it('has at least 8 tenants with 3 or more numbers each', () => {
    const counts = new Map<string, number>();
    for (const tenantId of values('tenantId').filter(isPresent)) {
      counts.set(tenantId, (counts.get(tenantId) ?? 0) + 1);
    }
    expect([...counts.values()].filter((count) => count >= 3).length).toBeGreaterThanOrEqual(8);
  });

  it('never uses a reserved failure number or the reserved range', () => {
    for (const { telephoneNumber } of reservedNumbers) {
      expect(byNumber.has(telephoneNumber)).toBe(false);
    }
    expect(values('telephoneNumber').filter((n) => reservedRange.test(n))).toEqual([]);
  });

  describe.each(demoNumbers.map((n) => [n.telephoneNumber, n] as const))('%s', (_, number) => {
    it('matches the schema and keeps every field', () => {
      const parsed = ocNumberSchema.safeParse(number);
      expect(parsed.success).toBe(true);
      expect(parsed.data).toStrictEqual(number);
    });

    it('is E.164 and valid for libphonenumber, in its country', () => {
      expect(number.telephoneNumber).toMatch(/^\+[1-9]\d{1,14}$/);
      const phone = parsePhoneNumberFromString(number.telephoneNumber);
      expect(phone?.isValid()).toBe(true);
      expect(phone?.number).toBe(number.telephoneNumber);
      if (number.isoCountryCode !== null) expect(phone?.country).toBe(number.isoCountryCode);
    });

    it('has the capabilities its kind of number needs', () => {
      const acquired = number.acquiredCapabilities ?? [];
      const type = parseMax(number.telephoneNumber)?.getType();
      if (acquired.includes('TollFree')) expect(type).toBe('TOLL_FREE');
      if (acquired.includes('Mobile')) expect(type).toBe('MOBILE');
      if (acquired.includes('Geographic')) expect(type).toMatch(/^FIXED_LINE(_OR_MOBILE)?$/);
      // A number whose capabilities are gone (being removed) is exempt.
      if (acquired.length > 0 && type === 'TOLL_FREE') expect(acquired).toContain('TollFree');
      if (acquired.length > 0 && type === 'MOBILE') expect(acquired).toContain('Mobile');
    });

    it('has GUIDs where GUIDs belong', () => {
      for (const key of ['tenantId', 'callingProfileId', 'tnUploadJobId'] as const) {
        if (number[key] !== null) expect(number[key]).toMatch(guid);
      }
      for (const key of ['locationId', 'civicAddressId'] as const) {
        if (number[key] !== null) expect(String(number[key])).toMatch(guid);
      }
    });

    it('names and identifies every SBC', () => {
      for (const sbc of number.sbcList ?? []) {
        expect(sbc?.sbcName).toEqual(expect.any(String));
        expect(sbc?.sbcId).not.toBeNull();
      }
    });

    it('has dates in the Live Platform format, in 2023-2026, in order', () => {
      const dates = (['whenCreated', 'acquiredOn', 'aslsct', 'aslcht'] as const)
        .map((key) => number[key])
        .filter(isPresent);
      for (const date of dates) {
        expect(date).toMatch(livePlatformDate);
        const year = new Date(Date.parse(date)).getUTCFullYear();
        expect(year).toBeGreaterThanOrEqual(2023);
        expect(year).toBeLessThanOrEqual(2026);
      }
      const at = (value: string | null | undefined) => Date.parse(value ?? '');
      // The vendor's own example was acquired before it was created; kept as documented.
      if (number.telephoneNumber !== VENDOR_NUMBER && number.whenCreated) {
        expect(at(number.acquiredOn)).toBeGreaterThan(at(number.whenCreated));
      }
      if (number.aslsct) expect(at(number.aslsct)).toBeGreaterThan(at(number.acquiredOn));
      if (number.aslcht) expect(at(number.aslcht)).toBeGreaterThan(at(number.aslsct));
    });

    it('has assignment-check fields exactly when it has an assignment status', () => {
      const assigned = number.assignmentStatus !== null;
      for (const key of ['aslcht', 'aslsct', 'aslvCode', 'asticks'] as const) {
        expect(isPresent(number[key]), key).toBe(assigned);
      }
      if (assigned) {
        expect(String(number.aslvCode)).toMatch(/^[2-5]\d\d$/);
        expect(String(number.asticks)).toMatch(/^6\d{17}$/);
      }
    });
  });

  describe('covers every value of the open enumerations, plus an unknown one', () => {
    it.each([...knownAcquiredNumberStatuses, null])('acquiredNumberStatus %s', (status) => {
      expect(values('acquiredNumberStatus')).toContain(status);
    });

    it('an unknown acquiredNumberStatus', () => {
      const unknown = values('acquiredNumberStatus').filter(
        (s) => isPresent(s) && !knownAcquiredNumberStatuses.includes(Number(s)),
      );
      expect(unknown.length).toBeGreaterThan(0);
    });

    it.each([...knownAssignmentStatuses, null])('assignmentStatus %s', (status) => {
      expect(values('assignmentStatus')).toContain(status);
    });

    it('an unknown assignmentStatus string', () => {
      const unknown = values('assignmentStatus').filter(
        (s) => typeof s === 'string' && !knownAssignmentStatuses.includes(s),
      );
      expect(unknown.length).toBeGreaterThan(0);
    });

    it.each(['webapi', 'webui', 'ocsync', null])('source %s', (source) => {
      expect(values('source')).toContain(source);
    });

    it.each([200, '200', 404, 500, 409])('aslvCode %j', (code) => {
      expect(values('aslvCode')).toContain(code);
    });

    it.each(['string', 'number'])('asticks as a %s', (type) => {
      expect(values('asticks').some((ticks) => typeof ticks === type)).toBe(true);
    });
  });

  describe('capabilities', () => {
    it.each(['TollFree', 'Mobile', 'Geographic'])('some number has acquired %s', (capability) => {
      expect(demoNumbers.some((n) => n.acquiredCapabilities?.includes(capability))).toBe(true);
    });

    it('an unknown capability somewhere', () => {
      const unknown = demoNumbers
        .flatMap(capabilitiesOf)
        .filter((c) => !knownCapabilities.includes(c));
      expect(unknown.length).toBeGreaterThan(0);
    });

    it('a number that acquired a capability its profile does not offer', () => {
      const anomalies = demoNumbers.filter((n) =>
        (n.acquiredCapabilities ?? []).some((c) => !n.availableCapabilities?.includes(c)),
      );
      expect(anomalies.length).toBeGreaterThan(0);
    });

    it('a number with both capability lists empty', () => {
      const empty = demoNumbers.filter(
        (n) => n.acquiredCapabilities?.length === 0 && n.availableCapabilities?.length === 0,
      );
      expect(empty.length).toBeGreaterThan(0);
    });
  });

  describe('SBC lists', () => {
    it.each([0, 1, 3])('a list of %i SBCs', (length) => {
      expect(demoNumbers.some((n) => n.sbcList?.length === length)).toBe(true);
    });

    it('a null list', () => {
      expect(values('sbcList')).toContain(null);
    });

    const names = demoNumbers.flatMap((n) => n.sbcList ?? []).map((s) => s?.sbcName ?? '');

    it('mostly "<fqdn> [<ip>]" names', () => {
      expect(names.filter((name) => wellFormedSbcName.test(name)).length).toBeGreaterThan(
        names.length / 2,
      );
    });

    it('a name without brackets and address', () => {
      expect(names.some((name) => !name.includes('['))).toBe(true);
    });

    it('an IPv6 address', () => {
      expect(names.some((name) => /\[[0-9a-f]*:[0-9a-f:]*\]$/i.test(name))).toBe(true);
    });
  });

  it.each(knownNumberFields.filter((key) => key !== 'telephoneNumber'))(
    '%s is null in at least one number',
    (key) => {
      expect(demoNumbers.some((n) => n[key] === null)).toBe(true);
    },
  );

  it.each(['locationId', 'civicAddressId'] as const)('%s is set on some numbers', (key) => {
    expect(values(key).filter(isPresent).length).toBeGreaterThan(0);
  });

  it('keeps an extra field the schema does not know', () => {
    expect(demoNumbers.some((n) => Object.keys(otherFields(n)).length > 0)).toBe(true);
  });
});

describe('featuredDemoNumbers', () => {
  it('has 6 to 8 entries, the vendor example first', () => {
    expect(featuredDemoNumbers.length).toBeGreaterThanOrEqual(6);
    expect(featuredDemoNumbers.length).toBeLessThanOrEqual(8);
    expect(featuredDemoNumbers[0]?.telephoneNumber).toBe(VENDOR_NUMBER);
  });

  it('has no duplicates', () => {
    const numbers = featuredDemoNumbers.map((f) => f.telephoneNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it.each(featuredDemoNumbers)('$telephoneNumber is a demo number, briefly described', (f) => {
    expect(byNumber.has(f.telephoneNumber)).toBe(true);
    expect(f.description.length).toBeGreaterThan(0);
    expect(f.description.length).toBeLessThanOrEqual(40);
  });
});
