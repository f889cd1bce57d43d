import { json, validationProblem } from './json-answer.ts';
import { leadOf } from './lead-list.ts';
import { guidPattern, pageParams, queryParam, type Query } from './query-params.ts';
import { applyFault } from './read-faults.ts';
import { customerTenants, findTenant } from './sandbox-numbers.ts';

/**
 * GET /api/v2/oc/lead?msTenantID=&pageNumber=&pageSize= as Live Platform answers it: an array of
 * leads (one for a customer tenant, none for an unknown one), pages counted from 0, 100 a page.
 */
export async function answerLeads(query: Query, signal: AbortSignal): Promise<Response> {
  const errors: Record<string, string[]> = {};
  const tenantId = queryParam(query, 'msTenantID');
  if (tenantId !== undefined && !guidPattern.test(tenantId)) {
    errors.msTenantID = [`The value '${tenantId}' is not valid for msTenantID.`];
  }
  const { pageNumber, pageSize } = pageParams(query, { firstPage: 0, pageSize: 100 }, errors);
  if (Object.keys(errors).length > 0) return validationProblem(errors, 'lead');

  const tenants = tenantId === undefined ? customerTenants() : [findTenant(tenantId)];
  if (tenantId !== undefined) {
    const failed = await applyFault(tenants[0]?.fault, tenantId, signal);
    if (failed) return failed;
  }
  const leads = tenants.flatMap((tenant) => {
    const lead = tenant && leadOf(tenant);
    return lead ? [lead] : [];
  });
  return json(leads.slice(pageNumber * pageSize, (pageNumber + 1) * pageSize));
}
