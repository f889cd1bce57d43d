import { Group, MantineProvider, Stack, Text } from '@mantine/core';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PlainGroup, PlainStack, PlainText } from './plain.tsx';
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
  template.innerHTML = renderToStaticMarkup(<MantineProvider>{element}</MantineProvider>);
  const root = [...template.content.children].find((child) => child.tagName !== 'STYLE');
  if (!root) throw new Error('nothing rendered');
  return describeElement(root);
};

const same = (mantine: ReactElement, plain: ReactElement) => {
  const expected = markupOf(mantine);
  expect(expected).toContain('mantine-');
  expect(markupOf(plain)).toBe(expected);
};

describe('plain elements render the markup of the Mantine components they stand for', () => {
  it('Text, in the sizes, colours, weights and fonts a page uses', () => {
    same(<Text size="sm">a</Text>, <PlainText size="sm">a</PlainText>);
    same(
      <Text size="xs" c="dimmed">
        a
      </Text>,
      <PlainText size="xs" c="dimmed">
        a
      </PlainText>,
    );
    same(
      <Text span size="sm" fw={700} c="red">
        a
      </Text>,
      <PlainText span size="sm" fw={700} c="red">
        a
      </PlainText>,
    );
    same(
      <Text size="sm" c="red.7" title="t" id="i">
        a
      </Text>,
      <PlainText size="sm" c="red.7" title="t" id="i">
        a
      </PlainText>,
    );
    same(
      <Text span size="sm" fw={600} c={tones.warning}>
        a
      </Text>,
      <PlainText span size="sm" fw={600} c={tones.warning}>
        a
      </PlainText>,
    );
    same(
      <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        a
      </Text>,
      <PlainText size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        a
      </PlainText>,
    );
    same(
      <Text size="sm" fw={600} component="h3" c="var(--mantine-color-orange-text)" mb={6}>
        a
      </Text>,
      <PlainText size="sm" fw={600} component="h3" c="var(--mantine-color-orange-text)" mb={6}>
        a
      </PlainText>,
    );
    same(<Text c="dimmed">a</Text>, <PlainText c="dimmed">a</PlainText>);
    same(
      <Text span fw={600} c={tones.ok}>
        a
      </Text>,
      <PlainText span fw={600} c={tones.ok}>
        a
      </PlainText>,
    );
    same(
      <Text size="sm" c="dimmed" fs="italic" mt="xs">
        a
      </Text>,
      <PlainText size="sm" c="dimmed" fs="italic" mt="xs">
        a
      </PlainText>,
    );
  });

  it('Group, with its defaults and with gaps, alignment and wrapping set', () => {
    same(<Group>a</Group>, <PlainGroup>a</PlainGroup>);
    same(
      <Group gap="xs" wrap="nowrap" align="flex-start" component="li" data-rule="r">
        a
      </Group>,
      <PlainGroup gap="xs" wrap="nowrap" align="flex-start" component="li" data-rule="r">
        a
      </PlainGroup>,
    );
    same(
      <Group gap={6} justify="space-between" mb={6}>
        a
      </Group>,
      <PlainGroup gap={6} justify="space-between" mb={6}>
        a
      </PlainGroup>,
    );
  });

  it('Stack, with its default gap, a zero gap and a gap in pixels', () => {
    same(<Stack>a</Stack>, <PlainStack>a</PlainStack>);
    same(
      <Stack gap={0} mt={4}>
        a
      </Stack>,
      <PlainStack gap={0} mt={4}>
        a
      </PlainStack>,
    );
    same(
      <Stack gap={4} component="ul" align="flex-start" style={{ listStyle: 'none' }}>
        a
      </Stack>,
      <PlainStack gap={4} component="ul" align="flex-start" style={{ listStyle: 'none' }}>
        a
      </PlainStack>,
    );
  });
});
