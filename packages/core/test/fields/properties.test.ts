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
}

describe('every registered field parser', () => {
  it('has parsers to test', () => {
    expect(NAMES.length).toBeGreaterThan(100);
  });

  it.each(NAMES.map((n) => [n]))('%s returns on arbitrary strings, with spans inside the value', (name) => {
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

describe('linear growth', () => {
  const n = 500;
  const small = PATHOLOGICAL.map((p) => p.repeat(Math.ceil(n / p.length)));
  const large = PATHOLOGICAL.map((p) => p.repeat(Math.ceil((8 * n) / p.length)));

  // Each sample times the small and the large inputs back to back (CPU time), and the
  // median of the per-sample ratios is compared, so a busy machine does not skew it.
  it.each(NAMES.map((x) => [x]))('%s: 8x larger pathological inputs take at most 12x the time', (name) => {
    const parser = getFieldParser(name) as FieldParserDefinition;
    timeOnce(parser, name, small, 3);
    timeOnce(parser, name, large, 1);
    let reps = 1;
    while (reps < 4096 && timeOnce(parser, name, small, reps) < 6) reps *= 2;
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
    expect(median(ratios), `${name}: median ${median(ts).toFixed(2)}ms -> ${median(tl).toFixed(2)}ms`).toBeLessThanOrEqual(12);
  });
});
