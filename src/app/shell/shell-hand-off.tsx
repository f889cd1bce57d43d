import { useEffect, useLayoutEffect } from 'react';
import { searchInputId } from '../../features/numbers/components/search-form.tsx';
import { releaseShellSubmits } from './held-submits.ts';

/**
 * What was typed into the prerendered shell's search box before the app ran, found when the app
 * starts (src/app/start.tsx): the shell's box is replaced with the app's, and nothing typed may be
 * lost with it.
 */
export type ShellTyping = {
  box: HTMLInputElement;
  focused: boolean;
  /** Where the caret was last: a box taken out of the page does not keep it everywhere. */
  selection: [number | null, number | null];
};

/**
 * The shell's search box, found just before the app renders over the shell, and followed until
 * then (the app renders as a transition: typing goes on meanwhile).
 */
export function findShellTyping(): ShellTyping | null {
  const box = document.getElementById(searchInputId);
  if (!(box instanceof HTMLInputElement)) return null;
  const typing: ShellTyping = {
    box,
    focused: document.activeElement === box,
    selection: [box.selectionStart, box.selectionEnd],
  };
  const follow = () => {
    // Late events (a select event is queued) for a box the app has already replaced.
    if (!box.isConnected) return;
    typing.focused = document.activeElement === box;
    typing.selection = [box.selectionStart, box.selectionEnd];
  };
  for (const type of ['input', 'keyup', 'select', 'pointerup', 'focus']) {
    box.addEventListener(type, follow);
  }
  return typing;
}

/**
 * Moves the shell box's text, focus and caret into the app's box, in the commit that replaces
 * the shell: the text before the first paint (so it never flashes empty), focus and caret after
 * the page's own effects (the start page focuses and selects its box on mount).
 */
export function ShellHandOff({ typing }: { typing: ShellTyping | null }) {
  useLayoutEffect(() => {
    if (!typing) return;
    const { box } = typing;
    const appBox = document.getElementById(searchInputId);
    if (!(appBox instanceof HTMLInputElement)) return;
    if (box.value !== box.defaultValue) {
      // React hears of a value set from outside through the input event only, with the value
      // written by the prototype's setter (React watches the instance's own).
      Reflect.set(HTMLInputElement.prototype, 'value', box.value, appBox);
      appBox.dispatchEvent(new Event('input', { bubbles: true }));
    }
    // In this commit, the one that took the shell's box away: no keystroke falls in between.
    if (typing.focused) placeCaret(appBox, typing);
  }, [typing]);

  useEffect(() => {
    // Enter pressed in the shell: the search is made now, with what was typed.
    const submitted = releaseShellSubmits();
    const appBox = document.getElementById(searchInputId);
    if (!typing || !(appBox instanceof HTMLInputElement)) return;
    // After the page's own effects (the start page selects all of its box on mount)...
    if (typing.focused) placeCaret(appBox, typing);
    // ...and a task later, after the re-render that the input event causes, which puts the caret
    // at the end (unless typing has gone on meanwhile). Not cancelled: it happens once, and
    // React's development double run of effects must not drop it.
    setTimeout(() => {
      if (typing.focused && appBox.value === typing.box.value) placeCaret(appBox, typing);
      if (submitted) appBox.form?.requestSubmit();
    }, 0);
  }, [typing]);

  return null;
}

function placeCaret(appBox: HTMLInputElement, typing: ShellTyping) {
  appBox.focus();
  appBox.setSelectionRange(...typing.selection);
}
