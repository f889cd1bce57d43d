import { describe, expect, it } from 'vitest';
import { answerRelated } from './related-answers.ts';
import { MISSING_PROFILE_ID, reservedReads, reservedTenants } from './reserved-reads.ts';
import { reservedNumbers } from './reserved-numbers.ts';
import { findNumber } from './sandbox-numbers.ts';
import { sandboxSource } from './sandbox-source.ts';

const signal = new AbortController().signal;
const read = (path: string, query?: Record<string, string>, abort = signal) =>
  answerRelated({ method: 'GET', path, query }, abort);
const customers = async () =>
  (await (await read('/api/v3/customer')).json()) as { MsTenantId: string }[];

describe('reserved reads', () => {
  it('are numbers of the never-assigned range, none of them a reserved lookup failure', () => {
    const lookupFailures = new Set(reservedNumbers.map((r) => r.telephoneNumber));
    for (const { telephoneNumber } of reservedReads) {
      expect(telephoneNumber).toMatch(/^\+442079460\d{3}$/);
      expect(lookupFailures.has(telephoneNumber)).toBe(false);
    }
  });

  it.each(reservedReads)('$telephoneNumber opens normally ($description)', async (r) => {
    const res = await sandboxSource.getNumber(r.telephoneNumber, signal);
    expect(res.status).toBe(200);
  });

  it.each([
    ['lead', '/api/v2/oc/lead', 'msTenantID'],
    ['tenant page', '/api/v3/oc/numbers', 'msTenantId'],
  ])('%s of the 500 tenant: 500 problem details with a traceId', async (_, path, param) => {
    const res = await read(path, { [param]: reservedTenants.leadServerError.tenantId });
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as { status: number; traceId: string };
    expect(body.status).toBe(500);
    expect(body.traceId).toMatch(/^00-[0-9a-f]{32}-/);
  });

  it.each([
    ['/api/v2/oc/lead', 'msTenantID'],
    ['/api/v3/oc/numbers', 'msTenantId'],
  ])('%s of the 429 tenant: 429 with Retry-After', async (path, param) => {
    const res = await read(path, { [param]: reservedTenants.leadRateLimited.tenantId });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('2');
  });

  it('the slow tenant answers its lead after about 3 s', { timeout: 6000 }, async () => {
    const started = Date.now();
    const res = await read('/api/v2/oc/lead', { msTenantID: reservedTenants.leadSlow.tenantId });
    expect(Date.now() - started).toBeGreaterThanOrEqual(2900);
    const [lead] = (await res.json()) as { civicAddresses: unknown }[];
    expect(lead?.civicAddresses).toBeNull();
  });

  it('the slow wait ends when the caller gives up', async () => {
    const controller = new AbortController();
    const pending = read(
      '/api/v3/oc/numbers',
      { msTenantId: reservedTenants.leadSlow.tenantId },
      controller.signal,
    );
    controller.abort();
    await expect(pending).rejects.toThrow();
  });

  it('the tenant without a customer is in no customer list and has no lead', async () => {
    const tenantId = reservedTenants.noCustomer.tenantId;
    expect(findNumber('+442079460744')?.tenantId).toBe(tenantId);
    expect((await customers()).map((c) => c.MsTenantId)).not.toContain(tenantId);
    expect(await (await read('/api/v2/oc/lead', { msTenantID: tenantId })).json()).toEqual([]);
    const page = (await (await read('/api/v3/oc/numbers', { msTenantId: tenantId })).json()) as {
      data: { umpCustomerGuid: unknown }[];
    };
    expect(page.data.map((d) => d.umpCustomerGuid)).toEqual([null]);
  });

  it('the other reserved tenants are customers', async () => {
    const ids = (await customers()).map((c) => c.MsTenantId);
    for (const t of [reservedTenants.leadServerError, reservedTenants.leadRateLimited]) {
      expect(ids).toContain(t.tenantId);
    }
  });

  it('one number’s calling profile is not in the list', async () => {
    expect(findNumber('+442079460704')?.callingProfileId).toBe(MISSING_PROFILE_ID);
    const list = (await (await read('/api/v2/oc/callingprofile')).json()) as {
      callingProfileId: string;
    }[];
    expect(list.map((p) => p.callingProfileId)).not.toContain(MISSING_PROFILE_ID);
  });
});
