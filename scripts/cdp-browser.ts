/*
 * Chromium driven over a bare DevTools protocol connection, for benchmarks: no automation layer
 * between the measurement and the page. Playwright enables network instrumentation on every page
 * it drives (each request becomes events serialised to its driver), which a user's browser never
 * pays: on the batch benchmark that was seconds of CPU per run (decision 025). Only the domains a
 * benchmark asks for are enabled. Same binary and flags as the e2e suite (e2e/browser.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchOptions } from '../e2e/browser.ts';

type Message = { id?: number; method?: string; params?: unknown; sessionId?: string } & (
  { result?: unknown; error?: undefined } | { error: { message: string } }
);

export type CdpPage = {
  /** A protocol command to this page. */
  send<T = unknown>(method: string, params?: object): Promise<T>;
  /** The value of an expression in the page (awaited when it is a promise). */
  evaluate<T>(expression: string): Promise<T>;
  /** Navigates and waits until `ready` (an expression) is true in the new document. */
  goto(url: string, ready: string): Promise<void>;
  /** Polls `expression` until it is true (every 50 ms, up to `timeoutMs`). */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  /** Every `event` of this page until the returned function is called. */
  on(event: string, listener: (params: unknown) => void): () => void;
  /** Closes the page, and its browser context when it had one of its own. */
  close(): Promise<void>;
};

export type CdpBrowser = {
  /** A protocol command to the browser itself. */
  send<T = unknown>(method: string, params?: object): Promise<T>;
  /** Every `event` of the browser itself (Tracing's, for one) until the returned function is called. */
  on(event: string, listener: (params: unknown) => void): () => void;
  /**
   * A page, attached with no protocol domain enabled. `isolated`: in a browser context of its own
   * (caches and compiled code of its own, as a first visit).
   */
  newPage(
    viewport: { width: number; height: number },
    options?: { isolated?: boolean },
  ): Promise<CdpPage>;
  close(): Promise<void>;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function launchCdpBrowser(): Promise<CdpBrowser> {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'oc-lookup-bench-'));
  const chromium = spawn(
    launchOptions.executablePath ?? 'chromium',
    [
      ...launchOptions.args,
      '--headless',
      // Root in a container: Chromium's sandbox needs user namespaces it may not have here.
      '--no-sandbox',
      '--remote-debugging-port=0',
      `--user-data-dir=${profileDir}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    chromium.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /DevTools listening on (ws:\S+)/.exec(output)?.[1];
      if (found) resolve(found);
    });
    chromium.once('exit', (code) =>
      reject(new Error(`Chromium exited (${String(code)}): ${output}`)),
    );
  });
  const socket = new WebSocket(endpoint);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });

  let lastId = 0;
  const pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  const listeners = new Set<(message: Message) => void>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as Message;
    if (message.id === undefined) {
      for (const listener of listeners) listener(message);
      return;
    }
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.error) waiting?.reject(new Error(message.error.message));
    else waiting?.resolve(message.result);
  });
  const send = <T>(method: string, params: object = {}, sessionId?: string) =>
    new Promise<T>((resolve, reject) => {
      lastId += 1;
      pending.set(lastId, { resolve: (value) => resolve(value as T), reject });
      socket.send(JSON.stringify({ id: lastId, method, params, ...(sessionId && { sessionId }) }));
    });

  async function newPage(
    viewport: { width: number; height: number },
    { isolated = false }: { isolated?: boolean } = {},
  ): Promise<CdpPage> {
    const browserContextId = isolated
      ? (await send<{ browserContextId: string }>('Target.createBrowserContext')).browserContextId
      : undefined;
    const { targetId } = await send<{ targetId: string }>('Target.createTarget', {
      url: 'about:blank',
      ...(browserContextId && { browserContextId }),
    });
    const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', {
      targetId,
      flatten: true,
    });
    const pageSend = <T>(method: string, params: object = {}) => send<T>(method, params, sessionId);
    const evaluate = async <T>(expression: string): Promise<T> => {
      const answer = await pageSend<{
        result: { value?: unknown };
        exceptionDetails?: { exception?: { description?: string }; text: string };
      }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      if (answer.exceptionDetails) {
        const { exception, text } = answer.exceptionDetails;
        throw new Error(exception?.description ?? text);
      }
      return answer.result.value as T;
    };
    const waitFor = async (expression: string, timeoutMs = 60_000) => {
      const until = Date.now() + timeoutMs;
      // While a navigation replaces the document an evaluation can fail: that is "not yet".
      const holds = () => evaluate<boolean>(`Boolean(${expression})`).catch(() => false);
      while (!(await holds())) {
        if (Date.now() > until) throw new Error(`Timed out waiting for ${expression}`);
        await sleep(50);
      }
    };
    await pageSend('Emulation.setDeviceMetricsOverride', {
      ...viewport,
      deviceScaleFactor: 1,
      mobile: false,
    });
    // A headless page is never the focused window: without this, typed text goes nowhere.
    await pageSend('Emulation.setFocusEmulationEnabled', { enabled: true });
    await pageSend('Page.bringToFront');
    return {
      send: pageSend,
      evaluate,
      waitFor,
      goto: async (url, ready) => {
        await pageSend('Page.navigate', { url });
        await waitFor(`location.href.startsWith(${JSON.stringify(url)}) && (${ready})`);
      },
      on: (event, listener) => on(event, listener, sessionId),
      close: async () => {
        await send('Target.closeTarget', { targetId });
        if (browserContextId) await send('Target.disposeBrowserContext', { browserContextId });
      },
    };
  }

  const on = (event: string, listener: (params: unknown) => void, sessionId?: string) => {
    const forward = (message: Message) => {
      if (message.sessionId === sessionId && message.method === event) listener(message.params);
    };
    listeners.add(forward);
    return () => void listeners.delete(forward);
  };

  return {
    send: (method, params) => send(method, params),
    on: (event, listener) => on(event, listener),
    newPage,
    close: async () => {
      socket.close();
      const exited = new Promise((resolve) => chromium.once('exit', resolve));
      chromium.kill();
      await exited;
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
