import { describe, expect, it } from 'vitest';
import { grammar } from '@httplens/core';

const { Problems } = grammar;

describe('RFC 3986 URI', () => {
  it.each([
    ['https://user@example.com:8080/p/a?q=1#f', { scheme: 'https', path: '/p/a', query: 'q=1', fragment: 'f' }],
    ['/relative/path?x', { path: '/relative/path', query: 'x' }],
    ['//example.com', { path: '' }],
    ['http://[2001:db8::1]/', { path: '/' }],
    ['urn:isbn:0451450523', { scheme: 'urn', path: 'isbn:0451450523' }],
  ])('accepts %j', (input, value) => {
    const p = new Problems();
    expect(grammar.uriReference(input, 0, input.length, p)).toMatchObject(value);
    expect(p.list).toEqual([]);
  });
  it.each([
    ['http://exa mple.com/', 'HTTP2000', 10],
    ['/a b', 'HTTP2000', 2],
    ['/a%zz', 'HTTP2000', 2],
    ['http://[::1::2]/', 'HTTP2007', 7],
    ['a:b:c', undefined, 0],
    ['1a:b', 'HTTP2000', 2],
  ])('rejects %j', (input, code, offset) => {
    const p = new Problems();
    const r = grammar.uriReference(input, 0, input.length, p);
    if (code === undefined) {
      expect(r).toBeDefined();
      return;
    }
    expect(r).toBeUndefined();
    expect(p.list[0]).toMatchObject({ code, span: { offset } });
  });
  it.each([
    ['1.2.3.4', true],
    ['256.1.1.1', false],
    ['01.1.1.1', false],
  ])('isIPv4address(%j) -> %s', (s, ok) => expect(grammar.isIPv4address(s)).toBe(ok));
  it.each([
    ['::1', true],
    ['2001:db8::8a2e:370:7334', true],
    ['::ffff:192.0.2.1', true],
    ['1:2:3:4:5:6:7:8', true],
    ['1:2:3:4:5:6:7', false],
    ['1::2::3', false],
    ['12345::', false],
  ])('isIPv6address(%j) -> %s', (s, ok) => expect(grammar.isIPv6address(s)).toBe(ok));
  it('serializedOrigin', () => {
    const p = new Problems();
    expect(grammar.serializedOrigin('https://a.example:8443', 0, 22, p)).toEqual({ scheme: 'https', host: 'a.example', port: 8443 });
    expect(grammar.serializedOrigin('null', 0, 4, p)).toBe('null');
  });
});

describe('RFC 5646 language tags', () => {
  it.each([
    ['en', { language: 'en' }],
    ['zh-Hans-CN', { language: 'zh', script: 'Hans', region: 'CN' }],
    ['es-419', { language: 'es', region: '419' }],
    ['de-CH-1901', { language: 'de', region: 'CH', variants: ['1901'] }],
    ['en-US-u-ca-gregory-x-private', { extensions: ['u-ca-gregory'], privateuse: 'x-private' }],
    ['i-klingon', { grandfathered: true }],
    ['zh-yue-HK', { extlang: ['yue'], region: 'HK' }],
  ])('accepts %j', (tag, value) => {
    const r = grammar.languageTag(tag);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toMatchObject(value);
  });
  it.each([
    ['zh_CN', 0],
    ['en-', 3],
    ['a', 0],
    ['en-toolongsubtag', 3],
    ['en-a', 3],
  ])('rejects %j at %i', (tag, offset) => {
    const r = grammar.languageTag(tag);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.span.offset).toBe(offset);
  });
  it('language ranges', () => {
    expect(grammar.languageRange('*')).toBeUndefined();
    expect(grammar.languageRange('en-*')).toEqual({ offset: 3, length: 1 });
    expect(grammar.languageRange('de-CH')).toBeUndefined();
  });
});

describe('RFC 8288 Link', () => {
  it('reads targets with commas and parameters', () => {
    const p = new Problems();
    const text = '<https://e.x/a,b>; rel="next", </p>;rel=prev;title*=UTF-8\'de\'n%c3%a4chstes';
    const links = grammar.linkValues(text, 0, text.length, p);
    expect(links.map((l) => [l.target, l.params.map((x) => `${x.name}=${x.value}`)])).toEqual([
      ['https://e.x/a,b', ['rel=next']],
      ['/p', ['rel=prev', "title*=UTF-8'de'n%c3%a4chstes"]],
    ]);
    expect(p.list).toEqual([]);
  });
  it('reports a missing ">"', () => {
    const p = new Problems();
    grammar.linkValues('<https://e.x', 0, 12, p);
    expect(p.list[0]).toMatchObject({ code: 'HTTP2001', span: { offset: 12 } });
  });
});

