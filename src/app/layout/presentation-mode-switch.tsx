import { ActionIcon, Button, Group, Paper, Text } from '@mantine/core';
import { IconPresentation } from '@tabler/icons-react';
import { LazyTooltip, useLazyTooltip } from '../../components/lazy-tooltip.tsx';
import { usePresentationMode } from '../../lib/presentation/presentation-mode.tsx';

const explanation =
  'Presentation mode, for a shared screen: tenant ids, other ids, IP addresses and other customers’ names show only their last 4 characters — on the page, in the title, in what you copy and export.';

/** The header's switch for presentation mode (remembered in this browser). */
export function PresentationModeSwitch() {
  const { on, toggle } = usePresentationMode();
  const tooltip = useLazyTooltip<HTMLButtonElement>();
  return (
    <>
      <ActionIcon
        {...tooltip.targetProps}
        variant={on ? 'filled' : 'default'}
        color={on ? 'orange' : undefined}
        size="lg"
        aria-pressed={on}
        aria-label="Presentation mode"
        onClick={toggle}
      >
        <IconPresentation size={18} aria-hidden />
      </ActionIcon>
      <LazyTooltip {...tooltip.tooltipProps} label={explanation} withArrow multiline maw={300} />
    </>
  );
}

/** While presentation mode is on, every page says so above its content, with the way out. */
export function PresentationModeBanner() {
  const { on, setOn } = usePresentationMode();
  if (!on) return null;
  return (
    <Paper
      role="status"
      aria-label="Presentation mode is on"
      withBorder
      radius="md"
      px="sm"
      py={6}
      mb="md"
      bg="var(--mantine-color-orange-light)"
      bd="1px solid var(--mantine-color-orange-outline)"
    >
      {/* The words wrap; the way out keeps its width (it was cut to "Tur" at 360 px). */}
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Group gap={8} wrap="nowrap" miw={0}>
          <IconPresentation
            size={18}
            aria-hidden
            color="var(--mantine-color-orange-light-color)"
            style={{ flexShrink: 0 }}
          />
          <Text size="sm">
            <Text span fw={600}>
              Presentation mode.
            </Text>{' '}
            Ids, IP addresses and other customers’ names are masked.
          </Text>
        </Group>
        <Button
          size="compact-sm"
          variant="subtle"
          color="orange"
          onClick={() => setOn(false)}
          style={{ flexShrink: 0 }}
        >
          Turn off
        </Button>
      </Group>
    </Paper>
  );
}
