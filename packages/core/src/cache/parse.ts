import { createDiagnostic } from '../diagnostics.js';
import type { Diagnostic, Locale, Span } from '../types.js';
import type { ArgumentKind, DirectiveSpec } from './directives.js';
import { isKnownUnregistered, NAME_ROOT, nameSpec, nameStep, suggestDirective } from './directives.js';
import { humanizeDuration } from './text.js';
import { normalizeLocale } from '../i18n.js';
import { codeNumber, SpanKeys } from '../span-keys.js';

export type CacheDirection = 'request' | 'response';

/** One directive as written. Names are lower-cased; arguments are unquoted. */
export interface CacheDirective {
  /** Lower-case directive name. */
  name: string;
  /** The argument after `=`, without quotes (quoted-pairs resolved). */
  value?: string;
  /** The whole directive, relative to the parsed value. */
  span: Span;
  nameSpan: Span;
  valueSpan?: Span;
  /** The argument was a quoted-string. */
  quoted?: boolean;
  /** delta-seconds of a directive that takes them, when valid (capped at 2^31). */
  seconds?: number;
  /** The lower-case field names of a qualified `no-cache` or `private`. */
  fields?: string[];
  /** A later occurrence of a directive that appeared before; the first one wins. */
  duplicate?: boolean;
  /** The quoted argument has no closing quote. */
  unterminated?: boolean;
}

export interface ParseCacheControlOptions {
  /** Whether the field stands in a request or a response; both rule sets apply when omitted. */
  direction?: CacheDirection;
  locale?: Locale;
  /**
   * Whether the response has an Expires field. When given (true or false), checks that
   * need the whole response run too: `immutable` and `must-revalidate` without freshness.
   */
  expires?: boolean;
}

export interface CacheControlResult {
  directives: CacheDirective[];
  diagnostics: Diagnostic[];
}

/** A value to scan and where it starts in the caller's coordinates. */
export interface Segment {
  value: string;
  offset: number;
}

/** 2^31, the value recipients use for larger delta-seconds (RFC 9111 §1.2.2). */
export const DELTA_CAP = 2147483648;

const YEAR = 31536000;

const FLAG_LIKE = new Set(['true', 'false', 'yes', 'no', 'on', 'off']);

// tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
const TCHAR = new Uint8Array(128);
for (const c of "!#$%&'*+-.^_`|~") TCHAR[c.charCodeAt(0)] = 1;
for (let c = 48; c <= 57; c++) TCHAR[c] = 1;
for (let c = 65; c <= 90; c++) TCHAR[c] = 1;
for (let c = 97; c <= 122; c++) TCHAR[c] = 1;

export function isTchar(c: number): boolean {
  return c < 128 && TCHAR[c] === 1;
}

function isOws(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * delta-seconds = 1*DIGIT. Returns the value capped at 2^31, or -1 when the text is
 * not digits only.
 */
export function parseDeltaSeconds(text: string): number {
  const n = text.length;
  if (n === 0) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    if (v < DELTA_CAP) v = v * 10 + (c - 48);
  }
  return v > DELTA_CAP ? DELTA_CAP : v;
}

type Problem = 'unterminated' | 'whitespace' | 'emptyArgument' | 'expectedComma' | 'fieldName';

function problemText(problem: Problem, locale: Locale, detail: string): string {
  if (locale === 'zh-CN') {
    switch (problem) {
      case 'unterminated':
        return '带引号的字符串没有闭合';
      case 'whitespace':
        return '“=”两侧不允许有空白';
      case 'emptyArgument':
        return '“=”后面的参数为空';
      case 'expectedComma':
        return `“${detail}”之前应有逗号`;
      case 'fieldName':
        return `“${detail}”不是有效的字段名`;
    }
  }
  switch (problem) {
    case 'unterminated':
      return 'the quoted string is not closed';
    case 'whitespace':
      return "no whitespace is allowed around '='";
    case 'emptyArgument':
      return "the argument after '=' is empty";
    case 'expectedComma':
      return `expected ',' before '${detail}'`;
    case 'fieldName':
      return `'${detail}' is not a valid field name`;
  }
}

function snippet(s: string, i: number): string {
  let end = i;
  while (end < s.length && end - i < 20 && s.charCodeAt(end) !== 44) end++;
  return s.slice(i, end === i ? i + 1 : end);
}

