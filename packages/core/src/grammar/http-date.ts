import type { Span } from '../types.js';

/**
 * HTTP-date (RFC 9110 §5.6.7).
 *
 * ```
 * HTTP-date    = IMF-fixdate / obs-date
 * IMF-fixdate  = day-name "," SP date1 SP time-of-day SP GMT
 * day-name     = %s"Mon" / %s"Tue" / %s"Wed" / %s"Thu" / %s"Fri" / %s"Sat" / %s"Sun"
 * date1        = day SP month SP year          ; e.g., 02 Jun 1982
 * day          = 2DIGIT
 * month        = %s"Jan" / %s"Feb" / ... / %s"Dec"
 * year         = 4DIGIT
 * GMT          = %s"GMT"
 * time-of-day  = hour ":" minute ":" second    ; 00:00:00 - 23:59:60 (leap second)
 * obs-date     = rfc850-date / asctime-date
 * rfc850-date  = day-name-l "," SP date2 SP time-of-day SP GMT
 * date2        = day "-" month "-" 2DIGIT      ; e.g., 02-Jun-82
 * day-name-l   = %s"Monday" / %s"Tuesday" / ... / %s"Sunday"
 * asctime-date = day-name SP date3 SP time-of-day SP year
 * date3        = month SP ( 2DIGIT / ( SP DIGIT ))   ; e.g., Jun  2
 * ```
 *
 * The names are case-sensitive (`%s`). A recipient MUST accept all three forms; a
 * two-digit rfc850 year that appears to be more than 50 years in the future is the
 * most recent past year with the same last two digits.
 */

export type HttpDateForm = 'imf-fixdate' | 'rfc850' | 'asctime';

/** Why an HTTP-date did not parse: a stable identifier, for diagnostics. */
export type HttpDateErrorReason =
  | 'empty'
  | 'day-name'
  | 'comma'
  | 'space'
  | 'day'
  | 'month'
  | 'year'
  | 'time'
  | 'gmt'
  | 'day-out-of-range'
  | 'time-out-of-range'
  | 'trailing';

export interface HttpDateSuccess {
  ok: true;
  /** Milliseconds since the epoch (UTC). */
  time: number;
  form: HttpDateForm;
  /** Where the date stands in the text (surrounding whitespace excluded). */
  span: Span;
  /** False when the day name does not match the date (the date still counts; RFC 9110 gives no rule). */
  weekdayMatches: boolean;
}

export interface HttpDateFailure {
  ok: false;
  error: {
    reason: HttpDateErrorReason;
    /** English description of what was expected. */
    message: string;
    /** Offset in the text where parsing stopped. */
    offset: number;
  };
}

export type HttpDateResult = HttpDateSuccess | HttpDateFailure;

export interface ParseHttpDateOptions {
  /** The clock for the rfc850 two-digit-year rule (ms since the epoch); default `Date.now()`. */
  now?: number;
}

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const DAY_NAMES_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const MESSAGES: Record<HttpDateErrorReason, string> = {
  empty: 'expected an HTTP-date',
  'day-name': 'expected a day name (Mon, Tue, ... or Monday, Tuesday, ...)',
  comma: 'expected "," after the day name',
  space: 'expected a single space',
  day: 'expected a two-digit day',
  month: 'expected a month name (Jan ... Dec)',
  year: 'expected a year',
  time: 'expected a time of day (hh:mm:ss)',
  gmt: 'expected "GMT"',
  'day-out-of-range': 'the day does not exist in that month',
  'time-out-of-range': 'the time of day is out of range',
  trailing: 'unexpected text after the date',
};

function fail(reason: HttpDateErrorReason, offset: number): HttpDateFailure {
  return { ok: false, error: { reason, message: MESSAGES[reason], offset } };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Reads `n` digits at `i`; -1 when they are not all digits. */
function digits(text: string, i: number, n: number): number {
  if (i + n > text.length) return -1;
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(i + k);
    if (!isDigit(c)) return -1;
    v = v * 10 + (c - 48);
  }
  return v;
}

