import { describe, expect, it } from 'vitest';
import { problem } from './problem.ts';

describe('problem', () => {
  it('answers RFC 7807 problem details', async () => {
    const res = problem(404, 'Not Found');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(await res.json()).toStrictEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
    });
  });

  it('adds extra members and headers', async () => {
    const res = problem(429, 'Too Many Requests', { detail: 'Slow down.' }, { 'retry-after': '2' });
    expect(res.headers.get('retry-after')).toBe('2');
    expect(await res.json()).toStrictEqual({
      type: 'about:blank',
      title: 'Too Many Requests',
      status: 429,
      detail: 'Slow down.',
    });
  });
});
