import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RemoveScroll as realRemoveScroll } from 'react-remove-scroll';
import { describe, expect, it } from 'vitest';
import { RemoveScroll } from '../src/lib/remove-scroll-class-names.ts';
import { mantineImportShims } from './mantine-import-shims.ts';

const modules = ['core', 'hooks'].flatMap((mantinePackage) => {
  const esm = path.resolve(import.meta.dirname, `../node_modules/@mantine/${mantinePackage}/esm`);
  return (readdirSync(esm, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.mjs'))
    .map((file) => path.join(esm, file));
});

/** The names a module imports from a package: `import { a, b as c } from "package"`. */
function importedNames(file: string, source: string) {
  const text = readFileSync(file, 'utf8');
  const pattern = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*["']${source}["']`, 'g');
  return [...text.matchAll(pattern)].flatMap((match) =>
    (match[1] ?? '').split(',').map((name) => name.trim().split(/\s+as\s+/)[0] ?? ''),
  );
}

describe.each(mantineImportShims)('the shim of $source', (shim) => {
  const importers = modules.filter((file) => shim.importer.test(file));

  it('finds the Mantine modules it is for, and each imports that package', () => {
    // A Mantine upgrade that moves or renames them would otherwise end the shim silently.
    expect(importers.length).toBeGreaterThan(0);
    for (const file of importers) expect(importedNames(file, shim.source)).not.toEqual([]);
  });

  it('exports every name those modules take from the package', async () => {
    const replacement = (await import(shim.replacement)) as Record<string, unknown>;
    for (const file of importers) {
      for (const name of importedNames(file, shim.source)) {
        expect(replacement, `${path.basename(file)} takes ${name}`).toHaveProperty(name);
      }
    }
  });
});

describe('remove-scroll-class-names', () => {
  it("gives react-remove-scroll's own class names", () => {
    expect(RemoveScroll.classNames).toEqual(realRemoveScroll.classNames);
  });
});