/** Index of the next top-level comma at or after `i` (quoted strings skipped), or `s.length`. */
function nextComma(s: string, i: number): number {
  let inQuote = false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (inQuote) {
      if (c === 92) i++;
      else if (c === 34) inQuote = false;
    } else if (c === 34) inQuote = true;
    else if (c === 44) return i;
  }
  return s.length;
}

interface Sink {
  diagnostics: Diagnostic[];
  locale: Locale;
}

/** `#field-name` inside a quoted no-cache/private argument. */
function parseFieldList(list: string, base: number, name: string, sink: Sink | undefined): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i < list.length) {
    const c = list.charCodeAt(i);
    if (c === 44 || isOws(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < list.length && isTchar(list.charCodeAt(i))) i++;
    if (i === start) {
      // not a token: report and skip to the next comma
      let end = i;
      while (end < list.length && list.charCodeAt(end) !== 44) end++;
      if (sink) {
        const bad = list.slice(start, end).trim() || list.slice(start, start + 1);
        sink.diagnostics.push(
          createDiagnostic('HTTP3127', { offset: base + start, length: Math.max(1, end - start) }, { name, problem: problemText('fieldName', sink.locale, bad) }, { locale: sink.locale }),
        );
      }
      i = end;
      continue;
    }
    fields.push(list.slice(start, i).toLowerCase());
    // anything after the token other than OWS before the next comma is invalid
    let j = i;
    while (j < list.length && isOws(list.charCodeAt(j))) j++;
    if (j < list.length && list.charCodeAt(j) !== 44) {
      let end = j;
      while (end < list.length && list.charCodeAt(end) !== 44) end++;
      if (sink) {
        sink.diagnostics.push(
          createDiagnostic('HTTP3127', { offset: base + j, length: end - j }, { name, problem: problemText('fieldName', sink.locale, list.slice(j, end)) }, { locale: sink.locale }),
        );
      }
      j = end;
    }
    i = j;
  }
  return fields;
}

function render(d: CacheDirective): string {
  if (d.value === undefined) return d.name;
  return d.quoted ? `${d.name}="${d.value}"` : `${d.name}=${d.value}`;
}

function argumentKind(spec: DirectiveSpec, direction: CacheDirection | undefined): ArgumentKind | undefined {
  if (direction === 'request') return spec.request ?? spec.response;
  if (direction === 'response') return spec.response ?? spec.request;
  if (spec.response === 'field-list') return 'field-list';
  return spec.response ?? spec.request;
}

/**
 * Scans cache directives from one or more field values (several field lines of the
 * same field), with spans in the caller's coordinates. Diagnostics (and `duplicate`
 * marks) are produced only when a sink is given, so the hot path of `explainCaching`
 * allocates nothing for them.
 *
 * ```
 * Cache-Control   = #cache-directive
 * cache-directive = token [ "=" ( token / quoted-string ) ]
 * ```
 */
