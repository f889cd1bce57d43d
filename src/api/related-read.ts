import type * as z from 'zod/mini';
import { getJsonWithBody } from '../lib/api-client.ts';
import { readFreshness, type Fresh } from './freshness.ts';

/*
 * Customers, calling profiles and leads change rarely; our server keeps each for 5 minutes by
 * default (RELATED_CACHE_SECONDS). The browser reuses them as long, so a page of lookups across
 * tenants asks for the customer list once.
 */
export const relatedStaleTimeMs = 5 * 60_000;

/** GETs one of Live Platform's related reads through our server, with its freshness. */
export async function fetchRelated<Schema extends z.ZodMiniType>(
  path: string,
  schema: Schema,
  signal: AbortSignal,
): Promise<Fresh<z.output<Schema>>> {
  const answer = await getJsonWithBody(path, schema, { signal });
  return { data: answer.data, freshness: readFreshness(answer.headers) };
}
