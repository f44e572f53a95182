import { describe, expect, it } from 'vitest';
import {
  isInnerList,
  parseStructuredField,
  parseStructuredFieldWithSpans,
  SerializeError,
  serializeStructuredField,
  type Dictionary,
  type Item,
  type List,
  type SfErrorReason,
  type StructuredFieldType,
  type StructuredFieldValue,
} from '@httplens/core';

describe('parse errors: reason and offset', () => {
  // input, type, reason, offset where parsing stopped
  const cases: [string, StructuredFieldType, SfErrorReason, number][] = [
    ['', 'item', 'empty', 0],
    ['   ', 'item', 'empty', 3],
    ["'a'", 'item', 'expectedItem', 0],
    ['a, ,b', 'list', 'expectedItem', 3],
    ['a b', 'list', 'expectedComma', 2],
    ['a,', 'list', 'trailingComma', 2],
    ['a=1, ', 'dictionary', 'trailingComma', 5],
    ['A=1', 'dictionary', 'expectedKey', 0],
    ['a;B', 'item', 'expectedKey', 2],
    ['a b', 'item', 'trailingCharacters', 2],
    ['1234567890123456', 'item', 'invalidNumber', 0],
    ['1.2345', 'item', 'invalidNumber', 5],
    ['1.', 'item', 'invalidNumber', 2],
    ['-', 'item', 'invalidNumber', 1],
    ['"a\\b"', 'item', 'invalidString', 3],
    ['"ab', 'item', 'invalidString', 3],
    ['"a\tb"', 'item', 'invalidString', 2],
    [':YWJj', 'item', 'invalidBinary', 5],
    [':YW=Jj:', 'item', 'invalidBinary', 3],
    [':YW_j:', 'item', 'invalidBinary', 3],
    ['?2', 'item', 'invalidBoolean', 1],
    ['@1.5', 'item', 'invalidDate', 2],
    ['@x', 'item', 'invalidDate', 1],
    ['%"%C3%BC"', 'item', 'invalidDisplayString', 2],
    ['%"%c3"', 'item', 'invalidDisplayString', 0],
    ['%abc', 'item', 'invalidDisplayString', 1],
    ['(a,b)', 'list', 'invalidInnerList', 2],
    ['(a b', 'list', 'invalidInnerList', 4],
  ];
  it.each(cases)('%j as %s -> %s at %d', (text, type, reason, offset) => {
    const r = parseStructuredField(text, type);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.reason).toBe(reason);
    expect(r.error.offset).toBe(offset);
    expect(r.error.message).toMatch(/\w/);
  });

  it('throws only on invalid arguments', () => {
    expect(() => parseStructuredField(42 as unknown as string, 'item')).toThrow(TypeError);
    expect(() => parseStructuredField('a', 'map' as StructuredFieldType)).toThrow(TypeError);
  });
});

describe('values', () => {
  it('keeps tokens, strings, integers, decimals and dates apart', () => {
    const r = parseStructuredField('a, "a", 1, 1.0, @1, ?1, :AQI=:, %"\u0061"', 'list');
    expect(r.ok && r.value.map((m) => (isInnerList(m) ? 'inner' : m.value.type))).toEqual([
      'token',
      'string',
      'integer',
      'decimal',
      'date',
      'boolean',
      'binary',
      'displaystring',
    ]);
    expect(r.ok && (r.value[6] as Item).value.value).toEqual(new Uint8Array([1, 2]));
  });

  it('keeps the order of parameters and dictionary members; a repeated key keeps its place and takes the last value', () => {
    const r = parseStructuredField('b=1, a;y=1;x=2;y=3, b=2', 'dictionary');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([...r.value.keys()]).toEqual(['b', 'a']);
    expect((r.value.get('b') as Item).value).toEqual({ type: 'integer', value: 2 });
    expect([...(r.value.get('a') as Item).params]).toEqual([
      ['y', { type: 'integer', value: 3 }],
      ['x', { type: 'integer', value: 2 }],
    ]);
  });

  it('shares one read-only empty parameters map', () => {
    const r = parseStructuredField('a, b', 'list');
    if (!r.ok) throw new Error('parse failed');
    const [a, b] = r.value as [Item, Item];
    expect(a.params).toBe(b.params);
    expect(a.params.size).toBe(0);
    expect(() => a.params.set('x', { type: 'boolean', value: true })).toThrow(TypeError);
    const copy = new Map(a.params).set('x', { type: 'boolean', value: true });
    expect(serializeStructuredField({ value: a.value, params: copy })).toBe('a;x');
  });
});

