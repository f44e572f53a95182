/**
 * Converts between the JSON encoding of the structured-field-tests suite
 * (README of ../shared/reference/structured-field-tests) and the value model of
 * @httplens/core. Numbers keep their written form (`1.0` is a Decimal, `1` an
 * Integer), so the JSON text is read with a small parser that keeps number lexemes.
 */
import type { BareItem, Dictionary, InnerList, Item, List, Member, Parameters, StructuredFieldValue } from '@httplens/core';

export type Json = null | boolean | string | JsonNumber | Json[] | { [key: string]: Json };
export class JsonNumber {
  constructor(readonly text: string) {}
}

/** JSON.parse that keeps number lexemes (`1.0` vs `1`). */
export function parseJsonKeepingNumbers(text: string): Json {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const value = (): Json => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, Json> = {};
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        const key = value() as string;
        ws();
        if (text[i++] !== ':') throw new Error(`expected : at ${i}`);
        obj[key] = value();
        ws();
        const d = text[i++];
        if (d === '}') return obj;
        if (d !== ',') throw new Error(`expected , at ${i}`);
      }
    }
    if (c === '[') {
      i++;
      const arr: Json[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value());
        ws();
        const d = text[i++];
        if (d === ']') return arr;
        if (d !== ',') throw new Error(`expected , at ${i}`);
      }
    }
    if (c === '"') {
      const start = i;
      i++;
      while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
      return JSON.parse(text.slice(start, i)) as string;
    }
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    const m = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/i.exec(text.slice(i, i + 64));
    if (!m) throw new Error(`unexpected ${c} at ${i}`);
    i += m[0].length;
    return new JsonNumber(m[0]);
  };
  const v = value();
  ws();
  if (i !== text.length) throw new Error('trailing text');
  return v;
}

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export function base32Decode(s: string): Uint8Array {
  let end = s.length;
  while (end > 0 && s[end - 1] === '=') end--;
  const clean = s.slice(0, end);
  const out: number[] = [];
  let bits = 0;
  let acc = 0;
  for (const ch of clean) {
    const v = B32.indexOf(ch);
    if (v < 0) throw new Error(`bad base32 ${ch}`);
    acc = (acc << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return new Uint8Array(out);
}

export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let acc = 0;
  for (const b of bytes) {
    acc = ((acc << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += B32[(acc >> bits) & 31];
    }
  }
  if (bits > 0) out += B32[(acc << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += '=';
  return out;
}

function bareFromJson(j: Json): BareItem {
  if (j instanceof JsonNumber) {
    const isDecimal = /[.e]/i.test(j.text);
    return { type: isDecimal ? 'decimal' : 'integer', value: Number(j.text) };
  }
  if (typeof j === 'string') return { type: 'string', value: j };
  if (typeof j === 'boolean') return { type: 'boolean', value: j };
  if (j && typeof j === 'object' && !Array.isArray(j)) {
    const type = j.__type;
    const v = j.value;
    if (type === 'token' && typeof v === 'string') return { type: 'token', value: v };
    if (type === 'binary' && typeof v === 'string') return { type: 'binary', value: base32Decode(v) };
    if (type === 'date' && v instanceof JsonNumber) return { type: 'date', value: Number(v.text) };
    if (type === 'displaystring' && typeof v === 'string') return { type: 'displaystring', value: v };
  }
  throw new Error(`not a bare item: ${JSON.stringify(j)}`);
}

function paramsFromJson(j: Json): Parameters {
  const params: Parameters = new Map();
  for (const pair of j as [string, Json][]) params.set(pair[0], bareFromJson(pair[1]));
  return params;
}

function memberFromJson(j: Json): Member {
  const [v, p] = j as [Json, Json];
  if (Array.isArray(v)) return { items: v.map((x) => memberFromJson(x) as Item), params: paramsFromJson(p) } satisfies InnerList;
  return { value: bareFromJson(v), params: paramsFromJson(p) };
}

/** The `expected` member of a test record, in the value model. */
export function fromJson(j: Json, type: 'item' | 'list' | 'dictionary'): StructuredFieldValue {
  if (type === 'item') return memberFromJson(j) as Item;
  if (type === 'list') return (j as Json[]).map(memberFromJson) satisfies List;
  const dict: Dictionary = new Map();
  for (const [key, member] of j as [string, Json][]) dict.set(key, memberFromJson(member));
  return dict;
}

function bareToJson(b: BareItem): unknown {
  switch (b.type) {
    case 'integer':
    case 'decimal':
    case 'string':
    case 'boolean':
      return b.value;
    case 'token':
      return { __type: 'token', value: b.value };
    case 'binary':
      return { __type: 'binary', value: base32Encode(b.value) };
    case 'date':
      return { __type: 'date', value: b.value };
    case 'displaystring':
      return { __type: 'displaystring', value: b.value };
  }
}

function memberToJson(m: Member): unknown {
  const params = [...m.params].map(([k, v]) => [k, bareToJson(v)]);
  if ('items' in m) return [m.items.map(memberToJson), params];
  return [bareToJson(m.value), params];
}

/** The value model in the suite's JSON encoding (numbers lose integer/decimal). */
export function toJson(value: StructuredFieldValue): unknown {
  if (value instanceof Map) return [...value].map(([k, m]) => [k, memberToJson(m)]);
  if (Array.isArray(value)) return value.map(memberToJson);
  return memberToJson(value);
}
