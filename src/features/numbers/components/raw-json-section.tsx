import { Button, Code, Collapse, Group, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { CopyValueButton } from '../../../components/copy-button.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { otherFields, type OcNumber } from '../schema.ts';

/** The record exactly as received, and any fields this app does not know yet. */
export function RawJsonSection({ number }: { number: OcNumber }) {
  const [opened, { toggle }] = useDisclosure(false);
  const json = JSON.stringify(number, null, 2);
  const extra = Object.entries(otherFields(number));
  return (
    <SectionCard title="Raw record" aside={<CopyValueButton value={json} label="Copy raw JSON" />}>
      <Stack gap="sm">
        <div>
          <Text size="sm" fw={500} mb={4}>
            Other fields
          </Text>
          {extra.length === 0 ? (
            <Text size="sm" c="dimmed">
              None: every field of this record is shown above.
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={300}>
              <Table withRowBorders aria-label="Other fields">
                <Table.Tbody>
                  {extra.map(([key, value]) => (
                    <Table.Tr key={key}>
                      <Table.Th scope="row" ff="monospace" fw={500} w="35%">
                        {key}
                      </Table.Th>
                      <Table.Td>
                        <Code style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                          {JSON.stringify(value)}
                        </Code>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </div>
        <Group>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={toggle}
            aria-expanded={opened}
            aria-controls="raw-json"
            leftSection={
              opened ? (
                <IconChevronDown size={16} aria-hidden />
              ) : (
                <IconChevronRight size={16} aria-hidden />
              )
            }
          >
            {opened ? 'Hide raw JSON' : 'Show raw JSON'}
          </Button>
        </Group>
        <Collapse expanded={opened} id="raw-json">
          <Code block style={{ maxHeight: 480, overflow: 'auto' }}>
            {json}
          </Code>
        </Collapse>
      </Stack>
    </SectionCard>
  );
}
