import { describe, expect, it } from 'vitest';
import { parseJson } from './parse-json.ts';
import { maxRowLength, prettyJsonRows } from './pretty-json.ts';

const pretty = (body: string) => prettyJsonRows(body).join('\n');

describe('prettyJsonRows', () => {
  it('re-indents and keeps every digit of large integers', () => {
    expect(pretty('{"asticks":638491234567890123,"x":1.50}')).toBe(
      '{\n  "asticks": 638491234567890123,\n  "x": 1.50\n}',
    );
  });

  it.each([
    ['the vendor example shape', { a: [1, { b: null }], c: {}, d: [], e: 'x' }],
    ['nested empty values', [[], {}, [[]], [{}], { a: { b: {} } }]],
    ['escapes and structural characters in strings', { 'k"{': 'a\\"b,[]:}\n\u0001é' }],
    ['a scalar', 'just a string'],
    ['null', null],
  ])('indents %s as JSON.stringify(value, null, 2) does', (_name, value) => {
    expect(pretty(JSON.stringify(value))).toBe(JSON.stringify(value, null, 2));
    expect(pretty(JSON.stringify(value, null, 4))).toBe(JSON.stringify(value, null, 2));
  });

  it('keeps tokens exactly as sent: number forms, escapes, duplicate and __proto__ keys', () => {
    expect(pretty('{"__proto__":{"a":1e3},"a":"\\u00e9","a":-0.0}')).toBe(
      '{\n  "__proto__": {\n    "a": 1e3\n  },\n  "a": "\\u00e9",\n  "a": -0.0\n}',
    );
  });

  it('cuts a very long line into rows, never inside a surrogate pair', () => {
    const long = `${'x'.repeat(maxRowLength - 1)}😀${'y'.repeat(2500)}`;
    const rows = prettyJsonRows(JSON.stringify({ notes: long }));
    expect(rows.every((row) => row.length <= maxRowLength)).toBe(true);
    expect(rows.slice(1, -1).join('')).toBe(`  "notes": "${long}"`);
    expect(rows.some((row) => row.endsWith('\uD83D'))).toBe(false);
  });

  it('keeps long lines whole when asked for one row per line', () => {
    const body = JSON.stringify({ notes: 'x'.repeat(5000) });
    expect(prettyJsonRows(body, Number.POSITIVE_INFINITY)).toEqual([
      '{',
      `  "notes": "${'x'.repeat(5000)}"`,
      '}',
    ]);
  });

  it('returns what is not JSON, or too deep to re-indent, as received', () => {
    expect(pretty('{"a": [')).toBe('{"a": [');
    expect(pretty('{"a": "x')).toBe('{"a": "x');
    expect(pretty('{"a": 1}}')).toBe('{"a": 1}}');
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    expect(prettyJsonRows(deep).join('')).toBe(deep);
  });

  it('re-indents 200,000 empty objects, one row each', () => {
    const rows = prettyJsonRows(
      JSON.stringify({ sbcList: Array.from({ length: 200_000 }, () => ({})) }),
    );
    expect(rows).toHaveLength(200_004);
    expect(rows.slice(0, 3)).toEqual(['{', '  "sbcList": [', '    {},']);
  });
});

describe('parseJson', () => {
  it('keeps integers beyond 2^53 as their exact digits', () => {
    expect(parseJson('{"asticks":638491234567890123,"id":125796,"f":1.5}')).toEqual({
      asticks: '638491234567890123',
      id: 125796,
      f: 1.5,
    });
  });
});