export function scanDirectives(segments: readonly Segment[], direction: CacheDirection | undefined, sink: Sink | undefined): CacheDirective[] {
  const out: CacheDirective[] = [];
  // First occurrences by name (for duplicates): a linear scan while short, a Map beyond that.
  let seen: Map<string, CacheDirective> | undefined;
  for (const seg of segments) {
    const s = seg.value;
    const base = seg.offset;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const c0 = s.charCodeAt(i);
      if (c0 === 44 || isOws(c0)) {
        i++;
        continue;
      }
      const start = i;
      let state = NAME_ROOT;
      while (i < n) {
        const c = s.charCodeAt(i);
        if (c >= 128 || TCHAR[c] !== 1) break;
        state = nameStep(state, c);
        i++;
      }
      if (i === start) {
        const end = nextComma(s, i);
        if (sink) {
          sink.diagnostics.push(createDiagnostic('HTTP3100', { offset: base + start, length: Math.max(1, end - start) }, { found: snippet(s, start) }, { locale: sink.locale }));
        }
        i = end;
        continue;
      }
      // a registered name is recognised while scanned; its canonical (lower-case) name is taken
      const spec = nameSpec(state);
      const name = spec ? spec.name : s.slice(start, i).toLowerCase();
      const nameSpan = { offset: base + start, length: i - start };
      const directive: CacheDirective = { name, span: nameSpan, nameSpan };
      let k = i;
      while (k < n && isOws(s.charCodeAt(k))) k++;
      if (k < n && s.charCodeAt(k) === 61) {
        let ws = k > i;
        k++;
        const afterEq = k;
        while (k < n && isOws(s.charCodeAt(k))) k++;
        if (k > afterEq) ws = true;
        const vStart = k;
        if (k < n && s.charCodeAt(k) === 34) {
          // quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE
          k++;
          let value = '';
          let runStart = k;
          let closed = false;
          while (k < n) {
            const c = s.charCodeAt(k);
            if (c === 92 && k + 1 < n) {
              value += s.slice(runStart, k);
              runStart = k + 1;
              k += 2;
              continue;
            }
            if (c === 34) {
              closed = true;
              break;
            }
            k++;
          }
          value += s.slice(runStart, k);
          if (closed) k++;
          else directive.unterminated = true;
          if (!closed && sink) {
            sink.diagnostics.push(
              createDiagnostic('HTTP3127', { offset: base + vStart, length: k - vStart }, { name, problem: problemText('unterminated', sink.locale, '') }, { locale: sink.locale }),
            );
          }
          directive.value = value;
          directive.quoted = true;
        } else {
          while (k < n && isTchar(s.charCodeAt(k))) k++;
          directive.value = s.slice(vStart, k);
        }
        directive.valueSpan = { offset: base + vStart, length: k - vStart };
        directive.span = { offset: base + start, length: k - start };
        if (ws && sink) {
          sink.diagnostics.push(
            createDiagnostic('HTTP3127', { offset: base + i, length: vStart - i }, { name, problem: problemText('whitespace', sink.locale, '') }, { locale: sink.locale, severity: 'warning' }),
          );
        }
        i = k;
      }
      // after a directive: OWS, then a comma or the end
      let j = i;
      while (j < n && isOws(s.charCodeAt(j))) j++;
      if (j < n && s.charCodeAt(j) !== 44) {
        const end = nextComma(s, j);
        if (sink) {
          sink.diagnostics.push(
            createDiagnostic('HTTP3127', { offset: base + j, length: end - j }, { name, problem: problemText('expectedComma', sink.locale, snippet(s, j)) }, { locale: sink.locale }),
          );
        }
        j = end;
      }
      i = j;
      check(directive, spec, direction, sink);
      if (sink) {
        const first = seen ? seen.get(name) : firstIn(out, name);
        if (first) {
          directive.duplicate = true;
          sink.diagnostics.push(createDiagnostic('HTTP3103', directive.span, { name, first: render(first) }, { locale: sink.locale }));
        } else if (seen) seen.set(name, directive);
        else if (out.length >= 16) {
          seen = new Map();
          for (const d of out) if (!d.duplicate && !seen.has(d.name)) seen.set(d.name, d);
          seen.set(name, directive);
        }
      }
      out.push(directive);
    }
  }
  return out;
}

/** The first directive of `out` with this name that is not a duplicate. */
function firstIn(out: readonly CacheDirective[], name: string): CacheDirective | undefined {
  for (let k = 0; k < out.length; k++) {
    const d = out[k] as CacheDirective;
    if (d.name === name && !d.duplicate) return d;
  }
  return undefined;
}

