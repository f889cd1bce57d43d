import { makeNumber } from '../src/testing/number-factory.ts';

/*
 * Huge but legal answers for one number: each body stays under the server's 1 MiB cap on what it
 * reads from Live Platform, so each can really reach a browser. Built here, not stored, so the
 * shapes and counts are plain to read. Shared by e2e/big-answers.spec.ts and the screenshot script.
 */

export const bigAnswerNumber = { e164: '+442074996300', formatted: '+44 20 7499 6300' } as const;

export const bodyCapBytes = 1024 * 1024;

const base = () => makeNumber({ telephoneNumber: bigAnswerNumber.e164 });

/** A GUID-shaped id that differs for every n (the shape Live Platform uses for many ids). */
const guid = (n: number) => {
  const hex = (n * 2_654_435_761).toString(16).padStart(12, '0').slice(-12);
  return `7c9e6679-7425-40de-944b-${hex}`;
};

/** "sbc-N.example.net [10.0.x.y]": the name format Live Platform uses, every one distinct. */
export const sbcName = (n: number) =>
  `sbc-${n}.example.net [10.0.${Math.floor(n / 256) % 256}.${n % 256}]`;
export const sbcId = guid;

export const capabilityName = (n: number) => `Capability${String(n).padStart(5, '0')}`;

const longString = 'x'.repeat(900 * 1024);

export type BigAnswer = { name: string; body: string };

export const bigAnswers = {
  /** 5,000 SBCs with real-looking names and GUID ids. */
  sbcs: {
    name: '5,000 SBCs',
    body: JSON.stringify({
      ...base(),
      sbcList: Array.from({ length: 5000 }, (_, n) => ({ sbcName: sbcName(n), sbcId: sbcId(n) })),
    }),
  },
  /** 200,000 empty SBC objects: the most list items that fit under the cap. */
  emptySbcs: {
    name: '200,000 empty SBCs',
    body: JSON.stringify({ ...base(), sbcList: Array.from({ length: 200_000 }, () => ({})) }),
  },
  /**
   * 10,000 acquired and 10,000 available, overlapping by half: 5,000 acquired but not offered,
   * 5,000 acquired, 5,000 available only (15,000 distinct).
   */
  capabilities: {
    name: '10,000 + 10,000 capabilities',
    body: JSON.stringify({
      ...base(),
      acquiredCapabilities: Array.from({ length: 10_000 }, (_, n) => capabilityName(n)),
      availableCapabilities: Array.from({ length: 10_000 }, (_, n) => capabilityName(n + 5000)),
    }),
  },
  /** 5,000 fields this app does not know, with values of every JSON kind. */
  extraFields: {
    name: '5,000 unknown fields',
    body: JSON.stringify({
      ...base(),
      ...Object.fromEntries(
        Array.from({ length: 5000 }, (_, n) => [
          `extraField${String(n).padStart(4, '0')}`,
          [`value ${n}`, n, n % 2 === 0, null, { nested: n }, [n, `${n}`]][n % 6],
        ]),
      ),
    }),
  },
  /** One known field 900 kB long (where the page shows it as text). */
  longTenantId: {
    name: 'a 900 kB tenant id',
    body: JSON.stringify({ ...base(), tenantId: longString }),
  },
  /** One SBC whose name is 900 kB long. */
  longSbcName: {
    name: 'a 900 kB SBC name',
    body: JSON.stringify({ ...base(), sbcList: [{ sbcName: longString, sbcId: 1 }] }),
  },
  /** One unknown field whose value is a 900 kB string. */
  longExtraField: {
    name: 'a 900 kB unknown field',
    body: JSON.stringify({ ...base(), notes: longString }),
  },
} satisfies Record<string, BigAnswer>;
