import { createDiagnostic } from '../diagnostics.js';
import { describeChar } from '../grammar/problems.js';
import { normalizeLocale } from '../i18n.js';
import type { Diagnostic, Locale } from '../types.js';
import { getFieldParser } from './lookup.js';
import type { Direction, FieldParseResult } from './types.js';

export interface ParseFieldOptions {
  direction?: Direction;
  /** 'en' (default) or 'zh-CN'; editor tags such as 'zh-cn' are accepted. */
  locale?: Locale | string;
}

type CharClass = 'crlf' | 'nul' | 'ctl' | 'non-ascii' | undefined;

function classify(c: number): CharClass {
  if (c === 0x0d || c === 0x0a) return 'crlf';
  if (c === 0) return 'nul';
  if ((c < 0x20 && c !== 0x09) || c === 0x7f) return 'ctl';
  if (c > 0x7f) return 'non-ascii';
  return undefined;
}

const NONE: ReadonlySet<number> = new Set();

const CODE: Record<Exclude<CharClass, undefined>, string> = { crlf: 'HTTP2010', nul: 'HTTP2011', ctl: 'HTTP2012', 'non-ascii': 'HTTP2013' };

/**
 * The generic character check of every field value: CR, LF, NUL, other controls
 * and non-ASCII characters, one diagnostic per run of characters of the same
 * kind, with the exact span. Returns the offsets it flagged.
 */
export function checkFieldValueCharacters(value: string, locale: Locale): { diagnostics: Diagnostic[]; flagged: ReadonlySet<number> } {
  const diagnostics: Diagnostic[] = [];
  let flagged: Set<number> | undefined;
  let i = 0;
  const n = value.length;
  while (i < n) {
    const c = value.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x09) {
      i++;
      continue;
    }
    const cls = classify(c);
    if (!cls) {
      i++;
      continue;
    }
    const start = i;
    flagged ??= new Set();
    while (i < value.length && classify(value.charCodeAt(i)) === cls) {
      flagged.add(i);
      i++;
    }
    const cp = value.codePointAt(start) ?? 0;
    const args: Record<string, string> = cls === 'ctl' || cls === 'non-ascii' ? { char: describeChar(cp) } : {};
    diagnostics.push(createDiagnostic(CODE[cls], { offset: start, length: i - start }, args, { locale }));
  }
  return { diagnostics, flagged: flagged ?? NONE };
}

/**
 * Parses one field value with the field's dedicated parser and returns the
 * parsed value (when the parser could build one) and diagnostics whose spans are
 * relative to `value`.
 *
 * - A value that still holds a template reference (`{{`) is not syntax-checked.
 * - Every value, known field or not, gets the character check (HTTP2010-2013).
 * - The field parser's diagnostics at characters the check already flagged are
 *   dropped: each problem is reported once.
 */
export function parseField(name: string, value: string, options: ParseFieldOptions = {}): FieldParseResult {
  if (value.includes('{{')) return { diagnostics: [] };
  const locale = options.locale === undefined ? 'en' : normalizeLocale(options.locale);
  // fast path: most values are visible ASCII, SP and HTAB only
  let clean = true;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c >= 0x7f) {
      clean = false;
      break;
    }
  }
  const { diagnostics, flagged } = clean ? { diagnostics: [] as Diagnostic[], flagged: NONE } : checkFieldValueCharacters(value, locale);
  const parser = getFieldParser(name);
  if (!parser) return { diagnostics };
  let result: FieldParseResult;
  try {
    const context = options.direction ? { name, direction: options.direction, locale } : { name, locale };
    result = parser.parse(value, context);
  } catch {
    // A parser that throws is a bug; the value is reported as unparsed rather than crashing the caller.
    return { diagnostics };
  }
  // prefix[k] = flagged characters before offset k, so an overlap test is O(1)
  let prefix: Uint32Array | undefined;
  if (flagged.size > 0) {
    prefix = new Uint32Array(value.length + 1);
    for (let k = 0; k < value.length; k++) prefix[k + 1] = (prefix[k] as number) + (flagged.has(k) ? 1 : 0);
  }
  if (!prefix && diagnostics.length === 0 && result.diagnostics.length <= 1) return result;
  for (const d of result.diagnostics) {
    if (prefix) {
      const from = Math.min(Math.max(d.span.offset, 0), value.length);
      const to = Math.min(Math.max(d.span.offset + d.span.length, from), value.length);
      if ((prefix[to] as number) - (prefix[from] as number) > 0) continue;
    }
    diagnostics.push(d);
  }
  if (diagnostics.length > 1) diagnostics.sort((a, b) => a.span.offset - b.span.offset);
  return result.value === undefined ? { diagnostics } : { value: result.value, diagnostics };
}
