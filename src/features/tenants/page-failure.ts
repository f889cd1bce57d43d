import { isApiError, type ApiErrorKind } from '../../lib/api-error.ts';

// Why a read for this page failed, and what to do, by kind: the checker keeps it complete.
const failures: Record<ApiErrorKind, { why: string; whatToDo: string }> = {
  'not-found': {
    why: 'Live Platform answered that there is no such page',
    whatToDo: 'Retry; if it stays, the tenant’s numbers changed while loading: reload the page.',
  },
  'session-expired': {
    why: 'your session has ended',
    whatToDo: 'Reload the page to sign in again; the filters in the address are kept.',
  },
  unauthorized: {
    why: 'Live Platform refused this app’s credentials',
    whatToDo: 'Tell whoever runs OC Lookup: its Live Platform client secret may have expired.',
  },
  forbidden: {
    why: 'this app may not read this tenant’s numbers',
    whatToDo: 'Tell whoever runs OC Lookup: its Live Platform access may need this permission.',
  },
  'rate-limited': {
    why: 'Live Platform is busy (too many requests)',
    whatToDo: 'Wait a few seconds, then Retry.',
  },
  upstream: { why: 'Live Platform failed', whatToDo: 'Retry in a moment.' },
  network: {
    why: 'the server could not be reached',
    whatToDo: 'Check the connection, then Retry.',
  },
  timeout: { why: 'no answer in time', whatToDo: 'Retry; Live Platform may be slow right now.' },
  'invalid-response': {
    why: 'the answer could not be read',
    whatToDo: 'Retry; if it stays, copy the details below into a ticket for AudioCodes.',
  },
  'bad-request': {
    why: 'the request was refused',
    whatToDo: 'Reload the page; if it stays, report the address of this page.',
  },
};

export type PageFailure = {
  why: string;
  whatToDo: string;
  /** Ids the vendor's support asks for, as "traceId …, errorTicket …"; empty when none. */
  references: string;
};

export function pageFailure(error: unknown): PageFailure {
  if (!isApiError(error)) {
    return { why: 'an unexpected error', whatToDo: 'Retry, or reload the page.', references: '' };
  }
  const { why, whatToDo } = failures[error.kind];
  const status =
    error.details.status === undefined ? '' : ` (HTTP ${String(error.details.status)})`;
  const references = [
    error.details.traceId && `trace id ${error.details.traceId}`,
    error.details.errorTicket && `error ticket ${error.details.errorTicket}`,
  ]
    .filter(Boolean)
    .join(', ');
  return { why: `${why}${status}`, whatToDo, references };
}
