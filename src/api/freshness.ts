/**
 * How fresh a cached answer of our server is: its `Age` (seconds since the server fetched it from
 * Live Platform) and, when Live Platform failed and the server served its last good copy instead,
 * `X-Oc-Lookup-Stale` with the reason.
 */
export type Freshness = { ageSeconds: number | null; staleReason: string | null };

export function readFreshness(headers: Headers): Freshness {
  const age = headers.get('age')?.trim() ?? '';
  const stale = headers.get('x-oc-lookup-stale')?.trim();
  return {
    ageSeconds: /^\d{1,9}$/.test(age) ? Number(age) : null,
    staleReason: stale ? stale : null,
  };
}

/** An answer with its freshness, as every related read returns it. */
export type Fresh<Data> = { data: Data; freshness: Freshness };
