import { Paper, Text } from '@mantine/core';

/**
 * What a shortcut did ("Link copied"), near the bottom of the screen for a few seconds. The live
 * region is always in the page, so screen readers announce each new message.
 */
export function ShortcutStatus({ status }: { status: { text: string; at: number } | null }) {
  return (
    <div
      role="status"
      aria-label="Shortcut"
      style={{
        position: 'fixed',
        insetInline: 0,
        bottom: 24,
        display: 'flex',
        justifyContent: 'center',
        pointerEvents: 'none',
        zIndex: 300,
      }}
    >
      {status && (
        <Paper key={status.at} shadow="md" radius="md" px="md" py={8} withBorder maw="90vw">
          <Text size="sm">{status.text}</Text>
        </Paper>
      )}
    </div>
  );
}
