import type { OtherReading } from '../../features/numbers/components/search-suggestions.tsx';
import { tenantPath } from '../../lib/tenant-path.ts';
import { clip } from '../../lib/clip.ts';
import { unmasked, type Masker } from '../../lib/presentation/presentation-mode.tsx';
import { fold, matchCustomers, minQueryLength, type CustomerEntry } from './customer-matches.ts';
import type { SearchText } from './read-search-text.ts';

/** Enough to pick from at a glance; more matches are counted, not listed. */
export const maxSuggestions = 8;

/** What the home page's box takes besides numbers, as its hint says it. */
export const accepts = 'a tenant id or part of a customer’s name';
/** The home page box's label: what it takes, in a few words. */
export const searchLabel = 'Number, tenant id or customer name';

export type CustomerList =
  | { status: 'loading' }
  | { status: 'failed'; reason: string }
  | { status: 'loaded'; entries: readonly CustomerEntry[] };

// In presentation mode a customer the box offers is masked unless it is the page's own.
const nameOf = (entry: CustomerEntry, masker: Masker) =>
  masker.customerName(
    clip(entry.customer.CustomerFullName ?? entry.customer.CustomerShortName ?? '', 100),
    entry.tenantId,
  );

const customers = (count: number) =>
  count === 1 ? '1 customer matches' : `${count.toLocaleString('en-GB')} customers match`;

const noList = { suggestions: [], listLabel: 'Customers', listNote: null } as const;

type Readers = {
  [Kind in SearchText['kind']]: (
    text: Extract<SearchText, { kind: Kind }>,
    list: CustomerList,
    masker: Masker,
  ) => OtherReading | null;
};

// The phone parser reads and explains numbers and the empty box, as on every page.
const readers: Readers = {
  empty: () => null,
  number: () => null,
  'tenant-id': ({ tenantId }, list, masker) => {
    const customer =
      list.status === 'loaded'
        ? list.entries.find((entry) => entry.tenantId === tenantId)
        : undefined;
    const whose = customer ? ` of ${nameOf(customer, masker)}` : '';
    return {
      ...noList,
      note: `Tenant id${whose}: Enter opens its page.`,
      enter: { path: tenantPath(tenantId) },
    };
  },
  'broken-tenant-id': ({ message }) => ({ ...noList, note: message, enter: { refusal: message } }),
  name: ({ name }, list, masker) => nameReading(name, list, masker),
};

/**
 * What the box says and does for text that is not a number: a tenant id opens its tenant page, a
 * name lists the matching customers (each opening its tenant page). Null for numbers and the
 * empty box.
 */
export function searchReading(
  text: SearchText,
  list: CustomerList,
  masker: Masker = unmasked,
): OtherReading | null {
  const read = readers[text.kind] as (
    text: SearchText,
    list: CustomerList,
    masker: Masker,
  ) => OtherReading | null;
  return read(text, list, masker);
}

// Enter that goes nowhere says first why the text is not a number (it may have been meant as one).
function nameReading(name: string, list: CustomerList, masker: Masker): OtherReading {
  const quoted = `“${clip(name, 60)}”`;
  const asName = `${quoted} has no digits, so it is read as a customer’s name`;
  if (fold(name).replace(/ /g, '').length < minQueryLength) {
    return {
      ...noList,
      note: 'Keep typing: customers are matched from 2 letters.',
      enter: { refusal: `${asName}: type 2 letters or more of it.` },
    };
  }
  if (list.status === 'loading') {
    return {
      ...noList,
      note: `Looking for customers named ${quoted}…`,
      enter: { refusal: `${asName}: the customer list is still loading.` },
    };
  }
  if (list.status === 'failed') {
    const failed = `Could not load the customer list: ${list.reason}.`;
    return {
      ...noList,
      note: `${failed} Numbers and tenant ids still work.`,
      enter: { refusal: `${asName}. ${failed}` },
    };
  }
  const { shown, total } = matchCustomers(list.entries, name, maxSuggestions);
  if (total === 0) {
    return {
      ...noList,
      note: `No customer’s name contains ${quoted}. The box takes a phone number, a tenant id or part of a customer’s name.`,
      enter: { refusal: `${asName}, and no customer’s name contains it.` },
    };
  }
  const first = shown[0];
  const reading = {
    suggestions: shown.map((entry) => {
      const full = entry.customer.CustomerFullName ?? entry.customer.CustomerShortName ?? '';
      const short = entry.customer.CustomerShortName;
      return {
        path: tenantPath(entry.tenantId),
        title: nameOf(entry, masker),
        detail:
          short && short !== clip(full, 100)
            ? masker.customerName(clip(short, 100), entry.tenantId)
            : null,
        code: masker.id(entry.tenantId),
      };
    }),
    listLabel: 'Customers',
    listNote:
      total > shown.length
        ? `${(total - shown.length).toLocaleString('en-GB')} more: type more of the name to narrow the list.`
        : null,
  };
  return total === 1 && first
    ? {
        ...reading,
        note: `${customers(1)} ${quoted}: Enter opens its tenant page.`,
        enter: { path: tenantPath(first.tenantId) },
      }
    : {
        ...reading,
        note: `${customers(total)} ${quoted}: choose one with ↓ and Enter.`,
        enter: {
          refusal: `${asName}: ${customers(total).replace(' match', ' match it')}; choose one with ↓ and Enter.`,
        },
      };
}
