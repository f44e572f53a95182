import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHttpFile } from '@httplens/http-file';
import { send } from '@httplens/transport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../src/args.js';
import { defaultExamplesDir, demoCommand, serveDemo, startDemoServer, type DemoServer } from '../src/demo/index.js';
import { capture } from './capture.js';
import { lintCommand } from '../src/lint.js';

const examples = defaultExamplesDir();
const exampleFiles = readdirSync(examples).filter((f) => f.endsWith('.http'));

interface DemoJson {
  server: string;
  files: { file: string; requests: { name: string | null; method: string; url: string; status: number | null; redirects: { url: string; status: number }[]; error: unknown; lint: { code: string }[]; diagnostics: { code: string; severity: string }[] }[] }[];
  check: { checks: { id: string; result: string }[] } | null;
  summary: { files: number; requests: number; failed: number; diagnostics: Record<string, number>; codes: Record<string, number> };
}

describe('httplens demo against examples/', () => {
  let text: { code: number; out: string };
  let json: { code: number; report: DemoJson };
  beforeAll(async () => {
    const t = capture();
    text = { code: await demoCommand([], t.io), out: t.out() };
    const j = capture();
    const code = await demoCommand(['--json'], j.io);
    json = { code, report: JSON.parse(j.out()) as DemoJson };
  }, 60_000);

  it('has the example files the README describes', () => {
    expect(exampleFiles.sort()).toEqual(['basics.http', 'caching.http', 'chaining.http', 'dynamic.http', 'problems.http']);
  });

  it('exits 0 and prints every request of every example with its analysis', () => {
    expect(text.code).toBe(0);
    let total = 0;
    for (const name of exampleFiles) {
      const file = parseHttpFile(readFileSync(join(examples, name), 'utf8'));
      expect(text.out).toContain(`══ ${name} ══`);
      for (const request of file.requests) {
        total++;
        const title = request.title ?? request.name;
        expect(title, `${name}: every example request has a title`).toBeTruthy();
        const at = text.out.indexOf(`# ${title}\n`);
        expect(at, `${name}: ${title}`).toBeGreaterThanOrEqual(0);
        // the request line follows the title (after the request's own findings, if any)
        expect(text.out.slice(at).split('\n').slice(1, 5).some((l) => l.startsWith(`${request.method} http://127.0.0.1:`)), `${name}: ${title}`).toBe(true);
      }
    }
    expect(text.out.match(/^Analysis:$/gm)?.length).toBe(total);
    expect(text.out).toContain(`5 files · ${total} requests sent · 0 failed`);
    expect(json.report.summary.requests).toBe(total);
  });

  it('shows the intended findings of the problem routes', () => {
    // 301 without Location; Transfer-Encoding with Content-Length; SameSite=None without Secure; Max-Age with Expires
    for (const code of ['HTTP0550', 'HTTP0100', 'HTTP3502', 'HTTP0567']) expect(text.out).toMatch(new RegExp(`[✖⚠ℹ] .+ ${code}$`, 'm'));
    const problems = json.report.files.find((f) => f.file === 'problems.http');
    const codesOf = (path: string) => problems?.requests.find((r) => new URL(r.url).pathname === path)?.diagnostics.map((d) => d.code) ?? [];
    expect(codesOf('/moved')).toContain('HTTP0550');
    expect(codesOf('/smuggle')).toContain('HTTP0100');
    expect(problems?.requests.find((r) => r.url.endsWith('/smuggle'))?.diagnostics.find((d) => d.code === 'HTTP0100')?.severity).toBe('error');
    expect(codesOf('/cookies')).toEqual(expect.arrayContaining(['HTTP3502', 'HTTP0567']));
  });

  it('shows what httplens lint says about the requests as written', () => {
    expect(text.out).toMatch(/^ {2}⚠ Unknown field Acept: did you mean Accept\? HTTP3001 problems\.http:\d+:1$/m);
    expect(text.out).toMatch(/^ {2}✖ .+ HTTP3106 problems\.http:\d+:\d+$/m);
    expect(text.out).toContain('findings in the requests as written: 1 error · 1 warning');
    const problems = json.report.files.find((f) => f.file === 'problems.http');
    expect(problems?.requests.flatMap((r) => r.lint.map((d) => d.code))).toEqual(['HTTP3001', 'HTTP3106']);
  });

  it('chains the login token, revalidates with 304 and follows the redirect', () => {
    const statuses = (file: string) => json.report.files.find((f) => f.file === file)?.requests.map((r) => r.status);
    // /me without a token, login, /me with the token, echo of earlier responses, and /me with the token httpYac's
    // `oauth2 client_credentials` shorthand got from /oauth/token (sent as written, it would not be sent at all)
    expect(statuses('chaining.http')).toEqual([401, 200, 200, 200, 200]);
    expect(statuses('caching.http')?.slice(0, 3)).toEqual([200, 304, 304]);
    const redirect = json.report.files.find((f) => f.file === 'basics.http')?.requests.at(-1);
    expect(redirect?.redirects.map((h) => h.status)).toEqual([302]);
    expect(redirect?.status).toBe(200);
    expect(text.out).toContain('redirected from');
    expect(json.report.files.flatMap((f) => f.requests).every((r) => r.error === null)).toBe(true);
  });

  it('runs httplens check on the well-cached route: every check passes', () => {
    expect(text.out).toMatch(/══ httplens check http:\/\/127\.0\.0\.1:\d+\/api\/items ══/);
    expect(text.out).toContain('✓ If-None-Match: "items-v3-gzip" got 304 Not Modified.');
    expect(json.report.check?.checks.map((c) => c.result)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass']);
  });

  it('explains caching for shared and private caches, and sums up diagnostics by severity', () => {
    expect(text.out).toContain('shared cache: Shared caches may store this response for 5 minutes (max-age=300)');
    expect(text.out).toMatch(/heuristic/);
    expect(text.out).toMatch(/diagnostics in the responses: \d+ errors · \d+ warnings · \d+ info · \d+ hints/);
    expect(json.report.summary.diagnostics.error).toBeGreaterThanOrEqual(2);
    expect(json.report.summary.codes.HTTP0550).toBe(1);
  });
});

describe('httplens lint examples/', () => {
  it('reports the intentional request-side findings of problems.http, and no undefined variables', async () => {
    const c = capture();
    const code = await lintCommand([examples, '--format', 'json'], c.io);
    const report = JSON.parse(c.out()) as { files: { path: string; diagnostics: { code: string; severity: string; line: number }[] }[] };
    // the invalid max-age in a request is an error on purpose
    expect(code).toBe(1);
    const byFile = new Map(report.files.map((f) => [f.path.split(/[\\/]/).pop(), f.diagnostics]));
    expect(byFile.get('problems.http')?.filter((d) => d.severity !== 'hint').map((d) => d.code)).toEqual(['HTTP3001', 'HTTP3106']);
    const all = report.files.flatMap((f) => f.diagnostics);
    expect(all.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['HTTP3106']);
    // baseUrl and the other file variables resolve; syntax is clean
    expect(all.filter((d) => /^HTTP(?:1|2)\d{3}$/.test(d.code))).toEqual([]);
  });
});

describe('httplens demo options', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const tempDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'httplens-demo-'));
    dirs.push(d);
    return d;
  };

  it('speaks Chinese with --locale zh-CN', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'one.http'), '### Moved\nGET {{baseUrl}}/moved\n');
    const c = capture();
    expect(await demoCommand(['--examples', dir, '--locale', 'zh-CN'], c.io)).toBe(0);
    expect(c.out()).toContain('演示服务器正在监听');
    expect(c.out()).toContain('1 个文件 · 1 个请求已发送 · 0 个失败');
    expect(c.out()).toContain('HTTP0550');
  });

  it('exits 1 when a request cannot be sent (the demo itself is broken)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.http'), 'GET http://127.0.0.1:1/\n');
    const c = capture();
    expect(await demoCommand(['--examples', dir], c.io)).toBe(1);
    expect(c.out()).toContain('1 failed');
  });

  it('--serve keeps the server up, lists its routes, and stops when asked', async () => {
    const c = capture();
    const controller = new AbortController();
    const running = serveDemo(c.io, { port: 0, locale: 'en', signal: controller.signal });
    // bounded wait for the listing
    for (let i = 0; i < 200 && !c.out().includes('Ctrl+C'); i++) await new Promise((r) => setTimeout(r, 10));
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(c.out())?.[1];
    expect(url).toBeDefined();
    expect(c.out()).toContain(`${url}/api/items`);
    const r = await send({ method: 'GET', url: `${url}/api/items`, headers: [['If-None-Match', '"items-v3"']] }, { pool: false });
    expect(r.status).toBe(304);
    controller.abort();
    expect(await running).toBe(0);
    await expect(send({ method: 'GET', url: `${url}/` }, { pool: false })).rejects.toThrow();
  });

  it('--serve on a port in use exits 1 with the reason', async () => {
    const taken = await startDemoServer();
    try {
      const c = capture();
      const port = Number(new URL(taken.url).port);
      expect(await serveDemo(c.io, { port, locale: 'en', signal: AbortSignal.abort() })).toBe(1);
      expect(c.err()).toContain('EADDRINUSE');
    } finally {
      await taken.close();
    }
  });

  it('rejects bad words and empty folders', async () => {
    await expect(demoCommand(['--port', '8080'], capture().io)).rejects.toThrow(/--port goes with --serve/);
    await expect(demoCommand(['--serve', '--port', '70000'], capture().io)).rejects.toThrow(/port number/);
    const c = capture();
    await expect(demoCommand(['extra'], c.io)).rejects.toBeInstanceOf(UsageError);
    await expect(demoCommand(['--examples', join(tempDir(), 'missing')], c.io)).rejects.toBeInstanceOf(UsageError);
    expect(await demoCommand(['--examples', tempDir()], c.io)).toBe(1);
    expect(c.err()).toContain('no .http files');
    expect(await demoCommand(['--help'], c.io)).toBe(0);
    expect(c.out()).toContain('Usage: httplens demo');
  });
});