describe('RFC 6265bis cookies', () => {
  it('Set-Cookie string', () => {
    const p = new Problems();
    const text = 'id=a3fWa; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Secure; HttpOnly';
    const sc = grammar.setCookieString(text, 0, text.length, p);
    expect(sc?.pair).toMatchObject({ name: 'id', value: 'a3fWa' });
    expect(sc?.attributes.map((a) => [a.name, a.value])).toEqual([
      ['expires', 'Wed, 21 Oct 2015 07:28:00 GMT'],
      ['secure', undefined],
      ['httponly', undefined],
    ]);
    expect(p.list).toEqual([]);
  });
  it('Cookie string and separators', () => {
    const p = new Problems();
    const text = 'a=1; b="2";c=3';
    const cs = grammar.cookieString(text, 0, text.length, p);
    expect(cs.pairs.map((x) => [x.name, x.value])).toEqual([
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
    ]);
    expect(cs.badSeparators).toEqual([{ offset: 10, length: 1 }]);
  });
  it('reports a value with a space', () => {
    const p = new Problems();
    grammar.cookiePair('a=b c', 0, 5, p);
    expect(p.list[0]).toMatchObject({ code: 'HTTP2000', span: { offset: 3 } });
  });
});

describe('RFC 6797 STS and RFC 7239 Forwarded', () => {
  it('STS directives', () => {
    const p = new Problems();
    const text = 'max-age=31536000 ; includeSubDomains; preload';
    expect(grammar.stsDirectives(text, 0, text.length, p).map((d) => [d.name, d.value])).toEqual([
      ['max-age', '31536000'],
      ['includesubdomains', undefined],
      ['preload', undefined],
    ]);
    expect(p.list).toEqual([]);
  });
  it('Forwarded elements and bare IPv6', () => {
    const p = new Problems();
    const bare: number[] = [];
    const text = 'for=192.0.2.60;proto=http;by=203.0.113.43, for="[2001:db8::1]:80", for=[2001:db8::2]';
    const els = grammar.forwardedElements(text, 0, text.length, p, (s) => bare.push(s.offset));
    expect(els.map((e) => e.pairs.map((x) => x.value))).toEqual([
      ['192.0.2.60', 'http', '203.0.113.43'],
      ['[2001:db8::1]:80'],
      ['[2001:db8::2]'],
    ]);
    expect(bare).toEqual([text.lastIndexOf('[')]);
    expect(grammar.forwardedNode('[2001:db8::1]:80')).toMatchObject({ ok: true, kind: 'ipv6', port: '80' });
    expect(grammar.forwardedNode('_hidden:_p')).toMatchObject({ ok: true, kind: 'obfuscated' });
    expect(grammar.forwardedNode('host.example')).toMatchObject({ ok: false });
  });
});

describe('RFC 8187 ext-value', () => {
  it.each([
    ["UTF-8''%E2%82%AC%20rates", { ok: true, charset: 'UTF-8', language: '', value: '€ rates' }],
    ["iso-8859-1'en'%A3%20rates", { ok: true, charset: 'iso-8859-1', language: 'en', value: '£ rates' }],
    ["UTF-8'de'n%c3%a4chstes", { ok: true, value: 'nächstes' }],
    ["UTF-8''a b", { ok: false, reason: 'value-chars', offset: 8 }],
    ["UTF-8''%zz", { ok: false, reason: 'value-chars', offset: 7 }],
    ["UTF-8''%FF", { ok: false, reason: 'decoding' }],
    ['no-quotes', { ok: false, reason: 'quote' }],
    ["''x", { ok: false, reason: 'charset' }],
  ])('extValue(%j)', (input, expected) => {
    expect(grammar.extValue(input)).toMatchObject(expected);
  });
});

describe('#rule lists with quoted strings and comments', () => {
  it('does not split inside a quoted string', () => {
    const p = new Problems();
    const text = 'a;x="1,2", b';
    const names: string[] = [];
    grammar.list(text, 0, text.length, p, (pos) => {
      const e = grammar.token(text, pos, text.length);
      names.push(text.slice(pos, e));
      return grammar.parameters(text, e, text.length, p).end;
    }, { element: 'token' });
    expect(names).toEqual(['a', 'b']);
    expect(p.list).toEqual([]);
  });
  it('reports a required element that is missing (1#)', () => {
    const p = new Problems();
    grammar.list('  ', 0, 2, p, (pos) => pos, { element: 'token', min1: true });
    expect(p.list.map((x) => x.code)).toEqual(['HTTP2001']);
  });
  it('Via entries with comments', () => {
    const p = new Problems();
    const text = '1.1 a (x (y)), HTTP/2 b:8080';
    expect(grammar.via(text, 0, text.length, p).map((v) => [v.protocolName, v.protocolVersion, v.receivedBy, v.comment])).toEqual([
      [undefined, '1.1', 'a', 'x (y)'],
      ['HTTP', '2', 'b:8080', undefined],
    ]);
    expect(p.list).toEqual([]);
  });
});
