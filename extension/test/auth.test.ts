// The token request of a JetBrains OAuth 2.0 configuration, sent as the extension sends it (`httplens/authToken`):
// the workspace's client, no redirects followed, no cookies, against a token endpoint on 127.0.0.1.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tokenRequest, type TokenRequest } from '@httplens/http-file';
import { CookieJar, createClient, type Client } from '@httplens/transport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestToken, tokenPickItems, type AuthConfigurations } from '../src/auth.js';

let server: Server;
let base: string;
let client: Client;
const seen: { url: string | undefined; cookie: string | undefined; authorization: string | undefined; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      seen.push({ url: req.url, cookie: req.headers.cookie, authorization: req.headers.authorization, body });
      if (req.url === '/moved') {
        res.writeHead(302, { Location: '/token' });
        res.end();
      } else if (req.url === '/token' && req.headers.authorization === `Basic ${Buffer.from('cli:s3cret').toString('base64')}`) {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Set-Cookie': 'sid=1' });
        res.end('{"access_token":"at","id_token":"it","expires_in":60}');
      } else {
        res.writeHead(401, { 'Content-Type': 'application/json' });
        res.end('{"error":"invalid_client"}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const cookies = new CookieJar();
  client = createClient({ env: {}, cookies });
  // a cookie of the workspace for this host: not sent with a token request
  await client.send({ method: 'GET', url: `${base}/token`, headers: [['Authorization', `Basic ${Buffer.from('cli:s3cret').toString('base64')}`]] });
  seen.length = 0;
});

afterAll(async () => {
  client.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const request = (path: string, secret = 's3cret', useIdToken = false): TokenRequest => {
  const r = tokenRequest({ 'Grant Type': 'Client Credentials', 'Token URL': `${base}${path}`, 'Client ID': 'cli', 'Client Secret': secret, 'Client Credentials': 'basic', 'Use ID Token': useIdToken });
  if ('problem' in r) throw new Error(r.problem);
  return r;
};

describe('requestToken', () => {
  it('sends the token request without the workspace cookies and reads the token', async () => {
    expect(await requestToken(client, request('/token'))).toEqual({ status: 200, answer: { accessToken: 'at', idToken: 'it', expiresIn: 60 } });
    expect(await requestToken(client, request('/token', 's3cret', true))).toEqual({ status: 200, answer: { accessToken: 'it', idToken: 'it', expiresIn: 60 } });
    expect(seen.map((s) => [s.url, s.cookie, s.body])).toEqual([
      ['/token', undefined, 'grant_type=client_credentials'],
      ['/token', undefined, 'grant_type=client_credentials'],
    ]);
  });

  it('says why there is no token: an error answer, a redirect (not followed), a refused connection', async () => {
    expect(await requestToken(client, request('/token', 'wrong'))).toEqual({ status: 401, answer: { problem: 'the token endpoint answered 401: invalid_client' } });
    expect(await requestToken(client, request('/moved'))).toEqual({ status: 302, answer: { problem: 'the token endpoint answered 302' } });
    const refused = await requestToken(client, { ...request('/token'), url: 'http://127.0.0.1:9/token' });
    expect(refused.answer).toEqual({ problem: expect.stringMatching(/^the token request to http:\/\/127\.0\.0\.1:9\/token failed: HTTPLENS_CONNECT_REFUSED: /) });
  });

  it('signs in first for an authorization code grant, then sends the code; a failed or missing sign-in is a problem', async () => {
    const code = tokenRequest({ 'Grant Type': 'Authorization Code', 'Auth URL': `${base}/authorize`, 'Token URL': `${base}/token`, 'Redirect URL': 'http://127.0.0.1:8765/cb', 'Client ID': 'cli', 'Client Secret': 's3cret', 'Client Credentials': 'basic', PKCE: true });
    if ('problem' in code) throw new Error(code.problem);
    const signedIn: unknown[] = [];
    seen.length = 0;
    const got = await requestToken(client, code, {
      signIn: (s) => {
        signedIn.push(s);
        return Promise.resolve({ code: 'c1', codeVerifier: 'v1' });
      },
    });
    expect(got).toEqual({ status: 200, answer: { accessToken: 'at', idToken: 'it', expiresIn: 60 } });
    expect(signedIn).toEqual([code.signIn]);
    expect(seen.map((x) => x.body)).toEqual(['grant_type=authorization_code&code=c1&redirect_uri=http%3A%2F%2F127.0.0.1%3A8765%2Fcb&code_verifier=v1']);
    const failed = await requestToken(client, code, { signIn: () => Promise.reject(Object.assign(new Error('The browser did not come back'), { code: 'HTTPLENS_SIGN_IN_TIMEOUT' })) });
    expect(failed).toEqual({ answer: { problem: 'the sign-in did not complete: HTTPLENS_SIGN_IN_TIMEOUT: The browser did not come back' } });
    expect(await requestToken(client, code)).toEqual({ answer: { problem: 'the authorization code grant signs in through a browser, which is not available here' } });
    expect(seen).toHaveLength(1);
  });
});

describe('the quick pick of Get a New OAuth 2.0 Token', () => {
  const text = { kept: (left: string) => `kept for ${left}`, keptForever: 'kept', none: 'none', refreshable: '(refreshable)' };
  const now = Date.UTC(2026, 10, 27, 12, 0, 0);

  it('shows each configuration with its grant type and the token kept for it, in the user interface language', () => {
    const list: AuthConfigurations = {
      environment: 'dev',
      configurations: [
        { id: 'api', grantType: 'Client Credentials', kept: { expiresAt: now + 55 * 60_000, refreshable: false } },
        { id: 'web', grantType: 'Authorization Code', kept: { expiresAt: now + 90_000, refreshable: true } },
        { id: 'forever', grantType: 'Password', kept: { expiresAt: null, refreshable: false } },
        { id: 'none', grantType: null, kept: null },
        { id: 'over', grantType: 'Password', kept: { expiresAt: now - 1000, refreshable: false } },
      ],
    };
    expect(tokenPickItems(list, now, text, 'en')).toEqual([
      { label: 'api', description: 'Client Credentials', detail: 'kept for 55 minutes', id: 'api' },
      { label: 'web', description: 'Authorization Code', detail: 'kept for 1 minute 30 seconds (refreshable)', id: 'web' },
      { label: 'forever', description: 'Password', detail: 'kept', id: 'forever' },
      { label: 'none', description: '', detail: 'none', id: 'none' },
      { label: 'over', description: 'Password', detail: 'kept for 0 seconds', id: 'over' },
    ]);
    expect(tokenPickItems(list, now, text, 'zh-CN')[0]?.detail).toBe('kept for 55 分钟');
  });
});
