/**
 * A deterministic generator of raw HTTP/1.1 messages for the differential test:
 * well-formed pipelines of requests or responses, a share of them broken by one or
 * two mutations that each hit a rule of RFC 9112 (framing, lexical, start line).
 */

export interface CorpusCase {
  id: number;
  kind: 'request' | 'response';
  text: string;
  /** Names of the mutations applied (empty for a well-formed case). */
  mutations: string[];
}

/** mulberry32: a small seeded PRNG, so the corpus is the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const VALUE = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!~*;,=/"()<>@[]{}?:';
const PATH = 'abcdefghijklmnopqrstuvwxyz0123456789-._~!$&\'()*+,;=:@';
const word = (r: Rand, alphabet: string, min: number, max: number): string => {
  let s = '';
  const n = int(r, min, max);
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(r() * alphabet.length)];
  return s;
};

/** One message as editable parts; `serialize` joins them. */
interface Parts {
  kind: 'request' | 'response';
  startLine: string;
  /** Raw field lines, without line endings. */
  lines: string[];
  /** Line ending after the start line and after each field line (index 0 = start line). */
  eol: string[];
  /** The line ending of the empty line that ends the head. */
  headEnd: string;
  /** The body as it stands (already framed). */
  body: string;
  /** Whether another message may follow on the connection. */
  reusable: boolean;
  version: string;
  method?: string;
}

function serialize(p: Parts): string {
  let s = p.startLine + (p.eol[0] ?? '\r\n');
  p.lines.forEach((line, i) => {
    s += line + (p.eol[i + 1] ?? '\r\n');
  });
  return s + p.headEnd + p.body;
}

function chunked(r: Rand, data: string, withExt: boolean, trailers: string[]): string {
  let s = '';
  let i = 0;
  while (i < data.length) {
    const n = Math.min(data.length - i, int(r, 1, 40));
    let size = n.toString(16);
    if (r() < 0.2) size = size.toUpperCase();
    if (r() < 0.1) size = `0${size}`;
    const ext = withExt && r() < 0.5 ? pick(r, [';a', ';a=b', ';name="quoted value"', ';x=1', ';k=v;k2', ';q="a\\"b"']) : '';
    s += `${size}${ext}\r\n${data.slice(i, i + n)}\r\n`;
    i += n;
  }
  s += '0\r\n';
  for (const t of trailers) s += `${t}\r\n`;
  return `${s}\r\n`;
}

const METHODS_WITH_BODY = ['POST', 'PUT', 'PATCH'];
const METHODS = ['GET', 'GET', 'GET', 'HEAD', 'DELETE', 'OPTIONS', ...METHODS_WITH_BODY];
const EXTRA_FIELDS = ['User-Agent', 'Accept', 'Accept-Language', 'Cache-Control', 'X-Request-Id', 'Cookie', 'Authorization', 'If-None-Match', 'Referer', 'X-Custom'];
const STATUSES = [200, 200, 200, 201, 204, 301, 302, 304, 400, 404, 500, 503];

function baseRequest(r: Rand): Parts {
  const method = pick(r, METHODS);
  const version = r() < 0.9 ? 'HTTP/1.1' : 'HTTP/1.0';
  let target: string;
  const form = r();
  if (method === 'OPTIONS' && r() < 0.5) target = '*';
  else if (form < 0.1) target = `http://example.com/${word(r, PATH, 0, 12)}`;
  else {
    target = `/${word(r, PATH, 0, 10)}`;
    if (r() < 0.3) target += `/${word(r, PATH, 1, 6)}`;
    if (r() < 0.3) target += `?${word(r, PATH, 1, 12)}=${word(r, PATH + '/?%20', 0, 8).replace(/%(?![0-9a-f]{2})/gi, '%25')}`;
  }
  const lines: string[] = [];
  if (r() < 0.95) lines.push(`Host: ${pick(r, ['example.com', 'localhost:8080', 'api.example.org'])}`);
  const extra = int(r, 0, 4);
  for (let i = 0; i < extra; i++) lines.push(`${pick(r, EXTRA_FIELDS)}: ${word(r, VALUE, 0, 30).trim()}`);
  let body = '';
  if (METHODS_WITH_BODY.includes(method)) {
    const data = word(r, VALUE + '\r\n', 0, 80);
    if (version === 'HTTP/1.1' && r() < 0.4) {
      lines.push('Transfer-Encoding: chunked');
      body = chunked(r, data, r() < 0.3, r() < 0.2 ? ['X-Trailer: done'] : []);
    } else {
      lines.push(`Content-Length: ${data.length}`);
      body = data;
    }
  }
  shuffleTail(r, lines);
  return { kind: 'request', startLine: `${method} ${target} ${version}`, lines, eol: [], headEnd: '\r\n', body, reusable: version === 'HTTP/1.1', version, method };
}

