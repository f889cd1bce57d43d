import { isApiError, type ApiErrorKind } from '../../lib/api-error.ts';

// Why a refresh failed, in a few words; the record already on screen stays. Exhaustive, so a new
// kind of failure has to choose its words here.
const problems: Record<ApiErrorKind, string> = {
  'not-found': 'Live Platform no longer has this number',
  'session-expired': 'your session has ended: reload the page to sign in again',
  unauthorized: 'Live Platform did not accept this app’s credentials (HTTP 401)',
  forbidden: 'Live Platform refused access (HTTP 403)',
  'rate-limited': 'Live Platform is busy (HTTP 429)',
  upstream: 'Live Platform failed',
  network: 'the server could not be reached',
  timeout: 'Live Platform did not answer in time',
  'invalid-response': 'Live Platform sent an answer this app cannot read',
  'bad-request': 'the server refused the request',
};

export function refreshProblem(error: unknown): string {
  if (!isApiError(error)) return 'something went wrong';
  const status = error.details.status;
  return error.kind === 'upstream' && status
    ? `${problems.upstream} (HTTP ${status})`
    : problems[error.kind];
}
