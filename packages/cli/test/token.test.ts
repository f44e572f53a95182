import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { capture } from './capture.js';
import { serveWithBodies } from './serve.js';

// `httplens token <id> --env E` prints the token of a Security.Auth configuration, got from a token endpoint on 127.0.0.1.

let server: Server;
let work: string;
const bodies: string[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'httplens-token-'));
  let base: string;
  ({ server, base } = await serveWithBodies((req, body, res) => {
    bodies.push(body);
    const ok = req.headers.authorization === `Basic ${Buffer.from('cli:s3cret').toString('base64')}`;
    res.writeHead(ok ? 200 : 401, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(ok ? { access_token: `at-${bodies.length}`, id_token: 'it', token_type: 'Bearer', expires_in: 300, refresh_token: 'rt' } : { error: 'invalid_client' }));
  }));
  const env = { dev: { base, Security: { Auth: { api: { 'Grant Type': 'Client Credentials', 'Token URL': '{{base}}/token', 'Client ID': 'cli', 'Client Credentials': 'basic' }, bad: { 'Grant Type': 'Client Credentials', 'Token URL': '{{base}}/token', 'Client ID': 'x' }, web: { 'Grant Type': 'Authorization Code', 'Auth URL': '{{base}}/a', 'Token URL': '{{base}}/token', 'Redirect URL': 'http://127.0.0.1:1/cb', 'Client ID': 'w' } } } } };
  writeFileSync(join(work, 'http-client.env.json'), JSON.stringify(env));
  writeFileSync(join(work, 'http-client.private.env.json'), JSON.stringify({ dev: { Security: { Auth: { api: { 'Client Secret': 's3cret' } } } } }));
  mkdirSync(join(work, 'sub'));
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(work, { recursive: true, force: true });
});

async function token(cwd: string, ...args: string[]) {
  const c = capture({ cwd });
  const code = await main(['token', ...args], c.io);
  return { code, out: c.out(), err: c.err() };
}

describe('httplens token', () => {
  it('prints the access token, the ID token, or the answer as JSON; the files are those of the working folder or --dir', async () => {
    expect(await token(work, 'api', '--env', 'dev')).toEqual({ code: 0, out: 'at-1\n', err: '' });
    expect(bodies.at(-1)).toBe('grant_type=client_credentials');
    expect((await token(work, 'api', '--env', 'dev', '--id-token')).out).toBe('it\n');
    expect(JSON.parse((await token(join(work, 'sub'), 'api', '--env', 'dev', '--dir', '..', '--json')).out)).toEqual({ access_token: 'at-3', id_token: 'it', expires_in: 300, token_type: 'Bearer', refresh_token: 'rt' });
  });

  it('says why there is no token (exit 1), and what is missing from the command line (exit 2)', async () => {
    expect(await token(work, 'bad', '--env', 'dev')).toEqual({ code: 1, out: '', err: 'httplens token: the token endpoint answered 401: invalid_client\n' });
    expect(await token(work, 'nope', '--env', 'dev')).toMatchObject({ code: 1, err: `httplens token: environment 'dev' has no Security.Auth configuration "nope"\n` });
    expect(await token(work, 'web', '--env', 'dev')).toMatchObject({ code: 1, err: 'httplens token: the authorization code grant signs in through a browser, which httplens does only on a terminal\n' });
    expect((await token(work, 'api')).code).toBe(2);
    expect((await token(work, 'api', '--env', 'prod')).err).toContain("no environment 'prod'");
    expect((await token(work, '--env', 'dev')).code).toBe(2);
    expect((await token(work, '--help')).out).toContain('Usage: httplens token <id> --env <environment>');
  });
});
