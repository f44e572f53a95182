import { randomUUID } from 'node:crypto';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { gzipSync } from 'node:zlib';

/**
 * The demonstration server of `httplens demo`: written on raw sockets so it can answer
 * with responses that a well-behaved HTTP library would refuse to produce (a 301 without
 * Location, Transfer-Encoding together with Content-Length, an invalid Expires date).
 */
export interface DemoServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The bearer token that `POST /login` hands out and `GET /me` requires. */
  token: string;
  /** Requests answered so far. */
  readonly handled: number;
  close: () => Promise<void>;
}

export interface DemoRequest {
  method: string;
  target: string;
  path: string;
  query: URLSearchParams;
  headers: [string, string][];
  body: Buffer;
}

interface Reply {
  status: number;
  reason: string;
  headers: [string, string][];
  body?: Buffer | string;
  /** Exact bytes to write instead of a serialised reply (deliberately broken framing). */
  raw?: Buffer;
  close?: boolean;
}

/** One route of the server, listed by `GET /`. */
export interface DemoRoute {
  method: string;
  path: string;
  what: string;
}

export const DEMO_ROUTES: readonly DemoRoute[] = [
  { method: 'GET', path: '/', what: 'this list of routes' },
  { method: 'GET', path: '/api/items', what: 'well-cached JSON: ETag, Last-Modified, Vary, 304 on If-None-Match / If-Modified-Since, gzip, byte ranges' },
  { method: 'POST', path: '/api/items', what: '201 Created with Location' },
  { method: 'GET', path: '/cache/conflicting', what: 'Cache-Control: no-store, max-age=600 and an invalid Expires' },
  { method: 'GET', path: '/cache/heuristic', what: 'Last-Modified only: heuristic freshness' },
  { method: 'GET', path: '/redirect', what: '302 Found to /api/items' },
  { method: 'GET', path: '/moved', what: '301 Moved Permanently without Location' },
  { method: 'GET', path: '/gzip', what: 'gzip content coding' },
  { method: 'GET', path: '/chunked', what: 'chunked transfer coding with a trailer' },
  { method: 'GET', path: '/cookies', what: 'SameSite=None without Secure; Max-Age with Expires' },
  { method: 'POST', path: '/login', what: 'JSON token for {"username","password"}' },
  { method: 'POST', path: '/oauth/token', what: 'OAuth 2.0 token endpoint: client_credentials for the client demo (secret demo-secret, HTTP Basic)' },
  { method: 'GET', path: '/me', what: 'needs Authorization: Bearer <token>' },
  { method: 'GET', path: '/smuggle', what: 'Transfer-Encoding: chunked together with Content-Length' },
  { method: 'ANY', path: '/echo', what: 'echoes the request as JSON' },
];

const MAX_HEAD = 64 * 1024;
const MAX_BODY = 1024 * 1024;

const httpDate = (ms: number) => new Date(ms).toUTCString();

function header(req: DemoRequest, name: string): string | undefined {
  const lower = name.toLowerCase();
  return req.headers.find(([n]) => n.toLowerCase() === lower)?.[1];
}

function acceptsGzip(req: DemoRequest): boolean {
  const ae = header(req, 'accept-encoding');
  if (!ae) return false;
  for (const part of ae.split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding?.trim() !== 'gzip' && coding?.trim() !== 'x-gzip') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}

