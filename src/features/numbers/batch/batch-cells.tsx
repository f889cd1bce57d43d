import { Badge, Text } from '@mantine/core';
import type { Masker } from '../../../lib/presentation/presentation-mode.tsx';
import type { Severity } from '../diagnosis/facts.ts';
import type { RowStatus } from './batch-row.ts';
import type { ShownRow } from './batch-view.ts';

const resultBadge: Record<RowStatus, { label: string; color: string }> = {
  found: { label: 'Found', color: 'teal' },
  'not-found': { label: 'Not found', color: 'gray' },
  failed: { label: 'Failed', color: 'red' },
  pending: { label: 'Waiting', color: 'blue' },
};

// The same marks as the ticket summary's.
const severityMark: Record<Severity, string> = { problem: '✗', warning: '!', ok: '✓' };

/** The lookup's result; a failure says why in its title and beside it. */
export function ResultBadge({ row }: { row: ShownRow }) {
  const { label, color } = resultBadge[row.status];
  return (
    <Badge
      color={color}
      variant="light"
      radius="sm"
      tt="none"
      autoContrast
      title={row.failure ?? label}
    >
      {label}
    </Badge>
  );
}

/** One line of text that may be long: cut with an ellipsis, whole in its title. */
export function CellText({
  children,
  mono,
}: {
  children: string | null | undefined;
  mono?: boolean;
}) {
  if (!children) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Text size="sm" truncate="end" title={children} ff={mono ? 'monospace' : undefined}>
      {children}
    </Text>
  );
}

/** The most serious finding, with how many more there are. */
export function DiagnosisCell({ row, masker }: { row: ShownRow; masker: Masker }) {
  const [first, ...rest] = row.findings;
  if (!first) {
    return (
      <Text size="sm" c="dimmed" truncate="end">
        {row.status === 'found' ? 'No finding from the record alone' : (row.failure ?? '—')}
      </Text>
    );
  }
  const all = row.findings.map((finding) => masker.text(finding.text)).join('\n');
  return (
    <Text size="sm" lineClamp={2} title={all}>
      {severityMark[first.severity]} {masker.text(first.text)}
      {rest.length > 0 && ` (+${rest.length} more)`}
    </Text>
  );
}

/** "2024-04-16" of an ISO date-time; anything else as received. */
export const dayOf = (value: string | null) =>
  value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value;