function baseResponse(r: Rand, last: boolean): Parts {
  const status = pick(r, STATUSES);
  const version = r() < 0.9 ? 'HTTP/1.1' : 'HTTP/1.0';
  const reason = pick(r, ['OK', 'Not Found', 'Moved Permanently', 'Internal Server Error', 'Whatever You Like', '']);
  const lines: string[] = [`Date: Thu, 26 Nov 2026 14:00:${String(int(r, 10, 59))} GMT`];
  const extra = int(r, 0, 4);
  for (let i = 0; i < extra; i++) lines.push(`${pick(r, ['Content-Type', 'Cache-Control', 'ETag', 'Server', 'Vary', 'X-Powered-By'])}: ${word(r, VALUE, 1, 30).trim() || 'x'}`);
  let body = '';
  let reusable = version === 'HTTP/1.1';
  const noBody = status === 204 || status === 304;
  if (!noBody) {
    const data = word(r, VALUE + '\r\n', 0, 80);
    const framing = r();
    if (framing < 0.35 && version === 'HTTP/1.1') {
      lines.push('Transfer-Encoding: chunked');
      body = chunked(r, data, r() < 0.3, r() < 0.2 ? ['X-Checksum: 1'] : []);
    } else if (framing < 0.9 || !last) {
      lines.push(`Content-Length: ${data.length}`);
      body = data;
    } else {
      body = data;
      reusable = false;
    }
  }
  shuffleTail(r, lines);
  return { kind: 'response', startLine: `${version} ${status} ${reason}`, lines, eol: [], headEnd: '\r\n', body, reusable, version };
}

function shuffleTail(r: Rand, lines: string[]): void {
  for (let i = lines.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const t = lines[i] as string;
    lines[i] = lines[j] as string;
    lines[j] = t;
  }
}

type Mutation = { name: string; kinds?: 'request' | 'response'; apply: (p: Parts, r: Rand) => boolean };

const fieldIndex = (p: Parts, r: Rand): number => (p.lines.length ? Math.floor(r() * p.lines.length) : -1);
const findField = (p: Parts, name: string): number => p.lines.findIndex((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));

