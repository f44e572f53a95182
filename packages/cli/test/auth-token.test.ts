import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { capture } from './capture.js';
import { serveWithBodies } from './serve.js';

// `send --env E` gets the JetBrains OAuth 2.0 tokens of E's Security.Auth configurations that a request uses
// (`{{$auth.token("id")}}`, `{{$auth.idToken("id")}}`) from a token endpoint on 127.0.0.1, once a run.

let server: Server;
let base: string;
let work: string;
const tokenRequests: { authorization: string | undefined; body: string }[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'httplens-auth-'));
  ({ server, base } = await serveWithBodies((req, body, res) => {
    if (req.url === '/token') {
      tokenRequests.push({ authorization: req.headers.authorization, body });
      const form = new URLSearchParams(body);
      const basic = req.headers.authorization === `Basic ${Buffer.from('cli:s3cret').toString('base64')}`;
      const inBody = form.get('client_id') === 'app' && form.get('client_secret') === 'app-secret' && form.get('username') === 'ada' && form.get('password') === 'p w';
      res.writeHead(basic || inBody ? 200 : 401, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify(basic || inBody ? { access_token: `at-${tokenRequests.length}`, id_token: `it-${tokenRequests.length}`, token_type: 'Bearer', expires_in: 3600 } : { error: 'invalid_client', error_description: 'unknown client' }));
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
    res.end(`${req.headers.authorization ?? ''} ${req.headers['x-id'] ?? ''}`.trim());
  }));
  writeFileSync(
    join(work, 'http-client.env.json'),
    JSON.stringify({
      dev: {
        base,
        Security: {
          Auth: {
            api: { Type: 'OAuth2', 'Grant Type': 'Client Credentials', 'Token URL': '{{base}}/token', 'Client ID': 'cli', Scope: 'read', 'Client Credentials': 'basic' },
            user: { Type: 'OAuth2', 'Grant Type': 'Password', 'Token URL': '{{base}}/token', 'Client ID': 'app', 'Client Credentials': 'in body', Username: 'ada', 'Use ID Token': true },
            wrong: { Type: 'OAuth2', 'Grant Type': 'Client Credentials', 'Token URL': '{{base}}/token', 'Client ID': 'cli' },
            browser: { Type: 'OAuth2', 'Grant Type': 'Authorization Code', 'Auth URL': '{{base}}/authorize', 'Token URL': '{{base}}/token', 'Client ID': 'web' },
          },
        },
      },
    }),
  );
  writeFileSync(join(work, 'http-client.private.env.json'), JSON.stringify({ dev: { Security: { Auth: { api: { 'Client Secret': 's3cret' }, user: { 'Client Secret': 'app-secret', Password: 'p w' }, wrong: { 'Client Secret': 'nope' } } } } }));
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(work, { recursive: true, force: true });
});

beforeEach(() => {
  tokenRequests.length = 0;
});

async function send(text: string, ...args: string[]) {
  writeFileSync(join(work, 'auth.http'), text);
  const c = capture({ cwd: work });
  const code = await main(['send', 'auth.http', '--json', ...args], c.io);
  const results = JSON.parse(c.out() || '[]') as { response: { body: string } | null; error: { code: string; message: string } | null; notes: { code: string }[] }[];
  return { code, results, err: c.err() };
}

describe("send: httpYac's Authorization: oauth2 shorthand", () => {
  it('runs the client_credentials flow from its variables once a run and sends the token as Bearer (HTTP1059)', async () => {
    const text = [
      '@oauth2_tokenEndpoint = {{base}}/token',
      '@oauth2_clientId = cli',
      '@oauth2_clientSecret = s3cret',
      '@oauth2_scope = read write',
      '###',
      'GET {{base}}/me',
      'Authorization: oauth2 client_credentials',
      '',
      '###',
      'GET {{base}}/again',
      'Authorization: oauth2',
      '',
    ].join('\n');
    const r = await send(text, '--env', 'dev', '--all');
    expect(r.code).toBe(0);
    expect(r.results.map((x) => x.response?.body)).toEqual(['Bearer at-1', 'Bearer at-1']);
    expect(tokenRequests).toEqual([{ authorization: `Basic ${Buffer.from('cli:s3cret').toString('base64')}`, body: 'grant_type=client_credentials&scope=read%20write' }]);
    expect(r.results.map((x) => x.notes.map((n) => n.code).filter((c) => c.startsWith('HTTP105')))).toEqual([['HTTP1059'], ['HTTP1059']]);
  });

  it('does not send when the flow cannot be run or its token cannot be had, and says why', async () => {
    const text = ['@oauth2_tokenEndpoint = {{base}}/token', '@oauth2_clientId = cli', '@oauth2_clientSecret = wrong', '###', 'GET {{base}}/a', 'Authorization: oauth2 client_credentials', '', '###', 'GET {{base}}/b', 'Authorization: oauth2 implicit', '', '###', 'GET {{base}}/c', 'Authorization: oauth2 authorization_code', ''].join('\n');
    const r = await send(text, '--env', 'dev', '--all');
    expect(r.code).toBe(1);
    expect(r.results.map((x) => x.response)).toEqual([null, null, null]);
    expect(r.results[0]?.error).toEqual({ code: 'HTTPLENS_AUTH_TOKEN', message: 'Authorization: oauth2 client_credentials: the token endpoint answered 401: invalid_client (unknown client).' });
    // a flow httplens does not run: not sent, as httpYac computes it (HTTP1057)
    expect(r.results[1]?.error?.code).toBe('HTTPLENS_UNSUPPORTED');
    expect(r.results[2]?.error).toEqual({ code: 'HTTPLENS_AUTH_TOKEN', message: 'Authorization: oauth2 authorization_code: missing configuration: oauth2_authorizationEndpoint.' });
  });
});

