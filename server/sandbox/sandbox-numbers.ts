import type { OcNumber } from '../../src/features/numbers/schema.ts';
import { bulkNumbers } from './bulk-numbers.ts';
import { demoNumbers } from './demo-numbers.ts';
import { demoTenants, treyResearch, type Tenant } from './demo-tenants.ts';
import { reservedReadNumbers, reservedTenants, type ReservedTenant } from './reserved-reads.ts';

/*
 * Every number record and tenant the sandbox knows, indexed once: the curated demo numbers, the
 * records of the reserved reads, and (made on first use) the bulk numbers of the big tenant.
 */

const curated: readonly OcNumber[] = [...demoNumbers, ...reservedReadNumbers];
const curatedByNumber = new Map(curated.map((n) => [n.telephoneNumber, n]));
let bulkByNumber: Map<string, OcNumber> | undefined;

/** The record a number lookup answers, if the sandbox has one. */
export function findNumber(e164: string): OcNumber | undefined {
  const found = curatedByNumber.get(e164);
  if (found) return found;
  // Only the big tenant's range can hold a bulk number: other misses do not build the list.
  if (!e164.startsWith('+441174960')) return undefined;
  bulkByNumber ??= new Map(bulkNumbers().map((n) => [n.telephoneNumber, n]));
  return bulkByNumber.get(e164);
}

/** A tenant's numbers in the order Live Platform lists them (upload order). */
export function numbersOfTenant(tenantId: string): readonly OcNumber[] {
  const wanted = tenantId.toLowerCase();
  const own = curated.filter((n) => n.tenantId?.toLowerCase() === wanted);
  return wanted === treyResearch.tenantId ? [...own, ...bulkNumbers()] : own;
}

export type SandboxTenant = Tenant & Partial<Pick<ReservedTenant, 'fault' | 'inCustomerList'>>;

export const sandboxTenants: readonly SandboxTenant[] = [
  ...demoTenants,
  ...Object.values(reservedTenants),
];

const tenantById = new Map(sandboxTenants.map((t) => [t.tenantId.toLowerCase(), t]));

export const findTenant = (tenantId: string): SandboxTenant | undefined =>
  tenantById.get(tenantId.toLowerCase());

/** The tenants Live Platform lists as customers. */
export const customerTenants = (): readonly SandboxTenant[] =>
  sandboxTenants.filter((t) => t.inCustomerList !== false);
