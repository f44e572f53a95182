import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COMMON_MISSPELLINGS, FIELD_DEFINITIONS, VENDOR_PREFIXES, checkFieldName, checkFieldSection, getFieldDefinition, getVendorPrefix, isValidFieldName, suggestFieldName } from '@httplens/core';
import type { FieldLine } from '@httplens/core';

const span = (offset: number, length: number) => ({ offset, length });
const codes = (name: string, options: Parameters<typeof checkFieldName>[2] = {}) => checkFieldName(name, span(0, name.length), options).map((d) => d.code);

/** Builds FieldLines from `Name: value` lines joined by CRLF, with exact spans. */
function section(text: string): FieldLine[] {
  const lines: FieldLine[] = [];
  let offset = 0;
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon);
    const value = line.slice(colon + 1).trim();
    const valueOffset = offset + line.indexOf(value, colon + 1);
    lines.push({ name, value, span: span(offset, line.length), nameSpan: span(offset, name.length), valueSpan: span(valueOffset, value.length) });
    offset += line.length + 2;
  }
  return lines;
}

describe('misspellings from real life', () => {
  it.each([
    ['Max-Forward', 'Max-Forwards'],
    ['Accept-Range', 'Accept-Ranges'],
    ['Authorizaiton', 'Authorization'],
    ['Content-Lenght', 'Content-Length'],
    ['Update', 'Upgrade'],
    ['Referrer', 'Referer'],
    ['Authentication', 'Authorization'],
    ['Content-Tpye', 'Content-Type'],
    ['Contnet-Type', 'Content-Type'],
    ['Cache-Contorl', 'Cache-Control'],
    ['user_agent', 'User-Agent'],
    ['ContentType', 'Content-Type'],
    ['If-None-Matches', 'If-None-Match'],
    ['Acces-Control-Allow-Origin', 'Access-Control-Allow-Origin'],
    ['Set-Cookies', 'Set-Cookie'],
    ['X-Frame-Option', 'X-Frame-Options'],
    ['CF-Cache-Stauts', 'CF-Cache-Status'],
    ['X-RateLimit-Remainig', 'X-RateLimit-Remaining'],
  ])('%s -> did you mean %s', (name, expected) => {
    const [d, ...rest] = checkFieldName(name, span(10, name.length));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'HTTP3001', severity: 'warning', args: { name, suggestion: expected }, span: span(10, name.length) });
    expect(d?.message).toBe(`Unknown field ${name}: did you mean ${expected}?`);
    const zh = checkFieldName(name, span(0, name.length), { locale: 'zh-CN' })[0];
    expect(zh?.message).toBe(`未知首部字段 ${name}：是否想写 ${expected}？`);
  });

  it('does not treat other casings of a known field as misspellings', () => {
    expect(suggestFieldName('COntent-Length')).toBeUndefined();
    expect(codes('COntent-Length')).toEqual(['HTTP3012']);
    const d = checkFieldName('COntent-Length', span(0, 14))[0];
    expect(d?.args).toEqual({ name: 'COntent-Length', canonical: 'Content-Length' });
    expect(d?.severity).toBe('hint');
  });

  it('leaves names far from every field alone, and vendor variants of a known field', () => {
    for (const name of ['X-Api-Key', 'X-Request-Token', 'Idempotency-Key', 'X-Cache-Status', 'Fastly-Cache-Status', 'X-Correlation-ID', 'Page', 'Tag', 'X-Forwarded-Port', 'X-Ray']) {
      expect(suggestFieldName(name), name).toBeUndefined();
    }
    expect(codes('X-Api-Key')).toEqual(['HTTP3000']);
  });

  it("does not call a field of a vendor's own family unknown (x-amz-*, x-goog-*, x-ms-*, cf-*...)", () => {
    for (const name of ['x-amz-request-id', 'X-Amz-Id-2', 'x-amzn-RequestId', 'x-goog-generation', 'X-GUploader-UploadID', 'x-ms-version', 'CF-Cache-Status', 'x-vercel-id', 'X-GitHub-Request-Id', 'X-B3-TraceId', 'x-datadog-trace-id']) {
      expect(codes(name), name).toEqual([]);
      expect(getVendorPrefix(name), name).toBeDefined();
    }
    // the prefix alone, or a name that only looks alike, stays unknown
    for (const name of ['x-amz-', 'x-amzfoo', 'cfx-a', 'X-Msft']) expect(codes(name), name).toEqual(['HTTP3000']);
    // a name the registry knows is read as the registry says (CF-Ray, with its usual casing)
    expect(getFieldDefinition('CF-RAY')?.name).toBe('CF-Ray');
    expect(codes('CF-RAY')).toEqual(['HTTP3012']);
    // every prefix is lower case and ends with its hyphen
    for (const v of VENDOR_PREFIXES) expect(v.prefix).toMatch(/^[a-z0-9-]+-$/);
  });

  it('suggests only fields that exist', () => {
    for (const target of Object.values(COMMON_MISSPELLINGS)) expect(getFieldDefinition(target), target).toBeDefined();
    for (const wrong of Object.keys(COMMON_MISSPELLINGS)) expect(getFieldDefinition(wrong), wrong).toBeUndefined();
  });

  it('never suggests for a known field, whatever its casing (property)', () => {
    const names = ['Content-Length', 'Accept', 'Cache-Control', 'ETag', 'X-Forwarded-For', 'Sec-Fetch-Site'];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }), (name, upper) => {
        const mixed = [...name].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join('');
        return suggestFieldName(mixed) === undefined && !codes(mixed).some((c) => c === 'HTTP3000' || c === 'HTTP3001');
      }),
    );
  });
});

