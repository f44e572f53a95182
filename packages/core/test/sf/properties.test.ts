import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseStructuredField,
  serializeStructuredField,
  type BareItem,
  type Dictionary,
  type InnerList,
  type Item,
  type List,
  type Parameters,
  type StructuredFieldType,
} from '@httplens/core';
import { STRUCTURED_FIELD_PARSERS } from '../../src/fields/structured.js';

const TYPES: StructuredFieldType[] = ['item', 'list', 'dictionary'];

// Text made mostly of the characters Structured Fields care about, so that the
// generator reaches deep into the grammar instead of failing at the first byte.
const sfChar = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...'abcxyz*-_.:/?@%"\\=;,() \t0123456789ABZ=+'.split('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
const sfText = fc.oneof(fc.string({ unit: sfChar, maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 40 }));

// ---- an arbitrary value of the model -------------------------------------------------
const TOKEN_CHARS = "abcxyzABCXYZ0189!#$%&'*+-.^_`|~:/";
const key = fc.stringMatching(/^[*a-z][\d*._a-z-]{0,6}$/);
const bare: fc.Arbitrary<BareItem> = fc.oneof(
  fc.bigInt({ min: -999_999_999_999_999n, max: 999_999_999_999_999n }).map((n) => ({ type: 'integer' as const, value: Number(n) })),
  fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 999_999_999_999n }), fc.integer({ min: 0, max: 999 }))
    .map(([neg, i, f]) => ({ type: 'decimal' as const, value: Number(`${neg ? '-' : ''}${i}.${String(f).padStart(3, '0')}`) + 0 })),
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 20 }).map((value) => ({ type: 'string' as const, value })),
  fc
    .tuple(fc.constantFrom(...'*AZaz'.split('')), fc.string({ unit: fc.constantFrom(...TOKEN_CHARS.split('')), maxLength: 8 }))
    .map(([first, rest]) => ({ type: 'token' as const, value: first + rest })),
  fc.uint8Array({ maxLength: 24 }).map((value) => ({ type: 'binary' as const, value })),
  fc.boolean().map((value) => ({ type: 'boolean' as const, value })),
  fc.integer({ min: -62_135_596_800, max: 253_402_214_400 }).map((value) => ({ type: 'date' as const, value })),
  fc.string({ unit: 'binary', maxLength: 12 }).map((value) => ({ type: 'displaystring' as const, value })),
);
const params: fc.Arbitrary<Parameters> = fc.uniqueArray(fc.tuple(key, bare), { selector: (p) => p[0], maxLength: 3 }).map((pairs) => new Map(pairs));
const item: fc.Arbitrary<Item> = fc.record({ value: bare, params });
const innerList: fc.Arbitrary<InnerList> = fc.record({ items: fc.array(item, { maxLength: 3 }), params });
const member = fc.oneof(item, innerList);
const list: fc.Arbitrary<List> = fc.array(member, { maxLength: 4 });
const dictionary: fc.Arbitrary<Dictionary> = fc.uniqueArray(fc.tuple(key, member), { selector: (p) => p[0], maxLength: 4 }).map((pairs) => new Map(pairs));

