import { describe, expect, it } from 'vitest';
import { ocNumberSchema } from '../../src/features/numbers/schema.ts';
import { BULK_COUNT } from './bulk-numbers.ts';
import { fabrikam, treyResearch } from './demo-tenants.ts';
import { answerRelated } from './related-answers.ts';
import { numbersOfTenant } from './sandbox-numbers.ts';

const signal = new AbortController().signal;
type Page = {
  currentPage: number;
  pageSize: number;
  totalPages: number;
  totalRecords: number;
  data: Record<string, unknown>[];
};
const page = async (query: Record<string, string>) => {
  const res = await answerRelated({ method: 'GET', path: '/api/v3/oc/numbers', query }, signal);
  return { status: res.status, body: (await res.json()) as Page };
};
const okPage = async (query: Record<string, string>) => {
  const { status, body } = await page(query);
  expect(status).toBe(200);
  return body;
};

const trey = treyResearch.tenantId;
const treyTotal = numbersOfTenant(trey).length;

describe('GET /api/v3/oc/numbers', () => {
  it('holds more than 600 numbers for the big tenant', () => {
    expect(treyTotal).toBeGreaterThan(600);
    expect(treyTotal).toBeGreaterThan(BULK_COUNT);
  });

  it('pages from 1, 200 a page by default, with the documented envelope', async () => {
    const first = await okPage({ msTenantId: trey });
    expect(Object.keys(first).sort()).toEqual(
      ['currentPage', 'data', 'pageSize', 'totalPages', 'totalRecords'].sort(),
    );
    expect(first).toMatchObject({
      currentPage: 1,
      pageSize: 200,
      totalRecords: treyTotal,
      totalPages: Math.ceil(treyTotal / 200),
    });
    expect(first.data).toHaveLength(200);
  });

  it('gives the remainder on the last page and nothing beyond it', async () => {
    const totalPages = Math.ceil(treyTotal / 200);
    const last = await okPage({ msTenantId: trey, pageNumber: String(totalPages) });
    expect(last.data).toHaveLength(treyTotal - (totalPages - 1) * 200);
    const beyond = await okPage({ msTenantId: trey, pageNumber: String(totalPages + 1) });
    expect(beyond).toMatchObject({
      currentPage: totalPages + 1,
      totalRecords: treyTotal,
      data: [],
    });
  });

  it('returns every number exactly once across the pages, in a stable order', async () => {
    const seen: string[] = [];
    for (let n = 1; n <= Math.ceil(treyTotal / 150); n++) {
      const { data } = await okPage({ msTenantId: trey, pageNumber: String(n), pageSize: '150' });
      seen.push(...data.map((d) => String(d.telephoneNumber)));
    }
    expect(seen).toEqual(numbersOfTenant(trey).map((n) => n.telephoneNumber));
  });

  it('keeps a page of 500 (the most our API asks for) under the 1 MiB body cap', async () => {
    const res = await answerRelated(
      { method: 'GET', path: '/api/v3/oc/numbers', query: { msTenantId: trey, pageSize: '500' } },
      signal,
    );
    expect(Buffer.byteLength(await res.text())).toBeLessThan(1024 * 1024);
  });

  it('adds the v3 fields to every number, which still matches the number schema', async () => {
    const { data } = await okPage({ msTenantId: fabrikam.tenantId });
    expect(data.length).toBeGreaterThan(0);
    for (const item of data) {
      expect(ocNumberSchema.safeParse(item).success).toBe(true);
      expect(item).toMatchObject({
        umpCustomerFullName: 'Fabrikam, Inc.',
        msCompanyName: 'Fabrikam, Inc.',
        ovocChannelId: fabrikam.ovocChannelId,
        tenantCallingProfileId: item.callingProfileId,
        consentedOn: fabrikam.consentedOn,
        sbcListJson: JSON.stringify(item.sbcList),
      });
      expect(item.umpCustomerGuid).toMatch(/^[0-9a-f-]{36}$/);
      expect(item.ocSipConnectionName).toMatch(/^Fabrikam-/);
      expect(item).toHaveProperty('ocSipConnectionDescription');
      expect(Array.isArray(item.sbcListArray)).toBe(true);
    }
  });

  it.each([
    ['Active', 0],
    ['Release Requested', 1],
    ['Marked For Removal', 2],
    ['Ready For Removal', 3],
  ])('filters by %s (status %i), counting only the matches', async (word, status) => {
    const expected = numbersOfTenant(trey).filter((n) => n.acquiredNumberStatus === status);
    expect(expected.length).toBeGreaterThan(0);
    const body = await okPage({ msTenantId: trey, acquiredNumberStatus: word, pageSize: '1000' });
    expect(body.totalRecords).toBe(expected.length);
    expect(body.totalPages).toBe(1);
    expect(body.data.map((d) => d.telephoneNumber)).toEqual(expected.map((n) => n.telephoneNumber));
  });

  it('matches no status word for numbers whose status is not reported', async () => {
    const tenantId = '3a6cbe5a-e694-4253-a460-e69856273d94'; // Northwind: status null
    expect((await okPage({ msTenantId: tenantId })).totalRecords).toBeGreaterThan(0);
    const active = await okPage({ msTenantId: tenantId, acquiredNumberStatus: 'Active' });
    expect(active).toMatchObject({ totalRecords: 0, totalPages: 0, data: [] });
  });

  it('answers an unknown tenant with an empty page', async () => {
    const body = await okPage({ msTenantId: '00000000-0000-4000-8000-000000000001' });
    expect(body).toEqual({
      currentPage: 1,
      pageSize: 200,
      totalPages: 0,
      totalRecords: 0,
      data: [],
    });
  });

  it.each([
    [{}, 'msTenantId'],
    [{ msTenantId: 'nope' }, 'msTenantId'],
    [{ msTenantId: trey, pageNumber: '0' }, 'pageNumber'],
    [{ msTenantId: trey, pageSize: '0' }, 'pageSize'],
    [{ msTenantId: trey, pageSize: '1.5' }, 'pageSize'],
    [{ msTenantId: trey, acquiredNumberStatus: 'Deleted' }, 'acquiredNumberStatus'],
  ])('refuses %j with validation problem details', async (query, field) => {
    const { status, body } = await page(query);
    expect(status).toBe(400);
    expect(body).toMatchObject({ status: 400, errors: { [field]: [expect.any(String)] } });
  });
});
