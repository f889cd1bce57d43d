/*
 * The table's filters and sort, kept in the URL's search params so that a filtered view can be
 * pasted into a ticket and survives a reload: ?lifecycle=2&country=GB&q=0117&sort=assignment&order=desc.
 * Defaults are left out of the URL; a value that is not one of ours is read as the default.
 */

export const filterKeys = ['lifecycle', 'assignment', 'capability', 'country'] as const;
export type FilterKey = (typeof filterKeys)[number];

export const sortKeys = ['number', 'country', 'lifecycle', 'assignment'] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortOrder = 'asc' | 'desc';

export type TableState = Record<FilterKey, string | null> & {
  /** Free text, as typed. */
  q: string;
  sort: SortKey;
  order: SortOrder;
};

export const defaultSort: SortKey = 'number';

// Long enough for any filter value we offer; a longer one in a link is cut, not trusted.
const maxParamLength = 200;

const read = (params: URLSearchParams, name: string) => {
  const value = params.get(name);
  return value === null || value === '' ? null : value.slice(0, maxParamLength);
};

// Country codes in any case (?country=gb); other values ("none") as written.
const countryCode = (value: string | null) =>
  value !== null && /^[a-z]{2}$/i.test(value) ? value.toUpperCase() : value;

const isSortKey = (value: string | null): value is SortKey =>
  (sortKeys as readonly (string | null)[]).includes(value);

export function readTableState(params: URLSearchParams): TableState {
  const sort = read(params, 'sort');
  return {
    lifecycle: read(params, 'lifecycle'),
    assignment: read(params, 'assignment'),
    capability: read(params, 'capability'),
    country: countryCode(read(params, 'country')),
    q: read(params, 'q') ?? '',
    sort: isSortKey(sort) ? sort : defaultSort,
    order: read(params, 'order') === 'desc' ? 'desc' : 'asc',
  };
}

/** The search params with `changes` applied; params that are not the table's are kept. */
export function writeTableState(
  params: URLSearchParams,
  changes: Partial<TableState>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [name, value] of Object.entries(changes)) {
    const isDefault =
      value === null ||
      value === '' ||
      (name === 'sort' && value === defaultSort) ||
      (name === 'order' && value === 'asc');
    if (isDefault) next.delete(name);
    else next.set(name, value);
  }
  return next;
}

export const hasFilters = (state: TableState) =>
  state.q.trim() !== '' || filterKeys.some((key) => state[key] !== null);
