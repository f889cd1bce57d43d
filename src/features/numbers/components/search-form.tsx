import { Button, Flex, Kbd, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMediaQuery } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import type { CountryCode } from 'libphonenumber-js/min';
import { useEffect, useMemo, useRef, useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import { CountryFlag } from '../../../components/country-flag.tsx';
import { PlainGroup, PlainStack, PlainText } from '../../../components/plain.tsx';
import { paths } from '../../../config/paths.ts';
import { afterNextPaint } from '../../../lib/after-next-paint.ts';
import { countryName } from '../../../lib/countries.ts';
import { useDefaultCountry } from '../default-country.ts';
import { numberKeys } from '../number-queries.ts';
import { parsePhoneInput, type ParsedPhone } from '../phone.ts';
import { CountryPicker } from './country-picker.tsx';
import { SuggestionList, type OtherReading } from './search-suggestions.tsx';

export const searchInputId = 'phone-search';

type SearchFormProps = {
  /** The number or text the box starts with; the preview speaks only once the user edits it. */
  initialValue?: string;
  /**
   * Focus the box when it appears, with its text selected, so that the next number can be typed
   * or pasted at once. Not on touch screens, where focus opens a keyboard over the page.
   */
  autoFocus?: boolean;
  /** On a number's page: no country picker (the number is already international). */
  compact?: boolean;
  /** What else the box takes, read by the page that composes it (tenants, customers). */
  others?: OtherSearch;
};

export type OtherSearch = {
  /** The box's label, naming all it takes ("Number, tenant id or customer name"). */
  label: string;
  /** Said under the empty box after the number: "a tenant id, or … of a customer's name". */
  accepts: string;
  /** The page's reading of the text; null: it is a phone number (or empty). */
  reading: OtherReading | null;
  onTextChange: (text: string) => void;
};

const touchScreen = () => window.matchMedia('(pointer: coarse)').matches;

/** The lookup box: takes whatever people paste, shows what it understood, opens the number. */
export function SearchForm({
  initialValue = '',
  autoFocus = false,
  compact = false,
  others,
}: SearchFormProps) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(initialValue);
  const keyboardWidth = useMediaQuery('(min-width: 36em)', true, {
    getInitialValueInEffect: false,
  });
  const [submitted, setSubmitted] = useState(false);
  const [country, setCountry] = useDefaultCountry();
  const parsed = useMemo(() => parsePhoneInput(value, country), [value, country]);

  useEffect(() => {
    if (!autoFocus || touchScreen()) return;
    // Once the page has been painted: focus needs the page laid out, and asking for it in React's
    // commit would hold the page's first paint back by a whole layout. Not if focus has been put
    // somewhere meanwhile (a click, or the shell's box handed over with the caret where it was).
    return afterNextPaint(() => {
      const box = input.current;
      const focused = document.activeElement;
      if (!box || (focused !== null && focused !== document.body)) return;
      box.focus();
      box.select();
    });
  }, [autoFocus]);

  const other = others?.reading ?? null;

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Only a refused submit has anything to show (its error); marking one that navigates would
    // re-render the form, urgently, in the same task as the press of Enter.
    if (other) {
      if ('path' in other.enter) void navigate(other.enter.path);
      else setSubmitted(true);
      return;
    }
    if (!parsed.ok) {
      setSubmitted(true);
      return;
    }
    // A lookup the user asks for is answered afresh, even for the number already on screen
    // (whose page then shows its data, marked as refreshing, until the answer arrives).
    void queryClient.invalidateQueries({ queryKey: numberKeys.detail(parsed.e164), exact: true });
    void navigate(paths.number(parsed.e164));
  };

  const problem = other
    ? 'refusal' in other.enter
      ? other.enter.refusal
      : undefined
    : parsed.ok
      ? undefined
      : parsed.message;
  const error = submitted ? problem : undefined;
  const showPreview = !error && (initialValue === '' || value !== initialValue);
  const field = (
    <TextInput
      ref={input}
      id={searchInputId}
      label={others ? others.label : 'Phone number'}
      placeholder={
        !others
          ? '+44 20 7499 6300'
          : keyboardWidth
            ? '+44 20 7499 6300, a tenant id or a customer name'
            : 'Number, tenant id or name'
      }
      size="md"
      flex={1}
      miw={0}
      value={value}
      onChange={(event) => {
        setValue(event.currentTarget.value);
        others?.onTextChange(event.currentTarget.value);
      }}
      error={error}
      autoComplete="off"
      spellCheck={false}
      // Names need letters: only a box for numbers alone brings up the phone keypad.
      inputMode={others ? 'text' : 'tel'}
      leftSection={<IconSearch size={18} aria-hidden />}
      // The "/" shortcut (app-layout) brings focus back here from anywhere on the page.
      // Not on phones: no keyboard shortcut there, and the number needs the room.
      rightSection={keyboardWidth ? <SlashHint /> : undefined}
      rightSectionPointerEvents="none"
      aria-keyshortcuts="/"
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      description={
        showPreview ? (
          <Preview
            value={value}
            parsed={parsed}
            country={country}
            accepts={others?.accepts}
            note={other?.note}
          />
        ) : undefined
      }
    />
  );
  return (
    <form onSubmit={onSubmit} noValidate role="search" aria-label="Look up a number">
      <PlainStack gap={6}>
        {/* At phone width the button goes below the box, leaving the box (and its label) room. */}
        <Flex
          direction={{ base: 'column', xs: 'row' }}
          align={{ base: 'stretch', xs: 'flex-start' }}
          gap="xs"
        >
          {others ? (
            <SuggestionList reading={other} onPick={(path) => void navigate(path)}>
              {field}
            </SuggestionList>
          ) : (
            field
          )}
          <Button type="submit" size="md" mt={{ base: 0, xs: 27 }}>
            Look up
          </Button>
        </Flex>
        {!compact && <CountryPicker country={country} onChange={setCountry} />}
      </PlainStack>
    </form>
  );
}

