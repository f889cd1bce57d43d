// Mantine's Tooltip as a module of its own, so that lazy-tooltip.tsx can load it (and
// floating-ui and its stylesheet with it) the first time a tooltip is wanted.
import '@mantine/core/styles/Tooltip.css';

export { Tooltip as default } from '@mantine/core';
