import { setTimeout as sleep } from 'node:timers/promises';
import { rateLimited, serverError } from './json-answer.ts';
import type { ReadFault } from './reserved-reads.ts';

/**
 * How a reserved tenant's reads fail: an answer instead of the real one, or (slow) a wait before
 * the real one. Returns null when the real answer should follow.
 */
export async function applyFault(
  fault: ReadFault | null | undefined,
  traceKey: string,
  signal: AbortSignal,
): Promise<Response | null> {
  if (!fault) return null;
  const faults: Record<ReadFault, () => Promise<Response | null>> = {
    'server-error': () => Promise.resolve(serverError(traceKey)),
    'rate-limited': () => Promise.resolve(rateLimited()),
    slow: async () => {
      await sleep(3000, undefined, { signal });
      return null;
    },
  };
  return faults[fault]();
}
