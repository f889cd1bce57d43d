import { Stack, VisuallyHidden } from '@mantine/core';
import { isDotNetNever, parseApiDate } from '../lib/dates.ts';
import { ClippedText } from './clipped-text.tsx';
import { LazyTooltip, useLazyTooltip } from './lazy-tooltip.tsx';
import { NotSet } from './not-set.tsx';
import { PlainText } from './plain.tsx';

/**
 * A date in the viewer's time zone with its relative time; the exact UTC value on hover (and
 * for screen readers, in hidden text). Not a tab stop: there is nothing to do with it.
 */
export function DateValue({ value }: { value: string | null | undefined }) {
  const tooltip = useLazyTooltip<HTMLDivElement>();
  if (!value) return <NotSet />;
  if (isDotNetNever(value)) {
    return (
      <PlainText size="sm" title={value}>
        Never
      </PlainText>
    );
  }
  const parsed = parseApiDate(value);
  if (!parsed) {
    return (
      <PlainText
        size="sm"
        ff="monospace"
        title="Not a date this app can read; shown as received"
        style={{ overflowWrap: 'anywhere' }}
      >
        <ClippedText value={value} />
      </PlainText>
    );
  }
  // The tooltip is mounted when the date is first pointed at (see lazy-tooltip.tsx).
  return (
    <>
      <Stack {...tooltip.targetProps} gap={0} style={{ cursor: 'help' }}>
        <PlainText size="sm">
          <time dateTime={parsed.date.toISOString()}>{parsed.local}</time>
        </PlainText>
        <PlainText size="xs" c="dimmed">
          {parsed.relative}
        </PlainText>
        <VisuallyHidden>Exactly {parsed.utc}</VisuallyHidden>
      </Stack>
      <LazyTooltip {...tooltip.tooltipProps} label={parsed.utc} withArrow />
    </>
  );
}
