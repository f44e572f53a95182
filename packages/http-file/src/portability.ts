import { createDiagnostic } from '@httplens/core';
import type { Diagnostic, Locale, MessageArgs, Span } from '@httplens/core';
import { dynamicName, getDynamicVariable, type DynamicVariableInfo } from './dynamic.js';
import { applySuppressions, findSuppressions } from './suppress.js';
import { isGraphqlMarker, isNamed, KNOWN_METHODS, looksLikeRequestLine, startsBodyAmongHeaders, trimmedEnd } from './syntax.js';
import { checkTimeouts } from './timeouts.js';
import type { AssertLine, BodyPart, CommentNode, FileVariable, HttpFile, HttpFileHeader, HttpFileRequest, OutputRedirect, ResponseReference, ScriptNode, VariableReference } from './types.js';

const ALL_TOOLS = 3;

const JSONISH = /json|x-www-form-urlencoded|graphql/i;

/**
 * Notes (HTTP5xxx, info) where REST Client, the JetBrains HTTP Client and httpYac read the same
 * file differently. Each message names the tools affected.
 *
 * For a file from `parseHttpFile`, these are the HTTP5xxx diagnostics of the parse itself (the
 * same codes, spans and arguments, in the same order), with the file's suppression comments
 * applied; `locale` chooses their language. Use it to get the notes again in another language,
 * or after changing a parse result.
 */
export function checkPortability(file: HttpFile, locale?: Locale): Diagnostic[] {
  const out: Diagnostic[] = [];
  const add = (code: string, span: Span, args: MessageArgs = {}): void => {
    // checkRequestContent also gives the parser's warnings about timeout values (HTTP1050), which are not notes
    if (code.startsWith('HTTP5')) out.push(createDiagnostic(code, span, args, locale ? { locale } : {}));
  };
  const text = file.text;
  const values = new VariableValues(file.variables);
  for (const r of file.requests) {
    checkRequest(r, text, file.dialect, add, locale, values);
    // The comment lines before and after a body's text, which REST Client and httpYac leave out (the parser notes them as it reads them).
    for (let k = 0; k < r.comments.length; k++) {
      const c = r.comments[k] as CommentNode;
      if (c.inBody === true) add('HTTP5001', c.span);
    }
  }
  for (const s of file.scripts) checkScript(s, file.dialect, add);
  for (const d of file.directives ?? []) add('HTTP5018', d.span, { directive: d.kind });
  for (const v of file.variables) {
    for (const ref of v.references) checkReference(ref, add, locale);
  }
  out.sort((a, b) => a.span.offset - b.span.offset || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const suppressions = Array.isArray(file.suppressions) ? file.suppressions : findSuppressions(text);
  return suppressions.length > 0 ? applySuppressions(out, { suppressions }) : out;
}

/**
 * The lower-case method of a request line that httpYac reads whole as its URL (it knows upper-case methods only):
 * the first word of such a URL, when it is a known method written otherwise and more words follow.
 */
function httpyacLowerCaseMethod(r: HttpFileRequest): string | undefined {
  if (r.methodSpan !== undefined || r.protocol !== 'http') return undefined;
  const url = r.url;
  let end = 0;
  while (end < url.length && url.charCodeAt(end) !== 32 && url.charCodeAt(end) !== 9) end++;
  if (end === 0 || end === url.length) return undefined;
  const word = url.slice(0, end);
  const upper = word.toUpperCase();
  return word !== upper && KNOWN_METHODS.has(upper) ? word : undefined;
}

/** Whether `text[from, to)` holds a blank line: nothing but spaces and tabs between two line breaks (CR LF is one). */
function hasBlankLine(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (++breaks === 2) return true;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    } else if (c !== 32 && c !== 9) breaks = 0;
  }
  return false;
}

/** The notes for one request. */
export function checkRequest(
  r: HttpFileRequest,
  text: string,
  dialect: HttpFile['dialect'],
  add: (code: string, span: Span, args?: MessageArgs) => void,
  locale?: Locale,
  values?: VariableValues,
): void {
  const methodSpan = r.methodSpan;
  if (methodSpan && !text.startsWith(r.method, methodSpan.offset)) {
    const written = text.slice(methodSpan.offset, methodSpan.offset + methodSpan.length);
    if (written.toUpperCase() === r.method) add('HTTP5016', methodSpan, { method: written });
  } else if (dialect === 'httpyac') {
    const word = httpyacLowerCaseMethod(r);
    if (word !== undefined) add('HTTP5016', { offset: r.urlSpan.offset, length: word.length }, { method: word });
  }
  for (let k = 0; k < r.headers.length; k++) {
    const h = r.headers[k] as HttpFileHeader;
    const span = h.span;
    // a body written right under the headers (HTTP1053): its lines are no headers to note
    if (startsBodyAmongHeaders(text, span.offset, span.offset + span.length)) break;
    checkHeader(h, text, span.offset, span.length, add);
  }
  for (let k = 0; k < r.references.length; k++) checkReference(r.references[k] as VariableReference, add, locale);
  checkRequestContent(r, dialect, add, text, values);
}

