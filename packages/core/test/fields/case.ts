import { expect } from 'vitest';
import { parseField, type Direction } from '@httplens/core';

/**
 * One table row: field name, value, expected codes (`HTTP3204`, or
 * `HTTP3204@offset+length` to pin the span), and optionally the expected parsed
 * value (matched with toMatchObject; `null` means "no value").
 */
export type FieldCase = [field: string, value: string, codes: string[], value?: unknown, direction?: Direction];

export function runCase([field, value, codes, expected, direction]: FieldCase): void {
  const result = parseField(field, value, direction ? { direction } : {});
  const actual = result.diagnostics.map((d) => d.code);
  const wanted = codes.map((c) => c.split('@')[0]);
  expect(actual.sort(), JSON.stringify(result.diagnostics.map((d) => [d.code, d.span, d.message]))).toEqual(wanted.sort());
  for (const c of codes) {
    const at = c.indexOf('@');
    if (at < 0) continue;
    const [offset, length] = c.slice(at + 1).split('+').map(Number);
    expect(result.diagnostics.some((d) => d.code === c.slice(0, at) && d.span.offset === offset && d.span.length === length), `${c} span`).toBe(true);
  }
  // each problem once: no two diagnostics of the same area on the same span
  const keys = result.diagnostics.map((d) => `${d.code.startsWith('HTTP2') ? 'HTTP2' : d.code.slice(0, 6)}:${d.span.offset}:${d.span.length}`);
  expect(new Set(keys).size, `duplicate area and span in ${JSON.stringify(keys)}`).toBe(keys.length);
  for (const d of result.diagnostics) {
    expect(d.span.offset).toBeGreaterThanOrEqual(0);
    expect(d.span.offset + d.span.length).toBeLessThanOrEqual(value.length);
  }
  if (expected === null) expect(result.value).toBeUndefined();
  else if (expected !== undefined) {
    if (typeof expected === 'object') expect(result.value).toMatchObject(expected as object);
    else expect(result.value).toEqual(expected);
  }
}
