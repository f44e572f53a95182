import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuthorization, bypassesProxy, createClient, parseNoProxy, proxyAuthorization, proxyFromEnvironment, TransportError } from '@httplens/transport';
import { origin, type Origin } from './origins.js';

const fixtures = join(import.meta.dirname, 'fixtures', 'tls');
const ca = readFileSync(join(fixtures, 'ca.pem'), 'utf8');
const text = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

interface Proxy {
  url: string;
  port: number;
  /** Request lines received, in order. */
  lines: string[];
  /** Proxy-Authorization values received. */
  auth: (string | undefined)[];
  close(): Promise<void>;
}

/**
 * A forward proxy over node:net: CONNECT opens a tunnel (200, then bytes both ways); any other
 * method must carry an absolute-form target, rewritten to origin-form for the server. With
 * `credentials`, a request without the matching Proxy-Authorization gets 407.
 */
async function forwardProxy(credentials?: string, secure = false): Promise<Proxy> {
  const lines: string[] = [];
  const auth: (string | undefined)[] = [];
  const sockets = new Set<Socket>();
  const tlsOptions = { key: readFileSync(join(fixtures, 'key.pem')), cert: readFileSync(join(fixtures, 'cert.pem')) };
  const handle = (client: Socket): void => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => {});
    let buffered = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      buffered = Buffer.concat([buffered, chunk]);
      const end = buffered.indexOf('\r\n\r\n');
      if (end === -1) return;
      client.removeListener('data', onData);
      const head = buffered.toString('latin1', 0, end).split('\r\n');
      const rest = buffered.subarray(end + 4);
      const line = head[0] ?? '';
      lines.push(line);
      const fields = head.slice(1);
      const pa = fields.find((f) => f.toLowerCase().startsWith('proxy-authorization:'));
      auth.push(pa?.slice(pa.indexOf(':') + 1).trim());
      if (credentials !== undefined && pa?.slice(pa.indexOf(':') + 1).trim() !== `Basic ${Buffer.from(credentials).toString('base64')}`) {
        client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="proxy"\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      const [method, target] = line.split(' ');
      let host: string;
      let port: number;
      let first: Buffer;
      if (method === 'CONNECT') {
        const colon = (target ?? '').lastIndexOf(':');
        host = (target ?? '').slice(0, colon);
        port = Number((target ?? '').slice(colon + 1));
        first = rest;
      } else {
        const url = new URL(target ?? '');
        host = url.hostname;
        port = Number(url.port || 80);
        const kept = fields.filter((f) => !f.toLowerCase().startsWith('proxy-authorization:'));
        first = Buffer.concat([Buffer.from(`${method} ${url.pathname}${url.search} HTTP/1.1\r\n${kept.join('\r\n')}\r\n\r\n`, 'latin1'), rest]);
      }
      const upstream = connect({ host: host === 'localhost' ? '127.0.0.1' : host, port }, () => {
        if (method === 'CONNECT') client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(first);
        client.pipe(upstream);
        upstream.pipe(client);
      });
      sockets.add(upstream);
      upstream.on('close', () => {
        sockets.delete(upstream);
        client.destroy();
      });
      upstream.on('error', () => client.destroy());
    };
    client.on('data', onData);
  };
  const server: Server = secure ? createTlsServer(tlsOptions, handle) : createServer(handle);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    url: `${secure ? 'https' : 'http'}://127.0.0.1:${address.port}`,
    port: address.port,
    lines,
    auth,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('proxyAuthorization', () => {
  it('decodes the credentials of the proxy URL, and keeps a % that starts no escape as written instead of throwing', () => {
    expect(proxyAuthorization(new URL('http://us%40er:p%3Ass@proxy:8080'))).toBe(basicAuthorization('us@er', 'p:ss'));
    expect(proxyAuthorization(new URL('http://user:50%off@proxy:8080'))).toBe(basicAuthorization('user', '50%off'));
    expect(proxyAuthorization(new URL('http://proxy:8080'))).toBeUndefined();
  });
});

