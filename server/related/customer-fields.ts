import { looksSecret } from './secret-names.ts';

/*
 * What the browser gets of Live Platform's customer list: per customer, only these members, with
 * Live Platform's own casing (v3 customer is PascalCase), and only plain values (a string, a
 * number, true/false, null: an object or array could carry anything). Beside the allow-list, any
 * secret-looking name is dropped on its own account (secret-names.ts), so widening the list by
 * mistake still lets no secret through.
 */
export const customerFieldAllowList: readonly string[] = [
  'UmpCustomerGuid',
  'CustomerShortName',
  'CustomerFullName',
  'LicenseType',
  'MsTenantId',
  // Not documented (the list has "more fields"): the name the sandbox and the app's schema use.
  'Status',
];

type Plain = string | number | boolean | null;

const isPlain = (value: unknown): value is Plain =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

/**
 * The customers as the browser may see them, or undefined when the answer is not a list of
 * customers (the route then answers 502 without passing any of it on). Items that are not
 * objects are left out.
 */
export function customersForBrowser(
  answer: unknown,
  allowList: readonly string[] = customerFieldAllowList,
): Record<string, Plain>[] | undefined {
  if (!Array.isArray(answer)) return undefined;
  const customers: Record<string, Plain>[] = [];
  for (const item of answer as unknown[]) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) continue;
    const customer: Record<string, Plain> = {};
    for (const name of allowList) {
      if (looksSecret(name) || !Object.hasOwn(item, name)) continue;
      const value = (item as Record<string, unknown>)[name];
      if (isPlain(value)) customer[name] = value;
    }
    customers.push(customer);
  }
  return customers;
}
