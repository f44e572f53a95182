import { once } from 'node:events';
import type { Socket } from 'node:net';
import { brotliCompressSync, constants, createGzip, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Pool, send, type SendResult } from '@httplens/transport';
import { CLOSE_DELIMITED, RESPONSES } from './responses.js';
import { afterEachTest, failure, httpServer, onRequests, rawServer, sleep, type Running } from './servers.js';

const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

const { later, serve } = afterEachTest();
/** A server that writes `response` (a string or bytes) for every request. */
function respond(response: string | Buffer): Promise<Running> {
  return serve(rawServer((s) => onRequests(s, () => s.write(response))));
}
/** Writes `piece` until the socket closes, honouring back-pressure (bounded by the peer). */
async function forever(socket: Socket, piece: Buffer): Promise<void> {
  while (!socket.destroyed && socket.writable) {
    if (!socket.write(piece)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          socket.off('drain', done);
          socket.off('close', done);
          resolve();
        };
        socket.on('drain', done);
        socket.on('close', done);
      });
    }
  }
}

describe('slow and silent servers', () => {
  it('ends slow headers at the total timeout', async () => {
    const head = 'HTTP/1.1 200 OK\r\n' + 'X-Slow: yes\r\n'.repeat(1000);
    const server = await serve(
      rawServer((s) =>
        onRequests(s, () => {
          let i = 0;
          const t = setInterval(() => (s.destroyed || i >= head.length ? clearInterval(t) : s.write(head[i++] ?? '')), 5);
          s.on('close', () => clearInterval(t));
        }),
      ),
    );
    const e = await failure(send({ method: 'GET', url: server.url }, { pool: false, timeouts: { idle: 1000, total: 300 } }));
    expect(e.code).toBe('HTTPLENS_TOTAL_TIMEOUT');
    expect(e.context.phase).toBe('head');
    expect(e.context.bytesRead).toBeGreaterThan(0);
  }, 5000);

  it('accepts slow headers that keep coming within the idle timeout', async () => {
    const response = 'HTTP/1.1 200 OK\r\nX-Slow: yes\r\nContent-Length: 2\r\n\r\nok';
    const server = await serve(
      rawServer((s) =>
        onRequests(s, async () => {
          for (const c of response) {
            s.write(c);
            await sleep(2);
          }
        }),
      ),
    );
    const r = await send({ method: 'GET', url: server.url }, { pool: false, timeouts: { idle: 500 } });
    expect(latin1(r.body)).toBe('ok');
    expect(latin1(r.raw.received)).toBe(response);
  }, 5000);

  it('ends a stalled head at the idle timeout', async () => {
    const server = await respond('HTTP/1.1 200 OK\r\nX-Part');
    const e = await failure(send({ method: 'GET', url: server.url }, { pool: false, timeouts: { idle: 100 } }));
    expect(e.code).toBe('HTTPLENS_IDLE_TIMEOUT');
    expect(e.context.bytesRead).toBe(23);
    expect(latin1(e.context.received ?? new Uint8Array())).toBe('HTTP/1.1 200 OK\r\nX-Part');
  }, 5000);

  it('ends a stalled body at the idle timeout', async () => {
    const server = await respond('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc');
    const e = await failure(send({ method: 'GET', url: server.url }, { pool: false, timeouts: { idle: 100 } }));
    expect(e.code).toBe('HTTPLENS_IDLE_TIMEOUT');
    expect(e.context.phase).toBe('body');
  }, 5000);

  it('fires a deadline more than a second away (watched coarsely first, then precisely)', async () => {
    const server = await serve(rawServer((s) => s.resume()));
    const started = performance.now();
    const e = await failure(send({ method: 'GET', url: server.url }, { pool: false, timeouts: { firstByte: 1200 } }));
    expect(e.code).toBe('HTTPLENS_FIRST_BYTE_TIMEOUT');
    expect(performance.now() - started).toBeGreaterThanOrEqual(1190);
  }, 5000);

  it('ends a silent server at the first-byte timeout', async () => {
    const server = await serve(rawServer(() => {}));
    const e = await failure(send({ method: 'GET', url: server.url }, { pool: false, timeouts: { firstByte: 100 } }));
    expect(e.code).toBe('HTTPLENS_FIRST_BYTE_TIMEOUT');
    expect(e.context).toMatchObject({ phase: 'head', bytesRead: 0, host: '127.0.0.1' });
    expect(e.context.bytesWritten).toBeGreaterThan(0);
  }, 5000);

  it('aborts through an AbortSignal, with its reason as the cause', async () => {
    const server = await serve(rawServer((s) => s.resume()));
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user cancelled')), 50);
    const e = await failure(send({ method: 'GET', url: server.url }, { pool: false, signal: controller.signal }));
    expect(e.code).toBe('HTTPLENS_ABORTED');
    expect((e.cause as Error).message).toBe('user cancelled');
    await sleep(20);
    expect(server.sockets.size).toBe(0);
  }, 5000);

  it('does not connect when the signal is already aborted', async () => {
    const server = await serve(rawServer(() => {}));
    const e = await failure(send({ method: 'GET', url: server.url }, { pool: false, signal: AbortSignal.abort() }));
    expect(e.code).toBe('HTTPLENS_ABORTED');
    await sleep(20);
    expect(server.connections).toBe(0);
  }, 5000);
});

