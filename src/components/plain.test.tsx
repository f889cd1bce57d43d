import { Anchor, Group, MantineProvider, Stack, Text } from '@mantine/core';
import type { ComponentProps, ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Link, MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PlainGroup, PlainLink, PlainList, PlainStack, PlainText } from './plain.tsx';
import { tones } from './tones.ts';

/**
 * An element as a comparable description: its tag, its attributes sorted, its style declarations
 * sorted (attribute order and the order of declarations do not change how it looks).
 */
function describeElement(element: Element): string {
  const attributes = [...element.attributes]
    .filter((attribute) => attribute.name !== 'style')
    .map((attribute) => `${attribute.name}=${attribute.value}`)
    .sort();
  const declarations = (element.getAttribute('style') ?? '')
    .split(';')
    .map((declaration) => declaration.trim())
    .filter(Boolean)
    .sort();
  return `<${element.tagName} ${attributes.join(' ')} style="${declarations.join(';')}">${element.innerHTML}`;
}

// Server markup: React in jsdom sets custom properties through a CSSStyleDeclaration that drops
// them, so a rendered element's style would not show them.
const markupOf = (element: ReactElement) => {
  const template = document.createElement('template');
  template.innerHTML = renderToStaticMarkup(
    <MemoryRouter>
      <MantineProvider>{element}</MantineProvider>
    </MemoryRouter>,
  );
  const root = [...template.content.children].find((child) => child.tagName !== 'STYLE');
  if (!root) throw new Error('nothing rendered');
  return describeElement(root);
};

const same = (mantine: ReactElement, plain: ReactElement) => {
  const expected = markupOf(mantine);
  expect(expected).toContain('mantine-');
  expect(markupOf(plain)).toBe(expected);
};

type Case<Props> = Props & { 'data-rule'?: string };

// Each set of props, given to the Mantine component and to its plain stand-in alike.
const textCases: Case<ComponentProps<typeof PlainText>>[] = [
  { size: 'sm' },
  { size: 'xs', c: 'dimmed' },
  { span: true, size: 'sm', fw: 700, c: 'red' },
  { size: 'sm', c: 'red.7', title: 't', id: 'i' },
  { span: true, size: 'sm', fw: 600, c: tones.warning },
  { size: 'sm', ff: 'monospace', style: { overflowWrap: 'anywhere' } },
  { size: 'sm', fw: 600, component: 'h3', c: 'var(--mantine-color-orange-text)', mb: 6 },
  { c: 'dimmed' },
  { span: true, fw: 600, c: tones.ok },
  { size: 'sm', c: 'dimmed', fs: 'italic', mt: 'xs' },
  { size: 'md', fw: 600, component: 'h2', id: 'h' },
];

const linkCases: ComponentProps<typeof PlainLink>[] = [
  { to: '/numbers/+442074996300', size: 'sm', ff: 'monospace' },
  { to: '/', size: 'xs' },
  { to: '/tenants/t', 'aria-label': 'Tenant', replace: true },
];

const groupCases: Case<ComponentProps<typeof PlainGroup>>[] = [
  {},
  { gap: 'xs', wrap: 'nowrap', align: 'flex-start', component: 'li', 'data-rule': 'r' },
  { gap: 6, justify: 'space-between', mb: 6 },
];

const stackCases: Case<ComponentProps<typeof PlainStack>>[] = [
  {},
  { gap: 0, mt: 4 },
  { gap: 4, component: 'ul', align: 'flex-start', style: { listStyle: 'none' } },
];

describe('plain elements render the markup of the Mantine components they stand for', () => {
  it.each(textCases)('Text %o', (props) => {
    same(<Text {...props}>a</Text>, <PlainText {...props}>a</PlainText>);
  });

  it.each(linkCases)('Anchor with a router Link %o', (props) => {
    same(
      <Anchor component={Link} {...props}>
        a
      </Anchor>,
      <PlainLink {...props}>a</PlainLink>,
    );
  });

  it.each(groupCases)('Group %o', (props) => {
    same(<Group {...props}>a</Group>, <PlainGroup {...props}>a</PlainGroup>);
  });

  it.each(stackCases)('Stack %o', (props) => {
    same(<Stack {...props}>a</Stack>, <PlainStack {...props}>a</PlainStack>);
  });

  it('List: a Stack as a list without bullets or indent', () => {
    same(
      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        a
      </Stack>,
      <PlainList gap={4}>a</PlainList>,
    );
  });
});
