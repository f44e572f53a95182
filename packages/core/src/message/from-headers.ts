import { createDiagnostic } from '../diagnostics.js';
import type { Diagnostic, Locale } from '../types.js';
import { equalsLower, HEX_VALUE, TARGET_CHAR } from './chars.js';
import { parseContentLength } from './content-length.js';
import { newList, parseMessage, PlainBody, PlainField, PlainMessage, PlainSpan, PlainStartLine } from './parse.js';
import type { BodyFraming, FieldLine, HttpMessage, StartLineSpans } from './types.js';

/** What `Headers` (fetch, undici) offers; `getSetCookie` keeps Set-Cookie lines apart. */
export interface HeadersLike {
  forEach(callback: (value: string, name: string) => void): void;
  getSetCookie?(): string[];
}

export interface MessageFromHeadersInput {
  /** For a request (default `GET` when neither `status` nor `method` is given). */
  method?: string;
  /** Request target, default `/`. */
  target?: string;
  /** For a response. */
  status?: number;
  /** Reason phrase of a response (default empty). */
  reason?: string;
  headers: HeadersLike | Readonly<Record<string, string | readonly string[]>> | readonly (readonly [string, string])[];
  locale?: Locale;
}

function isHeadersLike(h: unknown): h is HeadersLike {
  return typeof h === 'object' && h !== null && typeof (h as HeadersLike).forEach === 'function' && !Array.isArray(h);
}

interface LineSink {
  /** Takes one header line; false stops the walk. */
  add(name: string, value: string): boolean;
}

/**
 * Gives `sink` each header line of any of the accepted shapes, in order, until it
 * refuses one. Returns false when it was stopped.
 */
function eachLine(headers: MessageFromHeadersInput['headers'], sink: LineSink): boolean {
  if (Array.isArray(headers)) {
    for (const pair of headers as readonly (readonly [string, string])[]) if (!sink.add(String(pair[0]), String(pair[1]))) return false;
    return true;
  }
  if (isHeadersLike(headers)) {
    const cookies = typeof headers.getSetCookie === 'function' ? headers.getSetCookie() : undefined;
    let ok = true;
    headers.forEach((value, name) => {
      if (!ok || (cookies && name.toLowerCase() === 'set-cookie')) return;
      ok = sink.add(name, value);
    });
    if (ok && cookies) for (const c of cookies) if (!sink.add('set-cookie', c)) return false;
    return ok;
  }
  const record = headers as Record<string, string | readonly string[]>;
  // Object.keys gives the order of Object.entries without a pair per property.
  const names = Object.keys(record);
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    const value = record[name];
    if (typeof value === 'string') {
      if (!sink.add(name, value)) return false;
    } else if (Array.isArray(value)) {
      for (const v of value as readonly string[]) if (!sink.add(name, String(v))) return false;
    } else if (!sink.add(name, String(value))) return false;
  }
  return true;
}

/** The header lines of any of the accepted shapes, in order. */
function entries(headers: MessageFromHeadersInput['headers']): [string, string][] {
  const out: [string, string][] = [];
  eachLine(headers, { add: (name, value) => out.push([name, value]) > 0 });
  return out;
}

// CR, LF and NUL would end a field line early or be dropped by recipients.
const LINE_BREAK = /[\0\n\r]/g;

/**
 * Builds an `HttpMessage` from header objects (for callers that hold a `Headers`, a record
 * or a list of pairs rather than bytes). The message is serialised to a canonical HTTP/1.1
 * text (`message.source`) and parsed, so every span points into that text. A value with
 * CR, LF or NUL has them replaced by SP and gets HTTP0151. No body.
 *
 * Most inputs (token names, values of field-vchars, a valid status or a registered method
 * with an origin-form target) take a direct path that builds the field lines of that text
 * without parsing it; the result is the same as that of the parse, which the other inputs take.
 */
export function messageFromHeaders(input: MessageFromHeadersInput): HttpMessage {
  return directMessage(input) ?? viaParse(input);
}

/**
 * The general path: serialise, then parse with `parseMessage`. Exported for the test that
 * compares it with the direct path; not part of the public API.
 */