describe('bodies that never end, and limits', () => {
  const MiB = 1024 * 1024;

  it('cuts an endless chunked body at the body limit and closes the connection', async () => {
    const piece = Buffer.from(`4000\r\n${'x'.repeat(0x4000)}\r\n`, 'latin1');
    const server = await serve(rawServer((s) => onRequests(s, () => {
      s.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n');
      void forever(s, piece);
    })));
    const r = await send({ method: 'GET', url: server.url }, { pool: false, limits: { bodySize: MiB } });
    expect(r.truncated).toBe(true);
    expect(r.body.length).toBe(MiB);
    expect(r.raw.received.length).toBeLessThan(MiB + 64 * 1024);
    expect(r.message.body?.framing).toBe('chunked');
    await sleep(50);
    expect(server.sockets.size).toBe(0);
  }, 10_000);

  it('cuts a huge Content-Length body at the body limit', async () => {
    const server = await serve(rawServer((s) => onRequests(s, () => {
      s.write('HTTP/1.1 200 OK\r\nContent-Length: 100000000000\r\n\r\n');
      void forever(s, Buffer.alloc(65536, 0x61));
    })));
    const pool = new Pool();
    later(() => pool.close());
    const r = await send({ method: 'GET', url: server.url }, { pool, limits: { bodySize: 100_000 } });
    expect(r.truncated).toBe(true);
    expect(r.body.length).toBe(100_000);
    expect(pool.stats()).toEqual({});
  }, 10_000);

  it('refuses a 1 MB header block without reading it all', async () => {
    const block = Buffer.from('HTTP/1.1 200 OK\r\n' + Array.from({ length: 16 * 1024 }, (_, i) => `X-Pad-${i}: ${'a'.repeat(50)}\r\n`).join('') + 'Content-Length: 0\r\n\r\n', 'latin1');
    expect(block.length).toBeGreaterThan(MiB);
    const server = await respond(block);
    const e = await failure(send({ method: 'GET', url: server.url }, { pool: false }));
    expect(e.code).toBe('HTTPLENS_RESPONSE_TOO_LARGE');
    expect(e.context.phase).toBe('head');
    expect(e.context.bytesRead).toBeLessThan(64 * 1024 + 256 * 1024);
    // With a limit above the block, the same response reads.
    const r = await send({ method: 'GET', url: server.url }, { pool: false, limits: { headerSize: 2 * MiB } });
    expect(r.headers.length).toBe(16 * 1024 + 1);
    expect(r.headers[16 * 1024 - 1]).toEqual([`X-Pad-${16 * 1024 - 1}`, 'a'.repeat(50)]);
  }, 10_000);

  it('refuses a trailer section larger than the limit', async () => {
    const server = await respond(`HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n${'X-T: 1234567890\r\n'.repeat(200)}\r\n`);
    const e = await failure(send({ method: 'GET', url: server.url }, { pool: false, limits: { headerSize: 1024 } }));
    expect(e.code).toBe('HTTPLENS_RESPONSE_TOO_LARGE');
    expect(e.context.phase).toBe('trailers');
  }, 5000);

  it('stops decoding a gzip bomb at the decoded-size limit', async () => {
    // 256 MiB of zeros in about 256 KB of gzip, made without holding 256 MiB.
    const gzip = createGzip({ level: 9 });
    const parts: Buffer[] = [];
    gzip.on('data', (d: Buffer) => parts.push(d));
    const zeros = Buffer.alloc(MiB);
    for (let i = 0; i < 256; i++) gzip.write(zeros);
    gzip.end();
    await once(gzip, 'end');
    const bomb = Buffer.concat(parts);
    expect(bomb.length).toBeLessThan(MiB);
    const server = await respond(Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: ${bomb.length}\r\n\r\n`), bomb]));
    const rss = process.memoryUsage().rss;
    const r = await send({ method: 'GET', url: server.url }, { pool: false, limits: { decodedSize: 4 * MiB } });
    expect(r.truncated).toBe(true);
    expect(r.body.length).toBe(4 * MiB);
    expect(r.decoded).toEqual(['gzip']);
    expect(r.message.body?.bytes.length).toBe(bomb.length);
    expect(process.memoryUsage().rss - rss).toBeLessThan(128 * MiB);
  }, 20_000);

  it('stops decoding a brotli bomb at the decoded-size limit', async () => {
    const bomb = brotliCompressSync(Buffer.alloc(32 * MiB), { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
    const server = await respond(Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Encoding: br\r\nContent-Length: ${bomb.length}\r\n\r\n`), bomb]));
    const r = await send({ method: 'GET', url: server.url }, { pool: false, limits: { decodedSize: MiB } });
    expect(r.truncated).toBe(true);
    expect(r.body.length).toBe(MiB);
  }, 20_000);
});

