import { paths } from '../../../config/paths.ts';

// Addresses stay well inside what browsers, proxies and ticket systems keep (about 2,000
// characters): some 100 numbers.
const maxLinkLength = 1800;

/** /batch?n=+44…,+44… for a list short enough for an address; null for a longer one. */
export function batchLinkPath(numbers: readonly string[]): string | null {
  if (numbers.length === 0) return null;
  const path = `${paths.batch}?n=${numbers.map(encodeURIComponent).join(',')}`;
  return path.length <= maxLinkLength ? path : null;
}

/** The list a link carries, one item a line, as the list box takes it; '' when none. */
export function linkedList(params: URLSearchParams): string {
  const value = params.get('n') ?? '';
  return value
    .slice(0, maxLinkLength)
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .join('\n');
}
