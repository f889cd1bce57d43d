import { Button, Group, Stack, Text } from '@mantine/core';
import { formatCount } from '../../lib/counts.ts';
import type { FilterChoice } from './number-filters.tsx';
import type { FilterKey } from './table-state.ts';

type StatusCountsProps = {
  groups: readonly FilterChoice[];
  /** The filter value each group applies now (null for all). */
  selected: (key: FilterKey) => string | null;
  onSelect: (key: FilterKey, value: string | null) => void;
  /** True until every page is in: the counts are of the numbers loaded so far. */
  partial: boolean;
};

/**
 * How many numbers are in each lifecycle and assignment status. Each count is also a filter: a
 * press shows those numbers only, a second press shows all again.
 */
export function StatusCounts({ groups, selected, onSelect, partial }: StatusCountsProps) {
  return (
    <Stack gap="xs">
      {groups.map(({ key, label, options }) => (
        <Group
          key={key}
          gap={6}
          wrap="wrap"
          align="flex-start"
          role="group"
          aria-label={`${label} counts`}
        >
          <Text size="sm" fw={600} w={{ base: '100%', xs: 150 }} pt={{ xs: 2 }}>
            {label}
            {partial && (
              <Text span size="xs" c="dimmed" fw={400}>
                {' '}
                (so far)
              </Text>
            )}
          </Text>
          <Group gap={6} wrap="wrap" style={{ flex: '1 1 0' }} miw={0}>
            {options.length === 0 && (
              <Text size="sm" c="dimmed">
                None yet
              </Text>
            )}
            {options.map((option) => {
              const pressed = selected(key) === option.value;
              return (
                <Button
                  key={option.value}
                  size="compact-sm"
                  radius="xl"
                  variant={pressed ? 'filled' : 'default'}
                  aria-pressed={pressed}
                  onClick={() => onSelect(key, pressed ? null : option.value)}
                  styles={{ label: { fontWeight: 500 } }}
                >
                  {/* One inline run: the button lays its label out as flex, which drops spaces. */}
                  <span>
                    {option.label}:{' '}
                    <Text span inherit fw={700}>
                      {formatCount(option.count)}
                    </Text>
                  </span>
                </Button>
              );
            })}
          </Group>
        </Group>
      ))}
    </Stack>
  );
}
