import type { Page } from '@playwright/test';

/*
 * What a hostile or huge answer must never cause, watched from before the first navigation:
 * main-thread tasks over a limit (PerformanceObserver 'longtask'), Content-Security-Policy
 * violations, dialogs (alert/confirm/prompt: a sign of script run from data), and requests to any
 * origin but the page's own.
 */

export type PageWatch = {
  /** Everything seen so far. Long tasks are read from the page, so this is async. */
  report(): Promise<PageWatchReport>;
};

export type PageWatchReport = {
  /** Durations (ms) of main-thread tasks longer than 50 ms, the browser's long-task threshold. */
  longTasksMs: number[];
  cspViolations: string[];
  dialogs: string[];
  foreignRequests: string[];
};

type WatchedWindow = Window & { __longTasks?: number[]; __cspViolations?: string[] };

export async function watchPage(page: Page, ownOrigin: string): Promise<PageWatch> {
  const dialogs: string[] = [];
  const foreignRequests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = request.url();
    // data: and blob: URLs stay in the page; anything with an origin must be ours.
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== ownOrigin) foreignRequests.push(url);
  });
  await page.addInitScript(() => {
    const watched = window as WatchedWindow;
    watched.__longTasks = [];
    watched.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      watched.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) watched.__longTasks?.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // A browser without long-task timing reports none; Chromium has it.
    }
  });
  return {
    async report() {
      const inPage = await page.evaluate(() => {
        const watched = window as WatchedWindow;
        return {
          longTasksMs: [...(watched.__longTasks ?? [])],
          cspViolations: [...(watched.__cspViolations ?? [])],
        };
      });
      return {
        longTasksMs: inPage.longTasksMs.map((ms) => Math.round(ms)),
        cspViolations: inPage.cspViolations,
        dialogs: [...dialogs],
        foreignRequests: [...foreignRequests],
      };
    },
  };
}

/** The longest main-thread task seen, in ms (0 when none passed the 50 ms threshold). */
export const longestTask = (report: PageWatchReport) => Math.max(0, ...report.longTasksMs);
