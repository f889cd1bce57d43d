import { Anchor, Checkbox, Group, Table } from '@mantine/core';
import { memo } from 'react';
import { Link } from 'react-router';
import { CountryFlag } from '../../../components/country-flag.tsx';
import { SpacerRow } from '../../../components/spacer-row.tsx';
import { SortHeader } from '../../../components/sort-header.tsx';
import { ValueBadge } from '../../../components/value-badge.tsx';
import { VirtualWindow, type ListView } from '../../../components/virtual-window.tsx';
import { paths } from '../../../config/paths.ts';
import type { Masker } from '../../../lib/presentation/presentation-mode.tsx';
import { formatNumber } from '../phone.ts';
import { customerText, emergencyAddressText, sbcText } from './batch-columns.ts';
import { CellText, DiagnosisCell, ResultBadge, dayOf } from './batch-cells.tsx';
import type { BatchSortKey, BatchView, ShownRow } from './batch-view.ts';

type BatchTableProps = {
  rows: readonly ShownRow[];
  label: string;
  view: BatchView;
  onSort: (column: BatchSortKey) => void;
  selected: ReadonlySet<string>;
  onSelect: (e164: string, on: boolean) => void;
  onSelectAll: (on: boolean) => void;
  masker: Masker;
  /** On a phone each number is one stacked cell. */
  stacked: boolean;
};

const rowHeight = { wide: 49, stacked: 120 } as const;
const headerHeight = 38;
// The vendor portal's columns, then this app's: wider than a laptop, so the box scrolls sideways.
const sortable: [BatchSortKey, string, number][] = [
  ['number', 'Number', 170],
  ['result', 'Result', 110],
  ['customer', 'Service full name', 180],
  ['country', 'Country', 150],
];
const plain: [string, number][] = [
  ['MS tenant ID', 140],
  ['Emergency address', 170],
  ['Calling profile ID', 140],
  ['Source', 120],
  ['MS job ID', 140],
];
const tableWidth =
  40 + 170 + 110 + 180 + 150 + 140 + 170 + 140 + 120 + 140 + 130 + 140 + 140 + 220 + 240 + 320;

/**
 * The batch's numbers in a scroll box that renders only the rows in view, each linking to its
 * number: 1,000 rows cost what twenty do, and an answer re-renders only its own row. Memoised:
 * a render of the page that leaves its rows as they were (a tick of the progress) skips it.
 */
