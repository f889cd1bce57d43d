import { Hono } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import { isE164 } from './e164.ts';
import type { NumberSource } from './number-source.ts';
import { problem } from './problem.ts';
import { relatedRoutes, type RelatedRoutesOptions } from './related/related-routes.ts';
import { answerFromSource } from './source-call.ts';
import { jsonOnly } from './upstream-answer.ts';

export type AppConfigBody = {
  mode: 'demo' | 'live';
  /** Live mode: the Live Platform host the server talks to, shown in the header. */
  liveHost?: string;
  featuredNumbers: readonly { telephoneNumber: string; description: string }[];
  reservedNumbers: readonly { telephoneNumber: string; description: string }[];
};

type ApiOptions = {
  source: NumberSource;
  appConfig: AppConfigBody;
  /** Live Platform's related reads: cache, number-status limit, who asks, the cross-site guard. */
  related: Omit<RelatedRoutesOptions, 'read'>;
};

// The API only reads; any other method on one of its routes is told so (RFC 9110: 405 + Allow).
const readOnly = () =>
  problem(
    405,
    'Method not allowed',
    { detail: 'This API only reads: use GET.' },
    { allow: 'GET, HEAD' },
  );

/**
 * /api: the same paths as Live Platform's, answered by whichever source the server runs with.
 * Every answer is JSON (application/json or application/problem+json), whatever the source sent:
 * a lookup's answer goes through jsonOnly, the one rule for demo and live mode alike.
 */
export function apiRoutes({ source, appConfig, related }: ApiOptions) {
  const api = new Hono<{ Bindings: HttpBindings }>();

  api.get('/app-config', (c) => c.json(appConfig));
  api.all('/app-config', readOnly);

  // Registered before the number route: number-status's path lies under /v2/oc/numbers/.
  api.route(
    '/',
    relatedRoutes({ ...related, read: (request, signal) => source.read(request, signal) }),
  );

  api.get('/v2/oc/numbers/:phone', async (c) => {
    const phone = c.req.param('phone');
    if (!isE164(phone)) {
      return problem(400, 'Not an E.164 phone number', {
        detail: 'Send the number as + and country code and digits, URL-encoded: %2B442074996300.',
      });
    }
    return answerFromSource(c, async () =>
      jsonOnly(await source.getNumber(phone, c.req.raw.signal)),
    );
  });

  api.all('/v2/oc/numbers/:phone', readOnly);

  api.all('*', () => problem(404, 'No such API route'));
  return api;
}
