/*
 * Query parameters read as ASP.NET Core binds them (so as Live Platform reads them): names match
 * without regard to case, integers are whole decimal numbers, and a value that does not bind is a
 * validation error naming the parameter.
 */

export type Query = Readonly<Record<string, string>> | undefined;

export const queryParam = (query: Query, name: string): string | undefined => {
  const wanted = name.toLowerCase();
  return Object.entries(query ?? {}).find(([key]) => key.toLowerCase() === wanted)?.[1];
};

export const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An integer parameter: its default when absent, else the value if it is a whole number within
 * [min, max]; otherwise the message is recorded in errors under the parameter's name.
 */
export function integerParam(
  query: Query,
  name: string,
  { fallback, min, max }: { fallback: number; min: number; max: number },
  errors: Record<string, string[]>,
): number {
  const raw = queryParam(query, name);
  if (raw === undefined || raw === '') return fallback;
  const value = /^-?\d{1,9}$/.test(raw.trim()) ? Number(raw) : NaN;
  if (Number.isNaN(value)) {
    errors[name] = [`The value '${raw}' is not valid for ${name}.`];
    return fallback;
  }
  if (value < min || value > max) {
    errors[name] = [`The field ${name} must be between ${min} and ${max}.`];
    return fallback;
  }
  return value;
}

/**
 * pageNumber and pageSize as an endpoint defines them: pages counted from firstPage, pageSize
 * items a page when not asked; at most 1000 a page (the sandbox's bound: Live Platform documents
 * none).
 */
export const pageParams = (
  query: Query,
  defaults: { firstPage: number; pageSize: number },
  errors: Record<string, string[]>,
) => ({
  pageNumber: integerParam(
    query,
    'pageNumber',
    { fallback: defaults.firstPage, min: defaults.firstPage, max: 100_000 },
    errors,
  ),
  pageSize: integerParam(
    query,
    'pageSize',
    { fallback: defaults.pageSize, min: 1, max: 1000 },
    errors,
  ),
});
