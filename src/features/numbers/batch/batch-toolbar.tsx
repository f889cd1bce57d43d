import { Button, CopyButton, Group, NativeSelect, TextInput } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { memo } from 'react';
import { IconCheck, IconCopy, IconDownload, IconLink, IconSearch } from '@tabler/icons-react';
import { formatCount } from '../../../lib/counts.ts';
import type { BatchView, StatusFilter } from './batch-view.ts';

type BatchToolbarProps = {
  view: BatchView;
  onView: (changes: Partial<BatchView>) => void;
  /** The ticket summaries of the selected numbers: made when copied, not at every render. */
  summaries: () => string;
  selected: number;
  onExport: (format: 'csv' | 'json') => void;
  /** The page's address with the list in it, or null when the list is too long for one. */
  link: string | null;
};

const statusOptions: { value: StatusFilter; label: string }[] = [
  { value: 'all', label: 'Every result' },
  { value: 'found', label: 'Found' },
  { value: 'not-found', label: 'Not found' },
  { value: 'failed', label: 'Failed' },
  { value: 'pending', label: 'Left' },
];

const isStatus = (value: string): value is StatusFilter =>
  statusOptions.some((option) => option.value === value);

/**
 * Filter, result filter, and what can be taken away: summaries, CSV, JSON, the link. Memoised:
 * answers arriving during a run do not re-render it.
 */
export const BatchToolbar = memo(function BatchToolbar(props: BatchToolbarProps) {
  const { view, onView, summaries, selected, onExport, link } = props;
  const clipboard = useClipboard({ timeout: 1500 });
  return (
    <Group gap="sm" align="end" wrap="wrap">
      <TextInput
        label="Filter"
        placeholder="Digits, country, status, capability, finding"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={view.q}
        onChange={(event) => onView({ q: event.currentTarget.value })}
        w={{ base: '100%', xs: 280 }}
      />
      {/* The browser's own list: five choices need no searchable dropdown, and Mantine's Select
          mounted its hidden dropdown and positioned it with the results (a long task). */}
      <NativeSelect
        label="Result"
        data={statusOptions}
        value={view.status}
        onChange={(event) => {
          const { value } = event.currentTarget;
          if (isStatus(value)) onView({ status: value });
        }}
        w={{ base: '100%', xs: 150 }}
      />
      <Group gap="xs" wrap="wrap">
        <Button
          variant="default"
          disabled={selected === 0}
          onClick={() => clipboard.copy(summaries())}
          leftSection={
            clipboard.copied ? (
              <IconCheck size={16} aria-hidden />
            ) : (
              <IconCopy size={16} aria-hidden />
            )
          }
        >
          {clipboard.copied
            ? 'Copied'
            : selected === 0
              ? 'Copy ticket summaries'
              : `Copy ${formatCount(selected)} ticket ${selected === 1 ? 'summary' : 'summaries'}`}
        </Button>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={() => onExport('csv')}
        >
          Export CSV
        </Button>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={() => onExport('json')}
        >
          Export JSON
        </Button>
        {link && (
          <CopyButton value={link} timeout={1500}>
            {({ copied, copy }) => (
              <Button
                variant="default"
                onClick={copy}
                leftSection={
                  copied ? <IconCheck size={16} aria-hidden /> : <IconLink size={16} aria-hidden />
                }
              >
                {copied ? 'Link copied' : 'Copy link'}
              </Button>
            )}
          </CopyButton>
        )}
      </Group>
    </Group>
  );
});