describe('the demo server', () => {
  let server: DemoServer;
  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(() => server.close());

  const get = (path: string, headers: [string, string][] = [], method = 'GET') => send({ method, url: `${server.url}${path}`, headers }, { pool: false });
  const field = (r: { headers: [string, string][] }, name: string) => r.headers.find(([n]) => n.toLowerCase() === name)?.[1];

  // route -> expected status and fields
  const table: [string, string, [string, string][], number, Record<string, string | undefined>][] = [
    ['GET', '/api/items', [], 200, { etag: '"items-v3"', vary: 'Accept-Encoding', 'content-encoding': undefined }],
    ['GET', '/api/items', [['Accept-Encoding', 'gzip']], 200, { 'content-encoding': 'gzip' }],
    ['GET', '/api/items', [['If-None-Match', 'W/"items-v3"']], 304, { etag: '"items-v3"' }],
    ['GET', '/api/items', [['If-None-Match', '"other"']], 200, {}],
    ['HEAD', '/api/items', [], 200, { etag: '"items-v3"' }],
    ['GET', '/api/items', [['Range', 'bytes=0-0']], 206, { 'content-range': expect.stringMatching(/^bytes 0-0\/\d+$/) as unknown as string, 'content-length': '1' }],
    ['GET', '/api/items', [['Range', 'bytes=-5']], 206, { 'content-length': '5' }],
    ['GET', '/api/items', [['Range', 'bytes=99999-']], 416, { 'content-range': expect.stringMatching(/^bytes \*\/\d+$/) as unknown as string }],
    ['GET', '/api/items', [['Range', 'lines=1-2']], 200, { 'accept-ranges': 'bytes' }],
    ['GET', '/cache/conflicting', [], 200, { 'cache-control': 'no-store, max-age=600', expires: 'tomorrow at noon' }],
    ['GET', '/redirect', [], 302, { location: '/api/items' }],
    ['GET', '/moved', [], 301, { location: undefined }],
    ['GET', '/chunked', [], 200, { 'transfer-encoding': 'chunked' }],
    ['GET', '/me', [['Authorization', 'Bearer wrong']], 401, { 'www-authenticate': 'Bearer realm="demo", error="invalid_token"' }],
    ['DELETE', '/login', [], 405, { allow: 'POST' }],
    ['GET', '/nowhere', [], 404, {}],
  ];
  it.each(table)('%s %s %j -> %i', async (method, path, headers, status, fields) => {
    const r = await get(path, headers, method);
    expect(r.status).toBe(status);
    for (const [name, value] of Object.entries(fields)) expect(field(r, name)).toEqual(value);
  });

  it('hands out a token that /me accepts, and decodes gzip and chunked bodies', async () => {
    const login = await send({ method: 'POST', url: `${server.url}/login`, headers: [['Content-Type', 'application/json']], body: '{"username":"u","password":"p"}' }, { pool: false });
    const token = (JSON.parse(new TextDecoder().decode(login.body)) as { token: string }).token;
    expect(token).toBe(server.token);
    expect((await get('/me', [['Authorization', `Bearer ${token}`]])).status).toBe(200);
    const bad = await send({ method: 'POST', url: `${server.url}/login`, body: 'not json' }, { pool: false });
    expect(bad.status).toBe(400);
    // the OAuth 2.0 token endpoint: client_credentials for demo:demo-secret in HTTP Basic (RFC 6749 §4.4)
    const tokenRequest = (credentials: string, body = 'grant_type=client_credentials') =>
      send({ method: 'POST', url: `${server.url}/oauth/token`, headers: [['Content-Type', 'application/x-www-form-urlencoded'], ['Authorization', `Basic ${Buffer.from(credentials).toString('base64')}`]], body }, { pool: false });
    const granted = await tokenRequest('demo:demo-secret');
    expect(JSON.parse(new TextDecoder().decode(granted.body))).toEqual({ access_token: server.token, token_type: 'Bearer', expires_in: 3600 });
    expect((await tokenRequest('demo:wrong')).status).toBe(401);
    expect(JSON.parse(new TextDecoder().decode((await tokenRequest('demo:demo-secret', 'grant_type=password')).body))).toEqual({ error: 'unsupported_grant_type' });
    const gz = await get('/gzip', [['Accept-Encoding', 'gzip']]);
    expect(gz.decoded).toEqual(['gzip']);
    expect(new TextDecoder().decode(gz.body)).toMatch(/^HTTP compression saves bytes/);
    const chunked = await get('/chunked');
    expect(new TextDecoder().decode(chunked.body)).toBe('First chunk. Second chunk. Third and last chunk.\n');
    expect(chunked.trailers.map(([n]) => n)).toEqual(['Server-Timing']);
  });
});

describe('the built binary: httplens demo', () => {
  it('runs the examples and exits 0', () => {
    const root = join(import.meta.dirname, '..', '..', '..');
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', join(root, 'packages', 'cli')], { stdio: 'pipe' });
    const r = spawnSync(process.execPath, [join(root, 'packages', 'cli', 'dist', 'bin.js'), 'demo'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    for (const file of exampleFiles) expect(r.stdout).toContain(`══ ${file} ══`);
    expect(r.stdout).toMatch(/^ {2}5 files · \d+ requests sent · 0 failed$/m);
    const usage = spawnSync(process.execPath, [join(root, 'packages', 'cli', 'dist', 'bin.js'), 'demo', '--bogus'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
  }, 300_000);
});
