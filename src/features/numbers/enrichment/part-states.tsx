import { Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Freshness } from '../../../api/freshness.ts';
import { FailedNote } from '../../../components/failed-note.tsx';
import { tones } from '../../../components/tones.ts';
import { isApiError, type ApiErrorKind } from '../../../lib/api-error.ts';
import { useMasker } from '../../../lib/presentation/presentation-mode.tsx';
import { PlainGroup } from '../../../components/plain.tsx';
import { PlainText } from '../../../components/plain.tsx';

/** A part of the page that is still loading: one short line, never a blank space. */
export function PartLoading({ label }: { label: string }) {
  return (
    <PlainGroup gap="xs" role="status" aria-live="polite" wrap="nowrap">
      <Loader size={14} aria-hidden />
      <PlainText size="sm" c="dimmed">
        {label}
      </PlainText>
    </PlainGroup>
  );
}

/** A part with nothing to show says so, in its own place. */
export function PartEmpty({ children }: { children: string }) {
  return (
    <PlainText size="sm" c="dimmed" fs="italic">
      {children}
    </PlainText>
  );
}

// Why a part failed, in a few words: the whole story is in the number's own error panel.
const reasons: Record<ApiErrorKind, string> = {
  'not-found': 'Live Platform has no such record',
  'session-expired': 'your session has ended; reload the page to sign in again',
  unauthorized: 'Live Platform refused this app’s credentials',
  forbidden: 'this app has no access to it',
  'rate-limited': 'too many requests',
  upstream: 'Live Platform failed',
  network: 'the server could not be reached',
  timeout: 'no answer in time',
  'invalid-response': 'the answer could not be read',
  'bad-request': 'the request was refused',
};

export function failureReason(error: unknown): string {
  if (!isApiError(error)) return 'an unexpected error';
  // Upstream's own sentence, without its full stop: it sits inside ours.
  const reason = reasons[error.kind];
  const said = error.details.detail?.trim().replace(/[.\s]+$/, '');
  // Nothing new when upstream says what our reason already says ("Live Platform failed").
  const adds = said && !reason.toLowerCase().includes(said.toLowerCase());
  return adds && error.kind !== 'invalid-response' ? `${reason} (${said})` : reason;
}

/** The wait a refusal asks for (Retry-After), in whole seconds; 0 when none. */
const waitSeconds = (error: unknown) =>
  isApiError(error) && error.kind === 'rate-limited' && error.details.retryAfterMs
    ? Math.ceil(error.details.retryAfterMs / 1000)
    : 0;

type PartFailedProps = {
  /** "Could not load the calling profile". */
  what: string;
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
  /** When it failed: each new failure starts its own countdown. */
  failedAt: number;
};

/**
 * A part that failed: one line in its own place, with Retry; the rest of the page is unaffected.
 * A refusal with Retry-After counts down, and Retry waits for it.
 */
export function PartFailed({ failedAt, ...props }: PartFailedProps) {
  return <FailureLine key={failedAt} {...props} />;
}

function FailureLine({ what, error, onRetry, retrying }: Omit<PartFailedProps, 'failedAt'>) {
  const secondsLeft = useCountdown(waitSeconds(error));
  // Upstream's sentence may quote an id.
  const masker = useMasker();
  return (
    <FailedNote onRetry={onRetry} retrying={retrying} retryDisabled={secondsLeft > 0}>
      {what}: {masker.text(failureReason(error))}.
      {secondsLeft > 0 && ` You can retry in ${secondsLeft} s.`}
    </FailedNote>
  );
}

/** Seconds left of a wait that starts when the component mounts. */
function useCountdown(seconds: number): number {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    if (seconds <= 0) return;
    const deadline = Date.now() + seconds * 1000;
    const timer = setInterval(() => {
      const remaining = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setLeft(remaining);
      if (remaining === 0) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [seconds]);
  return left;
}

const minutesAgo = (seconds: number) =>
  seconds < 90 ? `${seconds} s ago` : `${Math.round(seconds / 60)} min ago`;

/** Says so when the server answered with its last good copy because Live Platform failed. */
export function StaleNote({ freshness }: { freshness: Freshness }) {
  const masker = useMasker();
  if (!freshness.staleReason) return null;
  const age =
    freshness.ageSeconds === null ? 'an earlier copy' : `from ${minutesAgo(freshness.ageSeconds)}`;
  return (
    <PlainText size="xs" c={tones.warning} mt={4}>
      Shown {age}; Live Platform is failing ({masker.text(freshness.staleReason)}).
    </PlainText>
  );
}
