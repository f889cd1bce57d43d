import type { Duplex } from 'node:stream';

/*
 * Requests Node's HTTP parser refuses before the app sees them (headers over its 16 KiB limit, a
 * malformed request line, a request that took too long to arrive) get their answer here, in the
 * API's format: problem+json with nosniff, then the connection is closed. Without this Node
 * answers such requests itself, with an empty text body. As in Node's own handler, nothing is
 * written when a response is already on its way on that connection (it would corrupt it).
 */

type ClientError = Error & { code?: string };
type HttpSocket = Duplex & { _httpMessage?: { headersSent?: boolean } | null };

/** The answer for each parser error; anything else is a plain 400. */
const answers: Record<string, { status: number; reason: string; title: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    title: 'The request headers are too large',
  },
  HPE_CHUNK_EXTENSIONS_OVERFLOW: {
    status: 413,
    reason: 'Payload Too Large',
    title: 'The chunk extensions are too large',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    reason: 'Request Timeout',
    title: 'The request did not arrive in time',
  },
};
const badRequest = { status: 400, reason: 'Bad Request', title: 'The request is malformed' };

/** The complete HTTP response (status line, headers, body) for a refused request. */
export function clientErrorResponse(code: string | undefined): string {
  const { status, reason, title } = (code && answers[code]) || badRequest;
  const body = JSON.stringify({ type: 'about:blank', title, status });
  return [
    `HTTP/1.1 ${status} ${reason}`,
    'Content-Type: application/problem+json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'X-Content-Type-Options: nosniff',
    'Cache-Control: no-store',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/** Answers the requests Node refuses with problem+json (listen on a node:http server). */
export function answerClientErrors(server: {
  on(event: 'clientError', listener: (error: ClientError, socket: Duplex) => void): unknown;
}): void {
  server.on('clientError', (error, socket: HttpSocket) => {
    const responding = socket._httpMessage?.headersSent === true;
    if (error.code === 'ECONNRESET' || !socket.writable || responding) socket.destroy();
    else socket.end(clientErrorResponse(error.code));
  });
}
