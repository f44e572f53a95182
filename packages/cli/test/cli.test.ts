import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The built `httplens` binary as a child process: exit codes and outputs.
const root = join(import.meta.dirname, '..', '..', '..');
const bin = join(root, 'packages', 'cli', 'dist', 'bin.js');

function run(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd ?? work, env: { ...process.env, NO_COLOR: '1', ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

let work: string;
let server: Server;
let base: string;
const requests: { method: string; url: string; headers: Record<string, unknown> }[] = [];

beforeAll(async () => {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', join(root, 'packages', 'cli')], { stdio: 'pipe' });
  work = mkdtempSync(join(tmpdir(), 'httplens-cli-'));
  server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    const chunks: Buffer[] = [];
    req.on('data', (d: Buffer) => chunks.push(d));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      if (req.url === '/set-cookie') {
        res.writeHead(200, { 'Set-Cookie': 'sid=abc123; Path=/; HttpOnly', 'Content-Type': 'text/plain' });
        res.end('ok');
      } else if (req.url === '/echo') {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ method: req.method, host: req.headers.host, cookie: req.headers.cookie ?? null, contentType: req.headers['content-type'] ?? null, body }));
      } else if (req.url === '/digest') {
        const header = req.headers.authorization ?? '';
        const p = Object.fromEntries([...header.matchAll(/\b(\w+)="?([^",]*)"?/g)].map((m) => [m[1], m[2]]));
        const md5 = (x: string) => createHash('md5').update(x).digest('hex');
        const expected = md5(`${md5('alice:test:secret')}:n0nce:${p.nc}:${p.cnonce}:auth:${md5(`GET:/digest`)}`);
        const ok = header.startsWith('Digest ') && p.username === 'alice' && p.response === expected;
        res.writeHead(ok ? 200 : 401, ok ? { 'Content-Type': 'text/plain' } : { 'WWW-Authenticate': 'Digest realm="test", qop="auth", nonce="n0nce", algorithm=MD5' });
        res.end(ok ? 'welcome alice' : 'who are you');
      } else if (req.url === '/cut') {
        res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '100' });
        res.write('0123456789', () => res.socket?.destroy());
      } else if (req.url === '/utf8') {
        res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('café \u001b[31m');
      } else if (req.url === '/upload') {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ base64: Buffer.concat(chunks).toString('base64') }));
      } else if (req.url === '/login') {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        res.end(JSON.stringify({ token: 'tok-123', echo: body }));
      } else if (req.url === '/me') {
        const ok = req.headers.authorization === 'Bearer tok-123';
        res.writeHead(ok ? 200 : 401, { 'Content-Type': 'application/json', ...(ok ? {} : { 'WWW-Authenticate': 'Bearer' }) });
        res.end(JSON.stringify({ ok }));
      } else if (req.url === '/old') {
        res.writeHead(302, { Location: '/me' });
        res.end();
      } else if (req.url === '/slow-clock') {
        res.writeHead(200, { 'Content-Type': 'text/plain', Date: new Date(Date.now() - 3_600_000).toUTCString() });
        res.end('an hour behind');
      } else if (req.url === '/broken') {
        res.writeHead(405, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('no');
      } else {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('not found');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  writeFileSync(join(work, 'clean.http'), 'GET https://api.example.com/items\nAccept: application/json\n');
  writeFileSync(join(work, 'typo.http'), 'GET https://api.example.com/items\nContent-Lenght: 2\nMax-Forwards: 1\n');
  writeFileSync(join(work, 'bad.httpmsg'), 'HTTP/1.1 405 Method Not Allowed\r\nDate: Tue, 24 Nov 2026 10:00:00 GMT\r\nContent-Length: 0\r\n\r\n');
  writeFileSync(
    join(work, 'api.http'),
    [`@base = ${base}`, '', '# @name login', 'POST {{base}}/login', 'Content-Type: application/json', '', '{"user": "alice"}', '', '### me', 'GET {{base}}/me', 'Authorization: Bearer {{login.response.body.$.token}}', '', '### broken', 'GET {{base}}/broken', ''].join('\n'),
  );
}, 120_000);

