/*
 * How long a page's loader waits for data it has started fetching before the page renders without
 * it: a fast answer then renders once, with nothing flashing by or moving when it lands; a slow one
 * leaves the page to show its loading state almost at once. One rule for the root loader (the
 * app's settings) and a number's loader (its record).
 */
export const dataWaitMs = 150;

/** Resolves when `pending` settles or after `dataWaitMs`, whichever is first; never rejects. */
export async function waitBriefly(pending: Promise<unknown>): Promise<void> {
  await Promise.race([
    pending.catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, dataWaitMs)),
  ]);
}
