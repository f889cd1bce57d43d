/*
 * Why a call failed, as a short code for a log line or a problem: a system error code
 * (ECONNREFUSED, ECONNRESET, ENOTFOUND, …), an undici or parser code, or the error's class.
 * Never an error's message: messages can carry URLs, and URLs can carry credentials.
 */

const codePattern = /^(E[A-Z0-9_]+|UND_ERR_[A-Z_]+|HPE_[A-Z_]+)$/;
const genericNames = new Set(['Error', 'TypeError']);

/** The code of `error` or of one of its causes (fetch wraps the system error it met). */
export function failureCode(error: unknown): string | undefined {
  let current: unknown = error;
  let named: string | undefined;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string' && codePattern.test(code)) return code;
    if (!genericNames.has(current.name) && /^\w{1,40}$/.test(current.name)) named = current.name;
    current = current.cause;
  }
  return named;
}

/**
 * What ended a call that `signal` bounded: 'timeout' or 'aborted' when the signal did it (its
 * reason says which: AbortSignal.timeout rejects with a TimeoutError), else the failure's code.
 */
export function failureCause(error: unknown, signal?: AbortSignal): string {
  if (signal?.aborted) {
    return (signal.reason as Error | undefined)?.name === 'TimeoutError' ? 'timeout' : 'aborted';
  }
  return failureCode(error) ?? 'unknown';
}
