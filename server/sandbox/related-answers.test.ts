import { describe, expect, it } from 'vitest';
import { answerRelated } from './related-answers.ts';

/*
 * The shapes of the sandbox's related reads, key by key as the API notes document them (casing
 * included: the v3 customer is PascalCase, the rest camelCase, `enviroment` as the API spells it).
 */

const signal = new AbortController().signal;
const get = async (path: string, query?: Record<string, string>) => {
  const res = await answerRelated({ method: 'GET', path, query }, signal);
  return { status: res.status, headers: res.headers, body: (await res.json()) as unknown };
};
const list = async (path: string, query?: Record<string, string>) => {
  const { status, body } = await get(path, query);
  expect(status).toBe(200);
  expect(Array.isArray(body)).toBe(true);
  return body as Record<string, unknown>[];
};
const keys = (value: unknown) => Object.keys(value as object).sort();
const sorted = (names: string[]) => [...names].sort();
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const secretLooking = /secret|password|key|token|credential/i;

describe('GET /api/v3/customer', () => {
  const documented = [
    'UmpCustomerGuid',
    'CustomerShortName',
    'CustomerFullName',
    'LicenseType',
    'MsTenantId',
  ];

  it('lists customers with the documented PascalCase fields', async () => {
    const customers = await list('/api/v3/customer');
    expect(customers.length).toBeGreaterThanOrEqual(10);
    for (const customer of customers) {
      expect(keys(customer)).toEqual(expect.arrayContaining(documented));
      expect(customer.UmpCustomerGuid).toMatch(guid);
      expect(customer.MsTenantId).toMatch(guid);
      for (const field of ['CustomerShortName', 'CustomerFullName', 'LicenseType']) {
        expect(customer[field]).toEqual(expect.any(String));
      }
    }
  });

  it('carries unknown fields and secret-looking fields, as an untrusted upstream may', async () => {
    const extra = (await list('/api/v3/customer')).flatMap((c) =>
      Object.keys(c).filter((k) => !documented.includes(k)),
    );
    expect(extra.filter((k) => !secretLooking.test(k)).length).toBeGreaterThan(0);
    expect(extra).toContain('ApplicationClientSecret');
    expect(extra).toContain('ApiKey');
    expect(extra.filter((k) => secretLooking.test(k)).length).toBeGreaterThanOrEqual(4);
  });

  it('has one customer per tenant', async () => {
    const tenants = (await list('/api/v3/customer')).map((c) => c.MsTenantId);
    expect(new Set(tenants).size).toBe(tenants.length);
  });
});

describe('GET /api/v2/oc/callingprofile', () => {
  it('lists profiles with exactly the documented fields', async () => {
    const profiles = await list('/api/v2/oc/callingprofile');
    expect(profiles.length).toBeGreaterThanOrEqual(15);
    for (const profile of profiles) {
      expect(keys(profile)).toEqual(
        sorted([
          'callingProfileId',
          'name',
          'enviroment',
          'region',
          'carrier',
          'offerTypes',
          'emergencyDialStrings',
          'isEmergencyProfile',
          'emergencyProfileId',
          'additionalSbcList',
          'trunksEnrolled',
          'validation',
        ]),
      );
      expect(profile.callingProfileId).toMatch(guid);
      const offerTypes = profile.offerTypes as Record<string, unknown>[];
      for (const offer of offerTypes) {
        expect(keys(offer)).toEqual(['offerTypeName', 'testNumbers']);
        expect(['Calling', 'AudioConferencing']).toContain(offer.offerTypeName);
      }
      expect(keys(profile.validation)).toEqual(
        sorted(offerTypes.map((o) => String(o.offerTypeName))),
      );
      const trunks = profile.trunksEnrolled as Record<string, unknown>[];
      expect(trunks.length).toBeGreaterThan(0);
      for (const trunk of trunks) {
        expect(keys(trunk)).toEqual(['matchingSbcList', 'trunkFqdn', 'trunkId']);
        for (const sbc of trunk.matchingSbcList as unknown[]) {
          expect(keys(sbc)).toEqual(['fqdn', 'ipAddress', 'name', 'sbcId']);
        }
      }
    }
  });

  it('offers both offer types somewhere', async () => {
    const names = (await list('/api/v2/oc/callingprofile')).flatMap((p) =>
      (p.offerTypes as { offerTypeName: string }[]).map((o) => o.offerTypeName),
    );
    expect(new Set(names)).toEqual(new Set(['Calling', 'AudioConferencing']));
  });
});

