import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export const fakeDist = {
  indexHtml:
    '<!doctype html><html><head><title>OC Lookup</title></head><body><div id="root"></div></body></html>',
  appJs: `console.log(${JSON.stringify('OC Lookup '.repeat(20))});\n`,
  svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 3 2"><rect width="3" height="2"/></svg>',
  immutable: 'public, max-age=31536000, immutable',
};

/** A small production build in a temp folder: index.html, a hashed asset (+ .br, .gz, .map), SVGs. */
export function makeFakeDist(): { distDir: string; remove: () => void } {
  const distDir = mkdtempSync(path.join(tmpdir(), 'oc-lookup-dist-'));
  mkdirSync(path.join(distDir, 'assets'));
  mkdirSync(path.join(distDir, 'flags'));
  writeFileSync(path.join(distDir, 'index.html'), fakeDist.indexHtml);
  const js = path.join(distDir, 'assets', 'app-abc123.js');
  writeFileSync(js, fakeDist.appJs);
  writeFileSync(`${js}.br`, brotliCompressSync(fakeDist.appJs));
  writeFileSync(`${js}.gz`, gzipSync(fakeDist.appJs));
  writeFileSync(`${js}.map`, '{"version":3,"sources":["src/main.tsx"],"mappings":""}');
  writeFileSync(path.join(distDir, 'favicon.svg'), fakeDist.svg);
  writeFileSync(path.join(distDir, 'flags', 'GB.svg'), fakeDist.svg);
  return { distDir, remove: () => rmSync(distDir, { recursive: true, force: true }) };
}