afterAll(() => {
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('httplens lint', () => {
  it('exits 0 on a clean file and prints a summary', async () => {
    const r = await run(['lint', 'clean.http']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ 1 file, no problems');
  });

  it('prints code frames and exits 1 on errors', async () => {
    const r = await run(['lint', 'typo.http', 'bad.httpmsg']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('typo.http');
    expect(r.stdout).toContain('2:1  warning  Unknown field Content-Lenght: did you mean Content-Length?  HTTP3001');
    expect(r.stdout).toMatch(/> 2 \| Content-Lenght: 2\n\s+\| \^{14}/);
    expect(r.stdout).toContain('HTTP0557');
    expect(r.stdout).toContain('(1 error, 1 warning, 1 info, 0 hints)');
  });

  it('says where a .http file stops being UTF-8, and still lints it; send says it too', async () => {
    mkdirSync(join(work, 'encodings'), { recursive: true });
    writeFileSync(join(work, 'encodings', 'latin1.http'), Buffer.concat([Buffer.from('GET https://api.example.com/items\n# caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    const r = await run(['lint', 'encodings/latin1.http']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('httplens: encodings/latin1.http:2:6: not UTF-8 (byte 0xE9)');
    expect(r.stdout).toContain('1 file');
    const clean = await run(['lint', 'clean.http']);
    expect(clean.stderr).toBe('');
    const sent = await run(['send', 'encodings/latin1.http', '--line', '9']);
    expect(sent.stderr).toContain('latin1.http:2:6: not UTF-8 (byte 0xE9)');
  });

  it('reads .http files saved as UTF-16 (Windows PowerShell 5 writes UTF-16LE with a byte order mark) as the editors do, and sends what they hold', async () => {
    mkdirSync(join(work, 'encodings'), { recursive: true });
    const text = `# 中文\nPOST ${base}/echo\nContent-Type: text/plain; charset=utf-8\n\ncafé 中文\n`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    writeFileSync(join(work, 'encodings', 'utf16le.http'), le);
    writeFileSync(join(work, 'encodings', 'utf16be.http'), be);
    // without a mark: Latin text only, as VS Code tells it from the NUL bytes
    writeFileSync(join(work, 'encodings', 'utf16-nobom.http'), Buffer.from(`GET ${base}/echo\nAccept: text/plain\n`, 'utf16le'));
    const linted = await run(['lint', 'encodings/utf16le.http', 'encodings/utf16be.http', 'encodings/utf16-nobom.http']);
    expect(linted.stderr).toBe('');
    expect(linted.stdout).toContain('✔ 3 files, no problems');
    for (const name of ['utf16le', 'utf16be']) {
      const sent = await run(['send', `encodings/${name}.http`, '--json']);
      expect(sent.stderr).toBe('');
      const json = JSON.parse(sent.stdout) as { response: { body: string } }[];
      expect(JSON.parse(json[0]?.response.body ?? '{}')).toMatchObject({ method: 'POST', contentType: 'text/plain; charset=utf-8', body: 'café 中文' });
    }
    const plain = await run(['send', 'encodings/utf16-nobom.http', '--json']);
    expect(JSON.parse((JSON.parse(plain.stdout) as { response: { body: string } }[])[0]?.response.body ?? '{}')).toMatchObject({ method: 'GET' });
  });

  it('lints and sends the ```http fences of Markdown files named or matched by a glob; a folder search leaves them out', async () => {
    mkdirSync(join(work, 'docs', 'api'), { recursive: true });
    const md = ['# Items', '', 'GET is how you read them.', '', '```http', `POST ${base}/echo`, 'Content-Type: text/plain', 'Content-Lenght: 2', '', 'hi', '```', ''].join('\n');
    writeFileSync(join(work, 'docs', 'api', 'items.md'), md);
    writeFileSync(join(work, 'docs', 'api', 'notes.http'), 'GET https://api.example.com/notes\n');
    for (const target of ['docs/api/items.md', 'docs/**/*.md']) {
      const r = await run(['lint', target]);
      expect(r.stdout).toContain('docs/api/items.md');
      // the fence's field line, at its line in the document; the prose before it is not a request
      expect(r.stdout).toContain('8:1  warning  Unknown field Content-Lenght: did you mean Content-Length?  HTTP3001');
      expect(r.stdout).not.toContain('HTTP1003');
    }
    const folder = await run(['lint', 'docs']);
    expect(folder.stdout).not.toContain('items.md');
    expect(folder.stdout).toContain('1 file');
    const sent = await run(['send', 'docs/api/items.md', '--all', '--json']);
    expect(sent.stderr).toBe('');
    const outcomes = JSON.parse(sent.stdout) as { response: { body: string } }[];
    expect(outcomes).toHaveLength(1);
    expect(JSON.parse(outcomes[0]?.response.body ?? '{}')).toMatchObject({ method: 'POST', contentType: 'text/plain', body: 'hi' });
    const globbed = JSON.parse((await run(['send', 'docs/**/*.md', '--all', '--json'])).stdout) as unknown[];
    expect(globbed).toHaveLength(1);
  });

  it("sends the target as written with the JetBrains HTTP Client's # @no-auto-encoding", async () => {
    // in a folder of its own: the lint tests glob the working folder's *.http
    mkdirSync(join(work, 'targets'), { recursive: true });
    writeFileSync(join(work, 'targets', 'raw-target.http'), `# @no-auto-encoding\nGET ${base}/raw/{id}?f={a}|b\n\n###\nGET ${base}/enc/{id}?f={a}|b\n`);
    const before = requests.length;
    const r = await run(['send', 'targets/raw-target.http', '--all', '--json']);
    expect(r.stderr).toBe('');
    expect(requests.slice(before).map((q) => q.url)).toEqual(['/raw/{id}?f={a}|b', '/enc/%7Bid%7D?f=%7Ba%7D%7Cb']);
  });

  it('exits 0 with warnings only, and 1 over --max-warnings', async () => {
    expect((await run(['lint', 'typo.http'])).code).toBe(0);
    const r = await run(['lint', '--max-warnings', '0', 'typo.http']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('more than --max-warnings 0');
  });

  it('reads a raw message from stdin', async () => {
    const r = await run(['lint', '-'], { input: 'HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('<stdin>');
    expect(r.stdout).toContain('HTTP0556');
  });

  it('writes the documented JSON schema', async () => {
    const r = await run(['lint', '--format', 'json', 'typo.http']);
    const json = JSON.parse(r.stdout) as { version: number; files: { path: string; diagnostics: Record<string, unknown>[] }[]; summary: Record<string, number> };
    expect(json.version).toBe(1);
    expect(json.files[0]?.path).toBe('typo.http');
    expect(json.files[0]?.diagnostics[0]).toMatchObject({ code: 'HTTP3001', severity: 'warning', line: 2, column: 1, endLine: 2, endColumn: 15, offset: 34, length: 14, docUrl: 'https://httplens.dev/codes/HTTP3001' });
    expect(json.summary).toEqual({ files: 1, errors: 0, warnings: 1, infos: 1, hints: 0 });
  });

  it('writes SARIF 2.1.0 that validates against the schema', async () => {
    const r = await run(['lint', '--format', 'sarif', 'typo.http', 'bad.httpmsg']);
    const sarif = JSON.parse(r.stdout) as { runs: { results: { ruleId: string; level: string }[]; tool: { driver: { rules: { id: string }[] } } }[] };
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // files in path order: bad.httpmsg, then typo.http
    expect(sarif.runs[0]?.results.map((x) => [x.ruleId, x.level])).toEqual([
      ['HTTP0557', 'error'],
      ['HTTP3001', 'warning'],
      ['HTTP0506', 'note'],
    ]);
    expect(sarif.runs[0]?.tool.driver.rules.map((x) => x.id)).toEqual(['HTTP0506', 'HTTP0557', 'HTTP3001']);
  });

  it('writes JUnit XML', async () => {
    const r = await run(['lint', '--format', 'junit', 'clean.http', 'bad.httpmsg']);
    expect(r.stdout).toContain('<testsuites name="httplens lint" tests="2" failures="1">');
    expect(r.stdout).toContain('<testcase name="HTTP0557 1:1" classname="bad.httpmsg">');
    expect(r.stdout).toContain('<testcase name="httplens lint" classname="clean.http"/>');
  });

  it('speaks Simplified Chinese and honours httplens.config.json', async () => {
    const dir = mkdtempSync(join(work, 'cfg-'));
    writeFileSync(join(dir, 'httplens.config.json'), JSON.stringify({ locale: 'zh-CN', severity: { HTTP3001: 'error', HTTP0506: 'off' } }));
    writeFileSync(join(dir, 'typo.http'), readFileSync(join(work, 'typo.http')));
    const r = await run(['lint', 'typo.http'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('是否想写 Content-Length');
    expect(r.stdout).not.toContain('HTTP0506');
    expect(r.stdout).toContain('1 个错误');
  });

  it('counts the variables of http-client.env.json beside the file as defined', async () => {
    const dir = mkdtempSync(join(work, 'env-'));
    writeFileSync(join(dir, 'a.http'), 'GET https://{{host}}/x\nAuthorization: Bearer {{token}}\n');
    const before = await run(['lint', '--format', 'json', 'a.http'], { cwd: dir });
    expect((JSON.parse(before.stdout) as { files: { diagnostics: { code: string }[] }[] }).files[0]?.diagnostics.map((d) => d.code)).toEqual(['HTTP1006', 'HTTP1006']);
    writeFileSync(join(dir, 'http-client.env.json'), JSON.stringify({ dev: { host: 'localhost:8080', token: 't' } }));
    const after = await run(['lint', '--format', 'json', 'a.http'], { cwd: dir });
    expect((JSON.parse(after.stdout) as { files: { diagnostics: unknown[] }[] }).files[0]?.diagnostics).toEqual([]);
  });

  it('reports an OAuth 2.0 configuration id that no environment beside the file defines (HTTP1060), as the editor does', async () => {
    const dir = mkdtempSync(join(work, 'auth-'));
    writeFileSync(join(dir, 'a.http'), 'GET https://api.example/me\nAuthorization: Bearer {{$auth.token("api")}}\nX-Id: {{$auth.idToken("other")}}\n');
    const codes = async () => (JSON.parse((await run(['lint', '--format', 'json', 'a.http'], { cwd: dir })).stdout) as { files: { diagnostics: { code: string; line: number }[] }[] }).files[0]?.diagnostics.filter((d) => d.code === 'HTTP1060').map((d) => d.line);
    // without environment files the ids are not checked
    expect(await codes()).toEqual([]);
    writeFileSync(join(dir, 'http-client.env.json'), JSON.stringify({ dev: { Security: { Auth: { api: { 'Grant Type': 'Client Credentials' } } } }, prod: { host: 'x' } }));
    expect(await codes()).toEqual([3]);
    // an id of another environment, or of the private file, is defined
    writeFileSync(join(dir, 'http-client.private.env.json'), JSON.stringify({ prod: { Security: { Auth: { other: { 'Client Secret': 's' } } } } }));
    expect(await codes()).toEqual([]);
  });

  it('exits 2 on usage errors', async () => {
    expect((await run(['lint'])).code).toBe(2);
    expect((await run(['lint', '--format', 'xml', 'clean.http'])).code).toBe(2);
    const missing = await run(['lint', 'nope.http']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or directory: nope.http');
    expect((await run(['frobnicate'])).code).toBe(2);
  });

  it('expands directories and globs', async () => {
    const r = await run(['lint', '--format', 'json', '*.http']);
    expect((JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path)).toEqual(['api.http', 'clean.http', 'typo.http']);
  });
});

describe('httplens send', () => {
  it('sends the first request and prints the response with its analysis', async () => {
    const r = await run(['send', 'api.http']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`POST ${base}/login`);
    expect(r.stdout).toContain('HTTP/1.1 200 OK');
    expect(r.stdout).toContain('"token":"tok-123"');
    expect(r.stdout).toMatch(/Timings: wait [\d.]+ ms · dns .* · request [\d.]+ ms · first byte .* total/);
    expect(r.stdout).toContain('Caching:');
  });

  it("reports a server clock off this computer's (HTTP0573) for a response it has just received", async () => {
    const dir = mkdtempSync(join(work, 'clock-'));
    writeFileSync(join(dir, 'c.http'), `GET ${base}/slow-clock\n###\nGET ${base}/echo\n`);
    const text = await run(['send', '--all', 'c.http'], { cwd: dir });
    expect(text.stdout).toMatch(/Date \(.*\) is 1 hour behind this computer's clock when the response arrived\. HTTP0573/);
    expect(text.stdout.match(/HTTP0573/g)?.length).toBe(1);
  });

  it('sends every request with chaining, and sets the exit code by --fail-on', async () => {
    const r = await run(['send', 'api.http', '--all', '--json', '--fail-on', '4xx']);
    const results = JSON.parse(r.stdout) as { name: string | null; response: { status: number } }[];
    expect(results.map((x) => x.response.status)).toEqual([200, 200, 405]);
    expect(r.code).toBe(1);
    const lenient = await run(['send', 'api.http', '--name', 'me']);
    expect(lenient.code).toBe(0);
  });

  it("sends the requests httpYac's # @tag lists (--tag), and nothing after the first that fails with --bail", async () => {
    writeFileSync(
      join(work, 'tags.http'),
      [`@base = ${base}`, '', '# @tag smoke, auth', 'POST {{base}}/login', '', '###', '# @tag slow', 'GET {{base}}/broken', '', '###', '# @tag smoke', 'GET {{base}}/echo?tagged', '', '###', 'GET {{base}}/echo?untagged', ''].join('\n'),
    );
    const sentTo = (from: number) => requests.slice(from).map((q) => `${q.method} ${q.url}`);
    let before = requests.length;
    const smoke = await run(['send', 'tags.http', '--tag', 'smoke', '--json']);
    expect(smoke.code).toBe(0);
    expect(sentTo(before)).toEqual(['POST /login', 'GET /echo?tagged']);
    before = requests.length;
    const two = await run(['send', 'tags.http', '--tag', 'auth,slow', '--json']);
    expect(sentTo(before)).toEqual(['POST /login', 'GET /broken']);
    expect(two.code).toBe(1);
    const none = await run(['send', 'tags.http', '--tag', 'nightly']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no request tagged 'nightly' (tags: smoke, auth, slow)");
    expect((await run(['send', 'tags.http', '--tag', 'smoke', '--all'])).stderr).toContain('use one of --name, --line, --tag and --all');
    // --bail: the 405 fails (HTTP0557), so the two requests after it are not sent
    before = requests.length;
    const bailed = await run(['send', 'tags.http', '--all', '--bail', '--json']);
    expect(bailed.code).toBe(1);
    expect(sentTo(before)).toEqual(['POST /login', 'GET /broken']);
    expect((JSON.parse(bailed.stdout) as unknown[]).length).toBe(2);
    expect(bailed.stderr).toContain('stopped at the first request that failed (--bail)');
    // without it, the run goes on
    before = requests.length;
    await run(['send', 'tags.http', '--all', '--json']);
    expect(sentTo(before)).toHaveLength(4);
  });

  it('writes the response body where output redirects say: >> to a free -n name, >>! over the file, beside the .http file', async () => {
    const dir = mkdtempSync(join(work, 'redirect-'));
    mkdirSync(join(dir, 'api'));
    writeFileSync(
      join(dir, 'api', 'out.http'),
      [`@base = ${base}`, '@folder = responses', 'POST {{base}}/login', '', '>> ./{{folder}}/login.json', '>>! ./last.json', '', '###', `GET {{base}}/utf8`, '', '>> ./{{nowhere}}.txt', ''].join('\n'),
    );
    // run from another folder: the paths are the .http file's
    const first = await run(['send', join('api', 'out.http'), '--all', '--json'], { cwd: dir });
    const saved = (r: { stdout: string }) => (JSON.parse(r.stdout) as { saved: unknown[] }[]).map((x) => x.saved);
    expect(saved(first)).toEqual([[{ path: './responses/login.json' }, { path: './last.json' }], [{ path: './{{nowhere}}.txt', problem: 'a variable of the path has no value' }]]);
    expect(JSON.parse(readFileSync(join(dir, 'api', 'responses', 'login.json'), 'utf8'))).toMatchObject({ token: 'tok-123' });
    // a path that cannot be written fails the run
    expect(first.code).toBe(1);
    const second = await run(['send', join('api', 'out.http')], { cwd: dir });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('✔ Body written to ./responses/login-1.json');
    expect(second.stdout).toContain('✔ Body written to ./last.json');
    expect(readFileSync(join(dir, 'api', 'responses', 'login-1.json'), 'utf8')).toBe(readFileSync(join(dir, 'api', 'last.json'), 'utf8'));
    // a folder where the file would go: said, and the run fails
    mkdirSync(join(dir, 'api', 'last.json-dir'));
    writeFileSync(join(dir, 'api', 'dir.http'), [`GET ${base}/echo`, '', '>>! ./last.json-dir', ''].join('\n'));
    const blocked = await run(['send', join('api', 'dir.http'), '--locale', 'zh-CN'], { cwd: dir });
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain('✖ 主体未能写入 ./last.json-dir: EISDIR');
  });

  it('sends several files (a folder, a glob, or files) in order, with the globals their handlers set, each under its name', async () => {
    const dir = mkdtempSync(join(work, 'suite-'));
    mkdirSync(join(dir, 'suite'));
    writeFileSync(join(dir, 'suite', '1-login.http'), [`POST ${base}/login`, '', '> {% client.global.set("tok", response.body.token); %}', '', '###', '# @name again', `GET ${base}/set-cookie`, ''].join('\n'));
    writeFileSync(join(dir, 'suite', '2-me.http'), [`GET ${base}/me`, 'Authorization: Bearer {{tok}}', '', '###', '# @name again', `GET ${base}/broken`, ''].join('\n'));
    // a raw message is no request file: a folder's are passed over
    writeFileSync(join(dir, 'suite', 'note.httpmsg'), 'HTTP/1.1 200 OK\r\n\r\n');
    const sentTo = (from: number) => requests.slice(from).map((q) => `${q.method} ${q.url} ${String(q.headers.authorization ?? '')}`.trim());
    type Result = { file: string; name: string | null; response: { status: number } | null };
    let before = requests.length;
    const all = await run(['send', 'suite', '--all', '--json', '--reporter', 'junit', '--output', 'suite.xml'], { cwd: dir });
    expect(sentTo(before)).toEqual(['POST /login', 'GET /set-cookie', 'GET /me Bearer tok-123', 'GET /broken']);
    expect((JSON.parse(all.stdout) as Result[]).map((r) => [r.file, r.response?.status])).toEqual([
      ['suite/1-login.http', 200],
      ['suite/1-login.http', 200],
      ['suite/2-me.http', 200],
      ['suite/2-me.http', 405],
    ]);
    expect(all.code).toBe(1);
    expect(readFileSync(join(dir, 'suite.xml'), 'utf8')).toContain('<testcase name="again" classname="httplens.send" file="suite/2-me.http" time=');
    // a glob, as text: each file under its name; --name sends the request of that name in each file that has one
    before = requests.length;
    const text = await run(['send', 'suite/*.http', '--name', 'again'], { cwd: dir });
    expect(sentTo(before)).toEqual(['GET /set-cookie', 'GET /broken']);
    expect(text.stdout).toMatch(/══ suite\/1-login\.http ══[\s\S]*\/set-cookie[\s\S]*══ suite\/2-me\.http ══/);
    // the counts last
    expect(text.stdout).toMatch(/\nSummary: 2 files · 2 requests sent · 1 failed\n$/);
    // --bail: nothing after the first failure, in this file or the next
    before = requests.length;
    const bailed = await run(['send', join('suite', '2-me.http'), join('suite', '1-login.http'), '--all', '--bail'], { cwd: dir });
    // in the order given: {{tok}} has no value yet (401), the 405 is the failure
    expect(sentTo(before)).toEqual(['GET /me Bearer {{tok}}', 'GET /broken']);
    expect(bailed.code).toBe(1);
    // usage errors, before anything is sent
    before = requests.length;
    const nowhere = await run(['send', 'suite', '--name', 'nowhere'], { cwd: dir });
    expect([nowhere.code, nowhere.stderr]).toEqual([2, expect.stringContaining("no request named 'nowhere'")]);
    expect(nowhere.stderr).toContain('(in none of the 2 files)');
    expect((await run(['send', 'suite', '--line', '1'], { cwd: dir })).stderr).toContain('--line goes with one file');
    expect((await run(['send', 'suite/*.rest'], { cwd: dir })).stderr).toContain('no files match suite/*.rest');
    expect(requests.length).toBe(before);
  });

  it('reads the environments from --env-file and --private-env-file (the JetBrains CLI flags), and --var wins over them', async () => {
    const dir = mkdtempSync(join(work, 'envfiles-'));
    mkdirSync(join(dir, 'ci'));
    mkdirSync(join(dir, 'api'));
    const url = new URL(base);
    writeFileSync(join(dir, 'ci', 'env.json'), JSON.stringify({ staging: { host: url.host, who: 'public', token: 'public-token' } }));
    writeFileSync(join(dir, 'ci', 'private.json'), JSON.stringify({ staging: { token: 'private-token' } }));
    // beside the file: not read when the files are named
    writeFileSync(join(dir, 'api', 'http-client.env.json'), JSON.stringify({ staging: { host: 'nowhere.invalid', who: 'beside' } }));
    writeFileSync(join(dir, 'api', 'e.http'), ['GET http://{{host}}/echo', 'X-Who: {{who}}', 'Authorization: Bearer {{token}}', ''].join('\n'));
    const flags = ['--env', 'staging', '--env-file', 'ci/env.json', '--private-env-file', 'ci/private.json'];
    let before = requests.length;
    const r = await run(['send', 'api/e.http', ...flags], { cwd: dir });
    expect(r.code).toBe(0);
    expect(requests.slice(before).map((q) => [q.headers['x-who'], q.headers.authorization])).toEqual([['public', 'Bearer private-token']]);
    before = requests.length;
    await run(['send', 'api/e.http', ...flags, '--var', 'who=from-the-command-line'], { cwd: dir });
    expect(requests.slice(before).map((q) => q.headers['x-who'])).toEqual(['from-the-command-line']);
    // a file that cannot be read, an environment the files do not have: usage errors
    // (Node 20 itself reads a --env-file wherever it stands, and stops on one that does not exist: the private one here)
    const missing = await run(['send', 'api/e.http', '--env', 'staging', '--env-file', 'ci/env.json', '--private-env-file', 'ci/nope.json'], { cwd: dir });
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('cannot read --private-env-file ci/nope.json: ENOENT')]);
    const noEnv = await run(['send', 'api/e.http', '--env', 'prod', '--env-file', 'ci/env.json'], { cwd: dir });
    expect(noEnv.stderr).toContain("no environment 'prod' in ci/env.json");
  });

  it("keeps the globals a JetBrains pre-request script sets (client.global.set) for the next requests of the run", async () => {
    writeFileSync(join(work, 'pre-global.http'), ['< {%', '  client.global.set("who", "ada");', '  client.global.set("run", $random.uuid);', '%}', `GET ${base}/echo`, 'X-Who: {{who}}', 'X-Run: {{run}}', '', '###', `GET ${base}/echo`, 'X-Who: again-{{who}}', 'X-Run: {{run}}', ''].join('\n'));
    const before = requests.length;
    const r = await run(['send', 'pre-global.http', '--all', '--json']);
    expect(r.code).toBe(0);
    const sent = requests.slice(before).map((q) => [q.headers['x-who'], q.headers['x-run']]);
    expect(sent.map(([who]) => who)).toEqual(['ada', 'again-ada']);
    // the same value in the second request, which has no script
    expect(sent[0]?.[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent[1]?.[1]).toBe(sent[0]?.[1]);
  });

  it("reads the JetBrains HTTP Client's {{$projectRoot}} as the folder of .idea, else of the project the file is in", async () => {
    const dir = mkdtempSync(join(work, 'project-'));
    mkdirSync(join(dir, 'requests', 'deep'), { recursive: true });
    writeFileSync(join(dir, 'requests', 'deep', 'r.http'), [`GET ${base}/echo`, '', '>>! {{$projectRoot}}/saved/echo.json', ''].join('\n'));
    writeFileSync(join(dir, 'package.json'), '{}');
    const first = await run(['send', join('requests', 'deep', 'r.http'), '--json'], { cwd: dir });
    expect((JSON.parse(first.stdout) as { saved: unknown[] }[])[0]?.saved).toEqual([{ path: `${dir}/saved/echo.json` }]);
    expect(JSON.parse(readFileSync(join(dir, 'saved', 'echo.json'), 'utf8'))).toMatchObject({ method: 'GET' });
    // a JetBrains project below it wins
    mkdirSync(join(dir, 'requests', '.idea'));
    const second = await run(['send', join('requests', 'deep', 'r.http'), '--json'], { cwd: dir });
    expect((JSON.parse(second.stdout) as { saved: unknown[] }[])[0]?.saved).toEqual([{ path: `${dir}/requests/saved/echo.json` }]);
  });

  it("sends httpYac's # @ref requests first, once, and # @forceRef ones every time; their responses are variables", async () => {
    writeFileSync(
      join(work, 'refs.http'),
      [`@base = ${base}`, '', '# @name login', 'POST {{base}}/login', 'Content-Type: application/json', '', '{"user": "alice"}', '', '###', '# @name me', '# @ref login', 'GET {{base}}/me', 'Authorization: Bearer {{login.token}}', '', '###', '# @forceRef login', 'GET {{base}}/me', 'Authorization: Bearer {{login.token}}', ''].join('\n'),
    );
    const sentTo = () => requests.slice(before).map((q) => `${q.method} ${q.url} ${String(q.headers.authorization ?? '')}`.trim());
    let before = requests.length;
    const one = await run(['send', 'refs.http', '--name', 'me', '--json']);
    expect(one.code).toBe(0);
    expect(sentTo()).toEqual(['POST /login', 'GET /me Bearer tok-123']);
    expect((JSON.parse(one.stdout) as { name: string | null; response: { status: number } }[]).map((x) => [x.name, x.response.status])).toEqual([
      ['login', 200],
      ['me', 200],
    ]);
    // in order: login is not sent again for `me` (it has a response), but it is for the @forceRef request
    before = requests.length;
    const all = await run(['send', 'refs.http', '--all', '--json']);
    expect(all.code).toBe(0);
    expect(sentTo()).toEqual(['POST /login', 'GET /me Bearer tok-123', 'POST /login', 'GET /me Bearer tok-123']);
  });

  it("reads the files httpYac's # @import names: their variables, and their requests a # @ref names, sent first", async () => {
    mkdirSync(join(work, 'imports', 'lib'), { recursive: true });
    writeFileSync(join(work, 'imports', 'lib', 'common.http'), `@base = ${base}\n`);
    writeFileSync(join(work, 'imports', 'lib', 'auth.http'), ['# @import ./common.http', '', '###', '# @name login', 'POST {{base}}/login', 'Content-Type: application/json', '', '{"user": "alice"}', ''].join('\n'));
    writeFileSync(join(work, 'imports', 'main.http'), ['# @import ./lib/auth.http', '', '###', '# @name me', '# @ref login', 'GET {{base}}/me', 'Authorization: Bearer {{login.token}}', ''].join('\n'));
    const before = requests.length;
    const r = await run(['send', join('imports', 'main.http'), '--json']);
    expect(r.code).toBe(0);
    expect(requests.slice(before).map((q) => `${q.method} ${q.url} ${String(q.headers.authorization ?? '')}`.trim())).toEqual(['POST /login', 'GET /me Bearer tok-123']);
    expect((JSON.parse(r.stdout) as { name: string | null }[]).map((x) => x.name)).toEqual(['login', 'me']);
    // an import that cannot be read: lint says so, and the names it would give are undefined
    writeFileSync(join(work, 'imports', 'broken.http'), ['# @import ./nowhere.http', '', '###', '# @ref login', 'GET {{base}}/me', ''].join('\n'));
    const lint = await run(['lint', join('imports', 'broken.http'), '--format', 'json']);
    const codes = (stdout: string) => (JSON.parse(stdout) as { files: { diagnostics: { code: string }[] }[] }).files[0]?.diagnostics.map((d) => d.code);
    expect(codes(lint.stdout)).toEqual(['HTTP1054', 'HTTP1063', 'HTTP1062', 'HTTP1006']);
    const clean = await run(['lint', join('imports', 'main.http'), '--format', 'json']);
    expect(codes(clean.stdout)).toEqual(['HTTP1054']);
  });

  it("passes over httpYac's # @disabled requests and waits for # @sleep, reading no JavaScript", async () => {
    writeFileSync(
      join(work, 'disabled.http'),
      [`@base = ${base}`, '@skip = true', '@keep = false', '', '###', '# @disabled', '# @prompt never asked', 'DELETE {{base}}/one', '', '###', '# @disabled skip', 'DELETE {{base}}/two', '', '###', '# @disabled keep', '# @sleep 150', 'GET {{base}}/me', '', '###', '# @disabled env === "prod"', 'DELETE {{base}}/three', ''].join('\n'),
    );
    const before = requests.length;
    const started = Date.now();
    const r = await run(['send', 'disabled.http', '--all', '--json']);
    const elapsed = Date.now() - started;
    expect(r.code).toBe(0);
    expect(requests.slice(before).map((q) => `${q.method} ${q.url}`)).toEqual(['GET /me']);
    const out = JSON.parse(r.stdout) as { url: string; disabled: boolean; notes: { code: string }[] }[];
    expect(out.map((o) => [o.url.replace(base, ''), o.disabled])).toEqual([
      ['{{base}}/one', true],
      ['{{base}}/two', true],
      ['/me', false],
      ['{{base}}/three', true],
    ]);
    // an expression it cannot read keeps the request from being sent, and says so
    expect(out[3]?.notes.map((n) => n.code)).toEqual(['HTTP1065']);
    expect(elapsed).toBeGreaterThanOrEqual(150);
    const text = await run(['send', 'disabled.http', '--line', '7']);
    expect(text.stdout).toContain('not sent (# @disabled)');
    const junit = await run(['send', 'disabled.http', '--all', '--reporter', 'junit', '--output', 'disabled.xml']);
    expect(junit.code).toBe(0);
    expect(readFileSync(join(work, 'disabled.xml'), 'utf8')).toContain('<skipped message="# @disabled"/>');
  });

  it("sends httpYac's # @loop requests once for each pass, with {{$index}} and the element", async () => {
    writeFileSync(
      join(work, 'loop.http'),
      [`@base = ${base}`, '@users = ["ada", "bob"]', '', '###', '# @name each', '# @loop for user of users', 'GET {{base}}/echo?user={{user}}&pass={{$index}}', '', '###', '# @loop for 2', 'GET {{base}}/me?n={{$index}}', '', '###', '# @loop while more()', 'DELETE {{base}}/me', ''].join('\n'),
    );
    const before = requests.length;
    const r = await run(['send', 'loop.http', '--all', '--json']);
    expect(requests.slice(before).map((q) => `${q.method} ${q.url}`)).toEqual(['GET /echo?user=ada&pass=0', 'GET /echo?user=bob&pass=1', 'GET /me?n=0', 'GET /me?n=1']);
    const out = JSON.parse(r.stdout) as { loop: { index: number; of: number } | null; error: { code: string } | null }[];
    expect(out.map((o) => o.loop ?? o.error?.code)).toEqual([
      { index: 0, of: 2 },
      { index: 1, of: 2 },
      { index: 0, of: 2 },
      { index: 1, of: 2 },
      'HTTPLENS_LOOP_NOT_READ',
    ]);
    // the while loop is JavaScript: not sent, and the run fails
    expect(r.code).toBe(1);
    expect((await run(['send', 'loop.http', '--name', 'each'])).stdout).toContain('(# @loop 2/2)');
    // after the loop, httpYac's {{eachList}} lists the responses of its passes
    writeFileSync(join(work, 'loop-list.http'), [`@base = ${base}`, '@users = ["ada", "bob"]', '', '###', '# @name each', '# @loop for user of users', 'GET {{base}}/echo?user={{user}}', '', '###', 'GET {{base}}/echo?n={{eachList.length}}&s={{eachList[1].statusCode}}&b={{eachList[0].body}}', ''].join('\n'));
    const start = requests.length;
    expect((await run(['send', 'loop-list.http', '--all'])).code).toBe(0);
    expect(requests.slice(start).map((q) => q.url)).toEqual(['/echo?user=ada', '/echo?user=bob', '/echo?n=2&s=404&b=not%20found']);
  });

  it("keeps what a JetBrains response handler sets with client.global.set for the next requests, and checks its client.test asserts", async () => {
    writeFileSync(
      join(work, 'handler.http'),
      [`POST ${base}/login`, 'Content-Type: application/json', '', '{"user": "alice"}', '', '> {%', '  client.global.set("auth_token", response.body.token);', '  client.global.set("shout", response.body.token.toUpperCase());', '  client.test("Logged in", function () {', '    client.assert(response.status === 200, "Response status is not 200");', '    client.assert(response.body.token.startsWith("tok-"), "no token");', '  });', '  client.test("Created", function () {', '    client.assert(response.status === 201, "Response status is not 201");', '  });', '%}', '', '###', '< {% request.variables.set("who", client.global.get("auth_token")); %}', `GET ${base}/me`, 'Authorization: Bearer {{auth_token}}', 'X-Who: {{who}}', ''].join('\n'),
    );
    const before = requests.length;
    const r = await run(['send', 'handler.http', '--all']);
    expect(r.code).toBe(1);
    expect(requests.slice(before).map((q) => q.headers.authorization ?? null)).toEqual([null, 'Bearer tok-123']);
    // the pre-request script's request.variables.set, read without running it
    expect(requests.slice(before).map((q) => q.headers['x-who'] ?? null)).toEqual([null, 'tok-123']);
    expect(r.stdout).toContain('Set by the response handler: {{auth_token}}');
    expect(r.stdout).toContain('⚠ shout: not set (JavaScript httplens does not run, or a path the response does not have)');
    // its tests (client.test) are checked with the asserts: a failed one exits 1
    expect(r.stdout).toContain('✔ Logged in');
    expect(r.stdout).toContain('✖ Created: Response status is not 201 (response.status is 200)');
  });

  it("runs a JetBrains file's run lines where they stand with --all: a request of an imported file, another file, with the values they give", async () => {
    mkdirSync(join(work, 'jb'), { recursive: true });
    writeFileSync(join(work, 'jb', 'auth.http'), ['### login', `POST ${base}/login`, 'Content-Type: application/json', '', '{"user": "{{user}}"}', '', '> {% client.global.set("jb_auth", response.body.token); %}', ''].join('\n'));
    writeFileSync(join(work, 'jb', 'echo.http'), ['@who = alice', '', `POST ${base}/echo`, 'Content-Type: text/plain', '', 'hello {{who}}', ''].join('\n'));
    writeFileSync(join(work, 'jb', 'main.http'), ['import ./auth.http', '', 'run #login (@user=bob)', '', '###', `GET ${base}/me`, 'Authorization: Bearer {{jb_auth}}', '', '###', 'run ./echo.http (@who=carol)', '', '###', 'run #nowhere', ''].join('\n'));
    const before = requests.length;
    const r = await run(['send', 'jb/main.http', '--all', '--json']);
    const results = JSON.parse(r.stdout) as { method: string; url: string; error: { code: string; message: string } | null; response: { status: number; body: string } | null }[];
    expect(requests.slice(before).map((q) => `${q.method} ${q.url} ${String(q.headers.authorization ?? '')}`.trim())).toEqual(['POST /login', 'GET /me Bearer tok-123', 'POST /echo']);
    expect((JSON.parse(results[0]?.response?.body ?? '{}') as { echo: string }).echo).toBe('{"user": "bob"}');
    expect((JSON.parse(results[2]?.response?.body ?? '{}') as { body: string }).body).toBe('hello carol');
    expect(results[3]?.error).toEqual({ code: 'HTTPLENS_RUN_TARGET', message: "no request named 'nowhere' in this file or the files it imports" });
    expect(r.code).toBe(1);
    // a file of run lines only is sent with --all
    writeFileSync(join(work, 'jb', 'only-runs.http'), 'run ./echo.http\n');
    const only = await run(['send', 'jb/only-runs.http', '--all', '--json']);
    expect(only.code).toBe(0);
    expect((JSON.parse((JSON.parse(only.stdout) as { response: { body: string } }[])[0]?.response.body ?? '{}') as { body: string }).body).toBe('hello alice');
    // --line on a run line: what that line alone runs (line 10: run ./echo.http (@who=carol))
    const line = requests.length;
    const one = await run(['send', 'jb/main.http', '--line', '10', '--json']);
    expect(one.code).toBe(0);
    expect(requests.slice(line).map((q) => `${q.method} ${q.url}`)).toEqual(['POST /echo']);
    expect((JSON.parse((JSON.parse(one.stdout) as { response: { body: string } }[])[0]?.response.body ?? '{}') as { body: string }).body).toBe('hello carol');
    // elsewhere, --line still names the request there
    const request = await run(['send', 'jb/main.http', '--line', '6', '--json']);
    expect((JSON.parse(request.stdout) as { url: string }[]).map((x) => x.url)).toEqual([`${base}/me`]);
  });

  it("checks httpYac's assert lines against each response, prints them, and a failed one exits 1", async () => {
    writeFileSync(
      join(work, 'asserts.http'),
      [`@base = ${base}`, '@expected = tok-123', '', '# @name login', 'POST {{base}}/login', 'Content-Type: application/json', '', '{"user": "alice"}', '', '?? status == 200', '?? header content-type includes json', '?? body token == {{expected}}', '?? duration < 60000', '?? duration wait < 60000', '?? duration request < 60000', '?? js response.parsedBody.token isString', ''].join('\n'),
    );
    const passing = await run(['send', 'asserts.http']);
    expect(passing.code).toBe(0);
    expect(passing.stdout).toContain('Asserts:\n  ✔ status == 200\n  ✔ content-type contains json\n  ✔ token == tok-123\n  ✔ duration < 60000\n  ✔ wait < 60000\n  ✔ request < 60000\n  – js response.parsedBody.token isString (not checked: JavaScript is not run)');
    writeFileSync(join(work, 'asserts-fail.http'), [`GET ${base}/broken`, '', '?? status == 200', '?? status >= 400', ''].join('\n'));
    // --fail-on 5xx would let the 405 pass: the failed assert does not
    const failing = await run(['send', 'asserts-fail.http', '--fail-on', '5xx', '--json', '--reporter', 'junit', '--output', 'asserts.xml']);
    expect(failing.code).toBe(1);
    expect((JSON.parse(failing.stdout) as { asserts: unknown[] }[])[0]?.asserts).toEqual([
      { text: 'status == 200', outcome: 'failed', message: 'status (405) == 200' },
      { text: 'status >= 400', outcome: 'passed', message: 'status >= 400' },
    ]);
    expect(readFileSync(join(work, 'asserts.xml'), 'utf8')).toContain('?? status (405) == 200');
    // both files: the asserts counted last
    expect((await run(['send', 'asserts.http', 'asserts-fail.http'])).stdout).toMatch(/\nSummary: 2 files · 2 requests sent · 1 failed · Asserts: 7 passed, 1 failed\n$/);
  });

  it('reports the analysis of a bad response and fails on its errors', async () => {
    const r = await run(['send', 'api.http', '--name', 'broken']);
    expect(r.stdout).toContain('HTTP0557');
    expect(r.code).toBe(1);
  });

  it('prints the exact bytes with --raw and writes a JUnit report', async () => {
    const r = await run(['send', 'api.http', '--line', '10', '--raw', '--reporter', 'junit', '--output', 'report.xml']);
    expect(r.stdout).toContain('GET /me HTTP/1.1\r\nHost: 127.0.0.1:');
    const xml = readFileSync(join(work, 'report.xml'), 'utf8');
    expect(xml).toContain('<testsuites name="httplens send" tests="1"');
  });

  it('--raw writes the exchanged bytes exactly into a pipe (UTF-8 is not written twice)', async () => {
    writeFileSync(join(work, 'utf8.http'), `GET ${base}/utf8\n`);
    const bytes = await new Promise<Buffer>((done) => {
      const child = spawn(process.execPath, [bin, 'send', 'utf8.http', '--raw'], { cwd: work, env: { ...process.env, NO_COLOR: '1' } });
      const chunks: Buffer[] = [];
      child.stdout.on('data', (d: Buffer) => chunks.push(d));
      child.on('close', () => done(Buffer.concat(chunks)));
    });
    expect(bytes.includes(Buffer.from('caf\u00c3\u00a9', 'latin1'))).toBe(true); // é as its two UTF-8 bytes, once
    expect(bytes.includes(Buffer.from('\u001b[31m', 'latin1'))).toBe(true); // exactly what the server sent
    expect(bytes.includes(Buffer.from('GET /utf8 HTTP/1.1\r\nHost: '))).toBe(true);
  });

  it('reads the files in the dialect of httplens.config.json (a form body: encoded as REST Client sends it, or as written for JetBrains)', async () => {
    const form = (dir: string) => {
      mkdirSync(join(work, dir), { recursive: true });
      writeFileSync(join(work, dir, 'form.http'), `POST ${base}/echo\nContent-Type: application/x-www-form-urlencoded\n\nname=John Doe\n`);
    };
    form('auto-dialect');
    form('jb-dialect');
    writeFileSync(join(work, 'jb-dialect', 'httplens.config.json'), JSON.stringify({ dialect: 'jetbrains', locale: 'zh-CN' }));
    const sent = async (dir: string) => {
      const r = await run(['send', 'form.http', '--json'], { cwd: join(work, dir) });
      return (JSON.parse((JSON.parse(r.stdout) as { response: { body: string } }[])[0]?.response.body ?? '{}') as { body: string }).body;
    };
    expect(await sent('auto-dialect')).toBe('name=John%20Doe');
    expect(await sent('jb-dialect')).toBe('name=John Doe');
    // and its locale
    const text = await run(['send', 'form.http'], { cwd: join(work, 'jb-dialect') });
    expect(text.stdout).toContain('耗时');
  });

  it('shows what arrived of a response cut short', async () => {
    writeFileSync(join(work, 'cut.http'), `GET ${base}/cut\n`);
    const r = await run(['send', 'cut.http']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('HTTPLENS_CONNECTION_CLOSED');
    expect(r.stdout).toMatch(/── received before the error \(\d+ bytes\) ──\nHTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\n0123456789/);
    const json = JSON.parse((await run(['send', 'cut.http', '--json'])).stdout) as { error: { received?: string } }[];
    expect(json[0]?.error.received).toMatch(/0123456789$/);
  });

  it('explains a transport failure in plain words', async () => {
    writeFileSync(join(work, 'refused.http'), 'GET http://127.0.0.1:9/\n');
    const r = await run(['send', 'refused.http']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('HTTPLENS_CONNECT_REFUSED');
  });

  it('sends an included binary file byte for byte, and decodes <@latin1 files', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x0a, 0x80]);
    writeFileSync(join(work, 'logo.png'), png);
    writeFileSync(join(work, 'note.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9])); // "café" in ISO-8859-1
    writeFileSync(join(work, 'upload.http'), `POST ${base}/upload\nContent-Type: image/png\n\n< ./logo.png\n\n###\nPOST ${base}/upload\nContent-Type: text/plain\n\n<@latin1 ./note.txt\n`);
    const r = await run(['send', 'upload.http', '--all', '--json']);
    expect(r.code).toBe(0);
    const results = JSON.parse(r.stdout) as { response: { body: string } }[];
    const sent = results.map((x) => Buffer.from((JSON.parse(x.response.body) as { base64: string }).base64, 'base64'));
    expect(sent[0]).toEqual(png);
    expect(sent[1]?.toString('utf8')).toBe('café');
  });

  it('reads an included file that is not beside the .http file from the project folder, as REST Client does', async () => {
    const project = mkdtempSync(join(work, 'project-'));
    mkdirSync(join(project, 'requests'));
    mkdirSync(join(project, 'data'));
    writeFileSync(join(project, 'data', 'body.json'), '{"from":"the project"}');
    writeFileSync(join(project, 'requests', 'beside.json'), '{"from":"beside"}');
    writeFileSync(join(project, 'requests', 'a.http'), `POST ${base}/upload\nContent-Type: application/json\n\n< ./data/body.json\n\n###\nPOST ${base}/upload\nContent-Type: application/json\n\n< ./beside.json\n`);
    const r = await run(['send', 'requests/a.http', '--all', '--json'], { cwd: project });
    expect(r.code).toBe(0);
    const sent = (JSON.parse(r.stdout) as { response: { body: string } }[]).map((x) => Buffer.from((JSON.parse(x.response.body) as { base64: string }).base64, 'base64').toString());
    expect(sent).toEqual(['{"from":"the project"}', '{"from":"beside"}']);
  });

  it('carries cookies from one response to the next request, except for # @no-cookie-jar', async () => {
    writeFileSync(
      join(work, 'cookies.http'),
      [`GET ${base}/set-cookie`, '', '###', `GET ${base}/echo`, '', '###', '# @no-cookie-jar', `GET ${base}/echo`, ''].join('\n'),
    );
    const r = await run(['send', 'cookies.http', '--all', '--json']);
    const bodies = (JSON.parse(r.stdout) as { response: { body: string } }[]).map((x) => x.response.body);
    expect(JSON.parse(bodies[1] as string)).toMatchObject({ cookie: 'sid=abc123' });
    expect(JSON.parse(bodies[2] as string)).toMatchObject({ cookie: null });
  });

  it('answers a Digest challenge for "Authorization: Digest user password"', async () => {
    writeFileSync(join(work, 'digest.http'), `GET ${base}/digest\nAuthorization: Digest alice secret\n`);
    const r = await run(['send', 'digest.http', '--json']);
    const [result] = JSON.parse(r.stdout) as { response: { status: number; body: string } }[];
    expect(result?.response).toMatchObject({ status: 200, body: 'welcome alice' });
    expect(r.code).toBe(0);
  });

  it('sends a GRAPHQL request as a POST of JSON', async () => {
    writeFileSync(join(work, 'graphql.http'), `GRAPHQL ${base}/echo\n\nquery Me { me { id } }\n`);
    const r = await run(['send', 'graphql.http', '--json']);
    const [result] = JSON.parse(r.stdout) as { method: string; response: { body: string } }[];
    const echo = JSON.parse(result?.response.body ?? '{}') as { method: string; contentType: string; body: string };
    expect([result?.method, echo.method, echo.contentType]).toEqual(['POST', 'POST', 'application/json']);
    expect(JSON.parse(echo.body)).toEqual({ query: 'query Me { me { id } }', operationName: 'Me' });
  });

  it("answers @prompt variables and httpYac's questions ($input, $password, $pick) from --var", async () => {
    writeFileSync(
      join(work, 'ask.http'),
      ['# @prompt user', `POST ${base}/echo`, 'Content-Type: text/plain', '', '{{user}} {{$input Your name $value: Ada}} {{$pick Stage $value: dev, prod}} {{$password Password}}', ''].join('\n'),
    );
    const r = await run(['send', 'ask.http', '--json', '--var', 'user=u1', '--var', 'Your name=Grace', '--var', 'Stage=prod', '--var', 'Password=s3cret']);
    const [result] = JSON.parse(r.stdout) as { response: { body: string } }[];
    expect((JSON.parse(result?.response.body ?? '{}') as { body: string }).body).toBe('u1 Grace prod s3cret');
    // unanswered: sent as written, with HTTP1020 for each
    const partial = JSON.parse((await run(['send', 'ask.http', '--json', '--var', 'user=u1'])).stdout) as { response: { body: string }; notes: { code: string }[] }[];
    expect((JSON.parse(partial[0]?.response.body ?? '{}') as { body: string }).body).toBe('u1 {{$input Your name $value: Ada}} {{$pick Stage $value: dev, prod}} {{$password Password}}');
    expect(partial[0]?.notes.filter((n) => n.code === 'HTTP1020')).toHaveLength(3);
  });

  it('sends the Host field the request has (a virtual host), else the URL\'s', async () => {
    writeFileSync(join(work, 'vhost.http'), [`GET ${base}/echo`, 'Host: virtual.example', '', '###', `GET ${base}/echo`, ''].join('\n'));
    const r = await run(['send', 'vhost.http', '--all', '--json']);
    const hosts = (JSON.parse(r.stdout) as { response: { body: string } }[]).map((x) => (JSON.parse(x.response.body) as { host: string }).host);
    expect(hosts).toEqual(['virtual.example', base.slice('http://'.length)]);
  });

  it("reads REST Client's environments from .vscode/settings.json (lint knows the names, send --env uses them)", async () => {
    const ws = join(work, 'restclient-ws');
    mkdirSync(join(ws, '.vscode'), { recursive: true });
    mkdirSync(join(ws, 'api'), { recursive: true });
    writeFileSync(
      join(ws, '.vscode', 'settings.json'),
      `{\n  // environments of REST Client\n  "rest-client.environmentVariables": {\n    "$shared": { "path": "echo" },\n    "dev": { "baseUrl": "${base}", },\n  },\n}\n`,
    );
    writeFileSync(join(ws, 'api', 'env.http'), 'GET {{baseUrl}}/{{path}}\n');
    const lint = await run(['lint', 'api/env.http', '--format', 'json'], { cwd: ws });
    expect((JSON.parse(lint.stdout) as { files: { diagnostics: { code: string }[] }[] }).files[0]?.diagnostics.map((d) => d.code)).not.toContain('HTTP1006');
    const sent = await run(['send', 'api/env.http', '--env', 'dev', '--json'], { cwd: ws });
    expect((JSON.parse(sent.stdout) as { url: string }[])[0]?.url).toBe(`${base}/echo`);
  });

  it('says what is wrong with the request it sends: a variable without a value', async () => {
    writeFileSync(join(work, 'undefined.http'), `GET ${base}/echo\nX-Q: {{nope}}\n`);
    const r = await run(['send', 'undefined.http']);
    expect(r.stdout).toMatch(/⚠ The variable "nope" is not defined in this file or its environment\. HTTP1006\n/);
    expect(r.stdout).toContain('HTTP/1.1 200 OK');
  });

  it('follows redirects with --follow, except for # @no-redirect', async () => {
    writeFileSync(join(work, 'redirect.http'), [`GET ${base}/old`, '', '###', '# @no-redirect', `GET ${base}/old`, ''].join('\n'));
    const r = await run(['send', 'redirect.http', '--all', '--json', '--follow']);
    const results = JSON.parse(r.stdout) as { response: { status: number } }[];
    expect(results.map((x) => x.response.status)).toEqual([401, 302]);
  });

  it('exits 2 for an unknown request name', async () => {
    const r = await run(['send', 'api.http', '--name', 'nothing']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no request named 'nothing'");
  });
});

describe('httplens explain', () => {
  it('explains Cache-Control with durations and the caching summary', async () => {
    const r = await run(['explain', 'Cache-Control: public, max-age=600, stale-while-revalidate=30']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('max-age=600');
    expect(r.stdout).toContain('(10 minutes)');
    expect(r.stdout).toContain('Shared caches may store this response for 10 minutes');
  });

  it('explains each directive as it reads where it stands (--request, qualified no-cache)', async () => {
    const request = await run(['explain', '--request', 'Cache-Control: no-cache, max-age=0']);
    expect(request.stdout).toContain('no-cache  The client wants no stored response used without successful revalidation with the origin.');
    expect(request.stdout).toContain('max-age=0  The client accepts a stored response no older than this many seconds. (0 seconds)');
    const response = await run(['explain', 'Cache-Control: max-age=60, no-cache="Set-Cookie"']);
    expect(response.stdout).toContain('max-age=60  Fresh for this many seconds after it was generated. (1 minute)');
    expect(response.stdout).toContain('but not these fields: Set-Cookie.');
    // the seconds recipients use: capped at 2^31 (RFC 9111 §1.2.2); an extension's number is no duration
    const capped = await run(['explain', 'Cache-Control: max-age=99999999999999999999, foo=12']);
    expect(capped.stdout).toContain('max-age=99999999999999999999  Fresh for this many seconds after it was generated. (68 years 35 days)');
    expect(capped.stdout).toMatch(/foo=12 {2}An extension directive[^\n(]*\n/);
    expect((await run(['explain', 'Age: 99999999999'])).stdout).toContain('99999999999  68 years 35 days');
  });

  it('locates problems in a value and exits 1 on errors', async () => {
    const r = await run(['explain', '--json', 'Content-Length: 12a']);
    const json = JSON.parse(r.stdout) as { fields: { diagnostics: { severity: string }[] }[] };
    expect(json.fields[0]?.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(r.code).toBe(1);
  });
});

describe('help and version', () => {
  it.each(['lint', 'send', 'explain'])('%s --help', async (command) => {
    const r = await run([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: httplens ${command}`);
  });

  it('--version prints the version of the package', async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'packages', 'cli', 'package.json'), 'utf8')) as { version: string };
    expect((await run(['--version'])).stdout).toBe(`${version}\n`);
  });
});

describe('a reader that stops early', () => {
  it('drops the rest of the output without a stack trace and keeps the exit code', async () => {
    writeFileSync(join(work, 'many.http'), Array.from({ length: 3000 }, (_, i) => `GET https://example.com/${i}\nContent-Lenght: 1\nMax-Forwards: x\n\n###\n`).join(''));
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [bin, 'lint', '--format', 'json', 'many.http'], { cwd: work, env: { ...process.env, NO_COLOR: '1' } });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result.stderr).not.toContain('EPIPE');
    expect(result.stderr).not.toContain('    at ');
    expect(result.code).toBe(1);
  });
});