describe('NO_PROXY', () => {
  const table: [noProxy: string, url: string, bypass: boolean][] = [
    ['*', 'http://anything.example/', true],
    ['example.com', 'http://example.com/', true],
    ['example.com', 'http://www.example.com/', true],
    ['example.com', 'http://badexample.com/', false],
    ['.example.com', 'http://example.com/', true],
    ['.example.com', 'https://a.b.example.com/', true],
    ['*.example.com', 'http://a.example.com/', true],
    ['example.com:8080', 'http://example.com:8080/', true],
    ['example.com:8080', 'http://example.com/', false],
    ['localhost, 127.0.0.1  ::1', 'http://127.0.0.1:3000/', true],
    ['localhost,127.0.0.1,::1', 'http://[::1]:3000/', true],
    ['[::1]:3000', 'http://[::1]:3000/', true],
    ['[::1]:3000', 'http://[::1]:3001/', false],
    ['10.0.0.0/8', 'http://10.20.30.40/', true],
    ['10.0.0.0/8', 'http://11.0.0.1/', false],
    ['fd00::/8', 'http://[fd12::1]/', true],
    ['EXAMPLE.COM', 'http://example.com/', true],
    ['', 'http://example.com/', false],
    ['host:notaport, ,', 'http://host/', false],
    ['127.0.0.1', 'http://127.0.0.10/', false],
  ];
  it.each(table)('%j for %s -> %s', (noProxy, url, bypass) => {
    expect(bypassesProxy(new URL(url), parseNoProxy(noProxy))).toBe(bypass);
  });

  it('reads the environment: lowercase first, per scheme, ALL_PROXY last, NO_PROXY', () => {
    const env = { HTTP_PROXY: 'http://upper:1', http_proxy: 'http://lower:2', HTTPS_PROXY: 'proxy.corp:3128', NO_PROXY: '.internal' };
    expect(proxyFromEnvironment(new URL('http://example.com/'), env)?.url).toBe('http://lower:2');
    expect(proxyFromEnvironment(new URL('https://example.com/'), env)?.url).toBe('proxy.corp:3128');
    expect(proxyFromEnvironment(new URL('https://api.internal/'), env)).toBeUndefined();
    expect(proxyFromEnvironment(new URL('http://example.com/'), { ALL_PROXY: 'http://all:9' })?.url).toBe('http://all:9');
    expect(proxyFromEnvironment(new URL('http://example.com/'), { HTTPS_PROXY: 'http://s:1' })).toBeUndefined();
    expect(proxyFromEnvironment(new URL('http://example.com/'), { http_proxy: '  ' })).toBeUndefined();
  });
});

