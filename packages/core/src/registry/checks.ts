import { createDiagnostic } from '../diagnostics.js';
import { formatMessage } from '../i18n.js';
import type { FieldLine } from '../message/types.js';
import type { Diagnostic, Locale, Span } from '../types.js';
import { getFieldDefinition } from './field-registry.js';
import type { FieldDefinition } from './fields/types.js';
import { suggestFieldName } from './suggest.js';
import { getVendorPrefix } from './vendors.js';

export interface FieldCheckOptions {
  /** Whether the fields stand in a request or a response; without it, direction is not checked. */
  direction?: 'request' | 'response';
  /** The header section (default) or the trailer section of a chunked message. */
  section?: 'header' | 'trailer';
  locale?: Locale;
  /**
   * Skip the name-syntax codes (HTTP3010, HTTP3011), for callers whose parser has
   * already reported invalid field names (each problem is reported once).
   */
  skipSyntax?: boolean;
}

/**
 * Fields whose repetition the message parser reports, because a duplicate changes
 * how the message is framed or routed (RFC 9112 Sections 3.2 and 6.3).
 */
export const REPETITION_CHECKED_BY_PARSER: ReadonlySet<string> = new Set(['content-length', 'host']);

/** tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA */
export function isTchar(code: number): boolean {
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return true;
  return code < 0x80 && "!#$%&'*+-.^_`|~".includes(String.fromCharCode(code));
}

/** field-name = token (RFC 9110, Section 5.1) */
export function isValidFieldName(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) if (!isTchar(name.charCodeAt(i))) return false;
  return true;
}

/** How a character is named in a message: `'('`, or `U+0020` for spaces, controls and non-ASCII. */
function describeCharacter(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code > 0x20 && code < 0x7f) return `'${ch}'`;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Go-style canonical form: each hyphen-separated part capitalised (`Www-Authenticate`, `Etag`). */
function titleCase(name: string): string {
  return name
    .toLowerCase()
    .split('-')
    .map((part) => (part ? part[0]?.toUpperCase() + part.slice(1) : part))
    .join('-');
}

/** Lower case and per-part title case are common library conventions; anything else that differs is unusual. */
function hasUnusualCasing(name: string, def: FieldDefinition): boolean {
  return name !== def.name && name !== name.toLowerCase() && name !== titleCase(name);
}

function joinNames(names: readonly string[]): string {
  return names.join(' / ');
}

/**
 * Checks one field name against the registry: syntax (HTTP3010, HTTP3011), unknown
 * or misspelled (HTTP3000, HTTP3001), deprecated, obsoleted or superseded
 * (HTTP3002-HTTP3006), discouraged (HTTP3014, HTTP3015), wrong direction (HTTP3007, HTTP3008), unusual casing (HTTP3012)
 * and not allowed in a trailer section (HTTP3013). `span` is where the name stands in the input.
 */
export function checkFieldName(name: string, span: Span, options: FieldCheckOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  addNameProblems(name, span, options, { locale: options.locale ?? 'en' }, out);
  return out;
}

/**
 * `checkFieldName`'s diagnostics appended to `out` (no list of its own per name);
 * returns the field's registry definition, undefined for an unknown or invalid name.
 */
