import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLivePlatform, type FakeLivePlatform } from './fake-live-platform.ts';

// No token is sent: a route that is not made to fail answers the fake's plain 401, so a 500 can
// only come from a failure. The issuer is never asked (no token to check).
let livePlatform: FakeLivePlatform;
beforeAll(async () => {
  livePlatform = await startFakeLivePlatform({
    issuer: 'http://127.0.0.1:9',
    audience: 'api://fake',
  });
});
afterAll(() => livePlatform.close());

const statusOf = async (path: string, init?: RequestInit) => {
  const res = await fetch(`${livePlatform.url}${path}`, init);
  await res.body?.cancel();
  return res.status;
};

describe('failRelated', () => {
  it('fails one related read every time until told otherwise, and nothing else', async () => {
    livePlatform.failRelated('/api/v2/oc/callingprofile', 'status-500');
    expect(await statusOf('/api/v2/oc/callingprofile')).toBe(500);
    expect(await statusOf('/api/v2/oc/callingprofile')).toBe(500);
    expect(await statusOf('/api/v3/customer')).toBe(401);
    expect(await statusOf('/api/v2/oc/numbers/%2B442074996300')).toBe(401);

    livePlatform.failRelated('/api/v2/oc/callingprofile', undefined);
    expect(await statusOf('/api/v2/oc/callingprofile')).toBe(401);
  });

  it('leaves the failure queue to the other routes', async () => {
    livePlatform.failRelated('/api/v2/oc/numbers/action/number-status', 'status-429');
    livePlatform.failNext('status-500');
    const post = { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } };
    expect(await statusOf('/api/v2/oc/numbers/action/number-status', post)).toBe(429);
    expect(await statusOf('/api/v2/oc/lead?msTenantID=x')).toBe(500);
    expect(await statusOf('/api/v2/oc/lead?msTenantID=x')).toBe(401);
    livePlatform.failRelated('/api/v2/oc/numbers/action/number-status', undefined);
    expect(await statusOf('/api/v2/oc/numbers/action/number-status', post)).toBe(401);
  });
});
