/*
 * The prerendered page shells (issue 9): written by the build (build/prerender-shells.ts from
 * src/app/shell/render-shells.tsx), sent by the server (server/page-shells.ts). One list of kinds
 * and files for all three.
 */

export type ShellKind = 'home' | 'number' | 'frame';

/** Where each shell is, relative to the build's output folder. */
export const shellFiles: Record<ShellKind, string> = {
  home: 'index.html',
  number: 'shells/number.html',
  frame: 'shells/frame.html',
};

/**
 * What the number shell's search box holds when built: the server puts the number from the
 * address in its place, so the box reads as the page will (a filled box shows no help text).
 */
export const numberShellValue = '+0 0000 0000';
