/**
 * Pieces shared by the field families: weights, token lists, HTTP-dates,
 * enumerated values.
 */
import { formatHttpDate, parseHttpDate, type HttpDateErrorReason } from '../grammar/http-date.js';
import type { Problems } from '../grammar/problems.js';
import { list, qvalue, token, type Parameter } from '../grammar/rfc9110.js';
import type { Span } from '../types.js';
import { closest, defineField, type FieldInput } from './define.js';
import type { FieldParserDefinition } from './types.js';

/**
 * weight = OWS ";" OWS "q=" qvalue
 *
 * Finds the q parameter among `params` and reports HTTP3200 (out of range),
 * HTTP3201 (more than three decimals) or HTTP3202 (not a number). Returns the
 * weight (1 when absent, 0 for a malformed one).
 */
export function weightOf(params: readonly Parameter[], problems: Problems): number {
  const q = params.find((p) => p.name === 'q');
  if (!q) return 1;
  const span = q.valueSpan ?? q.span;
  const r = qvalue(q.value);
  if (r.status === 'out-of-range') problems.add('HTTP3200', span.offset, span.length, { value: q.value });
  else if (r.status === 'too-precise') problems.add('HTTP3201', span.offset, span.length, { value: q.value });
  else if (r.status === 'malformed') {
    problems.add('HTTP3202', span.offset, span.length, { value: q.value });
    return 0;
  }
  return Math.min(Math.max(r.value, 0), 1);
}

export interface TokenItem {
  value: string;
  span: Span;
}

/** #token (or 1#token): a comma-separated list of tokens. */
export function tokenList(input: FieldInput, element = 'token', min1 = true): TokenItem[] {
  const { text, start, end, problems } = input;
  const out: TokenItem[] = [];
  list(
    text,
    start,
    end,
    problems,
    (pos) => {
      const e = token(text, pos, end);
      if (e > pos) out.push({ value: text.slice(pos, e), span: { offset: pos, length: e - pos } });
      return e;
    },
    { element, min1 },
  );
  return out;
}

const DATE_REASON: Record<HttpDateErrorReason, string> = {
  empty: 'HTTP-date',
  'day-name': 'day-name',
  comma: '","',
  space: 'SP',
  day: 'day',
  month: 'month',
  year: 'year',
  time: 'time-of-day',
  gmt: 'GMT',
  'day-out-of-range': 'day',
  'time-out-of-range': 'time-of-day',
  trailing: 'end of value',
};

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Whether `s` is all digits, optionally with a leading "-" (a Unix timestamp or delta-seconds). */
export function isInteger(s: string, allowSign = false): boolean {
  let i = allowSign && s[0] === '-' ? 1 : 0;
  if (i >= s.length) return false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** A rough ISO 8601 date shape: 4 digits "-" 2 digits "-" 2 digits. */
function looksIso8601(s: string): boolean {
  if (s.length < 10) return false;
  for (const k of [0, 1, 2, 3, 5, 6, 8, 9]) {
    const c = s.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return s[4] === '-' && s[7] === '-';
}

/**
 * HTTP-date = IMF-fixdate / obs-date   (RFC 9110 §5.6.7; see grammar/http-date.ts)
 *
 * Reads `text[start, end)` as an HTTP-date: an obsolete form is HTTP2015 (with
 * the IMF-fixdate of the same instant), a wrong day name HTTP2017, a Unix
 * timestamp HTTP3305, an ISO 8601 date HTTP3306, anything else HTTP2016.
 * Returns the time in milliseconds since the epoch.
 */
export function httpDate(text: string, start: number, end: number, problems: Problems): number | undefined {
  const slice = text.slice(start, end);
  const r = parseHttpDate(slice);
  if (!r.ok) {
    const span = { offset: start, length: end - start };
    if (isInteger(slice, true)) problems.add('HTTP3305', span.offset, span.length, { value: slice });
    else if (looksIso8601(slice)) problems.add('HTTP3306', span.offset, span.length, { value: slice });
    else {
      const off = start + Math.min(r.error.offset, slice.length);
      // The part that is wrong: one character for a separator, the word (up to the next space or
      // comma) for a component, the rest for trailing text.
      let stop = end;
      const reason = r.error.reason;
      if (reason === 'space' || reason === 'comma') stop = Math.min(off + 1, end);
      else if (reason !== 'trailing' && reason !== 'empty') {
        stop = off;
        while (stop < end && text.charCodeAt(stop) !== 0x20 && text.charCodeAt(stop) !== 0x2c) stop++;
        if (stop === off) stop = Math.min(off + 1, end);
      }
      problems.add('HTTP2016', off, stop - off, {
        reason: DATE_REASON[r.error.reason],
        example: 'Sun, 06 Nov 1994 08:49:37 GMT',
      });
    }
    return undefined;
  }
  const span = { offset: start + r.span.offset, length: r.span.length };
  if (r.form !== 'imf-fixdate') {
    let suggestion: string;
    try {
      suggestion = formatHttpDate(r.time);
    } catch {
      suggestion = 'IMF-fixdate';
    }
    problems.add('HTTP2015', span.offset, span.length, { form: r.form, suggestion });
  } else if (!r.weekdayMatches) {
    problems.add('HTTP2017', span.offset, 3, { written: slice.slice(r.span.offset, r.span.offset + 3), actual: DAY_NAMES[new Date(r.time).getUTCDay()] ?? '' });
  }
  return r.time;
}

/** A field whose whole value is one HTTP-date. */
export function dateField(names: readonly string[]): FieldParserDefinition<{ time: number; date: string }> {
  return defineField(names, ({ text, start, end, problems }) => {
    const t = httpDate(text, start, end, problems);
    return t === undefined ? undefined : { time: t, date: new Date(t).toISOString() };
  });
}

/**
 * A field with one value out of a fixed set (HTTP3615 for anything else, with a
 * suggestion in the message's expected list).
 */
export function enumField(
  names: readonly string[],
  allowed: readonly string[],
  options: { caseSensitive?: boolean; list?: boolean; quoted?: boolean } = {},
): FieldParserDefinition<string | string[]> {
  const check = (value: string, span: Span, input: FieldInput): string | undefined => {
    const found = options.caseSensitive ? allowed.find((a) => a === value) : allowed.find((a) => a.toLowerCase() === value.toLowerCase());
    if (found !== undefined) return found;
    const suggestion = closest(value, allowed);
    input.problems.add('HTTP3615', span.offset, span.length, {
      field: input.context.name,
      value,
      expected: suggestion ? suggestion : allowed.join(', '),
    });
    return undefined;
  };
  return defineField(names, (input) => {
    const { text, start, end } = input;
    if (options.list) {
      const out: string[] = [];
      for (const item of tokenList(input)) {
        const v = check(item.value, item.span, input);
        if (v !== undefined) out.push(v);
      }
      return out;
    }
    return check(text.slice(start, end), { offset: start, length: end - start }, input);
  });
}
