import type { Browser, Page } from '@playwright/test';

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

/** One main-thread task of a page's renderer, from a Chromium trace. */
export type MainThreadTask = {
  /** Wall-clock time, as a user waits it: includes time the OS gave other processes. */
  wallMs: number;
  /**
   * The main thread's own CPU time: the page's work, whatever else the machine runs (less what
   * the test's own DevTools commands took inside the task).
   */
  cpuMs: number;
};

export type MainThreadTrace = { stop(): Promise<MainThreadTask[]> };

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
};

const tracing = new WeakSet<Browser>();

/**
 * Traces the renderers' main threads from now until `stop()`, and returns their tasks of 50 ms
 * or more (wall or CPU). Why CPU time: these checks run on two shared cores beside another
 * browser, a server and a second test, so a task of 60 ms of work can take 600 ms of wall clock
 * while the OS runs something else; the bound of 200 ms is on the app's work, which CPU time
 * measures and the wall clock does not. Chromium only; one trace per browser at a time.
 */
export async function traceMainThread(page: Page): Promise<MainThreadTrace> {
  const browser = page.context().browser();
  if (!browser) throw new Error('tracing needs a launched browser');
  // A test that failed before its stop() left its trace running on the worker's browser.
  if (tracing.has(browser)) await browser.stopTracing();
  tracing.add(browser);
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline'] });
  return {
    async stop() {
      tracing.delete(browser);
      const trace = JSON.parse((await browser.stopTracing()).toString()) as
        { traceEvents: TraceEvent[] } | TraceEvent[];
      const events = Array.isArray(trace) ? trace : trace.traceEvents;
      const mainThreads = new Set(
        events
          .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
          .map((event) => `${event.pid}:${event.tid}`),
      );
      const onMainThread = (event: TraceEvent) =>
        event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`);
      const harnessCommands = events.filter(
        (event) => event.name === 'DevToolsSession::DispatchProtocolCommand' && onMainThread(event),
      );
      return events
        .filter((event) => event.name === 'RunTask' && onMainThread(event))
        .map((event) => {
          const start = event.ts ?? 0;
          const end = start + (event.dur ?? 0);
          // The test's own commands run on the page's main thread too: Playwright's snapshots
          // for its trace and for a failed expectation walk the whole page, 50–150 ms on a page
          // of 5,000 rows. Their CPU time inside the task is Playwright's, not the app's.
          const harnessUs = harnessCommands
            .filter((command) => (command.ts ?? 0) >= start && (command.ts ?? 0) < end)
            .reduce((sum, command) => sum + (command.tdur ?? 0), 0);
          // A thread cannot work longer than the task lasted; the odd trace says otherwise.
          const cpuUs = Math.min(event.tdur ?? Infinity, event.dur ?? 0);
          return {
            wallMs: Math.round((event.dur ?? 0) / 1000),
            cpuMs: Math.round(Math.max(0, cpuUs - harnessUs) / 1000),
          };
        })
        .filter((task) => task.wallMs >= 50 || task.cpuMs >= 50);
    },
  };
}

/** The most CPU time one main-thread task took, in ms (0 when none reached 50 ms). */
export const longestCpuTask = (tasks: MainThreadTask[]) =>
  Math.max(0, ...tasks.map((task) => task.cpuMs));

/** Tasks as "CPU/wall ms" for a message or an annotation. */
export const describeTasks = (tasks: MainThreadTask[]) =>
  tasks.map((task) => `${String(task.cpuMs)}/${String(task.wallMs)}`).join(', ') || 'none';
