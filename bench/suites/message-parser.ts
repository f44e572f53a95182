import { spawnSync } from 'node:child_process';
import { iterateMessages } from '@httplens/core';
import { rng } from '../../packages/core/test/message/corpus.js';
import { defineSuite, median, type BenchCase, type CustomResult } from '../harness.js';

/**
 * Pipelined HTTP/1.1 messages: our `iterateMessages` (spans and all) against Node's own
 * llhttp binding, fed in 64 KiB slices with header, body and message-complete callbacks,
 * as `node:http` drives it.
 */

interface HTTPParserInstance {
  initialize(type: number, resource: object, maxHeaderSize: number, lenientFlags: number): void;
  execute(data: Buffer): number | Error;
  finish(): number | Error | undefined;
  close(): void;
  [key: number]: unknown;
}
interface HTTPParserClass {
  new (): HTTPParserInstance;
  REQUEST: number;
  RESPONSE: number;
  kOnHeadersComplete: number;
  kOnBody: number;
  kOnMessageComplete: number;
}

function httpParser(): HTTPParserClass {
  // process.binding is deprecated (DEP0111) but is how node:http reaches llhttp.
  // (with --no-deprecation the property is read-only and already true)
  const quiet = process.noDeprecation;
  if (!quiet) process.noDeprecation = true;
  try {
    return (process as unknown as { binding(name: string): { HTTPParser: HTTPParserClass } }).binding('http_parser').HTTPParser;
  } finally {
    if (!quiet) process.noDeprecation = quiet;
  }
}

const SLICE = 64 * 1024;

const BODY_TEXT = '{"id":1234,"name":"Widget","tags":["a","b","c"],"price":9.99,"description":"A small widget for testing."}\n';
function body(r: () => number, max: number): string {
  const n = 1 + Math.floor(r() * max);
  return BODY_TEXT.repeat(Math.ceil(n / BODY_TEXT.length)).slice(0, n);
}

function chunk(data: string, r: () => number): string {
  let out = '';
  for (let i = 0; i < data.length; ) {
    const n = Math.min(data.length - i, 64 + Math.floor(r() * 2048));
    out += `${n.toString(16)}\r\n${data.slice(i, i + n)}\r\n`;
    i += n;
  }
  return `${out}0\r\n\r\n`;
}

function requests(count: number): string {
  const r = rng(1);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 4;
    const common =
      'Host: api.example.com\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36\r\n' +
      'Accept-Language: en-US,en;q=0.9\r\nAccept-Encoding: gzip, deflate, br\r\nCookie: session=3f2a9c1e7b; theme=dark; consent=yes\r\n';
    if (kind < 2) {
      parts.push(`GET /api/items/${i}?page=${i % 17}&sort=name HTTP/1.1\r\n${common}Accept: application/json\r\nIf-None-Match: "v${i}"\r\nSec-Fetch-Mode: cors\r\nConnection: keep-alive\r\n\r\n`);
    } else if (kind === 2) {
      const b = body(r, 1500);
      parts.push(`POST /api/items HTTP/1.1\r\n${common}Content-Type: application/json\r\nContent-Length: ${b.length}\r\nAuthorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl\r\n\r\n${b}`);
    } else {
      const b = body(r, 6000);
      parts.push(`PUT /upload/${i} HTTP/1.1\r\n${common}Content-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n${chunk(b, r)}`);
    }
  }
  return parts.join('');
}

function responses(count: number): string {
  const r = rng(2);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 5;
    const common = `Date: Thu, 26 Nov 2026 14:00:00 GMT\r\nServer: nginx/1.25.3\r\nX-Request-Id: 5f0c${i.toString(16)}\r\n`;
    if (kind === 0) {
      parts.push(`HTTP/1.1 304 Not Modified\r\n${common}ETag: "v${i}"\r\nCache-Control: max-age=60\r\n\r\n`);
    } else if (kind < 3) {
      const b = body(r, 3000);
      parts.push(`HTTP/1.1 200 OK\r\n${common}Content-Type: application/json; charset=utf-8\r\nContent-Length: ${b.length}\r\nCache-Control: public, max-age=300\r\nETag: "v${i}"\r\nVary: Accept-Encoding, Origin\r\nAccess-Control-Allow-Origin: *\r\n\r\n${b}`);
    } else {
      const b = body(r, 8000);
      parts.push(`HTTP/1.1 200 OK\r\n${common}Content-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\nStrict-Transport-Security: max-age=31536000\r\n\r\n${chunk(b, r)}`);
    }
  }
  return parts.join('');
}

