// The stylesheets of what only this dialog uses (decision 005: only the Mantine styles in use;
// src/app/styles.ts has the rest, loaded first by main.tsx).
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Divider.css';
import { Button, Divider, Group, Kbd, Modal, Stack, Table, Text } from '@mantine/core';
import { shortcutKeys, shortcutOrder } from './shortcut-keys.ts';
import { useTelHandler } from './tel-handler.ts';

/** Every shortcut, and the other ways in: tel: links and the address bar. */
export function ShortcutsDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal.Root opened={opened} onClose={onClose} size="md" centered>
      <Modal.Overlay />
      <Modal.Content>
        {/* Not a <header> landmark: the page has its banner, and this is inside a dialog. */}
        <Modal.Header role="none">
          <Modal.Title>Keyboard shortcuts</Modal.Title>
          <Modal.CloseButton aria-label="Close" />
        </Modal.Header>
        <Modal.Body>
          <Stack gap="md">
            <Table verticalSpacing={6} withRowBorders={false}>
              <Table.Tbody>
                {shortcutOrder.map((id) => (
                  <Table.Tr key={id}>
                    <Table.Td w={48}>
                      <Kbd>{shortcutKeys[id].key}</Kbd>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{shortcutKeys[id].does}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="xs" c="dimmed">
              Not while typing in a box: Escape leaves it first.
            </Text>
            <Divider />
            <TelLinks />
            <Text size="sm">
              <Text span fw={600}>
                Address bar:
              </Text>{' '}
              your browser can add OC Lookup as a search engine (its search settings list it once
              this page has been open); a number, a tenant id or a customer’s name then goes
              straight to its page.
            </Text>
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}

function TelLinks() {
  const { available, answer, register } = useTelHandler();
  if (!available) {
    return (
      <Text size="sm">
        <Text span fw={600}>
          tel: links:
        </Text>{' '}
        this browser cannot send them to a web app.
      </Text>
    );
  }
  return (
    <Group justify="space-between" gap="xs" wrap="wrap">
      <Text size="sm" maw={340}>
        <Text span fw={600}>
          tel: links:
        </Text>{' '}
        {answer === 'accepted'
          ? 'asked for; the browser’s settings for protocol handlers say whether it is on.'
          : 'let a click on a number in a ticket open its page here.'}
      </Text>
      <Button size="xs" variant="default" onClick={() => register()}>
        {answer === 'accepted' ? 'Ask again' : 'Open tel: links here'}
      </Button>
    </Group>
  );
}
