import { describe, expect, it } from 'vitest';
import { Pool, send, TransportError } from '@httplens/transport';
import { afterEachTest, collect, httpServer, onRequests, rawServer, sleep, type Running } from './servers.js';

const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');
const OK = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok';

const { later, serve } = afterEachTest();
function pool(options?: ConstructorParameters<typeof Pool>[0]): Pool {
  const p = new Pool(options);
  later(() => p.close());
  return p;
}

describe('keep-alive pool', { timeout: 10_000 }, () => {
  it('reuses one connection for requests in sequence', async () => {
    const server = await serve(rawServer((s) => onRequests(s, () => s.write(OK))));
    const p = pool();
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await send({ method: 'GET', url: `${server.url}/${i}` }, { pool: p }));
    expect(results.map((r) => r.reused)).toEqual([false, true, true, true, true]);
    expect(server.connections).toBe(1);
    expect(results[1]?.timings.connect).toBe(0);
    expect(p.stats()[`http://127.0.0.1:${server.port}`]).toEqual({ idle: 1, total: 1, waiting: 0 });
  });

  it('opens at most maxSocketsPerOrigin connections and queues the rest', async () => {
    const server = await serve(rawServer((s) => onRequests(s, () => setTimeout(() => s.write(OK), 30))));
    const p = pool({ maxSocketsPerOrigin: 2 });
    const pending = Array.from({ length: 8 }, (_, i) => send({ method: 'GET', url: `${server.url}/${i}` }, { pool: p }));
    await sleep(10);
    expect(p.stats()[`http://127.0.0.1:${server.port}`]).toMatchObject({ total: 2, waiting: 6 });
    const results = await Promise.all(pending);
    expect(results.every((r) => latin1(r.body) === 'ok')).toBe(true);
    expect(server.connections).toBe(2);
    expect(results.filter((r) => r.reused).length).toBe(6);
  });

  it('times the wait for a connection and the request written on it', async () => {
    const server = await serve(httpServer((req, res) => void collect(req).then((body) => setTimeout(() => res.end(`${body.length}`), 60))));
    const p = pool({ maxSocketsPerOrigin: 1 });
    // The second request waits in the queue until the first response has come (60 ms after the first request).
    const [first, second] = await Promise.all([send({ method: 'GET', url: `${server.url}/1` }, { pool: p }), send({ method: 'GET', url: `${server.url}/2` }, { pool: p })]);
    expect(second.reused).toBe(true);
    expect(second.timings.wait).toBeGreaterThanOrEqual(50);
    expect(first.timings.wait).toBeLessThan(second.timings.wait);
    expect(second.timings.total).toBeGreaterThanOrEqual(second.timings.wait + second.timings.firstByte);
    // The request phase lasts until the body's last piece is written: here 80 ms after its first.
    const body = (async function* () {
      yield Buffer.from('ab');
      await sleep(80);
      yield Buffer.from('cd');
    })();
    const r = await send({ method: 'POST', url: `${server.url}/3`, body }, { pool: p });
    expect(latin1(r.body)).toBe('4');
    expect(r.timings.request).toBeGreaterThanOrEqual(70);
    expect(r.timings.request).toBeLessThan(r.timings.total);
    expect(first.timings.request).toBeLessThan(50);
  });

  it('keeps origins apart', async () => {
    const a = await serve(rawServer((s) => onRequests(s, () => s.write(OK))));
    const b = await serve(rawServer((s) => onRequests(s, () => s.write(OK))));
    const p = pool({ maxSocketsPerOrigin: 1 });
    await Promise.all([send({ method: 'GET', url: a.url }, { pool: p }), send({ method: 'GET', url: b.url }, { pool: p })]);
    expect(Object.keys(p.stats()).sort()).toEqual([`http://127.0.0.1:${a.port}`, `http://127.0.0.1:${b.port}`].sort());
  });

  it('closes connections idle longer than idleTimeout', async () => {
    const server = await serve(rawServer((s) => onRequests(s, () => s.write(OK))));
    const p = pool({ idleTimeout: 50 });
    await send({ method: 'GET', url: server.url }, { pool: p });
    await sleep(200);
    expect(p.stats()[`http://127.0.0.1:${server.port}`]).toBeUndefined();
    const again = await send({ method: 'GET', url: server.url }, { pool: p });
    expect(again.reused).toBe(false);
    expect(server.connections).toBe(2);
  });

  it('notices a connection the server closed while it was idle', async () => {
    const server = await serve(
      rawServer((s) =>
        onRequests(s, () => {
          s.write(OK);
          setTimeout(() => s.end(), 10);
        }),
      ),
    );
    const p = pool();
    await send({ method: 'GET', url: server.url }, { pool: p });
    await sleep(80);
    expect(p.stats()[`http://127.0.0.1:${server.port}`]).toBeUndefined();
    const again = await send({ method: 'GET', url: server.url }, { pool: p });
    expect(again.reused).toBe(false);
  });

  it('drops an idle connection that receives unexpected bytes', async () => {
    const server = await serve(
      rawServer((s) =>
        onRequests(s, () => {
          s.write(OK);
          setTimeout(() => s.write('HTTP/1.1 408 Request Timeout\r\nContent-Length: 0\r\n\r\n'), 10);
        }),
      ),
    );
    const p = pool();
    await send({ method: 'GET', url: server.url }, { pool: p });
    await sleep(80);
    const again = await send({ method: 'GET', url: server.url }, { pool: p });
    expect(again.reused).toBe(false);
    expect(again.status).toBe(200);
  });

  /** Answers the first request on each connection, then closes on the second without a byte. */
  const flaky = (): Promise<Running> =>
    rawServer((s) => {
      let n = 0;
      onRequests(s, () => {
        if (n++ === 0) s.write(OK);
        else s.destroy();
      });
    });

  it('retries an idempotent request once when a reused connection closes before any byte', async () => {
    const server = await serve(flaky());
    const p = pool();
    await send({ method: 'GET', url: server.url }, { pool: p });
    const r = await send({ method: 'GET', url: server.url }, { pool: p });
    expect(r.status).toBe(200);
    expect(r.reused).toBe(false);
    expect(server.connections).toBe(2);
    const put = await send({ method: 'PUT', url: server.url, body: 'x' }, { pool: p });
    expect(put.status).toBe(200);
  });

  it('does not retry a non-idempotent request', async () => {
    const server = await serve(flaky());
    const p = pool();
    await send({ method: 'GET', url: server.url }, { pool: p });
    const e = await send({ method: 'POST', url: server.url, body: 'once' }, { pool: p }).catch((error: unknown) => error);
    expect(e).toBeInstanceOf(TransportError);
    expect((e as TransportError).code).toMatch(/^HTTPLENS_CONNECTION_(?:CLOSED|RESET)$/);
    expect((e as TransportError).context.reused).toBe(true);
    expect(server.connections).toBe(1);
  });

  it('writes nothing on a connection the server closed right behind its response: the next request goes on a new one', async () => {
    const requests: string[][] = []; // request methods per connection
    const server = await serve(
      rawServer((s) => {
        const seen: string[] = [];
        requests.push(seen);
        onRequests(s, (head) => {
          seen.push(head.slice(0, head.indexOf(' ')));
          // The second request on the first connection is answered and the connection closed, without Connection: close.
          if (requests.length === 1 && seen.length === 2) s.end(OK);
          else s.write(OK);
        });
      }),
    );
    const p = pool();
    await send({ method: 'GET', url: server.url }, { pool: p });
    await sleep(20); // the connection settles in the pool
    const second = send({ method: 'GET', url: server.url }, { pool: p });
    // Block the event loop so that the answer and the close both wait in the socket when the client reads.
    const until = Date.now() + 100;
    while (Date.now() < until);
    expect((await second).status).toBe(200);
    const post = await send({ method: 'POST', url: server.url, body: 'once' }, { pool: p });
    expect(post.status).toBe(200);
    expect(post.reused).toBe(false);
    expect(requests).toEqual([['GET', 'GET'], ['POST']]);
  });

  it('never reads stray bytes on a just-released connection as the next response', async () => {
    const requests: string[][] = [];
    const server = await serve(
      rawServer((s) => {
        const seen: string[] = [];
        requests.push(seen);
        onRequests(s, (head) => {
          seen.push(head.slice(0, head.indexOf(' ')));
          s.write(OK);
          // Bytes nobody asked for, shortly after the first response on the first connection.
          if (requests.length === 1 && seen.length === 1) setTimeout(() => s.write('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nstray'), 20);
        });
      }),
    );
    const p = pool();
    expect((await send({ method: 'GET', url: server.url }, { pool: p })).status).toBe(200);
    const post = send({ method: 'POST', url: server.url, body: 'once' }, { pool: p });
    // Block the event loop while the stray bytes arrive: the POST waits for its connection to settle.
    const until = Date.now() + 100;
    while (Date.now() < until);
    const r = await post;
    expect(latin1(r.body)).toBe('ok');
    expect(r.reused).toBe(false);
    expect(requests).toEqual([['GET'], ['POST']]);
  });

  it('does not retry on a fresh connection', async () => {
    const server = await serve(rawServer((s) => onRequests(s, () => s.destroy())));
    const e = await send({ method: 'GET', url: server.url }, { pool: pool() }).catch((error: unknown) => error);
    expect((e as TransportError).code).toMatch(/^HTTPLENS_CONNECTION_(?:CLOSED|RESET)$/);
    expect((e as TransportError).context.phase).toBe('head');
    expect(server.connections).toBe(1);
  });

  const notReusable: [string, string, [string, string][]][] = [
    ['Connection: close from the server', 'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok', []],
    ['Connection: close in the request', OK, [['Connection', 'close']]],
    ['HTTP/1.0 without keep-alive', 'HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok', []],
    ['bytes after the end of the response', `${OK}garbage`, []],
    ['chunked in HTTP/1.0, even with keep-alive', 'HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n', []],
    ['Transfer-Encoding with Content-Length', 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n', []],
  ];
  for (const [name, response, headers] of notReusable) {
    it(`does not reuse after ${name}`, async () => {
      const server = await serve(rawServer((s) => onRequests(s, () => s.write(response))));
      const p = pool();
      const first = await send({ method: 'GET', url: server.url, headers }, { pool: p });
      expect(latin1(first.body)).toBe('ok');
      const second = await send({ method: 'GET', url: server.url, headers }, { pool: p });
      expect(second.reused).toBe(false);
      expect(server.connections).toBe(2);
    });
  }

  it('reuses after HTTP/1.0 with Connection: keep-alive', async () => {
    const server = await serve(rawServer((s) => onRequests(s, () => s.write('HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok'))));
    const p = pool();
    await send({ method: 'GET', url: server.url }, { pool: p });
    expect((await send({ method: 'GET', url: server.url }, { pool: p })).reused).toBe(true);
  });

  it('refuses requests after close, and closes idle connections', async () => {
    const server = await serve(httpServer((_req, res) => res.end('x')));
    const p = new Pool();
    await send({ method: 'GET', url: server.url }, { pool: p });
    p.close();
    const e = await send({ method: 'GET', url: server.url }, { pool: p }).catch((error: unknown) => error);
    expect((e as TransportError).code).toBe('HTTPLENS_POOL_CLOSED');
    expect(p.stats()).toEqual({});
  });

  it('times out while queued behind a busy connection (total timeout)', async () => {
    const server = await serve(rawServer((s) => onRequests(s, () => setTimeout(() => s.write(OK), 300))));
    const p = pool({ maxSocketsPerOrigin: 1 });
    const first = send({ method: 'GET', url: server.url }, { pool: p });
    const queued = send({ method: 'GET', url: server.url }, { pool: p, timeouts: { total: 50 } }).catch((error: unknown) => error);
    expect(((await queued) as TransportError).code).toBe('HTTPLENS_TOTAL_TIMEOUT');
    expect(((await queued) as TransportError).context.phase).toBe('pool');
    expect((await first).status).toBe(200);
    expect(p.stats()[`http://127.0.0.1:${server.port}`]?.waiting).toBe(0);
  });
});
