import { describe, expect, it } from 'vitest';
import { facetOptions, filterAndSort } from './filter-rows.ts';
import { readTableState, writeTableState } from './table-state.ts';
import type { TenantLabels } from './tenant-labels.ts';
import { toRow } from './tenant-rows.ts';

const plain = (label: string) => ({ label, color: 'gray', description: '', known: true });
const labels: TenantLabels = {
  lifecycle: (value) => plain(value === 0 ? 'Active' : value === 2 ? 'Marked' : 'Not reported'),
  assignment: (value) => plain(String(value ?? 'Not reported')),
  capability: (raw) => ({ label: raw === 'TollFree' ? 'Toll-free' : raw, known: true }),
  formatNumber: (e164) => e164,
};

const rows = [
  {
    telephoneNumber: '+442079460001',
    isoCountryCode: 'gb',
    acquiredNumberStatus: 2,
    assignmentStatus: 'UserAssigned',
    acquiredCapabilities: ['TollFree'],
  },
  {
    telephoneNumber: '+35319100000',
    isoCountryCode: 'IE',
    acquiredNumberStatus: 0,
    assignmentStatus: 'Unassigned',
    acquiredCapabilities: [],
  },
  {
    telephoneNumber: '+441174960042',
    isoCountryCode: null,
    acquiredNumberStatus: null,
    assignmentStatus: null,
    acquiredCapabilities: null,
  },
].map((n) => toRow(n, labels));

const state = (search: string) => readTableState(new URLSearchParams(search));
const shown = (search: string) => filterAndSort(rows, state(search)).map((row) => row.e164);

describe('filterAndSort', () => {
  it.each([
    ['', ['+35319100000', '+441174960042', '+442079460001']],
    ['order=desc', ['+442079460001', '+441174960042', '+35319100000']],
    ['lifecycle=2', ['+442079460001']],
    ['lifecycle=none', ['+441174960042']],
    ['country=gb', ['+442079460001']],
    ['country=none', ['+441174960042']],
    ['capability=TollFree', ['+442079460001']],
    ['q=0117 496 0042', ['+441174960042']],
    ['q=(0)20-7946', ['+442079460001']],
    ['q=toll ireland', []],
    ['q=IRELAND unassigned', ['+35319100000']],
    ['sort=lifecycle', ['+35319100000', '+442079460001', '+441174960042']],
    ['sort=country', ['+35319100000', '+442079460001', '+441174960042']],
    ['sort=bogus&order=sideways', ['+35319100000', '+441174960042', '+442079460001']],
  ])('?%s → %j', (search, expected) => {
    expect(shown(search)).toEqual(expected);
  });

  it('offers each value with its count, most first', () => {
    expect(facetOptions([...rows, rows[0]!], 'lifecycle', (row) => row.lifecycle.label)).toEqual([
      { value: '2', label: 'Marked', count: 2 },
      { value: '0', label: 'Active', count: 1 },
      { value: 'none', label: 'Not reported', count: 1 },
    ]);
  });
});

describe('the table state in the URL', () => {
  it('leaves defaults out and keeps params that are not its own', () => {
    const params = new URLSearchParams('other=1&q=x&sort=country');
    const next = writeTableState(params, { q: '', sort: 'number', order: 'asc', lifecycle: '2' });
    expect(next.toString()).toBe('other=1&lifecycle=2');
  });

  it('cuts a hostile value short', () => {
    expect(state(`q=${'9'.repeat(5000)}`).q).toHaveLength(200);
  });
});
