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
  hint?: ReactNode;
};

/** Labelled values, each copyable: ids that support staff paste into other tools. */
export function FieldList({ fields }: { fields: readonly Field[] }) {
  return (
    <DataList orientation="vertical" gap="sm" withDivider>
      {fields.map((field) => (
        <DataList.Item key={field.label}>
          <DataList.ItemLabel>{field.label}</DataList.ItemLabel>
          <DataList.ItemValue>
            <FieldValue field={field} />
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}

function FieldValue({ field }: { field: Field }) {
  if (field.value === null || field.value === undefined || field.value === '') return <NotSet />;
  const text = String(field.value);
  return (
    <>
      <Group gap={4} wrap="nowrap" align="center">
        {field.display ?? (
          <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
            <ClippedText value={text} />
          </Text>
        )}
        <CopyValueButton value={text} label={`Copy ${field.label.toLowerCase()}`} />
      </Group>
      {field.hint && (
        <Text size="xs" c="dimmed">
          {field.hint}
        </Text>
      )}
    </>
  );
}
