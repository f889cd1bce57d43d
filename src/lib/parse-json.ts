import { nextTask } from './next-task.ts';

// Integers beyond 2^53 (.NET ticks, large ids) would lose digits as JS numbers: keep them as the
// digits that were sent (the reviver's context.source, in current engines).
const keepLargeIntegers = (_key: string, value: unknown, context?: { source?: string }) =>
  typeof value === 'number' &&
  !Number.isSafeInteger(value) &&
  context?.source &&
  /^-?\d+$/.test(context.source)
    ? context.source
    : value;

/** A stack overflow, whichever realm the error comes from (tests run the app in jsdom's). */
export const isTooDeep = (error: unknown) =>
  error instanceof Error && /call stack|too much recursion/i.test(error.message);

// Every integer of at most 15 digits is safe: only a body with a run of 16 or more digits can hold
// one that is not. Other bodies skip the reviver, which costs a function call per value (200,000
// SBC objects took most of a second with it, a few milliseconds without).
const mayHoldLargeIntegers = (text: string) => /\d{16}/.test(text);

/** JSON.parse, keeping integers beyond 2^53 as the digits sent. */
export function parseJson(text: string): unknown {
  if (!mayHoldLargeIntegers(text)) return JSON.parse(text);
  try {
    return JSON.parse(text, keepLargeIntegers);
  } catch (error) {
    // The reviver walks the value recursively: a hostile, very deeply nested body overflows the
    // stack there, while the plain parser may cope. Such a body loses only the large-integer care.
    if (isTooDeep(error)) return JSON.parse(text);
    throw error;
  }
}

/*
 * A body of a megabyte may hold 200,000 objects, and one JSON.parse of it held the page for up to
 * 240 ms on these machines, most of it making and collecting the objects. Such a body is parsed
 * in slices instead: one pass over the text finds the large arrays and objects and where their
 * items start; runs of small items are parsed natively, a slice at a time, with a pause for the
 * page whenever a slice of work has taken its time. The value is the one parseJson gives.
 */

/** Containers and runs of items shorter than this are parsed in one JSON.parse. */
const defaultSliceChars = 32 * 1024;
/** Work between two pauses for the page, in ms. */
const workMs = 20;
// Beyond this nesting the text is parsed in one go: no real answer nests so deep, and a hostile
// one is a few large containers, quick to parse natively.
const maxDepth = 1000;

const quote = 0x22;
const backslash = 0x5c;
const openBracket = 0x5b;
const closeBracket = 0x5d;
const openBrace = 0x7b;
const closeBrace = 0x7d;
const comma = 0x2c;
const colonCode = 0x3a;

/** A large array or object: where it opens and closes, and its commas and colons. */
type Container = { open: number; close: number; isArray: boolean; separators: number[] };

/**
 * Parses JSON text as parseJson does, pausing for the page between slices of a large body.
 * (`sliceChars` is for tests, which check the slicing on small texts.)
 */
export async function parseJsonInSlices(
  text: string,
  sliceChars = defaultSliceChars,
): Promise<unknown> {
  const large = text.length > 2 * sliceChars ? findLargeContainers(text, sliceChars) : undefined;
  const root = firstNonSpace(text, 0, text.length);
  const container = large?.get(root);
  // One value and nothing after it; anything else is parseJson's to refuse.
  if (!large || !container || !onlySpace(text, container.close + 1, text.length)) {
    return parseJson(text);
  }
  let since = performance.now();
  const pace = async () => {
    if (performance.now() - since < workMs) return;
    await nextTask();
    since = performance.now();
  };
  return readContainer(text, container, { large, pace, sliceChars });
}

/**
 * One pass over the text: the containers of at least `sliceChars`, by where they open. Undefined
 * when the text is not plain well-formed nesting (unbalanced, an unterminated string, more than one
 * value): parseJson then reads it, and says what is wrong in its own words.
 */
function findLargeContainers(text: string, sliceChars: number): Map<number, Container> | undefined {
  const large = new Map<number, Container>();
  const open: Container[] = [];
  let ended = false;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === quote) {
      const end = endOfString(text, at);
      if (end < 0) return undefined;
      at = end;
    } else if (code === openBracket || code === openBrace) {
      if (ended || open.length >= maxDepth) return undefined;
      open.push({ open: at, close: -1, isArray: code === openBracket, separators: [] });
    } else if (code === closeBracket || code === closeBrace) {
      const container = open.pop();
      if (!container || container.isArray !== (code === closeBracket)) return undefined;
      container.close = at;
      if (at - container.open >= sliceChars) large.set(container.open, container);
      ended = open.length === 0;
    } else if (code === comma || code === colonCode) {
      const container = open.at(-1);
      if (!container) return undefined;
      container.separators.push(at);
    }
  }
  return open.length === 0 ? large : undefined;
}

