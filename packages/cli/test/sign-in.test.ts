import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { capture } from './capture.js';
import { serveWithBodies } from './serve.js';

// `send` runs the OAuth 2.0 authorization code grant on a terminal: it prints the authorization URL, opens it (here a
// "browser" that follows the redirects of an authorization server on 127.0.0.1 that approves at once), receives the
// code on the loopback redirect URL and exchanges it, with the PKCE verifier, for the token it sends.

let server: Server;
let base: string;
let work: string;
let redirectPort: number;
/** The PKCE challenge and redirect URL of each code given out. */
const codes = new Map<string, { challenge: string | null; method: string | null; redirectUri: string | null; clientId: string | null }>();
const tokenBodies: { authorization: string | undefined; form: Record<string, string> }[] = [];
const opened: string[] = [];
/** Whether the token endpoint refuses refresh tokens (as when they are revoked). */
let refuseRefresh = false;
/** The device codes given out, and whether their user has entered them (RFC 8628). */
const devices = new Map<string, boolean>();

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'httplens-sign-in-'));
  ({ server, base } = await serveWithBodies((req, body, res) => {
    const url = new URL(req.url ?? '/', base);
    if (url.pathname === '/authorize') {
      const q = url.searchParams;
      const code = `code-${codes.size + 1}`;
      codes.set(code, { challenge: q.get('code_challenge'), method: q.get('code_challenge_method'), redirectUri: q.get('redirect_uri'), clientId: q.get('client_id') });
      const back = new URL(q.get('redirect_uri') ?? '');
      back.searchParams.set('code', code);
      back.searchParams.set('state', q.get('state') ?? '');
      res.writeHead(302, { Location: back.toString() });
      res.end();
      return;
    }
    if (url.pathname === '/device') {
      const code = `dc-${devices.size + 1}`;
      devices.set(code, false);
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ device_code: code, user_code: `USER-${devices.size}`, verification_uri: `${base}/activate`, verification_uri_complete: `${base}/activate?code=${code}`, expires_in: 60, interval: 0 }));
      return;
    }
    if (url.pathname === '/activate') {
      devices.set(url.searchParams.get('code') ?? '', true);
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('done');
      return;
    }
    if (url.pathname === '/token') {
      const form = Object.fromEntries(new URLSearchParams(body));
      tokenBodies.push({ authorization: req.headers.authorization, form });
      if (form.grant_type === 'urn:ietf:params:oauth:grant-type:device_code') {
        const entered = devices.get(form.device_code ?? '');
        res.writeHead(entered ? 200 : 400, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        res.end(JSON.stringify(entered ? { access_token: `device-token-of-${form.device_code}`, expires_in: 600 } : { error: entered === undefined ? 'invalid_grant' : 'authorization_pending' }));
        return;
      }
      // RFC 6749 §6: a refresh token given out before gets a new access token (and no new refresh token)
      if (form.grant_type === 'refresh_token') {
        const known = !refuseRefresh && form.refresh_token?.startsWith('refresh-of-') === true && form.client_id === 'short';
        res.writeHead(known ? 200 : 400, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        res.end(JSON.stringify(known ? { access_token: `refreshed-${tokenBodies.length}`, token_type: 'Bearer', expires_in: 600 } : { error: 'invalid_grant' }));
        return;
      }
      const given = codes.get(form.code ?? '');
      // RFC 7636 §4.6: the verifier must hash to the challenge; RFC 6749 §4.1.3: the same redirect_uri
      const verified =
        given !== undefined &&
        form.grant_type === 'authorization_code' &&
        form.redirect_uri === given.redirectUri &&
        (given.challenge === null || createHash('sha256').update(form.code_verifier ?? '').digest('base64url') === given.challenge);
      res.writeHead(verified ? 200 : 400, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      // the client `short` gets tokens that are over at once, with a refresh token
      const short = form.client_id === 'short';
      res.end(JSON.stringify(verified ? { access_token: `token-of-${form.code}`, token_type: 'Bearer', expires_in: short ? 1 : 600, ...(short ? { refresh_token: `refresh-of-${form.code}` } : {}) } : { error: 'invalid_grant' }));
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
    res.end(req.headers.authorization ?? '');
  }));
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  redirectPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  writeFileSync(
    join(work, 'http-client.env.json'),
    JSON.stringify({
      dev: {
        base,
        Security: {
          Auth: {
            web: {
              Type: 'OAuth2',
              'Grant Type': 'Authorization Code',
              'Auth URL': '{{base}}/authorize',
              'Token URL': '{{base}}/token',
              'Redirect URL': `http://127.0.0.1:${redirectPort}/callback`,
              'Client ID': 'web',
              PKCE: true,
            },
            tv: { Type: 'OAuth2', 'Grant Type': 'Device Authorization', 'Device Auth URL': '{{base}}/device', 'Token URL': '{{base}}/token', 'Client ID': 'tv' },
            short: {
              Type: 'OAuth2',
              'Grant Type': 'Authorization Code',
              'Auth URL': '{{base}}/authorize',
              'Token URL': '{{base}}/token',
              'Redirect URL': `http://127.0.0.1:${redirectPort}/callback`,
              'Client ID': 'short',
            },
          },
        },
      },
    }),
  );
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(work, { recursive: true, force: true });
});

