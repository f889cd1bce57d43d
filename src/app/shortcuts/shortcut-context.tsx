import { createContext, use, useEffect, useMemo, useState, type ReactNode } from 'react';

/**
 * The tenant of the number on screen: undefined on a page without a number, null for a number
 * with no tenant. Set by the number's page, read by the "t" shortcut in the layout above it.
 */
export type PageTenant = string | null | undefined;

type ShortcutState = {
  pageTenant: PageTenant;
  setPageTenant: (tenant: PageTenant) => void;
  helpOpen: boolean;
  setHelpOpen: (open: boolean) => void;
};

const ShortcutContext = createContext<ShortcutState | null>(null);

export function ShortcutProvider({ children }: { children: ReactNode }) {
  const [pageTenant, setPageTenant] = useState<PageTenant>(undefined);
  const [helpOpen, setHelpOpen] = useState(false);
  const value = useMemo(
    () => ({ pageTenant, setPageTenant, helpOpen, setHelpOpen }),
    [pageTenant, helpOpen],
  );
  return <ShortcutContext value={value}>{children}</ShortcutContext>;
}

export function useShortcutState(): ShortcutState {
  const state = use(ShortcutContext);
  if (!state) throw new Error('useShortcutState needs a ShortcutProvider (the app layout).');
  return state;
}

/** Called by a number's page: "t" opens this tenant's page while the page is on screen. */
export function usePageTenant(tenantId: string | null | undefined, known: boolean) {
  const { setPageTenant } = useShortcutState();
  const tenant = known ? tenantId?.trim() || null : undefined;
  useEffect(() => {
    setPageTenant(tenant);
    return () => setPageTenant(undefined);
  }, [tenant, setPageTenant]);
}
