import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codeArea, codeNumber, SpanKeys } from '../src/span-keys.js';
import { CODES } from '@httplens/core';

describe('SpanKeys', () => {
  it('answers as a Set of "kind:offset:length" strings', () => {
    const triple = fc.tuple(fc.integer({ min: 0, max: SpanKeys.KINDS - 1 }), fc.integer({ min: 0, max: 50 }), fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 2 ** 31 })));
    fc.assert(
      fc.property(fc.array(triple, { maxLength: 200 }), (triples) => {
        const keys = new SpanKeys();
        const strings = new Set<string>();
        for (const [kind, offset, length] of triples) {
          const s = `${kind}:${offset}:${length}`;
          expect(keys.add(kind, offset, length)).toBe(!strings.has(s));
          strings.add(s);
        }
      }),
    );
  });

  it('keeps apart kinds, offsets and lengths that a sum would mix', () => {
    const keys = new SpanKeys();
    expect(keys.add(1, 0, 1)).toBe(true);
    expect(keys.add(SpanKeys.KINDS - 1, 0, 0)).toBe(true);
    expect(keys.add(0, 0, 1)).toBe(true);
    expect(keys.add(1, 1, 0)).toBe(true);
    expect(keys.add(2, 0, 1)).toBe(true);
    expect(keys.add(2, 0, 1)).toBe(false);
  });
});

describe('code numbers and areas', () => {
  it('gives every registered code its own number', () => {
    const codes = CODES.map((c) => c.code);
    expect(codes.length).toBeGreaterThan(100);
    const numbers = new Set(codes.map(codeNumber));
    expect(numbers.size).toBe(codes.length);
    expect([...numbers].every((n) => n >= 0 && n < 9999)).toBe(true);
  });

  it('puts every HTTP2xxx in one area and the others by their hundreds', () => {
    expect(codeArea('HTTP2000')).toBe(codeArea('HTTP2915'));
    expect(codeArea('HTTP3101')).toBe(codeArea('HTTP3199'));
    expect(codeArea('HTTP3101')).not.toBe(codeArea('HTTP3201'));
    expect(codeArea('HTTP0501')).not.toBe(codeArea('HTTP0401'));
    expect(codeNumber('HTTP0042')).toBe(42);
    expect(codeNumber('HTTPx042')).toBe(9999);
  });
});
