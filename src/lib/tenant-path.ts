/** The address of a tenant's page: what a number's customer line and the search box link to. */
export const tenantPath = (tenantId: string) => `/tenants/${encodeURIComponent(tenantId)}`;
export const tenantPattern = '/tenants/:tenantId';
