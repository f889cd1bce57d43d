import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mswServer } from '../testing/msw-server.ts';
import { callingProfileQueries, findCallingProfile } from './calling-profiles.ts';
import { customerOfTenant, customerQueries, type Customer } from './customers.ts';
import { readFreshness, type Fresh } from './freshness.ts';
import { leadQueries } from './leads.ts';
import { checkNumberStatus } from './number-status.ts';
import { tenantNumberQueries, tenantNumbersPath } from './tenant-numbers.ts';
import {
  callingProfilesAnswer,
  customersAnswer,
  leadsAnswer,
  relatedHandlers,
  relatedPaths,
  vendorProfileId,
  vendorTenantId,
} from './testing/related-answers.ts';

const signal = new AbortController().signal;
const run = async <T>(options: { queryFn?: unknown }) =>
  (options.queryFn as (context: { signal: AbortSignal }) => Promise<T>)({ signal });

describe('readFreshness', () => {
  it.each([
    [{ age: '120' }, { ageSeconds: 120, staleReason: null }],
    [
      { age: '0', 'x-oc-lookup-stale': 'upstream-failed' },
      { ageSeconds: 0, staleReason: 'upstream-failed' },
    ],
    [{ age: '-5' }, { ageSeconds: null, staleReason: null }],
    [
      { age: '1.5', 'x-oc-lookup-stale': ' ' },
      { ageSeconds: null, staleReason: null },
    ],
    [{}, { ageSeconds: null, staleReason: null }],
  ])('%j → %j', (headers, expected) => {
    expect(readFreshness(new Headers(headers))).toEqual(expected);
  });
});

describe('customers', () => {
  it('keeps only the allow-listed fields, PascalCase as sent, and finds a tenant in any case', async () => {
    mswServer.use(
      http.get(relatedPaths.customers, () =>
        HttpResponse.json(
          [{ ...customersAnswer[0], ApplicationClientSecret: 's3cr3t', Extra: 1 }],
          { headers: { age: '30' } },
        ),
      ),
    );
    const answer = await run<Fresh<Customer[]>>(customerQueries.all());
    expect(JSON.stringify(answer.data)).not.toContain('s3cr3t');
    expect(answer.data[0]).not.toHaveProperty('Extra');
    expect(answer.freshness.ageSeconds).toBe(30);
    expect(customerOfTenant(answer.data, vendorTenantId)?.CustomerFullName).toBe('Contoso Ltd');
    expect(customerOfTenant(answer.data, '00000000-0000-0000-0000-000000000000')).toBeUndefined();
  });

  it('shares one query for every tenant, kept as long as the server caches it', () => {
    expect(customerQueries.all().queryKey).toEqual(['customers']);
    expect(customerQueries.all().staleTime).toBe(300_000);
  });
});

describe('calling profiles', () => {
  it('reads profiles, tolerating nulls and unknown fields', async () => {
    mswServer.use(
      http.get(relatedPaths.callingProfiles, () =>
        HttpResponse.json([
          ...callingProfilesAnswer,
          {
            callingProfileId: 'other',
            offerTypes: null,
            trunksEnrolled: [null, { matchingSbcList: null }],
            newField: 'x',
          },
        ]),
      ),
    );
    const answer = await run<{ data: Parameters<typeof findCallingProfile>[0] }>(
      callingProfileQueries.all(),
    );
    expect(findCallingProfile(answer.data, vendorProfileId.toUpperCase())?.name).toBe(
      'UK Calling – London',
    );
    const other = findCallingProfile(answer.data, 'other');
    expect(other).toMatchObject({ offerTypes: [], newField: 'x' });
    expect(other?.trunksEnrolled[1]).toMatchObject({ matchingSbcList: [] });
  });
});

describe('leads', () => {
  it('asks for the tenant, drops contact details but the company name, and reads a null address list', async () => {
    let asked = '';
    mswServer.use(
      http.get(relatedPaths.leads, ({ request }) => {
        asked = request.url;
        return HttpResponse.json([...leadsAnswer, { id: 2, civicAddresses: null }]);
      }),
    );
    const answer = await run<{ data: { contactDetails?: unknown; civicAddresses: unknown[] }[] }>(
      leadQueries.tenant(vendorTenantId),
    );
    expect(new URL(asked).searchParams.get('msTenantID')).toBe(vendorTenantId);
    expect(answer.data[0]?.contactDetails).toEqual({ companyName: 'Contoso Ltd' });
    expect(JSON.stringify(answer.data)).not.toContain('private@example.com');
    expect(answer.data[1]?.civicAddresses).toEqual([]);
  });

  it('keys leads by tenant in any case', () => {
    expect(leadQueries.tenant(vendorTenantId.toUpperCase()).queryKey).toEqual(
      leadQueries.tenant(vendorTenantId).queryKey,
    );
  });
});

describe("a tenant's numbers", () => {
  it('builds the paged path with the filter as a word', () => {
    expect(
      tenantNumbersPath({
        msTenantId: vendorTenantId,
        pageNumber: 2,
        pageSize: 200,
        acquiredNumberStatus: 'Marked For Removal',
      }),
    ).toBe(
      `/api/v3/oc/numbers?msTenantId=${vendorTenantId}&pageNumber=2&pageSize=200&acquiredNumberStatus=Marked+For+Removal`,
    );
  });

  it('reads a page', async () => {
    mswServer.use(
      http.get('/api/v3/oc/numbers', () =>
        HttpResponse.json({
          currentPage: 1,
          pageSize: 200,
          totalPages: 4,
          totalRecords: 601,
          data: [
            {
              telephoneNumber: '+442074996300',
              umpCustomerFullName: 'Contoso Ltd',
              sbcListJson: '[]',
            },
          ],
        }),
      ),
    );
    const answer = await run<{ data: { totalRecords: number; data: Record<string, unknown>[] } }>(
      tenantNumberQueries.page({ msTenantId: vendorTenantId, pageNumber: 1, pageSize: 200 }),
    );
    expect(answer.data.totalRecords).toBe(601);
    expect(answer.data.data[0]).toMatchObject({
      umpCustomerFullName: 'Contoso Ltd',
      sbcListJson: '[]',
    });
  });
});

describe('number-status', () => {
  it("POSTs one tenant and one number and reads Microsoft's answer, misspelling included", async () => {
    let body: unknown;
    mswServer.use(
      ...relatedHandlers,
      http.post(relatedPaths.numberStatus, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({
          validationResult: 'Success',
          telephoneNumbers: [
            {
              telephoneNumber: '+442074996300',
              validationResult: 'Failure',
              actionRequired: true,
              validationDetail: ['Number not in tenant', { code: 7 }],
              telphoneNumberDetail: {
                numberFound: true,
                numberOffering: 'Calling',
                assignmentStatus: 'UserAssigned',
              },
            },
          ],
        });
      }),
    );
    const check = await checkNumberStatus({
      msTenantId: vendorTenantId,
      telephoneNumber: '+442074996300',
    });
    expect(body).toEqual({ msTenantId: vendorTenantId, telephoneNumbers: ['+442074996300'] });
    expect(check.item).toMatchObject({
      validationResult: 'Failure',
      validationDetail: ['Number not in tenant', { code: 7 }],
      telphoneNumberDetail: { numberFound: true, assignmentStatus: 'UserAssigned' },
    });
    expect(check.checkedAt).toBeInstanceOf(Date);
  });
});
