import { localizeDiagnostic, shiftDiagnostic } from '../diagnostics.js';
import { checkCaching } from '../cache/check.js';
import { parseField } from '../fields/parse-field.js';
import { checkFieldSection } from '../registry/checks.js';
import type { Direction } from '../fields/types.js';
import { decodeLatin1 } from '../message/chars.js';
import { parseMessage } from '../message/parse.js';
import type { FieldLine, HttpMessage } from '../message/types.js';
import type { Diagnostic, Locale, Severity, Span } from '../types.js';
import { RuleContext, type LintRequest } from './context.js';
import { codeNumber, SpanKeys } from '../span-keys.js';
import { ALL_RULES, type MessageRule } from './rules.js';

export type { LintRequest } from './context.js';

export interface LintOptions {
  /** The request a response answers: enables the rules that need it (HEAD, OPTIONS, conditional requests). */
  request?: LintRequest | HttpMessage;
  /**
   * `wire` (default): a message as sent or received, every rule applies.
   * `template`: a request of an `.http` file; rules about what the sender fills in
   * (Host, Content-Length, framing) are skipped, and values holding `{{...}}` are not syntax-checked.
   */
  origin?: 'wire' | 'template';
  locale?: Locale;
  /** The clock, in milliseconds since the epoch (default: `Date.now()`). */
  now?: number;
  /**
   * For a response just received: when its request was sent and when it arrived (ms since the epoch, this computer's
   * clock). Its Date is then compared with that time (HTTP0573). Leave both out for a saved message.
   */
  requestTime?: number;
  responseTime?: number;
  /** Per-code severity overrides; `off` drops the code. */
  severity?: Readonly<Record<string, Severity | 'off'>>;
  /** The request URL when known (for example from an `.http` file), for rules about the scheme. */
  url?: string;
  /** The text the message was parsed from, so rules can look at unconsumed bytes (default: `message.source`). */
  source?: string;
  /** Parse text or bytes strictly (RFC 9112: everything a strict recipient rejects is an error). */
  strict?: boolean;
  /**
   * Kept by a caller that lints many messages in one go (the requests of one document, say), made
   * with `createLintMemo()`: each field value is then parsed once per name and value, however many
   * messages repeat it. Results are the same with or without it; drop it when the batch is done.
   */
  memo?: LintMemo;
}

/** See `LintOptions.memo`. Opaque: made by `createLintMemo()`. */
export interface LintMemo {
  /** Field value diagnostics (spans relative to the value) by direction, then field name as written, then value. */
  readonly values: Map<string, Map<string, Map<string, readonly Diagnostic[]>>>;
  /** The locale of the diagnostics held (the first one used); other locales are not memoised. */
  locale: Locale | undefined;
}

/** A memo for linting many messages together (see `LintOptions.memo`). */
export function createLintMemo(): LintMemo {
  return { values: new Map(), locale: undefined };
}

/**
 * Lints a message: text or bytes are parsed first (`parseMessage`; a response is
 * parsed knowing the request's method, so a response to HEAD has no body), then
 * checked as `lintParsedMessage` does. Never throws on any input.
 */
export function lintMessage(input: HttpMessage | string | Uint8Array, options: LintOptions = {}): Diagnostic[] {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) return lintParsedMessage(input, options);
  const requestMethod = options.request ? toLintRequest(options.request).method : undefined;
  const message = parseMessage(input, {
    requireHost: false,
    ...(options.strict !== undefined ? { strict: options.strict } : {}),
    ...(requestMethod !== undefined ? { requestMethod } : {}),
    ...(options.locale !== undefined ? { locale: options.locale } : {}),
  });
  // Bytes are not decoded whole by the parser; the rules that look at unconsumed bytes need the text.
  const source = options.source ?? (typeof input === 'string' ? input : message.rest && message.rest.length ? decodeLatin1(input) : undefined);
  return lintParsedMessage(message, source === undefined ? options : { ...options, source });
}

const TEMPLATE_REFERENCE = '{{';

/**
 * Lints a parsed message: the parser's diagnostics, every field value through its
 * dedicated parser, and the rules that need more than one field, the status code
 * or the method. Each problem is reported once (same code and span).
 */
