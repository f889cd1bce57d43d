import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { answerClientErrors, clientErrorResponse } from './client-errors.ts';
import { sandboxAppConfig } from './sandbox/sandbox-config.ts';
import { sandboxSource } from './sandbox/sandbox-source.ts';

let server: Server | undefined;

afterEach(async () => {
  const running = server;
  server = undefined;
  running?.closeAllConnections();
  await new Promise((resolve) => running?.close(resolve) ?? resolve(undefined));
});

/** The real app on a real node:http server, as start.ts runs it. */
async function start(withHandler = true): Promise<number> {
  const app = createApp({ source: sandboxSource, appConfig: sandboxAppConfig });
  const listener = getRequestListener(app.fetch);
  server = createServer((req, res) => void listener(req, res));
  if (withHandler) answerClientErrors(server);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** Sends `request` as raw bytes and reads everything the server writes until it closes. */
function rawRequest(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(request));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

const split = (response: string) => {
  const [head = '', body = ''] = response.split('\r\n\r\n');
  const [statusLine = '', ...headerLines] = head.split('\r\n');
  const headers = new Map(
    headerLines.map((line) => {
      const at = line.indexOf(':');
      return [line.slice(0, at).toLowerCase(), line.slice(at + 1).trim()] as const;
    }),
  );
  return { statusLine, headers, body };
};

describe('requests Node refuses before the app sees them', () => {
  it('a 20 kB header: 431 problem+json with nosniff, then the connection closes', async () => {
    const port = await start();
    const response = await rawRequest(
      port,
      `GET /api/app-config HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    const { statusLine, headers, body } = split(response);
    expect(statusLine).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('connection')).toBe('close');
    expect(Number(headers.get('content-length'))).toBe(Buffer.byteLength(body));
    expect(JSON.parse(body)).toEqual({
      type: 'about:blank',
      title: 'The request headers are too large',
      status: 431,
    });
  });

  it('without the handler Node answers 431 with no body (what this replaces)', async () => {
    const port = await start(false);
    const response = await rawRequest(
      port,
      `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(response).toMatch(/^HTTP\/1.1 431/);
    expect(response).not.toContain('problem+json');
  });

  it('a malformed request: 400 problem+json', async () => {
    const port = await start();
    const { statusLine, headers, body } = split(await rawRequest(port, 'NOT HTTP AT ALL\r\n\r\n'));
    expect(statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect(headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(JSON.parse(body)).toMatchObject({ status: 400 });
  });

  it('the server keeps serving afterwards', async () => {
    const port = await start();
    await rawRequest(port, `GET / HTTP/1.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    const res = await fetch(`http://127.0.0.1:${port}/api/app-config`);
    expect(res.status).toBe(200);
  });

  it.each([
    ['HPE_HEADER_OVERFLOW', 431],
    ['ERR_HTTP_REQUEST_TIMEOUT', 408],
    ['HPE_CHUNK_EXTENSIONS_OVERFLOW', 413],
    ['HPE_INVALID_METHOD', 400],
    [undefined, 400],
  ])('%s → %i', (code, status) => {
    expect(clientErrorResponse(code)).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
  });
});
