import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, AREA_RANGES, lintMessage, type LintOptions } from '@httplens/core';

// Each fixture is a raw message with its exact bytes (`name.raw`) and what the
// message rules must report on it (`name.json`: codes with exact spans). Field
// parsers may add their own diagnostics; the codes of the message rules are
// compared exactly, and no fixture may carry a diagnostic the message rules did
// not expect at the same span.
const dir = join(import.meta.dirname, 'fixtures');
const RULE_CODES = new Set(ALL_RULES.flatMap((r) => r.codes));
// Codes that parsed input never produces (the parser reports the same problem itself);
// they are tested on messages built by hand in lint.test.ts.
const BUILT_MESSAGES_ONLY = new Set(['HTTP0562']);

function areaOf(code: string): string | undefined {
  const n = Number(code.slice(4));
  return Object.entries(AREA_RANGES).find(([, [lo, hi]]) => n >= lo && n <= hi)?.[0];
}

interface Fixture {
  note: string;
  options?: LintOptions;
  expect: { code: string; offset: number; length: number }[];
}

const names = readdirSync(dir).filter((f) => f.endsWith('.raw')).map((f) => f.slice(0, -4)).sort();

describe('message rules on raw fixtures', () => {
  it('has at least 120 fixtures, 20 of them clean real-world messages, and covers every rule', () => {
    expect(names.length).toBeGreaterThanOrEqual(120);
    expect(names.filter((n) => n.startsWith('clean-')).length).toBeGreaterThanOrEqual(20);
    const covered = new Set<string>();
    for (const name of names) {
      const fixture = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Fixture;
      for (const e of fixture.expect) covered.add(e.code);
    }
    expect([...RULE_CODES].filter((c) => !covered.has(c) && !BUILT_MESSAGES_ONLY.has(c))).toEqual([]);
  });

  it.each(names)('%s', (name) => {
    const bytes = new Uint8Array(readFileSync(join(dir, `${name}.raw`)));
    const fixture = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Fixture;
    const diagnostics = lintMessage(bytes, fixture.options ?? {});
    const actual = diagnostics
      .filter((d) => RULE_CODES.has(d.code))
      .map((d) => ({ code: d.code, offset: d.span.offset, length: d.span.length }));
    const sort = (a: Fixture['expect']) => [...a].sort((x, y) => x.offset - y.offset || x.code.localeCompare(y.code));
    expect(sort(actual), fixture.note).toEqual(sort(fixture.expect));
    for (const d of diagnostics) {
      expect(d.span.offset).toBeGreaterThanOrEqual(0);
      expect(d.span.offset + d.span.length).toBeLessThanOrEqual(bytes.length);
    }
    // Each problem once (DESIGN.md): no two diagnostics of one area on one span.
    const seen = new Map<string, string>();
    for (const d of diagnostics) {
      const key = `${areaOf(d.code)}@${d.span.offset}:${d.span.length}`;
      expect(seen.get(key), `${d.code} and ${seen.get(key)} share a span and an area`).toBeUndefined();
      seen.set(key, d.code);
    }
    if (name.startsWith('clean-')) {
      expect(diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning')).toEqual([]);
    }
  });
});
