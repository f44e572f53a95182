import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { connect, createServer as createNetServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeErrorCode, ERROR_CODES, Pool, send, TransportError, type SendRequest } from '@httplens/transport';
import { collect, httpServer, onRequests, rawServer, type Running } from './servers.js';

const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

async function failure(p: Promise<unknown>): Promise<TransportError> {
  try {
    await p;
  } catch (error) {
    expect(error).toBeInstanceOf(TransportError);
    return error as TransportError;
  }
  throw new Error('expected a rejection');
}

describe('send against node:http', { timeout: 10_000 }, () => {
  let server: Running;
  const seen: { method: string; url: string; headers: string[]; body: string }[] = [];
  beforeAll(async () => {
    server = await httpServer(async (req, res) => {
      const body = (await collect(req)).toString('latin1');
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.rawHeaders, body });
      if (req.url === '/trailers') {
        res.writeHead(200, { 'Content-Type': 'text/plain', Trailer: 'X-Checksum' });
        res.write('abc');
        res.write('def');
        res.addTrailers({ 'X-Checksum': '42' });
        res.end();
        return;
      }
      if (req.url === '/204') {
        res.writeHead(204, { 'X-Empty': 'yes' });
        res.end();
        return;
      }
      if (req.url === '/304') {
        res.writeHead(304, { ETag: '"a"', 'Content-Length': '10' });
        res.end();
        return;
      }
      res.setHeader('X-Echo-Method', req.method ?? '');
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      const text = Buffer.from(`${req.method} ${req.url} ${body}`, 'latin1');
      res.setHeader('Content-Length', String(text.length));
      res.end(req.method === 'HEAD' ? undefined : text);
    });
  });
  afterAll(() => server.close());

  it('writes the request line, Host first, then the fields in order and case', async () => {
    const pool = new Pool();
    const r = await send({ method: 'GET', url: `${server.url}/a/b?c=1#frag`, headers: [['accept', '*/*'], ['X-Mixed-CASE', 'v']] }, { pool });
    pool.close();
    expect(latin1(r.raw.sent)).toBe(`GET /a/b?c=1 HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\naccept: */*\r\nX-Mixed-CASE: v\r\n\r\n`);
    expect(r.status).toBe(200);
    expect(r.reason).toBe('OK');
    expect(r.version).toBe('HTTP/1.1');
    expect(r.headers.map(([n]) => n)).toEqual(['X-Echo-Method', 'Content-Type', 'Content-Length', 'Date', 'Connection', 'Keep-Alive']);
    expect(latin1(r.body)).toBe('GET /a/b?c=1 ');
    expect(latin1(r.raw.received)).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\nGET \/a\/b\?c=1 $/);
    expect(r.remoteAddress).toBe('127.0.0.1');
    expect(r.remotePort).toBe(server.port);
    expect(r.reused).toBe(false);
    expect(r.redirects).toEqual([]);
    expect(r.interim).toEqual([]);
    expect(r.truncated).toBe(false);
    expect(r.tls).toBeUndefined();
    for (const k of ['wait', 'dns', 'connect', 'tls', 'request', 'firstByte', 'download', 'total'] as const) expect(r.timings[k]).toBeGreaterThanOrEqual(0);
    expect(r.timings.total).toBeGreaterThanOrEqual(r.timings.wait + r.timings.connect + r.timings.firstByte);
  });

  it('fills message with spans into the received bytes', async () => {
    const r = await send({ method: 'GET', url: `${server.url}/m` }, { pool: false });
    const text = latin1(r.raw.received);
    const m = r.message;
    expect(m.kind).toBe('response');
    expect(m.status).toBe(200);
    for (const f of m.fields) {
      expect(text.slice(f.nameSpan.offset, f.nameSpan.offset + f.nameSpan.length)).toBe(f.name);
      expect(text.slice(f.valueSpan.offset, f.valueSpan.offset + f.valueSpan.length)).toBe(f.value);
      expect(text.slice(f.span.offset, f.span.offset + f.span.length)).toBe(`${f.name}: ${f.value}`);
    }
    expect(m.body?.framing).toBe('content-length');
    const span = m.body?.span ?? { offset: 0, length: 0 };
    expect(text.slice(span.offset, span.offset + span.length)).toBe('GET /m ');
    expect(m.headSpan).toEqual({ offset: 0, length: span.offset });
  });

  it('serialises the result to JSON with its message', async () => {
    const r = await send({ method: 'GET', url: `${server.url}/json` }, { pool: false });
    const json = JSON.parse(JSON.stringify(r)) as { status: number; message: { status: number; fields: unknown[] }; timings: { total: number } };
    expect(json.status).toBe(200);
    expect(json.message.status).toBe(200);
    expect(json.message.fields.length).toBe(r.headers.length);
    expect(json.timings.total).toBe(r.timings.total);
  });

  it('moves a user Host field to the front, keeping its case and value', async () => {
    const r = await send({ method: 'GET', url: `${server.url}/h`, headers: [['accept', 'x'], ['host', 'example.test']] }, { pool: false });
    expect(latin1(r.raw.sent)).toBe('GET /h HTTP/1.1\r\nhost: example.test\r\naccept: x\r\n\r\n');
  });

  const bodies: [string, SendRequest['body'], [string, string][], string, string][] = [
    ['a string as UTF-8 with a computed Content-Length', 'héllo', [], 'Content-Length: 6\r\n', 'héllo'],
    ['bytes', new Uint8Array([0x61, 0x00, 0x62]), [], 'Content-Length: 3\r\n', 'a\u0000b'],
    ['no body on POST: Content-Length 0', undefined, [], 'Content-Length: 0\r\n', ''],
    ['a stream, chunked', (async function* () { yield Buffer.from('ab'); yield Buffer.from('cde'); })(), [], 'Transfer-Encoding: chunked\r\n', 'abcde'],
    ['a stream with the user Content-Length', (async function* () { yield Buffer.from('ab'); yield Buffer.from('c'); })(), [['Content-Length', '3']], 'Content-Length: 3\r\n', 'abc'],
    ['bytes with the user chunked coding', 'xyz', [['Transfer-Encoding', 'chunked']], 'Transfer-Encoding: chunked\r\n', 'xyz'],
    ['no body with the user chunked coding: the last chunk alone', undefined, [['Transfer-Encoding', 'chunked']], 'Transfer-Encoding: chunked\r\n', ''],
  ];
  for (const [name, body, headers, field, received] of bodies) {
    it(`frames the body: ${name}`, async () => {
      const request: SendRequest = { method: 'POST', url: `${server.url}/body`, headers };
      if (body !== undefined) request.body = body;
      const r = await send(request, { pool: false });
      expect(latin1(r.raw.sent)).toContain(field);
      expect(latin1(r.raw.sent).split(field).length).toBe(2);
      expect(Buffer.from(r.body).toString('utf8')).toBe(`POST /body ${received}`);
    });
  }

  it('writes the chunk framing of a stream exactly', async () => {
    const r = await send({ method: 'PUT', url: `${server.url}/s`, body: (async function* () { yield new Uint8Array(17).fill(0x61); yield new Uint8Array(0); yield Buffer.from('z'); })() }, { pool: false });
    expect(latin1(r.raw.sent).endsWith(`11\r\n${'a'.repeat(17)}\r\n1\r\nz\r\n0\r\n\r\n`)).toBe(true);
  });

  it('streams a large body with back-pressure', async () => {
    const piece = Buffer.alloc(256 * 1024, 0x61);
    const body = (async function* () {
      for (let i = 0; i < 32; i++) yield piece;
    })();
    const r = await send({ method: 'POST', url: `${server.url}/big`, body }, { pool: false });
    expect(latin1(r.body).length).toBe('POST /big '.length + 32 * 256 * 1024);
    expect(r.raw.sent.length).toBeGreaterThan(32 * 256 * 1024);
  });

  const badStreams: [string, () => AsyncIterable<Uint8Array>, [string, string][], string][] = [
    ['an item that is not bytes', async function* () { yield 'text' as unknown as Uint8Array; }, [], 'HTTPLENS_REQUEST_BODY_FAILED'],
    ['fewer bytes than its Content-Length', async function* () { yield Buffer.from('ab'); }, [['Content-Length', '5']], 'HTTPLENS_INVALID_REQUEST'],
    ['more bytes than its Content-Length', async function* () { yield Buffer.from('abcdef'); }, [['Content-Length', '5']], 'HTTPLENS_INVALID_REQUEST'],
  ];
  for (const [name, body, headers, code] of badStreams) {
    it(`rejects a body stream with ${name}`, async () => {
      const e = await failure(send({ method: 'POST', url: `${server.url}/bad`, headers, body: body() }, { pool: false }));
      expect(e.code).toBe(code);
      expect(e.context.phase).toBe('write');
    });
  }

  it('reads a chunked body with trailers', async () => {
    const r = await send({ method: 'GET', url: `${server.url}/trailers` }, { pool: false });
    expect(latin1(r.body)).toBe('abcdef');
    expect(r.trailers).toEqual([['X-Checksum', '42']]);
    expect(r.message.body?.framing).toBe('chunked');
    expect(r.message.trailers.map((f) => f.name)).toEqual(['X-Checksum']);
    const t = r.message.trailers[0];
    if (!t) throw new Error('no trailer');
    expect(latin1(r.raw.received).slice(t.span.offset, t.span.offset + t.span.length)).toBe('X-Checksum: 42');
  });

  it('reads no content for HEAD, 204 and 304, and reuses the connection after each', async () => {
    const pool = new Pool({ maxSocketsPerOrigin: 1 });
    const head = await send({ method: 'HEAD', url: `${server.url}/x` }, { pool });
    expect(head.headers.find(([n]) => n === 'Content-Length')?.[1]).toBe('8');
    expect(head.body.length).toBe(0);
    expect(head.message.body?.bytes.length ?? 0).toBe(0);
    expect(head.message.rest).toBeUndefined();
    const noContent = await send({ method: 'GET', url: `${server.url}/204` }, { pool });
    expect(noContent.status).toBe(204);
    expect(noContent.reused).toBe(true);
    const notModified = await send({ method: 'GET', url: `${server.url}/304` }, { pool });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(notModified.reused).toBe(true);
    const after = await send({ method: 'GET', url: `${server.url}/after` }, { pool });
    expect(latin1(after.body)).toBe('GET /after ');
    expect(after.reused).toBe(true);
    pool.close();
  });
});

