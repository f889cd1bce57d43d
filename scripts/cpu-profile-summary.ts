/*
 * Where a process spent its CPU time, from a V8 .cpuprofile (node --cpu-prof, or
 * `npm run bench:load -- --profile`): the top functions by self time, self time by package or
 * file, self time by area of this server (each sample goes to the nearest frame, from the leaf up,
 * that belongs to an area), and the inclusive time of any function named with --match.
 * Usage: node scripts/cpu-profile-summary.ts <file.cpuprofile> [--top 25] [--match name,name…]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, match: { type: 'string', default: '' } },
});
const file = positionals[0];
if (!file)
  throw new Error('usage: cpu-profile-summary.ts <file.cpuprofile> [--top N] [--match a,b]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;

// Time per sample is the delta to the next sample; each sample's time is its node's self time.
const selfMicros = new Map<number, number>();
profile.samples.forEach((id, index) => {
  const delta = profile.timeDeltas[index + 1] ?? 0;
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + delta);
});
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes)
  for (const child of node.children ?? []) parent.set(child, node.id);
const total = [...selfMicros.values()].reduce((sum, value) => sum + value, 0);
const idle = [...selfMicros]
  .filter(([id]) => nodes.get(id)?.callFrame.functionName === '(idle)')
  .reduce((sum, [, value]) => sum + value, 0);
// Shares are of busy time: waiting for I/O is not a cost.
const busy = total - idle;

/** Where a frame comes from: a package, a Node internal, a file of this project, or V8. */
function origin({ url }: CallFrame): string {
  if (url === '') return '(V8 / native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  if (url.startsWith('node:')) return url.replace(/^node:internal\/([^/]+).*$/, 'node:$1');
  return url.replace(/^file:\/\/.*?\/(server|scripts|src)\//, '$1/');
}
const label = (frame: CallFrame) =>
  `${frame.functionName || '(anonymous)'} ${origin(frame)}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;

const byFunction = new Map<string, number>();
const byOrigin = new Map<string, number>();
for (const [id, micros] of selfMicros) {
  const frame = nodes.get(id)?.callFrame;
  if (!frame || frame.functionName === '(idle)') continue;
  byFunction.set(label(frame), (byFunction.get(label(frame)) ?? 0) + micros);
  const place = frame.functionName.startsWith('(') ? frame.functionName : origin(frame);
  byOrigin.set(place, (byOrigin.get(place) ?? 0) + micros);
}

/*
 * Areas of a lookup, matched on a frame's URL. A sample belongs to the first area found walking
 * from the sampled frame towards the root, so Node internals (streams, crypto jobs, socket writes)
 * count for whoever called them; samples with no area count by their own origin.
 */
const areas: [string, RegExp][] = [
  [
    'session cookie (jose, WebCrypto)',
    /node_modules\/jose\/|server\/auth\/(session-cookie|require-session)/,
  ],
  [
    'request log (pino)',
    /node_modules\/(pino|sonic-boom|@pinojs|quick-format|fast-redact)|server\/request-log|scripts\/bench-load-server/,
  ],
  [
    'phone number check (libphonenumber-js)',
    /node_modules\/libphonenumber-js|server\/e164|src\/lib\/e164/,
  ],
  ['secure headers (hono)', /hono\/dist\/middleware\/secure-headers|server\/security-headers/],
  ['compress (hono, zlib)', /hono\/dist\/middleware\/compress|node:zlib/],
  [
    'fetch, Request/Response/Headers, web streams (undici)',
    /node:internal\/deps\/undici|wasm:\/\/|node:internal\/webstreams/,
  ],
  ['abort signals and timers', /node:internal\/abort_controller|node:timers|node:internal\/timers/],
  [
    'live source and answer (server/live, upstream-answer, problem)',
    /server\/live\/|server\/upstream-answer|server\/problem/,
  ],
  ['routing and context (hono)', /node_modules\/hono\//],
  // Sockets and streams have no area of their own: they count for the server or the fetch above.
  ['HTTP server (node:http, @hono/node-server)', /@hono\/node-server|node:_http_/],
];
const areaOf = (id: number): string | undefined => {
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const url = nodes.get(at)?.callFrame.url ?? '';
    const area = areas.find(([, pattern]) => pattern.test(url));
    if (area) return area[0];
  }
  return undefined;
};
const byArea = new Map<string, number>();
for (const [id, micros] of selfMicros) {
  const frame = nodes.get(id)?.callFrame;
  if (!frame || frame.functionName === '(idle)') continue;
  const area =
    areaOf(id) ??
    (frame.functionName.startsWith('(') ? frame.functionName : `other: ${origin(frame)}`);
  byArea.set(area, (byArea.get(area) ?? 0) + micros);
}

const share = (micros: number) => `${((100 * micros) / busy).toFixed(1).padStart(5)}%`;
const top = Number(values.top);
const print = (title: string, entries: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [name, micros] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${share(micros)}  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${name}`);
  }
};

console.log(
  `${file}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy ` +
    '(shares below are of busy time, GC and V8 included)',
);
print('Self time by function', byFunction);
print('Self time by package or file', byOrigin);
print('Self time by area (nearest frame with an area, leaf first)', byArea);

// Inclusive time of named functions: a sample counts once for a name however deep it recurses.
const names = values.match.split(',').filter(Boolean);
if (names.length > 0) {
  const inclusive = new Map<string, number>(names.map((name) => [name, 0]));
  for (const [id, micros] of selfMicros) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = nodes.get(at)?.callFrame.functionName ?? '';
      if (inclusive.has(name) && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
      }
    }
  }
  print('Inclusive time of matched functions', inclusive);
}
