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
    // a name every object has is no command (it failed with 'entry.run is not a function')
    for (const name of ['constructor', '__proto__', 'toString']) {
      const m = capture();
      expect(await main([name], m.io)).toBe(2);
      expect(m.err()).toContain(`unknown command '${name}'`);
    }
    const d = capture();
    expect(await main(['demo', 'extra'], d.io)).toBe(2);
    expect(d.err()).toContain("unexpected argument 'extra'");
  });
});
