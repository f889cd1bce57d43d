const origin = 'http://return-to.invalid';
const maxLength = 2000;

// Browsers drop tabs and newlines from URLs and read `\` as `/` (`/\t/evil` and `/\evil` are
// `//evil`): a value holding any of them, or any other control or space character, is refused
// rather than guessed at.
const unsafeCharacter = /[\\\s\p{Cc}\p{Cf}]/u;

const pathOf = (url: URL) => `${url.pathname}${url.search}${url.hash}`;

/** The path decoded, and decoded again while that changes: what a double-decoding layer sees. */
function decodedFully(path: string): string {
  let current = path;
  for (let round = 0; round < 5; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/**
 * True for the final target only when it is a path of this app as a browser will resolve it:
 * printable ASCII (what c.redirect and Node's headers pass on unchanged), unchanged by being
 * resolved again, on this origin, its first segment starting with a letter or digit however
 * often it is decoded (so never `//`, `/\`, `/%2F`, `/％`…), and not an /auth/ page (a loop).
 */
function isPathOfThisApp(target: string): boolean {
  if (target.length > maxLength || !/^[\x21-\x7e]+$/.test(target)) return false;
  let again: URL;
  try {
    again = new URL(target, origin);
  } catch {
    return false;
  }
  if (again.origin !== origin || pathOf(again) !== target) return false;
  const path = decodedFully(again.pathname);
  if (!/^\/(?:[A-Za-z0-9]|$)/.test(path) || unsafeCharacter.test(path)) return false;
  return !/^\/auth(?:\/|$)/i.test(path);
}

/**
 * The path to go back to after sign-in. The value is normalised first (dot segments resolved,
 * characters encoded) exactly as a browser would, and only the normalised target is judged:
 * `/..//evil` passes a check of the raw value but normalises to `//evil`. Anything but a path of
 * this app gives `/`.
 */
export function safeReturnTo(value: string | undefined | null): string {
  if (!value || value.length > maxLength || !value.startsWith('/')) return '/';
  if (unsafeCharacter.test(value)) return '/';
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return '/';
  }
  if (url.origin !== origin) return '/';
  const target = pathOf(url);
  return isPathOfThisApp(target) ? target : '/';
}
