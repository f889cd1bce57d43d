import type { Severity } from '../diagnosis/facts.ts';
import type { BatchRow, RowStatus } from './batch-row.ts';

export const batchSortKeys = [
  'number',
  'result',
  'customer',
  'country',
  'lifecycle',
  'assignment',
  'acquired',
  'diagnosis',
] as const;
export type BatchSortKey = (typeof batchSortKeys)[number];

export type StatusFilter = RowStatus | 'all';

export type BatchView = {
  q: string;
  status: StatusFilter;
  sort: BatchSortKey;
  order: 'asc' | 'desc';
};

export const initialView: BatchView = { q: '', status: 'all', sort: 'number', order: 'asc' };

/** A row with its customer's name, which comes from another answer (the customer list). */
export type ShownRow = BatchRow & { customer: string | null };

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
type Compare = (a: ShownRow, b: ShownRow) => number;
const byText =
  (value: (row: ShownRow) => string | null | undefined): Compare =>
  (a, b) =>
    collator.compare(value(a) ?? '\uffff', value(b) ?? '\uffff');

const statusRank: Record<RowStatus, number> = { failed: 0, 'not-found': 1, found: 2, pending: 3 };
const severityRank: Record<Severity, number> = { problem: 0, warning: 1, ok: 2 };
const diagnosisRank = (row: ShownRow) => {
  const first = row.findings[0];
  return first ? severityRank[first.severity] : 3;
};

// E.164 strings compare as they are (country code first): no collator for the default sort,
// which runs at every flush of answers.
const byNumber: Compare = (a, b) => (a.e164 < b.e164 ? -1 : a.e164 > b.e164 ? 1 : 0);

const compareBy: Record<BatchSortKey, Compare> = {
  number: byNumber,
  result: (a, b) => statusRank[a.status] - statusRank[b.status],
  customer: byText((row) => row.customer),
  country: byText((row) => row.countryName || null),
  lifecycle: byText((row) => row.lifecycle?.label),
  assignment: byText((row) => row.assignment?.label),
  acquired: byText((row) => row.acquiredOn),
  diagnosis: (a, b) =>
    diagnosisRank(a) - diagnosisRank(b) || byText((row) => row.findings[0]?.text)(a, b),
};

// Digits and phone punctuation only: matched on the number's digits ("020 7499" finds +44 20 7499 …).
const phoneLike = /^[\d\s()+.-]+$/;

function matcher(q: string): ((row: ShownRow) => boolean) | null {
  const query = q.trim().toLowerCase();
  if (query === '') return null;
  if (phoneLike.test(query) && /\d/.test(query)) {
    const digits = query.replace(/\D/g, '');
    const national = digits.replace(/^0+/, '');
    return (row) => row.e164.includes(digits) || (national !== '' && row.e164.includes(national));
  }
  const words = query.split(/\s+/);
  return (row) => {
    const haystack = `${row.text} ${row.customer?.toLowerCase() ?? ''}`;
    return words.every((word) => haystack.includes(word));
  };
}

/** The rows the table shows: filtered, then sorted (ties by number, so the order is stable). */
export function viewRows(rows: readonly ShownRow[], view: BatchView): ShownRow[] {
  const match = matcher(view.q);
  const shown = rows.filter(
    (row) => (view.status === 'all' || row.status === view.status) && (!match || match(row)),
  );
  const compare = compareBy[view.sort];
  const direction = view.order === 'desc' ? -1 : 1;
  return shown.sort((a, b) => direction * compare(a, b) || compareBy.number(a, b));
}