describe('proxies', { timeout: 20_000 }, () => {
  let target: Origin;
  let secure: HttpsServer;
  let securePort = 0;
  let open: Proxy;
  let guarded: Proxy;
  beforeAll(async () => {
    target = await origin((_req, res, seen) => {
      res.end(`plain ${seen.method} ${seen.url} pa=${String(seen.headers['proxy-authorization'] ?? '-')}`);
    });
    secure = createHttpsServer({ key: readFileSync(join(fixtures, 'key.pem')), cert: readFileSync(join(fixtures, 'cert.pem')) }, (req, res) => {
      res.end(`secure ${req.method ?? ''} ${req.url ?? ''}`);
    });
    secure.listen(0, '127.0.0.1');
    await once(secure, 'listening');
    const a = secure.address();
    if (a === null || typeof a === 'string') throw new Error('no port');
    securePort = a.port;
    open = await forwardProxy();
    guarded = await forwardProxy('proxyuser:p@ss word');
  });
  afterAll(async () => {
    await target.close();
    secure.closeAllConnections();
    await new Promise((r) => secure.close(r));
    await open.close();
    await guarded.close();
  });

  it('sends http: URLs to an HTTP proxy in absolute-form', async () => {
    const client = createClient({ proxy: open.url });
    const url = `${target.url}/a?b=1`;
    const r = await client.send({ method: 'GET', url });
    expect(text(r.body)).toBe('plain GET /a?b=1 pa=-');
    expect(text(r.raw.sent)).toBe(`GET ${url} HTTP/1.1\r\nHost: 127.0.0.1:${target.port}\r\n\r\n`);
    expect(open.lines.at(-1)).toBe(`GET ${url} HTTP/1.1`);
    expect(r.proxy).toEqual({ url: open.url });
    expect(r.remotePort).toBe(open.port);
    client.close();
  });

  it('sends Proxy-Authorization from the proxy URL (and masks it in the result)', async () => {
    const withCredentials = `http://proxyuser:p%40ss%20word@127.0.0.1:${guarded.port}`;
    const client = createClient({ proxy: withCredentials });
    const r = await client.send({ method: 'GET', url: `${target.url}/guarded` });
    expect(text(r.body)).toBe('plain GET /guarded pa=-');
    expect(guarded.auth.at(-1)).toBe(`Basic ${Buffer.from('proxyuser:p@ss word').toString('base64')}`);
    expect(r.proxy?.url).toBe(guarded.url);
    const refused = await createClient({ proxy: guarded.url }).send({ method: 'GET', url: `${target.url}/guarded` });
    expect(refused.status).toBe(407);
    client.close();
  });

  it('tunnels https: URLs through CONNECT, verifies the server certificate and reuses the tunnel', async () => {
    const client = createClient({ proxy: open.url, ca });
    const before = open.lines.length;
    const url = `https://localhost:${securePort}/s`;
    const r = await client.send({ method: 'GET', url });
    expect(text(r.body)).toBe('secure GET /s');
    expect(r.tls?.authorized).toBe(true);
    expect(r.tls?.certificate?.subject).toBe('CN=localhost');
    expect(text(r.raw.sent)).toBe(`GET /s HTTP/1.1\r\nHost: localhost:${securePort}\r\n\r\n`);
    expect(r.proxy?.tunnel?.status).toBe(200);
    expect(text(r.proxy?.tunnel?.sent ?? new Uint8Array())).toBe(`CONNECT localhost:${securePort} HTTP/1.1\r\nHost: localhost:${securePort}\r\n\r\n`);
    expect(text(r.proxy?.tunnel?.received ?? new Uint8Array())).toBe('HTTP/1.1 200 Connection Established\r\n\r\n');
    const again = await client.send({ method: 'GET', url });
    expect(again.reused).toBe(true);
    expect(open.lines.slice(before)).toEqual([`CONNECT localhost:${securePort} HTTP/1.1`]);
    client.close();
  });

  it('CONNECT with Proxy-Authorization required: refused without it, tunnelled with it', async () => {
    const client = createClient({ proxy: guarded.url, ca });
    const e = await client.send({ method: 'GET', url: `https://localhost:${securePort}/x` }).catch((error: unknown) => error);
    expect(e).toBeInstanceOf(TransportError);
    expect((e as TransportError).code).toBe('HTTPLENS_PROXY_CONNECT_FAILED');
    expect((e as TransportError).message).toContain('407 Proxy Authentication Required');
    expect(text((e as TransportError).context.received ?? new Uint8Array())).toMatch(/^HTTP\/1\.1 407/u);
    const ok = createClient({ proxy: { url: `http://proxyuser:p%40ss%20word@127.0.0.1:${guarded.port}` }, ca });
    const r = await ok.send({ method: 'GET', url: `https://localhost:${securePort}/x` });
    expect(text(r.body)).toBe('secure GET /x');
    expect(text(r.proxy?.tunnel?.sent ?? new Uint8Array())).toContain(`Proxy-Authorization: Basic ${Buffer.from('proxyuser:p@ss word').toString('base64')}\r\n`);
    client.close();
    ok.close();
  });

  it('takes the proxy from HTTP_PROXY and HTTPS_PROXY, honours NO_PROXY, and per-request options', async () => {
    const env = { HTTP_PROXY: open.url, HTTPS_PROXY: open.url };
    const client = createClient({ env, ca });
    const before = open.lines.length;
    await client.send({ method: 'GET', url: `${target.url}/env` });
    await client.send({ method: 'GET', url: `https://localhost:${securePort}/env` });
    expect(open.lines.slice(before)).toEqual([`GET ${target.url}/env HTTP/1.1`, `CONNECT localhost:${securePort} HTTP/1.1`]);
    const direct = createClient({ env: { ...env, NO_PROXY: '127.0.0.1,localhost' }, ca });
    const r = await direct.send({ method: 'GET', url: `${target.url}/direct` });
    expect(r.proxy).toBeUndefined();
    expect(r.remotePort).toBe(target.port);
    const off = await client.send({ method: 'GET', url: `${target.url}/off` }, { proxy: false });
    expect(off.proxy).toBeUndefined();
    const noProxyOption = await client.send({ method: 'GET', url: `${target.url}/np` }, { proxy: { url: open.url, noProxy: ['127.0.0.1'] } });
    expect(noProxyOption.proxy).toBeUndefined();
    expect(open.lines.length).toBe(before + 2);
    client.close();
    direct.close();
  });

  it('a proxy that never answers CONNECT is bounded by timeouts.connect, and its socket is closed', async () => {
    const held = new Set<Socket>();
    const silent = createServer((s) => {
      held.add(s);
      s.resume(); // read (and drop) the CONNECT request, so the client's close is seen
      s.on('error', () => {});
      s.on('close', () => held.delete(s));
    });
    silent.listen(0, '127.0.0.1');
    await once(silent, 'listening');
    const address = silent.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const client = createClient({ proxy: `http://127.0.0.1:${address.port}`, timeouts: { connect: 300 } });
    const e = await client.send({ method: 'GET', url: `https://localhost:${securePort}/` }).catch((error: unknown) => error);
    expect((e as TransportError).code).toBe('HTTPLENS_CONNECT_TIMEOUT');
    // The socket to the proxy was closed by the deadline (bounded wait for the server to see it).
    for (let i = 0; i < 50 && held.size > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(held.size).toBe(0);
    client.close();
    await new Promise((r) => silent.close(r));
  });

  it('speaks TLS to an https: proxy (verified unless strictSSL is false), then TLS to the server inside the tunnel', async () => {
    const tlsProxy = await forwardProxy(undefined, true);
    const url = `https://localhost:${securePort}/t`;
    const client = createClient({ proxy: { url: `https://localhost:${tlsProxy.port}`, ca }, ca });
    const r = await client.send({ method: 'GET', url });
    expect(text(r.body)).toBe('secure GET /t');
    expect(r.tls?.authorized).toBe(true);
    expect(tlsProxy.lines).toEqual([`CONNECT localhost:${securePort} HTTP/1.1`]);
    const plain = await client.send({ method: 'GET', url: `${target.url}/via-tls-proxy` });
    expect(text(plain.body)).toBe('plain GET /via-tls-proxy pa=-');
    const strict = await createClient({ proxy: `https://localhost:${tlsProxy.port}`, ca }).send({ method: 'GET', url }).catch((error: unknown) => error);
    expect((strict as TransportError).code).toBe('HTTPLENS_TLS_CERT_INVALID');
    const lax = await createClient({ proxy: { url: `https://localhost:${tlsProxy.port}`, strictSSL: false }, ca }).send({ method: 'GET', url });
    expect(text(lax.body)).toBe('secure GET /t');
    client.close();
    await tlsProxy.close();
  });

  it('a malformed answer to CONNECT, or an unknown proxy scheme, is an error', async () => {
    const liar = createServer((s) => {
      s.on('error', () => {});
      s.once('data', () => s.write('SOCKS? no\r\n\r\n'));
    });
    liar.listen(0, '127.0.0.1');
    await once(liar, 'listening');
    const address = liar.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const e = await createClient({ proxy: `http://127.0.0.1:${address.port}` }).send({ method: 'GET', url: `https://localhost:${securePort}/` }).catch((error: unknown) => error);
    expect((e as TransportError).code).toBe('HTTPLENS_PROXY_CONNECT_FAILED');
    expect((e as TransportError).message).toContain('malformed');
    await new Promise((r) => liar.close(r));
    const socks = await createClient({ proxy: 'socks5://127.0.0.1:1080' }).send({ method: 'GET', url: `${target.url}/` }).catch((error: unknown) => error);
    expect((socks as TransportError).code).toBe('HTTPLENS_UNSUPPORTED');
  });

  it('a proxy that refuses connections is HTTPLENS_CONNECT_REFUSED', async () => {
    const dead = await forwardProxy();
    await dead.close();
    const client = createClient({ proxy: dead.url });
    const e = await client.send({ method: 'GET', url: `${target.url}/x` }).catch((error: unknown) => error);
    expect((e as TransportError).code).toBe('HTTPLENS_CONNECT_REFUSED');
    expect((e as TransportError).context.port).toBe(dead.port);
    client.close();
  });
});