interface Tally {
  messages: number;
  bodyBytes: number;
  check: number;
}

/** Ours: every message, reading the spans of the start line, every field and the body. */
function ours(bytes: Uint8Array, expect: 'request' | 'response'): Tally {
  let messages = 0;
  let bodyBytes = 0;
  let check = 0;
  for (const m of iterateMessages(bytes, { expect })) {
    messages++;
    bodyBytes += m.body?.bytes.length ?? 0;
    check += m.startLine?.span.length ?? 0;
    for (const f of m.fields) check += f.nameSpan.length + f.valueSpan.offset + f.valueSpan.length + f.span.length;
    check += m.body?.span.length ?? 0;
  }
  return { messages, bodyBytes, check };
}

/** llhttp through Node's binding, 64 KiB at a time, with the callbacks node:http uses. */
function llhttp(HTTPParser: HTTPParserClass, buffer: Buffer, expect: 'request' | 'response'): Tally {
  const parser = new HTTPParser();
  let messages = 0;
  let bodyBytes = 0;
  let check = 0;
  parser[HTTPParser.kOnHeadersComplete] = (_major: number, _minor: number, headers: string[]) => {
    check += headers.length;
    return 0;
  };
  parser[HTTPParser.kOnBody] = (data: Buffer) => {
    bodyBytes += data.length;
  };
  parser[HTTPParser.kOnMessageComplete] = () => {
    messages++;
  };
  parser.initialize(expect === 'request' ? HTTPParser.REQUEST : HTTPParser.RESPONSE, {}, 0, 0);
  for (let offset = 0; offset < buffer.length; offset += SLICE) {
    const r = parser.execute(buffer.subarray(offset, offset + SLICE));
    if (r instanceof Error) throw r;
  }
  const f = parser.finish();
  if (f instanceof Error) throw f;
  parser.close();
  return { messages, bodyBytes, check };
}

type Corpus = { name: string; expect: 'request' | 'response'; bytes: Uint8Array; buffer: Buffer; messages: number };
let cached: Corpus[] | undefined;

function corpora(): Corpus[] {
  cached ??= [
    { name: 'pipelined requests', expect: 'request' as const, text: requests(16000), messages: 16000 },
    { name: 'pipelined responses', expect: 'response' as const, text: responses(8000), messages: 8000 },
  ].map((c) => {
    const buffer = Buffer.from(c.text, 'latin1');
    return { name: c.name, expect: c.expect, buffer, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length), messages: c.messages };
  });
  return cached;
}

function verifySame(HTTPParser: HTTPParserClass, c: Corpus): void {
  const a = ours(c.bytes, c.expect);
  const b = llhttp(HTTPParser, c.buffer, c.expect);
  if (a.messages !== c.messages || b.messages !== c.messages || a.bodyBytes !== b.bodyBytes) {
    throw new Error(`${c.name}: answers differ: ours ${a.messages} messages / ${a.bodyBytes} body bytes, llhttp ${b.messages} / ${b.bodyBytes}`);
  }
}

/**
 * Times one contender alone in a fresh process (`run.ts --solo`): no heap, compiled code or garbage of the other
 * contender is there, so neither pays for the other's collections. Returns the median wall and CPU time per call (ms).
 */
