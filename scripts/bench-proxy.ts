/*
 * What the backend-for-frontend adds to a lookup's latency in live mode: the same lookups straight
 * to a fake Live Platform (with a valid token) and through the server (session check, token cache,
 * proxy, problem mapping), all on loopback. Usage: npm run bench:proxy [-- lookups]
 */
import { serve } from '@hono/node-server';
import { newSession, sealSession, sessionCookieName } from '../server/auth/session-cookie.ts';
import { composeApp } from '../server/compose-app.ts';
import { createTokenProvider } from '../server/live/token-provider.ts';
import { defaultScope, parseSettings } from '../server/settings.ts';
import { startFakeLivePlatform } from '../server/testing/fake-live-platform.ts';
import { audienceOf, startMockEntra } from '../server/testing/mock-entra.ts';

const lookups = Number(process.argv[2] ?? 2000);
const tenantId = '00000000-0000-0000-0000-00000000b0b0';
const sessionSecret = 'bench-session-secret-0123456789abcdef';
const phone = '%2B442074996300';

const entra = await startMockEntra({ tenantId });
const livePlatform = await startFakeLivePlatform({
  issuer: entra.issuer,
  audience: audienceOf(defaultScope),
});
const settings = parseSettings({
  LIVE_PLATFORM_URL: livePlatform.url,
  LIVE_PLATFORM_TENANT_ID: tenantId,
  LIVE_PLATFORM_CLIENT_ID: 'bench',
  LIVE_PLATFORM_CLIENT_SECRET: 'bench-secret',
  LIVE_PLATFORM_AUTHORITY: entra.authority,
  AUTH_ISSUER: entra.issuer,
  AUTH_CLIENT_ID: 'staff',
  AUTH_CLIENT_SECRET: 'staff-secret',
  PUBLIC_URL: 'http://127.0.0.1:1',
  SESSION_SECRET: sessionSecret,
});
if (!settings.live) throw new Error('live settings expected');

const app = composeApp(settings);
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
const address = server.address();
if (!address || typeof address === 'string') throw new Error('no address');
const appUrl = `http://127.0.0.1:${address.port}/api/v2/oc/numbers/${phone}`;
const directUrl = `${livePlatform.url}/api/v2/oc/numbers/${phone}`;

const token = await createTokenProvider(settings.live, { allowInsecureHttp: true }).getToken();
const cookie = `${sessionCookieName}=${await sealSession(sessionSecret, newSession({ sub: 'b', name: 'Bench', roles: [] }))}`;

async function time(url: string, headers: Record<string, string>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < lookups; i += 1) {
    const started = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`HTTP ${res.status} from ${url}`);
    samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b);
}
const at = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

// Warm up both paths (connections, JIT, the token cache).
await time(directUrl, { authorization: `Bearer ${token}` });
await time(appUrl, { cookie });
const direct = await time(directUrl, { authorization: `Bearer ${token}` });
const proxied = await time(appUrl, { cookie });

server.close();
await livePlatform.close();
await entra.stop();

const row = (name: string, s: number[]) =>
  `${name.padEnd(28)} median ${at(s, 0.5).toFixed(2)} ms   p99 ${at(s, 0.99).toFixed(2)} ms`;
console.log(`${lookups} sequential lookups of ${decodeURIComponent(phone)} on loopback`);
console.log(row('straight to Live Platform', direct));
console.log(row('through the server', proxied));
console.log(
  `added by the server: median ${(at(proxied, 0.5) - at(direct, 0.5)).toFixed(2)} ms, ` +
    `p99 ${(at(proxied, 0.99) - at(direct, 0.99)).toFixed(2)} ms`,
);
