import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NameSet } from '../src/name-set.js';

describe('NameSet', () => {
  it('answers as a Set does, through many rehashes, for names with duplicates', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 400 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 50 }), (added, probes) => {
        const ours = new NameSet();
        const set = new Set<string>();
        for (const name of added) {
          expect(ours.add(name)).toBe(!set.has(name));
          set.add(name);
          expect(ours.size).toBe(set.size);
        }
        for (const name of [...added, ...probes]) expect(ours.has(name)).toBe(set.has(name));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps 20,000 distinct names apart and finds each again', () => {
    const ours = new NameSet();
    for (let i = 0; i < 20_000; i++) expect(ours.add(`req${i}`)).toBe(true);
    for (let i = 0; i < 20_000; i++) expect(ours.add(`req${i}`)).toBe(false);
    expect(ours.size).toBe(20_000);
    expect(ours.has('req20000')).toBe(false);
    expect(ours.has('')).toBe(false);
    ours.add('');
    expect(ours.has('')).toBe(true);
  });
});