/** Argument and direction checks of one directive; fills `seconds` and `fields`. */
function check(d: CacheDirective, spec: DirectiveSpec | undefined, direction: CacheDirection | undefined, sink: Sink | undefined): void {
  if (!spec) {
    if (!sink) return;
    // An extension is kept; a name close to a registered one gets a suggestion (never for known extensions).
    const suggestion = isKnownUnregistered(d.name) ? undefined : suggestDirective(d.name);
    if (suggestion) sink.diagnostics.push(createDiagnostic('HTTP3102', d.nameSpan, { name: d.name, suggestion }, { locale: sink.locale }));
    else sink.diagnostics.push(createDiagnostic('HTTP3101', d.nameSpan, { name: d.name }, { locale: sink.locale }));
    return;
  }
  if (sink && direction === 'response' && !spec.response) sink.diagnostics.push(createDiagnostic('HTTP3109', d.nameSpan, { name: d.name }, { locale: sink.locale }));
  if (sink && direction === 'request' && !spec.request) sink.diagnostics.push(createDiagnostic('HTTP3110', d.nameSpan, { name: d.name }, { locale: sink.locale }));
  const kind = argumentKind(spec, direction);
  const value = d.value;
  const valueSpan = d.valueSpan ?? d.span;
  switch (kind) {
    case 'none':
      if (value !== undefined && sink) sink.diagnostics.push(createDiagnostic('HTTP3105', valueSpan, { name: d.name, value: render(d).slice(d.name.length + 1) }, { locale: sink.locale }));
      return;
    case 'delta':
    case 'optional-delta': {
      if (value === undefined || (value === '' && !d.quoted)) {
        if (kind === 'optional-delta' && value === undefined) return;
        if (sink) {
          const expected = sink.locale === 'zh-CN' ? `秒数，例如 ${d.name}=60` : `seconds, as in ${d.name}=60`;
          sink.diagnostics.push(createDiagnostic('HTTP3104', d.span, { name: d.name, expected }, { locale: sink.locale }));
        }
        return;
      }
      const seconds = parseDeltaSeconds(value);
      if (seconds < 0) {
        if (sink) sink.diagnostics.push(createDiagnostic('HTTP3106', valueSpan, { name: d.name, value: d.quoted ? `"${value}"` : value }, { locale: sink.locale }));
        return;
      }
      d.seconds = seconds;
      if (sink) {
        // Spans: quoting on the argument with its quotes, the cap on the digits, a long lifetime on the name.
        if (d.quoted && !d.unterminated) sink.diagnostics.push(createDiagnostic('HTTP3107', valueSpan, { name: d.name, value }, { locale: sink.locale }));
        const digits = d.quoted ? { offset: valueSpan.offset + 1, length: value.length } : valueSpan;
        if (seconds === DELTA_CAP && value.replace(/^0+/, '') !== '2147483648') {
          sink.diagnostics.push(createDiagnostic('HTTP3108', digits, { name: d.name, value }, { locale: sink.locale }));
        } else if (seconds > YEAR && direction !== 'request' && (d.name === 'max-age' || d.name === 's-maxage')) {
          sink.diagnostics.push(createDiagnostic('HTTP3116', d.nameSpan, { name: d.name, value, duration: humanizeDuration(seconds, sink.locale) }, { locale: sink.locale }));
        }
      }
      return;
    }
    case 'field-list': {
      if (value === undefined) return;
      if (direction === 'request') return;
      if (value === '' && !d.quoted) {
        if (sink) sink.diagnostics.push(createDiagnostic('HTTP3127', d.span, { name: d.name, problem: problemText('emptyArgument', sink.locale, '') }, { locale: sink.locale }));
        return;
      }
      if (!d.quoted && sink) {
        // `no-cache=true`, `private=1`: a flag written as a boolean; caches read it as a list of one field named "true".
        if (FLAG_LIKE.has(value.toLowerCase()) || parseDeltaSeconds(value) >= 0) {
          sink.diagnostics.push(createDiagnostic('HTTP3102', d.span, { name: `${d.name}=${value}`, suggestion: d.name }, { locale: sink.locale }));
        } else sink.diagnostics.push(createDiagnostic('HTTP3126', valueSpan, { name: d.name, value }, { locale: sink.locale }));
      }
      const listBase = valueSpan.offset + (d.quoted ? 1 : 0);
      // spans inside a list with quoted-pairs are approximate; field names never contain backslashes
      d.fields = parseFieldList(value, listBase, d.name, sink);
      return;
    }
    default:
      return;
  }
}

