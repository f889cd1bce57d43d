/*
 * Until the app runs, a form of the prerendered shell would submit the browser's way: Enter in the
 * shell's search box would reload the page and lose the text. src/main.tsx holds every submit
 * from the start; the app, as it replaces the shell (shell-hand-off.tsx), lets them go again and
 * submits its own search form if the shell's was submitted meanwhile.
 */

let submitted = false;

const hold = (event: SubmitEvent) => {
  event.preventDefault();
  submitted = true;
};

export function holdShellSubmits() {
  document.addEventListener('submit', hold, { capture: true });
}

/** Stops holding submits; says whether one was held. */
export function releaseShellSubmits(): boolean {
  document.removeEventListener('submit', hold, { capture: true });
  const was = submitted;
  submitted = false;
  return was;
}
