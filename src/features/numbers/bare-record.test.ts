import { describe, expect, it } from 'vitest';
import { isBareRecord } from './bare-record.ts';
import { makeNumber, vendorExampleNumber } from './number-factory.ts';
import { knownNumberFields } from './schema.ts';

const bare = Object.fromEntries(
  knownNumberFields.map((field) => [field, field === 'telephoneNumber' ? '+441214960789' : null]),
) as unknown as ReturnType<typeof makeNumber>;

describe('isBareRecord', () => {
  it('is true when every field but the number is null, missing or empty', () => {
    expect(isBareRecord(bare)).toBe(true);
    expect(isBareRecord({ telephoneNumber: '+441214960789' })).toBe(true);
    expect(isBareRecord({ ...bare, sbcList: [], source: '' })).toBe(true);
  });

  it.each(knownNumberFields.filter((field) => field !== 'telephoneNumber'))(
    'is false when %s is set',
    (field) => {
      expect(isBareRecord({ ...bare, [field]: 1 })).toBe(false);
    },
  );

  it('is false for the vendor example', () => {
    expect(isBareRecord(vendorExampleNumber)).toBe(false);
  });
});
