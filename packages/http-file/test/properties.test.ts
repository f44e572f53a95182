import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCurl, parseHttpFile, resolveRequest, toCurl, toHttpMessage, type Dialect } from '@httplens/http-file';

/** Every `{ offset, length }` object inside a value. */
function spans(value: unknown, out: { offset: number; length: number }[] = [], seen = new Set<unknown>()): { offset: number; length: number }[] {
  if (!value || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  const v = value as Record<string, unknown>;
  if (typeof v.offset === 'number' && typeof v.length === 'number' && Object.keys(v).length === 2) out.push(v as { offset: number; length: number });
  for (const child of Array.isArray(value) ? value : Object.values(v)) spans(child, out, seen);
  return out;
}

const FRAGMENTS = [
  '###', '### title', '\n', '\r\n', '\n\n', 'GET ', 'POST ', 'get ', 'FOO ', 'GRPC ', 'https://x/', '/path', '?a=1', '&b=2', '  /more', ' HTTP/1.1', ' HTTP/2',
  'Content-Type: application/json', 'Content-Type: multipart/form-data; boundary=b', '--b', '--b--', 'X-Request-Type: GraphQL', 'query { a }',
  'A: b,', 'Bad line', ':', '{{', '}}', '{{host}}', '{{$guid}}', '{{$randomInt 1 9}}', '{{%q}}', '{{ a + b }}', '{{login.response.body.$.x}}',
  '# @name login', '// @name x', '# @prompt p', '# comment', '// c', '@v = 1', '@w value', '> {%', '%}', '> ./h.js', '>> ./o.json', '>>! o',
  '<> r.json', '< ./f.json', '<@ ./f.json', '< {%', '?? status == 200', '{{@response', 'curl -X POST https://x/ -d a=1', ' \\', '^',
  '# httplens-disable-next-line HTTP1006', '# httplens-disable-file', '```http', '```', '{"a": 1}', '\t', ' ', 'é', '😀',
];

const fileArb = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(''));
const dialectArb = fc.constantFrom<Dialect | 'auto'>('auto', 'rest-client', 'jetbrains', 'httpyac');

describe('parseHttpFile properties', () => {
  it('never throws, keeps every span inside the input, for any text and dialect', () => {
    fc.assert(
      fc.property(fc.oneof(fileArb, fc.string({ unit: 'binary', maxLength: 300 })), dialectArb, fc.boolean(), (text, dialect, markdown) => {
        const file = parseHttpFile(text, { dialect, markdown, host: { readFile: () => undefined } });
        for (const s of spans({ requests: file.requests, variables: file.variables, diagnostics: file.diagnostics, scripts: file.scripts, suppressions: file.suppressions, comments: file.comments })) {
          expect(s.offset).toBeGreaterThanOrEqual(0);
          expect(s.length).toBeGreaterThanOrEqual(0);
          expect(s.offset + s.length).toBeLessThanOrEqual(text.length);
        }
        for (const r of file.requests) {
          for (const ref of r.references) expect(text.slice(ref.span.offset, ref.span.offset + 2)).toBe('{{');
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('resolveRequest and toHttpMessage never throw on what the parser returns', () => {
    fc.assert(
      fc.property(fileArb, dialectArb, (text, dialect) => {
        const file = parseHttpFile(text, { dialect });
        for (let i = 0; i < file.requests.length; i++) {
          const resolved = resolveRequest(file, i, { host: { now: () => 0, random: () => 0.5, readFile: () => 'x', env: () => 'e', dotenv: () => 'd' }, environment: { host: 'h' }, prompt: () => 'p' });
          const message = toHttpMessage(resolved);
          expect(message.bytes.length).toBeGreaterThan(0);
          for (const s of spans(resolved.values)) expect(s.offset + s.length).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('byte order mark', () => {
  it('reads a file saved with a BOM as the same file, with the same offsets', () => {
    const text = '@base = https://a.example\n\nGET {{base}}/items\nAccept: */*\n';
    const file = parseHttpFile(`\ufeff${text}`, { dialect: 'rest-client' });
    expect(file.text.charCodeAt(0)).toBe(0xfeff);
    expect(file.diagnostics).toEqual([]);
    expect(file.variables.map((v) => [v.name, v.value])).toEqual([['base', 'https://a.example']]);
    expect(file.requests.map((r) => [r.method, r.url, r.headers.map((h) => [h.name, h.value])])).toEqual([['GET', '{{base}}/items', [['Accept', '*/*']]]]);
    expect(file.requests[0]?.urlSpan).toEqual({ offset: text.indexOf('{{base}}/') + 1, length: '{{base}}/items'.length });
  });

  it('parses any text after a BOM as it parses it after a space', () => {
    fc.assert(
      fc.property(fileArb, dialectArb, fc.boolean(), (text, dialect, markdown) => {
        const withBom = parseHttpFile(`\ufeff${text}`, { dialect, markdown });
        const withSpace = parseHttpFile(` ${text}`, { dialect, markdown });
        expect(JSON.stringify({ ...withBom, text: '' })).toBe(JSON.stringify({ ...withSpace, text: '' }));
      }),
      { numRuns: 300 },
    );
  });
});

describe('curl properties', () => {
  it('parseCurl never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('curl', ' ', '-X', '-H', '-d', '-F', '-u', '"', "'", '\\', '\n', '^', '$\'', '--url', 'https://x', 'a=b', '-sSL', '-XPUT'), fc.string({ maxLength: 5 })), { maxLength: 30 }).map((p) => p.join('')), (cmd) => {
        const r = parseCurl(cmd);
        for (const d of r.diagnostics) expect(d.span.offset + d.span.length).toBeLessThanOrEqual(cmd.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('toCurl output reads back to the same request (POSIX and cmd)', () => {
    const header = fc.tuple(fc.stringMatching(/^[a-z][\w-]{0,10}$/), fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, ' ').trim()));
    fc.assert(
      fc.property(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
        fc.string({ maxLength: 20 }).map((s) => `https://x/${s.replace(/\s/g, '')}`),
        fc.array(header, { maxLength: 4 }),
        fc.option(fc.string({ minLength: 1, maxLength: 40 }).map((s) => s.replace(/\r/g, '')), { nil: undefined }),
        fc.constantFrom<'posix' | 'cmd'>('posix', 'cmd'),
        fc.boolean(),
        (method, url, headers, body, shell, multiline) => {
          const hs: [string, string][] = [...headers, ['Content-Type', 'text/plain']];
          const req = body === undefined ? { method, url, headers: hs } : { method, url, headers: hs, body };
          const back = parseCurl(toCurl(req, { shell, multiline }));
          expect(back.diagnostics).toEqual([]);
          expect(back.method).toBe(method === 'GET' && body !== undefined ? 'GET' : method);
          expect(back.url).toBe(url);
          expect(back.headers.map((h) => [h.name, h.value])).toEqual(hs);
          expect(back.body).toBe(body);
        },
      ),
      { numRuns: 500 },
    );
  });
});
