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
    (e164: string) =>
      setStored((previous) => {
        const list = Array.isArray(previous) ? previous.filter(isE164) : [];
        return [e164, ...list.filter((item) => item !== e164)].slice(0, maxRecentLookups);
      }),
    [setStored],
  );
  return { items, remember, clear };
}