/** The key that brings focus back to the box, as search boxes on the web show it. */
function SlashHint() {
  return (
    <Kbd size="xs" aria-hidden title="Press / anywhere to come back to this box">
      /
    </Kbd>
  );
}

function Preview({
  value,
  parsed,
  country,
  accepts,
  note,
}: {
  value: string;
  parsed: ParsedPhone;
  country: CountryCode;
  /** What else the box takes, for the hint under the empty box. */
  accepts: string | undefined;
  /** What the page read in text that is not a number (a tenant, customers), shown instead. */
  note: string | undefined;
}) {
  const where = `with its country code or as dialled in ${countryName(country)}`;
  const what = accepts
    ? `Paste or type a number (${where}), ${accepts}.`
    : `Paste or type a number, ${where}.`;
  const hint =
    note ??
    (!value.trim()
      ? `${what} Press / on any page to come back here.`
      : !parsed.ok && parsed.problem === 'too-short'
        ? 'Keep typing: the number is not complete yet.'
        : !parsed.ok
          ? parsed.message
          : null);
  return (
    // Plain elements (components/plain.tsx): this line renders again at every keystroke.
    <PlainGroup
      component="span"
      gap={6}
      aria-live="polite"
      wrap="wrap"
      mt={4}
      style={{ minHeight: 'calc(1.375rem * var(--mantine-scale))' }}
    >
      {parsed.ok && !note ? (
        <>
          <CountryFlag code={parsed.country} />
          <PlainText span size="sm" fw={600}>
            {parsed.international}
          </PlainText>{' '}
          <PlainText span size="sm" c="dimmed">
            · {parsed.country ? countryName(parsed.country) : 'International service'}
          </PlainText>
        </>
      ) : (
        <PlainText span size="sm" c="dimmed">
          {hint}
        </PlainText>
      )}
    </PlainGroup>
  );
}
