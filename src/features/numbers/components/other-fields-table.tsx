import { Code, Table } from '@mantine/core';
import { ClippedText } from '../../../components/clipped-text.tsx';
import { CopyValueButton } from '../../../components/copy-button.tsx';
import { LongList } from '../../../components/long-list.tsx';
import { SpacerRow } from '../../../components/spacer-row.tsx';
import { clip } from '../../../lib/clip.ts';
import { maskField, type Masker } from '../../../lib/presentation/presentation-mode.tsx';
import { PlainGroup } from '../../../components/plain.tsx';

type OtherField = readonly [key: string, value: unknown];

const maxValueLength = 2000;

/** A field value as JSON, or null when it is too deeply nested to serialise (that can throw). */
function asJson(value: unknown): string | null {
  try {
    return JSON.stringify(value);
  } catch {
    return null;
  }
}

/**
 * Fields of the record this app does not know yet, each with its value as JSON, copyable (in
 * presentation mode an id field's value is masked whole, ids and addresses in any other value).
 */
export function OtherFieldsTable({
  fields,
  masker,
}: {
  fields: readonly OtherField[];
  masker: Masker;
}) {
  return (
    <LongList count={fields.length} noun="other fields" estimateSize={40}>
      {/* Native scrolling, as the SBC table's: no ScrollArea observers for a table that
          overflows only on a phone. */}
      {(view) => (
        <Table.ScrollContainer minWidth={300} type="native">
          <Table
            withRowBorders
            aria-label="Other fields"
            layout={view.virtual ? 'fixed' : 'auto'}
            aria-rowcount={view.virtual ? fields.length : undefined}
          >
            <Table.Tbody>
              <SpacerRow height={view.before} columns={2} />
              {view.indices.map((index) => {
                const [key, value] = fields[index] ?? ['', undefined];
                const serialised = asJson(value);
                const json = serialised === null ? null : maskField(masker, key, serialised);
                return (
                  <Table.Tr
                    key={index}
                    data-index={index}
                    ref={view.measure}
                    aria-rowindex={view.virtual ? index + 1 : undefined}
                  >
                    <Table.Th
                      scope="row"
                      ff="monospace"
                      fw={500}
                      w="35%"
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      <ClippedText value={key} />
                    </Table.Th>
                    <Table.Td>
                      <PlainGroup gap={4} wrap="nowrap" align="flex-start">
                        <Code style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                          {json === null
                            ? '(too deeply nested to show here: see the raw JSON)'
                            : json.length > maxValueLength
                              ? `${json.slice(0, maxValueLength)}… (cut)`
                              : json}
                        </Code>
                        {json !== null && (
                          <CopyValueButton value={json} label={`Copy ${clip(key, 60)}`} />
                        )}
                      </PlainGroup>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
              <SpacerRow height={view.after} columns={2} />
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </LongList>
  );
}
