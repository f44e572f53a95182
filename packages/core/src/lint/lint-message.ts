import { localizeDiagnostic, shiftDiagnostic } from '../diagnostics.js';
import { getFieldParser } from '../fields/index.js';
import type { Direction } from '../fields/types.js';
import type { FieldLine, HttpMessage } from '../message/types.js';
import type { Diagnostic, Locale, Severity } from '../types.js';
import { RuleContext, type LintRequest } from './context.js';
import { ALL_RULES } from './rules.js';

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
  /** Per-code severity overrides; `off` drops the code. */
  severity?: Readonly<Record<string, Severity | 'off'>>;
  /** The request URL when known (for example from an `.http` file), for rules about the scheme. */
  url?: string;
  /** The text the message was parsed from, so rules can look at unconsumed bytes (`message.rest`). */
  source?: string;
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
  const out: Diagnostic[] = message.diagnostics.map((d) => (locale === 'en' ? d : localizeDiagnostic(d, locale)));
  const direction: Direction = message.kind;

  for (const section of [message.fields, message.trailers]) {
    for (const field of section) out.push(...lintField(field, direction, locale, origin));
  }

  const request = options.request ? toLintRequest(options.request) : undefined;
  const ctxOptions: ConstructorParameters<typeof RuleContext>[1] = { origin, locale, now: options.now ?? Date.now() };
  if (request) ctxOptions.request = request;
  if (options.source !== undefined) ctxOptions.source = options.source;
  if (options.url !== undefined) ctxOptions.url = options.url;
  const ctx = new RuleContext(message, ctxOptions);
  for (const rule of ALL_RULES) {
    if (rule.wireOnly && origin === 'template') continue;
    if (rule.applies === 'exchange' ? message.kind !== 'response' || !request : rule.applies !== message.kind) continue;
    rule.check(ctx);
  }
  out.push(...ctx.diagnostics);

  return finish(out, options.severity);
}

/** Runs a field's dedicated value parser and moves its diagnostics onto the field line's value. */
function lintField(field: FieldLine, direction: Direction, locale: Locale, origin: 'wire' | 'template'): Diagnostic[] {
  if (origin === 'template' && field.value.includes(TEMPLATE_REFERENCE)) return [];
  const parser = getFieldParser(field.name);
  if (!parser) return [];
  let result;
  try {
    result = parser.parse(field.value, { name: field.name, direction, locale });
  } catch {
    return []; // a parser bug must not take the whole lint down; the property tests catch it
  }
  return result.diagnostics.map((d) => shiftDiagnostic(d, field.valueSpan.offset));
}

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
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const key = `${d.code}@${d.span.offset}:${d.span.length}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const override = severity?.[d.code];
    if (override === 'off') continue;
    out.push(override ? { ...d, severity: override } : d);
  }
  return out.sort((a, b) => a.span.offset - b.span.offset || a.code.localeCompare(b.code));
}
