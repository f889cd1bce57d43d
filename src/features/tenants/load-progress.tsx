import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconPlayerPlay,
  IconPlayerStop,
  IconRefresh,
} from '@tabler/icons-react';
import { countOf, formatCount } from '../../lib/counts.ts';
import { pageFailure } from './page-failure.ts';
import type { LoadState } from './use-tenant-numbers.ts';

type LoadProgressProps = {
  state: LoadState;
  loaded: number;
  total: number | null;
  totalPages: number | null;
  onStop: () => void;
  onResume: () => void;
  onRetry: () => void;
};

const pageOf = (page: number, totalPages: number | null) =>
  totalPages === null ? `page ${String(page)}` : `page ${String(page)} of ${String(totalPages)}`;

/** "Loaded 400 of 640 numbers", with Stop while loading, Resume when stopped, Retry on failure. */
export function LoadProgress(props: LoadProgressProps) {
  const { state, loaded, total, totalPages } = props;
  const of = total === null ? '' : ` of ${formatCount(total)}`;
  const percent = total ? Math.min(100, (loaded / total) * 100) : 0;
  if (state.kind === 'done') {
    return (
      <Text size="sm" c="dimmed" role="status">
        All {countOf(loaded, 'number', 'numbers')} loaded.
      </Text>
    );
  }
  if (state.kind === 'failed') {
    const failure = pageFailure(state.error);
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title={`Could not load ${pageOf(state.page, totalPages)}`}
        role="alert"
      >
        <Stack gap="xs">
          <Text size="sm">
            {`Reading ${pageOf(state.page, totalPages)} of the tenant’s numbers failed: ${failure.why}. `}
            {loaded > 0
              ? `The ${formatCount(loaded)}${of} numbers loaded before it are shown below.`
              : 'No numbers could be loaded yet.'}
            {failure.references && ` (${failure.references})`}
          </Text>
          <Text size="sm">
            <Text span inherit fw={700}>
              What to do:{' '}
            </Text>
            {failure.whatToDo}
          </Text>
          <Group>
            <Button
              size="compact-md"
              leftSection={<IconRefresh size={16} aria-hidden />}
              onClick={props.onRetry}
            >
              Retry {pageOf(state.page, null)}
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }
  const loading = state.kind === 'loading';
  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" role="status">
          {loading
            ? `Loaded ${formatCount(loaded)}${of} numbers; loading ${pageOf(state.page, totalPages)}…`
            : `Stopped: ${formatCount(loaded)}${of} numbers loaded.`}
        </Text>
        {loading ? (
          <Button
            size="compact-sm"
            variant="default"
            leftSection={<IconPlayerStop size={14} aria-hidden />}
            onClick={props.onStop}
          >
            Stop
          </Button>
        ) : (
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconPlayerPlay size={14} aria-hidden />}
            onClick={props.onResume}
          >
            Resume
          </Button>
        )}
      </Group>
      <Progress
        value={percent}
        size="sm"
        animated={loading}
        aria-label={`Numbers loaded${of ? `: ${formatCount(loaded)}${of}` : ''}`}
      />
    </Stack>
  );
}
