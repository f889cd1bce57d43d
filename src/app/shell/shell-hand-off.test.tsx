import { render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { searchInputId } from '../../features/numbers/components/search-form.tsx';
import { holdShellSubmits } from './held-submits.ts';
import { findShellTyping, ShellHandOff, type ShellTyping } from './shell-hand-off.tsx';

/** The shell's box as the prerendered HTML has it, then typed into (or not). */
function shellBox(built: string, typed?: { text: string; caret: number }): ShellTyping {
  const holder = document.createElement('div');
  holder.innerHTML = `<input id="${searchInputId}" value="${built}">`;
  document.body.append(holder);
  const box = holder.querySelector('input') as HTMLInputElement;
  const typing = findShellTyping();
  if (typed) {
    box.focus();
    box.value = typed.text;
    box.dispatchEvent(new Event('input'));
    box.setSelectionRange(typed.caret, typed.caret);
    box.dispatchEvent(new Event('keyup'));
  }
  holder.remove(); // the app's first commit removes the shell
  if (!typing) throw new Error('no shell box found');
  return typing;
}

/** The app's box: controlled, as the search form's is. */
function AppBox({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <input
        id={searchInputId}
        name="q"
        aria-label="box"
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
      />
      <output>{value}</output>
    </>
  );
}

describe('ShellHandOff', () => {
  it('carries what was typed in the shell, its focus and caret, into the app', async () => {
    // The app starts while the box is empty; the typing goes on until the app's commit.
    const typing = shellBox('', { text: '020 7499', caret: 3 });
    expect(typing.focused).toBe(true);
    render(
      <>
        <AppBox initial="" />
        <ShellHandOff typing={typing} />
      </>,
    );
    const box = screen.getByRole<HTMLInputElement>('textbox', { name: 'box' });
    expect(box).toHaveValue('020 7499');
    // The app's own state heard of it, not just the element.
    expect(screen.getByRole('status')).toHaveTextContent('020 7499');
    await waitFor(() => {
      expect(box).toHaveFocus();
    });
    expect([box.selectionStart, box.selectionEnd]).toEqual([3, 3]);
  });

  it('leaves the app alone when nothing was typed', async () => {
    const typing = shellBox('+442074996300');
    expect(typing.focused).toBe(false);
    render(
      <>
        <AppBox initial="+44 20 7499 6300" />
        <ShellHandOff typing={typing} />
      </>,
    );
    const box = screen.getByRole('textbox', { name: 'box' });
    expect(box).toHaveValue('+44 20 7499 6300');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(box).not.toHaveFocus();
  });

  it('does nothing on a page without a shell box', () => {
    expect(findShellTyping()).toBeNull();
    render(
      <>
        <AppBox initial="" />
        <ShellHandOff typing={null} />
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'box' })).toHaveValue('');
  });

  it('holds a submit of the shell, then makes it in the app with what was typed', async () => {
    holdShellSubmits();
    const shellForm = document.createElement('form');
    document.body.append(shellForm);
    const shellSubmit = new Event('submit', { cancelable: true, bubbles: true });
    shellForm.dispatchEvent(shellSubmit);
    // The browser's submit (a reload that loses the text) does not happen.
    expect(shellSubmit.defaultPrevented).toBe(true);
    shellForm.remove();

    const typing = shellBox('', { text: 'trey', caret: 4 });
    const searched: string[] = [];
    render(
      <>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            searched.push(new FormData(event.currentTarget).get('q') as string);
          }}
        >
          <AppBox initial="" />
        </form>
        <ShellHandOff typing={typing} />
      </>,
    );
    await waitFor(() => {
      expect(searched).toEqual(['trey']);
    });
    // Let go: the app's own forms submit as they do.
    const later = new Event('submit', { cancelable: true, bubbles: true });
    document.body.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
  });
});
