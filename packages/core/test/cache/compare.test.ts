import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Combination, Difference } from './compare-generator.js';
import { differences, generate, ours } from './compare-generator.js';

/**
 * httplens against the npm package http-cache-semantics (options aligned: `shared`,
 * `immutableMinTimeToLive: 0`, an uncapped heuristic, the same clock). On the
 * generated combinations every storable, lifetime and reuse answer must agree; the
 * listed cases (http-cache-semantics-differences.json) are where the two disagree on
 * purpose, each with the RFC section that decides it. The list must be exact: a
 * listed difference that no longer happens fails as much as an unlisted one.
 */
interface Listed extends Combination {
  section: string;
  why: string;
  differences: Omit<Difference, 'id'>[];
}

const listed = JSON.parse(readFileSync(new URL('./http-cache-semantics-differences.json', import.meta.url), 'utf8')) as Listed[];
const generated = generate(1200);

describe('comparison with http-cache-semantics', () => {
  it('agrees on every generated combination (storable, lifetime, reuse)', () => {
    expect(generated.length).toBeGreaterThanOrEqual(1000);
    const found = generated.flatMap((c) => differences(c));
    expect(found).toEqual([]);
  });

  it('covers storable and non-storable responses and every reuse decision', () => {
    const verdicts = generated.map((c) => ours(c));
    expect(verdicts.filter((v) => v.storable).length).toBeGreaterThan(500);
    expect(verdicts.filter((v) => !v.storable).length).toBeGreaterThan(100);
    for (const reuse of ['hit', 'swr', 'origin'] as const) expect(verdicts.filter((v) => v.reuse === reuse).length).toBeGreaterThan(10);
    expect(new Set(verdicts.map((v) => v.lifetime)).size).toBeGreaterThan(8);
  });

  it('lists at most 30 differences, each with the RFC section that says httplens is right', () => {
    const total = listed.reduce((n, l) => n + l.differences.length, 0);
    expect(total).toBeLessThanOrEqual(30);
    for (const l of listed) {
      expect(l.section).toMatch(/^RFC \d{4} §\d/);
      expect(l.why.length).toBeGreaterThan(40);
      expect(l.differences.length).toBeGreaterThan(0);
    }
    expect(new Set(listed.map((l) => l.id)).size).toBe(listed.length);
  });

  it.each(listed.map((l) => [l.id, l] as const))('listed difference %s happens exactly as listed', (_id, l) => {
    const found = differences(l).map(({ aspect, ours: a, theirs: b }) => ({ aspect, ours: a, theirs: b }));
    expect(found).toEqual(l.differences);
  });
});
