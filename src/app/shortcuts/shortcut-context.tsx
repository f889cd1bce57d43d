import { createContext, use, useEffect, useMemo, useState, type ReactNode } from 'react';

/**
 * The tenant of the number on screen: undefined on a page without a number, null for a number
 * with no tenant. Set by the number's page, read by the "t" shortcut in the layout above it.
 */
export type PageTenant = string | null | undefined;

type ShortcutState = { pageTenant: PageTenant; helpOpen: boolean };

type ShortcutActions = {
  setPageTenant: (tenant: PageTenant) => void;
  setHelpOpen: (open: boolean) => void;
};

// Two contexts: what is set (the page's tenant, the dialog) changes, the setters do not. The
// number's page and the header's button only set, so they do not render again when it changes
// (the page set its tenant as it mounted, and rendered all over again for it).
const ShortcutStateContext = createContext<ShortcutState | null>(null);
const ShortcutActionsContext = createContext<ShortcutActions | null>(null);

export function ShortcutProvider({ children }: { children: ReactNode }) {
  const [pageTenant, setPageTenant] = useState<PageTenant>(undefined);
  const [helpOpen, setHelpOpen] = useState(false);
  const state = useMemo(() => ({ pageTenant, helpOpen }), [pageTenant, helpOpen]);
  const actions = useMemo(() => ({ setPageTenant, setHelpOpen }), []);
  return (
    <ShortcutActionsContext value={actions}>
      <ShortcutStateContext value={state}>{children}</ShortcutStateContext>
    </ShortcutActionsContext>
  );
}

const outsideProvider = () =>
  new Error('Shortcut state needs a ShortcutProvider (the app layout) above it.');

export function useShortcutState(): ShortcutState {
  const state = use(ShortcutStateContext);
  if (!state) throw outsideProvider();
  return state;
}

export function useShortcutActions(): ShortcutActions {
  const actions = use(ShortcutActionsContext);
  if (!actions) throw outsideProvider();
  return actions;
}

/** Called by a number's page: "t" opens this tenant's page while the page is on screen. */
export function usePageTenant(tenantId: string | null | undefined, known: boolean) {
  const { setPageTenant } = useShortcutActions();
  const tenant = known ? tenantId?.trim() || null : undefined;
  useEffect(() => {
    setPageTenant(tenant);
    return () => setPageTenant(undefined);
  }, [tenant, setPageTenant]);
}
