import { useLocalStorage } from '@mantine/hooks';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { isIpAddress, isMaskedIdField, maskIdentifiersInText, maskTail } from './mask.ts';

// Remembered in this browser (and shared by its tabs), never sent anywhere.
const storageKey = 'oc-lookup:presentation-mode';

/** Whether presentation mode is on, and the switch. */
export function usePresentationMode() {
  // unknown: whatever another tab or an old version left there is only "on" if it is `true`.
  const [stored, setStored] = useLocalStorage<unknown>({
    key: storageKey,
    defaultValue: false,
    getInitialValueInEffect: false,
  });
  const on = stored === true;
  return {
    on,
    setOn: (value: boolean) => setStored(value),
    toggle: () => setStored((previous: unknown) => previous !== true),
  };
}

/**
 * What a page shows in place of an identifier. With presentation mode off every method returns
 * its input; on, ids and addresses keep their last 4 characters, and a customer's name is shown
 * only when it is the customer on screen (the subject), never another customer's.
 */
export type Masker = {
  readonly on: boolean;
  /** Tenant ids, calling profile ids, job ids, record ids. */
  id: (value: string | number) => string;
  /** An IP address (an SBC's); anything that is not one is returned unchanged. */
  ip: (value: string) => string;
  /** A customer's name; `tenantId` says whose it is. */
  customerName: (name: string, tenantId: string | null | undefined) => string;
  /**
   * Free text (copied blocks, exports, raw JSON): every GUID and IP address in it masked, and
   * in JSON the value of every id member (`"id": 125796`).
   */
  text: (value: string) => string;
};

export const unmasked: Masker = {
  on: false,
  id: (value) => String(value),
  ip: (value) => value,
  customerName: (name) => name,
  text: (value) => value,
};

const sameTenant = (a: string | null | undefined, b: string | null | undefined) =>
  !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

export function createMasker(subjectTenantId: string | null): Masker {
  return {
    on: true,
    id: (value) => maskTail(String(value)),
    ip: (value) => (isIpAddress(value) ? maskTail(value) : value),
    customerName: (name, tenantId) =>
      subjectTenantId !== null && sameTenant(tenantId, subjectTenantId) ? name : maskTail(name),
    text: maskIdentifiersInText,
  };
}

// The tenant whose page is on screen: its customer is the audience, so its name stays readable.
const SubjectContext = createContext<string | null>(null);

/** Marks the customer a page is about (a number's tenant, the tenant page's tenant). */
export function PresentationSubject({
  tenantId,
  children,
}: {
  tenantId: string | null | undefined;
  children: ReactNode;
}) {
  return <SubjectContext value={tenantId?.trim() || null}>{children}</SubjectContext>;
}

/** The masks to apply here and now: `unmasked` unless presentation mode is on. */
export function useMasker(): Masker {
  const { on } = usePresentationMode();
  const subject = useContext(SubjectContext);
  return useMemo(() => (on ? createMasker(subject) : unmasked), [on, subject]);
}

/**
 * A value shown under a field's name (a record's unknown field, a diagnosis's evidence): an id
 * field's value masked whole, any other value as free text. "null" and blanks stay as they are.
 */
export function maskField(masker: Masker, field: string, value: string): string {
  if (!masker.on || value.trim() === '' || value === 'null') return value;
  return isMaskedIdField(field) ? masker.id(value.replace(/^"(.*)"$/s, '$1')) : masker.text(value);
}
