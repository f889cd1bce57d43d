import { Button, Group, Progress, Text } from '@mantine/core';
import { IconPlayerPlay, IconPlayerStop, IconRefresh } from '@tabler/icons-react';
import { memo } from 'react';
import { formatCount } from '../../../lib/counts.ts';
import type { RowStatus } from './batch-row.ts';
import type { RunClock } from './use-batch-run.ts';

export type BatchCounts = Record<RowStatus, number> & { total: number };

type BatchProgressProps = {
  counts: BatchCounts;
  run: RunClock | null;
  onCancel: () => void;
  onResume: (which: 'failed' | 'left') => void;
};

const percent = (part: number, total: number) => (total === 0 ? 0 : (100 * part) / total);

/** Seconds left at the pace of the run so far; null until the pace can be told. */
function remaining(run: RunClock | null, left: number): string | null {
  if (!run || run.settled < 5) return null;
  const msEach = (performance.now() - run.startedAt) / run.settled;
  const seconds = Math.ceil((msEach * left) / 1000);
  return seconds < 60 ? `about ${seconds} s left` : `about ${Math.ceil(seconds / 60)} min left`;
}

/** The batch's progress: a bar in three colours, the counts in words, Cancel, Retry, Continue. */
export const BatchProgress = memo(function BatchProgress({
  counts,
  run,
  onCancel,
  onResume,
}: BatchProgressProps) {
  const { total, found, failed, pending } = counts;
  const notFound = counts['not-found'];
  const eta = remaining(run, pending);
  return (
    <div>
      {/* Each part is a progressbar of its own (Mantine's sections), named for what it counts. */}
      {/* No width transition: it repainted the page many times a second for the whole run. */}
      <Progress.Root size="lg" transitionDuration={0}>
        <Progress.Section value={percent(found, total)} color="teal" aria-label="Found" />
        <Progress.Section value={percent(notFound, total)} color="gray" aria-label="Not found" />
        <Progress.Section value={percent(failed, total)} color="red" aria-label="Failed" />
      </Progress.Root>
      <Group justify="space-between" mt="xs" gap="xs">
        <Text size="sm">
          Found {formatCount(found)} · Not found {formatCount(notFound)} · Failed{' '}
          {formatCount(failed)} · Left {formatCount(pending)}
          {eta && ` · ${eta}`}
        </Text>
        <Group gap="xs">
          {run ? (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPlayerStop size={14} aria-hidden />}
              onClick={onCancel}
            >
              Cancel
            </Button>
          ) : (
            <>
              {pending > 0 && (
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconPlayerPlay size={14} aria-hidden />}
                  onClick={() => onResume('left')}
                >
                  Look up the {formatCount(pending)} left
                </Button>
              )}
              {failed > 0 && (
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconRefresh size={14} aria-hidden />}
                  onClick={() => onResume('failed')}
                >
                  Retry {formatCount(failed)} failed
                </Button>
              )}
            </>
          )}
        </Group>
      </Group>
      {/* One message when the run ends, not one per answer. */}
      <Text size="sm" role="status" mt={4}>
        {!run && total > 0 && pending === 0 ? `All ${formatCount(total)} looked up.` : ''}
      </Text>
    </div>
  );
});