export const BatchTable = memo(function BatchTable(props: BatchTableProps) {
  const { rows, label, view, onSort, selected, onSelect, onSelectAll, masker, stacked } = props;
  const chosen = rows.filter((row) => selected.has(row.e164)).length;
  const columns = stacked ? 1 : 16;
  const all = (
    <Checkbox
      aria-label="Select every number shown"
      checked={rows.length > 0 && chosen === rows.length}
      indeterminate={chosen > 0 && chosen < rows.length}
      onChange={(event) => onSelectAll(event.currentTarget.checked)}
    />
  );
  return (
    <VirtualWindow
      count={rows.length}
      estimateSize={stacked ? rowHeight.stacked : rowHeight.wide}
      headerHeight={headerHeight}
      label={label}
    >
      {(window) => (
        <Table
          stickyHeader
          highlightOnHover
          verticalSpacing="xs"
          layout="fixed"
          miw={stacked ? undefined : tableWidth}
          styles={{ thead: { height: headerHeight } }}
          aria-rowcount={rows.length + 1}
        >
          <Table.Thead>
            <Table.Tr aria-rowindex={1}>
              {stacked ? (
                <Table.Th>
                  <Group gap="sm">
                    {all}
                    Numbers
                  </Group>
                </Table.Th>
              ) : (
                <>
                  <Table.Th w={40}>{all}</Table.Th>
                  {sortable.map(([column, text, width]) => (
                    <SortHeader
                      key={column}
                      column={column}
                      label={text}
                      width={width}
                      sorted={view}
                      onSort={onSort}
                    />
                  ))}
                  {plain.map(([text, width]) => (
                    <Table.Th key={text} w={width}>
                      {text}
                    </Table.Th>
                  ))}
                  <SortHeader
                    column="assignment"
                    label="Assignment"
                    width={130}
                    sorted={view}
                    onSort={onSort}
                  />
                  <SortHeader
                    column="acquired"
                    label="Acquired"
                    width={140}
                    sorted={view}
                    onSort={onSort}
                  />
                  <SortHeader
                    column="lifecycle"
                    label="Lifecycle"
                    width={140}
                    sorted={view}
                    onSort={onSort}
                  />
                  <Table.Th w={220}>Capabilities</Table.Th>
                  <Table.Th w={240}>SBCs</Table.Th>
                  <SortHeader
                    column="diagnosis"
                    label="Diagnosis"
                    width={320}
                    sorted={view}
                    onSort={onSort}
                  />
                </>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <SpacerRow height={window.before} columns={columns} />
            {window.indices.map((index) => {
              const row = rows[index];
              return row ? (
                <BatchTableRow
                  key={row.e164}
                  row={row}
                  index={index}
                  measure={window.measure}
                  selected={selected.has(row.e164)}
                  onSelect={onSelect}
                  masker={masker}
                  stacked={stacked}
                />
              ) : null;
            })}
            <SpacerRow height={window.after} columns={columns} />
          </Table.Tbody>
        </Table>
      )}
    </VirtualWindow>
  );
});

type RowProps = {
  row: ShownRow;
  index: number;
  measure: ListView['measure'];
  selected: boolean;
  onSelect: (e164: string, on: boolean) => void;
  masker: Masker;
  stacked: boolean;
};

// Memoised: an answer, a tick or a scroll re-renders only the rows that changed or came into view.
const BatchTableRow = memo(function BatchTableRow(props: RowProps) {
  const { row, index, measure, selected, onSelect, masker, stacked } = props;
  const display = formatNumber(row.e164);
  const check = (
    <Checkbox
      aria-label={`Select ${display}`}
      checked={selected}
      onChange={(event) => onSelect(row.e164, event.currentTarget.checked)}
    />
  );
  const link = (
    <Anchor component={Link} to={paths.number(row.e164)} fw={600} size="sm" ff="monospace">
      {display}
    </Anchor>
  );
  const country = row.country ? (
    <Group gap={6} wrap="nowrap" miw={0}>
      <CountryFlag code={row.country} />
      <CellText>{row.countryName}</CellText>
    </Group>
  ) : (
    <CellText>{null}</CellText>
  );
  const customer = customerText(row, masker);
  if (stacked) {
    return (
      <Table.Tr data-index={index} ref={measure} aria-rowindex={index + 2}>
        <Table.Td>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              {check}
              {link}
            </Group>
            <ResultBadge row={row} />
          </Group>
          {customer && <CellText>{customer}</CellText>}
          <Group gap={6} mt={4} wrap="wrap">
            <ValueBadge value={row.lifecycle} kind="Lifecycle" kindShown />
            <ValueBadge value={row.assignment} kind="Teams assignment" kindShown />
          </Group>
          <DiagnosisCell row={row} masker={masker} />
        </Table.Td>
      </Table.Tr>
    );
  }
  const id = (value: string | null) => value && masker.id(value);
  return (
    <Table.Tr data-index={index} ref={measure} aria-rowindex={index + 2}>
      <Table.Td>{check}</Table.Td>
      <Table.Td>{link}</Table.Td>
      <Table.Td>
        <ResultBadge row={row} />
      </Table.Td>
      <Table.Td>
        <CellText>{customer}</CellText>
      </Table.Td>
      <Table.Td>{country}</Table.Td>
      <Table.Td>
        <CellText mono>{id(row.tenantId)}</CellText>
      </Table.Td>
      <Table.Td>
        <CellText>{emergencyAddressText(row, masker)}</CellText>
      </Table.Td>
      <Table.Td>
        <CellText mono>{id(row.callingProfileId)}</CellText>
      </Table.Td>
      <Table.Td>
        <CellText>{row.source}</CellText>
      </Table.Td>
      <Table.Td>
        <CellText mono>{id(row.jobId)}</CellText>
      </Table.Td>
      <Table.Td>
        <ValueBadge value={row.assignment} kind="Teams assignment" />
      </Table.Td>
      <Table.Td>
        <CellText>{dayOf(row.acquiredOn)}</CellText>
      </Table.Td>
      <Table.Td>
        <ValueBadge value={row.lifecycle} kind="Lifecycle" />
      </Table.Td>
      <Table.Td>
        <CellText>{row.capabilities.join(', ')}</CellText>
      </Table.Td>
      <Table.Td>
        <CellText>{sbcText(row, masker).join('; ')}</CellText>
      </Table.Td>
      <Table.Td>
        <DiagnosisCell row={row} masker={masker} />
      </Table.Td>
    </Table.Tr>
  );
});
