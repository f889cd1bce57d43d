/*
 * Load benchmark: the highest rate each target serves with zero errors, held, on loopback.
 * Targets, in one run: the fake Live Platform called directly (the floor), the real app in demo
 * mode, and the real app in live mode in front of that fake (session cookie checked, token cached,
 * upstream call, request log on). Each server runs in its own child process
 * (scripts/bench-load-server.ts); autocannon runs in this one.
 *
 * Usage: npm run bench:load [-- --quick] [--hold 60] [--probe 3] [--targets direct,demo,live]
 *        [--profile] [--out bench/load-results.json]
 * Writes the figures as JSON and prints a Markdown table.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import * as prettier from 'prettier';
import type { ParentMessage, ServerMessage, UpstreamInfo } from './bench-load-server.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    hold: { type: 'string' },
    probe: { type: 'string' },
    targets: { type: 'string', default: 'direct,demo,live' },
    profile: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(root, 'bench', 'load-results.json') },
  },
});
const holdSeconds = Number(args.hold ?? (args.quick ? 5 : 60));
const probeSeconds = Number(args.probe ?? (args.quick ? 1.5 : 3));
const warmSeconds = args.quick ? 1 : 2;
// Closed-loop concurrency steps of the search (1 is the unloaded latency probe).
const connectionSteps = [2, 4, 8, 16, 32, 64, 128, 256];

const targetNames = ['direct', 'demo', 'live'] as const;
type TargetName = (typeof targetNames)[number];
const targetLabels: Record<TargetName, string> = {
  direct: 'Fake Live Platform, direct (floor)',
  demo: 'App, demo mode',
  live: 'App, live mode (via fake Live Platform)',
};
const chosen = args.targets.split(',').map((name) => {
  const target = targetNames.find((candidate) => candidate === name.trim());
  if (!target) throw new Error(`unknown target ${name}; use ${targetNames.join(',')}`);
  return target;
});

// --- server processes --------------------------------------------------------------------

type Stats = Extract<ServerMessage, { type: 'stats' }>;
type ServerProcess = {
  child: ChildProcess;
  url: string;
  headers: Record<string, string>;
  upstream?: UpstreamInfo;
  stats(gc: boolean): Promise<Stats>;
  stop(): Promise<void>;
};

const running = new Set<ChildProcess>();
const profileDir = path.join(root, 'bench', 'profiles');

async function startServer(role: 'upstream' | TargetName, upstream?: UpstreamInfo) {
  const execArgv = ['--expose-gc'];
  if (args.profile && role !== 'upstream') {
    mkdirSync(profileDir, { recursive: true });
    execArgv.push(
      '--cpu-prof',
      `--cpu-prof-dir=${profileDir}`,
      `--cpu-prof-name=${role}.cpuprofile`,
    );
  }
  const child = fork(path.join(root, 'scripts', 'bench-load-server.ts'), [role], {
    execArgv,
    env: { ...process.env, BENCH_UPSTREAM: JSON.stringify(upstream ?? null) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const ready = await new Promise<Extract<ServerMessage, { type: 'ready' }>>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${role} server exited (${String(code)})`)));
    child.on('message', (message: ServerMessage) => {
      if (message.type === 'ready') resolve(message);
    });
  });
  // One question at a time, so each answer belongs to its question.
  let queue: Promise<unknown> = Promise.resolve();
  const ask = (gc: boolean) =>
    new Promise<Stats>((resolve) => {
      const onMessage = (message: ServerMessage) => {
        if (message.type !== 'stats') return;
        child.off('message', onMessage);
        resolve(message);
      };
      child.on('message', onMessage);
      child.send({ type: 'stats', gc } satisfies ParentMessage);
    });
  const server: ServerProcess = {
    child,
    ...ready,
    stats(gc) {
      const answer = queue.then(() => ask(gc));
      queue = answer.catch(() => undefined);
      return answer;
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => resolve());
        child.send({ type: 'stop' } satisfies ParentMessage);
      }),
  };
  return server;
}

// --- load ------------------------------------------------------------------------------------

type Probe = {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  /** Exact, from every 2xx answer's time (autocannon's own histogram is in whole ms). */
  latencyMs: { p50: number; p90: number; p99: number; p999: number; max: number };
  /** Share of one core this process (the load generator) used. */
  loadGeneratorCpu: number;
};

