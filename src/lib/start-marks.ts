/**
 * The marks src/main.tsx sets in the page's performance timeline as the app starts: each shows in
 * the Performance panel of the browser's developer tools, and `npm run bench` reads them to time
 * the start with no developer tools attached (scripts/bench-devtools.ts). A mark costs
 * microseconds.
 */
export const startMarks = {
  shellPainted: 'oc-lookup: shell painted',
  reactDom: 'oc-lookup: React DOM evaluated',
  phoneMetadata: 'oc-lookup: phone metadata evaluated',
  providers: 'oc-lookup: providers evaluated',
  appStarted: 'oc-lookup: app started',
} as const;
