import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { getJson } from '../lib/api-client.ts';

/** The signed-in member of staff (live mode only; the server holds the session). */
export const currentUserSchema = z.object({
  name: z.string(),
  email: z.nullish(z.string()),
  roles: z._default(z.array(z.string()), []),
});

export const currentUserQuery = queryOptions({
  queryKey: ['current-user'],
  queryFn: ({ signal }) => getJson('/api/me', currentUserSchema, { signal }),
  staleTime: 5 * 60_000,
  retry: false,
});
