import { Alert, VisuallyHidden } from '@mantine/core';
import { useEffect, useState } from 'react';
import { RetryButton } from '../../../components/retry-button.tsx';
import { refreshProblem } from '../refresh-problem.ts';
import { PlainGroup, PlainText } from '../../../components/plain.tsx';
import { relativeTime } from '../../../lib/relative-time.ts';

type FreshnessBarProps = {
  /** When the record on screen was fetched (ms since the epoch). */
  updatedAt: number;
  refreshing: boolean;
  /** The failure of the latest refresh, when it failed: the shown record is then older. */
  refreshError: unknown;
  onRefresh: () => void;
};

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });
const exactFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'long' });

/** How old the record on screen is, and a way to fetch it again. */
export function FreshnessBar({
  updatedAt,
  refreshing,
  refreshError,
  onRefresh,
}: FreshnessBarProps) {
  const now = useNow(15_000);
  const fetched = new Date(updatedAt);
  // A fetch a moment ago reads "just now", not "0 seconds ago"; the clock never runs backwards.
  const age =
    now - updatedAt < 30_000
      ? 'just now'
      : relativeTime(fetched, new Date(Math.max(now, updatedAt)));
  return (
    <>
      <PlainGroup justify="space-between" gap="xs" wrap="wrap">
        <PlainText size="sm" c="dimmed">
          {refreshing ? (
            'Refreshing…'
          ) : (
            <>
              As of{' '}
              <time dateTime={fetched.toISOString()} title={exactFormat.format(fetched)}>
                {timeFormat.format(fetched)}
              </time>{' '}
              ({age})
            </>
          )}
        </PlainText>
        {/* Announces the refresh, not the age that changes every few seconds. */}
        <VisuallyHidden role="status">{refreshing ? 'Refreshing the record…' : ''}</VisuallyHidden>
        <RetryButton label="Refresh" onClick={onRefresh} loading={refreshing} />
      </PlainGroup>
      {refreshError !== null && !refreshing && (
        <Alert color="orange" variant="light" radius="md" p="xs" role="alert">
          <PlainText size="sm">
            Refresh failed: {refreshProblem(refreshError)}. The record below is still the one
            fetched at {timeFormat.format(fetched)}; refresh again in a moment.
          </PlainText>
        </Alert>
      )}
    </>
  );
}

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
