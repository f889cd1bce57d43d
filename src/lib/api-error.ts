/** Every way an API call can fail, as one typed error the UI can switch on. */
export type ApiErrorKind =
  | 'not-found'
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

export function kindForStatus(status: number): ApiErrorKind {
  if (status === 404) return 'not-found';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 429) return 'rate-limited';
  // The server gave up waiting for Live Platform: the same as our own timeout (one retry only).
  if (status === 504) return 'timeout';
  if (status >= 500) return 'upstream';
  return 'bad-request';
}
