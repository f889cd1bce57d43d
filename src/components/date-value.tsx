import { Stack, Text, VisuallyHidden } from '@mantine/core';
import { isDotNetNever, parseApiDate } from '../lib/dates.ts';
import { ClippedText } from './clipped-text.tsx';
import { LazyTooltip, useLazyTooltip } from './lazy-tooltip.tsx';
import { NotSet } from './not-set.tsx';

/**
 * A date in the viewer's time zone with its relative time; the exact UTC value on hover (and
 * for screen readers, in hidden text). Not a tab stop: there is nothing to do with it.
 */
export function DateValue({ value }: { value: string | null | undefined }) {
  const tooltip = useLazyTooltip<HTMLDivElement>();
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
  // The tooltip is mounted when the date is first pointed at (see lazy-tooltip.tsx).
  return (
    <>
      <Stack {...tooltip.targetProps} gap={0} style={{ cursor: 'help' }}>
        <Text size="sm">
          <time dateTime={parsed.date.toISOString()}>{parsed.local}</time>
        </Text>
        <Text size="xs" c="dimmed">
          {parsed.relative}
        </Text>
        <VisuallyHidden>Exactly {parsed.utc}</VisuallyHidden>
      </Stack>
      <LazyTooltip {...tooltip.tooltipProps} label={parsed.utc} withArrow />
    </>
  );
}
