/*
 * CPU time of this process and every process it started (Chromium's browser, renderers, GPU and
 * network service), read from Linux's /proc: for benchmarks, to tell where a machine's cores
 * went during a measured stretch. Elsewhere (no /proc) it reads nothing and says so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** CPU seconds by process, keyed by pid, with a short name that says what the process is. */
export type CpuSnapshot = Map<number, { name: string; seconds: number }>;

// Linux counts CPU time in clock ticks; 100 a second on every mainstream kernel configuration.
const ticksPerSecond = 100;

type Stat = { pid: number; ppid: number; seconds: number };

function readStat(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: fields after its last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const user = Number(fields[11]);
    const system = Number(fields[12]);
    return { pid, ppid: Number(fields[1]), seconds: (user + system) / ticksPerSecond };
  } catch {
    return null; // gone between listing and reading
  }
}

function describe(pid: number): string {
  try {
    const args = readFileSync(`/proc/${String(pid)}/cmdline`, 'utf8').split(/[\0 ]/);
    const type = args.find((arg) => arg.startsWith('--type='))?.slice('--type='.length);
    const subType = args
      .find((arg) => arg.startsWith('--utility-sub-type='))
      ?.slice('--utility-sub-type='.length);
    if (args[0]?.includes('chromium')) return `chromium ${subType ?? type ?? 'browser'}`;
    if (pid === process.pid) return 'node (this script)';
    // node <script> <role>: the script's name and its first argument.
    const script = args.findIndex((arg, index) => index > 0 && !arg.startsWith('-'));
    const program = args[0]?.split('/').at(-1) ?? 'process';
    if (script < 0) return program;
    return [program, args[script]?.split('/').at(-1), args[script + 1]].filter(Boolean).join(' ');
  } catch {
    return 'process';
  }
}

/** This process and its descendants, now. */
export function cpuSnapshot(): CpuSnapshot {
  const snapshot: CpuSnapshot = new Map();
  if (!existsSync('/proc/self/stat')) return snapshot;
  const stats = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => readStat(Number(entry)))
    .filter((stat) => stat !== null);
  const children = new Map<number, Stat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const ours = [process.pid];
  for (let index = 0; index < ours.length; index++) {
    for (const child of children.get(ours[index] ?? -1) ?? []) ours.push(child.pid);
  }
  const byPid = new Map(stats.map((stat) => [stat.pid, stat]));
  for (const pid of ours) {
    const stat = byPid.get(pid);
    if (stat) snapshot.set(pid, { name: describe(pid), seconds: stat.seconds });
  }
  return snapshot;
}

/** CPU seconds spent between two snapshots, by kind of process, most first. */
export function cpuSpent(before: CpuSnapshot, after: CpuSnapshot): [string, number][] {
  const byName = new Map<string, number>();
  for (const [pid, { name, seconds }] of after) {
    const spent = seconds - (before.get(pid)?.seconds ?? 0);
    byName.set(name, (byName.get(name) ?? 0) + spent);
  }
  return [...byName].filter(([, seconds]) => seconds > 0).sort((a, b) => b[1] - a[1]);
}
