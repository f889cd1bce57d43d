import { TextInput } from '@mantine/core';
import { IconSelector } from '@tabler/icons-react';
import { lazy, startTransition, Suspense, useState } from 'react';
import type { CountryCode } from 'libphonenumber-js/min';
import { countryOptionLabel, countryPickerFrame } from './country-picker-look.tsx';

// Loaded when first wanted: no other page needs a Select, or the floating-ui under it (031), and
// the start page's load is lighter without it (033).
const CountrySelect = lazy(() => import('./country-select.tsx'));

/** How the user reached for the picker: the picker takes over in the same state. */
type Intent = 'hover' | 'focus' | 'click';
// While the code loads a stronger intent wins: a click after the pointer came over opens it.
const intentStrength: Record<Intent, number> = { hover: 0, focus: 1, click: 2 };

type CountryPickerProps = {
  country: CountryCode;
  onChange: (country: CountryCode) => void;
};

/**
 * The country picker. Until the user reaches for it (pointer over it, focus, a click) a read-only
 * box of the same size shows the same country; then the picker's code loads and it takes the box's
 * place, focused if the box was, open if the box was clicked: nothing moves and nothing is lost.
 */
export function CountryPicker({ country, onChange }: CountryPickerProps) {
  const [intent, setIntent] = useState<Intent | null>(null);
  const standIn = (
    <CountryStandIn
      country={country}
      onIntent={(next) => {
        // A transition: the box stays (focused, if it was) until the picker is ready to replace it.
        startTransition(() => {
          setIntent((now) =>
            now !== null && intentStrength[now] >= intentStrength[next] ? now : next,
          );
        });
      }}
    />
  );
  return (
    <Suspense fallback={standIn}>
      {intent === null ? (
        standIn
      ) : (
        <CountrySelect
          country={country}
          onChange={onChange}
          autoFocus={intent !== 'hover'}
          clicked={intent === 'click'}
        />
      )}
    </Suspense>
  );
}

function CountryStandIn({
  country,
  onIntent,
}: {
  country: CountryCode;
  onIntent: (intent: Intent) => void;
}) {
  return (
    <TextInput
      {...countryPickerFrame(country)}
      readOnly
      value={countryOptionLabel(country)}
      rightSection={<IconSelector size={16} aria-hidden />}
      rightSectionPointerEvents="none"
      // A mouse coming over it; a touch is a press (it also "enters" just before pressing).
      onPointerEnter={(event) => {
        if (event.pointerType === 'mouse') onIntent('hover');
      }}
      onFocus={() => onIntent('focus')}
      // The click, not the press before it: a list opened sooner would be shut by that click.
      onClick={() => onIntent('click')}
    />
  );
}
