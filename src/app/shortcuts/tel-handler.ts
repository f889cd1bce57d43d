import { useLocalStorage } from '@mantine/hooks';

/*
 * tel: links in tickets open the lookup: the browser is asked (once, by the person) to send tel:
 * links to /?tel=<the link>. Only where the browser has registerProtocolHandler (Chromium and
 * Firefox on desktop; not Safari, not phones).
 */
const storageKey = 'oc-lookup:tel-handler';

export type TelHandlerAnswer = 'accepted' | 'dismissed';

export const canHandleTelLinks = () =>
  typeof navigator !== 'undefined' && typeof navigator.registerProtocolHandler === 'function';

/** The address the browser opens for a tel: link; %s is the whole link, escaped. */
export const telHandlerUrl = (origin: string) => `${origin}/?tel=%s`;

/** Whether the offer was answered in this browser, and the two answers. */
export function useTelHandler() {
  const [stored, setStored] = useLocalStorage<unknown>({
    key: storageKey,
    defaultValue: null,
    getInitialValueInEffect: false,
  });
  const answer: TelHandlerAnswer | null =
    stored === 'accepted' || stored === 'dismissed' ? stored : null;
  return {
    available: canHandleTelLinks(),
    answer,
    /** Asks the browser; it shows its own prompt. False if it refused at once. */
    register: (): boolean => {
      setStored('accepted');
      try {
        navigator.registerProtocolHandler('tel', telHandlerUrl(window.location.origin));
        return true;
      } catch {
        // The browser refused (an http origin other than localhost, say): the offer stays closed.
        return false;
      }
    },
    dismiss: () => setStored('dismissed'),
  };
}
