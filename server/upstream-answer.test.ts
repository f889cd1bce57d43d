import { describe, expect, it } from 'vitest';
import { problem } from './problem.ts';
import { answerFromUpstream, jsonOnly, unexpectedAnswer } from './upstream-answer.ts';

const upstream = (status: number, type: string | null, body: string) => ({
  status,
  headers: new Headers(type === null ? {} : { 'content-type': type }),
  body: new TextEncoder().encode(body),
});

describe('jsonOnly', () => {
  it('lets an answer made by answerFromUpstream through as it is, without reading it', async () => {
    const answer = answerFromUpstream(upstream(200, 'application/json', '{"a":1}'));
    expect(await jsonOnly(answer)).toBe(answer);
    expect(answer.bodyUsed).toBe(false);
  });

  it('lets problem details a source made itself through', async () => {
    const own = problem(504, 'Live Platform did not answer in time');
    expect(await jsonOnly(own)).toBe(own);
  });

  it('answers anything else by the upstream rule', async () => {
    const html = new Response('<script>x</script>', { headers: { 'content-type': 'text/html' } });
    const answer = await jsonOnly(html);
    expect(answer.status).toBe(502);
    expect(await answer.json()).toMatchObject({ type: unexpectedAnswer.type });
  });

  it('does not trust a 2xx that only claims problem+json', async () => {
    const odd = new Response('<b>', { headers: { 'content-type': 'application/problem+json' } });
    expect((await jsonOnly(odd)).status).toBe(502);
  });
});

describe('answerFromUpstream', () => {
  it('a JSON 200: the same bytes, our content type, no-store', async () => {
    const answer = answerFromUpstream(upstream(200, 'application/json; charset=utf-8', '[1]'));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer.headers.get('content-length')).toBe('3');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(await answer.text()).toBe('[1]');
  });

  it('an upstream problem keeps only the members staff need', async () => {
    const body = JSON.stringify({
      title: 'Not Found',
      detail: 'No such number',
      traceId: 't-1',
      errorTicket: 'E-1',
      secretish: 'dropped',
      type: 'https://lp.example/problems/x',
    });
    const answer = answerFromUpstream(upstream(404, 'application/problem+json', body));
    expect(await answer.json()).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'No such number',
      traceId: 't-1',
      errorTicket: 'E-1',
    });
  });
});
