import f from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, followRedirect, TransportError, type ClientResult } from '@httplens/transport';
import { origin, type Origin } from './origins.js';

const json = (r: ClientResult): { method: string; url: string; body: string; headers: Record<string, string> } => JSON.parse(Buffer.from(r.body).toString('utf8')) as never;

describe('redirects', { timeout: 20_000 }, () => {
  let a: Origin;
  let b: Origin;
  beforeAll(async () => {
    b = await origin((_req, res, seen) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(seen));
    });
    a = await origin((req, res, seen) => {
      const u = new URL(req.url ?? '/', 'http://x');
      const path = u.pathname;
      let m: RegExpExecArray | null;
      if ((m = /^\/s\/(\d{3})$/u.exec(path))) {
        res.writeHead(Number(m[1]), { Location: '/echo' }).end('moved');
      } else if (path === '/relative/deep/x') {
        res.writeHead(302, { Location: '../y?q=1' }).end();
      } else if (path === '/cross') {
        res.writeHead(307, { Location: `${b.url}/landed` }).end();
      } else if (path === '/same') {
        res.writeHead(302, { Location: '/echo' }).end();
      } else if (path === '/loop-a') {
        res.writeHead(302, { Location: '/loop-b' }).end();
      } else if (path === '/loop-b') {
        res.writeHead(302, { Location: '/loop-a' }).end();
      } else if ((m = /^\/chain\/(\d+)$/u.exec(path))) {
        const n = Number(m[1]);
        if (n === 0) res.end('end of chain');
        else res.writeHead(301, { Location: `/chain/${n - 1}` }).end();
      } else if (path === '/gate') {
        // Sets a cookie and redirects to itself: not a loop, the second request carries the cookie.
        if (seen.headers.cookie === 'pass=1') res.end('through');
        else res.writeHead(302, { 'Set-Cookie': 'pass=1; Path=/', Location: '/gate' }).end();
      } else if (path === '/slow-hop') {
        setTimeout(() => res.writeHead(302, { Location: '/slow-hop' + (u.search === '' ? '?again' : '') }).end(), 150);
      } else if (path === '/nowhere') {
        res.writeHead(302, { Location: 'mailto:someone@example.com' }).end();
      } else {
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify(seen));
      }
    });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('does not follow unless asked', async () => {
    const client = createClient({ proxy: false });
    const r = await client.send({ method: 'GET', url: `${a.url}/s/302` });
    expect(r.status).toBe(302);
    expect(r.redirects).toEqual([]);
    client.close();
  });

  const table: [status: number, method: string, expectedMethod: string, bodyKept: boolean][] = [
    [301, 'POST', 'GET', false],
    [302, 'POST', 'GET', false],
    [301, 'PUT', 'PUT', true],
    [302, 'DELETE', 'DELETE', false],
    [303, 'POST', 'GET', false],
    [303, 'PUT', 'GET', false],
    [303, 'HEAD', 'HEAD', false],
    [303, 'GET', 'GET', false],
    [307, 'POST', 'POST', true],
    [307, 'PATCH', 'PATCH', true],
    [308, 'POST', 'POST', true],
    [308, 'PUT', 'PUT', true],
  ];
  it.each(table)('%i after %s is followed with %s (body kept: %s)', async (status, method, expectedMethod, bodyKept) => {
    const client = createClient({ proxy: false, followRedirects: true });
    const before = a.seen.length;
    const hasBody = method !== 'HEAD' && method !== 'GET' && method !== 'DELETE';
    const r = await client.send({
      method,
      url: `${a.url}/s/${status}`,
      headers: [['Content-Type', 'text/plain'], ['X-Trace', 't1']],
      ...(hasBody ? { body: 'payload' } : {}),
    });
    expect(r.status).toBe(200);
    expect(r.redirects).toEqual([{ url: `${a.url}/s/${status}`, status, method, location: `${a.url}/echo` }]);
    expect(r.url).toBe(`${a.url}/echo`);
    expect(r.history.map((h) => h.status)).toEqual([status]);
    const second = a.seen[before + 1];
    expect(second?.method).toBe(expectedMethod);
    expect(second?.url).toBe('/echo');
    expect(second?.headers['x-trace']).toBe('t1');
    expect(second?.body).toBe(bodyKept ? 'payload' : '');
    // The Content-* fields go with the body.
    expect(second?.headers['content-type']).toBe(bodyKept || !hasBody ? 'text/plain' : undefined);
    client.close();
  });

  it('resolves a relative Location against the URL redirected from', async () => {
    const client = createClient({ proxy: false, followRedirects: true });
    const r = await client.send({ method: 'GET', url: `${a.url}/relative/deep/x` });
    expect(json(r).url).toBe('/relative/y?q=1');
    client.close();
  });

  it('drops Authorization, Cookie and Proxy-Authorization on a cross-origin hop, keeps the other fields', async () => {
    const client = createClient({ proxy: false, followRedirects: true, cookies: false });
    const headers: [string, string][] = [['Authorization', 'Bearer secret'], ['Cookie', 'sid=1'], ['Proxy-Authorization', 'Basic eDp5'], ['X-Keep', 'yes']];
    const r = await client.send({ method: 'POST', url: `${a.url}/cross`, headers, body: 'data' });
    const landed = json(r);
    expect(landed.url).toBe('/landed');
    expect(landed.method).toBe('POST');
    expect(landed.body).toBe('data');
    expect(landed.headers['x-keep']).toBe('yes');
    expect(landed.headers.authorization).toBeUndefined();
    expect(landed.headers.cookie).toBeUndefined();
    expect(landed.headers['proxy-authorization']).toBeUndefined();
    // The first hop carried them: the server of origin a saw them.
    const first = a.seen.findLast((s) => s.url === '/cross');
    expect(first?.headers.authorization).toBe('Bearer secret');
    expect(first?.headers.cookie).toBe('sid=1');
    client.close();
  });

  it('keeps Authorization on a same-origin hop', async () => {
    const client = createClient({ proxy: false, followRedirects: true, cookies: false });
    const r = await client.send({ method: 'GET', url: `${a.url}/same`, headers: [['Authorization', 'Bearer secret'], ['Cookie', 'sid=1']] });
    expect(json(r).headers.authorization).toBe('Bearer secret');
    expect(json(r).headers.cookie).toBe('sid=1');
    client.close();
  });

  it('detects a loop', async () => {
    const client = createClient({ proxy: false, followRedirects: true });
    const e = await client.send({ method: 'GET', url: `${a.url}/loop-a` }).catch((error: unknown) => error);
    expect(e).toBeInstanceOf(TransportError);
    expect((e as TransportError).code).toBe('HTTPLENS_REDIRECT_LOOP');
    expect((e as TransportError).message).toContain('/loop-a');
    client.close();
  });

  it('follows at most maxRedirects', async () => {
    const client = createClient({ proxy: false, followRedirects: true, maxRedirects: 3 });
    const ok = await client.send({ method: 'GET', url: `${a.url}/chain/3` });
    expect(Buffer.from(ok.body).toString()).toBe('end of chain');
    expect(ok.redirects.map((h) => h.url)).toEqual([`${a.url}/chain/3`, `${a.url}/chain/2`, `${a.url}/chain/1`]);
    const e = await client.send({ method: 'GET', url: `${a.url}/chain/4` }).catch((error: unknown) => error);
    expect((e as TransportError).code).toBe('HTTPLENS_TOO_MANY_REDIRECTS');
    client.close();
  });

  it('a redirect to the same URL after a Set-Cookie is not a loop, and carries the cookie', async () => {
    const client = createClient({ proxy: false, followRedirects: true });
    const r = await client.send({ method: 'GET', url: `${a.url}/gate` });
    expect(Buffer.from(r.body).toString()).toBe('through');
    expect(r.redirects).toHaveLength(1);
    expect(r.cookies.map((c) => c.cookie?.name)).toEqual(['pass']);
    client.close();
  });

  it('timeouts.total bounds the whole chain, not each hop', async () => {
    const client = createClient({ proxy: false, followRedirects: true, timeouts: { total: 250 } });
    const e = await client.send({ method: 'GET', url: `${a.url}/slow-hop` }).catch((error: unknown) => error);
    expect((e as TransportError).code).toBe('HTTPLENS_TOTAL_TIMEOUT');
    client.close();
  });

  it('stops at a Location that is not http(s)', async () => {
    const client = createClient({ proxy: false, followRedirects: true });
    const r = await client.send({ method: 'GET', url: `${a.url}/nowhere` });
    expect(r.status).toBe(302);
    client.close();
  });

  it('does not replay a stream body on 307', async () => {
    const client = createClient({ proxy: false, followRedirects: true });
    async function* body(): AsyncIterable<Uint8Array> {
      yield Buffer.from('streamed');
    }
    const r = await client.send({ method: 'POST', url: `${a.url}/s/307`, body: body() });
    expect(r.status).toBe(307);
    client.close();
  });
});