/** Latencies of 2xx answers, kept in a growable Float64Array (no per-sample allocation). */
class Latencies {
  private values = new Float64Array(1 << 16);
  private count = 0;
  push(value: number) {
    if (this.count === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.count++] = value;
  }
  percentiles() {
    const sorted = this.values.subarray(0, this.count).sort();
    const at = (q: number) =>
      round(sorted[Math.min(this.count - 1, Math.floor(q * this.count))] ?? NaN, 3);
    return { p50: at(0.5), p90: at(0.9), p99: at(0.99), p999: at(0.999), max: at(1) };
  }
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));
const cpuSeconds = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1e6;

async function load(
  server: ServerProcess,
  connections: number,
  seconds: number,
  during?: () => Promise<void>,
): Promise<Probe> {
  const latencies = new Latencies();
  const cpuBefore = process.cpuUsage();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: server.url, headers: server.headers, connections, duration: seconds, timeout: 10 },
      (error: unknown, done) => {
        if (error) reject(error instanceof Error ? error : new Error('autocannon failed'));
        else resolve(done);
      },
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
    });
    if (during) {
      const timer = setInterval(() => void during(), 5000);
      instance.on('done', () => clearInterval(timer));
    }
  });
  const cpu = cpuSeconds(process.cpuUsage(cpuBefore));
  return {
    connections,
    seconds: round(result.duration, 2),
    requests: result['2xx'],
    rps: Math.round(result['2xx'] / result.duration),
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    latencyMs: latencies.percentiles(),
    loadGeneratorCpu: round(cpu / result.duration, 2),
  };
}

const failed = (probe: Probe) => probe.errors + probe.non2xx > 0;
const describe = (probe: Probe) =>
  `${String(probe.connections).padStart(3)} conn  ${String(probe.rps).padStart(6)} req/s  ` +
  `p50 ${probe.latencyMs.p50.toFixed(2)} ms  p99 ${probe.latencyMs.p99.toFixed(2)} ms  ` +
  `errors ${probe.errors + probe.non2xx}  load generator ${Math.round(probe.loadGeneratorCpu * 100)}% of a core`;

/**
 * Closed-loop probes at 2, 4, 8 … connections until throughput stops growing (two steps under
 * +3%) or an error appears; the pick is the fewest connections within 3% of the best error-free
 * throughput (as fast, lower latency).
 */
async function search(server: ServerProcess): Promise<{ probes: Probe[]; pick: Probe }> {
  const probes: Probe[] = [];
  let best: Probe | undefined;
  let flat = 0;
  for (const connections of connectionSteps) {
    const probe = await load(server, connections, probeSeconds);
    probes.push(probe);
    console.log(`  probe ${describe(probe)}`);
    if (failed(probe)) break;
    if (!best || probe.rps > best.rps * 1.03) {
      best = probe;
      flat = 0;
    } else if (++flat >= 2) break;
  }
  const clean = probes.filter((probe) => !failed(probe));
  const top = Math.max(...clean.map((probe) => probe.rps));
  const pick = clean.find((probe) => probe.rps >= top * 0.97);
  if (!pick) throw new Error('no error-free probe: the target fails even at 2 connections');
  return { probes, pick };
}

type Memory = { rssMb: number; heapUsedMb: number; heapTotalMb: number; externalMb: number };
const toMemory = (stats: Stats): Memory => ({
  rssMb: round(stats.memory.rss / 2 ** 20),
  heapUsedMb: round(stats.memory.heapUsed / 2 ** 20),
  heapTotalMb: round(stats.memory.heapTotal / 2 ** 20),
  externalMb: round(stats.memory.external / 2 ** 20),
});

type TargetResult = {
  label: string;
  url: string;
  /** One connection, one request at a time: latency without queueing. */
  unloaded: Probe;
  search: Probe[];
  hold: Probe;
  server: {
    memoryBefore: Memory;
    memoryAfter: Memory;
    /** Highest RSS seen every 5 s during the hold (no GC forced). */
    peakRssMb: number;
    /** RSS every 5 s during the hold (MB, no GC forced): growth that levels off is not a leak. */
    rssDuringHoldMb: number[];
    gcBeforeReading: boolean;
    /** Share of one core the server process used during the hold. */
    cpu: number;
    cpuMicrosecondsPerRequest: number;
    logLinesPerRequest: number;
  };
  /** Live mode only: the fake Live Platform's process during the hold. */
  upstreamCpu?: number;
};

