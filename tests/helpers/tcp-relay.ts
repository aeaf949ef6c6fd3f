import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP relay in front of the test database that a test can cut and restore: the database
 * "stops" and "returns" for the app without touching the real server other tests use.
 */
export interface Relay {
  /** The database URL, with the relay's port. */
  url: string;
  cut(): Promise<void>;
  restore(): Promise<void>;
}

export async function openRelay(databaseUrl: string): Promise<Relay> {
  const target = new URL(databaseUrl);
  let server: Server | undefined;
  let sockets: Socket[] = [];

  function listen(port: number): Promise<number> {
    server = createServer((client) => {
      const upstream = connect(Number(target.port || 5432), target.hostname);
      sockets.push(client, upstream);
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    return new Promise((resolve) => server!.listen(port, '127.0.0.1', () => resolve((server!.address() as { port: number }).port)));
  }

  const port = await listen(0);
  const url = new URL(target);
  url.port = String(port);
  return {
    url: url.toString(),
    cut() {
      for (const socket of sockets) socket.destroy();
      sockets = [];
      return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
    },
    async restore() {
      await listen(port);
    },
  };
}
