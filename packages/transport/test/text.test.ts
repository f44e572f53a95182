import { describe, expect, it } from 'vitest';
import { charsetOf, text } from '@httplens/transport';

describe('text', { timeout: 10_000 }, () => {
  const cases: [string, [string, string][], Uint8Array, string][] = [
    ['utf-8 by default', [], Buffer.from('héllo ☃'), 'héllo ☃'],
    ['utf-8 from the charset', [['Content-Type', 'text/plain; charset=utf-8']], Buffer.from('héllo'), 'héllo'],
    ['iso-8859-1', [['Content-Type', 'text/html; charset=ISO-8859-1']], Buffer.from([0x68, 0xe9]), 'hé'],
    ['windows-1252 (the Euro sign at 0x80)', [['content-type', 'text/plain;charset="windows-1252"']], Buffer.from([0x80]), '€'],
    ['shift_jis', [['Content-Type', 'text/plain; charset=Shift_JIS']], Buffer.from([0x82, 0xa0]), 'あ'],
    ['gbk', [['Content-Type', 'text/plain; charset=gbk']], Buffer.from([0xc4, 0xe3, 0xba, 0xc3]), '你好'],
    ['a BOM over the label', [['Content-Type', 'text/plain; charset=iso-8859-1']], Buffer.from([0xef, 0xbb, 0xbf, 0x61]), 'a'],
    ['utf-16le with a BOM', [], Buffer.from([0xff, 0xfe, 0x61, 0x00]), 'a'],
    ['utf-16be with a BOM', [], Buffer.from([0xfe, 0xff, 0x00, 0x61]), 'a'],
    ['an unknown label falls back to utf-8', [['Content-Type', 'text/plain; charset=klingon']], Buffer.from('ok'), 'ok'],
    ['malformed utf-8 becomes U+FFFD', [], Buffer.from([0x61, 0xff]), 'a\ufffd'],
  ];
  for (const [name, headers, body, expected] of cases) {
    it(name, () => expect(text({ body, headers })).toBe(expected));
  }

  it('takes an explicit charset and a fallback', () => {
    expect(text({ body: Buffer.from([0xe9]), headers: [] }, { charset: 'latin1' })).toBe('é');
    expect(text({ body: Buffer.from([0xe9]), headers: [['Content-Type', 'text/plain']] }, { fallback: 'iso-8859-1' })).toBe('é');
  });

  it('reads the charset of the last Content-Type', () => {
    expect(charsetOf([['Content-Type', 'text/plain; charset=a'], ['Content-Type', 'text/plain; format=flowed; Charset="B"']])).toBe('b');
    expect(charsetOf([['X', 'y']])).toBeUndefined();
  });
});
