import { parseHttpDate } from '../grammar/http-date.js';

/**
 * The time of an HTTP-date (ms since the epoch), or `undefined` when `text` is not one:
 * `parseHttpDate(text).time` when it succeeds.
 *
 * Date, Expires and Last-Modified are nearly always IMF-fixdates exactly as senders
 * must generate them (`Sun, 06 Nov 1994 08:49:37 GMT`, RFC 9110 §5.6.7), so that form is
 * read here by position, without the parser's result object; anything else (surrounding
 * whitespace, the obsolete forms, any deviation) goes to `parseHttpDate`.
 */
export function httpDateTime(text: string): number | undefined {
  const fast = imfFixdate(text);
  if (fast >= 0) return fast;
  const r = parseHttpDate(text);
  return r.ok ? r.time : undefined;
}

/**
 * IMF-fixdate  = day-name "," SP date1 SP time-of-day SP GMT
 * date1        = day SP month SP year ; 2DIGIT SP month SP 4DIGIT
 * time-of-day  = hour ":" minute ":" second
 *
 * Returns the time, or -1 when the text is not exactly that form with a year from 1000
 * (then `parseHttpDate` decides, including the day and time range errors).
 */
function imfFixdate(s: string): number {
  if (s.length !== 29) return -1;
  if (!isDayName(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(2))) return -1;
  if (s.charCodeAt(3) !== 44 || s.charCodeAt(4) !== 32 || s.charCodeAt(7) !== 32 || s.charCodeAt(11) !== 32 || s.charCodeAt(16) !== 32) return -1;
  if (s.charCodeAt(19) !== 58 || s.charCodeAt(22) !== 58 || s.charCodeAt(25) !== 32) return -1;
  if (s.charCodeAt(26) !== 71 || s.charCodeAt(27) !== 77 || s.charCodeAt(28) !== 84) return -1;
  const day = two(s, 5);
  const month = monthIndex(s.charCodeAt(8), s.charCodeAt(9), s.charCodeAt(10));
  const century = two(s, 12);
  const yy = two(s, 14);
  const h = two(s, 17);
  const m = two(s, 20);
  const sec = two(s, 23);
  if (day < 1 || month < 0 || century < 10 || yy < 0 || h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 60) return -1;
  const year = century * 100 + yy;
  if (day > daysInMonth(year, month)) return -1;
  // a leap second (:60) counts as the first second of the next minute, as in parseHttpDate
  return daysFromCivil(year, month, day) * 86400000 + h * 3600000 + m * 60000 + sec * 1000;
}

/** Days since 1970-01-01 of a Gregorian date from the year 1000 (month 0-11), without a Date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month < 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 10) % 12) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Two digits at `i`, or -1 when they are not digits. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}

/** day-name = %s"Mon" / %s"Tue" / %s"Wed" / %s"Thu" / %s"Fri" / %s"Sat" / %s"Sun" (case-sensitive). */
function isDayName(a: number, b: number, c: number): boolean {
  switch (a) {
    case 77: // M
      return b === 111 && c === 110; // on
    case 84: // T
      return (b === 117 && c === 101) || (b === 104 && c === 117); // ue, hu
    case 87: // W
      return b === 101 && c === 100; // ed
    case 70: // F
      return b === 114 && c === 105; // ri
    case 83: // S
      return (b === 97 && c === 116) || (b === 117 && c === 110); // at, un
    default:
      return false;
  }
}

/** month = %s"Jan" / ... / %s"Dec" (case-sensitive): 0-11, or -1. */
function monthIndex(a: number, b: number, c: number): number {
  switch (a) {
    case 74: // J
      if (b === 97 && c === 110) return 0; // an
      if (b === 117 && c === 110) return 5; // un
      if (b === 117 && c === 108) return 6; // ul
      return -1;
    case 70: // F
      return b === 101 && c === 98 ? 1 : -1; // eb
    case 77: // M
      if (b === 97 && c === 114) return 2; // ar
      if (b === 97 && c === 121) return 4; // ay
      return -1;
    case 65: // A
      if (b === 112 && c === 114) return 3; // pr
      if (b === 117 && c === 103) return 7; // ug
      return -1;
    case 83: // S
      return b === 101 && c === 112 ? 8 : -1; // ep
    case 79: // O
      return b === 99 && c === 116 ? 9 : -1; // ct
    case 78: // N
      return b === 111 && c === 118 ? 10 : -1; // ov
    case 68: // D
      return b === 101 && c === 99 ? 11 : -1; // ec
    default:
      return -1;
  }
}

function daysInMonth(year: number, month: number): number {
  if (month === 1) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 3 || month === 5 || month === 8 || month === 10 ? 30 : 31;
}
