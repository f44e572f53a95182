import { describe, expect, it } from 'vitest';
import { messageFromHeaders, parseContentLength, parseMessage, parseMessages } from '../../src/message/index.js';
import { framingCodes } from '../../src/codes/blocks/framing.js';
import { framingDocsZh } from '../../src/locales/zh-CN/codes/framing.js';

const at = (text: string, span: { offset: number; length: number } | undefined): string | undefined =>
  span && text.slice(span.offset, span.offset + span.length);
const codes = (m: { diagnostics: { code: string }[] }): string[] => m.diagnostics.map((d) => d.code);

describe('parseContentLength', () => {
  it.each([
    ['0', 0, []],
    ['42', 42, []],
    ['007', 7, []],
    ['42, 42', 42, ['HTTP0113']],
    ['42,42,42', 42, ['HTTP0113']],
    ['42, 43', undefined, ['HTTP0112']],
    ['+42', undefined, ['HTTP0110']],
    ['-1', undefined, ['HTTP0110']],
    ['4 2', undefined, ['HTTP0110']],
    ['', undefined, ['HTTP0110']],
    ['0x10', undefined, ['HTTP0110']],
    ['1e3', undefined, ['HTTP0110']],
    ['42,', undefined, ['HTTP0110']],
    ['9007199254740991', 9007199254740991, []],
    ['9007199254740992', undefined, ['HTTP0111']],
    ['99999999999999999999999', undefined, ['HTTP0111']],
  ] as const)('%j -> %j %j', (value, expected, expectedCodes) => {
    const r = parseContentLength(value, { offset: 10 });
    expect(r.value).toBe(expected);
    expect(codes(r)).toEqual(expectedCodes);
    for (const d of r.diagnostics) expect(d.span).toEqual({ offset: 10, length: value.length });
  });

  it('makes repeated identical values an error with strict', () => {
    expect(parseContentLength('5, 5', { strict: true }).diagnostics[0]?.severity).toBe('error');
    expect(parseContentLength('5, 5').diagnostics[0]?.severity).toBe('warning');
  });

  it('speaks Chinese', () => {
    expect(parseContentLength('x', { locale: 'zh-CN' }).diagnostics[0]?.message).toContain('无效');
  });
});

