import { Button, Group, Paper, Text } from '@mantine/core';
import { IconPhoneCall } from '@tabler/icons-react';
import { useState } from 'react';
import { useTelHandler } from './tel-handler.ts';

/**
 * Offered once on the start page, where the browser can do it: tel: links open the lookup. Either
 * answer is remembered in this browser; the ? dialog offers it again.
 */
export function TelHandlerOffer() {
  const { available, answer, register, dismiss } = useTelHandler();
  const [refused, setRefused] = useState(false);
  if (refused) {
    return (
      <Text size="sm" c="dimmed" role="status">
        The browser did not accept OC Lookup for tel: links (it allows it only on https).
      </Text>
    );
  }
  if (!available || answer !== null) return null;
  return (
    <Paper withBorder radius="md" px="md" py="sm" role="region" aria-label="Open tel: links here">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="sm" wrap="nowrap" align="flex-start" maw={560}>
          <IconPhoneCall size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm">
            Open tel: links here? Then clicking a phone number in a ticket opens its page in OC
            Lookup. Your browser asks you to confirm.
          </Text>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" onClick={() => setRefused(!register())}>
            Open tel: links here
          </Button>
          <Button size="xs" variant="subtle" color="gray" onClick={dismiss}>
            Not now
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
