/*
 * The number endpoint under load for `npm run bench` (issue 9): requests per second and latency
 * percentiles at a fixed 10 connections for a few seconds. Each server runs in its own process,
 * started by scripts/bench-load-server.ts as `npm run bench:load` starts it (the app composed as
 * `npm start` composes it, request log on), so the load generator here does not share its event
 * loop. `npm run bench:load` is the long form: the best rate over many connection counts, held.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import type { ParentMessage, ServerMessage } from './bench-load-server.ts';

type Role = 'upstream' | 'demo';

/** Starts one server process; resolves with what to load and how to stop it. */
async function startServer(role: Role) {
  const child = fork(path.join(import.meta.dirname, 'bench-load-server.ts'), [role], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<Extract<ServerMessage, { type: 'ready' }>>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${role} server exited (${String(code)})`)));
    child.on('message', (message: ServerMessage) => {
      if (message.type === 'ready') resolve(message);
    });
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) {
        resolve();
        return;
      }
      child.once('exit', () => resolve());
      child.send({ type: 'stop' } satisfies ParentMessage);
    });
  return { url: ready.url, headers: ready.headers, stop };
}

const percentile = (sorted: Float64Array, q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** Closed-loop load; latencies are exact per-answer times (autocannon's own are whole ms). */
async function load(
  target: { url: string; headers: Record<string, string> },
  connections: number,
  seconds: number,
) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { ...target, connections, duration: seconds, timeout: 10 },
      (error: unknown, done) => {
        if (error) reject(error instanceof Error ? error : new Error('autocannon failed'));
        else resolve(done);
      },
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  });
  const sorted = Float64Array.from(latencies).sort();
  const ms = (q: number) => Number(percentile(sorted, q).toFixed(2));
  return {
    connections,
    seconds: Number(result.duration.toFixed(2)),
    requests: result['2xx'],
    requestsPerSecond: Math.round(result['2xx'] / result.duration),
    errors: result.errors + result.timeouts + result.non2xx,
    latencyMs: { p50: ms(0.5), p99: ms(0.99), max: ms(1) },
  };
}
export type LoadFigures = Awaited<ReturnType<typeof load>> & { url: string };

/**
 * The app in demo mode and, as its floor, the fake Live Platform answering the same lookup
 * directly (what `npm run bench:load` calls its floor): one after the other, never at once, each
 * warmed for a second first (JIT, connections).
 */
export async function serverLoad(seconds: number, connections = 10) {
  const measure = async (role: Role): Promise<LoadFigures> => {
    const server = await startServer(role);
    try {
      await load(server, connections, 1);
      const figures = await load(server, connections, seconds);
      if (figures.errors > 0) {
        throw new Error(`${role}: ${String(figures.errors)} errors under load (${server.url})`);
      }
      return { ...figures, url: new URL(server.url).pathname };
    } finally {
      await server.stop();
    }
  };
  const demo = await measure('demo');
  const floor = await measure('upstream');
  return { demo, floor };
}
