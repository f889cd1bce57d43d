import { Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { RetryButton } from './retry-button.tsx';
import { tones } from './tones.ts';

type FailedNoteProps = {
  /** What failed and why, in a sentence: "Could not load the customer: Live Platform failed." */
  children: ReactNode;
  onRetry: () => void;
  retrying: boolean;
  /** Retry waits (a refusal asked for a pause). */
  retryDisabled?: boolean;
};

/**
 * A part of a page that could not load: one line in its own place, with Retry beside it (below
 * it on a narrow screen); the rest of the page is unaffected.
 */
export function FailedNote({ children, onRetry, retrying, retryDisabled }: FailedNoteProps) {
  return (
    <Group gap="xs" wrap="wrap" role="alert" align="flex-start">
      <Group gap={6} wrap="nowrap" align="flex-start" style={{ flex: '1 1 12rem' }} miw={0}>
        {/* On the first line of the sentence, however many lines it wraps to. */}
        <IconAlertTriangle
          size={16}
          aria-hidden
          color={tones.problem}
          style={{ flexShrink: 0, marginTop: 3 }}
        />
        <Text size="sm" c={tones.problem} miw={0}>
          {children}
        </Text>
      </Group>
      <RetryButton onClick={onRetry} loading={retrying} disabled={retryDisabled} />
    </Group>
  );
}
