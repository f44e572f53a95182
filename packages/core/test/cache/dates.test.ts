import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHttpDate, parseHttpDate } from '@httplens/core';
import { httpDateTime } from '../../src/cache/dates.js';

/** What `httpDateTime` must give: the time of `parseHttpDate` when it succeeds. */
function reference(text: string): number | undefined {
  const r = parseHttpDate(text);
  return r.ok ? r.time : undefined;
}

// Characters that turn an IMF-fixdate into another valid date, an obsolete form or an invalid one.
const EDITS = ['0', '1', '2', '3', '5', '6', '9', ' ', '\t', ',', ':', '-', 'a', 'A', 'x', 'G', 'M', 'T', 'S', 'u', 'n', 'J', 'F', 'e', 'b', 'D', 'c', '\u00e9'];

describe('httpDateTime (the IMF-fixdate fast path of caching)', () => {
  it('gives the time of parseHttpDate on formatted dates from year 0 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62167219200, max: 253402300799 }), (seconds) => {
        const text = formatHttpDate(seconds * 1000);
        expect(httpDateTime(text)).toBe(reference(text));
        expect(httpDateTime(text)).toBe(seconds * 1000);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with parseHttpDate on edited dates (valid, out of range, obsolete forms, invalid)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 253402300799 }),
        fc.array(fc.tuple(fc.nat(30), fc.constantFrom(...EDITS)), { maxLength: 3 }),
        fc.constantFrom('', ' ', '\t'),
        (seconds, edits, pad) => {
          let text = formatHttpDate(seconds * 1000);
          for (const [at, ch] of edits) text = text.slice(0, at) + ch + text.slice(at + 1);
          text = pad + text + pad;
          expect(httpDateTime(text)).toBe(reference(text));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('on chosen dates', () => {
    const table: [string, number | undefined][] = [
      ['Sun, 06 Nov 1994 08:49:37 GMT', Date.UTC(1994, 10, 6, 8, 49, 37)],
      ['Mon, 06 Nov 1994 08:49:37 GMT', Date.UTC(1994, 10, 6, 8, 49, 37)], // the day name does not match: still the date
      ['Thu, 29 Feb 2024 23:59:60 GMT', Date.UTC(2024, 2, 1, 0, 0, 0)], // leap day, leap second
      ['Thu, 29 Feb 2023 12:00:00 GMT', undefined],
      ['Thu, 31 Apr 2026 12:00:00 GMT', undefined],
      ['Thu, 01 Jan 2026 24:00:00 GMT', undefined],
      ['Thu, 01 jan 2026 12:00:00 GMT', undefined],
      ['thu, 01 Jan 2026 12:00:00 GMT', undefined],
      ['Thu, 01 Jan 2026 12:00:00 UTC', undefined],
      ['Sat, 01 Jan 0050 12:00:00 GMT', -60589252800000], // a year before 1000 is read by parseHttpDate
      ['Sunday, 06-Nov-94 08:49:37 GMT', reference('Sunday, 06-Nov-94 08:49:37 GMT')],
      ['Sun Nov  6 08:49:37 1994', Date.UTC(1994, 10, 6, 8, 49, 37)],
      [' Sun, 06 Nov 1994 08:49:37 GMT ', Date.UTC(1994, 10, 6, 8, 49, 37)],
      ['0', undefined],
      ['', undefined],
    ];
    for (const [text, time] of table) {
      expect(httpDateTime(text), text).toBe(time);
      expect(httpDateTime(text), text).toBe(reference(text));
    }
  });
});
