import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { directMessage, messageFromHeaders, viaParse, type MessageFromHeadersInput } from '../../src/message/from-headers.js';
import type { HttpMessage } from '../../src/message/types.js';

/**
 * `messageFromHeaders` builds most messages directly (`directMessage`) and the others by
 * serialising and parsing (`viaParse`). Both must give the same message: the same
 * fields, spans, diagnostics, body, source and even the same key order (what
 * `JSON.stringify` shows).
 */
function serialise(m: HttpMessage): string {
  return JSON.stringify(m, (_key, value: unknown) => (value instanceof Uint8Array ? { bytes: [...value] } : value));
}

function expectSame(input: MessageFromHeadersInput): HttpMessage | undefined {
  const direct = directMessage(input);
  const parsed = viaParse(input);
  if (direct) {
    expect(serialise(direct)).toBe(serialise(parsed));
    expect(direct).toEqual(parsed);
  }
  expect(serialise(messageFromHeaders(input))).toBe(serialise(parsed));
  return direct;
}

// Names and values from pieces that reach every branch: tokens, separators, whitespace,
// CR, LF, NUL and other controls, obs-text, characters above U+00FF, framing fields.
const NAMES = [
  'Cache-Control', 'cache-control', 'Date', 'ETag', 'Vary', 'Content-Length', 'content-length', 'CONTENT-LENGTH', 'Transfer-Encoding', 'transfer-encoding', 'Host',
  'Set-Cookie', 'X-A', "x!#$%&'*+-.^_`|~9", '', ' ', 'X Y', 'X:Y', 'X\tY', 'X\r\nY', 'X\n', 'X\0', 'Caf\u00e9', '\u4e2d', 'X(', 'X"', 'Content-Length ',
];
const VALUE_PARTS = [
  'a', 'max-age=60', '0', '5120', '12', '007', '-1', '1, 1', '1, 2', 'chunked', 'gzip', ' ', '  ', '\t', '\r', '\n', '\r\n', '\0', '\x01', '\x7f',
  '\xa0', '\xe9', '\xff', '\u4e2d', '\ufeff', '\u2028', '\u3000', '"q"', ',', ';', '=', ':', '\\',
];
const nameArb = fc.oneof(fc.constantFrom(...NAMES), fc.stringMatching(/^[-\w]{1,12}$/));
const valueArb = fc.oneof(
  fc.array(fc.constantFrom(...VALUE_PARTS), { maxLength: 8 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('public, max-age=3600', 'Thu, 01 Jan 2026 12:00:00 GMT', '"33a64df5"', 'text/html; charset=utf-8'),
);
const pairsArb = fc.array(fc.tuple(nameArb, valueArb), { maxLength: 8 });

/** The pairs in one of the accepted shapes. */
function shaped(pairs: [string, string][], shape: number): MessageFromHeadersInput['headers'] {
  if (shape === 0) return pairs;
  if (shape === 1) {
    const h = new Headers();
    for (const [n, v] of pairs) {
      try {
        h.append(n, v);
      } catch {
        // a name or value that Headers refuses is left out
      }
    }
    return h;
  }
  const record: Record<string, string | string[]> = {};
  for (const [n, v] of pairs) {
    const prev = record[n];
    if (prev === undefined) record[n] = shape === 2 ? [v] : v;
    else record[n] = Array.isArray(prev) ? [...prev, v] : `${prev}, ${v}`;
  }
  return record;
}

const startArb = fc.oneof(
  fc.record(
    {
      status: fc.oneof(fc.constantFrom(100, 103, 200, 204, 206, 301, 304, 404, 500, 599), fc.integer({ min: -5, max: 1005 }), fc.constantFrom(200.5, Number.NaN, 0)),
      reason: fc.oneof(fc.constantFrom('OK', '', ' spaced ', 'Not\r\nFound', 'Caf\u00e9', 'x\x01', '\u4e2d', '\tT'), fc.string({ maxLength: 6 })),
    },
    { requiredKeys: ['status'] },
  ),
  fc.record(
    {
      method: fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'QUERY', 'CONNECT', 'PRI', 'get', 'FOO', 'BAD METHOD', '', 'G\r\nET'),
      target: fc.oneof(
        fc.constantFrom('/', '/a?b=c', '*', 'http://e.com/x', 'e.com:443', '/a b', '/%zz', '/%41', '/%4', '', '/\u4e2d', '/x\r\n', '//x', '/[a]', 'a:b', '/\xe9'),
        fc.string({ maxLength: 8 }).map((s) => `/${s}`),
      ),
    },
    { requiredKeys: [] },
  ),
);

describe('messageFromHeaders: the direct path gives what the parse gives', () => {
  it('on generated inputs (names, values, start lines, shapes, locales)', () => {
    let direct = 0;
    let total = 0;
    fc.assert(
      fc.property(startArb, pairsArb, fc.integer({ min: 0, max: 3 }), fc.constantFrom(undefined, 'en' as const, 'zh-CN' as const), (start, pairs, shape, locale) => {
        const input: MessageFromHeadersInput = { ...start, headers: shaped(pairs, shape), ...(locale ? { locale } : {}) };
        total++;
        if (expectSame(input)) direct++;
      }),
      { numRuns: 3000 },
    );
    // both paths are exercised
    expect(direct).toBeGreaterThan(total / 10);
    expect(direct).toBeLessThan(total);
  });

  it('on typical responses and requests, which take the direct path', () => {
    const date = 'Thu, 01 Jan 2026 12:00:00 GMT';
    const inputs: MessageFromHeadersInput[] = [
      { status: 200, headers: { date, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=3600', etag: '"33a64df5"', vary: 'Accept-Encoding', 'content-length': '5120' } },
      { status: 200, reason: 'OK', headers: { 'Cache-Control': 'max-age=60', Vary: ['Accept', 'Origin'] } },
      { status: 304, headers: new Headers([['ETag', '"1"'], ['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2']]) },
      { status: 204, headers: { 'Content-Length': '12' } },
      { status: 200, headers: { 'Content-Length': '0' } },
      { status: 200, headers: { 'Content-Length': '1, 1' } },
      { status: 200, headers: { 'Content-Length': 'abc' } },
      { status: 200, headers: { 'X-Padded': '  value\t', Empty: '' } },
      { status: 200, headers: { 'X-Ends': 'value\r\n' } },
      { method: 'POST', target: '/x', headers: [['Host', 'a'], ['Content-Length', '0']] },
      { method: 'GET', target: '/a?b=%20', headers: [['Host', 'a']], locale: 'zh-CN' },
      { headers: [] },
    ];
    for (const input of inputs) expect(expectSame(input), JSON.stringify(input)).toBeDefined();
  });

  it('leaves to the parse what it reports or frames by its own rules', () => {
    const inputs: MessageFromHeadersInput[] = [
      { status: 200, headers: { 'X-A': 'a\r\nX-Injected: 1' } },
      { status: 200, headers: { 'Bad Name': 'x' } },
      { status: 200, headers: { 'X-A': 'caf\u00e9 \u4e2d' } },
      { status: 200, headers: { 'Transfer-Encoding': 'chunked' } },
      { status: 200, headers: [['Content-Length', '1'], ['Content-Length', '1']] },
      { status: 42, headers: {} },
      { status: 200, reason: 'Not\r\nFound', headers: {} },
      { method: 'CONNECT', target: 'example.com:443', headers: {} },
      { method: 'FOO', headers: {} },
      { method: 'GET', target: '/a b', headers: {} },
      { method: 'GET', target: '/%zz', headers: {} },
    ];
    for (const input of inputs) expect(expectSame(input), JSON.stringify(input)).toBeUndefined();
  });
});