describe('GET /api/v2/oc/lead', () => {
  const leadFields = [
    'id',
    'tenantId',
    'status',
    'consentedOn',
    'lastModifiedOn',
    'consentedCountries',
    'isDirectLead',
    'isNotActive',
    'umpCustomerGuid',
    'ovocChannelId',
    'tenantOrigin',
    'operatorId',
    'comments',
    'contacts',
    'contactDetails',
    'civicAddresses',
  ];
  const addressFields = [
    'id',
    'country',
    'houseNumber',
    'houseNumberSuffix',
    'preDirectional',
    'streetName',
    'streetSuffix',
    'postDirectional',
    'stateOrProvince',
    'countyOrDistrict',
    'cityOrTown',
    'cityOrTownAlias',
    'postalOrZipCode',
    'description',
    'companyName',
    'companyId',
    'defaultLocationId',
    'validationStatus',
    'tenantId',
    'partnerId',
    'locations',
  ];

  it('answers every lead with exactly the documented fields', async () => {
    const leads = await list('/api/v2/oc/lead', { pageSize: '1000' });
    expect(leads.length).toBeGreaterThanOrEqual(10);
    for (const lead of leads) {
      expect(keys(lead)).toEqual(sorted(leadFields));
      expect(keys(lead.contactDetails)).toEqual(
        sorted(['fullName', 'email', 'phoneNumber', 'companyName', 'companySize']),
      );
      expect((lead.contactDetails as { email: string }).email).toMatch(
        /^[a-z.-]+@[a-z.-]+\.example\.(com|net)$/,
      );
      for (const address of (lead.civicAddresses ?? []) as Record<string, unknown>[]) {
        expect(keys(address)).toEqual(sorted(addressFields));
        const locations = address.locations as Record<string, unknown>[];
        for (const location of locations) {
          expect(keys(location)).toEqual(
            sorted(['id', 'civicAddressId', 'description', 'additionalInfo', 'isDefault', 'elin']),
          );
          expect(location.civicAddressId).toBe(address.id);
        }
        const defaults = locations.filter((l) => l.isDefault === true);
        expect(defaults.map((l) => l.id)).toEqual([address.defaultLocationId]);
      }
    }
  });

  it('pages from 0, 100 a page by default', async () => {
    const all = await list('/api/v2/oc/lead', { pageSize: '1000' });
    expect(await list('/api/v2/oc/lead')).toEqual(all.slice(0, 100));
    expect(await list('/api/v2/oc/lead', { pageNumber: '1', pageSize: '3' })).toEqual(
      all.slice(3, 6),
    );
    expect(await list('/api/v2/oc/lead', { pageNumber: '99', pageSize: '3' })).toEqual([]);
  });

  it('answers one lead for a customer tenant (msTenantID, any case) and none for another', async () => {
    const tenantId = 'e8b08f1a-c7f1-4d7f-be40-7c2094c077e7';
    const leads = await list('/api/v2/oc/lead', { msTenantID: tenantId });
    expect(leads.map((l) => l.tenantId)).toEqual([tenantId]);
    expect(await list('/api/v2/oc/lead', { mstenantid: tenantId })).toEqual(leads);
    expect(
      await list('/api/v2/oc/lead', { msTenantID: '00000000-0000-4000-8000-000000000001' }),
    ).toEqual([]);
  });

  it.each([
    [{ msTenantID: 'not-a-guid' }, 'msTenantID'],
    [{ pageNumber: '-1' }, 'pageNumber'],
    [{ pageSize: 'ten' }, 'pageSize'],
  ])('refuses %j with validation problem details', async (query, field) => {
    const { status, headers, body } = await get('/api/v2/oc/lead', query);
    expect(status).toBe(400);
    expect(headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(body).toMatchObject({ status: 400, errors: { [field]: [expect.any(String)] } });
  });
});

describe('routing', () => {
  it('answers an unknown path with 404 problem details', async () => {
    const { status, headers, body } = await get(
      '/api/v3/customer/f94238e5-4f2c-4e1b-8125-2d27122ca75f',
    );
    expect(status).toBe(404);
    expect(headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(body).toMatchObject({ status: 404, title: 'Not Found' });
    expect((body as { traceId: string }).traceId).toMatch(/^00-[0-9a-f]{32}-/);
  });

  it('routes as ASP.NET Core does: any case, trailing slash ignored', async () => {
    expect(await list('/API/v2/OC/CallingProfile/')).toEqual(
      await list('/api/v2/oc/callingprofile'),
    );
  });

  it('answers a known path with another method with 405 and Allow', async () => {
    const post = await answerRelated(
      { method: 'POST', path: '/api/v3/customer', body: {} },
      signal,
    );
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
    const getStatus = await answerRelated(
      { method: 'GET', path: '/api/v2/oc/numbers/action/number-status' },
      signal,
    );
    expect(getStatus.status).toBe(405);
    expect(getStatus.headers.get('allow')).toBe('POST');
  });

  it.each([
    ['/api/v3/customer', undefined],
    ['/api/v2/oc/callingprofile', undefined],
    ['/api/v2/oc/lead', undefined],
    ['/api/v3/oc/numbers', { msTenantId: 'f94238e5-4f2c-4e1b-8125-2d27122ca75f', pageNumber: '2' }],
  ])('answers %s the same twice (deterministic)', async (path, query) => {
    const text = async () => (await answerRelated({ method: 'GET', path, query }, signal)).text();
    expect(await text()).toBe(await text());
  });
});