describe('parseMessage', () => {
  it('reads a request with exact spans', () => {
    const text = 'GET /a?b=1 HTTP/1.1\r\nHost: example.com\r\nX-A:  1 \r\n\r\n';
    const m = parseMessage(text);
    expect(m.kind).toBe('request');
    expect([m.method, m.target, m.version]).toEqual(['GET', '/a?b=1', 'HTTP/1.1']);
    expect(at(text, m.startLine?.method)).toBe('GET');
    expect(at(text, m.startLine?.target)).toBe('/a?b=1');
    expect(at(text, m.startLine?.version)).toBe('HTTP/1.1');
    expect(m.fields.map((f) => [f.name, f.value, at(text, f.span), at(text, f.nameSpan), at(text, f.valueSpan)])).toEqual([
      ['Host', 'example.com', 'Host: example.com', 'Host', 'example.com'],
      ['X-A', '1', 'X-A:  1 ', 'X-A', '1'],
    ]);
    expect(m.body).toEqual({ bytes: new Uint8Array(0), framing: 'none', span: { offset: text.length, length: 0 } });
    expect(m.headSpan).toEqual({ offset: 0, length: text.length });
    expect(m.rest).toBeUndefined();
    expect(m.diagnostics).toEqual([]);
  });

  it('decodes bytes as Latin-1, so spans are byte offsets and body bytes are exact', () => {
    const head = 'HTTP/1.1 200 OK\r\nX-N: caf\xe9\x80\r\nContent-Length: 4\r\n\r\n';
    const bytes = new Uint8Array([...head].map((c) => c.charCodeAt(0)).concat([0x80, 0x9f, 0xff, 0x00]));
    const m = parseMessage(bytes);
    expect(m.fields[0]?.value).toBe('caf\xe9\x80');
    expect(m.status).toBe(200);
    expect([...(m.body?.bytes ?? [])]).toEqual([0x80, 0x9f, 0xff, 0x00]);
    expect(m.body?.span).toEqual({ offset: head.length, length: 4 });
    expect(m.diagnostics).toEqual([]);
  });

  it('decodes chunked bodies with extensions and trailers and keeps the rest', () => {
    const text = 'POST /u HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n5;x=1;y="a b"\r\nhello\r\n6\r\n world\r\n0\r\nT: v\r\n\r\nGET / HTTP/1.1\r\n\r\n';
    const m = parseMessage(text);
    expect(codes(m)).toEqual([]);
    expect(new TextDecoder().decode(m.body?.bytes)).toBe('hello world');
    expect(m.body?.framing).toBe('chunked');
    expect(at(text, m.body?.span)).toBe('5;x=1;y="a b"\r\nhello\r\n6\r\n world\r\n0\r\nT: v\r\n\r\n');
    expect(m.trailers.map((f) => [f.name, f.value, at(text, f.span)])).toEqual([['T', 'v', 'T: v']]);
    expect(at(text, m.rest)).toBe('GET / HTTP/1.1\r\n\r\n');
  });

  it('knows the responses without a body', () => {
    const body = 'Content-Length: 5\r\n\r\nhello';
    for (const [status, method] of [[204, undefined], [304, undefined], [101, undefined], [200, 'HEAD'], [200, 'CONNECT']] as const) {
      const text = `HTTP/1.1 ${status} X\r\n${body}`;
      const m = parseMessage(text, method ? { requestMethod: method } : {});
      expect(m.body?.framing).toBe('none');
      expect(at(text, m.rest)).toBe('hello');
    }
    expect(parseMessage(`HTTP/1.1 200 OK\r\n${body}`).body?.framing).toBe('content-length');
  });

  it('reads close-delimited responses to the end', () => {
    const m = parseMessage('HTTP/1.0 200 OK\r\n\r\nall of\r\nit');
    expect(m.body?.framing).toBe('close');
    expect(new TextDecoder().decode(m.body?.bytes)).toBe('all of\r\nit');
    expect(m.rest).toBeUndefined();
  });

  it('makes LF-only line endings a warning, or an error with strict', () => {
    const text = 'GET / HTTP/1.1\nHost: a\n\n';
    expect(parseMessage(text).diagnostics.map((d) => [d.code, d.severity, d.span])).toEqual([['HTTP0050', 'warning', { offset: 14, length: 1 }]]);
    expect(parseMessage(text, { strict: true }).diagnostics.map((d) => d.severity)).toEqual(['error']);
  });

  it('checks Host only with requireHost (default: strict)', () => {
    expect(codes(parseMessage('GET / HTTP/1.1\r\n\r\n'))).toEqual([]);
    expect(codes(parseMessage('GET / HTTP/1.1\r\n\r\n', { strict: true }))).toEqual(['HTTP0014']);
    expect(codes(parseMessage('GET / HTTP/1.1\r\n\r\n', { strict: true, requireHost: false }))).toEqual([]);
    expect(codes(parseMessage('GET / HTTP/1.0\r\n\r\n', { requireHost: true }))).toEqual([]);
    expect(codes(parseMessage('GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n', { requireHost: true }))).toEqual(['HTTP0015']);
  });

  it('skips a byte order mark at the start of the input with a warning, an error with strict', () => {
    const text = '\ufeffHTTP/1.1 200 OK\r\nA: 1\r\n\r\n';
    const m = parseMessage(text);
    expect([m.kind, m.status, codes(m)]).toEqual(['response', 200, ['HTTP0017']]);
    expect(m.diagnostics[0]?.span).toEqual({ offset: 0, length: 1 });
    expect(at(text, m.fields[0]?.span)).toBe('A: 1');
    // the bytes EF BB BF, read as latin1, and empty lines after the mark
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n')]);
    const r = parseMessage(bytes);
    expect([r.method, r.diagnostics.map((d) => [d.code, d.span])]).toEqual(['GET', [['HTTP0017', { offset: 0, length: 3 }], ['HTTP0002', { offset: 3, length: 2 }]]]);
    expect(parseMessage(text, { strict: true }).diagnostics[0]?.severity).toBe('error');
    expect(codes(parseMessage('\ufeff'))).toEqual(['HTTP0017', 'HTTP0001']);
    // only at the start of the input: parsed from an offset, a U+FEFF is part of the start line
    const two = 'GET / HTTP/1.1\r\nHost: a\r\n\r\n\ufeffGET / HTTP/1.1\r\nHost: a\r\n\r\n';
    expect(codes(parseMessage(two, { offset: two.indexOf('\ufeff') }))).not.toContain('HTTP0017');
    expect(framingDocsZh.HTTP0017).toMatch(/字节顺序标记/);
  });

  it('puts a span on a character outside the BMP on both halves of its surrogate pair', () => {
    const status = 'HTTP/1.1 200 \u{1F600}\u{1F600}\r\n\r\n';
    const [reason] = parseMessage(status).diagnostics;
    expect([reason?.code, at(status, reason?.span), reason?.args]).toEqual(['HTTP0013', '\u{1F600}', { hex: '1F600' }]);
    const field = 'GET / HTTP/1.1\r\nHost: a\r\nX-A: a\u{1F600}\r\n\r\n';
    const [value] = parseMessage(field).diagnostics;
    expect([value?.code, at(field, value?.span), value?.args]).toEqual(['HTTP0055', '\u{1F600}', { name: 'X-A', hex: '1F600' }]);
    // a lone surrogate is one code unit
    const lone = 'GET / HTTP/1.1\r\nHost: a\r\nX-A: \ud83d\r\n\r\n';
    expect(parseMessage(lone).diagnostics.map((d) => [d.code, d.span.length])).toEqual([['HTTP0055', 1]]);
  });

  it('parses from an offset with spans in input coordinates', () => {
    const text = 'GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\nX: y\r\n\r\n';
    const m = parseMessage(text, { offset: 19 });
    expect(m.target).toBe('/b');
    expect(at(text, m.fields[0]?.span)).toBe('X: y');
  });

  it('renders messages in Chinese', () => {
    const m = parseMessage('GET / HTTP/1.1\r\nHost : a\r\n\r\n', { locale: 'zh-CN' });
    expect(m.diagnostics[0]?.message).toBe('字段名与冒号之间有空白。');
  });
});