beforeEach(() => {
  tokenBodies.length = 0;
  opened.length = 0;
});

/** A browser: GET, following redirects. */
function browse(url: string, hops = 5): void {
  get(url, (res) => {
    res.resume();
    if (res.headers.location && hops > 0) browse(new URL(res.headers.location, url).toString(), hops - 1);
  }).on('error', () => undefined);
}

async function send(text: string, terminal: boolean, ...args: string[]) {
  writeFileSync(join(work, 'sign-in.http'), text);
  const c = capture({
    cwd: work,
    ...(terminal
      ? {
          readLine: () => Promise.resolve(undefined),
          openUrl: (url: string) => {
            opened.push(url);
            browse(url);
          },
        }
      : {}),
  });
  const code = await main(['send', 'sign-in.http', '--json', '--all', ...args], c.io);
  const results = JSON.parse(c.out() || '[]') as { response: { body: string } | null; error: { code: string; message: string } | null }[];
  return { code, results, err: c.err() };
}

describe('send: the authorization code grant, signed in through the browser', { timeout: 20_000 }, () => {
  it('signs in once a run for $auth.token, with PKCE S256, and sends the token', async () => {
    const r = await send(['GET {{base}}/me', 'Authorization: Bearer {{$auth.token("web")}}', '', '###', 'GET {{base}}/again', 'Authorization: Bearer {{$auth.token("web")}}', ''].join('\n'), true, '--env', 'dev');
    expect(r.code).toBe(0);
    expect(r.results.map((x) => x.response?.body)).toEqual(['Bearer token-of-code-1', 'Bearer token-of-code-1']);
    expect(opened).toHaveLength(1);
    const asked = new URL(opened[0] as string);
    expect(asked.origin + asked.pathname).toBe(`${base}/authorize`);
    expect(Object.fromEntries(asked.searchParams)).toMatchObject({ response_type: 'code', client_id: 'web', redirect_uri: `http://127.0.0.1:${redirectPort}/callback`, code_challenge_method: 'S256' });
    expect(r.err).toContain(`httplens: sign in at ${opened[0] ?? ''}`);
    expect(tokenBodies).toHaveLength(1);
    expect(tokenBodies[0]?.form).toMatchObject({ grant_type: 'authorization_code', code: 'code-1', client_id: 'web', redirect_uri: `http://127.0.0.1:${redirectPort}/callback` });
    expect(tokenBodies[0]?.form.code_verifier).toMatch(/^[\w-]{43}$/);
  });

  it("runs httpYac's oauth2 authorization_code shorthand as httpYac does (its client in Basic, scope openid)", async () => {
    const text = [
      '@oauth2_authorizationEndpoint = {{base}}/authorize',
      '@oauth2_tokenEndpoint = {{base}}/token',
      '@oauth2_clientId = spa',
      '@oauth2_clientSecret = s3cret',
      `@oauth2_redirectUri = http://localhost:${redirectPort}/cb`,
      '###',
      'GET {{base}}/me',
      'Authorization: oauth2 authorization_code',
      '',
    ].join('\n');
    const r = await send(text, true, '--env', 'dev');
    expect(r.results[0]?.error?.message ?? null).toBeNull();
    expect(r.code).toBe(0);
    expect(r.results[0]?.response?.body).toMatch(/^Bearer token-of-code-\d+$/);
    expect(new URL(opened[0] as string).searchParams.get('scope')).toBe('openid');
    expect(new URL(opened[0] as string).searchParams.has('code_challenge')).toBe(false);
    expect(tokenBodies[0]?.authorization).toBe(`Basic ${Buffer.from('spa:s3cret').toString('base64')}`);
    expect(tokenBodies[0]?.form).toMatchObject({ grant_type: 'authorization_code', redirect_uri: `http://localhost:${redirectPort}/cb` });
  });

  it('refreshes an expired token with its refresh token (RFC 6749 §6) instead of signing in again, and signs in again when that fails', async () => {
    const twice = ['GET {{base}}/one', 'Authorization: Bearer {{$auth.token("short")}}', '', '###', 'GET {{base}}/two', 'Authorization: Bearer {{$auth.token("short")}}', ''].join('\n');
    const r = await send(twice, true, '--env', 'dev');
    expect(r.results.map((x) => x.error?.message ?? null)).toEqual([null, null]);
    expect(opened).toHaveLength(1);
    expect(tokenBodies.map((b) => b.form.grant_type)).toEqual(['authorization_code', 'refresh_token']);
    expect(tokenBodies[1]?.form).toEqual({ grant_type: 'refresh_token', refresh_token: expect.stringMatching(/^refresh-of-code-\d+$/), client_id: 'short' });
    expect(r.results[1]?.response?.body).toBe('Bearer refreshed-2');
    // a third request: the refreshed token (600 s) is kept
    tokenBodies.length = 0;
    opened.length = 0;
    const thrice = await send(`${twice}\n###\nGET {{base}}/three\nAuthorization: Bearer {{$auth.token("short")}}\n`, true, '--env', 'dev');
    expect(thrice.results.map((x) => x.response?.body)).toEqual([expect.stringMatching(/^Bearer token-of-code-\d+$/), 'Bearer refreshed-2', 'Bearer refreshed-2']);
    expect(tokenBodies).toHaveLength(2);
    // a refused refresh: signed in again
    tokenBodies.length = 0;
    opened.length = 0;
    refuseRefresh = true;
    try {
      const again = await send(twice, true, '--env', 'dev');
      expect(again.results.map((x) => x.response?.body)).toEqual([expect.stringMatching(/^Bearer token-of-code-\d+$/), expect.stringMatching(/^Bearer token-of-code-\d+$/)]);
      expect(tokenBodies.map((b) => b.form.grant_type)).toEqual(['authorization_code', 'refresh_token', 'authorization_code']);
      expect(opened).toHaveLength(2);
    } finally {
      refuseRefresh = false;
    }
  });

  it('runs the device authorization grant (RFC 8628): shows the code, opens its address, polls until it is entered', async () => {
    const r = await send(['GET {{base}}/tv', 'Authorization: Bearer {{$auth.token("tv")}}', ''].join('\n'), true, '--env', 'dev');
    expect(r.results[0]?.error?.message ?? null).toBeNull();
    expect(r.results[0]?.response?.body).toMatch(/^Bearer device-token-of-dc-\d+$/);
    expect(r.err).toMatch(/httplens: to sign in, open http:\/\/127\.0\.0\.1:\d+\/activate and enter the code USER-\d+ \(or open http:\/\/127\.0\.0\.1:\d+\/activate\?code=dc-\d+\)/);
    expect(opened).toEqual([expect.stringMatching(/\/activate\?code=dc-\d+$/)]);
    const polls = tokenBodies.filter((b) => b.form.grant_type === 'urn:ietf:params:oauth:grant-type:device_code');
    expect(polls.length).toBeGreaterThanOrEqual(1);
    expect(polls.at(-1)?.form).toEqual({ grant_type: 'urn:ietf:params:oauth:grant-type:device_code', client_id: 'tv', device_code: expect.stringMatching(/^dc-\d+$/) });
    // without a terminal it is not run
    const alone = await send(['GET {{base}}/tv', 'Authorization: Bearer {{$auth.token("tv")}}', ''].join('\n'), false, '--env', 'dev');
    expect(alone.results[0]?.error?.message).toBe('$auth.token("tv"): the device authorization grant needs someone to enter a code in a browser, which httplens does only on a terminal.');
  });

  it('does not sign in without a terminal: the request is not sent, and says why', async () => {
    const r = await send(['GET {{base}}/me', 'Authorization: Bearer {{$auth.token("web")}}', ''].join('\n'), false, '--env', 'dev');
    expect(r.code).toBe(1);
    expect(r.results[0]?.response).toBeNull();
    expect(r.results[0]?.error).toEqual({ code: 'HTTPLENS_AUTH_TOKEN', message: '$auth.token("web"): the authorization code grant signs in through a browser, which httplens does only on a terminal.' });
    expect(tokenBodies).toHaveLength(0);
  });
});
