import { Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { isDotNetNever, parseApiDate } from '../lib/dates.ts';
import { ClippedText } from './clipped-text.tsx';
import { NotSet } from './not-set.tsx';

/**
 * A date in the viewer's time zone with its relative time; the exact UTC value on hover (and
 * for screen readers, in hidden text). Not a tab stop: there is nothing to do with it.
 */
export function DateValue({ value }: { value: string | null | undefined }) {
  if (!value) return <NotSet />;
  if (isDotNetNever(value)) {
    return (
      <Text size="sm" title={value}>
        Never
      </Text>
    );
  }
  const parsed = parseApiDate(value);
  if (!parsed) {
    return (
      <Text
        size="sm"
        ff="monospace"
        title="Not a date this app can read; shown as received"
        style={{ overflowWrap: 'anywhere' }}
      >
        <ClippedText value={value} />
      </Text>
    );
  }
  return (
    <Tooltip label={parsed.utc} withArrow>
      <Stack gap={0} style={{ cursor: 'help' }}>
        <Text size="sm">
          <time dateTime={parsed.date.toISOString()}>{parsed.local}</time>
        </Text>
        <Text size="xs" c="dimmed">
          {parsed.relative}
        </Text>
        <VisuallyHidden>Exactly {parsed.utc}</VisuallyHidden>
      </Stack>
    </Tooltip>
  );
}
