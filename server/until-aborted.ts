/**
 * Waits for `promise`, but no longer than `signal` allows: the caller gives up, the work goes on
 * for whoever else shares it (a token request, an upstream read several callers wait for).
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    const cleanup = () => signal.removeEventListener('abort', onAbort);
    promise.then(cleanup, cleanup);
    promise.then(resolve, reject);
  });
}
