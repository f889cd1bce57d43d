import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { defaultRelatedSettings, readSettings } from './settings.ts';

class ExitCalled extends Error {
  readonly code: string | number | null | undefined;
  constructor(code: string | number | null | undefined) {
    super(`process.exit(${String(code)})`);
    this.code = code;
  }
}

let exit: MockInstance<typeof process.exit>;
let consoleError: MockInstance<typeof console.error>;

beforeEach(() => {
  exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new ExitCalled(code);
  });
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const printed = () => consoleError.mock.calls.map((args) => args.map(String).join(' ')).join('\n');

describe('readSettings', () => {
  it('defaults to 127.0.0.1:8080', () => {
    expect(readSettings({})).toStrictEqual({
      port: 8080,
      host: '127.0.0.1',
      related: defaultRelatedSettings,
      live: null,
    });
    expect(exit).not.toHaveBeenCalled();
  });

  it('reads PORT and HOST', () => {
    expect(readSettings({ PORT: '3000', HOST: '0.0.0.0' })).toStrictEqual({
      port: 3000,
      host: '0.0.0.0',
      related: defaultRelatedSettings,
      live: null,
    });
  });

  it.each([
    ['0', 0],
    ['65535', 65535],
    ['1', 1],
  ])('accepts PORT=%s', (port, expected) => {
    expect(readSettings({ PORT: port }).port).toBe(expected);
  });

  it('ignores other environment variables', () => {
    expect(readSettings({ NODE_ENV: 'production', PATH: '/usr/bin' })).toStrictEqual({
      port: 8080,
      host: '127.0.0.1',
      related: defaultRelatedSettings,
      live: null,
    });
  });

  it('reads process.env when given nothing', () => {
    vi.stubEnv('PORT', '4321');
    vi.stubEnv('HOST', 'localhost');
    try {
      expect(readSettings()).toStrictEqual({
        port: 4321,
        host: 'localhost',
        related: defaultRelatedSettings,
        live: null,
      });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it.each(['abc', '70000', '65536', '-1', '80.5'])(
    'exits with 1 and names the problem for PORT=%s',
    (port) => {
      expect(() => readSettings({ PORT: port })).toThrow(ExitCalled);
      expect(exit).toHaveBeenCalledOnce();
      expect(exit).toHaveBeenCalledWith(1);
      expect(printed()).toMatch(/^Invalid setting PORT: \S/);
    },
  );

  it('exits with 1 for an empty HOST', () => {
    expect(() => readSettings({ HOST: '' })).toThrow(ExitCalled);
    expect(exit).toHaveBeenCalledWith(1);
    expect(printed()).toMatch(/Invalid setting HOST: /);
  });

  it('names every problem before exiting', () => {
    expect(() => readSettings({ PORT: 'abc', HOST: '' })).toThrow(ExitCalled);
    expect(exit).toHaveBeenCalledOnce();
    expect(consoleError).toHaveBeenCalledTimes(3);
    expect(printed()).toMatch(/Invalid setting PORT: /);
    expect(printed()).toMatch(/Invalid setting HOST: /);
    expect(printed()).toMatch(/See \.env\.example/);
  });

  // An empty PORT (common from .env files and CI templates) must not mean port 0, a random one.
  it.each(['', ' '])('does not listen on a random port for PORT=%j', (port) => {
    let settings: ReturnType<typeof readSettings> | undefined;
    try {
      settings = readSettings({ PORT: port });
    } catch (error) {
      if (!(error instanceof ExitCalled)) throw error;
    }
    // Either the default port or a refusal; never port 0.
    expect(settings === undefined ? exit.mock.calls[0]?.[0] : settings.port).toBeOneOf([1, 8080]);
  });
});

describe('readSettings: related reads', () => {
  it('reads RELATED_CACHE_SECONDS and NUMBER_STATUS_PER_MINUTE', () => {
    expect(
      readSettings({ RELATED_CACHE_SECONDS: '60', NUMBER_STATUS_PER_MINUTE: '2' }).related,
    ).toStrictEqual({ cacheSeconds: 60, numberStatusPerMinute: 2 });
  });

  it('takes blank values as unset', () => {
    expect(
      readSettings({ RELATED_CACHE_SECONDS: ' ', NUMBER_STATUS_PER_MINUTE: '' }).related,
    ).toStrictEqual(defaultRelatedSettings);
  });

  it('accepts 0 cache seconds (no caching)', () => {
    expect(readSettings({ RELATED_CACHE_SECONDS: '0' }).related.cacheSeconds).toBe(0);
  });

  it.each([
    ['RELATED_CACHE_SECONDS', '-1'],
    ['RELATED_CACHE_SECONDS', '86401'],
    ['RELATED_CACHE_SECONDS', '1.5'],
    ['RELATED_CACHE_SECONDS', 'five'],
    ['NUMBER_STATUS_PER_MINUTE', '0'],
    ['NUMBER_STATUS_PER_MINUTE', '61'],
    ['NUMBER_STATUS_PER_MINUTE', 'many'],
  ])('exits with 1 and names %s=%s', (name, value) => {
    expect(() => readSettings({ [name]: value })).toThrow(ExitCalled);
    expect(exit).toHaveBeenCalledWith(1);
    expect(printed()).toMatch(new RegExp(`^Invalid setting ${name}: \\S`));
  });
});
