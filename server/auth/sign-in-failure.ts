import * as client from 'openid-client';
import { failureCode } from '../failure-cause.ts';

export type AuthStage = 'login' | 'callback';

/** One log line's fields for a failed sign-in: what failed, and why, never a token or a code. */
export type SignInFailure = {
  stage: AuthStage;
  /** The error's name and message (openid-client's messages are fixed sentences). */
  reason: string;
  /** A system or library code (ECONNREFUSED, UND_ERR_…), or the error's class. */
  cause: string;
  /** The provider's OAuth error code (access_denied, invalid_grant…), when it sent one. */
  oauthError?: string;
};

// Belt and braces for the message: no query string (it could hold a code or state) and nothing
// shaped like a JWT, and a bounded length.
const redact = (text: string) =>
  text
    .replace(/\beyJ[\w-]*\.[\w-]*\.[\w-]*/g, '[token]')
    .replace(/(https?:\/\/[^\s?#]*)[?#]\S*/g, '$1?…')
    .slice(0, 300);

/** `Name: message`, and the same of its causes in brackets (openid-client wraps what it met). */
function reasonOf(error: unknown, depth = 0): string {
  if (!(error instanceof Error)) return 'unknown';
  const own = `${error.name}: ${error.message}`;
  return depth < 2 && error.cause instanceof Error
    ? `${own} (${reasonOf(error.cause, depth + 1)})`
    : own;
}

export function describeSignInFailure(stage: AuthStage, error: unknown): SignInFailure {
  const reason = redact(reasonOf(error));
  const failure: SignInFailure = { stage, reason, cause: failureCode(error) ?? 'unknown' };
  if (
    (error instanceof client.AuthorizationResponseError ||
      error instanceof client.ResponseBodyError) &&
    /^[\w.-]{1,64}$/.test(error.error)
  ) {
    failure.oauthError = error.error;
  }
  return failure;
}
