import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../../lib/api-client.ts';
import { ApiError } from '../../lib/api-error.ts';
import * as z from 'zod/mini';
import { ocNumberSchema } from './schema.ts';

// Live Platform answers an unknown number with a 404 or with 200 and the body null.
const numberOrNullSchema = z.nullable(ocNumberSchema);

export async function fetchNumber(e164: string, signal?: AbortSignal) {
  const number = await getJson(
    `/api/v2/oc/numbers/${encodeURIComponent(e164)}`,
    numberOrNullSchema,
    {
      signal,
    },
  );
  if (number === null)
    throw new ApiError('not-found', `No Operator Connect number ${e164}`, { status: 200 });
  return number;
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