export function viaParse(input: MessageFromHeadersInput): HttpMessage {
  const response = input.status !== undefined;
  const lines: string[] = [];
  if (response) {
    const reason = (input.reason ?? '').replace(LINE_BREAK, ' ');
    lines.push(`HTTP/1.1 ${String(input.status)} ${reason}`);
  } else {
    const method = (input.method ?? 'GET').replace(LINE_BREAK, ' ');
    const target = (input.target ?? '/').replace(LINE_BREAK, ' ');
    lines.push(`${method} ${target} HTTP/1.1`);
  }
  const replaced: number[] = [];
  const list = entries(input.headers);
  list.forEach(([name, value], index) => {
    const cleanName = name.replace(LINE_BREAK, ' ');
    const cleanValue = value.replace(LINE_BREAK, ' ').trim();
    if (cleanName !== name || cleanValue !== value.trim()) replaced.push(index);
    lines.push(`${cleanName}: ${cleanValue}`);
  });
  const source = `${lines.join('\r\n')}\r\n\r\n`;
  const message = parseMessage(source, {
    expect: response ? 'response' : 'request',
    requireHost: false,
    ...(input.locale ? { locale: input.locale } : {}),
  });
  for (const index of replaced) {
    const field = message.fields[index];
    if (!field) continue;
    message.diagnostics.push(createDiagnostic('HTTP0151', field.valueSpan, { name: field.name }, { locale: input.locale ?? 'en' }));
  }
  return message;
}

/**
 * Registered methods (IANA HTTP Method Registry) whose request line the direct path
 * builds; any other method (unregistered, CONNECT with its authority-form) takes the parse.
 */
const DIRECT_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'QUERY']);

