import { Badge } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { LongList } from '../../../components/long-list.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { countOf } from '../../../lib/counts.ts';
import { useMasker } from '../../../lib/presentation/presentation-mode.tsx';
import type { OcNumber } from '../schema.ts';
import { SbcCards } from './sbc-cards.tsx';
import { sbcHeaderHeight, SbcTable } from './sbc-table.tsx';
import { PlainText } from '../../../components/plain.tsx';

// Narrower than Mantine's `sm` breakpoint (48em): each SBC is a card, not a table row.
const narrowQuery = 'not all and (min-width: 48em)';

export function SbcSection({ number }: { number: OcNumber }) {
  const list = number.sbcList ?? [];
  // Read at the first render (no effect, no server rendering here): one layout, and no shift
  // from cards to a table on a wide screen.
  const narrow = useMediaQuery(narrowQuery, false, { getInitialValueInEffect: false });
  // Once for the list: rows get it as a prop (memoised rows re-render when it changes).
  const masker = useMasker();
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
        <PlainText c="dimmed" size="sm">
          {number.sbcList === null || number.sbcList === undefined
            ? 'Live Platform reported no SBC list for this number.'
            : 'No SBC serves this number: calls to it cannot be routed.'}
        </PlainText>
      ) : (
        <LongList
          count={list.length}
          noun="SBCs"
          estimateSize={narrow ? 119 : 45}
          gap={narrow ? 10 : 0}
          headerHeight={narrow ? 0 : sbcHeaderHeight}
        >
          {/* Only the SBCs on screen are parsed, as they are rendered. */}
          {(view) =>
            narrow ? (
              <SbcCards view={view} sbcs={list} masker={masker} />
            ) : (
              <SbcTable view={view} sbcs={list} masker={masker} />
            )
          }
        </LongList>
      )}
    </SectionCard>
  );
}
