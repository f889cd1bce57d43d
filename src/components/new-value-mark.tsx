import { Box, VisuallyHidden } from '@mantine/core';

/**
 * Marks a value newer than this app: a small outlined word inside a badge, so an unfamiliar
 * value reads as new rather than broken. Screen readers hear it in brackets: "… (new)".
 */
export function NewValueMark({ text = 'new' }: { text?: string }) {
  return (
    <Box
      component="span"
      ml={6}
      px={4}
      fz={10}
      fw={700}
      tt="uppercase"
      style={{
        border: '1px solid currentColor',
        borderRadius: 'var(--mantine-radius-xs)',
        letterSpacing: 0.4,
        verticalAlign: 'middle',
        whiteSpace: 'nowrap',
      }}
    >
      <VisuallyHidden component="span"> (</VisuallyHidden>
      {text}
      <VisuallyHidden component="span">)</VisuallyHidden>
    </Box>
  );
}
