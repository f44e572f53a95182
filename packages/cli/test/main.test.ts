import { describe, expect, it } from 'vitest';
import type { Io } from '../src/io.js';
import { main } from '../src/main.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readStdin: () => '',
    stdoutIsTTY: false,
    stderrIsTTY: false,
    cwd: process.cwd(),
    env: {},
  };
  return { io, out, err };
}

describe('httplens command line', () => {
  it('prints help and version', async () => {
    const c = capture();
    expect(await main(['--help'], c.io)).toBe(0);
    expect(c.out.join('')).toContain('Usage: httplens <command>');
    const v = capture();
    expect(await main(['--version'], v.io)).toBe(0);
    expect(v.out.join('')).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('exits 2 with a message on an unknown command or argument', async () => {
    const c = capture();
    expect(await main(['frobnicate'], c.io)).toBe(2);
    expect(c.err.join('')).toContain("unknown command 'frobnicate'");
    const d = capture();
    expect(await main(['demo', 'extra'], d.io)).toBe(2);
    expect(d.err.join('')).toContain("unexpected argument 'extra'");
  });
});
