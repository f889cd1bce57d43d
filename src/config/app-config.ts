import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { getJson } from '../lib/api-client.ts';
import { apiPaths } from '../lib/api-paths.ts';

/** What the server says about itself: which mode it runs in, and the demo numbers to offer. */
const listedNumberSchema = z.object({ telephoneNumber: z.string(), description: z.string() });

export const appConfigSchema = z.object({
  mode: z.enum(['demo', 'live']),
  liveHost: z.optional(z.string()),
  featuredNumbers: z._default(z.array(listedNumberSchema), []),
  reservedNumbers: z._default(z.array(listedNumberSchema), []),
});

export type AppConfig = z.infer<typeof appConfigSchema>;

export const appConfigQuery = queryOptions({
  queryKey: ['app-config'],
  queryFn: ({ signal }) => getJson(apiPaths.appConfig, appConfigSchema, { signal }),
  staleTime: Infinity,
});
