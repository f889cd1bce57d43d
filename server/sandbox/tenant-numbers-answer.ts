import type { OcNumber } from '../../src/features/numbers/schema.ts';
import { customerGuidOf } from './demo-tenants.ts';
import { json, validationProblem } from './json-answer.ts';
import { guidPattern, pageParams, queryParam, type Query } from './query-params.ts';
import { applyFault } from './read-faults.ts';
import { findTenant, numbersOfTenant, type SandboxTenant } from './sandbox-numbers.ts';

/*
 * GET /api/v3/oc/numbers?msTenantId=&acquiredNumberStatus=&pageNumber=&pageSize= as Live Platform
 * answers it: one page of a tenant's numbers, pages counted from 1, 200 a page, each number with
 * the v3 fields about its customer and connection. The status filter takes the documented words;
 * a number whose status is not reported (null) matches none of them.
 */

export const statusFilterWords: Readonly<Record<string, number>> = {
  active: 0,
  'release requested': 1,
  'marked for removal': 2,
  'ready for removal': 3,
};

function statusFilter(raw: string | undefined, errors: Record<string, string[]>) {
  if (raw === undefined || raw === '') return null;
  const status = statusFilterWords[raw.trim().toLowerCase()];
  if (status === undefined) {
    errors.acquiredNumberStatus = [`The value '${raw}' is not valid for acquiredNumberStatus.`];
    return null;
  }
  return status;
}

function v3Item(record: OcNumber, tenant: SandboxTenant | undefined) {
  const sbcList = record.sbcList ?? [];
  const known = tenant && tenant.inCustomerList !== false;
  return {
    ...record,
    umpCustomerGuid: known ? customerGuidOf(tenant) : null,
    umpCustomerFullName: known ? tenant.customer.fullName : null,
    msCompanyName: known ? tenant.customer.fullName : null,
    ovocChannelId: tenant?.ovocChannelId ?? null,
    ocSipConnectionName: record.ocSipConnectionName ?? null,
    ocSipConnectionDescription: record.ocSipConnectionDescription ?? null,
    tenantCallingProfileId: record.callingProfileId,
    consentedOn: known ? tenant.consentedOn : null,
    sbcListJson: JSON.stringify(sbcList),
    sbcListArray: sbcList.map((sbc) => sbc?.sbcName ?? null),
  };
}

export async function answerTenantNumbers(query: Query, signal: AbortSignal): Promise<Response> {
  const errors: Record<string, string[]> = {};
  const tenantId = queryParam(query, 'msTenantId');
  if (tenantId === undefined || !guidPattern.test(tenantId)) {
    errors.msTenantId = ['The msTenantId field is required and must be a GUID.'];
  }
  const status = statusFilter(queryParam(query, 'acquiredNumberStatus'), errors);
  const { pageNumber: currentPage, pageSize } = pageParams(
    query,
    { firstPage: 1, pageSize: 200 },
    errors,
  );
  if (tenantId === undefined || Object.keys(errors).length > 0) {
    return validationProblem(errors, 'v3-numbers');
  }

  const tenant = findTenant(tenantId);
  const failed = await applyFault(tenant?.fault, tenantId, signal);
  if (failed) return failed;

  const all = numbersOfTenant(tenantId);
  const matching = status === null ? all : all.filter((n) => n.acquiredNumberStatus === status);
  const start = (currentPage - 1) * pageSize;
  return json({
    currentPage,
    pageSize,
    totalPages: Math.ceil(matching.length / pageSize),
    totalRecords: matching.length,
    data: matching.slice(start, start + pageSize).map((n) => v3Item(n, tenant)),
  });
}