/** Response-level conflicts between the directives of one field (first occurrences). */
function checkConflicts(directives: readonly CacheDirective[], sink: Sink, expires: boolean | undefined): void {
  let noStore: CacheDirective | undefined;
  let maxAge: CacheDirective | undefined;
  let sMaxage: CacheDirective | undefined;
  let swr: CacheDirective | undefined;
  let sie: CacheDirective | undefined;
  let immutable: CacheDirective | undefined;
  let pub: CacheDirective | undefined;
  let priv: CacheDirective | undefined;
  let noCache: CacheDirective | undefined;
  let mustUnderstand: CacheDirective | undefined;
  let mustRevalidate: CacheDirective | undefined;
  // The first occurrence of each directive that a conflict involves, in one pass.
  for (const d of directives) {
    if (d.duplicate) continue;
    switch (d.name) {
      case 'no-store':
        noStore ??= d;
        break;
      case 'max-age':
        maxAge ??= d;
        break;
      case 's-maxage':
        sMaxage ??= d;
        break;
      case 'stale-while-revalidate':
        swr ??= d;
        break;
      case 'stale-if-error':
        sie ??= d;
        break;
      case 'immutable':
        immutable ??= d;
        break;
      case 'public':
        pub ??= d;
        break;
      case 'private':
        priv ??= d;
        break;
      case 'no-cache':
        noCache ??= d;
        break;
      case 'must-understand':
        mustUnderstand ??= d;
        break;
      case 'must-revalidate':
        mustRevalidate ??= d;
        break;
      default:
        break;
    }
  }
  if (noStore) {
    // A zero lifetime (`no-store, max-age=0`, as Django's never_cache and Next.js send) agrees
    // with no-store: it does not suggest that caching was intended.
    for (const d of [maxAge, sMaxage, swr, sie, immutable]) {
      if (d && !((d === maxAge || d === sMaxage) && d.seconds === 0)) sink.diagnostics.push(createDiagnostic('HTTP3111', d.span, { other: render(d) }, { locale: sink.locale }));
    }
  }
  if (pub && priv && !priv.fields) sink.diagnostics.push(createDiagnostic('HTTP3112', pub.span, {}, { locale: sink.locale }));
  if (noCache && !noCache.fields && !noStore) {
    for (const d of [maxAge, sMaxage]) {
      if (d && d.seconds !== undefined && d.seconds > 0) sink.diagnostics.push(createDiagnostic('HTTP3113', d.span, { value: d.value ?? '' }, { locale: sink.locale }));
    }
  }
  if (mustUnderstand && !noStore) sink.diagnostics.push(createDiagnostic('HTTP3128', mustUnderstand.span, {}, { locale: sink.locale }));
  if (expires !== undefined && !noStore) {
    const lifetime = maxAge !== undefined || sMaxage !== undefined || expires;
    if (immutable && !lifetime) sink.diagnostics.push(createDiagnostic('HTTP3114', immutable.span, {}, { locale: sink.locale }));
    if (mustRevalidate && !lifetime && !noCache) sink.diagnostics.push(createDiagnostic('HTTP3115', mustRevalidate.span, {}, { locale: sink.locale }));
  }
}

/**
 * Keeps the first diagnostic of each span: a problem is reported once (DESIGN.md),
 * and the checks run from the most specific (syntax) to the most general.
 */
export function onePerSpan(diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length < 2) return diagnostics;
  const seen = new SpanKeys();
  return diagnostics.filter((d) => seen.add(Math.floor(codeNumber(d.code) / 100), d.span.offset, d.span.length));
}

/** Parses several field lines of one cache-control field, with diagnostics. */
export function parseCacheControlSegments(segments: readonly Segment[], options: ParseCacheControlOptions = {}): CacheControlResult {
  const sink: Sink = { diagnostics: [], locale: options.locale === 'zh-CN' || options.locale === undefined || options.locale === 'en' ? (options.locale ?? 'en') : normalizeLocale(options.locale) };
  const directives = scanDirectives(segments, options.direction, sink);
  if (options.direction === 'response') checkConflicts(directives, sink, options.expires);
  return { directives, diagnostics: onePerSpan(sink.diagnostics) };
}

/**
 * Parses a Cache-Control field value (RFC 9111 §5.2) into its directives, with
 * diagnostics whose spans are relative to `value`. Never throws.
 *
 * ```ts
 * parseCacheControl('public, max-age="60", s-max-age=600', { direction: 'response' })
 * // directives: public, max-age (seconds 60, quoted), s-max-age (unknown)
 * // diagnostics: HTTP3107 (quoted delta-seconds), HTTP3102 (did you mean s-maxage?)
 * ```
 */
export function parseCacheControl(value: string, options: ParseCacheControlOptions = {}): CacheControlResult {
  return parseCacheControlSegments([{ value: typeof value === 'string' ? value : String(value), offset: 0 }], options);
}