// One regular expression test per name and per value is faster here than a loop over
// the characters (V8 runs a character class natively).
/** token = 1*tchar (the same class as TCHAR in chars.ts). */
const TOKEN = /^[-!#$%&'*+.^`|~\w]+$/;
/** field-vchar, SP and HTAB only (FIELD_CHAR in chars.ts): no control character, nothing above U+00FF. */
const FIELD_TEXT = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * Names already found to be tokens. Programs send the same few field names again and again,
 * and a set lookup of a name costs less than testing it; bounded, emptied when full.
 */
const TOKENS = new Set<string>();
const TOKENS_MAX = 512;

/** field-name = token: non-empty, tchar only. */
function isToken(s: string): boolean {
  if (TOKENS.has(s)) return true;
  if (!TOKEN.test(s)) return false;
  if (TOKENS.size >= TOKENS_MAX) TOKENS.clear();
  TOKENS.add(s);
  return true;
}

/** Only field-vchar, SP and HTAB (no control character, nothing above U+00FF). */
function isFieldText(s: string): boolean {
  return FIELD_TEXT.test(s);
}

/** origin-form = absolute-path [ "?" query ] with every character allowed unencoded or pct-encoded (RFC 9112 §3.2.1). */
function isOriginForm(s: string): boolean {
  const n = s.length;
  if (n === 0 || s.charCodeAt(0) !== 0x2f) return false;
  for (let i = 1; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 256 && TARGET_CHAR[c] === 1) continue;
    // pct-encoded = "%" HEXDIG HEXDIG
    if (c === 0x25 && i + 2 < n && isHex(s.charCodeAt(i + 1)) && isHex(s.charCodeAt(i + 2))) {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

function isHex(c: number): boolean {
  return c < 256 && HEX_VALUE[c] !== 0;
}

const EMPTY = new Uint8Array(0);

/** The field lines of the direct path, appended to the canonical text as they come. */
class DirectFields {
  source: string;
  fields: FieldLine[] = newList();
  contentLength: FieldLine | undefined = undefined;
  lengths = 0;
  transferEncoding = false;

  constructor(head: string) {
    this.source = head;
  }

  /** Adds one line; false when its text would give the parser something to report. */
  add(name: string, raw: string): boolean {
    // The parse takes the value without surrounding whitespace; `trim` also drops the
    // CR and LF that `viaParse` would replace at either end, so only values whose
    // trimmed text needs no report come here.
    const value = raw.trim();
    if (!isToken(name) || !isFieldText(value)) return false;
    const offset = this.source.length + 2;
    const field = new PlainField(name, value, new PlainSpan(offset, name.length + 2 + value.length), new PlainSpan(offset, name.length), new PlainSpan(offset + name.length + 2, value.length));
    this.fields.push(field);
    this.source += `\r\n${name}: ${value}`;
    if (name.length === 14 && equalsLower(name, 0, 14, 'content-length')) {
      this.contentLength = field;
      this.lengths++;
    } else if (name.length === 17 && equalsLower(name, 0, 17, 'transfer-encoding')) this.transferEncoding = true;
    return true;
  }
}

/**
 * The direct path: the message `viaParse` returns, built without serialising and parsing,
 * for inputs whose text has nothing for the parser to report in the start line or the
 * field lines (so its only diagnostics are those of Content-Length). Returns `undefined`
 * for any other input. Spans are those of the canonical text: the start line, then
 * `name: value` lines, each ended by CRLF, then an empty line. Exported for the test
 * that compares it with `viaParse`; not part of the public API.
 */
export function directMessage(input: MessageFromHeadersInput): HttpMessage | undefined {
  const headers = input.headers;
  if (typeof headers !== 'object' || headers === null) return undefined;
  const response = input.status !== undefined;
  const startLine: StartLineSpans = new PlainStartLine(new PlainSpan(0, 0));
  let head: string;
  let method = '';
  let target = '';
  let status = 0;
  let reason = '';
  if (response) {
    const s = input.status;
    const r = input.reason ?? '';
    if (typeof s !== 'number' || !Number.isInteger(s) || s < 100 || s > 599 || typeof r !== 'string' || !isFieldText(r)) return undefined;
    status = s;
    reason = r;
    head = `HTTP/1.1 ${status} ${reason}`;
    startLine.version = new PlainSpan(0, 8);
    startLine.status = new PlainSpan(9, 3);
    startLine.reason = new PlainSpan(13, reason.length);
  } else {
    const m = input.method ?? 'GET';
    const t = input.target ?? '/';
    if (typeof m !== 'string' || !DIRECT_METHODS.has(m) || typeof t !== 'string' || !isOriginForm(t)) return undefined;
    method = m;
    target = t;
    head = `${method} ${target} HTTP/1.1`;
    startLine.method = new PlainSpan(0, method.length);
    startLine.target = new PlainSpan(method.length + 1, target.length);
    startLine.version = new PlainSpan(method.length + target.length + 2, 8);
  }
  startLine.span.length = head.length;

  const b = new DirectFields(head);
  // Transfer-Encoding and repeated Content-Length lines have framing rules of their own: the parse applies them.
  if (!eachLine(headers, b) || b.transferEncoding || b.lengths > 1) return undefined;
  const fields = b.fields;
  const contentLength = b.contentLength;
  let source = b.source;
  source += '\r\n\r\n';
  const end = source.length;

  // Body framing (RFC 9112 §6.3) of a text that ends with its header section.
  const locale: Locale = input.locale ? input.locale : 'en';
  const diagnostics: Diagnostic[] = newList();
  let framing: BodyFraming = response ? 'close' : 'none';
  const noBody = response && (status < 200 || status === 204 || status === 304);
  if (noBody) framing = 'none';
  else if (contentLength) {
    const cl = contentLength;
    const r = parseContentLength(cl.value, { offset: cl.valueSpan.offset, strict: false, locale });
    for (const d of r.diagnostics) diagnostics.push(d);
    if (r.value === undefined) framing = 'close';
    else {
      framing = 'content-length';
      // the text holds no body: a positive length is missing all of it
      if (r.value > 0) {
        const span = new PlainSpan(cl.valueSpan.offset, cl.valueSpan.length);
        diagnostics.push(createDiagnostic('HTTP0114', span, { expected: r.value, actual: 0 }, { locale }));
      }
    }
  }

  // The constructors and the key order of the parsed message, so both paths make objects of one shape and serialise alike.
  const message: HttpMessage = new PlainMessage(response ? 'response' : 'request', diagnostics, fields);
  message.version = 'HTTP/1.1';
  message.startLine = startLine;
  if (response) {
    message.status = status;
    message.reason = reason;
  } else {
    message.method = method;
    message.target = target;
  }
  message.headSpan = new PlainSpan(0, end);
  message.body = new PlainBody(EMPTY, framing, new PlainSpan(end, 0));
  message.source = source;
  return message;
}
