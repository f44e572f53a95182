import { describe, expect, it } from 'vitest';
import { assertSame, defineSuite, renderSuite, runSuite } from '../bench/harness.js';

describe('benchmark harness', () => {
  it('refuses to time contenders that disagree', async () => {
    const suite = defineSuite({
      name: 'disagree',
      description: 'two functions with different answers',
      cases: () => [
        {
          name: 'sum',
          ours: { name: 'ours', fn: () => 1 + 1 },
          peers: [{ name: 'peer', fn: () => 3 }],
          verify: () => assertSame('sum', 2, 3),
        },
      ],
    });
    await expect(runSuite(suite, { time: 10 })).rejects.toThrow(/answers differ/);
  });

  it('times agreeing contenders and prints the ratio against the target', async () => {
    const data = Array.from({ length: 200 }, (_, i) => i);
    const suite = defineSuite({
      name: 'agree',
      description: 'a loop against reduce',
      cases: () => [
        {
          name: 'sum of 200 numbers',
          ours: { name: 'loop', fn: () => { let s = 0; for (const x of data) s += x; return s; } },
          peers: [{ name: 'reduce', fn: () => data.reduce((a, b) => a + b, 0) }],
          verify: () => assertSame('sum', 19900, data.reduce((a, b) => a + b, 0)),
          unit: { label: 'items/s', perCall: 200 },
          target: { peer: 'reduce', ratio: 0.001 },
        },
      ],
    });
    const result = await runSuite(suite, { time: 20 });
    const c = result.cases[0];
    expect(c?.contenders.map((k) => k.name)).toEqual(['loop', 'reduce']);
    expect(c?.contenders.every((k) => k.opsPerSec > 0)).toBe(true);
    expect(c?.ratios[0]?.met).toBe(true);
    const text = renderSuite(result);
    expect(text).toMatch(/ratio ours\/reduce: \*\*\d+\.\d\dx\*\* \(target ≥ 0\.001x: met\)/);
    expect(text).toContain('items/s');
  });
});
