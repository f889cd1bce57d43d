import net from 'node:net';

/*
 * A plain TCP forwarder in front of the fake Live Platform, on a port of its own. The fake cannot
 * refuse connections (it is one listening server), so this stands in for "the host is up but
 * nothing listens": refuse() stops listening and cuts every open connection (the app keeps
 * connections alive), so the next connection attempt gets ECONNREFUSED; accept() listens again
 * on the same port.
 */

export type RefusableGateway = {
  port: number;
  refuse(): Promise<void>;
  accept(): Promise<void>;
  close(): Promise<void>;
};

export async function startRefusableGateway(target: {
  host: string;
  port: number;
}): Promise<RefusableGateway> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client);
    sockets.add(upstream);
    // Faithful both ways: a side that ends (FIN) ends the other once all it sent is through
    // (pipe does that); a side that fails or is reset resets the other, so that a reset from the
    // fake Live Platform reaches the app as a reset, not as a clean end.
    const forward = (from: net.Socket, to: net.Socket) => {
      from.pipe(to);
      from.on('error', () => {
        if (!to.destroyed) to.resetAndDestroy();
      });
      from.on('close', () => {
        sockets.delete(from);
      });
    };
    forward(client, upstream);
    forward(upstream, client);
  });

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, target.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.resetAndDestroy();
      sockets.clear();
      if (!server.listening) {
        resolve();
        return;
      }
      server.close(() => resolve());
    });

  await listen(0);
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  const { port } = address;

  return {
    port,
    refuse: stop,
    async accept() {
      if (!server.listening) await listen(port);
    },
    close: stop,
  };
}
