import { describe, expect, it } from 'vitest';
import { makeNumber } from '../number-factory.ts';
import { toBatchRow } from './batch-row.ts';
import { initialView, viewRows, type ShownRow } from './batch-view.ts';

const now = new Date('2026-11-29T09:00:00Z');
const row = (e164: string, overrides: Parameters<typeof makeNumber>[0] | null, customer = null) =>
  ({
    ...toBatchRow(
      e164,
      overrides === null
        ? { status: 'not-found' }
        : { status: 'found', record: makeNumber({ telephoneNumber: e164, ...overrides }) },
      now,
    ),
    customer,
  }) as ShownRow;

const rows = [
  row('+442079461001', { assignmentStatus: 'UserAssigned', isoCountryCode: 'GB' }),
  row('+353166940000', { assignmentStatus: 'Unassigned', isoCountryCode: 'IE' }),
  row('+442079460404', null),
  {
    ...toBatchRow('+442079460500', { status: 'failed', message: 'Live Platform failed' }, now),
    customer: null,
  },
  { ...toBatchRow('+442079460001', undefined, now), customer: null },
];
const numbers = (shown: ShownRow[]) => shown.map((r) => r.e164);

describe('viewRows', () => {
  it('sorts by number by default, and by result with failures first', () => {
    expect(numbers(viewRows(rows, initialView))[0]).toBe('+353166940000');
    expect(numbers(viewRows(rows, { ...initialView, sort: 'result' }))).toEqual([
      '+442079460500',
      '+442079460404',
      '+353166940000',
      '+442079461001',
      '+442079460001',
    ]);
  });

  it('filters by result and by text or digits', () => {
    expect(numbers(viewRows(rows, { ...initialView, status: 'not-found' }))).toEqual([
      '+442079460404',
    ]);
    expect(numbers(viewRows(rows, { ...initialView, q: 'ireland' }))).toEqual(['+353166940000']);
    expect(numbers(viewRows(rows, { ...initialView, q: '020 7946 1' }))).toEqual(['+442079461001']);
    expect(numbers(viewRows(rows, { ...initialView, q: 'failed' }))).toEqual(['+442079460500']);
  });

  it('diagnoses a found number from its record alone', () => {
    const bare = toBatchRow(
      '+441214960789',
      { status: 'found', record: { telephoneNumber: '+441214960789' } },
      now,
    );
    expect(bare.findings.map((f) => f.ruleId)).toContain('only-the-number');
  });
});
