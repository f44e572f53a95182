import { describe, expect, it } from 'vitest';
import { grammar } from '@httplens/core';

const { Problems } = grammar;

function codes(p: InstanceType<typeof Problems>): string[] {
  return p.list.map((x) => `${x.code}@${x.span.offset}+${x.span.length}`);
}

describe('RFC 5234 core rules', () => {
  it.each([
    ['A', 'isAlpha', true],
    ['1', 'isAlpha', false],
    ['f', 'isHexdig', true],
    ['g', 'isHexdig', false],
    ['\t', 'isWsp', true],
    ['\x7f', 'isCtl', true],
    ['~', 'isVchar', true],
    [' ', 'isVchar', false],
  ] as const)('%j %s -> %s', (ch, fn, expected) => {
    expect(grammar[fn](ch.charCodeAt(0))).toBe(expected);
  });
  it('crlf and digits return ends', () => {
    expect(grammar.crlf('a\r\nb', 1)).toBe(3);
    expect(grammar.crlf('a\nb', 1)).toBe(1);
    expect(grammar.digits('123x', 0, 4)).toBe(3);
  });
});

describe('token, OWS, quoted-string, comment', () => {
  it('token stops at a delimiter', () => {
    expect(grammar.token('abc/def', 0)).toBe(3);
    expect(grammar.token('"x"', 0)).toBe(0);
    expect(grammar.ows(' \t x', 0)).toBe(3);
  });
  it.each([
    ['"abc"', 'abc', true, []],
    ['"a\\"b"', 'a"b', true, []],
    ['"abc', 'abc', false, ['HTTP2002@0+4']],
    ['"a\x01b"', 'a\x01b', true, ['HTTP2000@2+1']],
  ])('quotedString(%j)', (input, value, terminated, expected) => {
    const p = new Problems();
    const q = grammar.quotedString(input, 0, input.length, p);
    expect(q?.value).toBe(value);
    expect(q?.terminated).toBe(terminated);
    expect(codes(p)).toEqual(expected);
  });
  it.each([
    ['(a (nested) b) rest', 'a (nested) b', true, []],
    ['(open (nested)', 'open (nested)', false, ['HTTP2006@0+14']],
    ['(esc \\) x)', 'esc \\) x', true, []],
  ])('comment(%j)', (input, text, terminated, expected) => {
    const p = new Problems();
    const c = grammar.comment(input, 0, input.length, p);
    expect(c?.text).toBe(text);
    expect(c?.terminated).toBe(terminated);
    expect(codes(p)).toEqual(expected);
  });
});

describe('#rule lists', () => {
  function run(input: string): { items: string[]; codes: string[] } {
    const p = new Problems();
    const items: string[] = [];
    grammar.list(input, 0, input.length, p, (pos) => {
      const e = grammar.token(input, pos, input.length);
      if (e > pos) items.push(input.slice(pos, e));
      return e;
    }, { element: 'token' });
    return { items, codes: codes(p) };
  }
  it.each([
    ['a, b,c', ['a', 'b', 'c'], []],
    ['a, , b', ['a', 'b'], ['HTTP2003@3+1']],
    [', a', ['a'], ['HTTP2003@0+1']],
    ['a,', ['a'], ['HTTP2003@1+1']],
    ['a b, c', ['a', 'c'], ['HTTP2000@2+1']],
    ['a, /, c', ['a', 'c'], ['HTTP2000@3+1']],
    ['', [], []],
  ])('%j', (input, items, expected) => {
    expect(run(input)).toEqual({ items, codes: expected });
  });
});