describe('followRedirect', () => {
  it('keeps the fragment when the Location has none (RFC 9110 §10.2.2)', () => {
    expect(followRedirect({ method: 'GET', url: 'http://h/a#top' }, 302, '/b')?.request.url).toBe('http://h/b#top');
    expect(followRedirect({ method: 'GET', url: 'http://h/a#top' }, 302, '/b#end')?.request.url).toBe('http://h/b#end');
  });
  it('treats a change of scheme or port as cross-origin', () => {
    expect(followRedirect({ method: 'GET', url: 'http://h/a' }, 301, 'https://h/a')?.crossOrigin).toBe(true);
    expect(followRedirect({ method: 'GET', url: 'http://h/a' }, 301, 'http://h:80/b')?.crossOrigin).toBe(false);
    expect(followRedirect({ method: 'GET', url: 'http://h/a' }, 301, 'http://h:81/b')?.crossOrigin).toBe(true);
  });
});

describe('followRedirect properties', () => {
  it('never carries credentials across origins, keeps a body only with the method, and never throws', () => {
    const origins = ['http://a.example', 'https://a.example', 'http://a.example:8080', 'http://b.example'];
    f.assert(
      f.property(
        f.constantFrom(301, 302, 303, 307, 308),
        f.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'),
        f.constantFrom(...origins),
        f.oneof(f.constantFrom(...origins).map((o) => `${o}/next`), f.constantFrom('/rel', '../up', '?q', '', 'mailto:x@y', 'http://[bad')),
        f.option(f.string(), { nil: undefined }),
        (status, method, from, location, body) => {
          const headers: [string, string][] = [['Authorization', 'a'], ['Cookie', 'c'], ['Proxy-Authorization', 'p'], ['Content-Type', 't'], ['X-Other', 'o']];
          const step = followRedirect({ method, url: `${from}/start`, headers, ...(body === undefined ? {} : { body }) }, status, location);
          if (step === undefined) return true;
          const names = (step.request.headers ?? []).map(([n]) => n.toLowerCase());
          const to = new URL(step.request.url);
          const fromUrl = new URL(`${from}/start`);
          if (step.crossOrigin !== (to.origin !== fromUrl.origin)) return false;
          if (step.crossOrigin && (names.includes('authorization') || names.includes('cookie') || names.includes('proxy-authorization'))) return false;
          if (!names.includes('x-other')) return false;
          const expected = (status === 303 && method !== 'HEAD') || ((status === 301 || status === 302) && method === 'POST') ? 'GET' : method;
          if (step.request.method !== expected) return false;
          if (step.request.method !== method) return step.request.body === undefined && !names.includes('content-type');
          return step.request.body === body;
        },
      ),
    );
  });
});
