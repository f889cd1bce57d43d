import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import '../../components/dropdown-styles.ts';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { formatCount } from '../../lib/counts.ts';
import type { FacetOption } from './filter-rows.ts';
import { sortKeys, type FilterKey, type SortKey, type TableState } from './table-state.ts';

export type FilterChoice = { key: FilterKey; label: string; options: readonly FacetOption[] };

type NumberFiltersProps = {
  state: TableState;
  choices: readonly FilterChoice[];
  onChange: (changes: Partial<TableState>) => void;
  /** Sorting by column header is on wide screens; this offers it everywhere else. */
  showSort: boolean;
};

export const sortLabels: Record<SortKey, string> = {
  number: 'Number',
  country: 'Country',
  lifecycle: 'Lifecycle',
  assignment: 'Assignment',
};

const sortData = sortKeys.flatMap((key) => [
  { value: `${key}:asc`, label: `${sortLabels[key]}, ascending` },
  { value: `${key}:desc`, label: `${sortLabels[key]}, descending` },
]);

/** A filter's options; a value from the URL that no loaded number has (yet) is offered too. */
function selectData(options: readonly FacetOption[], selected: string | null) {
  const data = options.map((option) => ({
    value: option.value,
    label: `${option.label} (${formatCount(option.count)})`,
  }));
  if (selected !== null && !options.some((option) => option.value === selected)) {
    data.push({ value: selected, label: `${selected} (none loaded)` });
  }
  return data;
}

/** Free text and one choice per column; every change goes into the page's address. */
export function NumberFilters({ state, choices, onChange, showSort }: NumberFiltersProps) {
  const [text, setText] = useState(state.q);
  const filtered = text !== '' || choices.some(({ key }) => state[key] !== null);
  return (
    <Stack gap="xs">
      {/* Holds what is typed itself: the URL catches up a moment later, and an input bound to
          it would lose the keys typed in between. */}
      <TextInput
        label="Search"
        maw={{ sm: 480 }}
        placeholder="Number, status, capability…"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          onChange({ q: event.currentTarget.value });
        }}
      />
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="xs">
        {choices.map(({ key, label, options }) => (
          <Select
            key={key}
            label={label}
            placeholder="All"
            data={selectData(options, state[key])}
            value={state[key]}
            onChange={(value) => onChange({ [key]: value })}
            clearable
            searchable={options.length > 8}
            nothingFoundMessage="No such value among the loaded numbers"
          />
        ))}
        {filtered && (
          <Group align="end">
            <Button
              variant="subtle"
              leftSection={<IconX size={16} aria-hidden />}
              onClick={() => {
                setText('');
                onChange({
                  q: '',
                  lifecycle: null,
                  assignment: null,
                  capability: null,
                  country: null,
                });
              }}
            >
              Clear filters
            </Button>
          </Group>
        )}
      </SimpleGrid>
      {showSort && (
        <Select
          label="Sort by"
          data={sortData}
          value={`${state.sort}:${state.order}`}
          allowDeselect={false}
          onChange={(value) => {
            const [sort, order] = (value ?? '').split(':');
            const key = sortKeys.find((known) => known === sort);
            if (key) onChange({ sort: key, order: order === 'desc' ? 'desc' : 'asc' });
          }}
        />
      )}
    </Stack>
  );
}
