import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadEnvFile } from './env-file.ts';
import { parseSettings } from './settings.ts';

let root: string;
const names = ['OC_TEST_FROM_FILE', 'OC_TEST_BOTH'];

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'env-file-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  for (const name of names) Reflect.deleteProperty(process.env, name);
});

describe('loadEnvFile', () => {
  it('reads .env beside package.json, the environment winning', () => {
    writeFileSync(path.join(root, '.env'), 'OC_TEST_FROM_FILE=file\nOC_TEST_BOTH=file\n');
    process.env.OC_TEST_BOTH = 'environment';
    expect(loadEnvFile(root, {})).toBe('.env and the environment (the environment wins)');
    expect(process.env.OC_TEST_FROM_FILE).toBe('file');
    expect(process.env.OC_TEST_BOTH).toBe('environment');
  });

  it('says when there is no .env', () => {
    expect(loadEnvFile(root, {})).toBe('the environment only (no .env file)');
  });

  it('reads the file ENV_FILE names, and none with ENV_FILE=none', () => {
    writeFileSync(path.join(root, 'live.env'), 'OC_TEST_FROM_FILE=named\n');
    writeFileSync(path.join(root, '.env'), 'OC_TEST_BOTH=default\n');
    expect(loadEnvFile(root, { ENV_FILE: 'none' })).toMatch(/ENV_FILE=none/);
    expect(process.env.OC_TEST_BOTH).toBeUndefined();
    expect(loadEnvFile(root, { ENV_FILE: 'live.env' })).toMatch(/^live\.env and/);
    expect(process.env.OC_TEST_FROM_FILE).toBe('named');
  });

  it('.env.example, copied to .env, is a complete live configuration', () => {
    const example = parseEnv(
      readFileSync(path.join(import.meta.dirname, '../.env.example'), 'utf8'),
    );
    expect(parseSettings(example).live?.baseUrl).toBe('https://lp.example.net/tenantui');
  });

  it('stops when ENV_FILE names a file that is not there', () => {
    expect(() => loadEnvFile(root, { ENV_FILE: 'missing.env' })).toThrow(/does not exist/);
  });
});