describe('parameters, qvalue, media-type', () => {
  it('reads token and quoted values with spans', () => {
    const p = new Problems();
    const text = 'text/html; charset=utf-8;q="0.5"';
    const mt = grammar.mediaType(text, 0, text.length, p);
    expect(mt).toMatchObject({ type: 'text', subtype: 'html', span: { offset: 0, length: text.length } });
    expect(mt?.params.map((x) => [x.name, x.value, x.quoted])).toEqual([
      ['charset', 'utf-8', false],
      ['q', '0.5', true],
    ]);
    expect(mt?.params[0]?.valueSpan).toEqual({ offset: 19, length: 5 });
    expect(p.list).toEqual([]);
  });
  it.each([
    ['text/html; charset = utf-8', ['HTTP2004@18+1', 'HTTP2004@20+1']],
    ['text/html; charset', ['HTTP2001@18+0']],
    ['text/', ['HTTP2001@5+0']],
    ['text', ['HTTP2001@4+0']],
    ['text/html;;a=b', []],
  ])('%j', (input, expected) => {
    const p = new Problems();
    grammar.mediaType(input, 0, input.length, p);
    expect(codes(p)).toEqual(expected);
  });
  it.each([
    ['0', 'ok'],
    ['1.000', 'ok'],
    ['0.123', 'ok'],
    ['0.1234', 'too-precise'],
    ['1.5', 'out-of-range'],
    ['2', 'out-of-range'],
    ['.5', 'malformed'],
    ['abc', 'malformed'],
  ])('qvalue(%j) is %s', (input, status) => {
    expect(grammar.qvalue(input).status).toBe(status);
  });
});

describe('entity-tag, product, auth, ranges', () => {
  it.each([
    ['"abc"', false, 'abc'],
    ['W/"abc"', true, 'abc'],
    ['""', false, ''],
  ])('entityTag(%j)', (input, weak, tag) => {
    const p = new Problems();
    expect(grammar.entityTag(input, 0, input.length, p)).toMatchObject({ weak, tag, span: { offset: 0, length: input.length } });
  });
  it('entityTag returns undefined when unquoted', () => {
    expect(grammar.entityTag('abc', 0, 3, new Problems())).toBeUndefined();
  });
  it('products and comments', () => {
    const p = new Problems();
    const text = 'Mozilla/5.0 (X11; Linux) Gecko/20100101 curl';
    const out = grammar.productsAndComments(text, 0, text.length, p);
    expect(out.map((x) => x.kind)).toEqual(['product', 'comment', 'product', 'product']);
    expect(p.list).toEqual([]);
  });
  it('challenges with params and token68', () => {
    const p = new Problems();
    const text = 'Basic realm="a, b", charset="UTF-8", Bearer, Negotiate abc==';
    const ch = grammar.challenges(text, 0, text.length, p);
    expect(ch.map((c) => [c.scheme, c.params.map((x) => x.name), c.token68])).toEqual([
      ['Basic', ['realm', 'charset'], undefined],
      ['Bearer', [], undefined],
      ['Negotiate', [], 'abc=='],
    ]);
    expect(p.list).toEqual([]);
  });
  it('credentials', () => {
    const p = new Problems();
    const text = 'Digest username="a", realm="r"';
    expect(grammar.credentials(text, 0, text.length, p)?.params.map((x) => x.value)).toEqual(['a', 'r']);
  });
  it.each([
    ['bytes=0-99, 200-, -5', [{ kind: 'int', first: 0, last: 99 }, { kind: 'int', first: 200 }, { kind: 'suffix', length: 5 }], []],
    ['bytes=a-b', [], ['HTTP2000@6+1']],
    ['pages=x1', [{ kind: 'other', text: 'x1' }], []],
  ])('rangesSpecifier(%j)', (input, ranges, expected) => {
    const p = new Problems();
    const r = grammar.rangesSpecifier(input, 0, input.length, p);
    expect(r?.ranges).toMatchObject(ranges);
    expect(codes(p)).toEqual(expected);
  });
  it.each([
    ['bytes 0-99/1000', { first: 0, last: 99, completeLength: 1000 }, []],
    ['bytes */1000', { completeLength: 1000 }, []],
    ['bytes 0-99/*', { first: 0, last: 99 }, []],
    ['bytes 0-99', undefined, ['HTTP2001@10+0']],
  ])('contentRange(%j)', (input, value, expected) => {
    const p = new Problems();
    const r = grammar.contentRange(input, 0, input.length, p);
    if (value) expect(r).toMatchObject(value);
    else expect(r).toBeUndefined();
    expect(codes(p)).toEqual(expected);
  });
});
