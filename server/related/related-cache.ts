import { untilAborted } from '../until-aborted.ts';

/*
 * A cache for Live Platform reads that change rarely (customers, calling profiles, a tenant's
 * lead), in this process's memory:
 *  - a good answer (200) is reused for `ttlMs`;
 *  - concurrent callers of one key share one upstream request (single flight); it is cancelled
 *    only when every one of them has gone away;
 *  - when Live Platform fails (429, any 5xx, or no answer at all), the last good copy, up to
 *    `maxStaleMs` old, is served instead, marked `X-Oc-Lookup-Stale: <reason>`;
 *  - every answer from here says how old it is (`Age`, seconds since Live Platform gave it);
 *  - at most `maxEntries` entries and `maxBytes` of bodies, the least recently used dropped first.
 * Each instance of the server has its own: the server keeps no shared state (decision 019).
 */

export const staleHeader = 'x-oc-lookup-stale';

export type CacheOptions = {
  ttlMs: number;
  maxEntries: number;
  maxBytes: number;
  /** How old a good copy may be and still stand in for a failing Live Platform. */
  maxStaleMs?: number;
  now?: () => number;
};

type Stored = { status: number; headers: [string, string][]; body: Uint8Array };
type Entry = { answer: Stored; fetchedAt: number };
type Outcome =
  | { kind: 'fresh'; entry: Entry }
  | { kind: 'stale'; entry: Entry; reason: string }
  | { kind: 'uncached'; answer: Stored };
type Flight = { outcome: Promise<Outcome>; controller: AbortController; waiters: number };

const day = 24 * 60 * 60 * 1000;

// Worth a stale copy: Live Platform is busy or failing. A 4xx (bad request, no access, not
// found) is an answer about the question, passed on as it is.
const isOutage = (status: number) => status === 429 || status >= 500;

export type RelatedCache = ReturnType<typeof createRelatedCache>;

export function createRelatedCache(options: CacheOptions) {
  const { ttlMs, maxEntries, maxBytes, maxStaleMs = day, now = () => Date.now() } = options;
  const entries = new Map<string, Entry>();
  const flights = new Map<string, Flight>();
  let bytes = 0;

  function remove(key: string) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.answer.body.byteLength;
  }

  function put(key: string, entry: Entry) {
    remove(key);
    entries.set(key, entry);
    bytes += entry.answer.body.byteLength;
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      remove(oldest);
    }
  }

  /** The entry, now the most recently used. */
  function touch(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry) {
      entries.delete(key);
      entries.set(key, entry);
    }
    return entry;
  }

  const lastGood = (key: string) => {
    const entry = touch(key);
    return entry && now() - entry.fetchedAt <= maxStaleMs ? entry : undefined;
  };

  function fly(key: string, load: (signal: AbortSignal) => Promise<Response>): Flight {
    const controller = new AbortController();
    const run = async (): Promise<Outcome> => {
      try {
        const answer = await stored(await load(controller.signal));
        if (answer.status === 200) {
          const entry = { answer, fetchedAt: now() };
          put(key, entry);
          return { kind: 'fresh', entry };
        }
        const stale = isOutage(answer.status) ? lastGood(key) : undefined;
        return stale
          ? { kind: 'stale', entry: stale, reason: reasonOf(answer) }
          : { kind: 'uncached', answer };
      } catch (error) {
        const stale = controller.signal.aborted ? undefined : lastGood(key);
        if (!stale) throw error;
        return { kind: 'stale', entry: stale, reason: 'Live Platform could not be reached' };
      } finally {
        if (flights.get(key) === flight) flights.delete(key);
      }
    };
    const flight: Flight = { controller, waiters: 0, outcome: Promise.resolve().then(run) };
    // Nobody may be waiting when it fails (all went away): that is not an unhandled rejection.
    flight.outcome.catch(() => undefined);
    flights.set(key, flight);
    return flight;
  }

  return {
    /**
     * The answer for `key`: a fresh copy, or what `load` gets from Live Platform (shared with
     * every concurrent caller of the key), or the last good copy when that fails.
     */
    async get(
      key: string,
      load: (signal: AbortSignal) => Promise<Response>,
      signal: AbortSignal,
    ): Promise<Response> {
      const cached = touch(key);
      if (cached && now() - cached.fetchedAt < ttlMs) return respond(cached, now());
      const flight = flights.get(key) ?? fly(key, load);
      flight.waiters++;
      let outcome: Outcome;
      try {
        outcome = await untilAborted(flight.outcome, signal);
      } finally {
        flight.waiters--;
        // The last caller went away before the answer came: nobody wants it any more.
        if (flight.waiters === 0 && signal.aborted && flights.get(key) === flight) {
          flights.delete(key);
          flight.controller.abort(signal.reason);
        }
      }
      if (outcome.kind === 'uncached') return fromStored(outcome.answer, {});
      const answer = respond(outcome.entry, now());
      if (outcome.kind === 'stale') answer.headers.set(staleHeader, outcome.reason);
      return answer;
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}

async function stored(answer: Response): Promise<Stored> {
  return {
    status: answer.status,
    headers: [...answer.headers],
    body: new Uint8Array(await answer.arrayBuffer()),
  };
}

const fromStored = ({ status, headers, body }: Stored, extra: Record<string, string>) => {
  const answer = new Response(Buffer.from(body), { status, headers });
  for (const [name, value] of Object.entries(extra)) answer.headers.set(name, value);
  return answer;
};

const respond = (entry: Entry, at: number) =>
  fromStored(entry.answer, {
    age: String(Math.max(0, Math.floor((at - entry.fetchedAt) / 1000))),
  });

/**
 * Why the copy is stale, for the header: the status and our problem's title ("504 Live Platform
 * did not answer in time"), printable ASCII only (a header value), 120 characters at most.
 */
function reasonOf(answer: Stored): string {
  let title = '';
  try {
    const parsed = JSON.parse(new TextDecoder().decode(answer.body)) as { title?: unknown };
    if (typeof parsed.title === 'string') title = parsed.title;
  } catch {
    // not JSON: the status alone says enough
  }
  const ascii = `${answer.status} ${title}`
    .replace(/[’‘]/g, "'")
    .replace(/[^\x20-\x7e]/g, '')
    .trim();
  return ascii.slice(0, 120);
}
