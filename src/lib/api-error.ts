import { problemTypes } from './problem-types.ts';

/** Every way an API call can fail, as one typed error the UI can switch on. */
export type ApiErrorKind =
  | 'not-found'
  /** Our own server's 401: no staff session, or it has ended. Sign in again; never retried. */
  | 'session-expired'
  /** Live Platform's 401: it refused this app's credentials. */
  | 'unauthorized'
  | 'forbidden'
  | 'rate-limited'
  | 'upstream'
  | 'network'
  | 'timeout'
  | 'invalid-response'
  | 'bad-request';

type ApiErrorDetails = {
  status?: number | undefined;
  /** Identifiers the vendor's support asks for (RFC 7807 extensions of ASP.NET Core). */
  traceId?: string | undefined;
  errorTicket?: string | undefined;
  /** Problem details title/detail, when the upstream said something useful. */
  detail?: string | undefined;
  retryAfterMs?: number | undefined;
  /** The body as received, for answers that could not be understood. */
  rawBody?: string | undefined;
  issues?: readonly string[] | undefined;
};

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly details: ApiErrorDetails;

  constructor(kind: ApiErrorKind, message: string, details: ApiErrorDetails = {}) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.details = details;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/** The kind of a failed answer, by its status and, for our own problems, its problem `type`. */
export function kindForStatus(status: number, problemType?: string): ApiErrorKind {
  if (status === 401 && problemType === problemTypes.sessionRequired) return 'session-expired';
  if (status === 502 && problemType === problemTypes.unexpectedAnswer) return 'invalid-response';
  if (status === 404) return 'not-found';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 429) return 'rate-limited';
  // The server gave up waiting for Live Platform: the same as our own timeout (one retry only).
  if (status === 504) return 'timeout';
  if (status >= 500) return 'upstream';
  return 'bad-request';
}
