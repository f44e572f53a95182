import { parseHttpFile } from '@httplens/http-file';
import { defineSuite, type CustomResult } from '../harness.js';
import { createRequire } from 'node:module';

// The same generator and httpYac driver as packages/http-file/test (generate.ts, httpyac.ts), kept here so the
// bench compiles on its own.

interface GeneratedRequest {
  method: string;
  url: string;
  headers: [string, string][];
  body?: string;
}

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const HOSTS = ['https://api.example.com', 'http://localhost:8080', 'https://{{host}}', '{{baseUrl}}'];
const SEGMENTS = ['users', 'orders', 'v1', 'items', 'search', 'health', '{{id}}', 'a-b_c', 'files'];
const HEADER_NAMES = ['Accept', 'Authorization', 'X-Request-Id', 'Cache-Control', 'Accept-Language', 'If-None-Match', 'X-Trace'];
const HEADER_VALUES = ['application/json', 'Bearer {{token}}', '{{$guid}}', 'no-cache', 'en-US,en;q=0.5', '"abc"', 'max-age=0, private', 'text/html; charset=utf-8'];

function generateFile(count: number, seed: number): { text: string; requests: GeneratedRequest[] } {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const lines: string[] = ['@host = api.example.com', '@baseUrl = https://{{host}}/v2', '@id = 42', '@token = secret', ''];
  const requests: GeneratedRequest[] = [];
  for (let i = 0; i < count; i++) {
    const method = pick(METHODS);
    let url = pick(HOSTS);
    const depth = 1 + Math.floor(random() * 3);
    for (let d = 0; d < depth; d++) url += `/${pick(SEGMENTS)}`;
    if (random() < 0.4) url += `?page=${Math.floor(random() * 10)}&q=${pick(['a', 'b%20c', '{{id}}'])}`;
    const headers: [string, string][] = [];
    const hc = Math.floor(random() * 4);
    for (let h = 0; h < hc; h++) headers.push([pick(HEADER_NAMES), pick(HEADER_VALUES)]);
    let body: string | undefined;
    if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
      const kind = Math.floor(random() * 3);
      if (kind === 0) {
        headers.push(['Content-Type', 'application/json']);
        body = `{\n  "id": ${Math.floor(random() * 1000)},\n  "name": "item {{id}}",\n  "tags": ["a", "b"]\n}`;
      } else if (kind === 1) {
        headers.push(['Content-Type', 'application/x-www-form-urlencoded']);
        body = `name=n${i}&value=${Math.floor(random() * 100)}`;
      } else {
        headers.push(['Content-Type', 'text/plain']);
        body = `line one ${i}\nline two`;
      }
    }
    lines.push(random() < 0.5 ? `### request ${i}` : '###');
    if (random() < 0.5) lines.push(`# @name req${i}`);
    if (random() < 0.2) lines.push('# a comment');
    lines.push(random() < 0.3 ? `${method} ${url} HTTP/1.1` : `${method} ${url}`);
    for (const [n, v] of headers) lines.push(`${n}: ${v}`);
    if (body !== undefined) lines.push('', body);
    lines.push('');
    const req: GeneratedRequest = { method, url, headers };
    if (body !== undefined) req.body = body;
    requests.push(req);
  }
  return { text: lines.join('\n'), requests };
}

interface Compared {
  method: string;
  url: string;
  headers: Record<string, string | string[]>;
  /** The body; `<include>` when httpYac reads it from a file. */
  body?: string;
}

interface HttpyacRegion {
  request?: { method?: string; url?: string; headers?: Record<string, unknown>; body?: unknown };
}
interface HttpyacModule {
  cli: { initFileProvider(): void };
  store: { HttpFileStore: new () => { parse(fileName: string, text: string, options: { workingDir: string }): Promise<{ httpRegions: HttpyacRegion[] }> } };
}

const require = createRequire(import.meta.url);
let loaded: HttpyacModule | undefined;

/** Loads httpYac once and installs its Node file provider (its parser asks it whether paths are absolute). */
function httpyac(): HttpyacModule {
  if (!loaded) {
    loaded = require('httpyac') as HttpyacModule;
    loaded.cli.initFileProvider();
  }
  return loaded;
}

function normaliseBody(body: string | undefined): string | undefined {
  if (body === undefined) return undefined;
  const b = body.replace(/\r\n/g, '\n');
  return b === '' ? undefined : b;
}

