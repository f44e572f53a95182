import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, notUtf8, notUtf8Warning } from '../src/files.js';

const fatal = new TextDecoder('utf-8', { fatal: true });
const decodes = (b: Uint8Array) => {
  try {
    fatal.decode(b);
    return true;
  } catch {
    return false;
  }
};

describe('firstInvalidUtf8', () => {
  it.each([
    ['ASCII', [0x61, 0x62], -1],
    ['two, three and four bytes', [0xc3, 0xa9, 0xe4, 0xb8, 0xad, 0xf0, 0x9f, 0x98, 0x80], -1],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['overlong two bytes (C0 80)', [0xc0, 0x80], 0],
    ['overlong three bytes (E0 80 80)', [0xe0, 0x80, 0x80], 0],
    ['a surrogate (ED A0 80)', [0x61, 0xed, 0xa0, 0x80], 1],
    ['above U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80], 0],
    ['F5 and above', [0xf5, 0x80, 0x80, 0x80], 0],
    ['cut at the end', [0x61, 0xe4, 0xb8], 1],
    ['latin1 é before ASCII', [0x63, 0x61, 0x66, 0xe9, 0x20], 3],
  ])('%s', (_name, bytes, at) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(at);
  });

  it('agrees with a strict decoder on arbitrary bytes: valid iff it decodes, and the bytes before the first bad one decode', () => {
    const near = fc.uint8Array({ maxLength: 24 }).map((b) => b.map((x) => (x < 0x40 ? x : x < 0x80 ? 0x80 | (x & 0x3f) : x)));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 24 }), near, fc.string({ unit: 'binary' }).map((s) => new TextEncoder().encode(s))), (b) => {
        const at = firstInvalidUtf8(b);
        expect(at === -1).toBe(decodes(b));
        if (at >= 0) expect(decodes(b.subarray(0, at))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('notUtf8', () => {
  it('gives the line and the column in UTF-16 units, after CRLF, LF and lone CR lines', () => {
    const text = new TextEncoder().encode('GET https://x/\r\n# 中文 😀\nX: a\rY: ');
    const bytes = new Uint8Array([...text, 0xe9, 0x0a]);
    expect(notUtf8(bytes)).toEqual({ line: 4, column: 4, byte: 0xe9 });
    const line2 = new Uint8Array([...new TextEncoder().encode('GET https://x/\n# 中文 😀'), 0xff]);
    expect(notUtf8(line2)).toEqual({ line: 2, column: 8, byte: 0xff });
    expect(notUtf8(new TextEncoder().encode('# 中文 😀\n'))).toBeUndefined();
    expect(notUtf8Warning(line2, 'api.http')).toMatch(/^api\.http:2:8: not UTF-8 \(byte 0xFF\)/);
  });
});

describe('parseJsonc (settings.json)', () => {
  it('reads comments and trailing commas as VS Code writes them, and leaves strings alone', async () => {
    const { parseJsonc } = await import('../src/files.js');
    const text = '\uFEFF{\n  // REST Client\n  "rest-client.environmentVariables": {\n    "$shared": { "v": "1", },\n    /* block */ "dev": { "url": "http://a//b", "q": "/*x*/", "e": "\\"//\\"" },\n  },\n  "list": [1, 2, /* c */],\n}\n';
    expect(parseJsonc(text)).toEqual({ 'rest-client.environmentVariables': { $shared: { v: '1' }, dev: { url: 'http://a//b', q: '/*x*/', e: '"//"' } }, list: [1, 2] });
    expect(() => parseJsonc('{"a": }')).toThrow();
  });
});

describe('send --raw on a terminal', () => {
  it('shows the bytes as UTF-8 text, with a server\'s control characters as pictures', async () => {
    const { formatOutcome } = await import('../src/send.js');
    const { colours } = await import('../src/io.js');
    const enc = (s: string) => new TextEncoder().encode(s);
    const outcome = { index: 0, method: 'GET', url: 'http://x/', hops: [], notes: [], diagnostics: [], result: { raw: { sent: enc('GET / HTTP/1.1\r\n\r\n'), received: enc('HTTP/1.1 200 OK\r\n\r\ncafé \u001b[2J') } } };
    const text = formatOutcome(outcome as never, { c: colours(false), locale: 'en', full: false, raw: true });
    expect(text).toContain('café ␛[2J');
    expect(text).not.toContain('\u001b');
    expect(text).toContain('GET / HTTP/1.1\r\n');
  });
});
