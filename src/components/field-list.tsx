import { DataList, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ClippedText } from './clipped-text.tsx';
import { CopyValueButton } from './copy-button.tsx';
import { NotSet } from './not-set.tsx';

export type Field = {
  label: string;
  /** The raw value: null or undefined reads "Not set"; anything else can be copied. */
  value: string | number | boolean | null | undefined;
  /** A richer rendering of the value (a label with the raw value beside it). */
  display?: ReactNode;
  /** More about the value, under it (the copy button stays beside the value itself). */
  below?: ReactNode;
  hint?: ReactNode;
};

const isUnset = (value: Field['value']) => value === null || value === undefined || value === '';

/**
 * Labelled values, each copyable: ids that support staff paste into other tools. A field that is
 * not set keeps its place (fields are found where they always are) but takes one short line.
 */
export function FieldList({ fields }: { fields: readonly Field[] }) {
  return (
    <DataList orientation="vertical" gap="sm" withDivider>
      {fields.map((field) =>
        isUnset(field.value) ? (
          <DataList.Item key={field.label} style={unsetItem}>
            <DataList.ItemLabel style={{ minWidth: 0 }}>{field.label}</DataList.ItemLabel>
            <DataList.ItemValue style={{ whiteSpace: 'nowrap' }}>
              <NotSet />
            </DataList.ItemValue>
          </DataList.Item>
        ) : (
          <DataList.Item key={field.label}>
            <DataList.ItemLabel>{field.label}</DataList.ItemLabel>
            <DataList.ItemValue>
              <FieldValue field={field} text={String(field.value)} />
            </DataList.ItemValue>
          </DataList.Item>
        ),
      )}
    </DataList>
  );
}

const unsetItem = {
  flexDirection: 'row',
  justifyContent: 'space-between',
  alignItems: 'baseline',
  gap: 'var(--mantine-spacing-sm)',
} as const;

// One line of a value is as tall as its copy button, so the two line up on the first line.
export const valueLineHeight = '22px';

function FieldValue({ field, text }: { field: Field; text: string }) {
  return (
    <>
      <Group gap={4} wrap="nowrap" align="flex-start">
        {field.display ?? <MonospaceValue text={text} />}
        <CopyValueButton value={text} label={`Copy ${field.label.toLowerCase()}`} />
      </Group>
      {field.below}
      {field.hint && (
        <Text size="xs" c="dimmed">
          {field.hint}
        </Text>
      )}
    </>
  );
}

/**
 * An id as received. A little smaller on phones, so that a GUID (36 characters) fits on one line
 * beside its copy button at 360 px instead of breaking in the middle.
 */
export function MonospaceValue({ text }: { text: string }) {
  return (
    <Text
      size="sm"
      fz={{ base: 'xs', xs: 'sm' }}
      lh={valueLineHeight}
      ff="monospace"
      miw={0}
      style={{ overflowWrap: 'anywhere' }}
    >
      <ClippedText value={text} />
    </Text>
  );
}
