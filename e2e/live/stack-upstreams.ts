import { defaultScope, parseSettings } from '../../server/settings.ts';
import { startFakeLivePlatform } from '../../server/testing/fake-live-platform.ts';
import { audienceOf, startMockEntra, type MockEntra } from '../../server/testing/mock-entra.ts';
import { stackConfig } from './stack-config.ts';

/**
 * What a live-mode stack stands on: a mock Entra ID (staff sign-in for the stack's user, and the
 * server's tokens) and the fake Live Platform trusting its tokens, both on the stack's host.
 */
export async function startStackUpstreams() {
  const identity = await startMockEntra({
    tenantId: stackConfig.tenantId,
    host: stackConfig.host,
    signIn: { user: stackConfig.user, roles: [stackConfig.requiredRole] },
  });
  const livePlatform = await startFakeLivePlatform({
    issuer: identity.issuer,
    audience: audienceOf(defaultScope),
  });
  return { identity, livePlatform };
}

/** The server's settings as `npm start` reads them for a stack's app on `port`. */
export const stackSettings = (
  identity: Pick<MockEntra, 'authority' | 'issuer'>,
  {
    port,
    livePlatformUrl,
    env = {},
  }: { port: number; livePlatformUrl: string; env?: Record<string, string> },
) =>
  parseSettings({
    PORT: String(port),
    HOST: stackConfig.host,
    LIVE_PLATFORM_URL: livePlatformUrl,
    LIVE_PLATFORM_TENANT_ID: stackConfig.tenantId,
    LIVE_PLATFORM_CLIENT_ID: stackConfig.livePlatformClientId,
    LIVE_PLATFORM_CLIENT_SECRET: stackConfig.livePlatformClientSecret,
    LIVE_PLATFORM_AUTHORITY: identity.authority,
    LIVE_PLATFORM_TIMEOUT_MS: String(stackConfig.timeoutMs),
    AUTH_ISSUER: identity.issuer,
    AUTH_CLIENT_ID: stackConfig.staffClientId,
    AUTH_CLIENT_SECRET: stackConfig.staffClientSecret,
    PUBLIC_URL: `http://${stackConfig.host}:${String(port)}`,
    SESSION_SECRET: stackConfig.sessionSecret,
    AUTH_REQUIRED_ROLE: stackConfig.requiredRole,
    ...env,
  });
