/*
 * Which paths are the browser app's pages and which are files of the build: one rule for the
 * static files (which page or file to answer) and the session guard (which paths anyone may
 * fetch), so the two can never disagree about a path such as /numbers/020.7499.6300.
 */

// Paths the browser app routes itself: the start page, a number's page (a number may hold dots:
// /numbers/020.7499.6300), a tenant's page (any text: the page itself says what is wrong) and the
// batch page.
const appRoutePattern = /^\/((numbers|tenants)\/[^/]+\/?|batch\/?)?$/;

export const isAppRoute = (pathname: string) =>
  appRoutePattern.test(pathname) || pathname === '/index.html';

/** A file of the build (it has an extension), not a page of the app. */
export const isBuildFile = (pathname: string) =>
  !isAppRoute(pathname) && /\.[a-z0-9]+$/i.test(pathname);
