import { useMutation, useQuery } from '@tanstack/react-query';
import { callingProfileQueries, findCallingProfile } from '../../../api/calling-profiles.ts';
import { customerOfTenant, customerQueries } from '../../../api/customers.ts';
import { leadQueries } from '../../../api/leads.ts';
import { numberStatusMutations } from '../../../api/number-status.ts';
import type { OcNumber } from '../schema.ts';

const present = (value: string | number | null | undefined): value is string | number =>
  value !== null && value !== undefined && String(value).trim() !== '';

/** The customer of a tenant, from the one customer list every lookup shares. */
export function useCustomer(tenantId: string) {
  const query = useQuery(customerQueries.all());
  return { query, customer: query.data ? customerOfTenant(query.data.data, tenantId) : undefined };
}

/** The tenant a number is in, '' for none: the customer list is asked for only then. */
export const tenantIdOf = (number: OcNumber) => number.tenantId?.trim() ?? '';

/** The calling profile a number names, '' for none: the profile list is asked for only then. */
export const callingProfileIdOf = (number: OcNumber) => number.callingProfileId?.trim() ?? '';

/** The number's calling profile, from the one profile list every lookup shares. */
export function useCallingProfile(number: OcNumber) {
  const id = callingProfileIdOf(number);
  const query = useQuery({ ...callingProfileQueries.all(), enabled: id !== '' });
  return {
    id,
    query,
    profile: query.data && id ? findCallingProfile(query.data.data, id) : undefined,
  };
}

/** The tenant's leads, asked for only when the number sets an emergency address or location. */
export function useTenantLeads(number: OcNumber) {
  const tenantId = tenantIdOf(number);
  const wanted = tenantId !== '' && (present(number.civicAddressId) || present(number.locationId));
  const query = useQuery({ ...leadQueries.tenant(tenantId), enabled: wanted });
  return { wanted, tenantId, query };
}

/** Microsoft's live view of the number: asked only when a person presses the button. */
export function useMicrosoftCheck(number: OcNumber) {
  const tenantId = tenantIdOf(number);
  const mutation = useMutation(
    numberStatusMutations.check({ msTenantId: tenantId, telephoneNumber: number.telephoneNumber }),
  );
  return { mutation, canCheck: tenantId !== '' };
}

export type MicrosoftCheckState = ReturnType<typeof useMicrosoftCheck>;
