import { describe, expect, it } from 'vitest';
import { getDiagnosticInfo, parseField } from '@httplens/core';
import { REAL_WORLD_FIELDS } from './real-world-fields.js';

// Field values as real servers and browsers send them, and the RFCs' own examples,
// each with the verdict its specification gives (see real-world-fields.ts).
describe('real-world field values', () => {
  it('holds at least 150 values, each with the section behind its verdict', () => {
    expect(REAL_WORLD_FIELDS.length).toBeGreaterThanOrEqual(150);
    for (const row of REAL_WORLD_FIELDS) expect(row.section.length, `${row.field}: ${row.value}`).toBeGreaterThan(3);
  });

  it('gives no error or warning that a row does not expect', () => {
    // The rows that must be clean, checked together so a failure lists them all.
    const wrong: string[] = [];
    for (const row of REAL_WORLD_FIELDS) {
      const expected = new Set(row.expect.map((c) => c.split('@')[0]));
      const r = parseField(row.field, row.value, { direction: row.direction ?? 'response' });
      for (const d of r.diagnostics) {
        if ((d.severity === 'error' || d.severity === 'warning') && !expected.has(d.code)) wrong.push(`${row.field}: ${row.value} -> ${d.code} ${d.message}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(REAL_WORLD_FIELDS.map((row, i) => [i, row] as const))('%i %j', (_i, row) => {
    const r = parseField(row.field, row.value, { direction: row.direction ?? 'response' });
    const actual = r.diagnostics.map((d) => d.code).sort();
    expect(actual, `${row.section}: ${JSON.stringify(r.diagnostics.map((d) => [d.code, d.span, d.message]))}`).toEqual(row.expect.map((c) => c.split('@')[0]).sort());
    for (const c of row.expect) {
      const at = c.indexOf('@');
      if (at < 0) continue;
      const [offset, length] = c.slice(at + 1).split('+').map(Number);
      expect(r.diagnostics.some((d) => d.code === c.slice(0, at) && d.span.offset === offset && d.span.length === length), `${c} span`).toBe(true);
    }
    const keys = new Set<string>();
    for (const d of r.diagnostics) {
      expect(d.span.offset + d.span.length).toBeLessThanOrEqual(row.value.length);
      const key = `${d.code.slice(0, 6)}:${d.span.offset}:${d.span.length}`;
      expect(keys.has(key), `two diagnostics of one area on ${key}`).toBe(false);
      keys.add(key);
      expect(getDiagnosticInfo(d.code), d.code).toBeDefined();
    }
  });

  it('renders every diagnostic of the corpus in both languages, with no placeholder left', () => {
    for (const row of REAL_WORLD_FIELDS) {
      const options = { direction: row.direction ?? 'response' } as const;
      const en = parseField(row.field, row.value, options).diagnostics;
      const zh = parseField(row.field, row.value, { ...options, locale: 'zh-CN' }).diagnostics;
      expect(zh.map((d) => d.code)).toEqual(en.map((d) => d.code));
      for (const d of en) expect(d.message, d.code).not.toMatch(/\{\w+\}|undefined/);
      for (const d of zh) {
        expect(d.message, d.code).not.toMatch(/\{\w+\}|undefined/);
        expect(d.message, d.code).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
});
