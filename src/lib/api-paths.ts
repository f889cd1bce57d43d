/*
 * The addresses of the answers a page reads first (the app config; a number's record), in one
 * place: the app fetches them, and the server tells the browser to fetch them early
 * (server/page-shells.ts), so both must spell each the same way, byte for byte, or the early
 * answer goes unused.
 */
export const apiPaths = {
  appConfig: '/api/app-config',
  number: (e164: string) => `/api/v2/oc/numbers/${encodeURIComponent(e164)}`,
} as const;
