import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../src/io.js';
import { main } from '../src/main.js';

// `send` applies a request's `# @timeout` / `# @connection-timeout` (as the file's dialect reads them) against a real
// loopback server that answers slowly. Whether the answer came is read from the server, not from a clock.

/** Milliseconds the server waits before it answers /slow. */
const DELAY = 800;

let server: Server;
let base: string;
let work: string;
/** The ids (`/slow?id=...`) of the requests the server answered. */
const answered = new Set<string>();
let nextId = 0;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'httplens-timeout-'));
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname !== '/slow') {
      res.writeHead(404).end();
      return;
    }
    const timer = setTimeout(() => {
      answered.add(url.searchParams.get('id') ?? '');
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
      res.end('late but fine');
    }, DELAY);
    req.socket.on('close', () => clearTimeout(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(work, { recursive: true, force: true });
});

/**
 * Runs `httplens send <file> --json ...` in process on a file with `text` (`URL` in it is the slow URL), read in
 * `dialect` when given; `answered`: whether the server had answered when the command ended.
 */
async function send(text: string, options: { dialect?: string; args?: string[] } = {}) {
  const id = String(nextId++);
  const dir = mkdtempSync(join(work, 'case-'));
  writeFileSync(join(dir, 'requests.http'), text.replace('URL', `${base}/slow?id=${id}`));
  writeFileSync(join(dir, 'httplens.config.json'), JSON.stringify(options.dialect ? { dialect: options.dialect } : {}));
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), readStdin: () => '', stdoutIsTTY: false, stderrIsTTY: false, cwd: dir, env: {} };
  const code = await main(['send', 'requests.http', '--json', ...(options.args ?? [])], io);
  const [outcome] = JSON.parse(out.join('')) as { response: { status: number } | null; error: { code: string; message: string } | null; notes: { code: string }[] }[];
  return { code, outcome, answered: answered.has(id), stderr: err.join('') };
}

describe('send: per-request timeouts', () => {
  it('sends the slow request to the end without a timeout', async () => {
    const r = await send(`GET URL\n`);
    expect(r.outcome?.error).toBeNull();
    expect(r.outcome?.response?.status).toBe(200);
    expect(r.answered).toBe(true);
    expect(r.code).toBe(0);
  });

  it('gives up waiting for the response after # @timeout 100 ms (JetBrains reading, the default auto dialect)', async () => {
    const r = await send(`# @timeout 100 ms\nGET URL\n`);
    expect(r.outcome?.error?.code).toBe('HTTPLENS_FIRST_BYTE_TIMEOUT');
    expect(r.outcome?.error?.message).toContain('100 ms');
    // failed before the server answered
    expect(r.answered).toBe(false);
    expect(r.code).toBe(1);
  });

  it('ends the whole exchange after # @timeout 100 in an httpYac file (milliseconds)', async () => {
    const r = await send(`# @timeout 100\nGET URL\n`, { dialect: 'httpyac' });
    expect(r.outcome?.error?.code).toBe('HTTPLENS_TOTAL_TIMEOUT');
    expect(r.answered).toBe(false);
  });

  it('reads # @timeout 1 in a JetBrains file as one second, which the slow answer beats', async () => {
    const r = await send(`# @timeout 1\n// @connection-timeout 2 s\nGET URL\n`, { dialect: 'jetbrains' });
    expect(r.outcome?.error).toBeNull();
    expect(r.outcome?.response?.status).toBe(200);
  });

  it('ignores # @timeout in a REST Client file, as REST Client does', async () => {
    const r = await send(`# @timeout 100\nGET URL\n`, { dialect: 'rest-client' });
    expect(r.outcome?.error).toBeNull();
    expect(r.outcome?.response?.status).toBe(200);
  });

  it("lets the request's # @timeout win over --timeout for the limit both set", async () => {
    const r = await send(`# @timeout 100\nGET URL\n`, { dialect: 'httpyac', args: ['--timeout', '60000'] });
    expect(r.outcome?.error?.code).toBe('HTTPLENS_TOTAL_TIMEOUT');
    // the limit the transport was given (what was left of 100 ms when the connection was made), not 60,000
    expect(Number(/longer than (\d+) ms/.exec(r.outcome?.error?.message ?? '')?.[1])).toBeLessThanOrEqual(100);
    expect(r.answered).toBe(false);
  });

  it('keeps --timeout as the bound of the whole exchange when the request sets only other limits', async () => {
    const r = await send(`# @timeout 30 s\nGET URL\n`, { args: ['--timeout', '100'] });
    expect(r.outcome?.error?.code).toBe('HTTPLENS_TOTAL_TIMEOUT');
    expect(r.answered).toBe(false);
  });

  it('sends without a timeout it cannot read, and says so', async () => {
    const r = await send(`# @timeout soon\nGET URL\n`);
    expect(r.outcome?.error).toBeNull();
    expect(r.outcome?.response?.status).toBe(200);
    expect(r.outcome?.notes.map((n) => n.code)).toContain('HTTP1050');
  });
});
