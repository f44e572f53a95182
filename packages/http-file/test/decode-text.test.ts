import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/index.js';

const utf16le = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) & 0xff;
    out[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
};
const swap = (b: Uint8Array): Uint8Array => b.map((_, i) => b[i % 2 === 0 ? i + 1 : i - 1] as number);
const join = (...parts: (number[] | Uint8Array)[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeText: a .http file as the editors read it', () => {
  const text = '# 中文 😀\r\nGET https://example.com/\nX: café\n';

  it.each([
    ['UTF-8', utf8(text), 'utf-8', false],
    ['UTF-8 with a byte order mark', join([0xef, 0xbb, 0xbf], utf8(text)), 'utf-8', true],
    ['UTF-16LE with a byte order mark', join([0xff, 0xfe], utf16le(text)), 'utf-16le', true],
    ['UTF-16BE with a byte order mark', join([0xfe, 0xff], swap(utf16le(text))), 'utf-16be', true],
  ])('%s', (_name, bytes, encoding, bom) => {
    expect(decodeText(bytes)).toEqual({ text, encoding, bom });
  });

  it('tells UTF-16 without a byte order mark from its NUL bytes, as VS Code does (Latin text only)', () => {
    const latin = 'GET https://example.com/\nAccept: */*\n';
    expect(decodeText(utf16le(latin))).toEqual({ text: latin, encoding: 'utf-16le', bom: false });
    expect(decodeText(swap(utf16le(latin)))).toEqual({ text: latin, encoding: 'utf-16be', bom: false });
    // a character with a high byte breaks the pattern: read as UTF-8, as VS Code does (it calls such a file binary)
    expect(decodeText(utf16le('GET /中')).encoding).toBe('utf-8');
    // only the first 512 bytes are looked at
    expect(decodeText(join(utf16le('a'.repeat(256)), utf16le('中'))).encoding).toBe('utf-16le');
  });

  it('keeps a byte order mark that is not at the start, and reads a lone last byte of UTF-16 as U+FFFD', () => {
    expect(decodeText(utf8('a\uFEFFb')).text).toBe('a\uFEFFb');
    expect(decodeText(join([0xff, 0xfe], utf16le('ab'), [0x63])).text).toBe('ab\uFFFD');
    expect(decodeText(join([0xfe, 0xff], swap(utf16le('ab')), [0x00])).text).toBe('ab\uFFFD');
  });

  it('reads bytes that are not UTF-8 as U+FFFD, and an empty file as empty UTF-8', () => {
    expect(decodeText(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]))).toEqual({ text: 'caf\uFFFD', encoding: 'utf-8', bom: false });
    expect(decodeText(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8', bom: false });
  });

  it('gives back any text written in UTF-8 without NUL, and any text written in UTF-16 with a mark', () => {
    const wellFormed = fc.string({ unit: 'grapheme', maxLength: 200 });
    fc.assert(
      fc.property(wellFormed, (s) => {
        const t = s.replace(/\0/g, '').replace(/^\uFEFF/, '');
        expect(decodeText(utf8(t)).text).toBe(t);
        expect(decodeText(join([0xff, 0xfe], utf16le(s))).text).toBe(s);
        expect(decodeText(join([0xfe, 0xff], swap(utf16le(s)))).text).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1200 }), (b) => {
        expect(typeof decodeText(b).text).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});
