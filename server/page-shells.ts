/*
 * Which prerendered shell (src/config/page-shells.ts) an address gets, and the number shell
 * filled in with the address's number.
 */
import { escapeToBuffer } from 'hono/utils/html';
import { numberShellValue, type ShellKind } from '../src/config/page-shells.ts';
import { isAppRoute } from './app-paths.ts';

/** The shell an address gets: its page's outline, or the bare frame (tenant, batch, not found). */
export function shellFor(pathname: string): ShellKind {
  if (pathname === '/' || pathname === '/index.html') return 'home';
  if (isAppRoute(pathname) && pathname.startsWith('/numbers/')) return 'number';
  return 'frame';
}

const builtValue = `value="${numberShellValue}"`;
// As long as the page's own check lets a typed number be (the rest is the page's to refuse).
const longestShown = 100;

/** The number shell with the address's number in its search box, HTML-escaped. */
export function fillNumberShell(shell: string, pathname: string): string {
  const segment = pathname.slice('/numbers/'.length).replace(/\/$/, '');
  let typed: string;
  try {
    typed = decodeURIComponent(segment);
  } catch {
    typed = segment;
  }
  const escaped: [string] = [''];
  escapeToBuffer(typed.slice(0, longestShown), escaped);
  // A function, so that no "$&" or "$1" in what was typed means anything to replace().
  return shell.replace(builtValue, () => `value="${escaped[0]}"`);
}
