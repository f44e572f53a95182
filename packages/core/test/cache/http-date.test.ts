import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatHttpDate, parseHttpDate } from '../../src/grammar/http-date.js';

const NOV_6_1994 = Date.UTC(1994, 10, 6, 8, 49, 37);
const NOW_2026 = Date.UTC(2026, 0, 1);

describe('parseHttpDate (RFC 9110 §5.6.7)', () => {
  it.each([
    ['Sun, 06 Nov 1994 08:49:37 GMT', NOV_6_1994, 'imf-fixdate'],
    ['Sunday, 06-Nov-94 08:49:37 GMT', NOV_6_1994, 'rfc850'],
    ['Sun Nov  6 08:49:37 1994', NOV_6_1994, 'asctime'],
    ['Sun Nov 06 08:49:37 1994', NOV_6_1994, 'asctime'],
    ['  Sun, 06 Nov 1994 08:49:37 GMT\t', NOV_6_1994, 'imf-fixdate'],
    ['Thu, 01 Jan 1970 00:00:00 GMT', 0, 'imf-fixdate'],
    ['Wed, 31 Dec 1969 23:59:59 GMT', -1000, 'imf-fixdate'],
    ['Thu, 29 Feb 2024 12:00:00 GMT', Date.UTC(2024, 1, 29, 12), 'imf-fixdate'],
    ['Sat, 31 Dec 2016 23:59:60 GMT', Date.UTC(2017, 0, 1), 'imf-fixdate'],
    ['Thursday, 01-Jan-76 00:00:00 GMT', Date.UTC(2076, 0, 1), 'rfc850'],
    ['Friday, 01-Jan-77 00:00:00 GMT', Date.UTC(1977, 0, 1), 'rfc850'],
  ] as const)('%j', (text, time, form) => {
    const r = parseHttpDate(text, { now: NOW_2026 });
    expect(r).toMatchObject({ ok: true, time, form });
  });

  it('reports the span of the date without surrounding whitespace', () => {
    expect(parseHttpDate('  Sun, 06 Nov 1994 08:49:37 GMT ')).toMatchObject({ span: { offset: 2, length: 29 } });
  });

  it('flags a day name that does not match the date', () => {
    expect(parseHttpDate('Mon, 06 Nov 1994 08:49:37 GMT')).toMatchObject({ ok: true, time: NOV_6_1994, weekdayMatches: false });
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT')).toMatchObject({ weekdayMatches: true });
  });

  it.each([
    ['', 'empty', 0],
    ['0', 'day-name', 0],
    ['-1', 'day-name', 0],
    ['sun, 06 Nov 1994 08:49:37 GMT', 'day-name', 0],
    ['Sun 06 Nov 1994 08:49:37 GMT', 'month', 4],
    ['Sun,06 Nov 1994 08:49:37 GMT', 'space', 4],
    ['Sun, 6 Nov 1994 08:49:37 GMT', 'day', 5],
    ['Sun, 06 nov 1994 08:49:37 GMT', 'month', 8],
    ['Sun, 06 Nov 94 08:49:37 GMT', 'year', 12],
    ['Sun, 06 Nov 19945 08:49:37 GMT', 'year', 12],
    ['Sun, 06 Nov 1994 8:49:37 GMT', 'time', 17],
    ['Sun, 06 Nov 1994 24:00:00 GMT', 'time-out-of-range', 17],
    ['Sun, 06 Nov 1994 08:49:37 UTC', 'gmt', 26],
    ['Sun, 06 Nov 1994 08:49:37 GMT+1', 'trailing', 29],
    ['Sun, 06 Nov 1994 08:49:37', 'space', 25],
    ['Fri, 30 Feb 2024 00:00:00 GMT', 'day-out-of-range', 5],
    ['Sunday, 06-Nov-1994 08:49:37 GMT', 'space', 17],
    ['Sun Nov  6 08:49:37 1994 GMT', 'trailing', 24],
  ] as const)('%j fails with %s at %i', (text, reason, offset) => {
    const r = parseHttpDate(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ reason, offset });
  });

  it('never throws and round-trips formatHttpDate', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      parseHttpDate(s);
    }));
    fc.assert(
      fc.property(fc.integer({ min: -62_000_000_000, max: 253_000_000_000 }), (sec) => {
        const ms = sec * 1000;
        if (new Date(ms).getUTCFullYear() < 0) return;
        const text = formatHttpDate(ms);
        expect(parseHttpDate(text)).toMatchObject({ ok: true, time: ms, form: 'imf-fixdate', weekdayMatches: true });
      }),
    );
  });
});

describe('formatHttpDate', () => {
  it('writes IMF-fixdate', () => {
    expect(formatHttpDate(NOV_6_1994 + 999)).toBe('Sun, 06 Nov 1994 08:49:37 GMT');
    expect(formatHttpDate(0)).toBe('Thu, 01 Jan 1970 00:00:00 GMT');
  });
  it('throws on times it cannot write', () => {
    expect(() => formatHttpDate(Number.NaN)).toThrow(RangeError);
    expect(() => formatHttpDate(Date.UTC(10000, 0, 1))).toThrow(RangeError);
  });
});