function matchWord(text: string, i: number, words: readonly string[]): number {
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (text.startsWith(w, i)) return k;
  }
  return -1;
}

function daysInMonth(year: number, month: number): number {
  if (month === 1) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 3 || month === 5 || month === 8 || month === 10 ? 30 : 31;
}

interface Time {
  h: number;
  m: number;
  s: number;
}

/** time-of-day = hour ":" minute ":" second */
function timeOfDay(text: string, i: number): Time | HttpDateFailure {
  const h = digits(text, i, 2);
  const m = text.charCodeAt(i + 2) === 58 ? digits(text, i + 3, 2) : -1;
  const s = m >= 0 && text.charCodeAt(i + 5) === 58 ? digits(text, i + 6, 2) : -1;
  if (h < 0 || m < 0 || s < 0) return fail('time', i);
  if (h > 23 || m > 59 || s > 60) return fail('time-out-of-range', i);
  return { h, m, s };
}

function isWs(c: number): boolean {
  return c === 32 || c === 9;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (month 0-11), without Date objects. */
function daysFromCivil(year: number, month: number, day: number): number {
  const m = month + 1;
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function build(
  year: number,
  month: number,
  day: number,
  t: Time,
  weekday: number,
  form: HttpDateForm,
  start: number,
  end: number,
  dayOffset: number,
): HttpDateResult {
  if (day < 1 || day > daysInMonth(year, month)) return fail('day-out-of-range', dayOffset);
  const days = daysFromCivil(year, month, day);
  // a leap second (:60) counts as the first second of the next minute
  const time = days * 86400000 + t.h * 3600000 + t.m * 60000 + t.s * 1000;
  // 1970-01-01 was a Thursday (4)
  const weekdayMatches = (((days + 4) % 7) + 7) % 7 === weekday;
  return { ok: true, time, form, span: { offset: start, length: end - start }, weekdayMatches };
}

/**
 * Parses an HTTP-date in any of its three forms. Leading and trailing spaces or tabs
 * are skipped; anything else is a failure with the offset where parsing stopped.
 * Never throws.
 */
export function parseHttpDate(text: string, options: ParseHttpDateOptions = {}): HttpDateResult {
  let start = 0;
  let end = text.length;
  while (start < end && isWs(text.charCodeAt(start))) start++;
  while (end > start && isWs(text.charCodeAt(end - 1))) end--;
  if (start === end) return fail('empty', start);
  const src = end === text.length ? text : text.slice(0, end);
  let i = start;

  // day-name or day-name-l
  const short = matchWord(src, i, DAY_NAMES);
  if (short < 0) return fail('day-name', i);
  const long = DAY_NAMES_LONG[short] as string;
  const isLong = src.startsWith(long, i);
  if (isLong) {
    // rfc850-date = day-name-l "," SP date2 SP time-of-day SP GMT
    i += long.length;
    if (src.charCodeAt(i) !== 44) return fail('comma', i);
    i++;
    if (src.charCodeAt(i) !== 32) return fail('space', i);
    i++;
    const dayOffset = i;
    const day = digits(src, i, 2);
    if (day < 0) return fail('day', i);
    i += 2;
    if (src.charCodeAt(i) !== 45) return fail('month', i);
    i++;
    const month = matchWord(src, i, MONTHS);
    if (month < 0) return fail('month', i);
    i += 3;
    if (src.charCodeAt(i) !== 45) return fail('year', i);
    i++;
    const yy = digits(src, i, 2);
    if (yy < 0) return fail('year', i);
    i += 2;
    if (src.charCodeAt(i) !== 32) return fail('space', i);
    i++;
    const t = timeOfDay(src, i);
    if ('ok' in t) return t;
    i += 8;
    if (src.charCodeAt(i) !== 32) return fail('space', i);
    i++;
    if (!src.startsWith('GMT', i)) return fail('gmt', i);
    i += 3;
    if (i !== end) return fail('trailing', i);
    let nowYear = new Date(options.now ?? Date.now()).getUTCFullYear();
    if (Number.isNaN(nowYear)) nowYear = new Date().getUTCFullYear();
    // The most recent year with these last two digits that is not more than 50 years ahead.
    let year = Math.floor(nowYear / 100) * 100 + yy;
    if (year > nowYear + 50) year -= 100;
    return build(year, month, day, t, short, 'rfc850', start, end, dayOffset);
  }
  i += 3;
  if (src.charCodeAt(i) === 44) {
    // IMF-fixdate = day-name "," SP date1 SP time-of-day SP GMT
    i++;
    if (src.charCodeAt(i) !== 32) return fail('space', i);
    i++;
    const dayOffset = i;
    const day = digits(src, i, 2);
    if (day < 0) return fail('day', i);
    i += 2;
    if (src.charCodeAt(i) !== 32) return fail('space', i);
    i++;
    const month = matchWord(src, i, MONTHS);
    if (month < 0) return fail('month', i);
    i += 3;
    if (src.charCodeAt(i) !== 32) return fail('space', i);
    i++;
    const year = digits(src, i, 4);
    if (year < 0 || isDigit(src.charCodeAt(i + 4))) return fail('year', i);
    i += 4;
    if (src.charCodeAt(i) !== 32) return fail('space', i);
    i++;
    const t = timeOfDay(src, i);
    if ('ok' in t) return t;
    i += 8;
    if (src.charCodeAt(i) !== 32) return fail('space', i);
    i++;
    if (!src.startsWith('GMT', i)) return fail('gmt', i);
    i += 3;
    if (i !== end) return fail('trailing', i);
    return build(year, month, day, t, short, 'imf-fixdate', start, end, dayOffset);
  }
  // asctime-date = day-name SP date3 SP time-of-day SP year
  if (src.charCodeAt(i) !== 32) return fail('comma', i);
  i++;
  const month = matchWord(src, i, MONTHS);
  if (month < 0) return fail('month', i);
  i += 3;
  if (src.charCodeAt(i) !== 32) return fail('space', i);
  i++;
  const dayOffset = i;
  let day: number;
  if (src.charCodeAt(i) === 32) {
    day = digits(src, i + 1, 1);
  } else {
    day = digits(src, i, 2);
  }
  if (day < 0) return fail('day', i);
  i += 2;
  if (src.charCodeAt(i) !== 32) return fail('space', i);
  i++;
  const t = timeOfDay(src, i);
  if ('ok' in t) return t;
  i += 8;
  if (src.charCodeAt(i) !== 32) return fail('space', i);
  i++;
  const year = digits(src, i, 4);
  if (year < 0) return fail('year', i);
  i += 4;
  if (i !== end) return fail('trailing', i);
  return build(year, month, day, t, short, 'asctime', start, end, dayOffset);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Formats a time (ms since the epoch) as an IMF-fixdate, the form senders MUST
 * generate: `Sun, 06 Nov 1994 08:49:37 GMT`. Milliseconds are truncated.
 * Throws a RangeError for a time that is not finite or whose year is outside 0000-9999.
 */
export function formatHttpDate(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`formatHttpDate: not a finite time: ${ms}`);
  const d = new Date(Math.floor(ms / 1000) * 1000);
  const year = d.getUTCFullYear();
  if (Number.isNaN(year) || year < 0 || year > 9999) throw new RangeError(`formatHttpDate: year out of range: ${ms}`);
  return `${DAY_NAMES[d.getUTCDay()] as string}, ${pad2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()] as string} ${String(year).padStart(4, '0')} ${pad2(
    d.getUTCHours(),
  )}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} GMT`;
}
