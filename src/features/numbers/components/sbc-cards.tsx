import { DataList, Paper } from '@mantine/core';
import type { ListView } from '../../../components/virtual-window.tsx';
import type { SbcRow } from '../sbc.ts';
import { SbcIdValue, SbcValue } from './sbc-value.tsx';

type SbcCardsProps = { view: ListView; count: number; rowAt: (index: number) => SbcRow };

/** On narrow screens each SBC is a small block instead of a table row that would scroll. */
export function SbcCards({ view, count, rowAt }: SbcCardsProps) {
  const { virtual } = view;
  return (
    <ul
      style={{
        listStyle: 'none',
        margin: 0,
        padding: `${view.before}px 0 ${view.after}px`,
        display: 'flex',
        flexDirection: 'column',
        gap: 'var(--mantine-spacing-xs)',
      }}
    >
      {view.indices.map((index) => {
        const row = rowAt(index);
        return (
          <Paper
            component="li"
            withBorder
            radius="sm"
            p="xs"
            key={index}
            data-index={index}
            ref={view.measure}
            aria-setsize={virtual ? count : undefined}
            aria-posinset={virtual ? index + 1 : undefined}
          >
            <DataList orientation="horizontal" gap={4} labelWidth={90} size="sm">
              <DataList.Item>
                <DataList.ItemLabel>FQDN</DataList.ItemLabel>
                <DataList.ItemValue>
                  <SbcValue value={row.fqdn} label="FQDN" wrap="after-dots" />
                </DataList.ItemValue>
              </DataList.Item>
              <DataList.Item>
                <DataList.ItemLabel>IP address</DataList.ItemLabel>
                <DataList.ItemValue>
                  <SbcValue value={row.ip} label="IP address" wrap="after-dots" />
                </DataList.ItemValue>
              </DataList.Item>
              <DataList.Item>
                <DataList.ItemLabel>SBC id</DataList.ItemLabel>
                <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>
                  <SbcIdValue id={row.id} />
                </DataList.ItemValue>
              </DataList.Item>
            </DataList>
          </Paper>
        );
      })}
    </ul>
  );
}
