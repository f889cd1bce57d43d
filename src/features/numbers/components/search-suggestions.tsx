import { Box, Combobox, Group, Text, useCombobox } from '@mantine/core';
import { cloneElement, useEffect, useEffectEvent, useId, useState, type ReactElement } from 'react';
import classes from './search-suggestions.module.css';

/** One place the box offers under itself: a title, a detail line and an id, going to `path`. */
export type SearchSuggestion = {
  path: string;
  title: string;
  detail: string | null;
  code: string;
};

/**
 * What the page composing the box makes of text that is not a phone number (the home page:
 * tenant ids and customer names). The box knows nothing of tenants: it shows the note, goes
 * where Enter leads, and offers the suggestions.
 */
export type OtherReading = {
  /** The line under the box: what the text was read as, or what is missing. */
  note: string;
  /** Enter with no suggestion highlighted: where it goes, or why it goes nowhere. */
  enter: { path: string } | { refusal: string };
  suggestions: readonly SearchSuggestion[];
  /** What the list holds, for screen readers ("Customers"). */
  listLabel: string;
  /** The list's last line (how many more match, or that it is loading); null: none. */
  listNote: string | null;
};

type BoxEvents = {
  onInput?: () => void;
  onFocus?: () => void;
  onClick?: () => void;
  onBlur?: () => void;
  onKeyUp?: () => void;
  role?: 'combobox';
  'aria-expanded'?: boolean;
  'aria-autocomplete'?: 'list';
  'aria-haspopup'?: 'listbox';
  'aria-controls'?: string | undefined;
  'aria-activedescendant'?: string | undefined;
};

type SuggestionListProps = {
  reading: OtherReading | null;
  onPick: (path: string) => void;
  /** The text box; it gets the keys (↑ ↓ Enter Escape), the aria attributes and focus events. */
  children: ReactElement<BoxEvents>;
};

/**
 * The list under the box, with Mantine's Combobox: ↑ and ↓ move through it (the box keeps focus
 * and points at the highlighted option with aria-activedescendant), Enter opens the highlighted
 * one, Escape closes it. It hangs below the line under the box, so that line stays readable. The
 * box is a combobox (ARIA's pattern: role, aria-expanded, aria-autocomplete); the note under it,
 * a live region, says how many options there are.
 *
 * The aria attributes are set here, not by Mantine, whose aria-activedescendant changes only with
 * ↑ and ↓ and so kept pointing at an option that typing had replaced.
 */
export function SuggestionList({ reading, onPick, children }: SuggestionListProps) {
  const listId = useId();
  const [active, setActive] = useState(-1);
  const combobox = useCombobox({
    onDropdownClose: () => {
      combobox.resetSelectedOption();
      setActive(-1);
    },
  });
  const suggestions = reading?.suggestions ?? [];
  const listNote = reading?.listNote ?? null;
  // The dropdown opens on focus only when it has something to show: an opened Combobox, even
  // hidden, sets floating-ui to work at once, and every page focuses its search box as it opens.
  // Typing opens it (onInput) whatever the text reads as.
  const hasContent = suggestions.length > 0 || listNote !== null;
  const open = () => combobox.openDropdown();
  // Focused, the box wants its list: shown now if it has something, or when something arrives
  // (a name in the box as the page opens, ?q=, before the customer list has loaded).
  const [wanted, setWanted] = useState(false);
  const openIfContent = () => {
    setWanted(true);
    if (hasContent) open();
  };
  const openIfWanted = useEffectEvent(() => {
    if (wanted) combobox.openDropdown();
  });
  // Only when content arrives: Escape closes the list, and it stays closed.
  useEffect(() => {
    if (hasContent) openIfWanted();
  }, [hasContent]);
  const listShown = combobox.dropdownOpened && suggestions.length > 0;
  const optionId = (index: number) => `${listId}-${String(index)}`;
  return (
    <Combobox
      store={combobox}
      // In the page, not a portal: the list stays inside the search landmark.
      withinPortal={false}
      onOptionSubmit={(path) => {
        combobox.closeDropdown();
        onPick(path);
      }}
    >
      <Combobox.DropdownTarget>
        <Box flex={1} miw={0}>
          <Combobox.EventsTarget withAriaAttributes={false}>
            {cloneElement(children, {
              onInput: () => {
                combobox.resetSelectedOption();
                setActive(-1);
                open();
              },
              onFocus: openIfContent,
              onClick: openIfContent,
              onBlur: () => {
                setWanted(false);
                combobox.closeDropdown();
              },
              // After Mantine has moved the highlight (on key down).
              onKeyUp: () => setActive(combobox.getSelectedOptionIndex()),
              role: 'combobox',
              'aria-expanded': listShown,
              'aria-autocomplete': 'list',
              'aria-haspopup': 'listbox',
              'aria-controls': listShown ? listId : undefined,
              'aria-activedescendant':
                listShown && active >= 0 && active < suggestions.length
                  ? optionId(active)
                  : undefined,
            } satisfies BoxEvents)}
          </Combobox.EventsTarget>
        </Box>
      </Combobox.DropdownTarget>
      <Combobox.Dropdown hidden={!hasContent}>
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
