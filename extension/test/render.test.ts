import { describe, expect, it } from 'vitest';
import { finalHead, headEnd, latin1, lineOf, placeRange, prettyJson, prettyXml, renderResponse } from '../src/render.js';

const enc = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const options = { prettyPrint: true, maxBodySize: 100, truncatedNote: '[cut {shown}/{total}]', binaryNote: '[binary {size} {type}]' };

describe('response rendering', () => {
  it('keeps the head byte for byte and pretty-prints JSON', () => {
    const head = 'HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nX-Odd:  spaced  \r\n\r\n';
    const r = renderResponse({ received: enc(`${head}{"a":[1,2]}`), interim: 0, headers: [['Content-Type', 'application/json; charset=utf-8']], bodyText: '{"a":[1,2]}', bodyLength: 11 }, options);
    expect(r.text).toBe(`${head}{\n  "a": [\n    1,\n    2\n  ]\n}`);
    expect(r.headLength).toBe(head.length);
    expect(r.pretty).toBe('json');
  });

  it('skips interim responses, accepts bare LF heads', () => {
    const received = enc('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\nA: b\n\n');
    expect(finalHead(received, 1)).toEqual({ start: 25, end: received.length });
    const r = renderResponse({ received, interim: 1, headers: [], bodyText: '', bodyLength: 0 }, options);
    expect(r.text).toBe('HTTP/1.1 204 No Content\nA: b\n\n');
    expect(r.start).toBe(25);
  });

  it('an incomplete head is shown whole, followed by a blank line', () => {
    const r = renderResponse({ received: enc('HTTP/1.1 200 OK\r\nA: b'), interim: 0, headers: [], bodyText: '', bodyLength: 0 }, options);
    expect(r.text).toBe('HTTP/1.1 200 OK\r\nA: b\r\n\r\n');
  });

  it('truncates over the limit, leaves invalid JSON as it is, describes binary bodies', () => {
    const long = 'x'.repeat(150);
    const cut = renderResponse({ received: enc('HTTP/1.1 200 OK\r\n\r\n'), interim: 0, headers: [['content-type', 'text/plain']], bodyText: long, bodyLength: 150 }, options);
    expect(cut.truncated).toBe(true);
    expect(cut.text.endsWith(`${'x'.repeat(100)}\n[cut 100/150]`)).toBe(true);
    const bad = renderResponse({ received: enc('HTTP/1.1 200 OK\r\n\r\n'), interim: 0, headers: [['content-type', 'application/problem+json']], bodyText: '{oops', bodyLength: 5 }, options);
    expect(bad.text.endsWith('\r\n\r\n{oops')).toBe(true);
    const bin = renderResponse({ received: enc('HTTP/1.1 200 OK\r\n\r\n'), interim: 0, headers: [['content-type', 'image/png']], bodyText: '\u0089PNG', bodyLength: 4 }, options);
    expect(bin.text.endsWith('[binary 4 image/png]')).toBe(true);
    // the view offers “Save Full Body” for a body it does not show
    expect([bin.binary, cut.binary, bad.binary]).toEqual([true, false, false]);
  });

  it('latin1 keeps every byte as one character', () => {
    const bytes = Uint8Array.from({ length: 20000 }, (_, i) => i % 256);
    const s = latin1(bytes);
    expect(s.length).toBe(20000);
    expect(s.charCodeAt(19999)).toBe(19999 % 256);
  });

  it.each([
    ['a\r\n\r\nb', 0, 5],
    ['a\n\nb', 0, 3],
    ['a\r\nb', 0, -1],
    ['x\n\ny\n\nz', 3, 6],
  ])('headEnd(%j, %i) = %i', (s, from, expected) => {
    expect(headEnd(enc(s), from)).toBe(expected);
  });

  it('prettyJson and prettyXml', () => {
    expect(prettyJson('[1]')).toBe('[\n  1\n]');
    expect(prettyJson('nope')).toBeUndefined();
    // laid out as JSON.stringify does
    for (const sample of ['{"a":[1,{"b":null,"c":[]},{}],"d":"x, y: {z}","e":{"f":true}}', ' [ ] ', '"s"', '{"q":"say \\"hi\\", ok"}', '{"u":"\\u00e9"}']) {
      expect(prettyJson(sample), sample).toBe(JSON.stringify(JSON.parse(sample), null, 2).replace('é', '\\u00e9'));
    }
    // numbers as written: 64-bit ids are not rounded
    expect(prettyJson('{"id":12345678901234567890,"price":1.10,"n":1e2,"neg":-0}')).toBe('{\n  "id": 12345678901234567890,\n  "price": 1.10,\n  "n": 1e2,\n  "neg": -0\n}');
    expect(prettyXml('<?xml version="1.0"?><a><b x="1">t</b><c/><!-- n --><d><![CDATA[<z>]]></d></a>')).toBe(
      '<?xml version="1.0"?>\n<a>\n  <b x="1">t</b>\n  <c/>\n  <!-- n -->\n  <d>\n    <![CDATA[<z>]]>\n  </d>\n</a>',
    );
    expect(prettyXml('plain')).toBeUndefined();
    expect(prettyXml('<a')).toBeUndefined();
  });

  it('places body diagnostics on the status line, keeps head ones', () => {
    const r = (l1: number, c1: number, l2: number, c2: number) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });
    expect(placeRange(r(1, 0, 1, 5), 3, 15)).toEqual(r(1, 0, 1, 5));
    expect(placeRange(r(4, 0, 4, 2), 3, 15)).toEqual(r(0, 0, 0, 15));
    expect(placeRange(r(2, 3, 5, 0), 3, 15)).toEqual(r(2, 3, 2, 15));
    expect(lineOf('a\r\nb\nc\rd', 8)).toBe(3);
  });
});