describe('spans', () => {
  it('locates items, inner lists, bare items, members and parameters', () => {
    const text = 'sig1=("@method" "@path");created=1, u=9;p';
    const r = parseStructuredFieldWithSpans(text, 'dictionary');
    if (!r.ok) throw new Error('parse failed');
    const at = (s: { offset: number; length: number } | undefined) => (s ? text.slice(s.offset, s.offset + s.length) : undefined);
    const sig = r.value.get('sig1');
    if (!sig || !isInnerList(sig)) throw new Error('not an inner list');
    expect(at(r.spans.of(sig))).toBe('("@method" "@path");created=1');
    expect(at(r.spans.of(sig.items[1] as Item))).toBe('"@path"');
    expect(at(r.spans.ofKey(r.value, 'sig1'))).toBe('sig1=("@method" "@path");created=1');
    expect(at(r.spans.ofKeyName(r.value, 'sig1'))).toBe('sig1');
    expect(at(r.spans.ofKey(sig.params, 'created'))).toBe('created=1');
    const u = r.value.get('u') as Item;
    expect(at(r.spans.of(u.value))).toBe('9');
    expect(at(r.spans.of(u))).toBe('9;p');
    expect(at(r.spans.ofKey(u.params, 'p'))).toBe('p');
    expect(r.spans.ofKey(r.value, 'missing')).toBeUndefined();
    expect(r.spans.replaced).toEqual([]);
  });

  it('records the members and parameters that a repeated key replaced', () => {
    const text = 'a=1;p=1;p=2, b, a=3';
    const r = parseStructuredFieldWithSpans(text, 'dictionary');
    expect(r.spans.replaced.map(({ key, span }) => [key, text.slice(span.offset, span.offset + span.length)])).toEqual([
      ['p', 'p=1'],
      ['a', 'a=1;p=1;p=2'],
    ]);
  });
});

describe('serializeStructuredField', () => {
  const item = (value: Item['value'], params: Item['params'] = new Map()): Item => ({ value, params });
  it.each([
    ['a key with an upper-case letter', new Map([['A', item({ type: 'integer', value: 1 })]]) as Dictionary],
    ['a token starting with a digit', item({ type: 'token', value: '1a' })],
    ['an empty token', item({ type: 'token', value: '' })],
    ['a string with a non-ASCII character', item({ type: 'string', value: 'é' })],
    ['a string with a tab', item({ type: 'string', value: 'a\tb' })],
    ['an integer with 16 digits', item({ type: 'integer', value: 1e15 })],
    ['an integer that is not whole', item({ type: 'integer', value: 1.5 })],
    ['a decimal that is not finite', item({ type: 'decimal', value: Number.NaN })],
    ['a decimal with 13 integer digits', item({ type: 'decimal', value: 1e12 })],
    ['a date that is not whole', item({ type: 'date', value: 1.5 })],
    ['a display string with a lone surrogate', item({ type: 'displaystring', value: 'a\ud800' })],
    ['bytes that are not a Uint8Array', item({ type: 'binary', value: [1, 2] as unknown as Uint8Array })],
    ['parameters that are not a Map', { value: { type: 'boolean', value: true }, params: {} } as unknown as Item],
    ['an unknown bare item type', item({ type: 'float', value: 1 } as unknown as Item['value'])],
    ['an inner list inside an inner list', [{ items: [{ items: [], params: new Map() }], params: new Map() }] as unknown as List],
    ['something that is no value', 'a' as unknown as StructuredFieldValue],
  ] as [string, StructuredFieldValue][])('throws a SerializeError on %s', (_name, value) => {
    expect(() => serializeStructuredField(value)).toThrow(SerializeError);
  });

  it.each([
    [item({ type: 'decimal', value: 1 }), '1.0'],
    [item({ type: 'decimal', value: -1.5 }), '-1.5'],
    [item({ type: 'decimal', value: 0.0005 }), '0.0'],
    [item({ type: 'decimal', value: 0.0015 }), '0.002'],
    [item({ type: 'decimal', value: -0.0001 }), '0.0'],
    [item({ type: 'decimal', value: 123456789012.1235 }), '123456789012.124'],
    [item({ type: 'integer', value: -0 }), '0'],
    [item({ type: 'string', value: 'a "b" \\ c' }), '"a \\"b\\" \\\\ c"'],
    [item({ type: 'displaystring', value: 'füü "%"' }), '%"f%c3%bc%c3%bc %22%25%22"'],
    [item({ type: 'binary', value: new Uint8Array([0xff, 0xfe]) }), '://4=:'],
    [item({ type: 'date', value: -1 }), '@-1'],
    [new Map([['a', item({ type: 'boolean', value: true }, new Map([['b', { type: 'boolean', value: false }]]))]]) as Dictionary, 'a;b=?0'],
    [[] as List, ''],
  ] as [StructuredFieldValue, string][])('%# serialises to %s', (value, text) => {
    expect(serializeStructuredField(value)).toBe(text);
  });
});