export function lintParsedMessage(message: HttpMessage, options: LintOptions = {}): Diagnostic[] {
  const locale = options.locale ?? 'en';
  const origin = options.origin ?? 'wire';
  const out: Diagnostic[] = message.diagnostics.length ? message.diagnostics.map((d) => localizeDiagnostic(d, locale)) : [];
  const direction: Direction = message.kind;

  // Field values, each through its own parser. The character checks (HTTP2010-2013)
  // yield to the message parser, which reports bare CR, NUL and controls itself.
  const parserSpans: readonly Span[] = message.diagnostics.length ? message.diagnostics.map((d) => d.span) : NO_SPANS;
  const fieldOptions = { direction, locale };
  const memo = options.memo && (options.memo.locale ?? (options.memo.locale = locale)) === locale ? options.memo : undefined;
  lintSection(message.fields, fieldOptions, origin, parserSpans, out, memo);
  if (message.trailers.length) lintSection(message.trailers, fieldOptions, origin, parserSpans, out, memo);
  // Field names against the registry; name syntax yields to the message parser too.
  checkNames(message.fields, { direction, section: 'header', locale }, parserSpans, out);
  if (message.trailers.length) checkNames(message.trailers, { direction, section: 'trailer', locale }, parserSpans, out);
  for (const d of checkCaching(message, { locale })) out.push(d);

  const request = options.request ? toLintRequest(options.request) : undefined;
  const ctxOptions: ConstructorParameters<typeof RuleContext>[1] = { origin, locale, now: options.now ?? Date.now() };
  if (request) ctxOptions.request = request;
  const source = options.source ?? message.source;
  if (source !== undefined) ctxOptions.source = source;
  if (options.url !== undefined) ctxOptions.url = options.url;
  if (typeof options.responseTime === 'number' && Number.isFinite(options.responseTime)) {
    const responseTime = options.responseTime;
    const requestTime = typeof options.requestTime === 'number' && Number.isFinite(options.requestTime) && options.requestTime <= responseTime ? options.requestTime : responseTime;
    ctxOptions.exchange = { requestTime, responseTime };
  }
  const ctx = new RuleContext(message, ctxOptions);
  for (const rule of rulesFor(message.kind, origin, request !== undefined)) rule.check(ctx);
  // A rule that knows why bytes follow the message (a 204, a response to HEAD) replaces
  // the parser's generic "unexpected data after the message" on the same bytes.
  for (const d of ctx.diagnostics) {
    if (d.code !== 'HTTP0553' && d.code !== 'HTTP0650') continue;
    const generic = out.findIndex((x) => x.code === 'HTTP0150' && x.span.offset === d.span.offset && x.span.length === d.span.length);
    if (generic >= 0) out.splice(generic, 1);
  }
  for (const d of ctx.diagnostics) out.push(d);

  if (origin === 'template' && source !== undefined && out.length) {
    const region = messageRegion(message);
    const references = templateReferences(source, region.offset, region.offset + region.length);
    if (references.length) return finish(out.filter((d) => !references.some((r) => overlaps(r, d.span))), options.severity);
  }
  return finish(out, options.severity);
}

/** Indexed by kind (response: 4), origin (template: 2) and whether the request is known (1). */
const RULE_LISTS: (readonly MessageRule[] | undefined)[] = [];

/** The rules that apply to a message of this kind and origin, in ALL_RULES order (each list made once). */
function rulesFor(kind: HttpMessage['kind'], origin: 'wire' | 'template', hasRequest: boolean): readonly MessageRule[] {
  const key = (kind === 'response' ? 4 : 0) + (origin === 'template' ? 2 : 0) + (hasRequest ? 1 : 0);
  let list = RULE_LISTS[key];
  if (!list) {
    list = ALL_RULES.filter((rule) => {
      if (rule.wireOnly && origin === 'template') return false;
      return rule.applies === 'exchange' ? kind === 'response' && hasRequest : rule.applies === kind;
    });
    RULE_LISTS[key] = list;
  }
  return list;
}

/** The part of the source a message covers: start line, fields, trailers and body. */
function messageRegion(message: HttpMessage): Span {
  let start = message.startLine?.span.offset ?? Number.MAX_SAFE_INTEGER;
  let end = message.startLine ? message.startLine.span.offset + message.startLine.span.length : 0;
  const widen = (s: Span) => {
    if (s.offset < start) start = s.offset;
    if (s.offset + s.length > end) end = s.offset + s.length;
  };
  for (const f of message.fields) widen(f.span);
  for (const f of message.trailers) widen(f.span);
  if (message.body) widen(message.body.span);
  if (message.headSpan) widen(message.headSpan);
  return start > end ? { offset: 0, length: 0 } : { offset: start, length: end - start };
}

