// The browser part of an OAuth 2.0 authorization code grant: a listener on the loopback redirect URL, an
// authorization server on 127.0.0.1 that approves at once (or refuses), and a "browser" that follows its redirects.
import { createHash } from 'node:crypto';
import { createServer, get, type Server } from 'node:http';
import { createServer as createNetServer, connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeChallenge, receiveAuthorizationCode, TransportError } from '@httplens/transport';

let authServer: Server;
let authBase: string;
/** What the authorization server received, by request. */
const asked: URLSearchParams[] = [];

beforeAll(async () => {
  // approves every authorization request at once: back to redirect_uri with a code (or the error asked for in `deny`)
  authServer = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const q = url.searchParams;
    asked.push(q);
    const back = new URL(q.get('redirect_uri') ?? 'http://127.0.0.1:1/');
    if (url.pathname === '/deny') {
      back.searchParams.set('error', 'access_denied');
      back.searchParams.set('error_description', 'The user said no');
    } else if (url.pathname === '/wrong-state') {
      back.searchParams.set('code', 'stolen');
      back.searchParams.set('state', 'not-this-one');
    } else back.searchParams.set('code', `code-for-${q.get('client_id') ?? ''}`);
    if (url.pathname !== '/wrong-state') back.searchParams.set('state', q.get('state') ?? '');
    res.writeHead(302, { Location: back.toString() });
    res.end();
  });
  await new Promise<void>((resolve) => authServer.listen(0, '127.0.0.1', resolve));
  authBase = `http://127.0.0.1:${(authServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => authServer.close(() => resolve()));
});

/** A free port on 127.0.0.1 (listened on, then let go). */
async function freePort(): Promise<number> {
  const s = createNetServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

/** A browser: GET, following redirects (at most 5); the last page's status and text. */
async function browse(url: string, hops = 5): Promise<{ status: number; text: string }> {
  const r = await new Promise<{ status: number; location?: string; text: string }>((resolve, reject) => {
    get(url, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text, ...(res.headers.location ? { location: res.headers.location } : {}) }));
    }).on('error', reject);
  });
  if (r.location && hops > 0) return browse(new URL(r.location, url).toString(), hops - 1);
  return { status: r.status, text: r.text };
}

describe('receiveAuthorizationCode', { timeout: 15_000 }, () => {
  it('opens the authorization URL with a state and the S256 challenge, and receives the code on the redirect URL', async () => {
    const redirectUri = `http://127.0.0.1:${await freePort()}/callback`;
    const pages: { status: number; text: string }[] = [];
    const result = await receiveAuthorizationCode(
      { url: `${authBase}/authorize?client_id=web&redirect_uri=${encodeURIComponent(redirectUri)}`, redirectUri, pkce: { method: 'S256' } },
      { open: async (url) => void pages.push(await browse(url)) },
    );
    expect(result.code).toBe('code-for-web');
    const q = asked.at(-1) as URLSearchParams;
    expect(q.get('state')).toMatch(/^[\w-]{32}$/);
    expect(q.get('code_challenge_method')).toBe('S256');
    // RFC 7636 §4.2: BASE64URL(SHA256(verifier)); §4.1: 43 to 128 characters of the unreserved set
    expect(result.codeVerifier).toMatch(/^[\w-]{43,128}$/);
    expect(q.get('code_challenge')).toBe(createHash('sha256').update(result.codeVerifier as string).digest('base64url'));
    // the browser is left on a page that says so, and the listener is gone
    await expect.poll(() => pages.length).toBe(1);
    expect(pages[0]).toMatchObject({ status: 200, text: expect.stringContaining('Signed in') });
    await expect(browse(redirectUri)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('sends a configured verifier, plain or S256, and no challenge without PKCE', async () => {
    expect(codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk', 'S256')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
    let redirectUri = `http://127.0.0.1:${await freePort()}/cb`;
    const plain = await receiveAuthorizationCode(
      { url: `${authBase}/authorize?client_id=a&redirect_uri=${encodeURIComponent(redirectUri)}`, redirectUri, pkce: { method: 'plain', verifier: 'my-verifier' } },
      { open: (url) => void browse(url) },
    );
    expect(plain).toEqual({ code: 'code-for-a', codeVerifier: 'my-verifier' });
    expect(asked.at(-1)?.get('code_challenge')).toBe('my-verifier');
    redirectUri = `http://localhost:${await freePort()}`;
    const none = await receiveAuthorizationCode({ url: `${authBase}/authorize?client_id=b&redirect_uri=${encodeURIComponent(redirectUri)}`, redirectUri }, { open: (url) => void browse(url) });
    expect(none).toEqual({ code: 'code-for-b' });
    expect(asked.at(-1)?.has('code_challenge')).toBe(false);
  });

  it('answers and ignores what is not the awaited answer: another path, another state, another method, a huge head', async () => {
    const port = await freePort();
    const redirectUri = `http://127.0.0.1:${port}/callback`;
    const seen: { status: number; text: string }[] = [];
    const result = await receiveAuthorizationCode(
      { url: `${authBase}/authorize?client_id=c&redirect_uri=${encodeURIComponent(redirectUri)}`, redirectUri },
      {
        open: async (url) => {
          seen.push(await browse(`http://127.0.0.1:${port}/favicon.ico`));
          seen.push(await browse(`${authBase}/wrong-state?redirect_uri=${encodeURIComponent(redirectUri)}`));
          seen.push(await rawExchange(port, 'POST /callback HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n'));
          seen.push(await rawExchange(port, `GET /callback HTTP/1.1\r\nX: ${'a'.repeat(20_000)}`));
          await browse(url);
        },
      },
    );
    expect(result).toEqual({ code: 'code-for-c' });
    expect(seen.map((s) => s.status)).toEqual([404, 400, 405, 431]);
    expect(seen[1]?.text).toContain('state does not match');
  });

  it('frees the port within a second even when the browser keeps an idle connection open', async () => {
    const port = await freePort();
    const redirectUri = `http://127.0.0.1:${port}/cb`;
    let idle: ReturnType<typeof connect> | undefined;
    const started = Date.now();
    const result = await receiveAuthorizationCode(
      { url: `${authBase}/authorize?client_id=d&redirect_uri=${encodeURIComponent(redirectUri)}`, redirectUri },
      {
        open: async (url) => {
          // a connection opened ahead, as browsers do, that never sends a request and never closes
          idle = connect({ port, host: '127.0.0.1', allowHalfOpen: true });
          idle.on('error', () => undefined);
          await new Promise((r) => idle?.once('connect', r));
          await browse(url);
        },
      },
    );
    expect(result).toEqual({ code: 'code-for-d' });
    expect(Date.now() - started).toBeLessThan(5000);
    const again = createNetServer();
    await new Promise<void>((resolve, reject) => again.once('error', reject).listen(port, '127.0.0.1', resolve));
    await new Promise<void>((resolve) => again.close(() => resolve()));
    idle?.destroy();
  });

  it('rejects with coded errors: refused, not loopback, port taken, timeout, aborted', async () => {
    const port = await freePort();
    let redirectUri = `http://127.0.0.1:${port}/callback`;
    const denied = receiveAuthorizationCode({ url: `${authBase}/deny?redirect_uri=${encodeURIComponent(redirectUri)}`, redirectUri }, { open: (url) => void browse(url) });
    await expect(denied).rejects.toMatchObject({ code: 'HTTPLENS_SIGN_IN_DENIED', message: 'The authorization server answered access_denied: The user said no' });

    for (const uri of ['https://127.0.0.1:8443/cb', 'http://example.com/cb', 'http://10.0.0.1:80/cb', 'not a url']) {
      await expect(receiveAuthorizationCode({ url: authBase, redirectUri: uri }, { open: () => undefined })).rejects.toMatchObject({ code: 'HTTPLENS_SIGN_IN_REDIRECT' });
    }

    const taken = createNetServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    redirectUri = `http://127.0.0.1:${(taken.address() as AddressInfo).port}/cb`;
    let opened = false;
    const e = await receiveAuthorizationCode({ url: authBase, redirectUri }, { open: () => void (opened = true) }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TransportError);
    expect(e).toMatchObject({ code: 'HTTPLENS_SIGN_IN_LISTEN', context: { phase: 'sign-in', host: '127.0.0.1' } });
    expect(opened).toBe(false);
    await new Promise<void>((resolve) => taken.close(() => resolve()));

    redirectUri = `http://127.0.0.1:${await freePort()}/cb`;
    await expect(receiveAuthorizationCode({ url: authBase, redirectUri }, { open: () => undefined, timeoutMs: 100 })).rejects.toMatchObject({ code: 'HTTPLENS_SIGN_IN_TIMEOUT' });
    const controller = new AbortController();
    const aborted = receiveAuthorizationCode({ url: authBase, redirectUri }, { open: () => controller.abort(), signal: controller.signal });
    await expect(aborted).rejects.toMatchObject({ code: 'HTTPLENS_ABORTED' });
    // the port is free again after each of them
    const again = createNetServer();
    await new Promise<void>((resolve, reject) => again.once('error', reject).listen(Number(new URL(redirectUri).port), '127.0.0.1', resolve));
    await new Promise<void>((resolve) => again.close(() => resolve()));
  });
});

/** Writes `text` to the port and reads the answer's status line and body. */
async function rawExchange(port: number, text: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let got = '';
    socket.setEncoding('utf8');
    socket.on('data', (c: string) => (got += c));
    socket.on('error', reject);
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(got)?.[1] ?? 0), text: got.slice(got.indexOf('\r\n\r\n') + 4) }));
  });
}