function soloRun(caseIndex: number, contender: number, runs: number): { wall: number; cpu: number } {
  const script = process.argv[1] as string;
  const child = spawnSync(process.execPath, [...process.execArgv, script, '--solo', 'message-parser', String(caseIndex), String(contender), String(runs)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !line.startsWith('{')) throw new Error(`solo run failed (exit ${child.status ?? child.signal}): ${child.stderr}`);
  const r = JSON.parse(line) as { wall: number[]; cpu: number[] };
  return { wall: median(r.wall), cpu: median(r.cpu) };
}

export default defineSuite({
  name: 'message-parser',
  description:
    "Pipelined HTTP/1.1 requests and responses (several MB): parseMessage's iterator with all spans read, against Node's llhttp binding fed 64 KiB slices with header, body and message-complete callbacks.",
  cases: (): BenchCase[] => {
    const HTTPParser = httpParser();
    return corpora().map((c) => ({
      name: `${c.name} (${c.messages.toLocaleString('en-US')} messages, ${(c.bytes.length / 1e6).toFixed(1)} MB per call)`,
      ours: { name: '@httplens/core iterateMessages', fn: () => ours(c.bytes, c.expect) },
      peers: [{ name: 'llhttp (node:http binding)', fn: () => llhttp(HTTPParser, c.buffer, c.expect) }],
      verify: () => verifySame(HTTPParser, c),
      unit: { label: 'MB/s', perCall: c.bytes.length, scale: 1e6 },
      target: { peer: 'llhttp (node:http binding)', ratio: 1.0 },
    }));
  },
  custom: async (): Promise<CustomResult> => {
    const HTTPParser = httpParser();
    const rows: (string | number)[][] = [];
    const notes: string[] = [];
    const soloRows: (string | number)[][] = [];
    const soloNotes: string[] = [];
    for (const [index, c] of corpora().entries()) {
      verifySame(HTTPParser, c);
      // Alternate the contenders run by run, so drift in machine load hits both alike.
      // Wall time and process CPU time are both kept: on a busy machine CPU time is steadier.
      const wall: [number[], number[]] = [[], []];
      const cpu = [0, 0];
      const fns = [() => ours(c.bytes, c.expect), () => llhttp(HTTPParser, c.buffer, c.expect)];
      const runs = 21;
      for (let i = 0; i < runs + 2; i++) {
        for (let k = 0; k < 2; k++) {
          const u = process.cpuUsage();
          const t = performance.now();
          (fns[k] as () => unknown)();
          const elapsed = performance.now() - t;
          const used = process.cpuUsage(u);
          if (i >= 2) {
            (wall[k] as number[]).push(elapsed);
            cpu[k] = (cpu[k] as number) + (used.user + used.system) / 1000 / runs;
          }
        }
      }
      const a = median(wall[0]) / 1000;
      const b = median(wall[1]) / 1000;
      const mb = c.bytes.length / 1e6;
      const [cpuOurs = 0, cpuPeer = 0] = cpu;
      rows.push([`${c.name}, alternating in one process`, '@httplens/core', mb / a, c.messages / a, cpuOurs]);
      rows.push([`${c.name}, alternating in one process`, 'llhttp', mb / b, c.messages / b, cpuPeer]);
      notes.push(
        `${c.name}: ours/llhttp ${(b / a).toFixed(2)}x in MB/s and messages/s (median wall time of ${runs} alternating runs), ${(cpuPeer / cpuOurs).toFixed(2)}x in CPU time per call; target ≥ 1.0x`,
      );
      // The same comparison with each contender alone in its own process, processes alternating round by round.
      const rounds = 4;
      const solo: [number[], number[]] = [[], []];
      const soloCpu: [number[], number[]] = [[], []];
      for (let r = 0; r < rounds; r++) {
        for (let k = 0; k < 2; k++) {
          const t = soloRun(index, k, 15);
          (solo[k] as number[]).push(t.wall);
          (soloCpu[k] as number[]).push(t.cpu);
        }
      }
      const sa = median(solo[0]) / 1000;
      const sb = median(solo[1]) / 1000;
      soloRows.push([`${c.name}, each alone in a process`, '@httplens/core', mb / sa, c.messages / sa, median(soloCpu[0])]);
      soloRows.push([`${c.name}, each alone in a process`, 'llhttp', mb / sb, c.messages / sb, median(soloCpu[1])]);
      soloNotes.push(
        `${c.name}, each alone in its own process: ours/llhttp ${(sb / sa).toFixed(2)}x in MB/s and messages/s (median over ${rounds} processes each of the median of 15 runs), ${(median(soloCpu[1]) / median(soloCpu[0])).toFixed(2)}x in CPU time per call; target ≥ 1.0x`,
      );
    }
    return { columns: ['corpus', 'parser', 'MB/s', 'messages/s', 'CPU ms per call'], rows: [...rows, ...soloRows], notes: [...notes, ...soloNotes] };
  },
});
