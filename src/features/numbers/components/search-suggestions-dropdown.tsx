import { Combobox, Group, Text, type useCombobox } from '@mantine/core';
import '../../../components/dropdown-styles.ts';
import type { RefObject } from 'react';
import { ElementTarget } from '../../../components/element-target.tsx';
import classes from './search-suggestions.module.css';
import type { OtherReading } from './search-suggestions.tsx';
import { useOnMount } from '../../../lib/use-on-mount.ts';

type SuggestionDropdownProps = {
  store: ReturnType<typeof useCombobox>;
  /** The box's wrapper, which the list hangs from (and takes its width from). */
  box: RefObject<HTMLElement | null>;
  listId: string;
  optionId: (index: number) => string;
  reading: OtherReading | null;
  hidden: boolean;
  onPick: (path: string) => void;
  onReady: () => void;
};

/**
 * The search box's list, Mantine's Combobox, loaded the first time there is a list to show
 * (search-suggestions.tsx holds the box, its keys and its aria attributes). In the page, not a
 * portal: the list stays inside the search landmark.
 */
export function SuggestionDropdown({
  store,
  box,
  listId,
  optionId,
  reading,
  hidden,
  onPick,
  onReady,
}: SuggestionDropdownProps) {
  useOnMount(onReady);
  const suggestions = reading?.suggestions ?? [];
  const listNote = reading?.listNote ?? null;
  return (
    <Combobox
      store={store}
      withinPortal={false}
      onOptionSubmit={(path) => {
        store.closeDropdown();
        onPick(path);
      }}
    >
      <Combobox.DropdownTarget>
        <ElementTarget element={box} />
      </Combobox.DropdownTarget>
      <Combobox.Dropdown hidden={hidden}>
        {suggestions.length > 0 && (
          // No scroll box of its own (8 options at most): on a short screen the page scrolls.
          <Combobox.Options id={listId} aria-label={reading?.listLabel}>
            {suggestions.map((suggestion, index) => (
              <Combobox.Option
                value={suggestion.path}
                key={`${String(index)} ${suggestion.path}`}
                id={optionId(index)}
                className={classes.option}
              >
                <Text size="sm" fw={600} lh={1.3}>
                  {suggestion.title}
                </Text>
                {/* The id moves under the detail when the two do not fit, never split itself. */}
                <Group gap={10} wrap="wrap" style={{ rowGap: 0 }}>
                  {suggestion.detail && (
                    <Text size="xs" c="dimmed" lh={1.5}>
                      {suggestion.detail}
                    </Text>
                  )}
                  <Text
                    size="xs"
                    c="dimmed"
                    lh={1.5}
                    ff="monospace"
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {suggestion.code}
                  </Text>
                </Group>
              </Combobox.Option>
            ))}
          </Combobox.Options>
        )}
        {listNote && (
          <Combobox.Footer>
            <Text size="xs" c="dimmed">
              {listNote}
            </Text>
          </Combobox.Footer>
        )}
      </Combobox.Dropdown>
    </Combobox>
  );
}
