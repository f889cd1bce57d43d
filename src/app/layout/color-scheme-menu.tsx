import { ActionIcon } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { Suspense, useId, useRef, useState } from 'react';
import { lazyNamed } from '../../lib/lazy-named.ts';

/** The classes of color-scheme-menu.css (global, in the first stylesheet: see there). */
export const schemeIconClasses = {
  light: 'oc-scheme-icon-light',
  dark: 'oc-scheme-icon-dark',
} as const;

const loadDropdown = () => import('./color-scheme-dropdown.tsx');
// Mantine's Menu brings floating-ui, its transitions and its portal: loaded on first use, not
// with every page. Pointing at the button or focusing it starts the download.
const ColorSchemeDropdown = lazyNamed(loadDropdown, 'ColorSchemeDropdown');

/**
 * Light, dark or the system's choice (the default), remembered in this browser. The button is
 * the one Mantine's Menu.Target would render, with the attributes it would set; the menu hangs
 * from it once loaded, so the button never changes under focus, and opens as soon as it has come.
 */
export function ColorSchemeMenu() {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [wanted, setWanted] = useState(false);
  const [ready, setReady] = useState(false);
  const [opened, setOpened] = useState(false);
  const warm = () => void loadDropdown();
  return (
    <>
      <ActionIcon
        ref={button}
        id={id}
        variant="default"
        size="lg"
        aria-label="Colour scheme"
        aria-haspopup="menu"
        aria-expanded={opened}
        aria-controls={opened ? `${id}-dropdown` : undefined}
        data-expanded={opened || undefined}
        onPointerEnter={warm}
        onFocus={warm}
        onClick={() => {
          // The first click asks for the menu, which opens as soon as it is there.
          if (ready) setOpened(!opened);
          else setWanted(true);
        }}
      >
        {/* Both, one hidden by the scheme's CSS: right before any script has run (the page's
            prerendered shell) and with no re-render when the scheme changes. */}
        <IconSun size={18} aria-hidden className={schemeIconClasses.light} />
        <IconMoon size={18} aria-hidden className={schemeIconClasses.dark} />
      </ActionIcon>
      {wanted && (
        <Suspense fallback={null}>
          <ColorSchemeDropdown
            id={id}
            button={button}
            opened={opened}
            onChange={setOpened}
            onReady={() => {
              setReady(true);
              setOpened(true);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