describe('checkFieldName', () => {
  it.each([
    // name, options, expected codes
    ['Content-Type', {}, []],
    ['content-type', {}, []],
    ['Www-Authenticate', {}, []],
    ['Etag', {}, []],
    ['ETAG', {}, ['HTTP3012']],
    ['Accept-Charset', {}, ['HTTP3002']],
    ['Pragma', {}, ['HTTP3003']],
    ['Warning', {}, ['HTTP3004']],
    ['Content-MD5', {}, ['HTTP3005']],
    ['Set-Cookie2', { direction: 'response' }, ['HTTP3005']],
    ['X-Frame-Options', { direction: 'response' }, ['HTTP3006']],
    ['X-Forwarded-For', { direction: 'request' }, ['HTTP3006']],
    ['Public-Key-Pins', { direction: 'response' }, ['HTTP3014']],
    ['X-Powered-By', { direction: 'response' }, ['HTTP3015']],
    ['x-aspnet-version', {}, ['HTTP3015']],
    ['Accept', { direction: 'response' }, ['HTTP3007']],
    ['Set-Cookie', { direction: 'request' }, ['HTTP3008']],
    ['Access-Control-Allow-Origin', { direction: 'request' }, ['HTTP3008']],
    ['Content-Type', { direction: 'request' }, []],
    ['Authorization', { section: 'trailer' }, ['HTTP3013']],
    ['Server-Timing', { section: 'trailer', direction: 'response' }, []],
    ['X-Custom-Thing', {}, ['HTTP3000']],
    ['', {}, ['HTTP3011']],
    ['Content Type', {}, ['HTTP3010']],
    ['X-Ünïcode', {}, ['HTTP3010']],
    ['Content Type', { skipSyntax: true }, []],
  ] as const)('%s %o -> %o', (name, options, expected) => {
    expect(codes(name, options)).toEqual(expected);
  });

  it('names the replacement and the field as registered', () => {
    const [d] = checkFieldName('content-md5', span(4, 11));
    expect(d).toMatchObject({ code: 'HTTP3005', args: { name: 'Content-MD5', replacement: 'Content-Digest / Repr-Digest' }, span: span(4, 11) });
    expect(checkFieldName('Pragma', span(0, 6), { locale: 'zh-CN' })[0]?.message).toBe('Pragma 已弃用：请改用 Cache-Control。');
  });

  it('points at the first invalid character', () => {
    const [space] = checkFieldName('X Request Id', span(100, 12));
    expect(space).toMatchObject({ code: 'HTTP3010', span: span(101, 1), args: { character: 'U+0020', name: 'X Request Id' } });
    const [paren] = checkFieldName('Foo(bar)', span(0, 8));
    expect(paren).toMatchObject({ span: span(3, 1), args: { character: "'('" } });
    expect(isValidFieldName("!#$%&'*+-.^_`|~09azAZ")).toBe(true);
    expect(isValidFieldName('a:b')).toBe(false);
    expect(isValidFieldName('')).toBe(false);
  });
});

