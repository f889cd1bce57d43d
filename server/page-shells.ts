/*
 * Which prerendered shell (src/config/page-shells.ts) an address gets, and the number shell
 * filled in with the address's number.
 */
import { escapeToBuffer } from 'hono/utils/html';
import { numberShellValue, type ShellKind } from '../src/config/page-shells.ts';
import { apiPaths } from '../src/lib/api-paths.ts';
import { isAppRoute } from './app-paths.ts';
import { isE164 } from './e164.ts';

/** The shell an address gets: its page's outline, or the bare frame (tenant, batch, not found). */
export function shellFor(pathname: string): ShellKind {
  if (pathname === '/' || pathname === '/index.html') return 'home';
  if (isAppRoute(pathname) && pathname.startsWith('/numbers/')) return 'number';
  return 'frame';
}

const builtValue = `value="${numberShellValue}"`;
// As long as the page's own check lets a typed number be (the rest is the page's to refuse).
const longestShown = 100;

/** What a number page's address holds after /numbers/, decoded (as typed, not yet checked). */
function typedNumber(pathname: string): string {
  const segment = pathname.slice('/numbers/'.length).replace(/\/$/, '');
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The number shell with the address's number in its search box, HTML-escaped. */
export function fillNumberShell(shell: string, pathname: string): string {
  const typed = typedNumber(pathname);
  const escaped: [string] = [''];
  escapeToBuffer(typed.slice(0, longestShown), escaped);
  // A function, so that no "$&" or "$1" in what was typed means anything to replace().
  return shell.replace(builtValue, () => `value="${escaped[0]}"`);
}

/**
 * The answers a page reads as soon as its code runs, as a `Link` header value: the browser fetches
 * them while it downloads and starts the app, instead of after (a deep link to a number waited for
 * its record behind all of the code). Only a number in canonical E.164 gets its record asked for
 * early: any other address is the page's to correct or refuse, and is never sent to a source.
 */
export function earlyAnswers(pathname: string): string {
  const paths: string[] = [apiPaths.appConfig];
  if (shellFor(pathname) === 'number') {
    const typed = typedNumber(pathname);
    if (isE164(typed)) paths.push(apiPaths.number(typed));
  }
  return paths.map((apiPath) => `<${apiPath}>; rel=preload; as=fetch; crossorigin`).join(', ');
}
