// Mantine's Tooltip as a module of its own, so that lazy-tooltip.tsx can load it (and
// floating-ui with it) the first time a tooltip is wanted.
export { Tooltip as default } from '@mantine/core';
