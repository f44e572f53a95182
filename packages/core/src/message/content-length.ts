import { FRAMING_STRICT_ERRORS } from '../codes/blocks/framing.js';
import { createDiagnostic } from '../diagnostics.js';
import type { Diagnostic, Locale, MessageArgs, Severity } from '../types.js';

export interface ContentLengthOptions {
  /** Offset of `value` in the input, added to every span. */
  offset?: number;
  /** Repeated identical values become an error (a strict recipient rejects them). */
  strict?: boolean;
  locale?: Locale;
}

export interface ContentLengthResult {
  /** The length, when the value determines one. */
  value?: number;
  diagnostics: Diagnostic[];
}

/**
 * Validates a Content-Length field value (without surrounding OWS) and returns its length.
 * Never throws.
 *
 * ```abnf
 * Content-Length = 1*DIGIT              ; RFC 9110 §8.6
 * ```
 *
 * A list of identical values (`42, 42`, what an intermediary produces when it combines
 * repeated field lines) gives that value with HTTP0113 (an error with `strict`);
 * different values give HTTP0112 and no length. A sign, spaces inside, other
 * characters or an empty value give HTTP0110; a value above 2^53 - 1 gives HTTP0111.
 */
export function parseContentLength(value: string, options: ContentLengthOptions = {}): ContentLengthResult {
  const offset = options.offset ?? 0;
  const diagnostics: Diagnostic[] = [];
  const span = { offset, length: value.length };
  const report = (code: string, args: MessageArgs, severity?: Severity): void => {
    let s = severity;
    if (options.strict && FRAMING_STRICT_ERRORS.has(code)) s = 'error';
    diagnostics.push(createDiagnostic(code, span, args, { locale: options.locale ?? 'en', ...(s ? { severity: s } : {}) }));
  };
  // Fast path: plain digits.
  const single = digitsValue(value, 0, value.length);
  if (single >= 0) return { value: single, diagnostics };
  if (single === OVERFLOW) {
    report('HTTP0111', { value: shorten(value) });
    return { diagnostics };
  }
  // A comma-separated list of values (RFC 9110 §8.6: `42, 42`).
  const values: number[] = [];
  let start = 0;
  for (;;) {
    const comma = value.indexOf(',', start);
    const end = comma < 0 ? value.length : comma;
    let s = start;
    let e = end;
    while (s < e && (value.charCodeAt(s) === 0x20 || value.charCodeAt(s) === 0x09)) s++;
    while (e > s && (value.charCodeAt(e - 1) === 0x20 || value.charCodeAt(e - 1) === 0x09)) e--;
    const n = digitsValue(value, s, e);
    if (n === OVERFLOW) {
      report('HTTP0111', { value: shorten(value) });
      return { diagnostics };
    }
    if (n < 0 || (comma < 0 && values.length === 0)) {
      report('HTTP0110', { value: shorten(value) });
      return { diagnostics };
    }
    values.push(n);
    if (comma < 0) break;
    start = comma + 1;
  }
  const first = values[0] as number;
  if (values.some((v) => v !== first)) {
    report('HTTP0112', { values: values.join(', ') });
    return { diagnostics };
  }
  report('HTTP0113', { value: first });
  return { value: first, diagnostics };
}

const OVERFLOW = -2;

/** 1*DIGIT in value[start, end): the number, -1 when not digits, OVERFLOW above 2^53 - 1. */
export function digitsValue(text: string, start: number, end: number): number {
  if (start >= end) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  if (n > Number.MAX_SAFE_INTEGER) {
    return OVERFLOW;
  }
  return n;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
