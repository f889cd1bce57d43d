import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { getJsonWithBody } from '../../lib/api-client.ts';
import { apiPaths } from '../../lib/api-paths.ts';
import { ApiError } from '../../lib/api-error.ts';
import { ocNumberSchema, otherFields, type OcNumber } from './schema.ts';

// Live Platform answers an unknown number with a 404 or with 200 and the body null.
const numberOrNullSchema = z.nullable(ocNumberSchema);

/** A looked-up number: the parsed record, and the answer as received for the raw view. */
export type NumberLookup = {
  record: OcNumber;
  rawBody: string;
  otherFields: [key: string, value: unknown][];
};

export async function fetchNumber(e164: string, signal?: AbortSignal): Promise<NumberLookup> {
  const answer = await getJsonWithBody(apiPaths.number(e164), numberOrNullSchema, { signal });
  if (answer.data === null) {
    throw new ApiError('not-found', `No Operator Connect number ${e164}`, { status: 200 });
  }
  return { record: answer.data, rawBody: answer.body, otherFields: otherFields(answer.json) };
}

export const numberKeys = {
  all: ['numbers'] as const,
  detail: (e164: string) => [...numberKeys.all, 'detail', e164] as const,
};

export const numberQueries = {
  detail: (e164: string) =>
    queryOptions({
      queryKey: numberKeys.detail(e164),
      queryFn: ({ signal }) => fetchNumber(e164, signal),
    }),
};
