import { execFileSync, spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../src/args.js';
import { checkCommand } from '../src/check.js';
import { capture } from './capture.js';

const servers: { close: () => void }[] = [];
afterAll(() => {
  for (const s of servers) s.close();
});

async function listen(server: Server | ReturnType<typeof createNetServer>): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/resource`;
}

const LAST_MODIFIED = 'Tue, 03 Nov 2026 10:00:00 GMT';
const BODY = Buffer.from(`${'A representation worth caching and compressing. '.repeat(60)}\n`);
const ETAG = '"r1"';

interface Faults {
  ignoreIfNoneMatch?: boolean;
  noVary?: boolean;
  headDiffers?: boolean;
  ignoreRange?: boolean;
  noGzip?: boolean;
  noValidators?: boolean;
  /** The same strong ETag for the gzip-coded and the uncoded representation. */
  oneEtagForCodings?: boolean;
  /** 304 responses with no fields but Date. */
  bare304?: boolean;
  /** A Date an hour behind the clock. */
  clockBehind?: boolean;
}

/** A server for one representation; `faults` switch off what a correct server does. */
function handler(faults: Faults) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const headers: Record<string, string> = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=60', 'Accept-Ranges': 'bytes' };
    if (faults.clockBehind) headers.Date = new Date(Date.now() - 3_600_000).toUTCString();
    const gzip = !faults.noGzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    // each coding is a representation of its own, with its own strong tag (as Apache makes them)
    const etag = gzip && !faults.oneEtagForCodings ? '"r1-gzip"' : ETAG;
    if (!faults.noValidators) {
      headers.ETag = faults.headDiffers && req.method === 'HEAD' ? '"r2"' : etag;
      headers['Last-Modified'] = LAST_MODIFIED;
    }
    if (!faults.noVary) headers.Vary = 'Accept-Encoding';
    if (!faults.noValidators) {
      const inm = req.headers['if-none-match'];
      const ims = req.headers['if-modified-since'];
      if ((inm === etag && !faults.ignoreIfNoneMatch) || (inm === undefined && ims !== undefined && Date.parse(ims) >= Date.parse(LAST_MODIFIED))) {
        res.writeHead(304, faults.bare304 ? {} : headers).end();
        return;
      }
    }
    const range = req.headers.range;
    const body = gzip ? gzipSync(BODY) : BODY;
    if (gzip) headers['Content-Encoding'] = 'gzip';
    if (range === 'bytes=0-0' && !faults.ignoreRange) {
      res.writeHead(206, { ...headers, 'Content-Range': `bytes 0-0/${body.length}`, 'Content-Length': '1' }).end(body.subarray(0, 1));
      return;
    }
    if (faults.headDiffers && req.method === 'HEAD') headers['Content-Type'] = 'text/html';
    res.writeHead(200, { ...headers, 'Content-Length': String(body.length) }).end(body);
  };
}

async function check(url: string, ...flags: string[]) {
  const c = capture();
  const code = await checkCommand([url, ...flags], c.io);
  return { code, out: c.out(), err: c.err() };
}

async function checkJson(url: string, ...flags: string[]) {
  const r = await check(url, '--json', ...flags);
  return { code: r.code, report: JSON.parse(r.out) as { status: number; checks: { id: string; result: string; code: string | null }[]; diagnostics: { code: string; severity: string }[]; caching: { shared: { summary: string; storable: boolean }; private: { summary: string } } | null; error: { code: string; description: string } | null } };
}

const findingCodes = (report: { checks: { code: string | null }[] }) => report.checks.flatMap((c) => (c.code ? [c.code] : [])).sort();

describe('httplens check', () => {
  it('finds nothing wrong with a correct server, and says what it does right', async () => {
    const url = await listen(createServer(handler({})));
    const { code, report } = await checkJson(url);
    expect(code).toBe(0);
    expect(report.status).toBe(200);
    expect(findingCodes(report)).toEqual([]);
    expect(Object.fromEntries(report.checks.map((c) => [c.id, c.result]))).toEqual({
      validators: 'pass',
      etag: 'pass',
      'last-modified': 'pass',
      range: 'pass',
      vary: 'pass',
      compression: 'pass',
      head: 'pass',
    });
    expect(report.diagnostics.filter((d) => /^HTTP070/.test(d.code))).toEqual([]);
    expect(report.caching?.shared.storable).toBe(true);
    expect(report.caching?.shared.summary).toMatch(/max-age=60/);
    const text = await check(url);
    expect(text.out).toContain('✓ If-None-Match: "r1-gzip" got 304 Not Modified.');
    expect(text.out).toContain('shared cache:');
    expect(text.out).toContain('private cache:');
  });

  // server faults -> the finding codes expected
  const table: [string, Faults, string[]][] = [
    ['ignores If-None-Match', { ignoreIfNoneMatch: true }, ['HTTP0700']],
    ['negotiates gzip without Vary', { noVary: true }, ['HTTP0703']],
    ['answers HEAD differently from GET', { headDiffers: true }, ['HTTP0704', 'HTTP0704']],
    ['advertises ranges but ignores Range', { ignoreRange: true }, ['HTTP0702']],
    ['sends compressible text uncompressed', { noGzip: true }, ['HTTP0706']],
    ['has no validators', { noValidators: true }, ['HTTP0705']],
    ['gives both content codings one strong ETag', { oneEtagForCodings: true }, ['HTTP0707']],
    // Cache-Control, ETag and Vary missing after each condition (Node adds Date)
    ['answers 304 without the fields of the 200', { bare304: true }, Array<string>(6).fill('HTTP0708')],
  ];
  it.each(table)('a server that %s', async (_name, faults, expected) => {
    const url = await listen(createServer(handler(faults)));
    const { code, report } = await checkJson(url);
    expect(findingCodes(report)).toEqual(expected);
    // these findings are warnings and notes, not errors
    expect(code).toBe(0);
  });

  it('names the differing fields of HEAD in the text report', async () => {
    const url = await listen(createServer(handler({ headDiffers: true })));
    const { out } = await check(url);
    expect(out).toContain('HEAD and GET disagree on Content-Type: text/html vs text/plain; charset=utf-8. HTTP0704');
    expect(out).toContain('HEAD and GET disagree on ETag: "r2" vs "r1-gzip". HTTP0704');
  });

  it('names what a 304 lacks, and the tag two codings share, in the text report', async () => {
    const bare = await check(await listen(createServer(handler({ bare304: true }))));
    expect(bare.out).toContain('The 304 response to If-None-Match has no Cache-Control, which the 200 response has. HTTP0708');
    expect(bare.out).toContain('The 304 response to If-Modified-Since has no Vary, which the 200 response has. HTTP0708');
    const shared = await check(await listen(createServer(handler({ oneEtagForCodings: true }))));
    expect(shared.out).toContain('The gzip and identity responses carry the same strong ETag "r1". HTTP0707');
  });

  it("reports a server clock off this computer's (HTTP0573), and nothing of the kind for a correct one", async () => {
    const skewed = await checkJson(await listen(createServer(handler({ clockBehind: true }))));
    expect(skewed.report.diagnostics.map((d) => d.code)).toContain('HTTP0573');
    const correct = await checkJson(await listen(createServer(handler({}))));
    expect(correct.report.diagnostics.map((d) => d.code)).not.toContain('HTTP0573');
  });

  it('exits 1 on an error-severity diagnostic of a response (smuggling-prone framing)', async () => {
    const server = createNetServer((socket) => {
      socket.on('data', () => socket.end('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n'));
      socket.on('error', () => socket.destroy());
    });
    const url = await listen(server);
    const { code, report } = await checkJson(url);
    expect(code).toBe(1);
    expect(report.diagnostics.map((d) => d.code)).toContain('HTTP0100');
    expect(findingCodes(report)).toEqual(['HTTP0705']);
  });

  it('does not run follow-ups for a redirect, and reports its problems', async () => {
    const url = await listen(createServer((_req, res) => res.writeHead(301, { 'Content-Length': '0' }).end()));
    const { code, report } = await checkJson(url);
    expect(code).toBe(0);
    expect(report.status).toBe(301);
    expect(report.checks.map((c) => c.id)).toEqual(['status']);
    expect(report.diagnostics.map((d) => d.code)).toContain('HTTP0550');
  });

  it('prints a transport failure in plain words and exits 1', async () => {
    const probe = createNetServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const { code, out } = await check(`http://127.0.0.1:${port}/`);
    expect(code).toBe(1);
    expect(out).toMatch(/✖ [A-Z_]+: \S/);
    const json = await checkJson(`http://127.0.0.1:${port}/`);
    expect(json.code).toBe(1);
    expect(json.report.error?.code).toMatch(/^[A-Z_]+$/);
    expect(json.report.error?.description.length).toBeGreaterThan(10);
  });

  it('reports in Chinese with --locale zh-CN', async () => {
    const url = await listen(createServer(handler({ ignoreIfNoneMatch: true })));
    const { out } = await check(url, '--locale', 'zh-CN');
    expect(out).toContain('带当前 ETag 的 If-None-Match 得到的是 200，而不是 304 Not Modified。 HTTP0700');
    expect(out).toContain('共享缓存：');
    expect(out).toContain('检查：');
    expect(out).toContain('检查');
  });

  it('throws a usage error for bad words on the command line', async () => {
    const c = capture();
    await expect(checkCommand([], c.io)).rejects.toBeInstanceOf(UsageError);
    await expect(checkCommand(['not a url'], c.io)).rejects.toBeInstanceOf(UsageError);
    await expect(checkCommand(['ftp://example.com/'], c.io)).rejects.toThrow(/http: or https:/);
    await expect(checkCommand(['http://127.0.0.1/', '--timeout', 'soon'], c.io)).rejects.toThrow(/--timeout/);
    await expect(checkCommand(['http://127.0.0.1/', '--bogus'], c.io)).rejects.toBeInstanceOf(UsageError);
    expect(await checkCommand(['--help'], c.io)).toBe(0);
    expect(c.out()).toContain('Usage: httplens check <url>');
  });
});

describe('the built binary: httplens check', () => {
  const root = join(import.meta.dirname, '..', '..', '..');
  const bin = join(root, 'packages', 'cli', 'dist', 'bin.js');
  const run = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: '1' } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', join(root, 'packages', 'cli')], { stdio: 'pipe' });
  }, 300_000);

  it('exits 0 with the findings of a faulty server, 1 on an error, 2 on usage errors', async () => {
    const faulty = await listen(createServer(handler({ ignoreIfNoneMatch: true, noVary: true })));
    const r = await run(['check', faulty]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/⚠ .+ HTTP0700$/m);
    expect(r.stdout).toMatch(/⚠ .+ HTTP0703$/m);
    const smuggling = createNetServer((socket) => {
      socket.on('data', () => socket.end('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n'));
      socket.on('error', () => socket.destroy());
    });
    const bad = await run(['check', await listen(smuggling), '--json']);
    expect(bad.code).toBe(1);
    expect((JSON.parse(bad.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code)).toContain('HTTP0100');
    const usage = await run(['check', 'ftp://example.com/']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: httplens check <url>');
  });
});
