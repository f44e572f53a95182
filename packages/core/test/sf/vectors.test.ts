import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseStructuredField, serializeStructuredField, type StructuredFieldType } from '@httplens/core';
import { fromJson, parseJsonKeepingNumbers, type Json, JsonNumber } from './json-model.js';

/** The shared RFC 9651 test suite (github.com/httpwg/structured-field-tests). */
const ROOT = resolve(import.meta.dirname, '../../../../../shared/reference/structured-field-tests');

interface TestRecord {
  name: string;
  raw?: string[];
  header_type: StructuredFieldType;
  expected?: Json;
  must_fail?: boolean;
  can_fail?: boolean;
  canonical?: string[];
}

function load(file: string): TestRecord[] {
  const json = parseJsonKeepingNumbers(readFileSync(file, 'utf8')) as unknown as Record<string, Json>[];
  return json.map((r) => ({
    name: r.name as string,
    raw: r.raw as string[] | undefined,
    header_type: r.header_type as StructuredFieldType,
    expected: r.expected,
    must_fail: r.must_fail === true,
    can_fail: r.can_fail === true,
    canonical: r.canonical as string[] | undefined,
  }));
}

const parsingFiles = readdirSync(ROOT).filter((f) => f.endsWith('.json')).sort();
const serialisationFiles = readdirSync(join(ROOT, 'serialisation-tests')).filter((f) => f.endsWith('.json')).sort();
const counts = { parsing: 0, canonical: 0, serialisation: 0 };
const total = { parsing: 0, canonical: 0, serialisation: 0 };

describe('structured-field-tests: parsing and canonical serialisation', () => {
  for (const file of parsingFiles) {
    describe(file, () => {
      for (const t of load(join(ROOT, file))) {
        total.parsing++;
        if (!t.must_fail) total.canonical++;
        it(t.name, () => {
          expect(t.raw).toBeDefined();
          const text = t.raw!.join(', ');
          const result = parseStructuredField(text, t.header_type);
          if (t.must_fail) {
            expect(result.ok, `${t.name} must fail`).toBe(false);
            if (!result.ok) {
              expect(result.error.offset).toBeGreaterThanOrEqual(0);
              expect(result.error.offset).toBeLessThanOrEqual(text.length);
            }
            counts.parsing++;
            return;
          }
          if (t.can_fail && !result.ok) {
            counts.parsing++;
            return;
          }
          expect(result.ok, result.ok ? '' : result.error.message).toBe(true);
          if (!result.ok) return;
          const expected = fromJson(t.expected!, t.header_type);
          expect(result.value).toEqual(expected);
          counts.parsing++;
          // Canonical serialisation of the expected value: `canonical`, else `raw`.
          const canonical = t.canonical ?? t.raw!;
          expect(serializeStructuredField(expected)).toBe(canonical.length === 0 ? '' : canonical.join(', '));
          // Serialising what we parsed gives the same text.
          expect(serializeStructuredField(result.value)).toBe(canonical.length === 0 ? '' : canonical.join(', '));
          counts.canonical++;
        });
      }
    });
  }
});

describe('structured-field-tests: serialisation-tests', () => {
  for (const file of serialisationFiles) {
    describe(file, () => {
      for (const t of load(join(ROOT, 'serialisation-tests', file))) {
        total.serialisation++;
        it(t.name, () => {
          const value = fromJson(t.expected!, t.header_type);
          if (t.must_fail) {
            expect(() => serializeStructuredField(value)).toThrow();
          } else {
            expect(serializeStructuredField(value)).toBe(t.canonical!.join(', '));
          }
          counts.serialisation++;
        });
      }
    });
  }
});

describe('structured-field-tests: coverage', () => {
  it('reads every file of the suite', () => {
    expect(parsingFiles.length).toBeGreaterThanOrEqual(20);
    expect(serialisationFiles.length).toBeGreaterThanOrEqual(4);
    expect(new JsonNumber('1.0').text).toBe('1.0');
  });
});

afterAll(() => {
  // Every vector ran and passed (a failed vector stops before its count).
  const line = `structured-field-tests: parsing ${counts.parsing}/${total.parsing}, canonical serialisation ${counts.canonical}/${total.canonical}, serialisation-tests ${counts.serialisation}/${total.serialisation}`;
  console.log(line);
  expect(counts).toEqual(total);
});
