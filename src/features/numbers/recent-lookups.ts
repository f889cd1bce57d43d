import { useLocalStorage } from '@mantine/hooks';
import { useCallback } from 'react';
import { isValidE164 } from '../../lib/e164.ts';

// The last numbers looked up in this browser, newest first; never leaves the browser.
const storageKey = 'oc-lookup:recent-lookups';
export const maxRecentLookups = 10;

// What another tab or an old version left in storage is only listed if it is a number the app
// would look up: the one E.164 rule of browser and server.
const isE164 = (value: unknown): value is string => typeof value === 'string' && isValidE164(value);

export function useRecentLookups() {
  const [stored, setStored, clear] = useLocalStorage<string[]>({
    key: storageKey,
    defaultValue: [],
    getInitialValueInEffect: false,
  });
  const items = Array.isArray(stored) ? stored.filter(isE164) : [];

  const remember = useCallback(
    (e164: string) => setStored((previous) => withFirst(previous, e164)),
    [setStored],
  );
  return { items, remember, clear };
}

const withFirst = (previous: unknown, e164: string) => {
  const list = Array.isArray(previous) ? previous.filter(isE164) : [];
  return [e164, ...list.filter((item) => item !== e164)].slice(0, maxRecentLookups);
};

/**
 * Puts a number first in the list, from outside React state: the number's page remembers it but
 * shows no list, and with the hook it re-rendered itself twice for nothing (Mantine's
 * useLocalStorage writes the value back and sets it again on mount, and again on each change).
 * Lists on screen (the hook) hear of it through the event Mantine's hook listens to.
 */
export function rememberLookup(e164: string) {
  try {
    const next = withFirst(JSON.parse(window.localStorage.getItem(storageKey) ?? '[]'), e164);
    window.localStorage.setItem(storageKey, JSON.stringify(next));
    window.dispatchEvent(
      new CustomEvent(mantineStorageEvent, { detail: { key: storageKey, value: next } }),
    );
  } catch {
    // Storage blocked or full: the lookup is simply not remembered.
  }
}

// The same-tab event of @mantine/hooks' useLocalStorage (its "storage" event is for other tabs).
const mantineStorageEvent = 'mantine-local-storage';