describe('request validation happens before anything is written', { timeout: 10_000 }, () => {
  let server: Running;
  beforeAll(async () => {
    server = await rawServer((s) => s.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'));
  });
  afterAll(() => server.close());

  const cases: [string, SendRequest, string][] = [
    ['CR in a value', { method: 'GET', url: '', headers: [['X-A', 'a\rb']] }, 'HTTPLENS_INVALID_HEADER'],
    ['LF in a value (header injection)', { method: 'GET', url: '', headers: [['X-A', 'a\r\nX-Injected: 1']] }, 'HTTPLENS_INVALID_HEADER'],
    ['NUL in a value', { method: 'GET', url: '', headers: [['X-A', 'a\u0000']] }, 'HTTPLENS_INVALID_HEADER'],
    ['a value above U+00FF', { method: 'GET', url: '', headers: [['X-A', 'snow ☃']] }, 'HTTPLENS_INVALID_HEADER'],
    ['a space in a name', { method: 'GET', url: '', headers: [['X A', 'v']] }, 'HTTPLENS_INVALID_HEADER'],
    ['a colon in a name', { method: 'GET', url: '', headers: [['X:A', 'v']] }, 'HTTPLENS_INVALID_HEADER'],
    ['an empty name', { method: 'GET', url: '', headers: [['', 'v']] }, 'HTTPLENS_INVALID_HEADER'],
    ['LF in a name', { method: 'GET', url: '', headers: [['X\nA', 'v']] }, 'HTTPLENS_INVALID_HEADER'],
    ['a non-ASCII name', { method: 'GET', url: '', headers: [['Ä', 'v']] }, 'HTTPLENS_INVALID_HEADER'],
    ['two Host fields', { method: 'GET', url: '', headers: [['Host', 'a'], ['host', 'b']] }, 'HTTPLENS_INVALID_HEADER'],
    ['a Content-Length that disagrees with the body', { method: 'POST', url: '', headers: [['Content-Length', '5']], body: 'abc' }, 'HTTPLENS_INVALID_HEADER'],
    ['Content-Length with chunked', { method: 'POST', url: '', headers: [['Content-Length', '3'], ['Transfer-Encoding', 'chunked']], body: 'abc' }, 'HTTPLENS_INVALID_HEADER'],
    ['a method that is not a token', { method: 'GE T', url: '' }, 'HTTPLENS_INVALID_REQUEST'],
    ['a method with CRLF', { method: 'GET\r\n', url: '' }, 'HTTPLENS_INVALID_REQUEST'],
    ['a target as written with a space', { method: 'GET', url: '', target: '/a b' }, 'HTTPLENS_INVALID_REQUEST'],
    ['a target as written with CRLF (request splitting)', { method: 'GET', url: '', target: '/a\r\nX-Injected: 1' }, 'HTTPLENS_INVALID_REQUEST'],
    ['a target as written with a non-ASCII character', { method: 'GET', url: '', target: '/ä' }, 'HTTPLENS_INVALID_REQUEST'],
    ['a target as written that is not origin-form', { method: 'GET', url: '', target: 'http://x/' }, 'HTTPLENS_INVALID_REQUEST'],
    ['a body of the wrong type', { method: 'POST', url: '', body: 42 as unknown as string }, 'HTTPLENS_INVALID_REQUEST'],
    ['a transfer coding other than chunked', { method: 'POST', url: '', headers: [['Transfer-Encoding', 'gzip']], body: 'a' }, 'HTTPLENS_UNSUPPORTED'],
  ];
  for (const [name, request, code] of cases) {
    it(`${name} -> ${code}`, async () => {
      const before = server.connections;
      const e = await failure(send({ ...request, url: `${server.url}/` }, { pool: false }));
      expect(e.code).toBe(code);
      expect(e.context.phase).toBe('request');
      expect(server.connections).toBe(before);
    });
  }

  const urls: [string, string][] = [
    ['not a URL', 'HTTPLENS_INVALID_URL'],
    ['ftp://127.0.0.1/', 'HTTPLENS_UNSUPPORTED'],
    ['ws://127.0.0.1/', 'HTTPLENS_UNSUPPORTED'],
    ['file:///etc/passwd', 'HTTPLENS_UNSUPPORTED'],
  ];
  for (const [url, code] of urls) {
    it(`URL ${url} -> ${code}`, async () => {
      expect((await failure(send({ method: 'GET', url }))).code).toBe(code);
    });
  }
});

describe('request-target forms', { timeout: 10_000 }, () => {
  let server: Running;
  const lines: string[] = [];
  beforeAll(async () => {
    server = await rawServer((s) =>
      onRequests(s, (head) => {
        const line = head.split('\r\n')[0] ?? '';
        lines.push(line);
        s.write(line.startsWith('CONNECT') ? 'HTTP/1.1 200 Connection established\r\n\r\n' : 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
      }),
    );
  });
  afterAll(() => server.close());

  const forms: [string, SendRequest, Parameters<typeof send>[1], (port: number) => string][] = [
    ['origin-form', { method: 'GET', url: '/p?q' }, {}, () => 'GET /p?q HTTP/1.1'],
    ['origin-form of an empty path', { method: 'GET', url: '' }, {}, () => 'GET / HTTP/1.1'],
    ['absolute-form', { method: 'GET', url: '/p?q' }, { targetForm: 'absolute' }, (p) => `GET http://127.0.0.1:${p}/p?q HTTP/1.1`],
    ['authority-form for CONNECT', { method: 'CONNECT', url: '' }, {}, (p) => `CONNECT 127.0.0.1:${p} HTTP/1.1`],
    ['asterisk-form', { method: 'OPTIONS', url: '' }, { targetForm: 'asterisk' }, () => 'OPTIONS * HTTP/1.1'],
    // a target given as written: sent as it is, where the URL parser would encode `"`, `{`, `}` and `` ` ``
    ['a target as written', { method: 'GET', url: '/p', target: '/a/{b}?q="x"|`y`' }, {}, () => 'GET /a/{b}?q="x"|`y` HTTP/1.1'],
    ['a target as written, through a proxy', { method: 'GET', url: '/p', target: '/a?{b}' }, { targetForm: 'absolute' }, (p) => `GET http://127.0.0.1:${p}/a?{b} HTTP/1.1`],
    ['a URL that the parser encodes', { method: 'GET', url: '/a/{b}?q="x"' }, {}, () => 'GET /a/%7Bb%7D?q=%22x%22 HTTP/1.1'],
  ];
  for (const [name, request, options, expected] of forms) {
    it(name, async () => {
      const r = await send({ ...request, url: `${server.url}${String(request.url)}` }, { ...options, pool: false });
      expect(latin1(r.raw.sent).split('\r\n')[0]).toBe(expected(server.port));
      expect(lines.at(-1)).toBe(expected(server.port));
      if (request.method === 'CONNECT') expect(r.message.body?.framing ?? 'none').toBe('none');
      else expect(latin1(r.body)).toBe('ok');
    });
  }
});

describe('connecting', { timeout: 10_000 }, () => {
  it('connects over a Unix domain socket', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'httplens-'));
    const path = join(dir, 'api.sock');
    const server = createHttpServer((req, res) => res.end(`unix ${req.headers.host ?? ''}`));
    server.listen(path);
    await once(server, 'listening');
    try {
      const r = await send({ method: 'GET', url: 'http://localhost/v1.43/info' }, { socketPath: path, pool: false });
      expect(latin1(r.body)).toBe('unix localhost');
      expect(r.remoteAddress).toBe(path);
      const missing = await failure(send({ method: 'GET', url: 'http://localhost/' }, { socketPath: join(dir, 'missing.sock'), pool: false }));
      expect(missing.code).toBe('HTTPLENS_CONNECT_FAILED');
      expect(missing.context.socketPath).toBe(join(dir, 'missing.sock'));
    } finally {
      await new Promise((r) => server.close(r));
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('connects to a bracketed IPv6 literal', async () => {
    const server = await httpServer((req, res) => res.end(req.headers.host), '::1');
    try {
      const r = await send({ method: 'GET', url: `http://[::1]:${server.port}/` }, { pool: false });
      expect(latin1(r.body)).toBe(`[::1]:${server.port}`);
      expect(latin1(r.raw.sent)).toContain(`\r\nHost: [::1]:${server.port}\r\n`);
      expect(r.remoteAddress).toBe('::1');
    } finally {
      await server.close();
    }
  });

  it('tries both families in turn through an injected lookup', async () => {
    const server = await httpServer((req, res) => res.end(req.headers.host));
    const asked: string[] = [];
    try {
      const r = await send(
        { method: 'GET', url: `http://service.test:${server.port}/` },
        {
          pool: false,
          lookup: async (name) => {
            asked.push(name);
            // ::1 has nothing listening on this port: refused, then 127.0.0.1 answers.
            return [{ address: '::1', family: 6 }, { address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }];
          },
        },
      );
      expect(asked).toEqual(['service.test']);
      expect(latin1(r.body)).toBe(`service.test:${server.port}`);
      expect(r.remoteAddress).toBe('127.0.0.1');
    } finally {
      await server.close();
    }
  });

  it('does not wait for an address that never answers', async () => {
    const server = await httpServer((_req, res) => res.end('second'));
    try {
      // 10.255.255.1 either hangs (the next address starts after 250 ms) or fails at once.
      const r = await send(
        { method: 'GET', url: `http://twice.test:${server.port}/` },
        { pool: false, timeouts: { connect: 5000 }, lookup: async () => [{ address: '10.255.255.1', family: 4 }, { address: '127.0.0.1', family: 4 }] },
      );
      expect(latin1(r.body)).toBe('second');
      expect(r.remoteAddress).toBe('127.0.0.1');
    } finally {
      await server.close();
    }
  });

  it('tries the next address when the first does not answer within 250 ms', async () => {
    const server = await rawServer((s) => onRequests(s, () => s.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok')));
    const attempts: string[] = [];
    const silent: Socket[] = [];
    // 192.0.2.1 (TEST-NET-1) stands for an address whose SYNs vanish: its socket never connects.
    const createConnection = (o: { host: string; port: number; family: number }): Socket => {
      attempts.push(o.host);
      if (o.host !== '192.0.2.1') return connect(o.port, o.host);
      const s = new Socket();
      silent.push(s);
      return s;
    };
    const lookup = async () => [{ address: '192.0.2.1', family: 4 }, { address: '127.0.0.1', family: 4 }];
    try {
      const r = await send({ method: 'GET', url: `http://both.test:${server.port}/` }, { pool: false, lookup, createConnection });
      expect(latin1(r.body)).toBe('ok');
      expect(attempts).toEqual(['192.0.2.1', '127.0.0.1']);
      expect(r.remoteAddress).toBe('127.0.0.1');
      expect(r.timings.connect).toBeGreaterThanOrEqual(240);
      expect(silent[0]?.destroyed).toBe(true);

      // A connect timeout before the next attempt is due: no further attempt starts.
      attempts.length = 0;
      const e = await failure(send({ method: 'GET', url: `http://both.test:${server.port}/` }, { pool: false, lookup, createConnection, timeouts: { connect: 100 } }));
      expect(e.code).toBe('HTTPLENS_CONNECT_TIMEOUT');
      expect(e.context.phase).toBe('connect');
      await new Promise((r) => setTimeout(r, 400));
      expect(attempts).toEqual(['192.0.2.1']);
      expect(silent[1]?.destroyed).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('reports a refused connection with host, port and phase', async () => {
    const probe = createNetServer().listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const address = probe.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    await new Promise((r) => probe.close(r));
    const e = await failure(send({ method: 'GET', url: `http://127.0.0.1:${address.port}/` }, { pool: false }));
    expect(e.code).toBe('HTTPLENS_CONNECT_REFUSED');
    expect(e.context).toMatchObject({ host: '127.0.0.1', port: address.port, phase: 'connect', bytesRead: 0 });
    expect((e.cause as { code?: string }).code).toBe('ECONNREFUSED');
  });

  it('reports a name that does not resolve', async () => {
    const enotfound = Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.test'), { code: 'ENOTFOUND' });
    const e = await failure(send({ method: 'GET', url: 'http://nowhere.test/' }, { pool: false, lookup: () => Promise.reject(enotfound) }));
    expect(e.code).toBe('HTTPLENS_DNS_FAILED');
    expect(e.context.phase).toBe('dns');
    expect(e.cause).toBe(enotfound);
    const empty = await failure(send({ method: 'GET', url: 'http://nowhere.test/' }, { pool: false, lookup: () => Promise.resolve([]) }));
    expect(empty.code).toBe('HTTPLENS_DNS_FAILED');
  });

  it('bounds resolving by the connect timeout', async () => {
    const e = await failure(send({ method: 'GET', url: 'http://slow.test/' }, { pool: false, timeouts: { connect: 100 }, lookup: () => new Promise(() => {}) }));
    expect(e.code).toBe('HTTPLENS_CONNECT_TIMEOUT');
    expect(e.context.phase).toBe('dns');
  });
});

describe('the errors module', { timeout: 10_000 }, () => {
  it('names every code HTTPLENS_*, each with a description', () => {
    for (const [code, description] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^HTTPLENS_[A-Z_]+$/);
      expect(description.en.length).toBeGreaterThan(10);
      expect(description['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(describeErrorCode(code as keyof typeof ERROR_CODES, 'zh-CN')).toBe(description['zh-CN']);
    }
  });

  it('lists every code in the README, and nothing else', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^\| `(HTTPLENS_[A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(new Set(listed)).toEqual(new Set(Object.keys(ERROR_CODES)));
  });
});
