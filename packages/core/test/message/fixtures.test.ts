import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { framingCodes } from '../../src/codes/blocks/framing.js';
import { parseMessage, type FieldLine, type ParseMessageOptions } from '../../src/message/index.js';

// Each fixture is a pair: `<name>.raw` holds the exact bytes (kept byte for byte by
// .gitattributes), `<name>.json` the options, the expected diagnostics (code, severity,
// span and the text under the span), the start-line and field spans, the body and the rest.

interface SpanText {
  offset: number;
  length: number;
  text: string;
}
interface FieldExpectation {
  name: string;
  value: string;
  span: SpanText;
  nameSpan: SpanText;
  valueSpan: SpanText;
}
interface Fixture {
  description: string;
  options: ParseMessageOptions;
  kind: 'request' | 'response';
  method?: string;
  target?: string;
  version: string;
  status?: number;
  reason?: string;
  diagnostics: { code: string; severity: string; span: SpanText }[];
  startLine?: Record<string, SpanText>;
  fields: FieldExpectation[];
  trailers: FieldExpectation[];
  body?: { framing: string; span: { offset: number; length: number }; bytes: string };
  rest: { offset: number; length: number } | null;
}

const dir = new URL('./fixtures/', import.meta.url);
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.raw'))
  .map((f) => f.slice(0, -4))
  .sort();
const latin1 = (bytes: Uint8Array): string => {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
};

describe('raw message fixtures', () => {
  it('has at least 120 fixtures, each with its expectations', () => {
    expect(names.length).toBeGreaterThanOrEqual(120);
    const json = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
    expect(json).toEqual(names);
  });

  it('covers every framing code reported by parseMessage', () => {
    const seen = new Set<string>();
    for (const name of names) {
      const fx = JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8')) as Fixture;
      for (const d of fx.diagnostics) seen.add(d.code);
    }
    // HTTP0151 comes from messageFromHeaders only (tested in api.test.ts).
    const expected = framingCodes.map((c) => c.code).filter((c) => c !== 'HTTP0151');
    expect(expected.filter((c) => !seen.has(c))).toEqual([]);
  });

  it.each(names)('%s', (name) => {
    const bytes = new Uint8Array(readFileSync(new URL(`${name}.raw`, dir)));
    const fx = JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8')) as Fixture;
    const text = latin1(bytes);
    const withText = (s: { offset: number; length: number }): SpanText => ({ ...s, text: text.slice(s.offset, s.offset + s.length) });
    const fields = (list: FieldLine[]): FieldExpectation[] =>
      list.map((f) => ({ name: f.name, value: f.value, span: withText(f.span), nameSpan: withText(f.nameSpan), valueSpan: withText(f.valueSpan) }));

    // the same message from bytes and from the Latin-1 string
    for (const input of [bytes, text]) {
      const m = parseMessage(input, fx.options);
      expect(m.diagnostics.map((d) => ({ code: d.code, severity: d.severity, span: withText(d.span) }))).toEqual(fx.diagnostics);
      expect({ kind: m.kind, method: m.method, target: m.target, version: m.version, status: m.status, reason: m.reason }).toEqual({
        kind: fx.kind,
        method: fx.method,
        target: fx.target,
        version: fx.version,
        status: fx.status,
        reason: fx.reason,
      });
      if (fx.startLine) {
        expect(Object.fromEntries(Object.entries(m.startLine ?? {}).map(([k, v]) => [k, withText(v as { offset: number; length: number })]))).toEqual(fx.startLine);
      }
      expect(fields(m.fields)).toEqual(fx.fields);
      expect(fields(m.trailers)).toEqual(fx.trailers);
      if (fx.body) {
        expect({ framing: m.body?.framing, span: m.body?.span, bytes: latin1(m.body?.bytes ?? new Uint8Array()) }).toEqual(fx.body);
      }
      expect(m.rest ?? null).toEqual(fx.rest);
      // the JSON's span texts are what the spans cover in the raw bytes
      for (const d of fx.diagnostics) expect(text.slice(d.span.offset, d.span.offset + d.span.length)).toBe(d.span.text);
      // no two diagnostics share a span and an area (DESIGN.md)
      const keys = m.diagnostics.map((d) => `${d.span.offset}:${d.span.length}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});
