import { describe, expect, it } from 'vitest';
import { defaultScope, parseSettings, SettingsError } from './settings.ts';

const complete = {
  LIVE_PLATFORM_URL: 'https://lp.example.net/tenantui/',
  LIVE_PLATFORM_TENANT_ID: 'f94238e5-4f2c-4e1b-8125-2d27122ca75f',
  LIVE_PLATFORM_CLIENT_ID: 'lp-client',
  LIVE_PLATFORM_CLIENT_SECRET: 'lp-secret',
  AUTH_ISSUER: 'https://login.example.net/tenant/v2.0',
  AUTH_CLIENT_ID: 'staff-app',
  AUTH_CLIENT_SECRET: 'staff-secret',
  PUBLIC_URL: 'https://oc-lookup.example.net/',
  SESSION_SECRET: 'x'.repeat(32),
};

const problemsOf = (env: NodeJS.ProcessEnv) => {
  try {
    parseSettings(env);
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
  return [];
};

describe('parseSettings, live mode', () => {
  it('is demo mode with no live variable', () => {
    expect(parseSettings({}).live).toBeNull();
    expect(parseSettings({ LIVE_PLATFORM_URL: '  ' }).live).toBeNull();
  });

  it('reads a complete live configuration, with defaults', () => {
    expect(parseSettings(complete).live).toEqual({
      baseUrl: 'https://lp.example.net/tenantui',
      tenantId: complete.LIVE_PLATFORM_TENANT_ID,
      clientId: 'lp-client',
      clientSecret: 'lp-secret',
      scope: defaultScope,
      authority: `https://login.microsoftonline.com/${complete.LIVE_PLATFORM_TENANT_ID}`,
      channelId: undefined,
      timeoutMs: 10_000,
      auth: {
        issuer: complete.AUTH_ISSUER,
        clientId: 'staff-app',
        clientSecret: 'staff-secret',
        requiredRole: undefined,
      },
      publicUrl: 'https://oc-lookup.example.net',
      sessionSecret: complete.SESSION_SECRET,
    });
  });

  it('reads the optional settings', () => {
    const live = parseSettings({
      ...complete,
      LIVE_PLATFORM_SCOPE: 'api://other/.default',
      LIVE_PLATFORM_AUTHORITY: 'https://127.0.0.1:9443/tenant/',
      LIVE_PLATFORM_CHANNEL_ID: '7',
      LIVE_PLATFORM_TIMEOUT_MS: '2500',
      AUTH_REQUIRED_ROLE: 'OcLookup.Read',
    }).live;
    expect(live).toMatchObject({
      scope: 'api://other/.default',
      authority: 'https://127.0.0.1:9443/tenant',
      channelId: 7,
      timeoutMs: 2500,
      auth: { requiredRole: 'OcLookup.Read' },
    });
  });

  it('names every missing variable of a half-configured live mode', () => {
    expect(problemsOf({ LIVE_PLATFORM_URL: 'https://lp.example.net/tenantui' })).toEqual([
      'LIVE_PLATFORM_TENANT_ID: missing',
      'LIVE_PLATFORM_CLIENT_ID: missing',
      'LIVE_PLATFORM_CLIENT_SECRET: missing',
      'AUTH_ISSUER: missing',
      'AUTH_CLIENT_ID: missing',
      'AUTH_CLIENT_SECRET: missing',
      'PUBLIC_URL: missing',
      'SESSION_SECRET: missing',
    ]);
  });

  it('treats any live variable without the URL as half-configured', () => {
    expect(problemsOf({ AUTH_CLIENT_ID: 'staff-app' })).toContain('LIVE_PLATFORM_URL: missing');
  });

  it.each([
    ['LIVE_PLATFORM_URL', 'lp.example.net/tenantui', 'must be an http(s) URL'],
    ['LIVE_PLATFORM_URL', 'ftp://lp.example.net', 'must be an http(s) URL'],
    ['PUBLIC_URL', 'not a url', 'must be an http(s) URL'],
    ['SESSION_SECRET', 'short', 'must be at least 32 characters'],
    ['LIVE_PLATFORM_CHANNEL_ID', 'seven', ''],
    ['LIVE_PLATFORM_TIMEOUT_MS', '10', ''],
    // A bearer token, a client secret or a session cookie would cross the network in clear.
    ['LIVE_PLATFORM_URL', 'http://lp.example.net/tenantui', 'must be https'],
    ['LIVE_PLATFORM_URL', 'http://127.0.0.1.example.net/tenantui', 'must be https'],
    ['LIVE_PLATFORM_URL', 'HTTP://lp.example.net/tenantui', 'must be https'],
    ['LIVE_PLATFORM_AUTHORITY', 'http://login.example.net/tenant', 'must be https'],
    ['AUTH_ISSUER', 'http://login.example.net/tenant/v2.0', 'must be https'],
    ['PUBLIC_URL', 'http://oc-lookup.example.net', 'must be https'],
  ])('rejects %s=%j', (name, value, message) => {
    const problems = problemsOf({ ...complete, [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name}: .*${message.replace(/[()]/g, '\\$&')}`));
  });

  it.each([
    'http://127.0.0.1:8443/tenantui',
    'http://127.9.8.7/tenantui',
    'http://localhost:8443/tenantui',
    'http://[::1]:8443/tenantui',
  ])('allows plain http on this machine: %s', (url) => {
    const live = parseSettings({
      ...complete,
      LIVE_PLATFORM_URL: url,
      LIVE_PLATFORM_AUTHORITY: url,
      AUTH_ISSUER: url,
      PUBLIC_URL: url,
    }).live;
    expect(live?.baseUrl).toBe(url.replace(/\/$/, ''));
  });

  it('lists problems of the base settings and the live ones together', () => {
    expect(problemsOf({ PORT: 'abc', LIVE_PLATFORM_URL: 'https://lp.example.net' })).toHaveLength(
      9,
    );
  });
});