/** The notes for one header whose span is `offset` and `length` (the parser checks each header as it reads it). */
export function checkHeader(h: HttpFileHeader, text: string, offset: number, length: number, add: (code: string, span: Span, args?: MessageArgs) => void): void {
  const end = offset + length;
  // The header span ends at the last non-blank character.
  if (length > 0 && text.charCodeAt(end - 1) === 44 /* , */) {
    const valueOffset = h.valueSpan.offset;
    add('HTTP5003', { offset: valueOffset, length: end - valueOffset });
  }
  if (isGraphqlMarker(h)) add('HTTP5015', h.span);
  // a value continued on indented lines: only the JetBrains HTTP Client reads it so
  if (h.continuations) add('HTTP5021', h.continuations[0] as Span);
}

/**
 * The notes for one request except those of its request line (a lower-case method), its headers and its references,
 * which the parser checks as it reads them or as the request ends; the parser calls this as each request ends, while
 * the request is still in cache. It also gives the warnings about timeout values the dialect cannot read (HTTP1050).
 */
export function checkRequestContent(r: HttpFileRequest, dialect: HttpFile['dialect'], add: (code: string, span: Span, args?: MessageArgs) => void, text: string, values?: VariableValues): void {
  // Indexed loops: many of these lists are the parser's shared frozen empty list, which `for...of` does not iterate without allocating.
  for (let k = 0; k < r.urlContinuations.length; k++) {
    const c = r.urlContinuations[k] as HttpFileRequest['urlContinuations'][number];
    if (c.style === 'indented') add('HTTP5011', c.span);
  }
  for (let k = 0; k < r.asserts.length; k++) add('HTTP5005', (r.asserts[k] as AssertLine).span);
  for (let k = 0; k < r.scripts.length; k++) checkScript(r.scripts[k] as ScriptNode, dialect, add);
  for (let k = 0; k < r.redirects.length; k++) add('HTTP5012', (r.redirects[k] as OutputRedirect).span);
  for (let k = 0; k < r.responseReferences.length; k++) add('HTTP5013', (r.responseReferences[k] as ResponseReference).span);
  // `# @timeout` and `# @connection-timeout`: read differently by each tool (HTTP5020), or unreadable in the dialect (HTTP1050)
  if (r.metadata.length > 0) checkTimeouts(r.metadata, dialect, add);
  const body = r.body;
  if (!body) return;
  if (dialect === 'httpyac' && !r.curl) {
    // httpYac starts the body at the first line that is no header, blank line or not; the other tools need the blank line
    const last = r.headers.length > 0 ? (r.headers[r.headers.length - 1] as HttpFileHeader).span : r.urlContinuations.length > 0 ? (r.urlContinuations[r.urlContinuations.length - 1] as { span: Span }).span : r.requestLineSpan;
    const from = last.offset + last.length;
    let at = body.span.offset;
    while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
    // not an include (`< ./file`, `<@ ./file`), which no tool reads as a header
    const include = text.charCodeAt(at) === 60 /* < */ && /[ \t@]/.test(text.charAt(at + 1));
    if (at > from && !include && !hasBlankLine(text, from, at)) {
      let lineEnd = at;
      while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
      add('HTTP5022', { offset: at, length: trimmedEnd(text, at, lineEnd) - at });
    }
  }
  if (body.graphql?.queryFile) add('HTTP5023', body.graphql.queryFile.span);
  for (let k = 0; k < body.commentLines.length; k++) add('HTTP5001', body.commentLines[k] as Span);
  // A request line inside a body: httpYac starts a new request there.
  if (dialect !== 'httpyac') {
    for (let k = 0; k < body.parts.length; k++) {
      const part = body.parts[k] as BodyPart;
      if (part.kind !== 'text') continue;
      const c = part.text.charCodeAt(0);
      if (((c >= 65 && c <= 90) || c === 32 || c === 9) && looksLikeRequestLine(part.text)) add('HTTP5002', part.span);
    }
  }
  const bodySpan = body.span;
  // `Content-Type: {{contentType}}` (REST Client's own examples) read through the file variables before the request
  const type = contentTypeOf(r, values);
  // REST Client ends a body at its first blank line (not a multipart one, nor its GraphQL request's: variables follow)
  if (body.graphql?.marker !== 'x-request-type' && !(type ?? '').trimStart().toLowerCase().startsWith('multipart/')) {
    let blank = false;
    for (let k = 0; k < body.parts.length; k++) {
      const part = body.parts[k] as BodyPart;
      if (part.kind === 'text' && part.text.trim() === '') blank = true;
      else if (blank) {
        const at = part.kind === 'text' ? part.span.offset : part.include.span.offset;
        add('HTTP5019', { offset: at, length: bodySpan.offset + bodySpan.length - at });
        break;
      }
    }
  }
  // line endings do not matter where whitespace does not (JSON, form data, GraphQL); a type that stays unknown (a
  // variable of an environment) may well be one of these: no note
  if (body.graphql || type === undefined || JSONISH.test(type)) return;
  const raw = text.slice(bodySpan.offset, bodySpan.offset + bodySpan.length);
  if (raw.includes('\r')) add('HTTP5007', bodySpan, { style: 'CRLF' });
  else if (raw.includes('\n') && textParts(body.parts) > 1) add('HTTP5007', bodySpan, { style: 'LF' });
}

