import { Badge } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import { useMemo } from 'react';
import { LazyTooltip, useLazyTooltip } from '../../../components/lazy-tooltip.tsx';
import { NewValueMark } from '../../../components/new-value-mark.tsx';
import { wrappingBadge } from '../../../components/status-badge.tsx';
import { LongList } from '../../../components/long-list.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { bareListStyle, listItemProps, type ListView } from '../../../components/list-view.ts';
import { clip } from '../../../lib/clip.ts';
import { formatCount } from '../../../lib/counts.ts';
import {
  capabilityGroups,
  type CapabilityRow,
  type CapabilityState,
} from '../labels/capabilities.ts';
import type { OcNumber } from '../schema.ts';
import { PlainGroup, PlainStack, PlainText } from '../../../components/plain.tsx';

const groups: {
  state: CapabilityState;
  title: string;
  color: string;
  Icon: typeof IconCircleCheck;
  /** For "Show all N …". */
  noun: string;
  note?: string;
}[] = [
  {
    state: 'unexpected',
    title: 'Acquired but not offered',
    color: 'orange',
    Icon: IconAlertTriangle,
    noun: 'acquired but not offered',
    note: 'The calling profile does not offer these: check the calling profile.',
  },
  {
    state: 'acquired',
    title: 'Acquired',
    color: 'teal',
    Icon: IconCircleCheck,
    noun: 'acquired capabilities',
  },
  {
    state: 'available',
    title: 'Available, not acquired',
    color: 'gray',
    Icon: IconCircleDashed,
    noun: 'available capabilities',
  },
];

/** The union of acquired and available capabilities, grouped by how each stands. */
export function CapabilitiesSection({ number }: { number: OcNumber }) {
  const { acquiredCapabilities, availableCapabilities } = number;
  const {
    groups: rowsByState,
    total,
    acquired,
  } = useMemo(
    () => capabilityGroups(acquiredCapabilities, availableCapabilities),
    [acquiredCapabilities, availableCapabilities],
  );
  return (
    <SectionCard
      title="Capabilities"
      aside={
        <PlainText size="sm" c="dimmed">
          {formatCount(acquired)} of {formatCount(total)} acquired
        </PlainText>
      }
    >
      {total === 0 ? (
        <PlainText c="dimmed" size="sm">
          None reported: nothing acquired, and nothing offered by the calling profile.
        </PlainText>
      ) : (
        <PlainStack gap="sm">
          {groups.map((group) => {
            const members = rowsByState[group.state];
            if (members.length === 0) return null;
            return (
              <div key={group.state}>
                <PlainGroup gap={6} mb={6}>
                  <group.Icon
                    size={16}
                    color={`var(--mantine-color-${group.color}-text)`}
                    aria-hidden
                  />
                  <PlainText
                    size="sm"
                    fw={600}
                    component="h3"
                    c={
                      group.state === 'unexpected' ? 'var(--mantine-color-orange-text)' : undefined
                    }
                  >
                    {group.title} ({formatCount(members.length)})
                  </PlainText>
                </PlainGroup>
                {group.note && (
                  <PlainText size="xs" c="var(--mantine-color-orange-text)" mb={6}>
                    {group.note}
                  </PlainText>
                )}
                <LongList count={members.length} noun={group.noun} estimateSize={26} gap={6}>
                  {(view) => <BadgeList view={view} rows={members} color={group.color} />}
                </LongList>
              </div>
            );
          })}
        </PlainStack>
      )}
    </SectionCard>
  );
}

/** The badges side by side (not tab stops: they do nothing; their raw name shows on hover); all of a long group one per line, in a scrolling window. */
function BadgeList({
  view,
  rows,
  color,
}: {
  view: ListView;
  rows: readonly CapabilityRow[];
  color: string;
}) {
  const items = view.indices.flatMap((index) => {
    const row = rows[index];
    return row
      ? [
          <li
            key={row.raw}
            {...listItemProps(view, index, rows.length)}
            style={{ maxWidth: '100%' }}
          >
            <CapabilityBadge row={row} color={color} />
          </li>,
        ]
      : [];
  });
  const style = bareListStyle(view);
  return view.virtual ? (
    <PlainStack component="ul" gap={6} align="flex-start" style={style}>
      {items}
    </PlainStack>
  ) : (
    <PlainGroup component="ul" gap={6} style={style}>
      {items}
    </PlainGroup>
  );
}

function CapabilityBadge({ row, color }: { row: CapabilityRow; color: string }) {
  const tooltip = useLazyTooltip<HTMLDivElement>();
  const raw = clip(row.raw);
  return (
    <>
      <Badge
        {...tooltip.targetProps}
        color={color}
        variant={row.state === 'available' ? 'outline' : 'light'}
        size="lg"
        radius="sm"
        tt="none"
        fw={500}
        maw="100%"
        styles={wrappingBadge}
      >
        {clip(row.label, 100)}
        {!row.known && <NewValueMark />}
      </Badge>
      <LazyTooltip
        {...tooltip.tooltipProps}
        label={row.known ? raw : `${raw}: a capability newer than this app, sent as written here`}
        withArrow
      />
    </>
  );
}
