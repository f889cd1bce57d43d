import { fullWidthClassName, zeroRightClassName } from 'react-remove-scroll-bar/constants';

/**
 * react-remove-scroll's `RemoveScroll.classNames`, the one thing Mantine's AppShell header, footer
 * and aside take from it (a fixed bar keeps its place when a modal locks the page's scroll), from
 * the package that defines them: build/mantine-import-shims.ts points their import here, so that
 * every page stops loading react-remove-scroll with them. The shortcuts dialog's Modal still
 * brings it, when it opens.
 */
export const RemoveScroll = {
  classNames: { fullWidth: fullWidthClassName, zeroRight: zeroRightClassName },
} as const;
