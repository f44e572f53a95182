import { once } from 'node:events';
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type Server, type Socket } from 'node:net';
import { afterEach, expect } from 'vitest';
import { TransportError } from '@httplens/transport';

export interface Running {
  port: number;
  url: string;
  /** Connections accepted so far. */
  connections: number;
  sockets: Set<Socket>;
  close(): Promise<void>;
}

async function track(server: Server | HttpServer, host: string): Promise<Running> {
  const sockets = new Set<Socket>();
  const running: Running = {
    port: 0,
    url: '',
    connections: 0,
    sockets,
    async close() {
      for (const s of sockets) s.destroy();
      if ('closeAllConnections' in server) server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  server.on('connection', (s: Socket) => {
    running.connections++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.listen(0, host);
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  running.port = address.port;
  running.url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return running;
}

/** A raw TCP server: the handler writes whatever bytes it likes. */
export function rawServer(handler: (socket: Socket) => void, host = '127.0.0.1'): Promise<Running> {
  const server = createNetServer({ allowHalfOpen: false }, (socket) => {
    socket.on('error', () => {});
    socket.setNoDelay(true);
    handler(socket);
  });
  return track(server, host);
}

export function httpServer(handler: (req: IncomingMessage, res: ServerResponse) => void, host = '127.0.0.1'): Promise<Running> {
  const server = createHttpServer(handler);
  server.keepAliveTimeout = 10_000;
  return track(server, host);
}

/** Calls `onHead` with the request head once the empty line has arrived (and each following request on the connection). */
export function onRequests(socket: Socket, onHead: (head: string, rest: Buffer) => void): void {
  let buffered = Buffer.alloc(0);
  socket.on('data', (d: Buffer) => {
    buffered = Buffer.concat([buffered, d]);
    for (;;) {
      const end = buffered.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = buffered.toString('latin1', 0, end + 4);
      const rest = buffered.subarray(end + 4);
      buffered = Buffer.alloc(0);
      onHead(head, rest);
      if (rest.length === 0) return;
      if (rest.indexOf('\r\n\r\n') < 0) {
        buffered = Buffer.from(rest);
        return;
      }
      buffered = Buffer.from(rest);
    }
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The request body; a request the client aborted yields what arrived. */
export async function collect(request: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  try {
    for await (const p of request) parts.push(p as Buffer);
  } catch {
    // aborted by the client (the tests of failing body streams do that on purpose)
  }
  return Buffer.concat(parts);
}

/**
 * Clean-ups run after each test of the file that calls this, last registered first: `later(fn)` registers one,
 * `serve(server)` waits for a server to listen and registers its close.
 */
export function afterEachTest(): { later: (fn: () => unknown) => void; serve: (server: Promise<Running>) => Promise<Running> } {
  let cleanup: (() => unknown)[] = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c();
    cleanup = [];
  });
  const later = (fn: () => unknown): void => {
    cleanup.push(fn);
  };
  const serve = async (server: Promise<Running>): Promise<Running> => {
    const s = await server;
    later(() => s.close());
    return s;
  };
  return { later, serve };
}

/** The TransportError a promise rejects with (the test fails when it settles otherwise). */
export async function failure(p: Promise<unknown>): Promise<TransportError> {
  const e = await p.catch((error: unknown) => error);
  expect(e).toBeInstanceOf(TransportError);
  return e as TransportError;
}
