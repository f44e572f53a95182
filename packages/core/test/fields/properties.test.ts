import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fieldsWithParsers, getFieldParser, type FieldParserDefinition } from '@httplens/core';

const NAMES = fieldsWithParsers();

/** Characters that drive the field grammars into their interesting paths. */
const HEADERISH = fc.string({
  unit: fc.constantFrom(...'aZ09-_.~!#$%&\'*+^`|/=;,:@?<>[]{}()"\\ \t*qW\u00e9\u4e2d\r\n\0'.split('')),
  maxLength: 80,
});

function checkSpans(parser: FieldParserDefinition, name: string, value: string): void {
  const r = parser.parse(value, { name, locale: 'en' });
  for (const d of r.diagnostics) {
    if (d.span.offset < 0 || d.span.length < 0 || d.span.offset + d.span.length > value.length) {
      throw new Error(`${name}: span ${JSON.stringify(d.span)} outside ${JSON.stringify(value)} (${d.code})`);
    }
  }
  // DESIGN.md: each problem is reported once; two diagnostics never share a span and an area
  const keys = r.diagnostics.map((d) => `${d.code.startsWith('HTTP2') ? 'HTTP2' : d.code.slice(0, 6)}:${d.span.offset}:${d.span.length}`);
  if (new Set(keys).size !== keys.length) throw new Error(`${name}: two diagnostics share a span and an area on ${JSON.stringify(value)}: ${keys.join(' ')}`);
}

describe('every registered field parser', () => {
  it('has parsers to test', () => {
    expect(NAMES.length).toBeGreaterThan(100);
  });

  it.each(NAMES.map((n) => [n]))('%s returns on arbitrary strings, spans inside the value, each problem once', (name) => {
    const parser = getFieldParser(name) as FieldParserDefinition;
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), HEADERISH, fc.string({ unit: 'binary', maxLength: 40 })), (value) => {
        checkSpans(parser, name, value);
      }),
      { numRuns: 150 },
    );
  });
});

/** Inputs that make naive scanners quadratic: long runs of separators, openers and repeated elements. */
const PATHOLOGICAL = ['a,', ', ', '"', '\\"', '(', '((', 'a;', 'a=', ';a="b"', '<a>;', '<', 'W/"a",', '1-2,', '[', ':', '=', '*/*;q=0.5,', 'a@', '{"a":', 'x ', '%', 'a=b; '];

/** CPU time of this process in milliseconds: unlike wall time, it does not count other processes on a busy machine. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function timeOnce(parser: FieldParserDefinition, name: string, inputs: readonly string[], reps: number): number {
  const t0 = cpuMs();
  for (let r = 0; r < reps; r++) for (const v of inputs) parser.parse(v, { name, locale: 'en' });
  return cpuMs() - t0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/**
 * The growth ratio of a parser: CPU time on the 8x inputs over CPU time on the small
 * ones. Each sample times both back to back and the median of the per-sample ratios
 * counts, so a busy machine does not skew it. A parser that really grows faster than
 * linearly exceeds 12 on every attempt (about 64 for a quadratic one); a noisy
 * measurement gets two more attempts, and the best one is returned.
 */
function growthRatio(parser: FieldParserDefinition, name: string, small: readonly string[], large: readonly string[], attempts = 3, targetMs = 3): { ratio: number; detail: string } {
  // Warm up until the parser's code is optimised: repetitions counted on cold code
  // would leave the timed samples at a fraction of a millisecond, where one
  // collection or one scheduler tick decides the ratio.
  let warm = 0;
  for (let i = 0; i < 1000 && warm < 3 * targetMs; i++) warm += timeOnce(parser, name, small, 1) + timeOnce(parser, name, large, 1);
  let reps = 1;
  while (reps < 4096 && timeOnce(parser, name, small, reps) < targetMs) reps *= 2;
  // One slow call (a collection) can end that count early: the fastest of three sets it.
  const fastest = Math.min(timeOnce(parser, name, small, reps), timeOnce(parser, name, small, reps), timeOnce(parser, name, small, reps));
  if (fastest < targetMs) reps = Math.min(4096, Math.ceil((reps * targetMs) / Math.max(fastest, 0.01)));
  let best = { ratio: Number.POSITIVE_INFINITY, detail: '' };
  for (let attempt = 0; attempt < attempts && best.ratio > 12; attempt++) {
    const ratios: number[] = [];
    const ts: number[] = [];
    const tl: number[] = [];
    for (let k = 0; k < 5; k++) {
      const a = timeOnce(parser, name, small, reps);
      const b = timeOnce(parser, name, large, reps);
      ts.push(a);
      tl.push(b);
      ratios.push(b / a);
    }
    const ratio = median(ratios);
    // Samples that came out short (the machine was slow while counting) are lengthened for the next attempt.
    if (median(ts) < targetMs / 2 && reps < 4096) reps *= 2;
    if (ratio < best.ratio) best = { ratio, detail: `${name}: median ${median(ts).toFixed(2)}ms -> ${median(tl).toFixed(2)}ms, ratio ${ratio.toFixed(1)}` };
  }
  return best;
}

describe('linear growth', () => {
  const n = 500;
  const small = PATHOLOGICAL.map((p) => p.repeat(Math.ceil(n / p.length)));
  const large = PATHOLOGICAL.map((p) => p.repeat(Math.ceil((8 * n) / p.length)));

  it('detects a quadratic parser (the measurement can fail)', () => {
    const quadratic: FieldParserDefinition = {
      names: ['x-quadratic'],
      parse(value) {
        let count = 0;
        for (let i = 0; i < value.length; i++) for (let j = i; j < value.length; j++) if (value.charCodeAt(j) === value.charCodeAt(i)) count++;
        return { value: count, diagnostics: [] };
      },
    };
    const s = ['a,', '"'].map((p) => p.repeat(100));
    const l = ['a,', '"'].map((p) => p.repeat(800));
    expect(growthRatio(quadratic, 'X-Quadratic', s, l, 1, 1).ratio).toBeGreaterThan(12);
  });

  it.each(NAMES.map((x) => [x]))('%s: 8x larger pathological inputs take at most 12x the time', (name) => {
    const parser = getFieldParser(name) as FieldParserDefinition;
    const r = growthRatio(parser, name, small, large);
    expect(r.ratio, r.detail).toBeLessThanOrEqual(12);
  });
});
