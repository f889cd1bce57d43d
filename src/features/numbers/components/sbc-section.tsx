import { Badge, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { LongList } from '../../../components/long-list.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { countOf } from '../../../lib/counts.ts';
import { parseSbc, type SbcRow } from '../sbc.ts';
import type { OcNumber } from '../schema.ts';
import { SbcCards } from './sbc-cards.tsx';
import { SbcTable } from './sbc-table.tsx';

// Narrower than Mantine's `sm` breakpoint (48em): each SBC is a card, not a table row.
const narrowQuery = 'not all and (min-width: 48em)';

export function SbcSection({ number }: { number: OcNumber }) {
  const list = number.sbcList ?? [];
  // Read at the first render (no effect, no server rendering here): one layout, and no shift
  // from cards to a table on a wide screen.
  const narrow = useMediaQuery(narrowQuery, false, { getInitialValueInEffect: false });
  // Only the SBCs on screen are parsed, when they are rendered.
  const rowAt = (index: number): SbcRow => parseSbc(list[index] ?? null);
  return (
    <SectionCard
      title="SBCs"
      aside={
        <Badge variant="light" color="gray" tt="none">
          {countOf(list.length, 'SBC', 'SBCs')}
        </Badge>
      }
    >
      {list.length === 0 ? (
        <Text c="dimmed" size="sm">
          {number.sbcList === null || number.sbcList === undefined
            ? 'Live Platform reported no SBC list for this number.'
            : 'No SBC serves this number: calls to it cannot be routed.'}
        </Text>
      ) : (
        <LongList
          count={list.length}
          noun="SBCs"
          estimateSize={narrow ? 119 : 45}
          gap={narrow ? 10 : 0}
        >
          {(view) =>
            narrow ? (
              <SbcCards view={view} count={list.length} rowAt={rowAt} />
            ) : (
              <SbcTable view={view} count={list.length} rowAt={rowAt} />
            )
          }
        </LongList>
      )}
    </SectionCard>
  );
}
