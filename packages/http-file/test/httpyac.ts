/**
 * Runs httpYac's own parser (the npm package, a devDependency) on a text and returns what the differential
 * test and the benchmark compare: method, URL, headers and body of each request.
 */
import { createRequire } from 'node:module';

export interface Compared {
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
export function httpyac(): HttpyacModule {
  if (!loaded) {
    loaded = require('httpyac') as HttpyacModule;
    loaded.cli.initFileProvider();
  }
  return loaded;
}

export function normaliseBody(body: string | undefined): string | undefined {
  if (body === undefined) return undefined;
  const b = body.replace(/\r\n/g, '\n');
  return b === '' ? undefined : b;
}

/** Parses with a fresh store, so nothing is cached between files. */
export async function parseWithHttpyac(text: string, fileName = '/tmp/httplens-differential.http'): Promise<Compared[]> {
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
