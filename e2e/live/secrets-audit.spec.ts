import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { control, expect, leaksIn, test } from './fixtures.ts';
import { browserTrafficDir, serverLogFile } from './stack-config.ts';

/*
 * Runs after every live journey (project 'live-audit' depends on 'live'): the stack's secrets and
 * every token its identity provider issued appear in no file of the build, no line of the
 * server's log and nothing the browser received during the journeys.
 */

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));

/** A file's text; compressed copies (.gz, .br) are read uncompressed too. */
function textsOf(file: string): string[] {
  const bytes = readFileSync(file);
  const texts = [bytes.toString('utf8'), bytes.toString('latin1')];
  if (file.endsWith('.gz')) texts.push(gunzipSync(bytes).toString('utf8'));
  if (file.endsWith('.br')) texts.push(brotliDecompressSync(bytes).toString('utf8'));
  return texts;
}

test('no secret or token in the build, the server log, or anything the browser received', async () => {
  const tokens = await control.issuedTokens();
  // The journeys signed in several times and took several Live Platform tokens.
  expect(tokens.length).toBeGreaterThan(10);

  const leaks: string[] = [];
  const audit = (file: string) => {
    for (const text of textsOf(file)) {
      for (const leak of leaksIn(text, tokens)) leaks.push(`${leak} in ${file}`);
    }
  };

  const dist = filesUnder('dist');
  expect(dist).toContain(path.join('dist', 'index.html'));
  dist.forEach(audit);

  const log = readFileSync(serverLogFile, 'utf8');
  const lines = log.split('\n').filter((line) => line !== '');
  // The log is the real one: JSON lines, with the upstream calls of the journeys.
  expect(lines.length).toBeGreaterThan(50);
  for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
  expect(log).toContain('Live Platform call');
  audit(serverLogFile);

  const traffic = filesUnder(browserTrafficDir);
  expect(traffic.length).toBeGreaterThanOrEqual(8);
  // What was recorded includes the journeys' answers: the app, the API, sign-in and sign-out.
  const allTraffic = traffic.map((file) => readFileSync(file, 'utf8')).join('\n');
  for (const seen of ['/auth/callback', '/auth/logout', '/api/v2/oc/numbers/', '/api/me']) {
    expect(allTraffic).toContain(seen);
  }
  traffic.forEach(audit);

  expect(leaks).toEqual([]);
});
