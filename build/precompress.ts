/*
 * The build's compression: .br and .gz written beside every text asset, so the server sends the
 * smallest form without compressing on each request (docs/decisions/004-server-and-static-files.md).
 * One definition of the levels, used by the build (vite.config.ts) and by what measures the build
 * (scripts/bench.ts), so a size reported is a size served.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const gzipOptions = { level: 9 };
const brotliOptions = { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } };
const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Bytes on the wire for a file the build precompressed. */
export const gzipSize = (content: Buffer) => gzipSync(content, gzipOptions).byteLength;
export const brotliSize = (content: Buffer) =>
  brotliCompressSync(content, brotliOptions).byteLength;

const compressible = /\.(js|css|html|svg|json|txt|webmanifest)$/;

/** Writes the .br and .gz of every compressible file under dir. */
export async function precompressDir(dir: string) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const textFiles = entries.filter((entry) => entry.isFile() && compressible.test(entry.name));
  await Promise.all(
    textFiles.map(async (entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const content = await readFile(file);
      await writeFile(`${file}.br`, await brotliAsync(content, brotliOptions));
      await writeFile(`${file}.gz`, await gzipAsync(content, gzipOptions));
    }),
  );
}

/** Vite plugin: precompresses the build's output once it is written. */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'oc-lookup:precompress',
    apply: 'build',
    configResolved: (config) => {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: () => precompressDir(outDir),
  };
}
