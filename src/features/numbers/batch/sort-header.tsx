import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { BatchSortKey, BatchView } from './batch-view.ts';

type SortHeaderProps = {
  column: BatchSortKey;
  label: string;
  width: number;
  view: BatchView;
  onSort: (column: BatchSortKey) => void;
};

/** A column header that sorts by its column; a second click turns the order round. */
export function SortHeader({ column, label, width, view, onSort }: SortHeaderProps) {
  const order = view.sort === column ? view.order : null;
  const Icon = order === 'asc' ? IconArrowUp : order === 'desc' ? IconArrowDown : IconArrowsSort;
  return (
    <Table.Th
      w={width}
      aria-sort={order === 'asc' ? 'ascending' : order === 'desc' ? 'descending' : 'none'}
    >
      <UnstyledButton onClick={() => onSort(column)} fw={700} fz="sm">
        <Group gap={4} wrap="nowrap">
          {label}
          <Icon size={14} aria-hidden style={{ opacity: order ? 1 : 0.45 }} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
