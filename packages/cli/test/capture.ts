import type { Io } from '../src/io.js';

/** An `Io` that keeps what is written (not a terminal, no stdin, no environment unless given). */
export function capture(overrides: Partial<Io> = {}): { io: Io; out: () => string; err: () => string } {
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
    ...overrides,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}
