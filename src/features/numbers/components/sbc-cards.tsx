import { DataList, Paper } from '@mantine/core';
import { memo } from 'react';
import { bareListStyle, type ListView } from '../../../components/list-view.ts';
import type { Masker } from '../../../lib/presentation/presentation-mode.tsx';
import { parseSbc } from '../sbc.ts';
import type { Sbc } from '../schema.ts';
import { SbcIdValue, SbcValue } from './sbc-value.tsx';

type SbcCardsProps = { view: ListView; sbcs: readonly (Sbc | null)[]; masker: Masker };

/** On narrow screens each SBC is a small block instead of a table row that would scroll. */
export function SbcCards({ view, sbcs, masker }: SbcCardsProps) {
  return (
    <ul
      style={{
        ...bareListStyle(view),
        display: 'flex',
        flexDirection: 'column',
        gap: 'var(--mantine-spacing-xs)',
      }}
    >
      {view.indices.map((index) => (
        <SbcCard
          key={index}
          sbc={sbcs[index] ?? null}
          index={index}
          measure={view.measure}
          masker={masker}
          setSize={view.virtual ? sbcs.length : undefined}
        />
      ))}
    </ul>
  );
}

type SbcCardProps = {
  sbc: Sbc | null;
  index: number;
  measure: ListView['measure'];
  masker: Masker;
  /** In a scrolling window: how many SBCs there are in all. */
  setSize: number | undefined;
};

// Memoised: a window that scrolls or switches re-renders only the cards that come or go.
const SbcCard = memo(function SbcCard({ sbc, index, measure, masker, setSize }: SbcCardProps) {
  const row = parseSbc(sbc);
  // An address, and any address in a name that could not be split (text masks both).
  const ip = row.ip === null ? null : masker.text(row.ip);
  const fqdn = row.fqdn === null ? null : masker.text(row.fqdn);
  return (
    <Paper
      component="li"
      withBorder
      radius="sm"
      p="xs"
      data-index={index}
      ref={measure}
      aria-setsize={setSize}
      aria-posinset={setSize === undefined ? undefined : index + 1}
    >
      <DataList orientation="horizontal" gap={4} labelWidth={90} size="sm">
        {(
          [
            ['FQDN', fqdn],
            ['IP address', ip],
          ] as const
        ).map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel>{label}</DataList.ItemLabel>
            <DataList.ItemValue>
              <SbcValue value={value} label={label} wrap="after-dots" />
            </DataList.ItemValue>
          </DataList.Item>
        ))}
        <DataList.Item>
          <DataList.ItemLabel>SBC id</DataList.ItemLabel>
          <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>
            <SbcIdValue id={row.id} />
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>
    </Paper>
  );
});
