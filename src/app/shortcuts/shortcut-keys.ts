/** The app's keyboard shortcuts: one key each, no modifiers, as the ? dialog lists them. */
export type ShortcutId = 'search' | 'batch' | 'tenant' | 'copy-link' | 'help';

export const shortcutKeys: Record<ShortcutId, { key: string; does: string }> = {
  search: { key: '/', does: 'Go to the search box (the start page’s, where a page has none)' },
  batch: { key: 'b', does: 'Batch lookup: many numbers at once' },
  tenant: { key: 't', does: 'The tenant page of the number on screen' },
  'copy-link': { key: 'c', does: 'Copy the link to this page' },
  help: { key: '?', does: 'This list' },
};

export const shortcutOrder: readonly ShortcutId[] = [
  'search',
  'batch',
  'tenant',
  'copy-link',
  'help',
];

const byKey = new Map(
  Object.entries(shortcutKeys).map(([id, { key }]) => [key, id as ShortcutId] as const),
);

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * The shortcut a key press asks for, or null: none while typing in a field, with Ctrl, Cmd or
 * Alt (the browser's and the system's own shortcuts), or while a dialog is open (its keys are its
 * own). Read by the character, not the key's position: on many layouts "/" and "?" need Shift.
 */
export function shortcutOf(event: KeyboardEvent): ShortcutId | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  if (event.defaultPrevented || isTyping(event.target)) return null;
  if (document.querySelector('[role="dialog"][aria-modal="true"], [role="alertdialog"]')) {
    return null;
  }
  return byKey.get(event.key) ?? null;
}
