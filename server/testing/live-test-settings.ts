import type { LiveSettings } from '../settings.ts';

/**
 * Live settings for tests of the live source: Live Platform at `baseUrl`, tokens from
 * `authority` (a mock Entra ID), a 2 s timeout, and staff sign-in settings nothing reads.
 */
export const liveTestSettings = (
  values: Pick<LiveSettings, 'baseUrl' | 'authority' | 'clientSecret' | 'scope' | 'tenantId'>,
): LiveSettings => ({
  clientId: `client-of-${values.tenantId}`,
  channelId: undefined,
  timeoutMs: 2000,
  auth: {
    issuer: 'http://127.0.0.1:1/unused',
    clientId: 'staff',
    clientSecret: 'staff-secret',
    requiredRole: undefined,
  },
  publicUrl: 'http://127.0.0.1:8080',
  sessionSecret: 'x'.repeat(32),
  ...values,
});
