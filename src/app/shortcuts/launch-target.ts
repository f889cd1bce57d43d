import type { CountryCode } from 'libphonenumber-js/min';
import { paths } from '../../config/paths.ts';
import { parsePhoneInput } from '../../features/numbers/phone.ts';
import { tenantPath } from '../../lib/tenant-path.ts';
import { readSearchText } from '../search/read-search-text.ts';

/**
 * What the start page makes of the address it was opened with: `?tel=` (a tel: link the browser
 * handed over) or `?q=` (a search from the address bar, through the OpenSearch description).
 */
export type LaunchTarget =
  | { kind: 'none' }
  /** A page to go to at once (replacing the start page's address in the history). */
  | { kind: 'go'; path: string }
  /** Text to leave in the search box: a customer's name, or what could not be read (`problem`). */
  | { kind: 'search'; text: string; problem: { from: 'tel' | 'q'; message: string } | null };

// Far more than any number or name; a longer parameter is cut before it is read.
const maxLength = 300;

export function readLaunchTarget(search: string, country: CountryCode): LaunchTarget {
  const params = new URLSearchParams(search);
  const tel = params.get('tel');
  if (tel !== null) return numberTarget(tel.slice(0, maxLength), 'tel', country);
  const q = params.get('q');
  if (q === null || q.trim() === '') return { kind: 'none' };
  const text = q.slice(0, maxLength);
  const read = readSearchText(text);
  if (read.kind === 'tenant-id') return { kind: 'go', path: tenantPath(read.tenantId) };
  if (read.kind === 'number') return numberTarget(text, 'q', country);
  // A name lists its customers under the box; a cut-short tenant id says what is wrong there.
  return { kind: 'search', text: text.trim(), problem: null };
}

function numberTarget(text: string, from: 'tel' | 'q', country: CountryCode): LaunchTarget {
  const parsed = parsePhoneInput(text, country);
  if (parsed.ok) return { kind: 'go', path: paths.number(parsed.e164) };
  // The box shows the number as people write it, not as the link carried it.
  const shown = text.trim().replace(/^tel:/i, '');
  return { kind: 'search', text: shown, problem: { from, message: parsed.message } };
}
