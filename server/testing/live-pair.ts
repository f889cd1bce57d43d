import { defaultScope, type LiveSettings } from '../settings.ts';
import { startFakeLivePlatform, type FakeLivePlatform } from './fake-live-platform.ts';
import { audienceOf, startMockEntra, type MockEntra } from './mock-entra.ts';

/**
 * What every live-mode test of the server stands on: a mock Entra ID for `tenantId` and the fake
 * Live Platform, which trusts only the tokens that Entra signs for the scope's audience.
 */
export type LivePair = {
  entra: MockEntra;
  livePlatform: FakeLivePlatform;
  /** Settings of the live source alone (createLiveSource), pointing at this pair. */
  sourceSettings: (clientSecret: string) => LiveSettings;
  /** The environment `npm start` reads for live mode, pointing at this pair; `extra` wins. */
  liveEnv: (secrets: LiveSecrets, extra?: Record<string, string>) => Record<string, string>;
  close: () => Promise<void>;
};

type LiveSecrets = { clientSecret: string; sessionSecret: string; staffSecret?: string };

export async function startLivePair(tenantId: string, scope = defaultScope): Promise<LivePair> {
  const entra = await startMockEntra({ tenantId });
  const livePlatform = await startFakeLivePlatform({
    issuer: entra.issuer,
    audience: audienceOf(scope),
  });
  return {
    entra,
    livePlatform,
    // A 2 s timeout, and staff sign-in settings that the live source never reads.
    sourceSettings: (clientSecret) => ({
      baseUrl: livePlatform.url,
      tenantId,
      clientId: `client-of-${tenantId}`,
      clientSecret,
      scope,
      authority: entra.authority,
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
    }),
    liveEnv: ({ clientSecret, sessionSecret, staffSecret = 'staff-secret' }, extra = {}) => ({
      LIVE_PLATFORM_URL: livePlatform.url,
      LIVE_PLATFORM_TENANT_ID: tenantId,
      LIVE_PLATFORM_CLIENT_ID: 'lp-client',
      LIVE_PLATFORM_CLIENT_SECRET: clientSecret,
      LIVE_PLATFORM_AUTHORITY: entra.authority,
      LIVE_PLATFORM_TIMEOUT_MS: '3000',
      AUTH_ISSUER: entra.issuer,
      AUTH_CLIENT_ID: 'staff-app',
      AUTH_CLIENT_SECRET: staffSecret,
      PUBLIC_URL: 'http://127.0.0.1:8080',
      SESSION_SECRET: sessionSecret,
      ...extra,
    }),
    close: async () => {
      await livePlatform.close();
      await entra.stop();
    },
  };
}
