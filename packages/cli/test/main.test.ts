import { describe, expect, it } from 'vitest';
import { capture } from './capture.js';
import { main } from '../src/main.js';

describe('httplens command line', () => {
  it('prints help and version', async () => {
    const c = capture();
    expect(await main(['--help'], c.io)).toBe(0);
    expect(c.out()).toContain('Usage: httplens <command>');
    const v = capture();
    expect(await main(['--version'], v.io)).toBe(0);
    expect(v.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('exits 2 with a message on an unknown command or argument', async () => {
    const c = capture();
    expect(await main(['frobnicate'], c.io)).toBe(2);
    expect(c.err()).toContain("unknown command 'frobnicate'");
    const d = capture();
    expect(await main(['demo', 'extra'], d.io)).toBe(2);
    expect(d.err()).toContain("unexpected argument 'extra'");
  });
});
