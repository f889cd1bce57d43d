import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export type SortOrder = 'asc' | 'desc';

type SortHeaderProps<Column extends string> = {
  column: Column;
  label: ReactNode;
  width: number | string;
  /** How the table is sorted now (its view or state: any object with these two). */
  sorted: { sort: Column; order: SortOrder };
  onSort: (column: Column) => void;
};

/** A column header that sorts by its column; a second click turns the order round. */
export function SortHeader<Column extends string>({
  column,
  label,
  width,
  sorted,
  onSort,
}: SortHeaderProps<Column>) {
  const order = sorted.sort === column ? sorted.order : null;
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
