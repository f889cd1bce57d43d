/*
 * Where a process spent its CPU time, from a V8 .cpuprofile (node --cpu-prof, or
 * `npm run bench:load -- --profile`): the top functions by self time, self time by package or
 * file, and the inclusive time of any function named with --match.
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
