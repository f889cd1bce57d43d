import type { TenantRow } from './tenant-rows.ts';
import type { FilterKey, SortKey, TableState } from './table-state.ts';

const rowValue: Record<FilterKey, (row: TenantRow) => readonly string[]> = {
  lifecycle: (row) => [row.lifecycleKey],
  assignment: (row) => [row.assignmentKey],
  capability: (row) => row.capabilities.map((c) => c.raw),
  country: (row) => [row.country || 'none'],
};

// A word of digits and phone punctuation is matched on digits: "0117 496" finds +44 117 496 ….
const phoneLike = /^[\d\s()+.-]+$/;

type Matcher = (row: TenantRow) => boolean;

function wordMatcher(word: string): Matcher {
  if (phoneLike.test(word) && /\d/.test(word)) {
    const digits = word.replace(/\D/g, '');
    // A national number's leading 0 (trunk prefix) is not part of the E.164 form.
    const national = digits.replace(/^0+/, '');
    return (row) =>
      row.digits.includes(digits) || (national !== '' && row.digits.includes(national));
  }
  const lower = word.toLowerCase();
  return (row) => row.text.includes(lower);
}

/** Free text: every word must match (the number's digits, or any text shown in the row). */
function textMatcher(q: string): Matcher | null {
  const words = q.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  // Digits split by spaces ("0117 496 0042") are one number, not three words.
  if (phoneLike.test(q.trim())) return wordMatcher(q.trim());
  const matchers = words.map(wordMatcher);
  return (row) => matchers.every((match) => match(row));
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

type Compare = (a: TenantRow, b: TenantRow) => number;

const byText =
  (value: (row: TenantRow) => string): Compare =>
  (a, b) =>
    collator.compare(value(a), value(b));

// Lifecycle codes in their own order (0 Active, 1 Release requested, …), then new values, then
// numbers whose lifecycle is not reported.
const lifecycleRank = (row: TenantRow) =>
  /^\d{1,6}$/.test(row.lifecycleKey)
    ? Number(row.lifecycleKey)
    : row.lifecycleKey === 'none'
      ? 2e6
      : 1e6;

const compareBy: Record<SortKey, Compare> = {
  number: byText((row) => row.e164),
  country: byText((row) => row.countryName),
  lifecycle: (a, b) =>
    lifecycleRank(a) - lifecycleRank(b) || byText((row) => row.lifecycle.label)(a, b),
  assignment: byText((row) => row.assignment.label),
};

const byNumber = compareBy.number;

/** The rows the table shows: filtered, then sorted (ties by number, so the order is stable). */
export function filterAndSort(rows: readonly TenantRow[], state: TableState): TenantRow[] {
  const active = (Object.keys(rowValue) as FilterKey[]).filter((key) => state[key] !== null);
  const text = textMatcher(state.q);
  const shown = rows.filter(
    (row) =>
      active.every((key) => rowValue[key](row).includes(state[key] ?? '')) &&
      (text === null || text(row)),
  );
  const compare = compareBy[state.sort];
  const direction = state.order === 'desc' ? -1 : 1;
  return shown.sort((a, b) => direction * compare(a, b) || byNumber(a, b));
}

export type FacetOption = { value: string; label: string; count: number };

/** Each value of a filter among the loaded rows, with how many rows have it, most first. */
export function facetOptions(
  rows: readonly TenantRow[],
  key: FilterKey,
  labelOf: (row: TenantRow, value: string) => string,
): FacetOption[] {
  const found = new Map<string, FacetOption>();
  for (const row of rows) {
    for (const value of new Set(rowValue[key](row))) {
      const option = found.get(value);
      if (option) option.count += 1;
      else found.set(value, { value, label: labelOf(row, value), count: 1 });
    }
  }
  const options = [...found.values()];
  // Two values read the same ("VoiceApp" and "VoiceApplicationAssigned" are both "Voice app"):
  // each says which it is, or the reader sees two identical choices.
  const labels = new Map<string, number>();
  for (const { label } of options) labels.set(label, (labels.get(label) ?? 0) + 1);
  for (const option of options) {
    if ((labels.get(option.label) ?? 0) > 1) option.label = `${option.label} (${option.value})`;
  }
  return options.sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
}