function addNameProblems(name: string, span: Span, options: FieldCheckOptions, opts: { locale: Locale }, out: Diagnostic[]): FieldDefinition | undefined {
  const before = out.length;
  if (name.length === 0) {
    if (!options.skipSyntax) out.push(createDiagnostic('HTTP3011', span, {}, opts));
    return undefined;
  }
  for (let i = 0; i < name.length; i++) {
    if (isTchar(name.charCodeAt(i))) continue;
    if (options.skipSyntax) return undefined;
    const ch = String.fromCodePoint(name.codePointAt(i) ?? 0);
    out.push(createDiagnostic('HTTP3010', { offset: span.offset + i, length: ch.length }, { character: describeCharacter(ch), name }, opts));
    return undefined;
  }

  const def = getFieldDefinition(name);
  if (!def) {
    const suggestion = suggestFieldName(name);
    // a field of a vendor's own family (x-amz-*, x-goog-*, x-ms-*, cf-*...): nonstandard, but not unknown (a misspelt
    // known one, such as CF-Cache-Stauts, still gets its suggestion)
    if (!suggestion && getVendorPrefix(name)) return undefined;
    out.push(suggestion ? createDiagnostic('HTTP3001', span, { name, suggestion }, opts) : createDiagnostic('HTTP3000', span, { name }, opts));
    return undefined;
  }

  const replacement = def.replacedBy && def.replacedBy.length > 0 ? joinNames(def.replacedBy) : undefined;
  if (def.status === 'deprecated') {
    out.push(replacement ? createDiagnostic('HTTP3003', span, { name: def.name, replacement }, opts) : createDiagnostic('HTTP3002', span, { name: def.name }, opts));
  } else if (def.status === 'obsoleted') {
    out.push(replacement ? createDiagnostic('HTTP3005', span, { name: def.name, replacement }, opts) : createDiagnostic('HTTP3004', span, { name: def.name }, opts));
  } else if (replacement) {
    out.push(createDiagnostic('HTTP3006', span, { name: def.name, replacement }, opts));
  } else if (def.discouraged) {
    out.push(createDiagnostic(def.discouraged === 'ineffective' ? 'HTTP3014' : 'HTTP3015', span, { name: def.name }, opts));
  }

  // One registry diagnostic per field name (each span, one problem of this area):
  // the most important first; the others show once it is fixed.
  if (out.length === before && options.direction && def.appearsIn !== 'both' && def.appearsIn !== options.direction) {
    out.push(createDiagnostic(def.appearsIn === 'request' ? 'HTTP3007' : 'HTTP3008', span, { name: def.name }, opts));
  }
  if (out.length === before && options.section === 'trailer' && def.trailer === 'forbidden') {
    out.push(createDiagnostic('HTTP3013', span, { name: def.name }, opts));
  }
  if (out.length === before && hasUnusualCasing(name, def)) {
    out.push(createDiagnostic('HTTP3012', span, { name, canonical: def.name }, opts));
  }
  return def;
}

const FIRST_OCCURRENCE = { en: 'First {name} field line.', 'zh-CN': '第一个 {name} 字段行。' } as const;

/**
 * Checks a whole header or trailer section: every name (see `checkFieldName`) and
 * singleton fields that appear more than once (HTTP3009, reported on each repeated
 * line, with the first line as related information). Content-Length and Host are
 * left to the message parser.
 */
export function checkFieldSection(fields: readonly FieldLine[], options: FieldCheckOptions = {}): Diagnostic[] {
  const locale = options.locale ?? 'en';
  const opts = { locale };
  const out: Diagnostic[] = [];
  // Each line's definition when it is a singleton field whose repetition is checked here, else undefined.
  // Sections are short: repeats are found by scanning this list, without a map per section.
  let singletons: (FieldDefinition | undefined)[] | undefined;
  let repeated = false;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] as FieldLine;
    const def = addNameProblems(field.name, field.nameSpan, options, opts, out);
    const single = def && !def.list && !def.repeatable && !REPETITION_CHECKED_BY_PARSER.has(def.name.toLowerCase()) ? def : undefined;
    if (!single) continue;
    singletons ??= new Array<FieldDefinition | undefined>(fields.length).fill(undefined);
    if (!repeated && singletons.includes(single)) repeated = true;
    singletons[i] = single;
  }
  if (repeated && singletons) {
    // A repeated line gets HTTP3009 alone: the name's own remark (superseded, deprecated,
    // casing...) stands on the first line, and one span holds one problem of this area.
    const repeatedAt = new Set<number>();
    for (let j = 0; j < fields.length; j++) {
      const def = singletons[j];
      if (def && singletons.indexOf(def) !== j) repeatedAt.add((fields[j] as FieldLine).nameSpan.offset);
    }
    for (let k = out.length - 1; k >= 0; k--) {
      const d = out[k] as Diagnostic;
      if (repeatedAt.has(d.span.offset)) out.splice(k, 1);
    }
    // In the order of each field's first line, as its repeated lines follow.
    for (let i = 0; i < fields.length; i++) {
      const def = singletons[i];
      if (!def || singletons.indexOf(def) !== i) continue;
      let count = 0;
      for (let j = i; j < fields.length; j++) if (singletons[j] === def) count++;
      if (count < 2) continue;
      const first = fields[i] as FieldLine;
      for (let j = i + 1; j < fields.length; j++) {
        if (singletons[j] !== def) continue;
        out.push(
          createDiagnostic('HTTP3009', (fields[j] as FieldLine).nameSpan, { name: def.name, count }, {
            locale,
            related: [{ message: formatMessage(FIRST_OCCURRENCE[locale], { name: def.name }), span: first.nameSpan }],
          }),
        );
      }
    }
  }
  return out.length > 1 ? out.sort((a, b) => a.span.offset - b.span.offset) : out;
}
