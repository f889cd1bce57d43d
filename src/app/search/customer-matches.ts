import type { Customer } from '../../api/customers.ts';
import { parseTenantId } from '../../features/tenants/tenant-id.ts';

/** A customer the box can offer: one with a tenant id, so that its tenant page exists. */
export type CustomerEntry = {
  customer: Customer;
  tenantId: string;
  /** Its short and full names, folded (see fold), words kept apart and run together. */
  names: readonly { words: string; joined: string }[];
};

export type CustomerMatches = { shown: readonly CustomerEntry[]; total: number };

// Letters NFKD leaves whole, as people type them without the accent or stroke.
const plainLetters: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
};

/**
 * Text as it is compared: lower case, no accents (é → e, ß → ss), no dots or apostrophes (S.r.l.
 * → srl), any other punctuation a space (Fabrikam, Inc. → fabrikam inc), spaces collapsed.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßøłđæœıþ]/gu, (letter) => plainLetters[letter] ?? letter)
    .replace(/[.'’`]+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const foldName = (name: string) => {
  const words = fold(name);
  return { words, joined: words.replace(/ /g, '') };
};

/** Folds every customer's names once, for matching as the user types. */
export function indexCustomers(customers: readonly Customer[]): CustomerEntry[] {
  return customers.flatMap((customer) => {
    const tenant = parseTenantId(customer.MsTenantId ?? '');
    if (!tenant.ok) return [];
    const names = [customer.CustomerFullName, customer.CustomerShortName]
      .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
      .map(foldName);
    return names.length > 0 ? [{ customer, tenantId: tenant.tenantId, names }] : [];
  });
}

/** Shorter than this (folded, spaces aside), a query matches too much to be useful. */
export const minQueryLength = 2;

// 0: a name starts with the query; 1: one of its words does; 2: it holds it anywhere.
function rank(entry: CustomerEntry, query: { words: string; joined: string }): number | null {
  let best: number | null = null;
  for (const name of entry.names) {
    if (!name.joined.includes(query.joined)) continue;
    const here = name.joined.startsWith(query.joined)
      ? 0
      : ` ${name.words}`.includes(` ${query.words}`)
        ? 1
        : 2;
    best = best === null ? here : Math.min(best, here);
  }
  return best;
}

const sortName = (entry: CustomerEntry) =>
  entry.customer.CustomerFullName ?? entry.customer.CustomerShortName ?? '';

/**
 * The customers whose short or full name holds the query anywhere, in any case and without
 * accents or punctuation ("trey res", "TREYRESEARCH", "ecole" for École), best first: names that
 * start with it, then names with a word that does, then the rest, each alphabetical (Site 2
 * before Site 10). At most `limit` are shown; `total` says how many match.
 */
export function matchCustomers(
  entries: readonly CustomerEntry[],
  text: string,
  limit: number,
): CustomerMatches {
  const query = foldName(text);
  if (query.joined.length < minQueryLength) return { shown: [], total: 0 };
  const ranked = entries.flatMap((entry) => {
    const found = rank(entry, query);
    return found === null ? [] : [{ entry, found }];
  });
  ranked.sort(
    (a, b) =>
      a.found - b.found ||
      sortName(a.entry).localeCompare(sortName(b.entry), 'en', { numeric: true }),
  );
  return { shown: ranked.slice(0, limit).map(({ entry }) => entry), total: ranked.length };
}
