import { createDiagnostic } from '../diagnostics.js';
import type { FieldLine, HttpMessage } from '../message/types.js';
import type { Diagnostic, Locale, MessageArgs, RelatedInformation, Span } from '../types.js';

/** The request a response answers, as far as the linter needs it. */
export interface LintRequest {
  method: string;
  target?: string;
  fields: readonly Pick<FieldLine, 'name' | 'value'>[];
}

/** What every message rule sees. */
export class RuleContext {
  readonly diagnostics: Diagnostic[] = [];
  /** Field lines by lower-cased name; made on first use, and only for long header sections (short ones are scanned). */
  private byName: Map<string, FieldLine[]> | undefined;

  readonly origin: 'wire' | 'template';
  readonly locale: Locale;
  readonly request: LintRequest | undefined;
  readonly now: number;
  /** The text the message was parsed from, when known (to look at unconsumed bytes). */
  readonly source: string | undefined;
  /** The request URL, when known (an `.http` request), for rules about the scheme. */
  readonly url: string | undefined;
  /** When a response just received was asked for and arrived (ms, this computer's clock); undefined for a saved message. */
  readonly exchange: { requestTime: number; responseTime: number } | undefined;

  constructor(
    readonly message: HttpMessage,
    options: {
      origin: 'wire' | 'template';
      locale: Locale;
      request?: LintRequest;
      now: number;
      source?: string;
      url?: string;
      exchange?: { requestTime: number; responseTime: number };
    },
  ) {
    this.origin = options.origin;
    this.locale = options.locale;
    this.request = options.request;
    this.now = options.now;
    this.source = options.source;
    this.url = options.url;
    this.exchange = options.exchange;
  }

  /** The field lines named `name` (any case), or undefined when there is none. */
  private lookup(name: string): FieldLine[] | undefined {
    const lower = name.toLowerCase();
    const fields = this.message.fields;
    if (fields.length > LINEAR_SCAN_LIMIT) {
      if (!this.byName) {
        this.byName = new Map();
        for (const field of fields) {
          const key = field.name.toLowerCase();
          const list = this.byName.get(key);
          if (list) list.push(field);
          else this.byName.set(key, [field]);
        }
      }
      return this.byName.get(lower);
    }
    let found: FieldLine[] | undefined;
    for (const field of fields) {
      if (!sameName(field.name, lower)) continue;
      if (found) found.push(field);
      else found = [field];
    }
    return found;
  }

  /** True for a wire message; false for a template, whose sender fills in Host, Content-Length and framing. */
  get wire(): boolean {
    return this.origin === 'wire';
  }

  /** Whether the parser already reported a framing problem (HTTP0001-0499). */
  get hasFramingDiagnostic(): boolean {
    return this.message.diagnostics.some((d) => d.code < 'HTTP0500');
  }

  get isRequest(): boolean {
    return this.message.kind === 'request';
  }

  get status(): number {
    return this.message.status ?? 0;
  }

  get method(): string {
    return (this.message.method ?? '').toUpperCase();
  }

  /** Every field line with this name (case-insensitive), in order. */
  fields(name: string): FieldLine[] {
    return this.lookup(name) ?? [];
  }

  has(name: string): boolean {
    return this.field(name) !== undefined;
  }

  /** The first field line with this name. */
  field(name: string): FieldLine | undefined {
    const fields = this.message.fields;
    if (fields.length > LINEAR_SCAN_LIMIT) return this.lookup(name)?.[0];
    const lower = name.toLowerCase();
    for (const field of fields) if (sameName(field.name, lower)) return field;
    return undefined;
  }

  /** The combined value of every field line with this name (RFC 9110 §5.3), or undefined. */
  value(name: string): string | undefined {
    const lines = this.lookup(name);
    return lines ? lines.map((f) => f.value).join(', ') : undefined;
  }

  /** The members of a list-based field across all its lines, lower-cased, empty members dropped. */
  listMembers(name: string): string[] {
    const out: string[] = [];
    for (const f of this.fields(name)) for (const member of splitList(f.value)) out.push(member.toLowerCase());
    return out;
  }

  /** The members of one field line's list value, with spans in the input. */
  memberSpans(field: FieldLine): { text: string; span: Span }[] {
    return listMembers(field.value).map((m) => ({ text: m.text, span: { offset: field.valueSpan.offset + m.offset, length: m.text.length } }));
  }

  /** Whether the request this response answers has the field (undefined when no request is given). */
  requestHas(name: string): boolean {
    const lower = name.toLowerCase();
    return this.request?.fields.some((f) => f.name.toLowerCase() === lower) ?? false;
  }

  requestValue(name: string): string | undefined {
    const lower = name.toLowerCase();
    const lines = this.request?.fields.filter((f) => f.name.toLowerCase() === lower) ?? [];
    return lines.length ? lines.map((f) => f.value).join(', ') : undefined;
  }

  /** The number of content bytes the message carries, when it is known. */
  get contentLength(): number | undefined {
    return this.message.body?.bytes.length;
  }

  /** Where a diagnostic about the whole message goes: the start line. */
  get startLineSpan(): Span {
    return this.message.startLine?.span ?? { offset: 0, length: 0 };
  }

  report(code: string, span: Span, args: MessageArgs = {}, related?: RelatedInformation[]): void {
    this.diagnostics.push(createDiagnostic(code, span, args, related ? { locale: this.locale, related } : { locale: this.locale }));
  }
}

/** Up to this many field lines, a name is found by scanning them: cheaper than building a map per message. */
const LINEAR_SCAN_LIMIT = 16;

/**
 * `name.toLowerCase() === lower` for a lower-cased ASCII `lower` (the rules' names), without making the copy:
 * ASCII letters are folded in place; a name with other characters is compared as `toLowerCase` has it
 * (the Kelvin sign lower-cases to `k`).
 */
function sameName(name: string, lower: string): boolean {
  if (name.length !== lower.length) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 128) return name.toLowerCase() === lower;
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Splits a `#rule` list on commas outside quoted strings and comments, trimming
 * optional whitespace and dropping empty members (RFC 9110 §5.6.1).
 */
export function splitList(value: string): string[] {
  return listMembers(value).map((m) => m.text);
}

/** The members of a `#rule` list with their offsets in the value. */
export function listMembers(value: string): { text: string; offset: number }[] {
  const members: { text: string; offset: number }[] = [];
  let start = 0;
  let quoted = false;
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (quoted) {
      if (c === 0x5c) i++;
      else if (c === 0x22) quoted = false;
    } else if (c === 0x22) quoted = true;
    else if (c === 0x28) depth++;
    else if (c === 0x29 && depth > 0) depth--;
    else if (c === 0x2c && depth === 0) {
      push(value.slice(start, i), start);
      start = i + 1;
    }
  }
  push(value.slice(start), start);
  return members;

  function push(member: string, at: number) {
    const trimmed = member.trim();
    if (trimmed) members.push({ text: trimmed, offset: at + member.indexOf(trimmed) });
  }
}

/** The media type of a Content-Type value, lower-cased, without parameters. */
export function mediaType(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const semicolon = value.indexOf(';');
  return (semicolon < 0 ? value : value.slice(0, semicolon)).trim().toLowerCase();
}
