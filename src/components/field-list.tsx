import { DataList } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
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

/** The classes of field-list.css (global, in the first stylesheet: see there). */
export const fieldListClasses = {
  valueLine: 'oc-field-value-line',
  monospace: 'oc-field-monospace',
  hint: 'oc-field-hint',
} as const;

const isUnset = (value: Field['value']) => value === null || value === undefined || value === '';

/*
 * The elements and classes of Mantine's `<DataList orientation="vertical" gap="sm" withDivider>`,
 * so the list looks as Mantine draws it: as plain elements, a field costs its copy button and
 * little else, where DataList's item, label and value each resolved styles as they rendered (a
 * number's page has a few dozen fields). field-list.test.tsx holds them to what DataList renders.
 */
const listClasses = DataList.classes;
export const listProps = {
  className: `${listClasses.root} mantine-DataList-root`,
  style: { '--data-list-gap': 'var(--mantine-spacing-sm)' } as CSSProperties,
  'data-orientation': 'vertical',
  'data-with-divider': 'true',
} as const;
export const itemClassName = `${listClasses.item} mantine-DataList-item`;
export const labelClassName = `${listClasses.itemLabel} mantine-DataList-itemLabel`;
export const valueClassName = `${listClasses.itemValue} mantine-DataList-itemValue`;

/**
 * Labelled values, each copyable: ids that support staff paste into other tools. A field that is
 * not set keeps its place (fields are found where they always are) but takes one short line.
 */
export function FieldList({ fields }: { fields: readonly Field[] }) {
  return (
    <dl {...listProps}>
      {fields.map((field) =>
        isUnset(field.value) ? (
          <div key={field.label} className={itemClassName} style={unsetItem}>
            <dt className={labelClassName} style={{ minWidth: 0 }}>
              {field.label}
            </dt>
            <dd className={valueClassName} style={{ whiteSpace: 'nowrap' }}>
              <NotSet />
            </dd>
          </div>
        ) : (
          <div key={field.label} className={itemClassName}>
            <dt className={labelClassName}>{field.label}</dt>
            <dd className={valueClassName}>
              <div className={fieldListClasses.valueLine}>
                {field.display ?? <MonospaceValue text={String(field.value)} />}
                <CopyValueButton
                  value={String(field.value)}
                  label={`Copy ${field.label.toLowerCase()}`}
                />
              </div>
              {field.below}
              {field.hint && <p className={fieldListClasses.hint}>{field.hint}</p>}
            </dd>
          </div>
        ),
      )}
    </dl>
  );
}

// Inline, as DataList's own rule for a vertical list's items outranks a class of ours.
const unsetItem = {
  flexDirection: 'row',
  justifyContent: 'space-between',
  alignItems: 'baseline',
  gap: 'var(--mantine-spacing-sm)',
} as const;

// One line of a value is as tall as its copy button, so the two line up on the first line.
export const valueLineHeight = '22px';

/**
 * An id as received. A little smaller on phones, so that a GUID (36 characters) fits on one line
 * beside its copy button at 360 px instead of breaking in the middle.
 */
export function MonospaceValue({ text }: { text: string }) {
  return (
    <p className={fieldListClasses.monospace}>
      <ClippedText value={text} />
    </p>
  );
}
