import { http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { describe, expect, it, vi } from 'vitest';
import { mswServer } from '../testing/msw-server.ts';
import { getJson } from './api-client.ts';
import type { ApiError } from './api-error.ts';

// The English messages load with the first answer that breaks its schema: here they cannot.
vi.mock('zod/v4/locales/en.js', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('schema messages that cannot load', () => {
  it('leave zod’s own message, and the failure is still the answer’s', async () => {
    mswServer.use(http.get('/api/test', () => HttpResponse.json({ ok: 'yes' })));
    const error = await getJson('/api/test', z.object({ ok: z.boolean() })).catch(
      (caught: unknown) => caught as ApiError,
    );
    expect(error).toMatchObject({
      kind: 'invalid-response',
      details: { issues: ['ok: Invalid input'] },
    });
  });
});
