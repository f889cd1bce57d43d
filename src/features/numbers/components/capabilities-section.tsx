import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import { SectionCard } from '../../../components/section-card.tsx';
import {
  capabilityRows,
  type CapabilityRow,
  type CapabilityState,
} from '../labels/capabilities.ts';
import type { OcNumber } from '../schema.ts';

const groups: {
  state: CapabilityState;
  title: string;
  color: string;
  Icon: typeof IconCircleCheck;
  note?: string;
}[] = [
  {
    state: 'unexpected',
    title: 'Acquired but not offered',
    color: 'orange',
    Icon: IconAlertTriangle,
    note: 'The calling profile does not offer these: check the calling profile.',
  },
  { state: 'acquired', title: 'Acquired', color: 'teal', Icon: IconCircleCheck },
  { state: 'available', title: 'Available, not acquired', color: 'gray', Icon: IconCircleDashed },
];

/** The union of acquired and available capabilities, grouped by how each stands. */
export function CapabilitiesSection({ number }: { number: OcNumber }) {
  const rows = capabilityRows(number.acquiredCapabilities, number.availableCapabilities);
  const acquiredCount = rows.filter((row) => row.state !== 'available').length;
  return (
    <SectionCard
      title="Capabilities"
      aside={
        <Text size="sm" c="dimmed">
          {acquiredCount} of {rows.length} acquired
        </Text>
      }
    >
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          None reported: nothing acquired, and nothing offered by the calling profile.
        </Text>
      ) : (
        <Stack gap="sm">
          {groups.map((group) => {
            const members = rows.filter((row) => row.state === group.state);
            if (members.length === 0) return null;
            return (
              <div key={group.state}>
                <Group gap={6} mb={6}>
                  <group.Icon
                    size={16}
                    color={`var(--mantine-color-${group.color}-text)`}
                    aria-hidden
                  />
                  <Text
                    size="sm"
                    fw={600}
                    component="h3"
                    c={
                      group.state === 'unexpected' ? 'var(--mantine-color-orange-text)' : undefined
                    }
                  >
                    {group.title} ({members.length})
                  </Text>
                </Group>
                {group.note && (
                  <Text size="xs" c="var(--mantine-color-orange-text)" mb={6}>
                    {group.note}
                  </Text>
                )}
                <Group gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                  {members.map((row) => (
                    <CapabilityBadge key={row.raw} row={row} color={group.color} />
                  ))}
                </Group>
              </div>
            );
          })}
        </Stack>
      )}
    </SectionCard>
  );
}

function CapabilityBadge({ row, color }: { row: CapabilityRow; color: string }) {
  return (
    <li>
      <Tooltip
        label={row.known ? row.raw : `${row.raw}: not a capability this app knows`}
        withArrow
      >
        <Badge
          color={color}
          variant={row.state === 'available' ? 'outline' : 'light'}
          size="lg"
          radius="sm"
          tt="none"
          fw={500}
          tabIndex={0}
          ff={row.known ? undefined : 'monospace'}
        >
          {row.label}
        </Badge>
      </Tooltip>
    </li>
  );
}