/** Parses with a fresh store, so nothing is cached between files. */
async function parseWithHttpyac(text: string, fileName = '/tmp/httplens-differential.http'): Promise<Compared[]> {
  const store = new (httpyac().store.HttpFileStore)();
  const file = await store.parse(fileName, text, { workingDir: '/tmp' });
  const out: Compared[] = [];
  for (const region of file.httpRegions) {
    const req = region.request;
    if (!req) continue;
    const headers: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(req.headers ?? {})) headers[k] = Array.isArray(v) ? v.map(String) : String(v);
    const c: Compared = { method: String(req.method ?? 'GET'), url: String(req.url ?? ''), headers };
    const body = typeof req.body === 'string' ? normaliseBody(req.body) : Array.isArray(req.body) ? '<include>' : undefined;
    if (body !== undefined) c.body = body;
    out.push(c);
  }
  return out;
}

/**
 * `.http` parsing: parseHttpFile against httpYac's own parser (HttpFileStore.parse, which is async, so the
 * suite times both itself) on generated files of 1,000 and 10,000 requests of the common dialect.
 */

function ours(text: string): Compared[] {
  return parseHttpFile(text, { dialect: 'httpyac' }).requests.map((r) => {
    const headers: Record<string, string | string[]> = {};
    for (const h of r.headers) {
      const prev = headers[h.name];
      headers[h.name] = prev === undefined ? h.value : Array.isArray(prev) ? [...prev, h.value] : [prev, h.value];
    }
    const c: Compared = { method: r.method, url: r.url, headers };
    if (r.body && r.body.text !== '') c.body = r.body.text;
    return c;
  });
}

/** Throws unless both parsers find the same requests: count, methods, URLs, headers and bodies. */
async function verify(text: string, count: number): Promise<void> {
  const a = ours(text);
  const b = await parseWithHttpyac(text);
  if (a.length !== count || b.length !== count) throw new Error(`request counts differ: ours ${a.length}, httpyac ${b.length}, generated ${count}`);
  for (let i = 0; i < count; i++) {
    const x = JSON.stringify(a[i]);
    const y = JSON.stringify(b[i]);
    if (x !== y) throw new Error(`request ${i} differs\n  ours:    ${x}\n  httpyac: ${y}`);
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((p, q) => p - q);
  return s[Math.floor(s.length / 2)] as number;
}

async function timeRuns(fn: () => unknown, runs: number, warmup: number): Promise<{ wall: number; cpu: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const u = process.cpuUsage();
    const t = performance.now();
    await fn();
    wall.push(performance.now() - t);
    const d = process.cpuUsage(u);
    cpu.push((d.user + d.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

export default defineSuite({
  name: 'http-file',
  description:
    'parseHttpFile (httpyac dialect, all spans and diagnostics) against httpYac 6 HttpFileStore.parse on generated .http files of 1,000 and 10,000 requests; requests, methods, URLs, headers and bodies verified equal first. Median wall time (and CPU time) per file.',
  custom: async (): Promise<CustomResult> => {
    const sizes = [
      { count: 1_000, oursRuns: 21, peerRuns: 5 },
      { count: 10_000, oursRuns: 11, peerRuns: 3 },
    ];
    const rows: (string | number)[][] = [];
    const notes: string[] = [];
    const measured: { count: number; ours: number; peer: number }[] = [];
    for (const size of sizes) {
      const { text } = generateFile(size.count, 7);
      await verify(text, size.count);
      // Steady state for both: ours is warmed up over as much work as one httpYac run of the same file.
      const o = await timeRuns(() => parseHttpFile(text, { dialect: 'httpyac' }), size.oursRuns, size.count === 1_000 ? 40 : 8);
      const p = await timeRuns(() => parseWithHttpyac(text), size.peerRuns, 1);
      const label = `${size.count.toLocaleString('en-US')} requests (${(text.length / 1e6).toFixed(2)} MB)`;
      rows.push([label, '@httplens/http-file parseHttpFile', o.wall, (o.wall * 1000) / size.count, o.cpu]);
      rows.push([label, 'httpyac HttpFileStore.parse', p.wall, (p.wall * 1000) / size.count, p.cpu]);
      const ratio = p.wall / o.wall;
      notes.push(
        `${label}: ours/httpyac ${ratio.toFixed(1)}x faster in wall time, ${(p.cpu / o.cpu).toFixed(1)}x in CPU time (target ≥ 50x: ${ratio >= 50 ? 'met' : 'NOT met'})`,
      );
      measured.push({ count: size.count, ours: o.wall, peer: p.wall });
    }
    const [small, large] = measured;
    if (small && large) {
      const growth = large.ours / small.ours;
      notes.push(`10,000-request file over 1,000-request file: ours ${growth.toFixed(1)}x (target ≤ 11x: ${growth <= 11 ? 'met' : 'NOT met'}), httpyac ${(large.peer / small.peer).toFixed(1)}x`);
    }
    return { columns: ['file', 'parser', 'ms per file', 'µs per request', 'CPU ms per file'], rows, notes };
  },
});