async function measure(name: TargetName, server: ServerProcess, upstream: ServerProcess) {
  console.log(`\n${targetLabels[name]}: ${server.url}`);
  const check = await fetch(server.url, { headers: server.headers });
  await check.arrayBuffer();
  if (check.status !== 200) throw new Error(`${name}: HTTP ${check.status} before the load`);
  // Each request must cost the same all through the run (no cookie renewed on the way).
  if (check.headers.has('set-cookie')) throw new Error(`${name}: the answer sets a cookie`);

  await load(server, 8, warmSeconds); // JIT, connections, caches
  const unloaded = await load(server, 1, probeSeconds);
  console.log(`  unloaded ${describe(unloaded)}`);
  const { probes, pick } = await search(server);

  console.log(`  holding ${pick.connections} connections for ${holdSeconds} s…`);
  const before = await server.stats(true);
  const upstreamBefore = await upstream.stats(false);
  let peakRss = before.memory.rss;
  const rssDuringHold: number[] = [];
  const hold = await load(server, pick.connections, holdSeconds, async () => {
    const { rss } = (await server.stats(false)).memory;
    rssDuringHold.push(round(rss / 2 ** 20));
    peakRss = Math.max(peakRss, rss);
  });
  const upstreamAfter = await upstream.stats(false);
  const after = await server.stats(true);
  peakRss = Math.max(peakRss, after.memory.rss);
  console.log(`  held     ${describe(hold)}`);

  const served = hold.requests + hold.non2xx;
  const serverCpu = cpuSeconds(after.cpu) - cpuSeconds(before.cpu);
  const result: TargetResult = {
    label: targetLabels[name],
    url: server.url,
    unloaded,
    search: probes,
    hold,
    server: {
      memoryBefore: toMemory(before),
      memoryAfter: toMemory(after),
      peakRssMb: round(peakRss / 2 ** 20),
      rssDuringHoldMb: rssDuringHold,
      gcBeforeReading: before.gc,
      cpu: round(serverCpu / hold.seconds, 2),
      cpuMicrosecondsPerRequest: Math.round((serverCpu * 1e6) / served),
      logLinesPerRequest: round((after.logLines - before.logLines) / served, 2),
    },
  };
  if (server !== upstream) {
    result.upstreamCpu = round(
      (cpuSeconds(upstreamAfter.cpu) - cpuSeconds(upstreamBefore.cpu)) / hold.seconds,
      2,
    );
  }
  return result;
}

// --- the run --------------------------------------------------------------------------------

// Bounded in time whatever happens: probes, holds and start-up, with room to spare.
const budgetMs = chosen.length * (holdSeconds + 20 * probeSeconds + 60) * 1000;
const watchdog = setTimeout(() => {
  console.error(`bench:load took longer than ${budgetMs / 1000} s: stopping`);
  for (const child of running) child.kill('SIGKILL');
  process.exit(1);
}, budgetMs);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of running) child.kill('SIGKILL');
    process.exit(130);
  });
}

/**
 * How fast this machine is right now: the time of a fixed integer loop. The CPUs are shared
 * (other work, a hypervisor), and the figures below only compare with runs of similar speed.
 */
function calibrate(): number {
  const started = performance.now();
  let x = 0;
  for (let i = 0; i < 50_000_000; i++) x = (x * 31 + i) | 0;
  if (x === 0.5) console.log(x); // keeps the loop from being optimised away
  return Math.round(performance.now() - started);
}

const startedAt = new Date();
const loadBefore = os.loadavg();
const calibrationBefore = calibrate();
console.log(
  'bench:load: GET /api/v2/oc/numbers/%2B442074996300 on 127.0.0.1; ' +
    `${probeSeconds} s probes, ${holdSeconds} s holds; ${os.cpus().length} CPUs, ` +
    `load average ${loadBefore.map((value) => value.toFixed(2)).join(' ')}`,
);
console.log(
  'The load generator (autocannon, this process) shares the CPUs with the servers (each in its ' +
    'own process) and with anything else running on this machine.',
);

const upstream = await startServer('upstream');
const results: Partial<Record<TargetName, TargetResult>> = {};
try {
  for (const name of chosen) {
    if (name === 'direct') {
      results.direct = await measure(name, upstream, upstream);
      continue;
    }
    const server = await startServer(name, upstream.upstream);
    try {
      results[name] = await measure(name, server, upstream);
    } finally {
      await server.stop();
    }
  }
} finally {
  await upstream.stop();
}
const loadAfter = os.loadavg();
const calibrationAfter = calibrate();

// --- report ---------------------------------------------------------------------------------

const direct = results.direct;
const ratios = Object.fromEntries(
  chosen
    .filter((name) => name !== 'direct')
    .flatMap((name) => {
      const result = results[name];
      if (!direct || !result) return [];
      return [
        [
          name,
          {
            throughput: round(result.hold.rps / direct.hold.rps, 3),
            p99: round(result.hold.latencyMs.p99 / direct.hold.latencyMs.p99, 1),
            unloadedP50: round(result.unloaded.latencyMs.p50 / direct.unloaded.latencyMs.p50, 1),
            cpuPerRequest: round(
              result.server.cpuMicrosecondsPerRequest / direct.server.cpuMicrosecondsPerRequest,
              1,
            ),
          },
        ],
      ];
    }),
) as Partial<Record<TargetName, Record<string, number>>>;

