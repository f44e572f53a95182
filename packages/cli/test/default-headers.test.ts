import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultHeadersWith, withDefaultHeaders } from '../src/exchange.js';
import type { Io } from '../src/io.js';
import { main } from '../src/main.js';
import { VERSION } from '../src/version.js';

// `send` adds `User-Agent: httplens/<version>` to a request that has none (as REST Client adds `vscode-restclient`),
// and httplens.config.json's `defaultHeaders` changes or removes it. What arrives is read on a loopback server.

let server: Server;
let base: string;
let work: string;
/** The headers of each request the server received, by its `?id=`. */
const received = new Map<string, { headers: IncomingHttpHeaders; raw: string[] }>();

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'httplens-default-headers-'));
  server = createServer((req, res) => {
    received.set(new URL(req.url ?? '/', 'http://x').searchParams.get('id') ?? '', { headers: req.headers, raw: req.rawHeaders });
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), readStdin: () => '', stdoutIsTTY: false, stderrIsTTY: false, cwd: work, env: {} };
  return { io, out, err };
}

let nextId = 0;

/** Sends `lines` (after the request line `GET <server>?id=...`) and returns what the server received and printed. */
async function send(headerLines: string[], config?: unknown, flags: string[] = []) {
  const id = String(nextId++);
  writeFileSync(join(work, `${id}.http`), [`GET ${base}/?id=${id}`, ...headerLines, ''].join('\n'));
  const args = ['send', `${id}.http`, ...flags];
  if (config !== undefined) {
    writeFileSync(join(work, `${id}.config.json`), JSON.stringify(config));
    args.push('--config', `${id}.config.json`);
  }
  const c = capture();
  const code = await main(args, c.io);
  return { code, got: received.get(id), out: c.out.join(''), err: c.err.join('') };
}

describe('send: default headers', () => {
  it('sends User-Agent: httplens/<version> when the request has none, and prints it', async () => {
    const r = await send([]);
    expect(r.code).toBe(0);
    expect(r.got?.headers['user-agent']).toBe(`httplens/${VERSION}`);
    expect(r.out).toContain(`User-Agent: httplens/${VERSION} (default header)`);
  });

  it("sends the request's own User-Agent (in any case) and no second one", async () => {
    const r = await send(['user-agent: my-script/2.0']);
    expect(r.got?.raw.filter((_, i) => i % 2 === 0 && r.got?.raw[i]?.toLowerCase() === 'user-agent')).toHaveLength(1);
    expect(r.got?.headers['user-agent']).toBe('my-script/2.0');
    expect(r.out).not.toContain('(default header)');
  });

  it('takes defaultHeaders from httplens.config.json: a value replaces the default, others are added', async () => {
    const r = await send(['Accept: text/plain'], { defaultHeaders: { 'user-agent': 'team-tool/1.0', Accept: 'application/json', 'X-Team': 'api' } });
    expect(r.err).toBe('');
    expect(r.got?.headers['user-agent']).toBe('team-tool/1.0');
    // the request's own Accept wins
    expect(r.got?.headers.accept).toBe('text/plain');
    expect(r.got?.headers['x-team']).toBe('api');
  });

  it('sends no User-Agent when defaultHeaders gives it null or ""', async () => {
    for (const value of [null, '']) {
      const r = await send([], { defaultHeaders: { 'User-Agent': value } });
      expect(r.code).toBe(0);
      expect(r.got?.headers['user-agent']).toBeUndefined();
    }
  });

  it('lists the default headers in --json output', async () => {
    const r = await send([], undefined, ['--json']);
    expect(JSON.parse(r.out)[0].defaultHeaders).toEqual([['User-Agent', `httplens/${VERSION}`]]);
  });

  it('reports a defaultHeaders value it cannot use, and sends the rest', async () => {
    const r = await send([], { defaultHeaders: { 'X-Bad': 'a\r\nX-Injected: 1', 'X-Good': 'yes' } });
    expect(r.err).toContain('defaultHeaders.X-Bad');
    expect(r.got?.headers['x-injected']).toBeUndefined();
    expect(r.got?.headers['x-good']).toBe('yes');
    expect(r.got?.headers['user-agent']).toBe(`httplens/${VERSION}`);
  });
});

describe('defaultHeadersWith and withDefaultHeaders', () => {
  it('merges the configuration over the defaults by name, in any case', () => {
    expect(defaultHeadersWith()).toEqual([['User-Agent', `httplens/${VERSION}`]]);
    expect(defaultHeadersWith({ 'USER-AGENT': 'x' })).toEqual([['USER-AGENT', 'x']]);
    expect(defaultHeadersWith({ 'User-Agent': null, Accept: '*/*' })).toEqual([['Accept', '*/*']]);
  });

  it('adds only what the request does not set, before its own headers', () => {
    expect(withDefaultHeaders([['accept', 'a/b']], [['User-Agent', 'u'], ['Accept', '*/*']])).toEqual({ headers: [['User-Agent', 'u'], ['accept', 'a/b']], added: [['User-Agent', 'u']] });
  });
});
