/** What the build's plugins read of a chunk to follow its static imports. */
export type ChunkImports = { fileName: string; imports: readonly string[] };

/**
 * The chunks that loading `roots` loads: themselves and every chunk they import statically,
 * transitively, in the order first reached.
 */
export function chunksLoaded(
  chunks: readonly ChunkImports[],
  roots: Iterable<string>,
): Set<string> {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const reached = new Set<string>();
  const add = (file: string) => {
    if (reached.has(file)) return;
    const chunk = byFile.get(file);
    if (!chunk) throw new Error(`no chunk ${file} in the build`);
    reached.add(file);
    chunk.imports.forEach(add);
  };
  for (const root of roots) add(root);
  return reached;
}