const MUTATIONS: Mutation[] = [
  { name: 'lf-only-all', apply: (p) => { p.eol = [p.startLine, ...p.lines].map(() => '\n'); p.headEnd = '\n'; return true; } },
  { name: 'lf-only-one', apply: (p, r) => { p.eol[int(r, 0, p.lines.length)] = '\n'; return true; } },
  { name: 'lf-only-head-end', apply: (p) => { p.headEnd = '\n'; return true; } },
  { name: 'space-before-colon', apply: (p, r) => { const i = fieldIndex(p, r); if (i < 0) return false; p.lines[i] = (p.lines[i] as string).replace(':', pick(r, [' :', '\t:', '  :'])); return true; } },
  { name: 'obs-fold', apply: (p, r) => { const i = fieldIndex(p, r); if (i < 0) return false; p.lines.splice(i + 1, 0, `${pick(r, [' ', '\t', '   '])}continued`); return true; } },
  { name: 'whitespace-first-line', apply: (p) => { p.lines.unshift(' X-Indented: 1'); return true; } },
  { name: 'bare-cr-value', apply: (p, r) => { const i = fieldIndex(p, r); if (i < 0) return false; p.lines[i] += '\rX'; return true; } },
  { name: 'bare-cr-start-line', apply: (p) => { p.startLine = p.startLine.replace(' ', ' \r'); return true; } },
  { name: 'nul-value', apply: (p, r) => { const i = fieldIndex(p, r); if (i < 0) return false; p.lines[i] += 'a\0b'; return true; } },
  { name: 'ctl-value', apply: (p, r) => { const i = fieldIndex(p, r); if (i < 0) return false; p.lines[i] += `a${pick(r, ['\x01', '\x07', '\x1b', '\x7f', '\x0b'])}b`; return true; } },
  { name: 'obs-text-value', apply: (p, r) => { const i = fieldIndex(p, r); if (i < 0) return false; p.lines[i] += ' caf\xe9 \xff'; return true; } },
  { name: 'tab-in-value', apply: (p, r) => { const i = fieldIndex(p, r); if (i < 0) return false; p.lines[i] += '\tb'; return true; } },
  { name: 'bad-name-char', apply: (p, r) => { p.lines.push(`${pick(r, ['X Y', 'X@Y', '(a)', 'a/b', 'X[1]', 'a"b', 'é'])}: v`); return true; } },
  { name: 'empty-name', apply: (p) => { p.lines.push(': v'); return true; } },
  { name: 'no-colon', apply: (p, r) => { p.lines.splice(fieldIndex(p, r) + 1, 0, pick(r, ['NoColonHere', 'X-A', 'just words'])); return true; } },
  { name: 'te-and-cl', apply: (p, r) => {
    const cl = findField(p, 'content-length');
    const te = findField(p, 'transfer-encoding');
    if (te >= 0) p.lines.splice(int(r, 0, p.lines.length), 0, `Content-Length: ${int(r, 0, 10)}`);
    else if (cl >= 0) p.lines.splice(int(r, 0, p.lines.length), 0, 'Transfer-Encoding: chunked');
    else return false;
    return true;
  } },
  { name: 'te-not-final', kinds: 'request', apply: (p, r) => { const te = findField(p, 'transfer-encoding'); if (te < 0) return false; p.lines[te] = `Transfer-Encoding: ${pick(r, ['chunked, gzip', 'gzip', 'identity', ''])}`; return true; } },
  { name: 'te-chunked-twice', apply: (p) => { const te = findField(p, 'transfer-encoding'); if (te < 0) return false; p.lines[te] = 'Transfer-Encoding: chunked, chunked'; return true; } },
  { name: 'cl-malformed', apply: (p, r) => {
    const cl = findField(p, 'content-length');
    if (cl < 0) return false;
    const n = (p.lines[cl] as string).slice(16).trim();
    p.lines[cl] = `Content-Length: ${pick(r, [`+${n}`, `-${n}`, `${n} 0`, `0x${n}`, '', `${n}abc`, `${n}.0`, '1'.repeat(25), `${n},${Number(n) + 1}`, `${n}, ${n}`])}`;
    return true;
  } },
  { name: 'cl-repeated', apply: (p, r) => {
    const cl = findField(p, 'content-length');
    if (cl < 0) return false;
    const n = Number((p.lines[cl] as string).slice(16).trim());
    p.lines.splice(int(r, 0, p.lines.length), 0, `content-length: ${r() < 0.5 ? n : n + int(r, 1, 5)}`);
    return true;
  } },
  { name: 'body-short', apply: (p, r) => { if (findField(p, 'content-length') < 0 || p.body.length === 0) return false; p.body = p.body.slice(0, int(r, 0, p.body.length - 1)); p.reusable = false; return true; } },
  { name: 'body-long', apply: (p, r) => { if (findField(p, 'content-length') < 0) return false; p.body += pick(r, ['extra', 'xyz{}', '!!']); return true; } },
  { name: 'chunk-size-bad', apply: (p, r) => { if (findField(p, 'transfer-encoding') < 0) return false; p.body = `${pick(r, ['g', '-1', '0x5', ' 5', '5 ', 'fffffffffffffffffffff', '+5', 'z'])}\r\n${p.body}`; return true; } },
  { name: 'chunk-ext-bws', apply: (p, r) => { if (findField(p, 'transfer-encoding') < 0) return false; p.body = `1${pick(r, [' ;a', ';a = b', '\t;a', '; a'])}\r\nx\r\n${p.body}`; return true; } },
  { name: 'chunk-missing-crlf', apply: (p) => { if (findField(p, 'transfer-encoding') < 0) return false; p.body = `3\r\nabcd\r\n${p.body}`; return true; } },
  { name: 'chunk-bad-ext', apply: (p, r) => { if (findField(p, 'transfer-encoding') < 0) return false; p.body = `1${pick(r, [';', ';=x', ';a b', ';a="unterminated', ';a=@'])}\r\nx\r\n${p.body}`; return true; } },
  { name: 'truncate', apply: (p, r) => { const full = serialize(p); const cut = int(r, 1, full.length - 1); const head = full.slice(0, cut); p.startLine = head; p.lines = []; p.eol = ['']; p.headEnd = ''; p.body = ''; p.reusable = false; return true; } },
  { name: 'version-bad', apply: (p, r) => { p.startLine = p.startLine.replace(p.version, pick(r, ['HTTP/1.2', 'HTTP/2.0', 'http/1.1', 'HTTP/1', 'HTTP/11', 'HTTP/1.1x', 'HTTPS/1.1', 'HTTP/0.9'])); return true; } },
  { name: 'request-target-bad', kinds: 'request', apply: (p, r) => { const parts = p.startLine.split(' '); parts[1] = pick(r, ['/a b', '/a<b>', '/a"b', '/a\\b', 'example.com:80', 'index.html', '/a%zz', '/%', '/a\x7fb', '/\xe9']); p.startLine = parts.join(' '); return true; } },
  { name: 'request-line-spaces', kinds: 'request', apply: (p, r) => { p.startLine = pick(r, [p.startLine.replace(' ', '  '), ` ${p.startLine}`, `${p.startLine} `, p.startLine.replace(' ', '\t')]); return true; } },
  { name: 'request-line-short', kinds: 'request', apply: (p, r) => { const parts = p.startLine.split(' '); p.startLine = pick(r, [`${parts[0]} ${parts[1]}`, parts[0] as string, `${parts[0]} ${parts[2]}`]); return true; } },
  { name: 'method-bad', kinds: 'request', apply: (p, r) => { p.startLine = p.startLine.replace(/^[A-Z]+/, pick(r, ['GE(T', 'G@T', 'GET/', '"GET"'])); return true; } },
  { name: 'status-bad', kinds: 'response', apply: (p, r) => { p.startLine = p.startLine.replace(/ \d{3}/, ` ${pick(r, ['2000', '20', '2x0', 'abc', '-20', ''])}`); return true; } },
  { name: 'reason-ctl', kinds: 'response', apply: (p, r) => { p.startLine += pick(r, ['\x01', '\x7f', 'a\x0bb']); return true; } },
  { name: 'head-unterminated', apply: (p) => { p.headEnd = ''; p.body = ''; p.reusable = false; return true; } },
  { name: 'connection-close', apply: (p, r) => { p.lines.push(`Connection: ${pick(r, ['close', 'Close', 'keep-alive, close'])}`); p.reusable = r() < 0.5; return true; } },
  { name: 'http10-pipelined', apply: (p) => { if (findField(p, 'transfer-encoding') >= 0) return false; p.startLine = p.startLine.replace('HTTP/1.1', 'HTTP/1.0'); p.version = 'HTTP/1.0'; p.reusable = true; return true; } },
  { name: 'method-unregistered', kinds: 'request', apply: (p, r) => { p.startLine = p.startLine.replace(/^[A-Z]+/, pick(r, ['get', 'Post', 'FETCH', 'GETS', 'extraGET'])); return true; } },
  { name: 'leading-crlf', apply: (p) => { p.startLine = `\r\n${p.startLine}`; return true; } },
];

