import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A token endpoint that can hang: while `hanging`, requests get no answer at all; otherwise a
 * token. Closed (with every connection) by the returned close().
 */
export async function startHangingTokenEndpoint() {
  const state = { hanging: true, requests: 0 };
  const held: ServerResponse[] = [];
  const server = createServer((req, res) => {
    req.resume();
    state.requests++;
    if (state.hanging) return void held.push(res);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ access_token: `token-${state.requests}`, token_type: 'Bearer' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    state,
    authority: `http://127.0.0.1:${port}/tenant-1`,
    /** Requests whose connection the client closed (it gave up waiting). */
    abandoned: () => held.filter((res) => res.destroyed || res.socket?.destroyed).length,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