describe('parseMessages', () => {
  it('splits pipelined messages', () => {
    const text = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhiHTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n';
    const all = parseMessages(text);
    expect(all.map((m) => [m.status, new TextDecoder().decode(m.body?.bytes), m.diagnostics.length])).toEqual([
      [200, 'hi', 0],
      [204, '', 0],
      [200, 'x', 0],
    ]);
  });

  it('does not make a message of trailing line breaks', () => {
    expect(parseMessages('GET / HTTP/1.1\r\n\r\n\r\n\n')).toHaveLength(1);
  });
});

describe('messageFromHeaders', () => {
  it('builds a response from a record with synthetic spans into message.source', () => {
    const m = messageFromHeaders({ status: 200, reason: 'OK', headers: { 'Cache-Control': 'max-age=60', Vary: ['Accept', 'Origin'] } });
    expect(m.source).toBe('HTTP/1.1 200 OK\r\nCache-Control: max-age=60\r\nVary: Accept\r\nVary: Origin\r\n\r\n');
    expect(m.kind).toBe('response');
    expect(m.status).toBe(200);
    expect(m.fields.map((f) => [f.name, f.value, at(m.source ?? '', f.valueSpan)])).toEqual([
      ['Cache-Control', 'max-age=60', 'max-age=60'],
      ['Vary', 'Accept', 'Accept'],
      ['Vary', 'Origin', 'Origin'],
    ]);
    expect(m.diagnostics).toEqual([]);
  });

  it('builds a request from pairs and from a Headers object', () => {
    const fromPairs = messageFromHeaders({ method: 'POST', target: '/x', headers: [['Host', 'a'], ['Content-Length', '0']] });
    expect([fromPairs.method, fromPairs.target, fromPairs.fields.length, fromPairs.body?.framing]).toEqual(['POST', '/x', 2, 'content-length']);
    const headers = new Headers([['ETag', '"1"'], ['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2']]);
    const m = messageFromHeaders({ status: 304, headers });
    expect(m.fields.map((f) => [f.name.toLowerCase(), f.value])).toEqual([['etag', '"1"'], ['set-cookie', 'a=1'], ['set-cookie', 'b=2']]);
  });

  it('refuses header injection', () => {
    const m = messageFromHeaders({ status: 200, headers: { 'X-A': 'a\r\nX-Injected: 1' } });
    expect(m.fields).toHaveLength(1);
    expect(m.fields[0]?.value).toBe('a  X-Injected: 1');
    expect(codes(m)).toEqual(['HTTP0151']);
  });
});

describe('framing codes', () => {
  it('every code is in its block, with zh-CN text, the same placeholders and a zh-CN doc page', () => {
    for (const def of framingCodes) {
      const n = Number(def.code.slice(4));
      expect(n >= 1 && n <= 499, def.code).toBe(true);
      expect(def.area).toBe('framing');
      const names = (t: string): string[] => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1] as string).sort();
      expect(names(def.message['zh-CN']), def.code).toEqual(names(def.message.en));
      expect(framingDocsZh[def.code], def.code).toBeTruthy();
      expect(def.doc).toMatch(/rfc-editor\.org/);
    }
    expect(Object.keys(framingDocsZh).sort()).toEqual(framingCodes.map((d) => d.code).sort());
  });
});

describe('the README example', () => {
  it('gives what the README says', () => {
    const m = parseMessage('POST /items HTTP/1.1\r\nHost: api.example.com\r\nHost : x\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n0\r\nX-Sum: 1\r\n\r\n');
    expect([m.kind, m.method, m.target]).toEqual(['request', 'POST', '/items']);
    expect([m.fields[0]?.name, m.fields[0]?.value]).toEqual(['Host', 'api.example.com']);
    expect(m.body?.framing).toBe('chunked');
    expect(new TextDecoder().decode(m.body?.bytes)).toBe('hello');
    expect(m.trailers[0]?.name).toBe('X-Sum');
    expect(codes(m)).toEqual(['HTTP0052']);
    const res = messageFromHeaders({ status: 200, reason: 'OK', headers: { 'Cache-Control': 'max-age=60', Vary: ['Accept', 'Origin'] } });
    expect(res.source).toBe('HTTP/1.1 200 OK\r\nCache-Control: max-age=60\r\nVary: Accept\r\nVary: Origin\r\n\r\n');
  });
});
