/**
 * The most characters of one upstream value shown as text. Real values (ids, names, FQDNs) are far
 * shorter; a 900 kB value laid out as text held the page for seconds. The whole value is still
 * copied by its copy button, and shown in full in the raw view.
 */
export const maxShownChars = 500;

/** The text cut to `max` characters with "…" (never between the halves of a surrogate pair). */
export function clip(text: string, max = maxShownChars): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}
