import { Alert, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { isApiError } from '../../../lib/api-error.ts';
import { retryDelay } from '../../../lib/query-client.ts';

type RetryNoticeProps = { failureCount: number; failureReason: unknown };

/**
 * While a failed lookup is being retried: says why and when the next try comes. Render it with
 * key={failureCount}, so each attempt starts its own countdown.
 */
export function RetryNotice({ failureCount, failureReason }: RetryNoticeProps) {
  const seconds = useSecondsLeft(retryDelay(failureCount - 1, failureReason));
  const rateLimited = isApiError(failureReason) && failureReason.kind === 'rate-limited';
  return (
    <Alert color="yellow" variant="light" radius="md" role="status">
      <Text size="sm">
        {rateLimited ? 'Live Platform is rate-limiting lookups (HTTP 429).' : 'The lookup failed.'}{' '}
        {seconds > 0 ? `Retrying in ${seconds} s` : 'Retrying now'} (attempt {failureCount + 1}).
      </Text>
    </Alert>
  );
}

function useSecondsLeft(ms: number): number {
  const [seconds, setSeconds] = useState(() => Math.ceil(ms / 1000));
  useEffect(() => {
    const deadline = Date.now() + ms;
    const timer = setInterval(
      () => setSeconds(Math.max(0, Math.ceil((deadline - Date.now()) / 1000))),
      250,
    );
    return () => clearInterval(timer);
  }, [ms]);
  return seconds;
}