/** The names of every mutation the generator applies. */
export const MUTATION_NAMES: readonly string[] = MUTATIONS.map((m) => m.name);

export function generateCorpus(count: number, seed = 0x5eed_2026): CorpusCase[] {
  const r = rng(seed);
  const out: CorpusCase[] = [];
  for (let id = 0; id < count; id++) {
    const kind = r() < 0.55 ? 'request' : 'response';
    const messages = int(r, 1, 3);
    const texts: string[] = [];
    const applied: string[] = [];
    const mutateAt = r() < 0.55 ? int(r, 0, messages - 1) : -1;
    for (let i = 0; i < messages; i++) {
      const last = i === messages - 1;
      const p = kind === 'request' ? baseRequest(r) : baseResponse(r, last);
      if (i === mutateAt) {
        const times = r() < 0.8 ? 1 : 2;
        for (let k = 0; k < times; k++) {
          for (let attempt = 0; attempt < 5; attempt++) {
            const m = pick(r, MUTATIONS);
            if (m.kinds && m.kinds !== kind) continue;
            if (m.apply(p, r)) {
              applied.push(m.name);
              break;
            }
          }
        }
      }
      texts.push(serialize(p));
      if (!p.reusable) break;
    }
    out.push({ id, kind, text: texts.join(''), mutations: applied });
  }
  return out;
}
