import { Table } from '@mantine/core';
import { memo } from 'react';
import { SpacerRow } from '../../../components/spacer-row.tsx';
import type { ListView } from '../../../components/list-view.ts';
import type { Masker } from '../../../lib/presentation/presentation-mode.tsx';
import { clip } from '../../../lib/clip.ts';
import { parseSbc } from '../sbc.ts';
import type { Sbc } from '../schema.ts';
import { SbcIdValue, SbcValue } from './sbc-value.tsx';

// Headers never break ("SBC id" on two lines); values wrap inside their cells instead.
const noWrap = { whiteSpace: 'nowrap' } as const;

/** Height of the header row in a scrolling window, in px: the rows start below it. */
export const sbcHeaderHeight = 38;

type SbcTableProps = { view: ListView; sbcs: readonly (Sbc | null)[]; masker: Masker };

/**
 * SBCs as table rows, on wide screens. In a scrolling window (all of a long list) the columns
 * have fixed widths, so they do not jump as rows come and go, and the header stays in view.
 */
export function SbcTable({ view, sbcs, masker }: SbcTableProps) {
  const { virtual } = view;
  const table = (
    <Table
      verticalSpacing="xs"
      striped={!virtual}
      highlightOnHover
      stickyHeader={virtual}
      layout={virtual ? 'fixed' : 'auto'}
      miw={virtual ? 420 : undefined}
      aria-rowcount={virtual ? sbcs.length + 1 : undefined}
      styles={virtual ? { thead: { height: sbcHeaderHeight } } : undefined}
    >
      <Table.Thead>
        <Table.Tr aria-rowindex={virtual ? 1 : undefined}>
          <Table.Th w={virtual ? '42%' : undefined} style={noWrap}>
            FQDN
          </Table.Th>
          <Table.Th w={virtual ? '24%' : undefined} style={noWrap}>
            IP address
          </Table.Th>
          <Table.Th style={noWrap}>SBC id</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <SpacerRow height={view.before} columns={3} />
        {view.indices.map((index) => (
          <SbcTableRow
            key={index}
            sbc={sbcs[index] ?? null}
            index={index}
            measure={view.measure}
            masker={masker}
            virtual={virtual}
          />
        ))}
        <SpacerRow height={view.after} columns={3} />
      </Table.Tbody>
    </Table>
  );
  return virtual ? (
    table
  ) : (
    // Native scrolling: Mantine's ScrollArea sets up observers and scrollbars for a table that
    // overflows only on a phone.
    <Table.ScrollContainer minWidth={420} type="native">
      {table}
    </Table.ScrollContainer>
  );
}

type SbcTableRowProps = {
  sbc: Sbc | null;
  index: number;
  measure: ListView['measure'];
  masker: Masker;
  virtual: boolean;
};

// Memoised: a window that scrolls or switches re-renders only the rows that come or go.
const SbcTableRow = memo(function SbcTableRow({
  sbc,
  index,
  measure,
  masker,
  virtual,
}: SbcTableRowProps) {
  const row = parseSbc(sbc);
  // An address, and any address in a name that could not be split (text masks both).
  const ip = row.ip === null ? null : masker.text(row.ip);
  const fqdn = row.fqdn === null ? null : masker.text(row.fqdn);
  return (
    <Table.Tr
      data-index={index}
      ref={measure}
      aria-rowindex={virtual ? index + 2 : undefined}
      title={row.raw ? clip(masker.text(row.raw)) : undefined}
    >
      <Table.Td>
        <SbcValue value={fqdn} label="FQDN" wrap="after-dots" />
      </Table.Td>
      <Table.Td>
        <SbcValue value={ip} label="IP address" wrap="never" />
      </Table.Td>
      <Table.Td style={{ overflowWrap: 'break-word' }}>
        <SbcIdValue id={row.id} />
      </Table.Td>
    </Table.Tr>
  );
});