/** Where the string that opens at `at` closes (its unescaped quote), or -1. */
function endOfString(text: string, at: number): number {
  let end = at;
  for (;;) {
    end = text.indexOf('"', end + 1);
    if (end < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === backslash) backslashes += 1;
    if (backslashes % 2 === 0) return end;
  }
}

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

function firstNonSpace(text: string, from: number, to: number): number {
  let at = from;
  while (at < to && isSpace(text.charCodeAt(at))) at += 1;
  return at;
}

function onlySpace(text: string, from: number, to: number) {
  return firstNonSpace(text, from, to) === to;
}

/** What reading a large container needs: the large containers, the pause, the slice size. */
type Reading = {
  large: Map<number, Container>;
  pace: () => Promise<void>;
  sliceChars: number;
};

/** The item between two separators: a large container read in slices, or text to parse. */
type Item = { from: number; to: number; container: Container | undefined };

function item(text: string, from: number, to: number, large: Map<number, Container>): Item {
  const start = firstNonSpace(text, from, to);
  if (start === to) throw new SyntaxError(`JSON: nothing between separators at ${String(from)}`);
  const container = large.get(start);
  if (container && !onlySpace(text, container.close + 1, to)) {
    throw new SyntaxError(`JSON: unexpected text after position ${String(container.close)}`);
  }
  return { from, to, container };
}

/**
 * Consecutive small items of one container, parsed natively as one `wrap`ped slice once they
 * span `sliceChars` (or when the next item is large, or the container ends).
 */
function runOfItems(
  text: string,
  { pace, sliceChars }: Reading,
  wrap: (slice: string) => string,
  take: (parsed: unknown) => void,
) {
  let from = -1;
  let to = -1;
  const flush = async () => {
    if (from < 0) return;
    take(parseJson(wrap(text.slice(from, to))));
    from = -1;
    await pace();
  };
  return {
    flush,
    async add(item: { from: number; to: number }) {
      if (from < 0) from = item.from;
      to = item.to;
      if (to - from >= sliceChars) await flush();
    },
  };
}

async function readContainer(text: string, container: Container, reading: Reading) {
  return container.isArray
    ? readArray(text, container, reading)
    : readObject(text, container, reading);
}

async function readArray(text: string, array: Container, reading: Reading): Promise<unknown[]> {
  const values: unknown[] = [];
  if (array.separators.length === 0 && onlySpace(text, array.open + 1, array.close)) return values;
  if (array.separators.some((at) => text.charCodeAt(at) !== comma)) {
    throw new SyntaxError('JSON: a colon in an array');
  }
  const bounds = [array.open, ...array.separators, array.close];
  const run = runOfItems(
    text,
    reading,
    (slice) => `[${slice}]`,
    (parsed) => {
      for (const value of parsed as unknown[]) values.push(value);
    },
  );
  for (let index = 0; index + 1 < bounds.length; index += 1) {
    const next = item(text, (bounds[index] ?? 0) + 1, bounds[index + 1] ?? 0, reading.large);
    if (!next.container) {
      await run.add(next);
      continue;
    }
    await run.flush();
    values.push(await readContainer(text, next.container, reading));
  }
  await run.flush();
  return values;
}

async function readObject(
  text: string,
  object: Container,
  reading: Reading,
): Promise<Record<string, unknown>> {
  const members: Record<string, unknown> = {};
  // Defined, not assigned: a member named "__proto__" is a member, as JSON.parse makes it.
  const define = (key: string, value: unknown) =>
    Object.defineProperty(members, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  const { separators } = object;
  if (separators.length === 0 && onlySpace(text, object.open + 1, object.close)) return members;
  // Members are `key: value`, separated by commas: the separators alternate, colon first.
  if (separators.length % 2 === 0) throw new SyntaxError('JSON: a member without a value');
  const run = runOfItems(
    text,
    reading,
    (slice) => `{${slice}}`,
    (parsed) => {
      const batch = parsed as Record<string, unknown>;
      for (const key of Object.keys(batch)) define(key, batch[key]);
    },
  );
  for (let index = 0; index < separators.length; index += 2) {
    const from = index === 0 ? object.open + 1 : (separators[index - 1] ?? 0) + 1;
    const colon = separators[index] ?? 0;
    const to = separators[index + 1] ?? object.close;
    if (
      text.charCodeAt(colon) !== colonCode ||
      (to !== object.close && text.charCodeAt(to) !== comma)
    ) {
      throw new SyntaxError(`JSON: unexpected separator at ${String(colon)}`);
    }
    const value = item(text, colon + 1, to, reading.large);
    if (!value.container) {
      // The member whole, name and value: the run is parsed as an object.
      await run.add({ from, to });
      continue;
    }
    await run.flush();
    const key = JSON.parse(text.slice(from, colon)) as unknown;
    if (typeof key !== 'string') throw new SyntaxError(`JSON: a member name at ${String(from)}`);
    define(key, await readContainer(text, value.container, reading));
  }
  await run.flush();
  return members;
}
