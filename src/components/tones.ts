/*
 * Text colours for states, at 4.5:1 or more on white and on dark grey (axe): Mantine's
 * `--mantine-color-*-text` for orange and teal is lighter than that in light mode, and even
 * orange-9 reaches only 4.3:1 on white, so light mode darkens it (6:1). The words always carry
 * the meaning; the colour only repeats it.
 */
const tone = (light: string, dark: string) => `light-dark(${light}, ${dark})`;

export const tones = {
  ok: tone('var(--mantine-color-teal-9)', 'var(--mantine-color-teal-3)'),
  warning: tone(
    'color-mix(in srgb, var(--mantine-color-orange-9) 80%, black)',
    'var(--mantine-color-orange-3)',
  ),
  problem: tone('var(--mantine-color-red-9)', 'var(--mantine-color-red-3)'),
} as const;
