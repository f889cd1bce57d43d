import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { fieldListClasses } from '../components/field-list.tsx';
import { schemeIconClasses } from './layout/color-scheme-menu.tsx';

/*
 * The app's global stylesheets (global, not CSS modules, so that they are in the first stylesheet:
 * decision 040) and the class names their components write: a typo on either side would leave an
 * element unstyled without any error, so each side is held to the other here.
 */
const stylesheets = [
  { file: '../components/field-list.css', classes: fieldListClasses },
  { file: './layout/color-scheme-menu.css', classes: schemeIconClasses },
];

const classesIn = (css: string) =>
  new Set([...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\.(oc-[a-z-]+)/g)].map((m) => m[1]));

it.each(stylesheets)(
  '$file styles exactly the classes its component writes',
  ({ file, classes }) => {
    const css = readFileSync(new URL(file, import.meta.url), 'utf8');
    expect([...classesIn(css)].sort()).toEqual(Object.values(classes).sort());
  },
);