describe('checkFieldSection', () => {
  it('reports a repeated singleton on each repetition, with the first line as related information', () => {
    const fields = section('Content-Type: text/html\r\nAccept: */*\r\ncontent-type: text/plain\r\nContent-Type: a/b');
    const ds = checkFieldSection(fields, { direction: 'response' });
    expect(ds.map((d) => [d.code, d.span.offset])).toEqual([
      ['HTTP3007', 25],
      ['HTTP3009', 38],
      ['HTTP3009', 64],
    ]);
    expect(ds[1]).toMatchObject({ args: { name: 'Content-Type', count: 3 }, related: [{ message: 'First Content-Type field line.', span: span(0, 12) }] });
    const zh = checkFieldSection(fields, { locale: 'zh-CN' });
    expect(zh[0]?.related?.[0]?.message).toBe('第一个 Content-Type 字段行。');
  });

  it('gives a repeated line HTTP3009 alone; the remark on the name stays on the first line', () => {
    // nginx and the application both adding X-Frame-Options: one problem per span.
    const fields = section('X-Frame-Options: SAMEORIGIN\r\nX-Frame-Options: SAMEORIGIN\r\nPragma: no-cache\r\nPRAGMA: no-cache');
    const ds = checkFieldSection(fields, { direction: 'response' });
    expect(ds.map((d) => [d.code, d.span.offset])).toEqual([
      ['HTTP3006', 0],
      ['HTTP3009', 29],
      // Pragma is a list: both lines keep their remark
      ['HTTP3003', 58],
      ['HTTP3003', 76],
    ]);
  });

  it('allows repeated list fields and Set-Cookie, and leaves Content-Length and Host to the parser', () => {
    const fields = section('Set-Cookie: a=1\r\nSet-Cookie: b=2\r\nVary: Accept\r\nVary: Origin\r\nContent-Length: 1\r\nContent-Length: 1');
    expect(checkFieldSection(fields, { direction: 'response' })).toEqual([]);
    expect(checkFieldSection(section('Host: a\r\nHost: b'), { direction: 'request' })).toEqual([]);
  });

  it('checks trailer sections', () => {
    const ds = checkFieldSection(section('Server-Timing: db;dur=1\r\nContent-Type: text/plain'), { section: 'trailer', direction: 'response' });
    expect(ds.map((d) => d.code)).toEqual(['HTTP3013']);
  });
});

describe('editDistance', () => {
  /** Textbook optimal string alignment distance, for comparison. */
  function reference(a: string, b: string): number {
    const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        const row = d[i] as number[];
        const up = d[i - 1] as number[];
        row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
    return (d[a.length] as number[])[b.length] as number;
  }

  it('finds a field one edit away from any misspelt current field (property)', async () => {
    const { editDistance } = await import('../../src/registry/suggest.js');
    const names = FIELD_DEFINITIONS.filter((d) => d.name.length >= 8 && d.status !== 'obsoleted' && d.status !== 'deprecated').map((d) => d.name);
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.nat(), fc.constantFrom('a', 'e', 'x', 'q', '-'), fc.constantFrom('substitute', 'insert', 'delete'), (name, at, ch, op) => {
        const i = at % name.length;
        const typo = op === 'substitute' ? name.slice(0, i) + ch + name.slice(i + 1) : op === 'insert' ? name.slice(0, i) + ch + name.slice(i) : name.slice(0, i) + name.slice(i + 1);
        if (getFieldDefinition(typo)) return true;
        const suggestion = suggestFieldName(typo);
        // one edit away, or the same letters once separators are dropped (`--RateLimit-Remaining` is
        // `RateLimit-Remaining` written with dashes, as `ContentType` is `Content-Type`), or the misspelling table's
        const letters = (s: string) => s.toLowerCase().replace(/[-_ .]/g, '');
        return (
          (suggestion !== undefined && (editDistance(typo.toLowerCase(), suggestion.toLowerCase()) <= 1 || letters(typo) === letters(suggestion))) ||
          COMMON_MISSPELLINGS[typo.toLowerCase()] === suggestion
        );
      }),
      { numRuns: 400 },
    );
    // the case a random run found: a vendor prefix replaced by a dash
    expect(suggestFieldName('--RateLimit-Remaining')).toBe('RateLimit-Remaining');
  });

  it('agrees with the textbook algorithm, and with its bound', async () => {
    const { editDistance } = await import('../../src/registry/suggest.js');
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const exact = reference(a, b);
        return editDistance(a, b) === exact && editDistance(a, b, max) === Math.min(exact, max + 1);
      }),
      { numRuns: 500 },
    );
    // long inputs grow the reused buffers
    expect(editDistance('x'.repeat(200), 'x'.repeat(199) + 'y')).toBe(1);
  });
});
