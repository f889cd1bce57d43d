const base = 'http://return-to.invalid';

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/**
 * The path to go back to after sign-in: only a path of this app (a single leading `/`), never
 * another origin (`//evil`, `/\evil`, `https://…`, control characters that a URL parser drops)
 * and never an /auth/ page (which would loop). Anything else gives `/`.
 */
export function safeReturnTo(value: string | undefined | null): string {
  if (!value || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//')) return '/';
  // Browsers read `\` as `/`; URL parsers drop tabs and newlines (`/\t/evil` is `//evil`).
  if (value.includes('\\') || /\s/.test(value) || hasControlCharacter(value)) return '/';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return '/';
  }
  if (url.origin !== base) return '/';
  if (url.pathname === '/auth' || url.pathname.startsWith('/auth/')) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
