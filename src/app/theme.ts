import { Alert, Badge, createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white on blue and blue links on white above 4.5:1 (shade 6 is 3.5:1).
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  autoContrast: true,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  fontFamilyMonospace:
    'ui-monospace, "SF Mono", "Cascadia Mono", "Roboto Mono", Menlo, Consolas, monospace',
  headings: { fontWeight: '650' },
  components: {
    // Coloured backgrounds carry the colour; the text stays the body colour, readable on all of
    // them in light and dark (Mantine's tinted text falls below 4.5:1 on its own tint).
    Badge: Badge.extend({
      styles: (_theme, props) =>
        props.variant === 'light' || props.variant === 'outline'
          ? { root: { color: 'var(--mantine-color-text)' } }
          : {},
    }),
    // The title as strong as the message under it (Mantine's message is black or white; the
    // text colour, #c9c9c9 in dark, made titles weaker than their body).
    Alert: Alert.extend({
      styles: {
        title: { color: 'var(--oc-color-strong-text)' },
      },
    }),
  },
});

/**
 * Dimmed text dark enough for 4.5:1 on white and on dark cards (Mantine's default is ~3.3:1), and
 * the colour of Mantine's alert messages, for alert titles.
 */
export const cssVariablesResolver: CSSVariablesResolver = (mantineTheme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': mantineTheme.colors.gray[7],
    '--oc-color-strong-text': mantineTheme.black,
  },
  dark: {
    '--mantine-color-dimmed': mantineTheme.colors.dark[1],
    '--oc-color-strong-text': mantineTheme.white,
  },
});
