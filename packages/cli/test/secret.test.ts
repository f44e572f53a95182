import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readSecret } from '../src/io.js';

// `readSecret` on a stand-in for a terminal: a stream with a raw mode that records its changes.
function terminal() {
  const stream = new PassThrough() as PassThrough & { isRaw: boolean; modes: boolean[]; setRawMode: (raw: boolean) => void };
  stream.isRaw = false;
  stream.modes = [];
  stream.setRawMode = (raw: boolean) => {
    stream.isRaw = raw;
    stream.modes.push(raw);
  };
  return stream;
}

async function type(keys: string[], end = false) {
  const input = terminal();
  const written: string[] = [];
  const answer = readSecret(input, (t) => void written.push(t), 'Passphrase: ');
  for (const k of keys) input.write(k);
  if (end) input.end();
  return { value: await answer, written: written.join(''), modes: input.modes, isRaw: input.isRaw };
}

describe('readSecret', () => {
  it('reads a line in raw mode, echoes nothing but the prompt and a line break, and restores the mode', async () => {
    const r = await type(['s3', 'cr€t', '\r']);
    expect(r.value).toBe('s3cr€t');
    expect(r.written).toBe('Passphrase: \n');
    expect(r.modes).toEqual([true, false]);
    expect(r.isRaw).toBe(false);
  });

  it('handles Backspace and Ctrl-U, and ignores escape sequences', async () => {
    expect((await type(['abx\u007f', 'c\u001b[D', '\n'])).value).toBe('abc');
    expect((await type(['oops\u0015', 'fine\r'])).value).toBe('fine');
  });

  it('gives up on Ctrl-C, Ctrl-D and the end of input', async () => {
    expect((await type(['abc\u0003'])).value).toBeUndefined();
    expect((await type(['\u0004'])).value).toBeUndefined();
    const ended = await type(['abc'], true);
    expect(ended.value).toBeUndefined();
    expect(ended.isRaw).toBe(false);
  });
});
