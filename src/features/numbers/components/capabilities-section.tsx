import { Badge, Group, List, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import { SectionCard } from '../../../components/section-card.tsx';
import { capabilityRows, type CapabilityState } from '../labels/capabilities.ts';
import type { OcNumber } from '../schema.ts';

const stateDisplay: Record<
  CapabilityState,
  { text: string; color: string; Icon: typeof IconCircleCheck }
> = {
  acquired: { text: 'Acquired', color: 'teal', Icon: IconCircleCheck },
  available: { text: 'Available, not acquired', color: 'gray', Icon: IconCircleDashed },
  unexpected: { text: 'Acquired but not offered', color: 'orange', Icon: IconAlertTriangle },
};

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
          No capabilities reported: neither acquired nor offered by the calling profile.
        </Text>
      ) : (
        <List spacing={6} listStyleType="none" aria-label="Capabilities">
          {rows.map((row) => {
            const { text, color, Icon } = stateDisplay[row.state];
            return (
              <List.Item key={row.raw}>
                <Group gap="xs" wrap="nowrap" align="center">
                  <ThemeIcon color={color} variant="light" size="sm" radius="xl" aria-hidden>
                    <Icon size={14} />
                  </ThemeIcon>
                  <Tooltip label={row.raw} withArrow>
                    <Text size="sm" fw={row.state === 'available' ? 400 : 500} tabIndex={0}>
                      {row.label}
                    </Text>
                  </Tooltip>
                  {!row.known && (
                    <Badge size="xs" variant="outline" color="gray" tt="none">
                      unknown to this app
                    </Badge>
                  )}
                  <Text
                    size="xs"
                    c={row.state === 'unexpected' ? 'var(--mantine-color-orange-text)' : 'dimmed'}
                    ml="auto"
                    ta="right"
                    fw={row.state === 'unexpected' ? 600 : 400}
                  >
                    {text}
                  </Text>
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
      {rows.some((row) => row.state === 'unexpected') && (
        <Text size="xs" c="var(--mantine-color-orange-text)" mt="sm">
          A capability is acquired that the calling profile does not offer: check the calling
          profile.
        </Text>
      )}
    </SectionCard>
  );
}
