import { z } from 'zod';

/*
 * The server's settings, from the environment, validated once at start. With no
 * LIVE_PLATFORM_URL (and no other live setting) the server runs the demo sandbox. Anything else
 * must be a complete live configuration: a half-configured live mode stops the server, naming
 * every missing or invalid variable, rather than serve customer data without sign-in.
 */
const blankIsUnset = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema.optional());
const required = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema);
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/**
 * True for an http(s) URL whose host is this machine (127.0.0.0/8, ::1, localhost): the only
 * place plain http is allowed, for local fakes and tests. Anywhere else a bearer token, a client
 * secret or a sign-in code would cross the network in clear.
 */
export function isLoopbackUrl(value: string): boolean {
  let host: string;
  try {
    host = new URL(value).hostname;
  } catch {
    return false;
  }
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

// https, or plain http on this machine only. (Zod runs refinements after a failed check too:
// only a URL that is http at all is judged here, so a bad URL gets one message, not two.)
const secureUrl = httpUrl.refine(
  (value) => !/^http:/i.test(value) || isLoopbackUrl(value),
  'must be https (plain http is allowed only for localhost or 127.0.0.1)',
);

const baseSchema = z.object({
  // An empty PORT means "not set", not port 0 (a random one).
  PORT: z.preprocess(blankIsUnset, z.coerce.number().int().min(0).max(65535).default(8080)),
  HOST: z.string().min(1).default('127.0.0.1'),
  // Both modes: how long customer, calling-profile and lead answers are reused (0: not at all),
  // and how many number-status checks (each reaches Microsoft) one user or browser may make a minute.
  RELATED_CACHE_SECONDS: z.preprocess(
    blankIsUnset,
    z.coerce.number().int().min(0).max(86_400).default(300),
  ),
  NUMBER_STATUS_PER_MINUTE: z.preprocess(
    blankIsUnset,
    z.coerce.number().int().min(1).max(60).default(5),
  ),
});

export const defaultScope = 'api://9d576dc4-b85d-4571-880e-4c6ed4c08c31/.default';

const liveSchema = z.object({
  LIVE_PLATFORM_URL: required(secureUrl),
  LIVE_PLATFORM_TENANT_ID: required(z.string().min(1)),
  LIVE_PLATFORM_CLIENT_ID: required(z.string().min(1)),
  LIVE_PLATFORM_CLIENT_SECRET: required(z.string().min(1)),
  LIVE_PLATFORM_SCOPE: optional(z.string().min(1)),
  LIVE_PLATFORM_AUTHORITY: optional(secureUrl),
  LIVE_PLATFORM_CHANNEL_ID: optional(z.coerce.number().int().nonnegative()),
  LIVE_PLATFORM_TIMEOUT_MS: z.preprocess(
    blankIsUnset,
    z.coerce.number().int().min(100).max(120_000).default(10_000),
  ),
  AUTH_ISSUER: required(secureUrl),
  AUTH_CLIENT_ID: required(z.string().min(1)),
  AUTH_CLIENT_SECRET: required(z.string().min(1)),
  PUBLIC_URL: required(secureUrl),
  SESSION_SECRET: required(z.string().min(32, 'must be at least 32 characters')),
  AUTH_REQUIRED_ROLE: optional(z.string().min(1)),
});

const liveVariables = Object.keys(liveSchema.shape);

export type LiveSettings = {
  /** Live Platform's base URL, including /tenantui, without a trailing slash. */
  baseUrl: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  scope: string;
  /** Entra ID authority; the token endpoint is {authority}/oauth2/v2.0/token. */
  authority: string;
  channelId: number | undefined;
  timeoutMs: number;
  auth: {
    issuer: string;
    clientId: string;
    clientSecret: string;
    requiredRole: string | undefined;
  };
  publicUrl: string;
  sessionSecret: string;
};

/** Live Platform's related reads (issue 7), in both modes: caching and the number-status limit. */
export type RelatedSettings = {
  /** How long a customer list, calling-profile list or tenant's lead is reused; 0 turns it off. */
  cacheSeconds: number;
  /** number-status checks one user (live) or browser (demo) may make in any 60 seconds. */
  numberStatusPerMinute: number;
};

export const defaultRelatedSettings: RelatedSettings = {
  cacheSeconds: 300,
  numberStatusPerMinute: 5,
};

export type ServerSettings = {
  port: number;
  host: string;
  related: RelatedSettings;
  live: LiveSettings | null;
};

export class SettingsError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Invalid settings:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    this.name = 'SettingsError';
    this.problems = problems;
  }
}

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');

/** Parses the settings; throws a SettingsError that lists every problem at once. */
export function parseSettings(env: NodeJS.ProcessEnv): ServerSettings {
  const problems: string[] = [];
  const base = baseSchema.safeParse(env);
  if (!base.success) problems.push(...describe(base.error));

  const liveRequested = liveVariables.some((name) => blankIsUnset(env[name]) !== undefined);
  let live: LiveSettings | null = null;
  if (liveRequested) {
    const parsed = liveSchema.safeParse(env);
    if (!parsed.success) {
      problems.push(...describe(parsed.error));
    } else {
      const values = parsed.data;
      live = {
        baseUrl: withoutTrailingSlash(values.LIVE_PLATFORM_URL),
        tenantId: values.LIVE_PLATFORM_TENANT_ID,
        clientId: values.LIVE_PLATFORM_CLIENT_ID,
        clientSecret: values.LIVE_PLATFORM_CLIENT_SECRET,
        scope: values.LIVE_PLATFORM_SCOPE ?? defaultScope,
        authority: withoutTrailingSlash(
          values.LIVE_PLATFORM_AUTHORITY ??
            `https://login.microsoftonline.com/${values.LIVE_PLATFORM_TENANT_ID}`,
        ),
        channelId: values.LIVE_PLATFORM_CHANNEL_ID,
        timeoutMs: values.LIVE_PLATFORM_TIMEOUT_MS,
        auth: {
          issuer: values.AUTH_ISSUER,
          clientId: values.AUTH_CLIENT_ID,
          clientSecret: values.AUTH_CLIENT_SECRET,
          requiredRole: values.AUTH_REQUIRED_ROLE,
        },
        publicUrl: withoutTrailingSlash(values.PUBLIC_URL),
        sessionSecret: values.SESSION_SECRET,
      };
    }
  }
  if (problems.length > 0 || !base.success) throw new SettingsError(problems);
  return {
    port: base.data.PORT,
    host: base.data.HOST,
    related: {
      cacheSeconds: base.data.RELATED_CACHE_SECONDS,
      numberStatusPerMinute: base.data.NUMBER_STATUS_PER_MINUTE,
    },
    live,
  };
}

function describe(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const name = issue.path.join('.');
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return missing ? `${name}: missing` : `${name}: ${issue.message}`;
  });
}

/** The mode in words, for the start-up line. */
export const describeMode = ({ live }: ServerSettings) =>
  live
    ? `live mode: Live Platform at ${new URL(live.baseUrl).host}, staff sign-in required`
    : 'demo mode: built-in sandbox data (set LIVE_PLATFORM_URL and the rest for live mode)';

/** Reads the settings from the environment, or prints every problem and exits. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  try {
    return parseSettings(env);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    for (const problem of error.problems) console.error(`Invalid setting ${problem}`);
    console.error('See .env.example for every setting and what it means.');
    process.exit(1);
  }
}
