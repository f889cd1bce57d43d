import { Anchor, Group, Table, Text } from '@mantine/core';
import { memo } from 'react';
import { Link } from 'react-router';
import { CountryFlag } from '../../components/country-flag.tsx';
import { SortHeader } from '../../components/sort-header.tsx';
import { ValueBadge } from '../../components/value-badge.tsx';
import { SpacerRow } from '../../components/spacer-row.tsx';
import { VirtualWindow, type ListView } from '../../components/virtual-window.tsx';
import { paths } from '../../config/paths.ts';
import { sortLabels } from './number-filters.tsx';
import type { SortKey, TableState } from './table-state.ts';
import type { TenantRow } from './tenant-rows.ts';

type NumbersTableProps = {
  rows: readonly TenantRow[];
  /** The scroll box's accessible name: "640 numbers of Trey Research Ltd". */
  label: string;
  state: TableState;
  onSort: (sort: SortKey) => void;
  /** On a phone each number is one stacked cell: no columns to squeeze. */
  stacked: boolean;
};

// Wide rows are one line (measured anyway when a long capability list wraps); stacked ones three.
const rowHeight = { wide: 45, stacked: 96 } as const;
// One line of header text with the table's padding (verticalSpacing xs).
const headerHeight = 38;

/**
 * The tenant's numbers, in a scroll box that renders only the rows in view: thousands of rows
 * scroll as smoothly as twenty. The header stays in view; every number links to its page.
 */
export function NumbersTable({ rows, label, state, onSort, stacked }: NumbersTableProps) {
  const columns = stacked ? 1 : 5;
  return (
    <VirtualWindow
      count={rows.length}
      estimateSize={stacked ? rowHeight.stacked : rowHeight.wide}
      headerHeight={headerHeight}
      label={label}
    >
      {(view) => (
        <Table
          stickyHeader
          highlightOnHover
          verticalSpacing="xs"
          layout="fixed"
          // The header is as tall as the scroll box reserves for it, whatever its text.
          styles={{ thead: { height: headerHeight } }}
          aria-rowcount={rows.length + 1}
        >
          <Table.Thead>
            <Table.Tr aria-rowindex={1}>
              {stacked ? (
                <Table.Th>Numbers</Table.Th>
              ) : (
                <>
                  <SortHeader
                    column="number"
                    label={sortLabels.number}
                    width="20%"
                    sorted={state}
                    onSort={onSort}
                  />
                  <SortHeader
                    column="country"
                    label={sortLabels.country}
                    width="17%"
                    sorted={state}
                    onSort={onSort}
                  />
                  <SortHeader
                    column="lifecycle"
                    label={sortLabels.lifecycle}
                    width="17%"
                    sorted={state}
                    onSort={onSort}
                  />
                  <SortHeader
                    column="assignment"
                    label={sortLabels.assignment}
                    width="16%"
                    sorted={state}
                    onSort={onSort}
                  />
                  <Table.Th>Capabilities</Table.Th>
                </>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <SpacerRow height={view.before} columns={columns} />
            {view.indices.map((index) => {
              const row = rows[index];
              return row ? (
                <NumberRow
                  key={row.e164}
                  row={row}
                  index={index}
                  measure={view.measure}
                  stacked={stacked}
                />
              ) : null;
            })}
            <SpacerRow height={view.after} columns={columns} />
          </Table.Tbody>
        </Table>
      )}
    </VirtualWindow>
  );
}

type NumberRowProps = {
  row: TenantRow;
  index: number;
  measure: ListView['measure'];
  stacked: boolean;
};

// Memoised: a window that scrolls re-renders only the rows that come or go.
const NumberRow = memo(function NumberRow({ row, index, measure, stacked }: NumberRowProps) {
  const link = (
    <Anchor component={Link} to={paths.number(row.e164)} fw={600} size="sm" ff="monospace">
      {row.display}
    </Anchor>
  );
  const country = (
    <Group gap={6} wrap="nowrap" miw={0}>
      <CountryFlag code={row.country} />
      <Text size="sm" truncate="end" title={row.countryName}>
        {row.countryName}
      </Text>
    </Group>
  );
  const capabilities = (
    <Text size="sm" c="dimmed" lineClamp={stacked ? 2 : 1} title={capabilityList(row)}>
      {capabilityList(row) || 'None acquired'}
    </Text>
  );
  return (
    <Table.Tr data-index={index} ref={measure} aria-rowindex={index + 2}>
      {stacked ? (
        <Table.Td>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            {link}
            {country}
          </Group>
          <Group gap={6} mt={4} wrap="wrap">
            <ValueBadge kind="Lifecycle" value={row.lifecycle} />
            <ValueBadge kind="Assignment" value={row.assignment} />
          </Group>
          {capabilities}
        </Table.Td>
      ) : (
        <>
          <Table.Td>{link}</Table.Td>
          <Table.Td>{country}</Table.Td>
          <Table.Td>
            <ValueBadge kind="Lifecycle" value={row.lifecycle} />
          </Table.Td>
          <Table.Td>
            <ValueBadge kind="Assignment" value={row.assignment} />
          </Table.Td>
          <Table.Td>{capabilities}</Table.Td>
        </>
      )}
    </Table.Tr>
  );
});

const capabilityList = (row: TenantRow) => row.capabilities.map((c) => c.label).join(', ');
