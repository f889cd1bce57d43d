import { ActionIcon, Button } from '@mantine/core';
import { IconKeyboard, IconListNumbers } from '@tabler/icons-react';
import { Link } from 'react-router';
import { LazyTooltip, useLazyTooltip } from '../../components/lazy-tooltip.tsx';
import { paths } from '../../config/paths.ts';
import { useShortcutActions } from './shortcut-context.tsx';

/** The batch page: a labelled button on wide screens, its icon alone on a phone. */
export function BatchLink() {
  return (
    <>
      <Button
        component={Link}
        to={paths.batch}
        variant="default"
        size="sm"
        leftSection={<IconListNumbers size={16} aria-hidden />}
        visibleFrom="sm"
        aria-keyshortcuts="b"
      >
        Batch
      </Button>
      <ActionIcon
        component={Link}
        to={paths.batch}
        variant="default"
        size="lg"
        aria-label="Batch"
        hiddenFrom="sm"
      >
        <IconListNumbers size={18} aria-hidden />
      </ActionIcon>
    </>
  );
}

/** Opens the list of shortcuts; only where there is a keyboard to use them (not on phones). */
export function ShortcutsButton() {
  const { setHelpOpen } = useShortcutActions();
  const tooltip = useLazyTooltip<HTMLButtonElement>();
  return (
    <>
      <ActionIcon
        {...tooltip.targetProps}
        variant="default"
        size="lg"
        aria-label="Keyboard shortcuts"
        aria-keyshortcuts="?"
        visibleFrom="sm"
        onClick={() => setHelpOpen(true)}
      >
        <IconKeyboard size={18} aria-hidden />
      </ActionIcon>
      <LazyTooltip {...tooltip.tooltipProps} label="Keyboard shortcuts (?)" withArrow />
    </>
  );
}
