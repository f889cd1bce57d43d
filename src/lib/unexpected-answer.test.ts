import { http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { mswServer } from '../testing/msw-server.ts';
import { getJson } from './api-client.ts';
import { ApiError } from './api-error.ts';
import { problemTypes } from './problem-types.ts';
import { shouldRetry } from './query-client.ts';

// Our server turns an upstream answer that is not JSON into a 502 of its own type, with the body
// inside: the app shows that body as an unreadable answer and does not retry it.
describe("the server's 'answered unexpectedly' problem", () => {
  const problem = (upstreamBody: string) =>
    HttpResponse.json(
      {
        type: problemTypes.unexpectedAnswer,
        title: 'Live Platform answered unexpectedly',
        status: 502,
        detail: 'Live Platform answered 200 with text/html, not JSON.',
        upstreamBody,
      },
      { status: 502, headers: { 'content-type': 'application/problem+json' } },
    );

  const failure = async () => {
    try {
      await getJson('/api/test', z.object({}));
    } catch (error) {
      return error as ApiError;
    }
    throw new Error('expected a failure');
  };

  it('is an invalid response holding the body Live Platform sent', async () => {
    mswServer.use(http.get('/api/test', () => problem('<h1>Oops</h1>')));
    const error = await failure();
    expect(error).toMatchObject({
      kind: 'invalid-response',
      details: {
        status: 502,
        rawBody: '<h1>Oops</h1>',
        issues: ['Live Platform answered 200 with text/html, not JSON.'],
      },
    });
    expect(shouldRetry(0, error)).toBe(false);
  });

  it('keeps an empty body as empty', async () => {
    mswServer.use(http.get('/api/test', () => problem('')));
    expect((await failure()).details.rawBody).toBe('');
  });

  it('leaves any other 502 a failing upstream, retried', async () => {
    mswServer.use(
      http.get('/api/test', () =>
        HttpResponse.json({ title: 'Bad gateway', status: 502 }, { status: 502 }),
      ),
    );
    const error = await failure();
    expect(error.kind).toBe('upstream');
    expect(shouldRetry(0, error)).toBe(true);
  });
});
