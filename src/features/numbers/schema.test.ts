import { describe, expect, it } from 'vitest';
import { vendorExampleNumber } from '../../testing/number-factory.ts';
import vendorExample from '../../testing/vendor-example.json' with { type: 'json' };
import { ocNumberSchema, otherFields } from './schema.ts';

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