/** The `{{...}}` references of a template between two offsets (an unterminated one runs to the end of its line). */
function templateReferences(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let i = text.indexOf(TEMPLATE_REFERENCE, from);
  while (i >= 0 && i < to) {
    const close = text.indexOf('}}', i + 2);
    const eol = text.indexOf('\n', i + 2);
    const end = close >= 0 && (eol < 0 || close < eol) ? close + 2 : eol < 0 ? text.length : eol;
    out.push({ offset: i, length: end - i });
    i = text.indexOf(TEMPLATE_REFERENCE, end);
  }
  return out;
}

function overlaps(a: Span, b: Span): boolean {
  return a.offset < b.offset + Math.max(b.length, 1) && b.offset < a.offset + a.length;
}

const NO_SPANS: readonly Span[] = [];

/** Each field value through its own parser, its diagnostics moved onto the field line's value. */
function lintSection(fields: readonly FieldLine[], options: { direction: Direction; locale: Locale }, origin: 'wire' | 'template', parserSpans: readonly Span[], out: Diagnostic[], memo: LintMemo | undefined): void {
  for (const field of fields) {
    if (origin === 'template' && field.value.includes(TEMPLATE_REFERENCE)) continue; // not syntax-checked
    const found = memo ? memoisedValueDiagnostics(memo, field.name, field.value, options) : parseField(field.name, field.value, options).diagnostics;
    for (const d of found) {
      const shifted = shiftDiagnostic(d, field.valueSpan.offset);
      // A memoised diagnostic is shared by every line with that value: each gets its own arguments.
      if (memo) shifted.args = { ...d.args };
      if (CHARACTER_CODES.has(shifted.code) && parserSpans.some((s) => overlaps(s, shifted.span))) continue;
      out.push(shifted);
    }
  }
}

/**
 * `parseField(name, value, options).diagnostics`, from the memo when this name and value were parsed
 * before in the batch. Set-Cookie is always parsed: its check of Expires reads the clock.
 */
function memoisedValueDiagnostics(memo: LintMemo, name: string, value: string, options: { direction: Direction; locale: Locale }): readonly Diagnostic[] {
  if (name.length === 10 && name.toLowerCase() === 'set-cookie') return parseField(name, value, options).diagnostics;
  let byName = memo.values.get(options.direction);
  if (!byName) memo.values.set(options.direction, (byName = new Map()));
  let byValue = byName.get(name);
  if (!byValue) byName.set(name, (byValue = new Map()));
  let found = byValue.get(value);
  if (!found) {
    const diagnostics = parseField(name, value, options).diagnostics;
    found = diagnostics.length === 0 ? NO_DIAGNOSTICS : diagnostics;
    byValue.set(value, found);
  }
  return found;
}

const NO_DIAGNOSTICS: readonly Diagnostic[] = Object.freeze([]);

function checkNames(fields: readonly FieldLine[], options: Parameters<typeof checkFieldSection>[1], parserSpans: readonly Span[], out: Diagnostic[]): void {
  for (const d of checkFieldSection(fields, options)) {
    if (NAME_SYNTAX_CODES.has(d.code) && parserSpans.some((s) => overlaps(s, d.span))) continue;
    out.push(d);
  }
}

const CHARACTER_CODES = new Set(['HTTP2010', 'HTTP2011', 'HTTP2012', 'HTTP2013']);
const NAME_SYNTAX_CODES = new Set(['HTTP3010', 'HTTP3011']);

function toLintRequest(request: LintRequest | HttpMessage): LintRequest {
  if ('kind' in request) {
    const out: LintRequest = { method: request.method ?? 'GET', fields: request.fields };
    if (request.target !== undefined) out.target = request.target;
    return out;
  }
  return request;
}

/** Drops repeats (same code, same span), applies severity overrides and sorts by position. */
function finish(diagnostics: Diagnostic[], severity: LintOptions['severity']): Diagnostic[] {
  if (diagnostics.length === 0) return diagnostics;
  const seen = new SpanKeys();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (!seen.add(codeNumber(d.code), d.span.offset, d.span.length)) continue;
    const override = severity?.[d.code];
    if (override === 'off') continue;
    out.push(override ? { ...d, severity: override } : d);
  }
  return out.sort((a, b) => a.span.offset - b.span.offset || a.code.localeCompare(b.code));
}
