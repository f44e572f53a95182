// The httplens language server in a real Neovim: an .http file with header errors and a raw
// response; checks diagnostics with codes, a hover on a field name and field-name completion.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';

const root = resolve(import.meta.dirname, '..', '..');
const server = join(root, 'server', 'dist', 'bin.js');

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
if (nvim.error) {
  if (process.env.CI === 'true') {
    console.error('✗ neovim is not installed (CI requires it: apt-get install neovim)');
    process.exit(1);
  }
  console.log('- neovim not installed: skipped');
  console.log('0 passed, 0 failed, 1 skipped');
  process.exit(0);
}
if (!existsSync(server)) {
  const build = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', join(root, 'server')], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'httplens-nvim-'));
const cases = [
  {
    name: '.http file with header errors',
    file: 'api.http',
    text: 'GET https://api.example.com/users\nContent-Lenght: 2\nMax-Forwards: 3\nAcc\n',
    hoverLine: 2,
    completionLine: 3,
    check(r) {
      const codes = r.diagnostics.map((d) => d.code).sort();
      assert.ok(codes.includes('HTTP3001'), `HTTP3001 in ${codes}`);
      assert.ok(codes.includes('HTTP0506'), `HTTP0506 in ${codes}`);
      assert.equal(r.diagnostics.find((d) => d.code === 'HTTP3001').line, 1);
      assert.match(r.hover, /\*\*Max-Forwards\*\*/);
      assert.ok(r.completion.includes('Accept'), 'Accept offered');
      assert.ok(r.completion.includes('Accept-Encoding'), 'Accept-Encoding offered');
    },
  },
  {
    name: 'raw response',
    file: 'response.httpmsg',
    text: 'HTTP/1.1 405 Method Not Allowed\r\nDate: Tue, 24 Nov 2026 10:00:00 GMT\r\nCache-Control: public, max-age=60\r\nContent-Length: 0\r\n\r\n',
    hoverLine: 2,
    check(r) {
      const codes = r.diagnostics.map((d) => d.code);
      assert.ok(codes.includes('HTTP0557'), `HTTP0557 in ${codes}`);
      assert.match(r.hover, /\*\*Cache-Control\*\*/);
    },
  },
  {
    name: 'editing session in Chinese: environment, hover, outline, quick fix, formatting, diagnostics after an edit',
    script: 'edit.lua',
    file: 'users.http',
    files: { 'http-client.env.json': JSON.stringify({ dev: { host: 'api.dev.example' }, prod: { host: 'api.example.com' } }) },
    text: [
      '@token = abc',
      '### list users',
      '# @name users',
      'GET https://{{host}}/users',
      'Content-Lenght: 2',
      'Authorization:Bearer {{token}}',
      '',
      '### create user',
      'POST https://{{host}}/users',
      'Content-Type:   application/json',
      '',
      '{"name": "a"}',
      '',
    ].join('\n'),
    check(r) {
      const misspelled = r.first.find((d) => d.code === 'HTTP3001');
      assert.ok(misspelled, `HTTP3001 in ${JSON.stringify(r.first)}`);
      assert.equal(misspelled.line, 4);
      assert.match(misspelled.message, /[\u4e00-\u9fff]/, `a Chinese message: ${misspelled.message}`);
      assert.match(r.hover ?? '', /api\.dev\.example/, `the dev environment's value in the hover: ${r.hover}`);
      assert.deepEqual(r.symbols, ['@token', 'users', 'create user']);
      assert.ok(r.actions.some((t) => t.includes('Content-Length')), `a fix to Content-Length in ${JSON.stringify(r.actions)}`);
      assert.ok(!r.after_fix.some((d) => d.code === 'HTTP3001'), 'HTTP3001 gone after the fix');
      assert.equal(r.formatted[4], 'Content-Length: 2');
      assert.equal(r.formatted[5], 'Authorization: Bearer {{token}}');
      assert.equal(r.formatted[9], 'Content-Type: application/json');
      const bad = r.after_edit.find((d) => d.line === 4);
      assert.ok(bad, `a diagnostic on the inserted line in ${JSON.stringify(r.after_edit)}`);
    },
  },
];

let passed = 0;
let failed = 0;
const env = { ...process.env, XDG_CONFIG_HOME: join(work, 'config'), XDG_DATA_HOME: join(work, 'data'), XDG_CACHE_HOME: join(work, 'cache'), XDG_STATE_HOME: join(work, 'state') };
for (const c of cases) {
  const file = join(work, c.file);
  const out = join(work, `${c.file}.json`);
  writeFileSync(file, c.text);
  for (const [name, content] of Object.entries(c.files ?? {})) writeFileSync(join(work, name), content);
  const r = spawnSync('nvim', ['--headless', '--clean', '-n', '-u', 'NONE', '-i', 'NONE', '-S', join(import.meta.dirname, c.script ?? 'test.lua'), file], {
    cwd: work,
    env: { ...env, HTTPLENS_OUT: out, HTTPLENS_SERVER: server, HTTPLENS_HOVER_LINE: String(c.hoverLine ?? 0), ...(c.completionLine !== undefined ? { HTTPLENS_COMPLETION_LINE: String(c.completionLine) } : {}) },
    encoding: 'utf8',
    timeout: 60_000,
  });
  try {
    assert.equal(r.status, 0, `nvim exited ${r.status}: ${r.stderr}`);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    c.check(result);
    passed++;
    console.log(`✓ ${c.name}`);
  } catch (e) {
    failed++;
    console.log(`✗ ${c.name}: ${e.message}`);
  }
}
rmSync(work, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
