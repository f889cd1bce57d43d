import { customerGuidOf } from './demo-tenants.ts';
import { customerTenants } from './sandbox-numbers.ts';

/*
 * GET /api/v3/customer as Live Platform answers it: every customer of the operator, PascalCase.
 * Some carry fields beyond the documented ones, secret-looking ones included, as an untrusted
 * upstream may send them: our API must pass on only its allow-list (server/, not the sandbox).
 */
export const customerList = () =>
  customerTenants().map((tenant) => ({
    UmpCustomerGuid: customerGuidOf(tenant),
    CustomerShortName: tenant.customer.shortName,
    CustomerFullName: tenant.customer.fullName,
    LicenseType: tenant.customer.licenseType,
    MsTenantId: tenant.tenantId,
    OvocChannelId: tenant.ovocChannelId,
    ...tenant.customer.more,
  }));