describe('send: JetBrains OAuth 2.0 tokens ($auth.token)', () => {
  it('gets a Client Credentials token once a run (HTTP Basic, scope) and sends it', async () => {
    const text = ['GET {{base}}/me', 'Authorization: Bearer {{$auth.token("api")}}', '', '###', 'GET {{base}}/again', 'Authorization: Bearer {{$auth.token("api")}}', ''].join('\n');
    const r = await send(text, '--env', 'dev', '--all');
    expect(r.code).toBe(0);
    expect(r.results.map((x) => x.response?.body)).toEqual(['Bearer at-1', 'Bearer at-1']);
    expect(tokenRequests).toEqual([{ authorization: `Basic ${Buffer.from('cli:s3cret').toString('base64')}`, body: 'grant_type=client_credentials&scope=read' }]);
  });

  it('gets a Password token with the client in the body; Use ID Token gives the ID token', async () => {
    const r = await send(['GET {{base}}/me', 'Authorization: Bearer {{$auth.token("user")}}', 'X-Id: {{$auth.idToken("user")}}', ''].join('\n'), '--env', 'dev');
    expect(r.results[0]?.response?.body).toBe('Bearer it-1 it-1');
    expect(tokenRequests.map((t) => t.body)).toEqual(['grant_type=password&username=ada&password=p+w&client_id=app&client_secret=app-secret']);
  });

  it('does not send a request whose token could not be had, and says why', async () => {
    const text = ['GET {{base}}/a', 'Authorization: Bearer {{$auth.token("wrong")}}', '', '###', 'GET {{base}}/b', 'Authorization: Bearer {{$auth.token("browser")}}', '', '###', 'GET {{base}}/c', 'Authorization: Bearer {{$auth.token("missing")}}', ''].join('\n');
    const r = await send(text, '--env', 'dev', '--all');
    expect(r.code).toBe(1);
    expect(r.results.map((x) => x.response)).toEqual([null, null, null]);
    expect(r.results.map((x) => x.error?.code)).toEqual(['HTTPLENS_AUTH_TOKEN', 'HTTPLENS_AUTH_TOKEN', 'HTTPLENS_AUTH_TOKEN']);
    expect(r.results[0]?.error?.message).toBe('$auth.token("wrong"): the token endpoint answered 401: invalid_client (unknown client).');
    expect(r.results[1]?.error?.message).toBe('$auth.token("browser"): "Redirect URL" is missing.');
    expect(r.results[2]?.error?.message).toBe(`$auth.token("missing"): environment 'dev' has no Security.Auth configuration "missing".`);
    // the one token request made: no request for the browser grant or the missing configuration
    expect(tokenRequests).toHaveLength(1);
    // an id that is also a member of Object is a name like any other
    const member = await send(['GET {{base}}/m', 'Authorization: Bearer {{$auth.token("toString")}}', ''].join('\n'), '--env', 'dev');
    expect(member.results[0]?.error?.message).toBe(`$auth.token("toString"): environment 'dev' has no Security.Auth configuration "toString".`);
    const noEnv = await send(['GET http://127.0.0.1:9/x', 'Authorization: Bearer {{$auth.token("api")}}', ''].join('\n'));
    expect(noEnv.results[0]?.error?.message).toBe('$auth.token("api"): no environment is selected: the Security.Auth configurations are those of an environment.');
  });
});
