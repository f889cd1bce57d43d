import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseJson, parseJsonInSlices } from './parse-json.ts';

describe('parseJson', () => {
  it('keeps integers beyond 2^53 as the digits sent', () => {
    expect(parseJson('{"ticks": 638123456789012345, "small": 42}')).toEqual({
      ticks: '638123456789012345',
      small: 42,
    });
  });

  it('reads a body without long digit runs as plain JSON, the same values', () => {
    const body = JSON.stringify({ id: 125796, sbcList: Array.from({ length: 1000 }, () => ({})) });
    expect(parseJson(body)).toEqual(JSON.parse(body));
  });

  it('keeps a 16-digit integer that is still safe as a number', () => {
    expect(parseJson('[1234567890123456, 9007199254740993]')).toEqual([
      1234567890123456,
      '9007199254740993',
    ]);
  });
});

/** What a parse gives: its value, or that it refused the text. */
async function outcome(parse: () => unknown) {
  try {
    return { value: await parse() };
  } catch (error) {
    return { refused: error instanceof SyntaxError };
  }
}

async function sameAsParseJson(text: string, sliceChars: number) {
  const sliced = await outcome(() => parseJsonInSlices(text, sliceChars));
  expect(sliced, text).toStrictEqual(await outcome(() => parseJson(text)));
}

describe('parseJsonInSlices', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  // Slices of 8 characters: every container of these small values is "large", and read in parts.
  it('gives the value parseJson gives, for any JSON, however it is spaced', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue(),
        fc.constantFrom(undefined, 1, '\t', ' \n '),
        async (value, space) => sameAsParseJson(JSON.stringify(value, null, space), 8),
      ),
      { numRuns: 300 },
    );
  });

  it('refuses what parseJson refuses, and accepts what it accepts, with a character changed', async () => {
    const edits = fc.constantFrom('', ',', ':', '[', ']', '{', '}', '"', '\\', ' ', '1', 'x');
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue(),
        fc.nat(),
        edits,
        fc.boolean(),
        async (value, at, edit, cut) => {
          const text = JSON.stringify(value);
          const where = at % (text.length + 1);
          const changed = text.slice(0, where) + edit + text.slice(where + (cut ? 1 : 0));
          await sameAsParseJson(changed, 4);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps integers beyond 2^53 and members named __proto__, in large containers too', async () => {
    const text = JSON.stringify({
      list: Array.from({ length: 50 }, (_, index) => ({ index, ticks: 1 })),
      ['__proto__']: { polluted: true },
    }).replace('"ticks":1}', '"ticks":638123456789012345}');
    const value = (await parseJsonInSlices(text, 16)) as Record<string, unknown>;
    expect(value).toStrictEqual(parseJson(text));
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['list', '__proto__']);
    expect((value.list as { ticks: unknown }[])[0]?.ticks).toBe('638123456789012345');
  });

  it('reads 200,000 objects in slices of at most 32 kB, not in one parse', async () => {
    const text = JSON.stringify({ id: 1, sbcList: Array.from({ length: 200_000 }, () => ({})) });
    const parse = vi.spyOn(JSON, 'parse');
    const value = (await parseJsonInSlices(text)) as { sbcList: unknown[] };
    expect(value.sbcList).toHaveLength(200_000);
    const longest = Math.max(...parse.mock.calls.map(([slice]) => slice.length));
    expect(longest).toBeLessThanOrEqual(33 * 1024);
    expect(parse.mock.calls.length).toBeGreaterThan(text.length / (33 * 1024));
  });

  it('reads a large body nested deeper than it slices in one parse, as parseJson would', async () => {
    const depth = 5000;
    const text = `${'['.repeat(depth)}${' '.repeat(100_000)}${']'.repeat(depth)}`;
    await sameAsParseJson(text, 32 * 1024);
  });
});
