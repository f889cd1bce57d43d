import { Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { CopyValueButton } from '../../../components/copy-button.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { prettyJson } from '../../../lib/pretty-json.ts';

type RawJsonSectionProps = {
  /** The answer exactly as received: the raw view never re-serialises the parsed record. */
  rawBody: string;
  otherFields: readonly [key: string, value: unknown][];
};

const maxValueLength = 2000;

/** A field value as JSON, cut short when long; never throws (deeply nested values can). */
function preview(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch {
    return '(too deeply nested to show here: see the raw JSON)';
  }
  return text.length > maxValueLength ? `${text.slice(0, maxValueLength)}… (cut)` : text;
}

/** The record exactly as received, and any fields this app does not know yet. */
export function RawJsonSection({ rawBody, otherFields }: RawJsonSectionProps) {
  const [opened, { toggle }] = useDisclosure(false);
  return (
    <SectionCard
      title="Raw record"
      aside={<CopyValueButton value={rawBody} label="Copy raw JSON" />}
    >
      <Stack gap="sm">
        <div>
          <Text size="sm" fw={500} mb={4}>
            Other fields
          </Text>
          {otherFields.length === 0 ? (
            <Text size="sm" c="dimmed">
              None: every field of this record is shown above.
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={300}>
              <Table withRowBorders aria-label="Other fields">
                <Table.Tbody>
                  {otherFields.map(([key, value]) => (
                    <Table.Tr key={key}>
                      <Table.Th scope="row" ff="monospace" fw={500} w="35%">
                        {key}
                      </Table.Th>
                      <Table.Td>
                        <Code style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                          {preview(value)}
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
        <div id="raw-json">
          {opened && (
            <Code
              block
              style={{
                maxHeight: 480,
                overflow: 'auto',
                whiteSpace: 'pre-wrap',
                overflowWrap: 'anywhere',
              }}
            >
              {prettyJson(rawBody)}
            </Code>
          )}
        </div>
      </Stack>
    </SectionCard>
  );
}
