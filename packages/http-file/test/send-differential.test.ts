import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseHttpFile, resolveRequest, toHttpMessage } from '@httplens/http-file';
import { CASES } from './fixtures/cases.js';
import { httpyac } from './httpyac.js';

/**
 * What goes on the wire: every fixture request that httpYac sends (its own client, to a server on 127.0.0.1) and
 * `toHttpMessage` builds the same, with the httpyac dialect: request line, fields and body bytes. Left out of the
 * comparison: the fields each client adds itself (User-Agent, Accept, Accept-Encoding, Host, Connection) and the
 * `Content-Length: 0` httpYac's client adds to a request without a body. Left out of the cases: values that are
 * random, read from the clock or computed by scripts (`{{$...}}`, `{{ expression }}`, `{% %}`, `# @loop`), which no
 * two runs send alike.
 */

/** Fixture ids where the bytes differ, and why. */
const DISAGREEMENTS: Record<string, string> = {
  'GRAPHQL method (JetBrains)': 'httpYac sends "operationName": "{" for an anonymous query `query { ... }` (its pattern takes the brace for a name); httplens sends no operationName.',
  'httpYac GraphQL fragment before the request line': 'the same anonymous query: httpYac sends "operationName": "{".',
  'httpYac GraphQL body': 'httpYac sends the JSON of a query body without Content-Type; httplens adds Content-Type: application/json (HTTP1041).',
  'httpYac GraphQL query read from a file': 'httpYac sends the query file as it is, with its final line break; httplens trims the query.',
  'multipart without boundary parameter': 'httplens ends a multipart body with CR LF after its last line; httpYac sends the last line without it.',
  'multipart boundary never used': 'the same: httplens ends the multipart body with CR LF.',
  'multipart not closed': 'the same: httplens ends the multipart body with CR LF.',
  'REST Client multipart': 'the same: httplens ends the multipart body with CR LF.',
  'JetBrains multipart': 'the same: httplens ends the multipart body with CR LF.',
  'include not found': 'a file that is not there: httpYac sends no body, httplens sends the include line as written (HTTP1008).',
};

const FILES: Record<string, string> = {
  'demo.xml': '<a>1</a>\n',
  'demo.json': '{"name": "{{name}}"}\n',
  'demo.txt': 'caf\u00e9\n',
  'input.json': '{"in": true}\n',
  'data/input.json': '{"data": true}\n',
  'input.txt': 'text input\n',
  '1.png': '\u0089PNG\r\n',
  'user.graphql': 'query GetUser($id: ID!) { user(id: $id) { name } }\n',
};

/** Raw requests as they arrived, one per connection (each client is told to close). */
let received: string[] = [];
let server: Server;
let port = 0;
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'httplens-send-'));
  // where the fixtures' `>> ./out/response.json` lines have httpYac save the response
  mkdirSync(join(dir, 'out'));
  mkdirSync(join(dir, 'data'));
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text, name === 'demo.txt' || name === '1.png' ? 'latin1' : 'utf8');
  server = createServer((socket) => {
    let buf = Buffer.alloc(0);
    socket.on('error', () => undefined);
    socket.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = buf.toString('latin1', 0, end);
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
      if (buf.length < end + 4 + length) return;
      received.push(buf.toString('latin1', 0, end + 4 + length));
      socket.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

const ADDED_BY_CLIENT = new Set(['user-agent', 'accept', 'accept-encoding', 'host', 'connection']);

/** Request line, fields (lower-case names, sorted, without those each client adds) and body of a raw request. */
function normalise(raw: string): string {
  const end = raw.indexOf('\r\n\r\n');
  const [start, ...lines] = raw.slice(0, end).split('\r\n');
  const fields = lines
    .map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()] as const)
    .filter(([name, value]) => !ADDED_BY_CLIENT.has(name) && !(name === 'content-length' && value === '0'))
    .map(([name, value]) => `${name}: ${value}`)
    .sort();
  return JSON.stringify({ start, fields, body: raw.slice(end + 4) });
}

/** The variables of the fixtures that are not defined in them, the same for both. */
const ENVIRONMENT = { name: 'N' };

const VARYING = /\{\{\s*\$|\{\{ |\{\{\s*$|\{%|@loop/m;

interface HttpyacSend {
  store: { HttpFileStore: new () => { parse(fileName: string, text: string, options: { workingDir: string }): Promise<{ httpRegions: { request?: unknown }[] }> } };
  send(context: Record<string, unknown>): Promise<boolean>;
}

describe('send differential: toHttpMessage vs what httpYac sends', () => {
  it('sends the same bytes for every fixture request except the listed ones', async () => {
    const hy = httpyac() as unknown as HttpyacSend;
    const host = {
      readFile: (p: string) => (existsSync(join(dir, p)) ? readFileSync(join(dir, p), 'utf8') : undefined),
      readBytes: (p: string) => (existsSync(join(dir, p)) ? new Uint8Array(readFileSync(join(dir, p))) : undefined),
      exists: (p: string) => existsSync(join(dir, p)),
    };
    const differing: string[] = [];
    const unsent = new Set<string>();
    let compared = 0;
    // httpYac reports what it cannot do (a script it does not run, a response it cannot save) on the console
    const quiet = [vi.spyOn(console, 'error').mockImplementation(() => undefined), vi.spyOn(console, 'info').mockImplementation(() => undefined)];
    try {
      for (const c of CASES) {
        if (c.markdown || VARYING.test(c.input)) continue;
        const input = c.input.replace(/https?:\/\/(?:x|example\.com|api\.example\.com|a\.example)\//g, `http://127.0.0.1:${port}/`);
        if (!input.includes(`127.0.0.1:${port}`)) continue;
        const file = parseHttpFile(input, { dialect: 'httpyac', host });
        const theirs = await new hy.store.HttpFileStore().parse(join(dir, 'a.http'), input, { workingDir: dir });
        // only requests to the server here (httpYac reads some fixtures' body lines as requests to other hosts)
        const regions = theirs.httpRegions.filter((r) => r.request);
        const local = (k: number) => String((regions[k]?.request as { url?: unknown } | undefined)?.url ?? '').startsWith(`http://127.0.0.1:${port}/`);
        let differs = false;
        let comparedHere = 0;
        for (let k = 0; k < Math.min(regions.length, file.requests.length); k++) {
          const message = toHttpMessage(resolveRequest(file, k, { host, environment: ENVIRONMENT }));
          if (!message.sendable || !local(k)) continue;
          received = [];
          await hy.send({ httpFile: theirs, httpRegion: regions[k], variables: { ...ENVIRONMENT }, config: { log: { level: 10 }, cookieJarEnabled: false } });
          const sent = received[0];
          if (sent === undefined) continue;
          compared++;
          comparedHere++;
          if (normalise(Buffer.from(message.bytes).toString('latin1')) !== normalise(sent)) differs = true;
        }
        if (differs) differing.push(c.id);
        else if (c.id in DISAGREEMENTS && comparedHere > 0) differing.push(`${c.id} (listed but agrees)`);
        // a send that failed on a busy machine (httpYac's own timeouts) is no disagreement
        else if (c.id in DISAGREEMENTS) unsent.add(c.id);
      }
    } finally {
      for (const q of quiet) q.mockRestore();
    }
    expect(compared).toBeGreaterThan(120);
    expect(differing.sort()).toEqual(Object.keys(DISAGREEMENTS).filter((id) => !unsent.has(id)).sort());
  }, 120_000);
});
