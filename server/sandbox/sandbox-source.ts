import { setTimeout as sleep } from 'node:timers/promises';
import { makeNumber } from '../../src/features/numbers/number-factory.ts';
import { DropConnection, type NumberSource } from '../number-source.ts';
import { problem } from '../problem.ts';
import { json, traceIdFor } from './json-answer.ts';
import { answerRelated } from './related-answers.ts';
import { reservedNumbers, type ReservedScenario } from './reserved-numbers.ts';
import { findNumber } from './sandbox-numbers.ts';

const scenarioByNumber = new Map(reservedNumbers.map((r) => [r.telephoneNumber, r.scenario]));

async function answerScenario(
  scenario: ReservedScenario,
  e164: string,
  signal: AbortSignal,
): Promise<Response> {
  switch (scenario) {
    case 'not-found':
      return problem(404, 'Not Found', { traceId: traceIdFor(e164) });
    case 'null-body':
      return json(null);
    case 'unauthorized':
      return new Response(null, { status: 401, headers: { 'www-authenticate': 'Bearer' } });
    case 'forbidden':
      return problem(403, 'Forbidden', {
        detail: 'The application is not allowed to read numbers of this channel.',
        traceId: traceIdFor(e164),
      });
    case 'rate-limited':
      return problem(
        429,
        'Too Many Requests',
        { detail: 'Rate limit: 10 requests per 10 seconds.' },
        {
          'retry-after': '2',
        },
      );
    case 'server-error':
      return problem(500, 'An error occurred while processing your request.', {
        traceId: traceIdFor(e164),
        errorTicket: 'LP-7F3A-2291',
      });
    case 'unavailable':
      return new Response('Service Unavailable', {
        status: 503,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
    case 'slow':
      await sleep(3000, undefined, { signal });
      return json(makeNumber({ telephoneNumber: e164, source: 'webui' }));
    case 'timeout':
      await sleep(120_000, undefined, { signal });
      return json(null);
    case 'connection-dropped':
      throw new DropConnection();
    case 'malformed-json':
      return new Response(`{"telephoneNumber": "${e164}", "sbcList": [`, {
        headers: { 'content-type': 'application/json; charset=utf-8' },
      });
    case 'schema-mismatch':
      return json({
        telephoneNumber: Number(e164.slice(1)),
        acquiredCapabilities: 'Office365,InboundCalling',
        sbcList: { sbcName: 'oc1.sandbox2.audiocodes.be [20.102.51.206]' },
      });
  }
}

/**
 * The built-in demo sandbox: curated numbers, the big tenant's generated numbers and reserved
 * failure numbers, no Live Platform, and the related reads (customers, calling profiles, leads, a
 * tenant's numbers, number-status) from the same data set (related-answers.ts). It
 * answers exactly as Live Platform would (the fake Live Platform of the tests serves these answers
 * as they are); the API turns them into its own JSON answers as it does Live Platform's.
 */
export const sandboxSource: NumberSource = {
  mode: 'demo',
  async getNumber(e164, signal) {
    const scenario = scenarioByNumber.get(e164);
    if (scenario) return answerScenario(scenario, e164, signal);
    const found = findNumber(e164);
    if (found) return json(found);
    return problem(404, 'Not Found', { traceId: traceIdFor(e164) });
  },
  read: answerRelated,
};