describe('content codings', { timeout: 5000 }, () => {
  const text = Buffer.from('hello, wörld '.repeat(20));
  const cases: [string, string, Buffer, string[]][] = [
    ['gzip', 'gzip', gzipSync(text), ['gzip']],
    ['x-gzip', 'x-gzip', gzipSync(text), ['x-gzip']],
    ['deflate (zlib)', 'deflate', deflateSync(text), ['deflate']],
    ['deflate (raw, as some servers send it)', 'deflate', deflateRawSync(text), ['deflate']],
    ['br', 'br', brotliCompressSync(text), ['br']],
    ['gzip then br', 'gzip, br', brotliCompressSync(gzipSync(text)), ['gzip', 'br']],
    ['identity', 'identity', text, []],
  ];
  for (const [name, header, encoded, decoded] of cases) {
    it(`decodes ${name}`, async () => {
      const server = await respond(Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Encoding: ${header}\r\nContent-Length: ${encoded.length}\r\n\r\n`), encoded]));
      const r = await send({ method: 'GET', url: server.url }, { pool: false });
      expect(Buffer.from(r.body).equals(text)).toBe(true);
      expect(r.decoded).toEqual(decoded);
      expect(Buffer.from(r.message.body?.bytes ?? []).equals(encoded)).toBe(true);
      const raw = await send({ method: 'GET', url: server.url }, { pool: false, decode: false });
      expect(Buffer.from(raw.body).equals(encoded)).toBe(true);
      expect(raw.decoded).toEqual([]);
    });
  }

  it('leaves an unknown coding alone', async () => {
    const server = await respond('HTTP/1.1 200 OK\r\nContent-Encoding: zstd\r\nContent-Length: 4\r\n\r\nabcd');
    const r = await send({ method: 'GET', url: server.url }, { pool: false });
    expect(latin1(r.body)).toBe('abcd');
    expect(r.decoded).toEqual([]);
  });

  it('reports corrupt gzip', async () => {
    const server = await respond('HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 10\r\n\r\n0123456789');
    const e = await failure(send({ method: 'GET', url: server.url }, { pool: false }));
    expect(e.code).toBe('HTTPLENS_DECODE_FAILED');
    expect(e.context.phase).toBe('decode');
  });
});

describe('broken framing', () => {
  const bad: [string, string, string][] = [
    ['an invalid chunk size', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n', 'body'],
    ['a negative chunk size', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\nabc\r\n0\r\n\r\n', 'body'],
    ['an empty chunk size', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n\r\nabc\r\n0\r\n\r\n', 'body'],
    ['a 0x prefix', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0x3\r\nabc\r\n0\r\n\r\n', 'body'],
    ['two sizes on a line', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3 4\r\nabc\r\n0\r\n\r\n', 'body'],
    ['a chunk size that overflows', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\nabc\r\n', 'body'],
    ['chunk data without CRLF', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n', 'body'],
    ['HTTP/2 in a status line', 'HTTP/2 200 OK\r\n\r\n', 'head'],
    ['HTTP/2.0', 'HTTP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n', 'head'],
    ['a two-digit status', 'HTTP/1.1 20 OK\r\nContent-Length: 0\r\n\r\n', 'head'],
    ['ICY', 'ICY 200 OK\r\n\r\n', 'head'],
    ['garbage', '<html>hello</html>\r\n\r\n', 'head'],
    ['a field line without colon', 'HTTP/1.1 200 OK\r\nBroken\r\nContent-Length: 0\r\n\r\n', 'head'],
    ['space before the colon', 'HTTP/1.1 200 OK\r\nContent-Length : 0\r\n\r\n', 'head'],
    ['conflicting Content-Length', 'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab', 'head'],
    ['an invalid Content-Length', 'HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n', 'head'],
    ['NUL in a value', 'HTTP/1.1 200 OK\r\nX-A: a\u0000b\r\nContent-Length: 0\r\n\r\n', 'head'],
  ];
  for (const [name, response, phase] of bad) {
    it(`${name} -> HTTPLENS_BAD_RESPONSE`, async () => {
      const server = await respond(response);
      const e = await failure(send({ method: 'GET', url: server.url }, { pool: false }));
      expect(e.code).toBe('HTTPLENS_BAD_RESPONSE');
      expect(e.context.phase).toBe(phase);
    }, 5000);
  }

  it('refuses a chunk-size line longer than 4 KiB', async () => {
    const server = await respond(`HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1;${'e'.repeat(5000)}\r\na\r\n0\r\n\r\n`);
    const e = await failure(send({ method: 'GET', url: server.url }, { pool: false }));
    expect(e.code).toBe('HTTPLENS_BAD_RESPONSE');
  }, 5000);

  const framings: [string, string, string, string][] = [
    ['identical Content-Length values in a list', 'HTTP/1.1 200 OK\r\nContent-Length: 3, 3\r\n\r\nabc', 'abc', 'content-length'],
    ['chunk data ended by a bare LF', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\n0\r\n\r\n', 'abc', 'chunked'],
    ['a transfer coding without chunked (read to the close)', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nraw', 'raw', 'close'],
    ['chunked in HTTP/1.0 (decoded, then the connection closes)', 'HTTP/1.0 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n', 'abc', 'chunked'],
    ['Connection with a list of options', 'HTTP/1.1 200 OK\r\nConnection: keep-alive, close\r\nContent-Length: 1\r\n\r\nz', 'z', 'content-length'],
  ];
  for (const [name, response, body, framing] of framings) {
    it(`frames ${name}`, async () => {
      const server = await serve(rawServer((s) => onRequests(s, () => s.end(response))));
      const r = await send({ method: 'GET', url: server.url }, { pool: false });
      expect(latin1(r.body)).toBe(body);
      expect(r.message.body?.framing).toBe(framing);
    }, 5000);
  }

  it('cuts a close-delimited body at the body limit', async () => {
    const server = await serve(rawServer((s) => onRequests(s, () => {
      s.write('HTTP/1.1 200 OK\r\n\r\n');
      void forever(s, Buffer.alloc(16384, 0x63));
    })));
    const r = await send({ method: 'GET', url: server.url }, { pool: false, limits: { bodySize: 50_000 } });
    expect(r.truncated).toBe(true);
    expect(r.body.length).toBe(50_000);
  }, 5000);

  it('reports a close in the middle of a Content-Length body with the bytes read', async () => {
    const server = await serve(rawServer((s) => onRequests(s, () => s.end('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789'))));
    const e = await failure(send({ method: 'GET', url: server.url }, { pool: false }));
    expect(e.code).toBe('HTTPLENS_CONNECTION_CLOSED');
    expect(e.context.phase).toBe('body');
    expect(e.context.bytesRead).toBe(50);
    expect(latin1(e.context.received ?? new Uint8Array())).toBe('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789');
  }, 5000);

  it('reports a close in the middle of a chunked body', async () => {
    const server = await serve(rawServer((s) => onRequests(s, () => s.end('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab'))));
    const e = await failure(send({ method: 'GET', url: server.url }, { pool: false }));
    expect(e.code).toBe('HTTPLENS_CONNECTION_CLOSED');
    expect(e.context.phase).toBe('body');
  }, 5000);

  it('reads an HTTP/1.0 body delimited by close', async () => {
    const server = await serve(rawServer((s) => onRequests(s, () => s.end('HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nhello\r\nworld'))));
    const r = await send({ method: 'GET', url: server.url }, { pool: false });
    expect(r.version).toBe('HTTP/1.0');
    expect(latin1(r.body)).toBe('hello\r\nworld');
    expect(r.message.body?.framing).toBe('close');
  }, 5000);

  it('reads an HTTP/1.1 body without length up to the close', async () => {
    const server = await serve(rawServer((s) => onRequests(s, async () => {
      s.write('HTTP/1.1 200 OK\r\n\r\npart one, ');
      await sleep(20);
      s.end('part two');
    })));
    const r = await send({ method: 'GET', url: server.url }, { pool: false });
    expect(latin1(r.body)).toBe('part one, part two');
  }, 5000);
});

describe('interim responses and Expect: 100-continue', () => {
  it('sends the body after 100 Continue and records it', async () => {
    const server = await serve(httpServer((req, res) => {
      const parts: Buffer[] = [];
      req.on('data', (d: Buffer) => parts.push(d));
      req.on('end', () => res.end(`got ${Buffer.concat(parts).toString()}`));
    }));
    const r = await send({ method: 'POST', url: server.url, headers: [['Expect', '100-continue']], body: 'payload' }, { pool: false, timeouts: { expectContinue: 5000 } });
    expect(latin1(r.body)).toBe('got payload');
    expect(r.interim).toEqual([{ status: 100, reason: 'Continue', headers: [] }]);
    expect(latin1(r.raw.received)).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 OK\r\n/);
    expect(r.message.status).toBe(200);
    expect(r.message.startLine?.span.offset).toBe('HTTP/1.1 100 Continue\r\n\r\n'.length);
    expect(latin1(r.raw.sent).endsWith('\r\n\r\npayload')).toBe(true);
  }, 5000);

  it('streams a body after 100 Continue', async () => {
    const server = await serve(httpServer((req, res) => {
      const parts: Buffer[] = [];
      req.on('data', (d: Buffer) => parts.push(d));
      req.on('end', () => res.end(`got ${Buffer.concat(parts).toString()}`));
    }));
    const body = (async function* () { yield Buffer.from('a'); yield Buffer.from('b'); })();
    const r = await send({ method: 'PUT', url: server.url, headers: [['Expect', '100-continue']], body }, { pool: false, timeouts: { expectContinue: 5000 } });
    expect(latin1(r.body)).toBe('got ab');
    expect(r.interim.map((i) => i.status)).toEqual([100]);
  }, 5000);

  it('does not send the body when the final response comes first', async () => {
    let received = '';
    const server = await serve(rawServer((s) => {
      s.on('data', (d: Buffer) => (received += d.toString('latin1')));
      onRequests(s, () => s.write('HTTP/1.1 417 Expectation Failed\r\nContent-Length: 0\r\n\r\n'));
    }));
    const pool = new Pool();
    later(() => pool.close());
    const r = await send({ method: 'POST', url: server.url, headers: [['Expect', '100-continue']], body: 'secret-body' }, { pool, timeouts: { expectContinue: 5000 } });
    expect(r.status).toBe(417);
    expect(latin1(r.raw.sent)).not.toContain('secret-body');
    await sleep(30);
    expect(received).not.toContain('secret-body');
    expect(pool.stats()).toEqual({});
  }, 5000);

  it('sends a body once when an unsolicited 100 Continue arrives (no Expect sent)', async () => {
    let received = '';
    const server = await serve(rawServer((s) => {
      s.on('data', (d: Buffer) => {
        received += d.toString('latin1');
        if (received.endsWith('once-body')) s.write('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
      });
    }));
    const pool = new Pool();
    later(() => pool.close());
    const count = (text: string): number => text.split('once-body').length - 1;
    const r = await send({ method: 'POST', url: server.url, body: 'once-body' }, { pool });
    expect(r.interim.map((i) => i.status)).toEqual([100]);
    expect(latin1(r.body)).toBe('ok');
    expect(count(latin1(r.raw.sent))).toBe(1);
    // A streamed body too, on the same (reused) connection.
    const body = (async function* () { yield Buffer.from('once-'); yield Buffer.from('body'); })();
    const again = await send({ method: 'PUT', url: server.url, headers: [['Content-Length', '9']], body }, { pool });
    expect(again.reused).toBe(true);
    expect(latin1(again.body)).toBe('ok');
    expect(count(latin1(again.raw.sent))).toBe(1);
    await sleep(30);
    expect(count(received)).toBe(2);
  }, 5000);

  it('sends the body anyway when no 100 Continue comes in time', async () => {
    const server = await serve(rawServer((s) => {
      let data = '';
      s.on('data', (d: Buffer) => {
        data += d.toString('latin1');
        if (data.endsWith('late-body')) s.write('HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\ndone');
      });
    }));
    const r = await send({ method: 'POST', url: server.url, headers: [['Expect', '100-continue']], body: 'late-body' }, { pool: false, timeouts: { expectContinue: 50 } });
    expect(latin1(r.body)).toBe('done');
    expect(r.interim).toEqual([]);
  }, 5000);

  it('records 103 Early Hints before the final response', async () => {
    const server = await respond('HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload; as=style\r\nLink: </app.js>; rel=preload\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    const r = await send({ method: 'GET', url: server.url }, { pool: false });
    expect(r.interim).toEqual([{ status: 103, reason: 'Early Hints', headers: [['Link', '</style.css>; rel=preload; as=style'], ['Link', '</app.js>; rel=preload']] }]);
    expect(r.status).toBe(200);
    expect(r.headers).toEqual([['Content-Length', '2']]);
  }, 5000);

  it('records 103 from node:http writeEarlyHints', async () => {
    const server = await serve(httpServer((_req, res) => {
      res.writeEarlyHints({ link: '</a.css>; rel=preload; as=style' });
      res.end('x');
    }));
    const r = await send({ method: 'GET', url: server.url }, { pool: false });
    expect(r.interim.map((i) => [i.status, i.headers.find(([n]) => n.toLowerCase() === 'link')?.[1]])).toEqual([[103, '</a.css>; rel=preload; as=style']]);
  }, 5000);
});

describe('a slow streamed upload', () => {
  // A server that answers only once the whole body has arrived (chunked: at the last chunk).
  const answerAtEnd = (): Promise<Running> =>
    serve(rawServer((s) => {
      let seen = '';
      s.on('data', (d: Buffer) => {
        seen += d.toString('latin1');
        if (seen.includes('\r\n0\r\n\r\n')) s.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
      });
    }));
  const slowBody = (pieces: number, gap: number): AsyncIterable<Uint8Array> =>
    (async function* () {
      for (let i = 0; i < pieces; i++) {
        yield Buffer.from('abc');
        await sleep(gap);
      }
    })();

  it('is not cut by the first-byte timeout while its pieces keep coming', async () => {
    const server = await answerAtEnd();
    // 8 pieces 60 ms apart: about 480 ms of upload against a 200 ms first-byte timeout
    const r = await send({ method: 'POST', url: server.url, body: slowBody(8, 60) }, { pool: false, timeouts: { firstByte: 200 } });
    expect([r.status, latin1(r.body)]).toEqual([200, 'ok']);
  }, 5000);

  it('times out when no answer comes after the last piece', async () => {
    const server = await serve(rawServer((s) => s.resume()));
    const started = Date.now();
    const e = await failure(send({ method: 'POST', url: server.url, body: slowBody(4, 60) }, { pool: false, timeouts: { firstByte: 200 } }));
    expect(e.code).toBe('HTTPLENS_FIRST_BYTE_TIMEOUT');
    // counted from the last piece (written about 180 ms in), not from the head (which would end it at about 200 ms)
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
  }, 5000);
});

describe('a response before the request ends', () => {
  it('stops streaming the body and returns the response', async () => {
    let finished = false;
    let yielded = 0;
    const body = (async function* () {
      try {
        for (;;) {
          yielded++;
          yield Buffer.alloc(1024, 0x62);
          await sleep(2);
        }
      } finally {
        finished = true;
      }
    })();
    const server = await serve(rawServer((s) => onRequests(s, () => {
      s.end('HTTP/1.1 413 Content Too Large\r\nConnection: close\r\nContent-Length: 8\r\n\r\ntoo big!');
      s.resume();
    })));
    const r: SendResult = await send({ method: 'POST', url: server.url, body }, { pool: false });
    expect(r.status).toBe(413);
    expect(latin1(r.body)).toBe('too big!');
    await sleep(30);
    expect(finished).toBe(true);
    expect(yielded).toBeLessThan(1000);
  }, 5000);

  it('reports a failing body stream with its cause', async () => {
    const server = await serve(rawServer(() => {}));
    const cause = new Error('disk gone');
    const body = (async function* () {
      yield Buffer.from('a');
      throw cause;
    })();
    const e = await failure(send({ method: 'POST', url: server.url, body }, { pool: false }));
    expect(e.code).toBe('HTTPLENS_REQUEST_BODY_FAILED');
    expect(e.cause).toBe(cause);
  }, 5000);
});

describe('every response split at every byte position, over a socket', () => {
  const comparable = (r: SendResult): unknown => ({
    status: r.status,
    reason: r.reason,
    headers: r.headers,
    trailers: r.trailers,
    interim: r.interim,
    body: latin1(r.body),
    received: latin1(r.raw.received),
  });

  for (const [name, response, method] of [...RESPONSES, ['close-delimited', CLOSE_DELIMITED, 'GET'] as const]) {
    it(name, async () => {
      const close = response === CLOSE_DELIMITED;
      const server = await serve(
        rawServer((s) =>
          onRequests(s, (head) => {
            const at = Number(/\/split\/(\d+)/.exec(head)?.[1] ?? '0');
            s.write(response.slice(0, at), 'latin1');
            setTimeout(() => (close ? s.end(response.slice(at), 'latin1') : s.write(response.slice(at), 'latin1')), 1);
          }),
        ),
      );
      const pool = new Pool({ maxSocketsPerOrigin: 1 });
      later(() => pool.close());
      const baseline = comparable(await send({ method: method ?? 'GET', url: `${server.url}/split/0` }, { pool }));
      expect((baseline as { received: string }).received).toBe(response);
      for (let at = 1; at < response.length; at++) {
        const r = await send({ method: method ?? 'GET', url: `${server.url}/split/${at}` }, { pool, timeouts: { idle: 2000 } });
        expect(comparable(r), `split at ${at}`).toEqual(baseline);
      }
      if (!close) expect(server.connections).toBe(1);
    }, 20_000);
  }
});
