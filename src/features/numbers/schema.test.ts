import { describe, expect, it } from 'vitest';
import { vendorExampleNumber } from '../../testing/number-factory.ts';
import vendorExample from './vendor-example.json' with { type: 'json' };
import * as z from 'zod/mini';
import {
  capabilitySchema,
  isCapabilityItem,
  isSbcItem,
  ocNumberSchema,
  otherFields,
  sbcSchema,
} from './schema.ts';

const parse = (value: unknown) => ocNumberSchema.safeParse(value);

describe('ocNumberSchema', () => {
  it('accepts the vendor example unchanged', () => {
    const result = parse(vendorExample);
    expect(result.success).toBe(true);
    expect(result.data).toStrictEqual(vendorExample);
  });

  it.each<[string, Record<string, unknown>]>([
    [
      'every optional field null',
      Object.fromEntries(Object.keys(vendorExample).map((key) => [key, null])),
    ],
    ['only the number', {}],
    ['id as a string (as the doc says)', { id: '125796' }],
    ['an unknown lifecycle value', { acquiredNumberStatus: 42 }],
    ['lifecycle as a string', { acquiredNumberStatus: '2' }],
    ['assignment as an integer', { assignmentStatus: 3 }],
    ['an unknown assignment status', { assignmentStatus: 'HologramAssigned' }],
    ['an unknown capability', { acquiredCapabilities: ['QuantumCalling'] }],
    ['an SBC without a name', { sbcList: [{ sbcId: 8 }] }],
    ['aslvCode as a number and a string', { aslvCode: 200, asticks: '638491234567890123' }],
    ['a date that is not ISO', { whenCreated: 'yesterday' }],
    ['odd capability items', { acquiredCapabilities: ['Office365', null, 1, true] }],
    ['an empty SBC entry', { sbcList: [null, { sbcName: 'x', sbcId: 1 }] }],
    ['a boolean assignment status', { assignmentStatus: true }],
  ])('tolerates %s', (_name, changes) => {
    const result = parse({ ...vendorExample, ...changes, telephoneNumber: '+442074996300' });
    expect(result.success).toBe(true);
  });

  it('lists the unknown extra fields of the JSON as received, __proto__ included', () => {
    const json = JSON.parse(
      JSON.stringify({
        ...vendorExample,
        ocSipConnectionName: 'Contoso-London',
        nested: { a: 1 },
      }).replace(/}$/, ',"__proto__":{"x":1}}'),
    ) as unknown;
    expect(parse(json).success).toBe(true);
    expect(otherFields(json)).toEqual([
      ['ocSipConnectionName', 'Contoso-London'],
      ['nested', { a: 1 }],
      ['__proto__', { x: 1 }],
    ]);
    expect(otherFields(vendorExampleNumber)).toEqual([]);
    expect(otherFields(null)).toEqual([]);
    expect(otherFields([1])).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an array', [vendorExample]],
    ['a string', 'not a number'],
    ['no telephoneNumber', { ...vendorExample, telephoneNumber: undefined }],
    ['a numeric telephoneNumber', { ...vendorExample, telephoneNumber: 442074996300 }],
    ['an empty telephoneNumber', { ...vendorExample, telephoneNumber: '' }],
    ['capabilities as a string', { ...vendorExample, acquiredCapabilities: 'Office365' }],
    ['sbcList as an object', { ...vendorExample, sbcList: { sbcName: 'x' } }],
    ['an SBC that is not an object', { ...vendorExample, sbcList: ['x'] }],
    ['a boolean id', { ...vendorExample, id: true }],
    ['a date as a number', { ...vendorExample, whenCreated: 1713269622 }],
  ])('rejects %s', (_name, value) => {
    expect(parse(value).success).toBe(false);
  });
});

describe('huge lists', () => {
  const record = (changes: Record<string, unknown>) => ({
    ...vendorExample,
    ...changes,
    telephoneNumber: '+442074996300',
  });

  // The plain type tests must accept exactly what the item schemas accept.
  const samples: unknown[] = [
    null,
    undefined,
    {},
    { sbcName: 'x' },
    { sbcName: 'x', sbcId: 8 },
    { sbcName: null, sbcId: '8' },
    { sbcName: undefined, sbcId: undefined },
    { sbcName: 1 },
    { sbcId: true },
    { sbcId: {} },
    { sbcName: ['x'] },
    { other: 'kept' },
    [],
    ['x'],
    'x',
    '',
    0,
    1.5,
    -1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    false,
    Object.create(null),
  ];

  it.each(samples.map((sample) => [sample]))('isSbcItem agrees with the schema on %j', (item) => {
    expect(isSbcItem(item)).toBe(z.nullable(sbcSchema).safeParse(item).success);
  });

  it.each(samples.map((sample) => [sample]))(
    'isCapabilityItem agrees with the schema on %j',
    (item) => {
      expect(isCapabilityItem(item)).toBe(capabilitySchema.safeParse(item).success);
    },
  );

  it('passes 200,000 SBC entries through as received, not parsed one by one', () => {
    const sbcList = Array.from({ length: 200_000 }, () => ({}));
    const result = parse(record({ sbcList }));
    expect(result.success).toBe(true);
    expect(result.data?.sbcList).toHaveLength(200_000);
    // z.array(looseObject) copies every item (a microsecond each); the fast path keeps them.
    expect(result.data?.sbcList?.[199_999]).toBe(sbcList[199_999]);
  });

  it('describes bad items exactly as z.array would', () => {
    const sbcList = [{ sbcName: 'ok' }, 'x', { sbcName: 5 }, null, { sbcId: true }];
    const expected = z.array(z.nullable(sbcSchema)).safeParse(sbcList).error?.issues;
    const issues = parse(record({ sbcList })).error?.issues;
    expect(issues).toEqual(
      expected?.map((issue) => ({ ...issue, path: ['sbcList', ...issue.path] })),
    );
    expect(issues?.map((issue) => issue.path)).toEqual([
      ['sbcList', 1],
      ['sbcList', 2, 'sbcName'],
      ['sbcList', 4, 'sbcId'],
    ]);
  });

  it('describes the first ten bad items and counts the rest', () => {
    const issues = parse(record({ acquiredCapabilities: Array.from({ length: 5000 }, () => ({})) }))
      .error?.issues;
    expect(issues).toHaveLength(11);
    expect(issues?.[10]).toMatchObject({
      path: ['acquiredCapabilities'],
      message: 'and 4990 more items like these',
    });
  });

  it('says a list that is not a list is not an array', () => {
    const issues = parse(record({ availableCapabilities: 'Office365' })).error?.issues;
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'invalid_type',
        expected: 'array',
        path: ['availableCapabilities'],
      }),
    ]);
  });
});