function textParts(parts: readonly BodyPart[]): number {
  let n = 0;
  for (let k = 0; k < parts.length; k++) if ((parts[k] as BodyPart).kind === 'text') n++;
  return n;
}

/**
 * The request's Content-Type ('' without one), its `{{name}}` references replaced by the values of the file variables
 * written before the request (a few levels deep); undefined when a reference stays unresolved.
 */
function contentTypeOf(r: HttpFileRequest, values: VariableValues | undefined): string | undefined {
  for (let k = 0; k < r.headers.length; k++) {
    const h = r.headers[k] as HttpFileHeader;
    if (!isNamed(h.name, 'content-type')) continue;
    let value = h.value;
    for (let depth = 0; depth < 4 && value.includes('{{'); depth++) {
      let missing = false;
      value = value.replace(REFERENCE, (_, name: string) => {
        const v = values?.get(name, r.requestLineSpan.offset);
        if (v === undefined) missing = true;
        return v ?? '';
      });
      if (missing) return undefined;
    }
    return value.includes('{{') ? undefined : value;
  }
  return '';
}

const REFERENCE = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/**
 * The values of a file's variables by name, as far as a place in the file: read from the list of its variables in
 * order (which the parser is still adding to), for requests in order.
 */
export class VariableValues {
  private map: Map<string, string> | undefined;

  private taken = 0;

  constructor(private readonly list: readonly FileVariable[]) {}

  /** The value of the last variable `name` written before `offset`. */
  get(name: string, offset: number): string | undefined {
    const map = (this.map ??= new Map());
    while (this.taken < this.list.length) {
      const v = this.list[this.taken] as FileVariable;
      if (v.span.offset >= offset) break;
      map.set(v.name, v.value);
      this.taken++;
    }
    return map.get(name);
  }
}

export function checkScript(s: ScriptNode, dialect: HttpFile['dialect'], add: (code: string, span: Span, args?: MessageArgs) => void): void {
  if (s.kind === 'pre-request') add('HTTP5014', s.span);
  else if (s.kind === 'httpyac-script') add('HTTP5017', { offset: s.span.offset, length: Math.min(s.span.length, 2 + (s.event ? s.event.length + 1 : 0)) });
  else if (s.kind === 'response-handler' && dialect === 'rest-client') add('HTTP5006', s.span);
}

const SUPPORTED: Record<Locale, Map<DynamicVariableInfo, string>> = { en: new Map(), 'zh-CN': new Map() };

/** The tools that define a dynamic variable, as the diagnostic names them in its language (made once for each). */
function supportedBy(info: DynamicVariableInfo, locale: Locale = 'en'): string {
  const made = SUPPORTED[locale] ?? SUPPORTED.en;
  let s = made.get(info);
  if (s === undefined) {
    s = info.tools.join(locale === 'zh-CN' ? '、' : ', ');
    made.set(info, s);
  }
  return s;
}

export function checkReference(ref: { kind: string; expression: string; name: string; span: Span }, add: (code: string, span: Span, args?: MessageArgs) => void, locale?: Locale): void {
  switch (ref.kind) {
    case 'script':
      add('HTTP5004', ref.span, { expression: ref.expression });
      break;
    case 'percent':
      add('HTTP5010', ref.span, { name: ref.name });
      break;
    case 'request':
      add('HTTP5008', ref.span, { expression: ref.expression });
      break;
    case 'dynamic': {
      const info = getDynamicVariable(dynamicName(ref.expression));
      if (info && info.tools.length < ALL_TOOLS) add('HTTP5009', ref.span, { name: info.name, supported: supportedBy(info, locale) });
      break;
    }
    default:
      break;
  }
}