describe('parseStructuredField properties', () => {
  it('never throws, and an error offset lies inside the input', () => {
    fc.assert(
      fc.property(sfText, fc.constantFrom(...TYPES), (text, type) => {
        const r = parseStructuredField(text, type);
        if (!r.ok) {
          expect(r.error.offset).toBeGreaterThanOrEqual(0);
          expect(r.error.offset).toBeLessThanOrEqual(text.length);
          expect(r.error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('serialize(parse(x)) parses back to the same value', () => {
    let parsed = 0;
    fc.assert(
      fc.property(sfText, fc.constantFrom(...TYPES), (text, type) => {
        const r = parseStructuredField(text, type);
        if (!r.ok) return;
        parsed++;
        const again = parseStructuredField(serializeStructuredField(r.value), type);
        expect(again).toEqual(r);
      }),
      { numRuns: 3000 },
    );
    expect(parsed).toBeGreaterThan(100);
  });

  it('parse(serialize(v)) gives v back for every serialisable value', () => {
    fc.assert(
      fc.property(fc.oneof(item.map((v) => ['item', v] as const), list.map((v) => ['list', v] as const), dictionary.map((v) => ['dictionary', v] as const)), ([type, value]) => {
        const text = serializeStructuredField(value);
        const r = parseStructuredField(text, type);
        expect(r).toEqual({ ok: true, value });
        expect(serializeStructuredField(r.ok ? r.value : value)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('structured field parsers properties', () => {
  it('never throw, every span lies inside the value, and no two diagnostics share a span', () => {
    const names = STRUCTURED_FIELD_PARSERS.flatMap((p) => p.names.map((name) => [name, p] as const));
    fc.assert(
      fc.property(sfText, fc.constantFrom(...names), (text, [name, parser]) => {
        const r = parser.parse(text, { name, locale: 'en' });
        // Each problem is reported once: no two diagnostics share a span.
        const spans = r.diagnostics.map((d) => `${d.span.offset}:${d.span.length}`);
        expect(new Set(spans).size).toBe(spans.length);
        for (const d of r.diagnostics) {
          expect(d.span.offset).toBeGreaterThanOrEqual(0);
          expect(d.span.length).toBeGreaterThanOrEqual(0);
          expect(d.span.offset + d.span.length).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Median time of the input built for 8n over the one built for n. Each sample
 * runs the input k times, k chosen so that a sample of the small input takes a
 * few milliseconds; samples of the two inputs alternate.
 */
function growth(build: (n: number) => string, run: (text: string) => unknown, n: number): number {
  const small = build(n);
  const large = build(8 * n);
  for (let i = 0; i < 5; i++) {
    run(small);
    run(large);
  }
  // CPU time of this process: on a busy machine, wall-clock time also counts the
  // time other processes held the CPU.
  const sample = (text: string, k: number): number => {
    const t0 = process.cpuUsage();
    for (let i = 0; i < k; i++) run(text);
    const t = process.cpuUsage(t0);
    return (t.user + t.system) / 1000;
  };
  let k = 1;
  while (k < 1 << 16 && sample(small, k) < 4) k *= 2;
  // One slow sample (a collection, or code not yet optimised) can end that count early: the fastest of three sets k.
  const fastest = Math.min(sample(small, k), sample(small, k), sample(small, k));
  if (fastest < 4) k = Math.min(1 << 16, Math.ceil((k * 4) / Math.max(fastest, 0.01)));
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 9; i++) {
    a.push(sample(small, k));
    b.push(sample(large, k));
  }
  return median(b) / median(a);
}

/**
 * The growth ratio, measured again (up to three times) while it is above the
 * limit: a super-linear parser exceeds it every time, a pause of the garbage
 * collector or of the machine only once.
 */
function growthRatio(build: (n: number) => string, run: (text: string) => unknown, n: number, limit = 12): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 3 && best > limit; attempt++) best = Math.min(best, growth(build, run, n));
  return best;
}

describe('linear growth (median time of 8n over n at most 12)', () => {
  const priority = STRUCTURED_FIELD_PARSERS.find((p) => p.names.includes('priority'))!;
  // Inputs whose result stays small stress the scanners at large n; inputs whose
  // result holds a value per member use a smaller n, so that the comparison
  // measures the parser rather than the garbage collector copying a large result.
  const cases: [string, StructuredFieldType, (n: number) => string, number][] = [
    ['many list members', 'list', (n) => 'a, '.repeat(n) + 'a', 200],
    ['many dictionary keys', 'dictionary', (n) => Array.from({ length: n }, (_, i) => `k${i}=${i}`).join(', '), 100],
    ['a long inner list', 'list', (n) => '(' + 'a '.repeat(n) + ')', 200],
    ['one dictionary key repeated', 'dictionary', (n) => 'a=1, '.repeat(n) + 'a=2', 2000],
    ['a list that fails at the end', 'list', (n) => 'a;b=1, '.repeat(n) + '!', 500],
    ['an unclosed inner list', 'list', (n) => '(' + '"x" '.repeat(n), 500],
    ['escapes in a string', 'item', (n) => '"' + '\\"x'.repeat(n) + '"', 4000],
    ['one key repeated as a parameter', 'item', (n) => 'a' + ';b'.repeat(n), 4000],
    ['percent-encoding in a display string', 'item', (n) => '%"' + '%c3%bc'.repeat(n) + '"', 4000],
    ['a long byte sequence', 'item', (n) => ':' + 'AAAA'.repeat(n) + ':', 4000],
    ['a long token', 'item', (n) => 'a' + 'b:/'.repeat(n), 4000],
    ['spaces before a failure', 'dictionary', (n) => 'a=1' + ' '.repeat(n) + 'x', 4000],
  ];
  it.each(cases)('%s', (_name, type, build, n) => {
    const ratio = growthRatio(build, (text) => parseStructuredField(text, type), n);
    console.log(`growth ${_name}: ${ratio.toFixed(2)}`);
    expect(ratio).toBeLessThanOrEqual(12);
  });
  it('a field parser recording spans (Priority with many members)', () => {
    const ratio = growthRatio(
      (n) => Array.from({ length: n }, (_, i) => `x${i}=${i % 9}`).join(', '),
      (text) => priority.parse(text, { name: 'Priority', locale: 'en' }),
      100,
    );
    expect(ratio).toBeLessThanOrEqual(12);
  });
});
