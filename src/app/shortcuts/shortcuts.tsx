import { useWindowEvent } from '@mantine/hooks';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../../config/paths.ts';
import { searchInputId } from '../../features/numbers/components/search-form.tsx';
import { useMasker } from '../../lib/presentation/presentation-mode.tsx';
import { tenantPath } from '../../lib/tenant-path.ts';
import { useShortcutActions, useShortcutState, type PageTenant } from './shortcut-context.tsx';
import { shortcutOf, type ShortcutId } from './shortcut-keys.ts';
import { ShortcutStatus } from './shortcut-status.tsx';
import { lazyNamed } from '../../lib/lazy-named.ts';

// Its own chunk (with Mantine's Modal, focus trap and scroll lock): loaded the first time it opens.
const ShortcutsDialog = lazyNamed(() => import('./shortcuts-dialog.tsx'), 'ShortcutsDialog');

/** Focuses the page's search box; false where the page has none. */
function focusSearch(): boolean {
  const input = document.getElementById(searchInputId);
  if (!(input instanceof HTMLInputElement)) return false;
  input.focus();
  input.select();
  return true;
}

const tenantRefusal: Record<'no-number' | 'no-tenant', string> = {
  'no-number': 't opens the tenant of a number: open a number’s page first.',
  'no-tenant': 'This number has no tenant.',
};

const tenantTarget = (tenant: PageTenant) =>
  tenant === undefined ? 'no-number' : tenant === null ? 'no-tenant' : tenantPath(tenant);

/** The keys of every page (the layout mounts this once), their dialog and their confirmations. */
export function Shortcuts() {
  const navigate = useNavigate();
  const location = useLocation();
  const masker = useMasker();
  const { pageTenant, helpOpen } = useShortcutState();
  const { setHelpOpen } = useShortcutActions();
  // Once opened, the dialog stays mounted, so that it closes with its transition.
  const [dialogLoaded, setDialogLoaded] = useState(false);
  if (helpOpen && !dialogLoaded) setDialogLoaded(true);
  const [status, setStatus] = useState<{ text: string; at: number } | null>(null);
  const say = useCallback((text: string) => setStatus({ text, at: Date.now() }), []);

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), 3000);
    return () => clearTimeout(timer);
  }, [status]);

  const copyLink = () => {
    const link = `${window.location.origin}${location.pathname}${location.search}${location.hash}`;
    // A tenant page's address holds the tenant id, which a shared screen must not give away.
    if (masker.text(link) !== link) {
      say('Presentation mode: this page’s link holds an id, so it was not copied.');
      return;
    }
    navigator.clipboard.writeText(link).then(
      () => say('Link copied'),
      () => say('The browser did not allow copying the link.'),
    );
  };

  const run: Record<ShortcutId, () => void> = {
    // A page without a search box (the batch page): the start page's, which takes focus.
    search: () => {
      if (!focusSearch()) void navigate(paths.home);
    },
    batch: () => void navigate(paths.batch),
    tenant: () => {
      const target = tenantTarget(pageTenant);
      if (target === 'no-number' || target === 'no-tenant') say(tenantRefusal[target]);
      else void navigate(target);
    },
    'copy-link': copyLink,
    help: () => setHelpOpen(true),
  };

  // Pages open with the search box focused, for the next number: Escape leaves it, so that the
  // next key is a shortcut. Read before the box sees the key (capture): an Escape that closes the
  // box's list of customers only closes the list.
  useWindowEvent(
    'keydown',
    (event) => {
      const box = event.target;
      if (event.key !== 'Escape' || !(box instanceof HTMLInputElement)) return;
      if (box.id === searchInputId && box.getAttribute('aria-expanded') !== 'true') box.blur();
    },
    { capture: true },
  );

  useWindowEvent('keydown', (event) => {
    const shortcut = shortcutOf(event);
    if (!shortcut) return;
    event.preventDefault();
    run[shortcut]();
  });

  return (
    <>
      {dialogLoaded && (
        <Suspense fallback={null}>
          <ShortcutsDialog opened={helpOpen} onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
      <ShortcutStatus status={status} />
    </>
  );
}
