import { describe, expect, it } from 'vitest';
import { parseJson } from './api-client.ts';
import { prettyJson } from './pretty-json.ts';

describe('prettyJson', () => {
  it('re-indents and keeps every digit of large integers', () => {
    expect(prettyJson('{"asticks":638491234567890123,"x":1.50}')).toBe(
      '{\n  "asticks": 638491234567890123,\n  "x": 1.50\n}',
    );
  });

  it('keeps a __proto__ key', () => {
    expect(prettyJson('{"__proto__":{"a":1}}')).toContain('"__proto__"');
  });

  it('returns what is not JSON, or too deep to re-serialise, as received', () => {
    expect(prettyJson('{"a": [')).toBe('{"a": [');
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    expect(prettyJson(deep)).toBe(deep);
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
