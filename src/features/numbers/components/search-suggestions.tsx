import { Box, useCombobox } from '@mantine/core';
import {
  cloneElement,
  Suspense,
  useEffect,
  useEffectEvent,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactElement,
} from 'react';
import { lazyNamed } from '../../../lib/lazy-named.ts';

// Mantine's Combobox brings floating-ui, its transitions and its portal: loaded the first time
// there is a list to show, not with every page (every page has the box).
const SuggestionDropdown = lazyNamed(
  () => import('./search-suggestions-dropdown.tsx'),
  'SuggestionDropdown',
);

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
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
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
 * ↑ and ↓ and so kept pointing at an option that typing had replaced. So are the keys: Mantine's
 * Combobox.EventsTarget would have to wrap the box, and the box is on the page before the list's
 * code is (search-suggestions-dropdown.tsx, loaded when there is first a list to show), and is
 * never remounted when it comes. The store (`useCombobox`) is here, and holds no floating-ui.
 */
export function SuggestionList({ reading, onPick, children }: SuggestionListProps) {
  const listId = useId();
  const box = useRef<HTMLDivElement>(null);
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
  // The list's code is asked for when there is first something to show, and stays once it is in.
  const [listReady, setListReady] = useState(false);
  const mountList = listReady || (combobox.dropdownOpened && hasContent);
  const listShown = listReady && combobox.dropdownOpened && suggestions.length > 0;
  const optionId = (index: number) => `${listId}-${String(index)}`;
  // What Mantine's Combobox.EventsTarget does for a text box; until the list's code is in, there
  // are no options, and ↑ ↓ Enter find none.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!combobox.dropdownOpened) {
        combobox.openDropdown('keyboard');
        combobox.selectActiveOption();
        combobox.updateSelectedOptionIndex('selected', { scrollIntoView: true });
      } else if (event.key === 'ArrowDown') combobox.selectNextOption();
      else combobox.selectPreviousOption();
    }
    if (
      event.key === 'Enter' &&
      combobox.dropdownOpened &&
      combobox.getSelectedOptionIndex() !== -1
    ) {
      event.preventDefault();
      combobox.clickSelectedOption();
    }
    if (event.key === 'Escape') combobox.closeDropdown('keyboard');
  };
  return (
    <>
      <Box ref={box} flex={1} miw={0}>
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
          onKeyDown,
          // After the highlight has moved (on key down).
          onKeyUp: () => setActive(combobox.getSelectedOptionIndex()),
          role: 'combobox',
          'aria-expanded': listShown,
          'aria-autocomplete': 'list',
          'aria-haspopup': 'listbox',
          'aria-controls': listShown ? listId : undefined,
          'aria-activedescendant':
            listShown && active >= 0 && active < suggestions.length ? optionId(active) : undefined,
        } satisfies BoxEvents)}
      </Box>
      {mountList && (
        <Suspense fallback={null}>
          <SuggestionDropdown
            store={combobox}
            box={box}
            listId={listId}
            optionId={optionId}
            reading={reading}
            hidden={!hasContent}
            onPick={onPick}
            onReady={() => setListReady(true)}
          />
        </Suspense>
      )}
    </>
  );
}