/** Weak comparison of an If-None-Match list with an entity tag (RFC 9110 §13.1.2). */
function noneMatch(list: string, etag: string): boolean {
  const strip = (t: string) => t.trim().replace(/^W\//, '');
  return list.split(',').some((t) => t.trim() === '*' || strip(t) === strip(etag));
}

/** One `bytes=first-last`, `bytes=first-` or `bytes=-suffix` range (RFC 9110 §14.1.2); others are ignored (200). */
export function byteRange(value: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  const m = value === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(value.trim());
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  let start: number;
  let end: number;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'unsatisfiable';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
    if (m[2] !== '' && Number(m[2]) < start) return undefined;
  }
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Builds the reply of one request; HEAD gets the GET reply without its content. */
export function route(req: DemoRequest, state: { token: string; started: number }): Reply {
  const now = Date.now();
  const date: [string, string] = ['Date', httpDate(now)];
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  const path = req.path;

  if (path === '/' && method === 'GET') {
    return { status: 200, reason: 'OK', headers: [date, ['Content-Type', 'application/json'], ['Cache-Control', 'no-cache']], body: json({ routes: DEMO_ROUTES }) };
  }
  if (path === '/api/items' && method === 'GET') {
    // a fixed validator for the life of the server; the gzip-coded representation has a tag of its own (RFC 9110 §8.8.1)
    const lastModified = httpDate(Math.floor(state.started / 1000) * 1000 - 86_400_000);
    const gzip = acceptsGzip(req);
    const etag = gzip ? '"items-v3-gzip"' : '"items-v3"';
    const validators: [string, string][] = [
      ['Cache-Control', 'public, max-age=300, stale-while-revalidate=30'],
      ['ETag', etag],
      ['Last-Modified', lastModified],
      ['Vary', 'Accept-Encoding'],
    ];
    const inm = header(req, 'if-none-match');
    const ims = header(req, 'if-modified-since');
    const notModified = inm !== undefined ? noneMatch(inm, etag) : ims !== undefined && Date.parse(ims) >= Date.parse(lastModified);
    if (notModified) return { status: 304, reason: 'Not Modified', headers: [date, ...validators] };
    const items = [
      { id: 1, name: 'Teapot', price: 18.5 },
      { id: 2, name: 'Kettle', price: 32 },
      { id: 3, name: 'Cup', price: 4.25 },
    ];
    const plain = Buffer.from(json({ items, note: 'This list changes rarely: caches may keep it for 5 minutes and revalidate it with its ETag.' }));
    const body = gzip ? gzipSync(plain) : plain;
    const headers: [string, string][] = [date, ['Content-Type', 'application/json'], ...(gzip ? [['Content-Encoding', 'gzip'] as [string, string]] : []), ['Accept-Ranges', 'bytes'], ...validators];
    const range = byteRange(header(req, 'range'), body.length);
    if (range === 'unsatisfiable') return { status: 416, reason: 'Range Not Satisfiable', headers: [date, ['Content-Range', `bytes */${body.length}`], ...validators] };
    if (range) return { status: 206, reason: 'Partial Content', headers: [...headers, ['Content-Range', `bytes ${range.start}-${range.end}/${body.length}`]], body: body.subarray(range.start, range.end + 1) };
    return { status: 200, reason: 'OK', headers, body };
  }
  if (path === '/api/items' && method === 'POST') {
    let item: unknown;
    try {
      item = JSON.parse(req.body.toString('utf8'));
    } catch {
      return { status: 400, reason: 'Bad Request', headers: [date, ['Content-Type', 'application/problem+json'], ['Cache-Control', 'no-store']], body: json({ title: 'The body is not JSON' }) };
    }
    return {
      status: 201,
      reason: 'Created',
      headers: [date, ['Content-Type', 'application/json'], ['Location', '/api/items/4'], ['Cache-Control', 'no-store']],
      body: json({ id: 4, ...(typeof item === 'object' && item !== null ? item : { value: item }) }),
    };
  }
  if (path === '/cache/conflicting' && method === 'GET') {
    // no-store forbids storing, max-age=600 says the opposite, and Expires is not an HTTP-date
    return { status: 200, reason: 'OK', headers: [date, ['Content-Type', 'text/plain'], ['Cache-Control', 'no-store, max-age=600'], ['Expires', 'tomorrow at noon']], body: 'Conflicting caching instructions.\n' };
  }
  if (path === '/cache/heuristic' && method === 'GET') {
    const lastModified = httpDate(Math.floor(state.started / 1000) * 1000 - 10 * 86_400_000);
    return { status: 200, reason: 'OK', headers: [date, ['Content-Type', 'text/plain'], ['Last-Modified', lastModified]], body: 'No Cache-Control, no Expires: caches guess a freshness lifetime from Last-Modified.\n' };
  }
  if (path === '/redirect' && method === 'GET') {
    return { status: 302, reason: 'Found', headers: [date, ['Location', '/api/items'], ['Cache-Control', 'no-cache']] };
  }
  if (path === '/moved' && method === 'GET') {
    return { status: 301, reason: 'Moved Permanently', headers: [date, ['Content-Type', 'text/plain']], body: 'Moved, but where to?\n' };
  }
  if (path === '/gzip' && method === 'GET') {
    const text = Buffer.from(`${'HTTP compression saves bytes on repetitive text. '.repeat(40)}\n`);
    const base: [string, string][] = [date, ['Content-Type', 'text/plain; charset=utf-8'], ['Cache-Control', 'public, max-age=60'], ['Vary', 'Accept-Encoding']];
    if (acceptsGzip(req)) return { status: 200, reason: 'OK', headers: [...base, ['Content-Encoding', 'gzip']], body: gzipSync(text) };
    return { status: 200, reason: 'OK', headers: base, body: text };
  }
  if (path === '/chunked' && method === 'GET') {
    const parts = ['First chunk. ', 'Second chunk. ', 'Third and last chunk.\n'];
    let raw = `HTTP/1.1 200 OK\r\nDate: ${date[1]}\r\nContent-Type: text/plain; charset=utf-8\r\nCache-Control: no-cache\r\nTransfer-Encoding: chunked\r\nTrailer: Server-Timing\r\n\r\n`;
    if (req.method !== 'HEAD') {
      for (const p of parts) raw += `${Buffer.byteLength(p).toString(16)}\r\n${p}\r\n`;
      raw += `0\r\nServer-Timing: total;dur=${(Date.now() - now).toFixed(1)}\r\n\r\n`;
    }
    return { status: 200, reason: 'OK', headers: [], raw: Buffer.from(raw) };
  }
  if (path === '/cookies' && method === 'GET') {
    return {
      status: 200,
      reason: 'OK',
      headers: [
        date,
        ['Content-Type', 'text/plain'],
        ['Cache-Control', 'private, no-cache'],
        ['Set-Cookie', `session=${randomUUID()}; Path=/; HttpOnly; SameSite=None`],
        ['Set-Cookie', `theme=dark; Path=/; Max-Age=3600; Expires=${httpDate(now + 86_400_000)}`],
      ],
      body: 'Two cookies with problems.\n',
    };
  }
  if (path === '/login' && method === 'POST') {
    let credentials: { username?: unknown; password?: unknown } = {};
    try {
      credentials = JSON.parse(req.body.toString('utf8')) as typeof credentials;
    } catch {
      // falls through to 400
    }
    if (typeof credentials.username !== 'string' || typeof credentials.password !== 'string' || !credentials.username || !credentials.password) {
      return { status: 400, reason: 'Bad Request', headers: [date, ['Content-Type', 'application/problem+json'], ['Cache-Control', 'no-store']], body: json({ title: 'Send {"username": ..., "password": ...}' }) };
    }
    return { status: 200, reason: 'OK', headers: [date, ['Content-Type', 'application/json'], ['Cache-Control', 'no-store']], body: json({ token: state.token, tokenType: 'Bearer', expiresIn: 3600, user: credentials.username }) };
  }
  if (path === '/oauth/token' && method === 'POST') {
    // RFC 6749 §4.4: the client credentials grant, the client authenticated with HTTP Basic (§2.3.1)
    const form = new URLSearchParams(req.body.toString('utf8'));
    const client = /^Basic +(\S+)$/i.exec((header(req, 'authorization') ?? '').trim());
    const known = client !== null && Buffer.from(client[1] as string, 'base64').toString('utf8') === 'demo:demo-secret';
    const noStore: [string, string][] = [date, ['Content-Type', 'application/json'], ['Cache-Control', 'no-store'], ['Pragma', 'no-cache']];
    if (!known) return { status: 401, reason: 'Unauthorized', headers: [...noStore, ['WWW-Authenticate', 'Basic realm="demo"']], body: json({ error: 'invalid_client' }) };
    if (form.get('grant_type') !== 'client_credentials') return { status: 400, reason: 'Bad Request', headers: noStore, body: json({ error: 'unsupported_grant_type' }) };
    return { status: 200, reason: 'OK', headers: noStore, body: json({ access_token: state.token, token_type: 'Bearer', expires_in: 3600 }) };
  }
  if (path === '/me' && method === 'GET') {
    const auth = header(req, 'authorization') ?? '';
    const match = /^Bearer +(\S+)$/i.exec(auth.trim());
    if (match?.[1] !== state.token) {
      return {
        status: 401,
        reason: 'Unauthorized',
        headers: [date, ['WWW-Authenticate', 'Bearer realm="demo", error="invalid_token"'], ['Content-Type', 'application/json'], ['Cache-Control', 'no-store']],
        body: json({ error: 'POST /login first and send its token' }),
      };
    }
    return { status: 200, reason: 'OK', headers: [date, ['Content-Type', 'application/json'], ['Cache-Control', 'private, no-cache'], ['Vary', 'Authorization']], body: json({ user: 'demo', roles: ['reader'] }) };
  }
  if (path === '/smuggle' && method === 'GET') {
    // both framings at once: a front end reading Content-Length and a back end reading chunked disagree
    const body = '5\r\nhello\r\n0\r\n\r\n';
    const raw = `HTTP/1.1 200 OK\r\nDate: ${date[1]}\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n${req.method === 'HEAD' ? '' : body}`;
    return { status: 200, reason: 'OK', headers: [], raw: Buffer.from(raw, 'latin1'), close: true };
  }
  if (path === '/echo') {
    const echo = { method: req.method, path, query: Object.fromEntries(req.query), headers: req.headers, body: req.body.toString('utf8') };
    return { status: 200, reason: 'OK', headers: [date, ['Content-Type', 'application/json'], ['Cache-Control', 'no-store']], body: json(echo) };
  }
  const known = DEMO_ROUTES.some((r) => r.path === path);
  if (known) return { status: 405, reason: 'Method Not Allowed', headers: [date, ['Allow', DEMO_ROUTES.filter((r) => r.path === path).map((r) => r.method).join(', ')], ['Content-Length', '0']] };
  return { status: 404, reason: 'Not Found', headers: [date, ['Content-Type', 'application/json'], ['Cache-Control', 'no-store']], body: json({ error: `no route ${path}`, routes: DEMO_ROUTES.map((r) => `${r.method} ${r.path}`) }) };
}

function serialise(reply: Reply, head: boolean): Buffer {
  if (reply.raw) return reply.raw;
  const body = reply.body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(reply.body) ? reply.body : Buffer.from(reply.body, 'utf8');
  const lines = [`HTTP/1.1 ${reply.status} ${reply.reason}`];
  for (const [n, v] of reply.headers) lines.push(`${n}: ${v}`);
  const noContent = reply.status === 304 || reply.status === 204;
  if (!noContent && !reply.headers.some(([n]) => n.toLowerCase() === 'content-length')) lines.push(`Content-Length: ${body.length}`);
  if (reply.close) lines.push('Connection: close');
  const headBytes = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
  return head || noContent ? headBytes : Buffer.concat([headBytes, body]);
}

/** Parses one request from the front of `buffer`; undefined when more bytes are needed. */
export function parseRequest(buffer: Buffer): { request: DemoRequest; used: number } | { error: string } | undefined {
  const end = buffer.indexOf('\r\n\r\n');
  if (end < 0) return buffer.length > MAX_HEAD ? { error: 'head too large' } : undefined;
  const lines = buffer.subarray(0, end).toString('latin1').split('\r\n');
  const [method, target, version] = (lines[0] ?? '').split(' ');
  if (!method || !target || !version?.startsWith('HTTP/1.')) return { error: 'bad request line' };
  const headers: [string, string][] = [];
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) return { error: 'bad field line' };
    headers.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
  }
  const lengthField = headers.find(([n]) => n.toLowerCase() === 'content-length')?.[1];
  if (headers.some(([n]) => n.toLowerCase() === 'transfer-encoding')) return { error: 'chunked request bodies are not supported by the demo' };
  if (lengthField !== undefined && !/^\d{1,9}$/.test(lengthField)) return { error: 'bad Content-Length' };
  const length = lengthField === undefined ? 0 : Number(lengthField);
  if (length > MAX_BODY) return { error: 'bad Content-Length' };
  if (buffer.length < end + 4 + length) return undefined;
  let url: URL;
  try {
    // origin-form (`/path?query`, `//` included) or absolute-form
    url = target.startsWith('/') ? new URL(`http://demo.invalid${target}`) : new URL(target);
  } catch {
    return { error: 'bad request target' };
  }
  return {
    request: { method, target, path: url.pathname, query: url.searchParams, headers, body: buffer.subarray(end + 4, end + 4 + length) },
    used: end + 4 + length,
  };
}

/** Starts the demonstration server on 127.0.0.1 and `port` (default: a free one). */
export async function startDemoServer(port = 0): Promise<DemoServer> {
  const state = { token: randomUUID().replaceAll('-', ''), started: Date.now() };
  const sockets = new Set<Socket>();
  let handled = 0;
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let buffer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      // bounded: each turn consumes a whole request or stops
      for (;;) {
        const parsed = parseRequest(buffer);
        if (parsed === undefined) return;
        if ('error' in parsed) {
          socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: ${parsed.error.length + 1}\r\nConnection: close\r\n\r\n${parsed.error}\n`);
          buffer = Buffer.alloc(0);
          return;
        }
        buffer = buffer.subarray(parsed.used);
        handled++;
        const reply = route(parsed.request, state);
        const close = reply.close === true || /\bclose\b/i.test(header(parsed.request, 'connection') ?? '');
        const bytes = serialise(reply, parsed.request.method === 'HEAD');
        if (close) {
          socket.end(bytes);
          return;
        }
        socket.write(bytes);
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    token: state.token,
    get handled() {
      return handled;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
