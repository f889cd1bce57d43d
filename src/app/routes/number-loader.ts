import type { QueryClient } from '@tanstack/react-query';
import { replace, type LoaderFunctionArgs } from 'react-router';
import { callingProfileQueries } from '../../api/calling-profiles.ts';
import { customerQueries } from '../../api/customers.ts';
import { paths } from '../../config/paths.ts';
import { readDefaultCountry } from '../../features/numbers/default-country.ts';
import {
  callingProfileIdOf,
  tenantIdOf,
} from '../../features/numbers/enrichment/use-enrichment.ts';
import { numberQueries } from '../../features/numbers/number-queries.ts';
import { parsePhoneInput } from '../../features/numbers/phone.ts';
import { waitBriefly } from './wait-for-data.ts';

/**
 * Validates and canonicalises the number in the URL, and starts the fetch before the page renders
 * (no waterfall). Non-canonical forms (%2B, spaces, national format) are replaced by the E.164 URL.
 */
export const numberLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const input = params.phone ?? '';
    const parsed = parsePhoneInput(input, readDefaultCountry());
    if (!parsed.ok) return { valid: false, input, message: parsed.message } as const;
    const canonical = paths.number(parsed.e164);
    const url = new URL(request.url);
    if (url.pathname !== canonical) throw replace(`${canonical}${url.search}`);
    // Errors are the page's to show (through useQuery), not the loader's.
    // The record renders at once if it comes quickly; otherwise the skeleton shows meanwhile.
    // So do its calling profile and its tenant's customer (lists every number shares, mostly
    // cached already), asked for as soon as the record names them: quick answers put the profile's
    // name, the diagnosis built on it and the customer's name in the first render, instead of a
    // note that shrinks and moves the page, and of a second render of the page's parts that show
    // the customer (forced at once, in one long task, when the list lands during the first).
    await waitBriefly(
      queryClient
        .query(numberQueries.detail(parsed.e164))
        .then(({ record }) =>
          Promise.all([
            callingProfileIdOf(record) ? queryClient.query(callingProfileQueries.all()) : undefined,
            tenantIdOf(record) ? queryClient.query(customerQueries.all()) : undefined,
          ]),
        ),
    );
    return { valid: true, e164: parsed.e164 } as const;
  };

export type NumberLoaderData = Awaited<ReturnType<ReturnType<typeof numberLoader>>>;