const report = {
  date: startedAt.toISOString(),
  endpoint: 'GET /api/v2/oc/numbers/%2B442074996300',
  node: process.version,
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    loadAverageBefore: loadBefore.map((value) => round(value, 2)),
    loadAverageAfter: loadAfter.map((value) => round(value, 2)),
    /** Milliseconds for a fixed loop of 50 M integer steps (lower is faster; compare runs by it). */
    calibrationLoopMs: { before: calibrationBefore, after: calibrationAfter },
  },
  settings: { holdSeconds, probeSeconds, connectionSteps, quick: args.quick },
  method: [
    'Each server runs in its own Node process on 127.0.0.1; autocannon runs in the parent process.',
    'All processes share the machine’s CPUs with each other and with anything else running.',
    'Search: closed-loop probes at 2, 4, 8 … connections until throughput stops growing or an error',
    'appears; held: the fewest connections within 3% of the best error-free throughput.',
    'Errors are socket errors, timeouts and non-2xx answers. Latencies are exact per-answer times.',
    'Under load p99 grows with connections (queueing): compare latency with the unloaded probe.',
    'Memory is read in the server process over IPC (after a full GC when --expose-gc is on).',
    'Requests carry Accept: application/json and Accept-Encoding: gzip, deflate, br; live mode a',
    'sealed session cookie; direct calls a bearer token from the mock Entra ID.',
  ],
  targets: results,
  ratiosToDirect: ratios,
};
mkdirSync(path.dirname(args.out), { recursive: true });
// Formatted as the repository's format check wants it, so a committed result passes the gate.
const prettierOptions = (await prettier.resolveConfig(args.out)) ?? {};
writeFileSync(
  args.out,
  await prettier.format(JSON.stringify(report), { ...prettierOptions, parser: 'json' }),
);

const mb = (before: Memory, after: Memory, key: keyof Memory) => `${before[key]} → ${after[key]}`;
const rows = chosen.flatMap((name) => {
  const result = results[name];
  if (!result) return [];
  const ratio = ratios[name];
  return [
    `| ${result.label} | ${result.hold.connections} | ${result.hold.seconds} | ${result.hold.rps} | ` +
      `${result.hold.latencyMs.p50} | ${result.hold.latencyMs.p99} | ` +
      `${result.hold.errors + result.hold.non2xx} | ` +
      `${mb(result.server.memoryBefore, result.server.memoryAfter, 'rssMb')} | ` +
      `${mb(result.server.memoryBefore, result.server.memoryAfter, 'heapUsedMb')} | ` +
      `${Math.round(result.server.cpu * 100)}% | ${result.server.cpuMicrosecondsPerRequest} | ` +
      `${ratio ? `${ratio.throughput}× / ${ratio.p99}×` : name === 'direct' ? '1 / 1' : '—'} |`,
  ];
});
const unloadedRows = chosen.flatMap((name) => {
  const result = results[name];
  if (!result) return [];
  const ratio = ratios[name];
  return [
    `| ${result.label} | ${result.unloaded.rps} | ${result.unloaded.latencyMs.p50} | ` +
      `${result.unloaded.latencyMs.p99} | ${ratio ? `${ratio.unloadedP50}×` : name === 'direct' ? '1' : '—'} |`,
  ];
});
console.log(`
Held for ${holdSeconds} s each, ${startedAt.toISOString().slice(0, 10)}, Node ${process.version}, \
${os.cpus().length} CPUs shared by the load generator, the servers and other work \
(load average ${loadBefore[0]?.toFixed(2)} before, ${loadAfter[0]?.toFixed(2)} after; a fixed \
50 M-step loop took ${calibrationBefore} ms before and ${calibrationAfter} ms after).

| Target | Connections | Held (s) | req/s | p50 (ms) | p99 (ms) | Errors | RSS (MB) before → after | Heap used (MB) before → after | Server CPU | CPU µs/request | vs direct: req/s / p99 |
| --- | --: | --: | --: | --: | --: | --: | --- | --- | --: | --: | --- |
${rows.join('\n')}

Each target is held at its own best number of connections, and p99 under load grows with \
connections (queueing), so compare latency without load here, one request at a time \
(1 connection, ${probeSeconds} s):

| Target | req/s | p50 (ms) | p99 (ms) | p50 vs direct |
| --- | --: | --: | --: | --: |
${unloadedRows.join('\n')}

Figures: ${path.relative(root, args.out)}`);
