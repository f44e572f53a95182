// The extension's mapping driven through a real client against a loopback server: redirects, the cookie jar
// round trip through JSON (as kept in the workspace state), @no-cookie-jar, @no-redirect and Digest credentials.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { CookieJar, createClient } from '@httplens/transport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareRequest } from '../src/prepare.js';
import { clientOptionsFor, insecureHostFor, planFor, readSettings, requestOptionsFor, resolvePlanPaths } from '../src/settings.js';

let server: Server;
let base = '';
const seen: { url: string; cookie?: string; authorization?: string }[] = [];

function handle(req: IncomingMessage, res: ServerResponse): void {
  seen.push({ url: req.url ?? '', ...(req.headers.cookie ? { cookie: req.headers.cookie } : {}), ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
  if (req.url === '/login') {
    res.writeHead(302, { location: '/home', 'set-cookie': 'sid=abc; Path=/; Max-Age=3600' });
    res.end();
  } else if (req.url === '/digest') {
    const auth = req.headers.authorization ?? '';
    if (auth.startsWith('Digest ') && auth.includes('username="user"') && auth.includes('response="')) res.writeHead(200).end('in');
    else res.writeHead(401, { 'www-authenticate': 'Digest realm="r", nonce="n1", qop="auth", algorithm=SHA-256' }).end();
  } else {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`cookie=${req.headers.cookie ?? ''}`);
  }
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const settings = (values: Record<string, unknown> = {}) => readSettings((k) => values[k]);

describe('the extension settings through a real client', () => {
  it('follows redirects, keeps cookies across a JSON round trip, and honours @no-cookie-jar / @no-redirect', async () => {
    const s = settings();
    const jar = new CookieJar();
    const client = createClient({ ...clientOptionsFor(s), cookies: jar, env: {} });
    const login = await client.send({ method: 'GET', url: `${base}/login` }, requestOptionsFor(`${base}/login`, planFor(`${base}/login`, s), {}));
    expect(login.status).toBe(200);
    expect(login.redirects.map((h) => h.status)).toEqual([302]);
    expect(login.url).toBe(`${base}/home`);
    expect(seen.at(-1)).toMatchObject({ url: '/home', cookie: 'sid=abc' });
    client.close();

    // a new client (as after a settings change or a reload) with the jar restored from its JSON
    const restored = CookieJar.fromJSON(JSON.parse(JSON.stringify(jar.toJSON())));
    const again = createClient({ ...clientOptionsFor(s), cookies: restored, env: {} });
    const page = await again.send({ method: 'GET', url: `${base}/page` });
    expect(new TextDecoder().decode(page.body)).toBe('cookie=sid=abc');
    const bare = await again.send({ method: 'GET', url: `${base}/page` }, requestOptionsFor(`${base}/page`, planFor(`${base}/page`, s), {}, { 'no-cookie-jar': true }));
    expect(new TextDecoder().decode(bare.body)).toBe('cookie=');
    const stay = await again.send({ method: 'GET', url: `${base}/login` }, requestOptionsFor(`${base}/login`, planFor(`${base}/login`, s), {}, { 'no-redirect': true }));
    expect(stay.status).toBe(302);
    restored.clear();
    expect(restored.toJSON().cookies).toEqual([]);
    again.close();
  });

  it("sends the server's target as written (JetBrains # @no-auto-encoding), through prepareRequest", async () => {
    const { request } = prepareRequest({ method: 'GET', url: `${base}/page`, target: '/page?f={a}|b', headers: [], body: null });
    expect(request.target).toBe('/page?f={a}|b');
    expect(prepareRequest({ method: 'GET', url: `${base}/page`, target: null, headers: [], body: null }).request.target).toBeUndefined();
    const client = createClient({ ...clientOptionsFor(settings()), env: {} });
    const result = await client.send({ method: request.method, url: request.url, headers: request.headers, ...(request.target ? { target: request.target } : {}) });
    expect(new TextDecoder().decode(result.raw.sent).split('\r\n')[0]).toBe('GET /page?f={a}|b HTTP/1.1');
    client.close();
  });

  it('answers a Digest challenge with the credentials of `Authorization: Digest user pass`', async () => {
    const { request, auth } = prepareRequest({ method: 'GET', url: `${base}/digest`, headers: [['Authorization', 'Digest user secret']], body: null });
    expect(request.headers).toEqual([]);
    const client = createClient({ ...clientOptionsFor(settings()), env: {} });
    const result = await client.send({ method: request.method, url: request.url, headers: request.headers }, auth ? { auth } : {});
    expect(result.status).toBe(200);
    expect(result.auth).toEqual({ scheme: 'digest', accepted: true });
    expect(result.history.map((r) => r.status)).toEqual([401]);
    client.close();
  });
});

describe('a server with a certificate that is not trusted (self-signed test CA)', () => {
  // test keys of the transport's fixtures, not secrets
  const fixtures = join(import.meta.dirname, '..', '..', 'packages', 'transport', 'test', 'fixtures', 'tls');
  let tlsServer: HttpsServer;
  let url = '';
  beforeAll(async () => {
    tlsServer = createHttpsServer({ cert: readFileSync(join(fixtures, 'cert.pem')), key: readFileSync(join(fixtures, 'key.pem')) }, (_req, res) => res.end('secure'));
    await new Promise<void>((resolve) => tlsServer.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(tlsServer.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => tlsServer.close(() => resolve())));

  it('fails verification by default; the pattern offered for httplens.tls.insecureHosts lets it through for that host only', async () => {
    const s = settings();
    const client = createClient({ ...clientOptionsFor(s), env: {} });
    const failure = await client.send({ method: 'GET', url }, requestOptionsFor(url, planFor(url, s), {})).catch((e: Error & { code?: string }) => e);
    expect((failure as { code?: string }).code).toBe('HTTPLENS_TLS_CERT_INVALID');
    const pattern = insecureHostFor(url);
    expect(pattern).toBe(url.slice('https://'.length, -1));
    const allowed = settings({ 'httplens.tls.insecureHosts': [pattern] });
    const ok = await client.send({ method: 'GET', url }, requestOptionsFor(url, planFor(url, allowed), {}));
    expect(new TextDecoder().decode(ok.body)).toBe('secure');
    expect(ok.tls?.authorized).toBe(false);
    client.close();
    expect(insecureHostFor('https://Example.COM/a')).toBe('example.com');
    expect(insecureHostFor('https://[::1]:8443/')).toBe('[::1]:8443');
    expect(insecureHostFor('http://example.com/')).toBeUndefined();
  });

  it('a CA file given by a path relative to the workspace folder is found and verifies the server', async () => {
    const s = settings({ 'httplens.tls.ca': { '127.0.0.1': 'tls/ca.pem' } });
    const plan = resolvePlanPaths(planFor(url, s), join(fixtures, '..'), '/home/nobody');
    expect(plan.caFile).toBe(join(fixtures, 'ca.pem'));
    const client = createClient({ ...clientOptionsFor(s), env: {} });
    const ok = await client.send({ method: 'GET', url }, requestOptionsFor(url, plan, { ca: readFileSync(plan.caFile as string, 'utf8') }));
    expect(ok.tls?.authorized).toBe(true);
    client.close();
    const certs = settings({ 'httplens.tls.certificates': { '*': { cert: '~/c.pem', key: '/abs/k.pem', passphrase: 'p' } } });
    expect(resolvePlanPaths(planFor(url, certs), '/ws', '/home/me').certificate).toEqual({ cert: join('/home/me', 'c.pem'), key: '/abs/k.pem', passphrase: 'p' });
  });
});
