import { FRAMING_STRICT_ERRORS } from '../codes/blocks/framing.js';
import { createDiagnostic } from '../diagnostics.js';
import type { Diagnostic, Locale, MessageArgs, Severity, Span } from '../types.js';
import { decodeLatin1, encodeRange, encodedLength, equalsLower, FIELD_CHAR, HEX_VALUE, TARGET_CHAR, TCHAR } from './chars.js';
import { digitsValue, parseContentLength } from './content-length.js';
import type { BodyFraming, FieldLine, HttpMessage, MessageBody, StartLineSpans } from './types.js';

export interface ParseMessageOptions {
  /** Force the kind instead of detecting it from the start line. */
  expect?: 'request' | 'response';
  /**
   * Report everything a strict recipient rejects as an `error` (LF-only line endings,
   * obs-fold in responses, repeated identical Content-Length, unsupported versions, ...).
   */
  strict?: boolean;
  /**
   * Report a missing or repeated Host in an HTTP/1.1 request (HTTP0014, HTTP0015).
   * Defaults to the value of `strict`; without it the linter reports Host problems.
   */
  requireHost?: boolean;
  /**
   * The method of the request that a response answers: a response to HEAD has no body,
   * a 2xx response to CONNECT starts a tunnel (no body).
   */
  requestMethod?: string;
  /** Where the message starts in the input (for pipelined messages); spans stay in input coordinates. */
  offset?: number;
  locale?: Locale;
}

const EMPTY = new Uint8Array(0);
/** The IANA HTTP Method Registry (https://www.iana.org/assignments/http-methods). */
const REGISTERED_METHODS = new Set([
  'ACL', 'BASELINE-CONTROL', 'BIND', 'CHECKIN', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LABEL', 'LINK',
  'LOCK', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MKREDIRECTREF', 'MKWORKSPACE', 'MOVE', 'OPTIONS', 'ORDERPATCH',
  'PATCH', 'POST', 'PRI', 'PROPFIND', 'PROPPATCH', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'TRACE', 'UNBIND',
  'UNCHECKOUT', 'UNLINK', 'UNLOCK', 'UPDATE', 'UPDATEREDIRECTREF', 'VERSION-CONTROL',
]);
/** `REGISTERED_METHODS.has(method)`, with the everyday methods compared first (no hashing of a fresh string). */
function isRegisteredMethod(method: string): boolean {
  return method === 'GET' || method === 'POST' || method === 'PUT' || method === 'HEAD' || method === 'DELETE' || REGISTERED_METHODS.has(method);
}
const KNOWN_CODINGS = new Set(['chunked', 'compress', 'deflate', 'gzip', 'x-compress', 'x-gzip']);

interface Ctx {
  /** The decoded text being read: the whole input (string input) or a window of the bytes. */
  text: string;
  bytes: Uint8Array | undefined;
  /** End of `text`. */
  end: number;
  /** Offset of `text[0]` in the input. Positions inside are relative to it until the message is done. */
  base: number;
  /** Length of the whole input. */
  inputLength: number;
  strict: boolean;
  locale: Locale;
  diagnostics: Diagnostic[];
  lfReported: boolean;
  kind: 'request' | 'response';
  /** Fields continued by obs-fold in the section being read; their values are joined at its end. */
  folded?: FieldLine[];
  /** Where `text[0]` stands in `bytes` (the window of a header or trailer section read from bytes). */
  textBase: number;
  /** A DataView over `bytes` (one per input), for reading four bytes at a time. */
  view: DataView | undefined;
}

function report(ctx: Ctx, code: string, offset: number, length: number, args: MessageArgs = {}, severity?: Severity): void {
  let s = severity;
  if (ctx.strict && FRAMING_STRICT_ERRORS.has(code)) s = 'error';
  const span: Span = { offset, length };
  ctx.diagnostics.push(createDiagnostic(code, span, args, s ? { locale: ctx.locale, severity: s } : { locale: ctx.locale }));
}

function lfOnly(ctx: Ctx, at: number): void {
  if (ctx.lfReported) return;
  ctx.lfReported = true;
  report(ctx, 'HTTP0050', at, 1);
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function hex(c: number, width: number): string {
  return c.toString(16).toUpperCase().padStart(width, '0');
}

/**
 * Parses one HTTP/1.1 message (request or response) from text or bytes. Never throws:
 * problems become diagnostics with exact spans (HTTP0001-0499), and parsing goes on.
 * Bytes are decoded as Latin-1, so every span is a byte offset.
 */
export function parseMessage(input: string | Uint8Array, options: ParseMessageOptions = {}): HttpMessage {
  if (typeof input === 'string') return parseAt(input, undefined, options, clampOffset(options.offset, input.length), 0, input.length);
  return parseBytes(input, clampOffset(options.offset, input.length), options, viewOf(input));
}

function clampOffset(offset: number | undefined, length: number): number {
  return Math.max(0, Math.min(offset ?? 0, length));
}

/**
 * Parses every message of a pipelined stream (requests, or responses) and returns them
 * in order; each message's spans point into the whole input. Stops after a message whose
 * trailing bytes do not start another message (that message carries the diagnostic).
 */
export function parseMessages(input: string | Uint8Array, options: Omit<ParseMessageOptions, 'offset'> = {}): HttpMessage[] {
  return [...iterateMessages(input, options)];
}

/** Set by `parseAt`: where the next message starts when the rest starts one, else -1. */
let nextMessageAt = -1;

/**
 * Like `parseMessages`, one message at a time: a message that the caller drops can be
 * collected before the next one is parsed. Bytes are decoded one header section at a
 * time; bodies framed by Content-Length or chunked are read from the bytes, never decoded.
 */
export function* iterateMessages(input: string | Uint8Array, options: Omit<ParseMessageOptions, 'offset'> = {}): Generator<HttpMessage, void, undefined> {
  const length = input.length;
  const view = typeof input === 'string' ? undefined : viewOf(input);
  let offset = 0;
  while (offset < length) {
    const message = view === undefined ? parseAt(input as string, undefined, options, offset, 0, length) : parseBytes(input as Uint8Array, offset, options, view);
    const next = nextMessageAt;
    const last = next <= offset;
    // Where the next message starts is settled before the yield, so `message` is not live
    // across it and the (long-lived) generator does not keep a reference to each message
    // while the caller works on it. In long pipelines this made V8 less often decide that
    // the parser's objects live long and allocate them in the old generation, which made
    // whole runs two to three times slower.
    offset = message.rest ? message.rest.offset : next;
    yield message;
    if (last) return;
  }
}

/**
 * The end of the header (or trailer) section that starts at `p`: just after its empty line,
 * or the input length when there is none. With `skipEmpty`, empty lines before the start line are skipped first.
 */
function sectionEnd(bytes: Uint8Array, start: number, skipEmpty: boolean): number {
  const length = bytes.length;
  let p = start;
  if (skipEmpty) {
    while (p < length) {
      const c = bytes[p];
      if (c === 10) p++;
      else if (c === 13 && bytes[p + 1] === 10) p += 2;
      else break;
    }
  } else {
    if (bytes[p] === 10) return p + 1;
    if (bytes[p] === 13 && bytes[p + 1] === 10) return p + 2;
  }
  for (;;) {
    const lf = bytes.indexOf(10, p);
    if (lf < 0) return length;
    const n = bytes[lf + 1];
    if (n === 10) return lf + 2;
    if (n === 13 && bytes[lf + 2] === 10) return lf + 3;
    p = lf + 1;
  }
}

/** Set by `parseRelative`: where the header section read last ended (relative to its text), or -1 when it did not end. */
let headEnd = -1;

/** How many bytes `parseBytes` decodes first: about twice the last header section. */
let windowGuess = 1024;

/**
 * Parses a message from bytes, decoding only its header section (the window). The window is first guessed from
 * the last header section, which saves a separate pass to find where the section ends; when the section does
 * not end inside the guess, the message is read again through a window that ends exactly at its end.
 */
function parseBytes(bytes: Uint8Array, start: number, options: ParseMessageOptions, view: DataView): HttpMessage {
  const length = bytes.length;
  if (start + windowGuess < length) {
    const message = parseAt(decodeLatin1(bytes.subarray(start, start + windowGuess)), bytes, options, 0, start, length, view);
    if (headEnd >= 0) {
      windowGuess = Math.min(65536, 2 * headEnd + 64);
      return message;
    }
  }
  const end = sectionEnd(bytes, start, true);
  const text = decodeLatin1(start === 0 && end === length ? bytes : bytes.subarray(start, end));
  const message = parseAt(text, bytes, options, 0, start, length, view);
  windowGuess = Math.min(65536, 2 * text.length + 64);
  return message;
}

/**
 * Parses the message starting at `start` in `text`. `text` starts at `base` in the input
 * (bytes read through a window); positions stay relative to `base` until the end, where
 * every span is moved to input coordinates.
 */
function parseAt(
  text: string,
  bytes: Uint8Array | undefined,
  options: ParseMessageOptions,
  start: number,
  base: number,
  inputLength: number,
  view?: DataView,
): HttpMessage {
  nextMessageAt = -1;
  const message = parseRelative(text, bytes, options, start, base, inputLength, view);
  if (base !== 0) {
    shiftMessage(message, base);
    if (nextMessageAt >= 0) nextMessageAt += base;
  }
  if (!bytes) message.source = text;
  return message;
}

function parseRelative(
  text: string,
  bytes: Uint8Array | undefined,
  options: ParseMessageOptions,
  start: number,
  base: number,
  inputLength: number,
  view: DataView | undefined,
): HttpMessage {
  headEnd = -1;
  const strict = options.strict === true;
  const ctx = new PlainCtx(text, bytes, text.length, base, inputLength, strict, options.locale ?? 'en', newList(), base, view);
  const end = text.length;
  let p = start;

  // A byte order mark at the very start of the input, as editors save text files: U+FEFF in a string, EF BB BF in bytes (read as latin1).
  if (start === 0 && base === 0 && end > 0) {
    const c = text.charCodeAt(0);
    const mark = c === 0xfeff ? 1 : c === 0xef && text.charCodeAt(1) === 0xbb && text.charCodeAt(2) === 0xbf ? 3 : 0;
    if (mark > 0) {
      report(ctx, 'HTTP0017', 0, mark);
      p = mark;
    }
  }
  const afterMark = p;

  // Empty lines before the start line (RFC 9112 §2.2).
  while (p < end) {
    const c = text.charCodeAt(p);
    if (c === 10) p++;
    else if (c === 13 && text.charCodeAt(p + 1) === 10) p += 2;
    else break;
  }
  if (p >= end) {
    report(ctx, 'HTTP0001', start, end - start);
    const kind = options.expect ?? 'request';
    const empty = new PlainMessage(kind, ctx.diagnostics, newList());
    empty.body = new PlainBody(EMPTY, 'none', new PlainSpan(end, 0));
    return empty;
  }
  if (p > afterMark) report(ctx, 'HTTP0002', afterMark, p - afterMark);

  // The start line.
  const lineStart = p;
  let lf = text.indexOf('\n', p);
  let lineEnd: number;
  if (lf < 0) {
    lf = end;
    lineEnd = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
  } else {
    lineEnd = lf > p && text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf;
    if (lineEnd === lf) lfOnly(ctx, lf);
  }
  const kind: 'request' | 'response' = options.expect ?? (startsWithHttpName(text, lineStart, lineEnd) ? 'response' : 'request');
  ctx.kind = kind;
  const message = new PlainMessage(kind, ctx.diagnostics, newList());
  const startLine = new PlainStartLine(new PlainSpan(lineStart, lineEnd - lineStart));
  message.startLine = startLine;
  checkBareCr(ctx, lineStart, lineEnd);
  if (kind === 'request') parseRequestLine(ctx, message, startLine, lineStart, lineEnd);
  else parseStatusLine(ctx, message, startLine, lineStart, lineEnd);
  p = lf < end ? lf + 1 : end;

  // The header section.
  const fields = message.fields;
  const head = parseFieldSection(ctx, p, fields, true);
  p = head.next;
  message.headSpan = new PlainSpan(lineStart, p - lineStart);
  headEnd = head.complete ? p : -1;
  if (!head.complete) {
    const last = fields[fields.length - 1];
    const span = last ? last.span : startLine.span;
    report(ctx, 'HTTP0060', span.offset, span.length);
  }

  // Host (RFC 9112 §3.2), only on request.
  const requireHost = options.requireHost ?? strict;
  if (requireHost && kind === 'request' && message.version === 'HTTP/1.1') {
    let hosts = 0;
    for (const f of fields) {
      if (f.name.length === 4 && f.name.toLowerCase() === 'host') {
        hosts++;
        if (hosts === 2) report(ctx, 'HTTP0015', f.span.offset, f.span.length);
      }
    }
    if (hosts === 0) report(ctx, 'HTTP0014', startLine.span.offset, startLine.span.length);
  }

  if (!head.complete) {
    message.body = new PlainBody(EMPTY, 'none', new PlainSpan(p, 0));
    return message;
  }

  // Body framing (RFC 9112 §6.3). Positions in the input are absolute (`abs`); spans and
  // diagnostics stay relative to `base`.
  const framing = determineFraming(ctx, message, head, options);
  const bodyStart = base + p;
  let bodyEnd = bodyStart;
  let bodyBytes: Uint8Array = EMPTY;
  let consumedAll = false;
  if (framing.kind === 'length') {
    const want = framing.length;
    const available = inputLength - bodyStart;
    if (available < want) {
      const cl = framing.field;
      report(ctx, 'HTTP0114', cl.valueSpan.offset, cl.valueSpan.length, { expected: want, actual: available });
      bodyEnd = inputLength;
    } else bodyEnd = bodyStart + want;
    bodyBytes = slice(ctx, bodyStart, bodyEnd);
  } else if (framing.kind === 'close') {
    bodyEnd = inputLength;
    bodyBytes = slice(ctx, bodyStart, bodyEnd);
    consumedAll = true;
  } else if (framing.kind === 'chunked') {
    const chunked = bytes ? readChunkedBytes(ctx, bodyStart, message.trailers, framing.field) : readChunked(ctx, p, message.trailers, framing.field);
    bodyEnd = chunked.end;
    bodyBytes = chunked.bytes;
    consumedAll = !chunked.complete;
  }
  const bodyFraming: BodyFraming = framing.kind === 'length' ? 'content-length' : framing.kind;
  message.body = new PlainBody(bodyBytes, bodyFraming, new PlainSpan(p, bodyEnd - bodyStart));

  // What follows the message.
  if (!consumedAll && bodyEnd < inputLength) {
    message.rest = new PlainSpan(bodyEnd - base, inputLength - bodyEnd);
    let q = bodyEnd;
    if (bytes) {
      while (q < inputLength && (bytes[q] === 13 || bytes[q] === 10)) q++;
    } else {
      while (q < inputLength && (text.charCodeAt(q) === 13 || text.charCodeAt(q) === 10)) q++;
    }
    if (q < inputLength) {
      const starts = bytes ? bytesLookLikeStartLine(bytes, q, kind) : looksLikeStartLine(text, q, kind);
      const extra = inputLength - bodyEnd;
      if (!starts) {
        if (framing.kind === 'length') report(ctx, 'HTTP0115', bodyEnd - base, extra, { extra });
        else if (framing.kind === 'none' && framing.unframed) report(ctx, 'HTTP0116', bodyEnd - base, extra);
        else report(ctx, 'HTTP0150', bodyEnd - base, extra, { extra });
      } else {
        nextMessageAt = q - base;
        const closing = closesConnection(message, head.connection);
        if (closing) report(ctx, 'HTTP0152', q - base, inputLength - q, { reason: closing });
      }
    }
  }
  return message;
}

function shiftSpan(span: Span | undefined, delta: number): void {
  if (span) span.offset += delta;
}

function shiftFields(fields: FieldLine[], from: number, delta: number): void {
  for (let i = from; i < fields.length; i++) {
    const f = fields[i] as FieldLine;
    f.span.offset += delta;
    f.nameSpan.offset += delta;
    f.valueSpan.offset += delta;
  }
}

/** Diagnostic spans may be shared between diagnostics, so they are replaced, not moved. */
function shiftDiagnostics(diagnostics: Diagnostic[], from: number, delta: number): void {
  for (let i = from; i < diagnostics.length; i++) {
    const d = diagnostics[i] as Diagnostic;
    d.span = new PlainSpan(d.span.offset + delta, d.span.length);
  }
}

/** Moves every span of a message read through a window into input coordinates. */
function shiftMessage(message: HttpMessage, delta: number): void {
  const s = message.startLine;
  if (s) {
    shiftSpan(s.span, delta);
    shiftSpan(s.method, delta);
    shiftSpan(s.target, delta);
    shiftSpan(s.version, delta);
    shiftSpan(s.status, delta);
    shiftSpan(s.reason, delta);
  }
  shiftSpan(message.headSpan, delta);
  shiftFields(message.fields, 0, delta);
  shiftFields(message.trailers, 0, delta);
  if (message.body) shiftSpan(message.body.span, delta);
  shiftSpan(message.rest, delta);
  shiftDiagnostics(message.diagnostics, 0, delta);
}

/** `Connection: close`, or HTTP/1.0 without keep-alive (RFC 9112 §9.3): the connection ends after this message. */
function closesConnection(message: HttpMessage, connection: FieldLine[] | undefined): string | undefined {
  let keepAlive = false;
  const fields = connection ?? NO_FIELDS;
  for (let k = 0; k < fields.length; k++) {
    const value = (fields[k] as FieldLine).value;
    for (let s = 0; s <= value.length; ) {
      let e = value.indexOf(',', s);
      if (e < 0) e = value.length;
      const o = connectionOption(value, s, e);
      if (o === 'close') return 'Connection: close';
      if (o === 'keep-alive') keepAlive = true;
      s = e + 1;
    }
  }
  if (message.version === 'HTTP/1.0' && !keepAlive) return 'HTTP/1.0';
  return undefined;
}

/**
 * The option value[s, e) trimmed and lower-cased, as `slice().trim().toLowerCase()` gives it,
 * reduced to 'close', 'keep-alive' or '' (any other option). Printable ASCII between SP/HTAB
 * is compared in place; anything else takes the string methods (their Unicode rules).
 */
function connectionOption(value: string, s: number, e: number): string {
  let a = s;
  let b = e;
  while (a < b && isWs(value.charCodeAt(a))) a++;
  while (b > a && isWs(value.charCodeAt(b - 1))) b--;
  let plain = true;
  for (let k = a; k < b && plain; k++) {
    const c = value.charCodeAt(k);
    plain = c > 0x20 && c < 0x7f;
  }
  if (!plain) {
    const o = value.slice(s, e).trim().toLowerCase();
    return o === 'close' || o === 'keep-alive' ? o : '';
  }
  if (equalsLower(value, a, b, 'close')) return 'close';
  if (equalsLower(value, a, b, 'keep-alive')) return 'keep-alive';
  return '';
}

/** The first index of the character code in text[start, end), or -1 (never scans past `end`). */
function findIn(text: string, code: number, start: number, end: number): number {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === code) return k;
  return -1;
}

/** The last index of the character code in text[start, end), or -1. */
function findLastIn(text: string, code: number, start: number, end: number): number {
  for (let k = end - 1; k >= start; k--) if (text.charCodeAt(k) === code) return k;
  return -1;
}

function slice(ctx: Ctx, start: number, end: number): Uint8Array {
  if (end <= start) return EMPTY;
  if (ctx.bytes) return ctx.bytes.subarray(start, end);
  const out = new Uint8Array(encodedLength(ctx.text, start, end));
  encodeRange(ctx.text, start, end, out, 0);
  return out;
}

/** `HTTP/` at the start of the line, in any case (a lower-case `http/1.1` is still meant as a status line). */
function startsWithHttpName(text: string, start: number, end: number): boolean {
  if (end - start < 5) return false;
  return equalsLower(text, start, start + 5, 'http/');
}

/** Whether a start line of the kind begins at `p`: `HTTP/` for responses, `token SP ... HTTP/` for requests. */
export function looksLikeStartLine(text: string, p: number, kind: 'request' | 'response'): boolean {
  if (kind === 'response') return text.startsWith('HTTP/', p);
  let i = p;
  while (i < text.length && TCHAR[text.charCodeAt(i)] === 1) i++;
  if (i === p || text.charCodeAt(i) !== 0x20) return false;
  const lf = text.indexOf('\n', i);
  const lineEnd = lf < 0 ? text.length : lf;
  for (let k = findIn(text, 0x48, i, lineEnd); k >= 0 && k + 5 <= lineEnd; k = findIn(text, 0x48, k + 1, lineEnd)) {
    if (text.startsWith('HTTP/', k)) return true;
  }
  return false;
}

/** `looksLikeStartLine` over bytes. */
function bytesLookLikeStartLine(bytes: Uint8Array, p: number, kind: 'request' | 'response'): boolean {
  const isHttp = (k: number): boolean => bytes[k] === 0x48 && bytes[k + 1] === 0x54 && bytes[k + 2] === 0x54 && bytes[k + 3] === 0x50 && bytes[k + 4] === 0x2f;
  if (kind === 'response') return isHttp(p);
  let i = p;
  while (i < bytes.length && TCHAR[bytes[i] as number] === 1) i++;
  if (i === p || bytes[i] !== 0x20) return false;
  let lineEnd = bytes.indexOf(10, i);
  if (lineEnd < 0) lineEnd = bytes.length;
  // where the version of `GET / HTTP/1.1` CRLF stands, before searching the whole line
  if (lineEnd - 9 >= i && isHttp(lineEnd - 9)) return true;
  for (let k = i; k + 5 <= lineEnd; k++) if (bytes[k] === 0x48 && isHttp(k)) return true;
  return false;
}

function checkBareCr(ctx: Ctx, start: number, end: number): void {
  const src = ctx.bytes;
  let cr = -1;
  if (src) {
    // the same search over the bytes (typed-array reads are cheaper than charCodeAt)
    const shift = ctx.textBase;
    for (let k = start + shift; k < end + shift; k++) {
      if (src[k] === 13) {
        cr = k - shift;
        break;
      }
    }
  } else cr = findIn(ctx.text, 13, start, end);
  if (cr >= 0) report(ctx, 'HTTP0051', cr, 1);
}

function isVersion(text: string, start: number, end: number): boolean {
  if (end - start !== 8 || !text.startsWith('HTTP/', start)) return false;
  const major = text.charCodeAt(start + 5);
  const minor = text.charCodeAt(start + 7);
  return major >= 0x30 && major <= 0x39 && text.charCodeAt(start + 6) === 0x2e && minor >= 0x30 && minor <= 0x39;
}

function checkVersion(ctx: Ctx, start: number, end: number): string {
  const text = ctx.text;
  // `HTTP/1.1` and `HTTP/1.0` (nothing to report) as constants instead of fresh slices
  if (end - start === 8 && text.startsWith('HTTP/1.', start)) {
    const minor = text.charCodeAt(start + 7);
    if (minor === 0x31) return 'HTTP/1.1';
    if (minor === 0x30) return 'HTTP/1.0';
  }
  const version = text.slice(start, end);
  if (!isVersion(ctx.text, start, end)) {
    report(ctx, 'HTTP0007', start, end - start, { version: shorten(version) });
  } else if (version !== 'HTTP/1.1' && version !== 'HTTP/1.0') {
    report(ctx, 'HTTP0008', start, end - start, { version });
  }
  return version;
}

/** text[start, end) as a string: the everyday methods as constants, any other as a slice. */
function methodName(text: string, start: number, end: number): string {
  const n = end - start;
  const c = text.charCodeAt(start);
  if (n === 3 && c === 0x47 && text.startsWith('GET', start)) return 'GET';
  if (n === 4 && c === 0x50 && text.startsWith('POST', start)) return 'POST';
  if (n === 3 && c === 0x50 && text.startsWith('PUT', start)) return 'PUT';
  if (n === 4 && c === 0x48 && text.startsWith('HEAD', start)) return 'HEAD';
  return text.slice(start, end);
}

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** request-line = method SP request-target SP HTTP-version (RFC 9112 §3) */
function parseRequestLine(ctx: Ctx, message: HttpMessage, spans: StartLineSpans, start: number, end: number): void {
  const text = ctx.text;
  let s = start;
  let e = end;
  let extraWs = false;
  while (s < e && isWs(text.charCodeAt(s))) s++;
  while (e > s && isWs(text.charCodeAt(e - 1))) e--;
  if (s !== start || e !== end) extraWs = true;
  // method
  let i = s;
  while (i < e && TCHAR[text.charCodeAt(i)] === 1) i++;
  let methodEnd = i;
  if (i < e && !isWs(text.charCodeAt(i))) {
    // a non-token character inside the method: take the whole word
    while (methodEnd < e && !isWs(text.charCodeAt(methodEnd))) methodEnd++;
  }
  const method = methodName(text, s, methodEnd);
  message.method = method;
  spans.method = new PlainSpan(s, methodEnd - s);
  if (methodEnd === s) {
    report(ctx, 'HTTP0003', start, end - start);
    message.target = '';
    return;
  }
  if (methodEnd !== i) report(ctx, 'HTTP0004', s, methodEnd - s, { method: shorten(method) });
  else if (!isRegisteredMethod(method)) report(ctx, 'HTTP0016', s, methodEnd - s, { method: shorten(method) });
  // version: the last word
  let vs = e;
  while (vs > methodEnd && !isWs(text.charCodeAt(vs - 1))) vs--;
  if (vs <= methodEnd) {
    // only one word
    report(ctx, 'HTTP0003', start, end - start);
    message.target = '';
    return;
  }
  // target: between
  let ts = methodEnd;
  let te = vs;
  if (text.charCodeAt(ts) !== 0x20) extraWs = true;
  ts++;
  if (text.charCodeAt(te - 1) !== 0x20) extraWs = true;
  te--;
  while (ts < te && isWs(text.charCodeAt(ts))) {
    ts++;
    extraWs = true;
  }
  while (te > ts && isWs(text.charCodeAt(te - 1))) {
    te--;
    extraWs = true;
  }
  if (extraWs) report(ctx, 'HTTP0009', start, end - start);
  if (te <= ts) {
    // `GET HTTP/1.1` or `GET /` without a version: the last word is the target when it is not a version
    if (isVersion(text, vs, e) || text.startsWith('HTTP/', vs)) {
      message.target = '';
      message.version = text.slice(vs, e);
      spans.version = new PlainSpan(vs, e - vs);
    } else {
      message.target = text.slice(vs, e);
      spans.target = new PlainSpan(vs, e - vs);
    }
    report(ctx, 'HTTP0003', start, end - start);
    return;
  }
  message.target = text.slice(ts, te);
  spans.target = new PlainSpan(ts, te - ts);
  message.version = checkVersion(ctx, vs, e);
  spans.version = new PlainSpan(vs, e - vs);
  checkTarget(ctx, method, ts, te);
}

/**
 * request-target = origin-form / absolute-form / authority-form / asterisk-form (RFC 9112 §3.2)
 * origin-form    = absolute-path [ "?" query ]
 * absolute-form  = absolute-URI
 * authority-form = uri-host ":" port
 * asterisk-form  = "*"
 */
function checkTarget(ctx: Ctx, method: string, start: number, end: number): void {
  const text = ctx.text;
  const first = text.charCodeAt(start);
  const isConnect = method === 'CONNECT';
  // fast path: a valid origin-form target
  if (first === 0x2f && !isConnect && firstInvalidTargetChar(text, start, end, false) < 0) return;
  const target = text.slice(start, end);
  const mismatch = (form: string): void => report(ctx, 'HTTP0006', start, end - start, { form, method: shorten(method) });
  const invalidAt = (i: number): void => {
    const c = text.charCodeAt(i);
    const ch = c < 0x21 || c === 0x7f || c > 0x7e ? `\\x${hex(c, 2)}` : text[i] as string;
    report(ctx, 'HTTP0005', start, end - start, { target: shorten(target), char: ch });
  };
  if (end - start === 1 && first === 0x2a) {
    if (method !== 'OPTIONS') mismatch('asterisk');
    return;
  }
  if (first === 0x2f) {
    if (isConnect) mismatch('origin');
    const bad = firstInvalidTargetChar(text, start, end, false);
    if (bad >= 0) invalidAt(bad);
    return;
  }
  // scheme ":" ... or host ":" port
  let i = start;
  const isAlpha = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (isAlpha(first)) {
    i++;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (isAlpha(c) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) i++;
      else break;
    }
  }
  const colon = findIn(text, 0x3a, start, end);
  const hasColon = colon >= 0;
  // authority-form: everything after the last colon is a port
  let authority = false;
  if (hasColon) {
    const last = findLastIn(text, 0x3a, start, end);
    let digits = last + 1;
    while (digits < end && text.charCodeAt(digits) >= 0x30 && text.charCodeAt(digits) <= 0x39) digits++;
    authority = digits === end && last + 1 < end && !text.startsWith('//', colon + 1);
  }
  if (authority || isConnect) {
    if (!isConnect) {
      mismatch('authority');
      return;
    }
    if (!authority) {
      // CONNECT needs host:port
      if (first === 0x2f || (hasColon && text.startsWith('//', colon + 1))) mismatch(first === 0x2f ? 'origin' : 'absolute');
      else {
        invalidAt(end - 1);
      }
      return;
    }
    const bad = firstInvalidTargetChar(text, start, end, true);
    if (bad >= 0) invalidAt(bad);
    return;
  }
  if (i > start && text.charCodeAt(i) === 0x3a) {
    // absolute-form
    const bad = firstInvalidTargetChar(text, i + 1, end, true);
    if (bad >= 0) invalidAt(bad);
    return;
  }
  invalidAt(start);
}

/** The index of the first character that may not stand unencoded in a request target, or -1. */
function firstInvalidTargetChar(text: string, start: number, end: number, brackets: boolean): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 256 && TARGET_CHAR[c] === 1) continue;
    if (c === 0x25) {
      // pct-encoded = "%" HEXDIG HEXDIG
      if (i + 2 < end && isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2))) {
        i += 2;
        continue;
      }
      return i;
    }
    if (brackets && (c === 0x5b || c === 0x5d)) continue;
    return i;
  }
  return -1;
}

function isHex(c: number): boolean {
  return c < 256 && HEX_VALUE[c] !== 0;
}

/** status-line = HTTP-version SP status-code SP [ reason-phrase ] (RFC 9112 §4) */
function parseStatusLine(ctx: Ctx, message: HttpMessage, spans: StartLineSpans, start: number, end: number): void {
  const text = ctx.text;
  let i = start;
  while (i < end && !isWs(text.charCodeAt(i))) i++;
  message.version = checkVersion(ctx, start, i);
  spans.version = new PlainSpan(start, i - start);
  if (i >= end) {
    report(ctx, 'HTTP0010', start, end - start);
    return;
  }
  let s = i + 1;
  let extraWs = text.charCodeAt(i) !== 0x20;
  while (s < end && isWs(text.charCodeAt(s))) {
    s++;
    extraWs = true;
  }
  let e = s;
  while (e < end && !isWs(text.charCodeAt(e))) e++;
  if (e === s) {
    if (extraWs) report(ctx, 'HTTP0009', start, end - start);
    report(ctx, 'HTTP0010', start, end - start);
    return;
  }
  spans.status = new PlainSpan(s, e - s);
  const status = digitsValue(text, s, e);
  if (e - s !== 3 || status < 0) {
    report(ctx, 'HTTP0011', s, e - s, { status: shorten(text.slice(s, e)) });
  } else {
    message.status = status;
    if (status < 100 || status > 599) report(ctx, 'HTTP0012', s, 3, { status });
  }
  if (e < end) {
    if (text.charCodeAt(e) !== 0x20) extraWs = true;
    const rs = e + 1;
    message.reason = text.slice(rs, end);
    spans.reason = new PlainSpan(rs, end - rs);
    for (let k = rs; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c === 13) continue; // reported as a bare CR
      if (c > 0xff || FIELD_CHAR[c] !== 1) {
        const n = charLength(text, k, end);
        report(ctx, 'HTTP0013', k, n, { hex: hex(n === 2 ? (text.codePointAt(k) as number) : c, 4) });
        break;
      }
    }
  } else {
    message.reason = '';
  }
  if (extraWs) report(ctx, 'HTTP0009', start, end - start);
}

interface SectionResult {
  next: number;
  complete: boolean;
  contentLength: FieldLine[] | undefined;
  transferEncoding: FieldLine[] | undefined;
  /** The Connection field lines, noticed while the section is read. */
  connection: FieldLine[] | undefined;
}

/**
 * field-line = field-name ":" OWS field-value OWS (RFC 9112 §5), each ended by CRLF,
 * the section by an empty line. Reads from `p` into `out`.
 */
function parseFieldSection(ctx: Ctx, start: number, out: FieldLine[], isHeader: boolean): SectionResult {
  const result = readFieldLines(ctx, start, out, isHeader);
  if (ctx.folded) {
    for (const f of ctx.folded) f.value = unfold(ctx.text, f.valueSpan.offset, f.valueSpan.offset + f.valueSpan.length);
    ctx.folded = undefined;
  }
  return result;
}

/** A folded value: its lines, each without surrounding whitespace, joined by one SP (RFC 9112 §5.2). */
function unfold(text: string, start: number, end: number): string {
  const parts: string[] = [];
  let s = start;
  while (s <= end) {
    let e = findIn(text, 10, s, end);
    if (e < 0) e = end;
    let a = s;
    let b = e;
    while (a < b && isWs(text.charCodeAt(a))) a++;
    if (b > a && text.charCodeAt(b - 1) === 13) b--;
    while (b > a && isWs(text.charCodeAt(b - 1))) b--;
    if (b > a) parts.push(text.slice(a, b));
    s = e + 1;
  }
  return parts.join(' ');
}

/** A DataView over the whole input, made once per call: field values are checked four bytes at a time through it. */
function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function readFieldLines(ctx: Ctx, start: number, out: FieldLine[], isHeader: boolean): SectionResult {
  const text = ctx.text;
  const end = ctx.end;
  const result = new PlainSectionResult(end);
  const src = ctx.bytes;
  const textBase = ctx.textBase;
  let p = start;
  let first = true;
  while (p < end) {
    const c0 = text.charCodeAt(p);
    if (c0 === 13 && text.charCodeAt(p + 1) === 10) {
      result.next = p + 2;
      result.complete = true;
      return result;
    }
    if (c0 === 10) {
      lfOnly(ctx, p);
      result.next = p + 1;
      result.complete = true;
      return result;
    }
    if (src !== undefined) {
      // Fast path over the bytes: a plain `token ":" OWS *field-char CRLF` line, found and
      // checked in one pass (typed-array reads are cheaper than charCodeAt). Such a line
      // draws no diagnostic; any other line falls through to the general code below.
      const from = textBase + p;
      const stop = textBase + end;
      let i = from;
      while (i < stop && TCHAR[src[i] as number] === 1) i++;
      if (i > from && i < stop && src[i] === 0x3a) {
        let vs = i + 1;
        while (vs < stop && isWs(src[vs] as number)) vs++;
        let ce = vs;
        const view = ctx.view as DataView;
        // Four bytes at a time while none is a control (below 0x20: CR, LF, HTAB, ...) or DEL:
        // (w - 0x20202020) & ~w & 0x80808080 is non-zero exactly when some byte of w is below
        // 0x20, and the same test on w ^ 0x7F7F7F7F finds a 0x7F byte. The byte loop below
        // then takes the rest of the line (its CR, or the HTAB or control that stopped us).
        while (ce + 4 <= stop) {
          const w = view.getUint32(ce);
          if (((w - 0x20202020) & ~w & 0x80808080) !== 0) break;
          const d = w ^ 0x7f7f7f7f;
          if (((d - 0x01010101) & ~d & 0x80808080) !== 0) break;
          ce += 4;
        }
        while (ce < stop && FIELD_CHAR[src[ce] as number] === 1) ce++;
        if (ce + 1 < stop && src[ce] === 13 && src[ce + 1] === 10) {
          let ve = ce;
          while (ve > vs && isWs(src[ve - 1] as number)) ve--;
          first = false;
          addField(out, result, text, p, i - textBase, vs - textBase, ve - textBase, ce - textBase);
          p = ce + 2 - textBase;
          continue;
        }
      }
    }
    let lf = text.indexOf('\n', p);
    let ce: number;
    if (lf < 0) {
      lf = end;
      ce = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    } else {
      ce = text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf;
      if (ce === lf) lfOnly(ctx, lf);
    }
    const next = lf < end ? lf + 1 : end;
    if (c0 === 0x20 || c0 === 0x09) {
      const prev = first ? undefined : out[out.length - 1];
      if (!prev) {
        if (isHeader) report(ctx, 'HTTP0059', p, ce - p);
        else report(ctx, 'HTTP0053', p, ce - p, {}, 'warning');
      } else {
        foldInto(ctx, prev, p, ce);
      }
      p = next;
      continue;
    }
    first = false;
    // field-name
    let i = p;
    while (i < ce && TCHAR[text.charCodeAt(i)] === 1) i++;
    let nameEnd = i;
    let colon = -1;
    if (i < ce) {
      const c = text.charCodeAt(i);
      if (c === 0x3a) colon = i;
      else {
        let j = i;
        while (j < ce && isWs(text.charCodeAt(j))) j++;
        if (j > i && j < ce && text.charCodeAt(j) === 0x3a) {
          colon = j;
          report(ctx, 'HTTP0052', i, j - i, {}, ctx.kind === 'request' ? undefined : 'warning');
        } else {
          const k = findIn(text, 0x3a, i, ce);
          if (k >= 0) {
            colon = k;
            nameEnd = k;
            while (nameEnd > p && isWs(text.charCodeAt(nameEnd - 1))) nameEnd--;
            const cr = findIn(text, 13, p, nameEnd);
            if (cr >= 0) report(ctx, 'HTTP0051', cr, 1);
            else report(ctx, 'HTTP0056', p, nameEnd - p, { name: shorten(text.slice(p, nameEnd)) });
          }
        }
      }
    }
    if (colon < 0) {
      const cr = findIn(text, 13, p, ce);
      if (cr >= 0) report(ctx, 'HTTP0051', cr, 1);
      report(ctx, 'HTTP0057', p, ce - p);
      p = next;
      continue;
    }
    if (nameEnd === p) report(ctx, 'HTTP0058', p, colon + 1 - p);
    // field-value
    let vs = colon + 1;
    while (vs < ce && isWs(text.charCodeAt(vs))) vs++;
    let ve = ce;
    while (ve > vs && isWs(text.charCodeAt(ve - 1))) ve--;
    const name = text.slice(p, nameEnd);
    const value = text.slice(vs, ve);
    for (let k = vs; k < ve; k++) {
      const c = text.charCodeAt(k);
      if (c < 256 && FIELD_CHAR[c] === 1) continue;
      badValueChar(ctx, name, k, c);
      break;
    }
    pushField(out, result, text, p, nameEnd, ce, name, value, vs, ve);
    p = next;
  }
  result.next = end;
  return result;
}

/** A plain field line (no diagnostic): name `text[p, nameEnd)`, value `text[vs, ve)`, line end `ce`. */
function addField(out: FieldLine[], result: SectionResult, text: string, p: number, nameEnd: number, vs: number, ve: number, ce: number): void {
  pushField(out, result, text, p, nameEnd, ce, text.slice(p, nameEnd), text.slice(vs, ve), vs, ve);
}

/**
 * A constructor whose objects are plain objects (prototype Object.prototype) made by `init`:
 * `new` has no allocation site (see below), and the objects are exactly like literals.
 */
function plain<T, A extends unknown[]>(init: (this: T, ...args: A) => void): new (...args: A) => T {
  init.prototype = Object.prototype;
  return init as unknown as new (...args: A) => T;
}

/*
 * Field lines and their spans are made by constructors rather than object literals. V8
 * follows each literal's allocation site and, when one collection happens to find most of
 * a site's recent objects alive, allocates that site's objects in the old generation from
 * then on; in long pipelines it picked the field-line literal now and then, and every
 * later run became two to three times slower. Objects made with `new` have no such site.
 * The prototype is Object.prototype and the keys come in the same order, so these are
 * plain objects exactly like the literals they replace.
 */
export const PlainSpan = plain(function (this: Span, offset: number, length: number) {
  this.offset = offset;
  this.length = length;
});

export const PlainField = plain(function (this: FieldLine, name: string, value: string, span: Span, nameSpan: Span, valueSpan: Span) {
  this.name = name;
  this.value = value;
  this.span = span;
  this.nameSpan = nameSpan;
  this.valueSpan = valueSpan;
});

/*
 * The same holds for every object made once per message: the message and its parts, and
 * the parser's own records. None of them is a literal. Lists come from `newList`: a list
 * literal has an allocation site too; `new Array()` and a copy of an empty list were both
 * measured without the slow runs, and the copy was a few per cent slower.
 */
export function newList<T>(): T[] {
  return new Array<T>();
}

export const PlainMessage = plain(function (this: HttpMessage, kind: 'request' | 'response', diagnostics: Diagnostic[], fields: FieldLine[]) {
  this.kind = kind;
  this.version = '';
  this.fields = fields;
  this.trailers = newList();
  this.diagnostics = diagnostics;
});

export const PlainStartLine = plain(function (this: StartLineSpans, span: Span) {
  this.span = span;
});

export const PlainBody = plain(function (this: MessageBody, bytes: Uint8Array, framing: BodyFraming, span: Span) {
  this.bytes = bytes;
  this.framing = framing;
  this.span = span;
});

const PlainCtx = plain(function (
  this: Ctx,
  text: string,
  bytes: Uint8Array | undefined,
  end: number,
  base: number,
  inputLength: number,
  strict: boolean,
  locale: Locale,
  diagnostics: Diagnostic[],
  textBase: number,
  view: DataView | undefined,
) {
  // every field is set here, so every context has the same shape (monomorphic access)
  this.text = text;
  this.bytes = bytes;
  this.end = end;
  this.base = base;
  this.inputLength = inputLength;
  this.strict = strict;
  this.locale = locale;
  this.diagnostics = diagnostics;
  this.lfReported = false;
  this.kind = 'request';
  this.folded = undefined;
  this.textBase = textBase;
  this.view = view;
});

const PlainSectionResult = plain(function (this: SectionResult, next: number) {
  this.next = next;
  this.complete = false;
  this.contentLength = undefined;
  this.transferEncoding = undefined;
  this.connection = undefined;
});

const LengthFraming = plain(function (this: { kind: 'length'; length: number; field: FieldLine }, length: number, field: FieldLine) {
  this.kind = 'length';
  this.length = length;
  this.field = field;
});

const ChunkedFraming = plain(function (this: { kind: 'chunked'; field: FieldLine }, field: FieldLine) {
  this.kind = 'chunked';
  this.field = field;
});

const PlainChunked = plain(function (this: ChunkedResult, end: number, bytes: Uint8Array, complete: boolean) {
  this.end = end;
  this.bytes = bytes;
  this.complete = complete;
});

const PlainLength = plain(function (this: { value: number | undefined; diagnostics: readonly Diagnostic[] }, value: number) {
  this.value = value;
  this.diagnostics = NO_DIAGNOSTICS;
});

function pushField(
  out: FieldLine[],
  result: SectionResult,
  text: string,
  p: number,
  nameEnd: number,
  ce: number,
  name: string,
  value: string,
  vs: number,
  ve: number,
): void {
  const field = new PlainField(name, value, new PlainSpan(p, ce - p), new PlainSpan(p, nameEnd - p), new PlainSpan(vs, ve - vs));
  out.push(field);
  const nameLength = nameEnd - p;
  if (nameLength === 14) {
    if (equalsLower(text, p, nameEnd, 'content-length')) (result.contentLength ??= newList()).push(field);
  } else if (nameLength === 17) {
    if (equalsLower(text, p, nameEnd, 'transfer-encoding')) (result.transferEncoding ??= newList()).push(field);
  } else if (nameLength === 10) {
    if (equalsLower(text, p, nameEnd, 'connection')) (result.connection ??= newList()).push(field);
  }
}

function badValueChar(ctx: Ctx, name: string, at: number, c: number): void {
  if (c === 0) report(ctx, 'HTTP0054', at, 1, { name: shorten(name) });
  else if (c === 13) report(ctx, 'HTTP0051', at, 1);
  else {
    const n = charLength(ctx.text, at, ctx.end);
    report(ctx, 'HTTP0055', at, n, { name: shorten(name), hex: hex(n === 2 ? (ctx.text.codePointAt(at) as number) : c, 4) });
  }
}

/** 2 at a surrogate pair before `end` (a span on a character outside the BMP covers both halves), else 1. */
function charLength(text: string, at: number, end: number): number {
  const c = text.charCodeAt(at);
  if (c < 0xd800 || c > 0xdbff || at + 1 >= end) return 1;
  const d = text.charCodeAt(at + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** obs-fold = OWS CRLF RWS (RFC 9112 §5.2): the continuation joins the previous value with one SP. */
function foldInto(ctx: Ctx, prev: FieldLine, p: number, ce: number): void {
  const text = ctx.text;
  let s = p;
  while (s < ce && isWs(text.charCodeAt(s))) s++;
  let e = ce;
  while (e > s && isWs(text.charCodeAt(e - 1))) e--;
  const foldStart = prev.span.offset + prev.span.length;
  // reported once per field line, at its first fold
  const folded = (ctx.folded ??= []);
  if (folded[folded.length - 1] !== prev) {
    folded.push(prev);
    report(ctx, 'HTTP0053', foldStart, s - foldStart, {}, ctx.kind === 'request' ? undefined : 'warning');
  }
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c < 256 && FIELD_CHAR[c] === 1) continue;
    badValueChar(ctx, prev.name, k, c);
    break;
  }
  if (e > s) {
    if (prev.valueSpan.length === 0) prev.valueSpan = new PlainSpan(s, e - s);
    else prev.valueSpan = new PlainSpan(prev.valueSpan.offset, e - prev.valueSpan.offset);
  }
  prev.span = new PlainSpan(prev.span.offset, ce - prev.span.offset);
}

type Framing =
  | { kind: 'none'; unframed: boolean }
  | { kind: 'length'; length: number; field: FieldLine }
  | { kind: 'close' }
  | { kind: 'chunked'; field: FieldLine };

const NO_FIELDS: FieldLine[] = [];
const NO_DIAGNOSTICS: readonly Diagnostic[] = [];
const NO_BODY: Framing = { kind: 'none', unframed: false };
const NO_BODY_UNFRAMED: Framing = { kind: 'none', unframed: true };
const CLOSE: Framing = { kind: 'close' };

function determineFraming(ctx: Ctx, message: HttpMessage, head: SectionResult, options: ParseMessageOptions): Framing {
  const te = head.transferEncoding ?? NO_FIELDS;
  const cl = head.contentLength ?? NO_FIELDS;
  if (message.kind === 'response') {
    const status = message.status ?? 0;
    const method = options.requestMethod?.toUpperCase();
    if ((status >= 100 && status < 200) || status === 204 || status === 304 || method === 'HEAD') return NO_BODY;
    if (method === 'CONNECT' && status >= 200 && status < 300) return NO_BODY;
  }
  if (te.length > 0) {
    const teField = te[0] as FieldLine;
    if (message.version === 'HTTP/1.0') report(ctx, 'HTTP0105', teField.span.offset, teField.span.length);
    for (const f of cl) report(ctx, 'HTTP0100', f.span.offset, f.span.length);
    // transfer-coding list across all field lines
    let last = '';
    let chunked = 0;
    let lastField = teField;
    for (const f of te) {
      const value = f.value;
      let s = 0;
      while (s <= value.length) {
        let comma = findIn(value, 0x2c, s, value.length);
        if (comma < 0) comma = value.length;
        let a = s;
        let b = comma;
        const semi = findIn(value, 0x3b, a, b);
        if (semi >= 0) b = semi;
        while (a < b && isWs(value.charCodeAt(a))) a++;
        while (b > a && isWs(value.charCodeAt(b - 1))) b--;
        if (b > a) {
          // `chunked` in any ASCII case without a slice; anything else lower-cased as a string
          const coding = equalsLower(value, a, b, 'chunked') ? 'chunked' : value.slice(a, b).toLowerCase();
          if (coding === 'chunked') {
            chunked++;
            if (chunked === 2) report(ctx, 'HTTP0103', f.valueSpan.offset, f.valueSpan.length);
          } else if (!KNOWN_CODINGS.has(coding)) {
            report(ctx, 'HTTP0104', f.valueSpan.offset + a, b - a, { coding: shorten(value.slice(a, b)) });
          }
          last = coding;
          lastField = f;
        }
        s = comma + 1;
      }
    }
    if (last === 'chunked') return new ChunkedFraming(lastField);
    const values = te.map((f) => f.value).join(', ');
    if (message.kind === 'request') {
      report(ctx, 'HTTP0101', lastField.valueSpan.offset, lastField.valueSpan.length, { value: shorten(values) });
    } else {
      report(ctx, 'HTTP0102', lastField.valueSpan.offset, lastField.valueSpan.length, { value: shorten(values) });
    }
    return CLOSE;
  }
  if (cl.length > 0) {
    let length: number | undefined;
    let lengthField: FieldLine | undefined;
    let invalid = false;
    for (const f of cl) {
      // plain digits (no diagnostic) are read in place; anything else goes through parseContentLength
      const plain = digitsValue(f.value, 0, f.value.length);
      const r = plain >= 0 ? new PlainLength(plain) : parseContentLength(f.value, { offset: f.valueSpan.offset, strict: ctx.strict, locale: ctx.locale });
      for (const d of r.diagnostics) ctx.diagnostics.push(d);
      if (r.value === undefined) {
        invalid = true;
        continue;
      }
      if (length === undefined) {
        length = r.value;
        lengthField = f;
      } else if (length !== r.value) {
        report(ctx, 'HTTP0112', f.valueSpan.offset, f.valueSpan.length, { values: `${length}, ${r.value}` });
        invalid = true;
      } else {
        report(ctx, 'HTTP0113', f.span.offset, f.span.length, { value: length });
      }
    }
    if (invalid || length === undefined || !lengthField) {
      // No reliable length: read what is there, so the text stays visible.
      return CLOSE;
    }
    return new LengthFraming(length, lengthField);
  }
  if (message.kind === 'request') return NO_BODY_UNFRAMED;
  return CLOSE;
}

interface ChunkedResult {
  end: number;
  bytes: Uint8Array;
  complete: boolean;
}

/**
 * chunked-body = *chunk last-chunk trailer-section CRLF (RFC 9112 §7.1)
 * chunk        = chunk-size [ chunk-ext ] CRLF chunk-data CRLF
 */
function readChunked(ctx: Ctx, start: number, trailers: FieldLine[], teField: FieldLine): ChunkedResult {
  const text = ctx.text;
  const end = ctx.end;
  const ranges = chunkRanges();
  let total = 0;
  let p = start;
  const incomplete = (): void => report(ctx, 'HTTP0123', teField.valueSpan.offset, teField.valueSpan.length);
  for (;;) {
    if (p >= end) {
      incomplete();
      return new PlainChunked(end, collect(ctx, ranges, total), false);
    }
    let lf = text.indexOf('\n', p);
    let ce: number;
    if (lf < 0) {
      lf = end;
      ce = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    } else {
      ce = text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf;
      if (ce === lf) lfOnly(ctx, lf);
    }
    // chunk-size = 1*HEXDIG
    let i = p;
    let size = 0;
    let overflow = false;
    while (i < ce) {
      const ch = text.charCodeAt(i);
      const v = ch > 0xff ? 0 : (HEX_VALUE[ch] as number);
      if (v === 0) break;
      if (size > (Number.MAX_SAFE_INTEGER - (v - 1)) / 16) overflow = true;
      size = size * 16 + (v - 1);
      i++;
    }
    if (i === p) {
      report(ctx, 'HTTP0120', p, ce - p, { line: shorten(text.slice(p, ce)) });
      return new PlainChunked(end, collect(ctx, ranges, total), false);
    }
    if (overflow) {
      report(ctx, 'HTTP0121', p, i - p, { value: shorten(text.slice(p, i)) });
      return new PlainChunked(end, collect(ctx, ranges, total), false);
    }
    if (i < ce) checkChunkExtensions(ctx, p, i, ce);
    if (lf >= end) {
      incomplete();
      return new PlainChunked(end, collect(ctx, ranges, total), false);
    }
    const dataStart = lf + 1;
    if (size === 0) {
      const section = parseFieldSection(ctx, dataStart, trailers, false);
      if (!section.complete) {
        incomplete();
        return new PlainChunked(end, collect(ctx, ranges, total), false);
      }
      return new PlainChunked(section.next, collect(ctx, ranges, total), true);
    }
    const dataEnd = dataStart + size;
    if (dataEnd > end) {
      ranges.add(dataStart, end);
      total += end - dataStart;
      incomplete();
      return new PlainChunked(end, collect(ctx, ranges, total), false);
    }
    ranges.add(dataStart, dataEnd);
    total += size;
    const c = text.charCodeAt(dataEnd);
    if (c === 13 && text.charCodeAt(dataEnd + 1) === 10) p = dataEnd + 2;
    else if (c === 10) {
      lfOnly(ctx, dataEnd);
      p = dataEnd + 1;
    } else if (dataEnd >= end || (c === 13 && dataEnd + 1 >= end)) {
      incomplete();
      return new PlainChunked(end, collect(ctx, ranges, total), false);
    } else {
      // resynchronise on the next line
      const nl = text.indexOf('\n', dataEnd);
      const stop = nl < 0 ? end : nl;
      report(ctx, 'HTTP0122', dataEnd, Math.max(1, Math.min(stop, dataEnd + 2) - dataEnd));
      if (nl < 0) return new PlainChunked(end, collect(ctx, ranges, total), false);
      p = nl + 1;
    }
  }
}

/** `readChunked` over bytes: chunk lines are read from the bytes, the trailer section through a small window. */
function readChunkedBytes(ctx: Ctx, start: number, trailers: FieldLine[], teField: FieldLine): ChunkedResult {
  const src = ctx.bytes as Uint8Array;
  const end = src.length;
  const base = ctx.base;
  const ranges = chunkRanges();
  let total = 0;
  let p = start;
  const incomplete = (): void => report(ctx, 'HTTP0123', teField.valueSpan.offset, teField.valueSpan.length);
  const lineText = (s: number, e: number): string => decodeLatin1(src.subarray(s, e));
  for (;;) {
    if (p >= end) {
      incomplete();
      return new PlainChunked(end, collect(ctx, ranges, total), false);
    }
    let lf = src.indexOf(10, p);
    let ce: number;
    if (lf < 0) {
      lf = end;
      ce = src[end - 1] === 13 ? end - 1 : end;
    } else {
      ce = src[lf - 1] === 13 ? lf - 1 : lf;
      if (ce === lf) lfOnly(ctx, lf - base);
    }
    // chunk-size = 1*HEXDIG
    let i = p;
    let size = 0;
    let overflow = false;
    while (i < ce) {
      const v = HEX_VALUE[src[i] as number] as number;
      if (v === 0) break;
      if (size > (Number.MAX_SAFE_INTEGER - (v - 1)) / 16) overflow = true;
      size = size * 16 + (v - 1);
      i++;
    }
    if (i === p) {
      report(ctx, 'HTTP0120', p - base, ce - p, { line: shorten(lineText(p, Math.min(ce, p + 64))) });
      return new PlainChunked(end, collect(ctx, ranges, total), false);
    }
    if (overflow) {
      report(ctx, 'HTTP0121', p - base, i - p, { value: shorten(lineText(p, Math.min(i, p + 64))) });
      return new PlainChunked(end, collect(ctx, ranges, total), false);
    }
    if (i < ce) {
      // extensions (or junk): checked on the decoded line
      const line = lineText(p, ce);
      const before = ctx.diagnostics.length;
      checkChunkExtensions({ ...ctx, text: line, end: line.length }, 0, i - p, line.length);
      shiftDiagnostics(ctx.diagnostics, before, p - base);
    }
    if (lf >= end) {
      incomplete();
      return new PlainChunked(end, collect(ctx, ranges, total), false);
    }
    const dataStart = lf + 1;
    if (size === 0) {
      const trailerEnd = sectionEnd(src, dataStart, false);
      const text = lineText(dataStart, trailerEnd);
      const sub = new PlainCtx(text, ctx.bytes, text.length, ctx.base, ctx.inputLength, ctx.strict, ctx.locale, ctx.diagnostics, dataStart, ctx.view);
      sub.lfReported = ctx.lfReported;
      sub.kind = ctx.kind;
      const before = ctx.diagnostics.length;
      const firstTrailer = trailers.length;
      const section = parseFieldSection(sub, 0, trailers, false);
      ctx.lfReported = sub.lfReported;
      shiftDiagnostics(ctx.diagnostics, before, dataStart - base);
      shiftFields(trailers, firstTrailer, dataStart - base);
      if (!section.complete) {
        incomplete();
        return new PlainChunked(end, collect(ctx, ranges, total), false);
      }
      return new PlainChunked(dataStart + section.next, collect(ctx, ranges, total), true);
    }
    const dataEnd = dataStart + size;
    if (dataEnd > end) {
      ranges.add(dataStart, end);
      total += end - dataStart;
      incomplete();
      return new PlainChunked(end, collect(ctx, ranges, total), false);
    }
    ranges.add(dataStart, dataEnd);
    total += size;
    const c = src[dataEnd];
    if (c === 13 && src[dataEnd + 1] === 10) p = dataEnd + 2;
    else if (c === 10) {
      lfOnly(ctx, dataEnd - base);
      p = dataEnd + 1;
    } else if (dataEnd >= end || (c === 13 && dataEnd + 1 >= end)) {
      incomplete();
      return new PlainChunked(end, collect(ctx, ranges, total), false);
    } else {
      const nl = src.indexOf(10, dataEnd);
      const stop = nl < 0 ? end : nl;
      report(ctx, 'HTTP0122', dataEnd - base, Math.max(1, Math.min(stop, dataEnd + 2) - dataEnd));
      if (nl < 0) return new PlainChunked(end, collect(ctx, ranges, total), false);
      p = nl + 1;
    }
  }
}

/**
 * chunk-ext = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] )
 * chunk-ext-name = token; chunk-ext-val = token / quoted-string (RFC 9112 §7.1.1)
 */
function checkChunkExtensions(ctx: Ctx, lineStart: number, start: number, end: number): void {
  const text = ctx.text;
  let i = start;
  const skipWs = (): void => {
    while (i < end && isWs(text.charCodeAt(i))) i++;
  };
  const cr = findIn(text, 13, start, end);
  if (cr >= 0) {
    report(ctx, 'HTTP0051', cr, 1);
    return;
  }
  const bws = (): void => {
    if (i < end && isWs(text.charCodeAt(i))) {
      const s = i;
      skipWs();
      if (!reportedWs) report(ctx, 'HTTP0125', s, i - s);
      reportedWs = true;
    }
  };
  let reportedWs = false;
  skipWs();
  if (i >= end || text.charCodeAt(i) !== 0x3b) {
    // something other than an extension after the size (spaces, "x", "0x...")
    report(ctx, 'HTTP0120', lineStart, end - lineStart, { line: shorten(text.slice(lineStart, end)) });
    return;
  }
  if (i > start) {
    report(ctx, 'HTTP0125', start, i - start);
    reportedWs = true;
  }
  const invalid = (): void => report(ctx, 'HTTP0124', start, end - start, { ext: shorten(text.slice(start, end)) });
  while (i < end) {
    bws();
    if (text.charCodeAt(i) !== 0x3b) return invalid();
    i++;
    bws();
    const ns = i;
    while (i < end && TCHAR[text.charCodeAt(i)] === 1) i++;
    if (i === ns) return invalid();
    bws();
    if (i < end && text.charCodeAt(i) === 0x3d) {
      i++;
      bws();
      if (text.charCodeAt(i) === 0x22) {
        // quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE
        i++;
        let closed = false;
        while (i < end) {
          const c = text.charCodeAt(i);
          if (c === 0x22) {
            closed = true;
            i++;
            break;
          }
          if (c === 0x5c) {
            i += 2;
            continue;
          }
          if (c > 0xff || (FIELD_CHAR[c] !== 1)) return invalid();
          i++;
        }
        if (!closed || i > end) return invalid();
      } else {
        const vs = i;
        while (i < end && TCHAR[text.charCodeAt(i)] === 1) i++;
        if (i === vs) return invalid();
      }
    }
  }
}

const SLAB_SIZE = 256 * 1024;
let slab: Uint8Array | undefined;
let slabUsed = 0;

/**
 * Room for a decoded chunked body. Small bodies are carved out of a shared slab (as
 * Node's Buffer pool does): one allocation serves many messages, so decoding thousands
 * of chunked bodies does not allocate thousands of backing stores.
 */
function allocate(size: number): Uint8Array {
  if (size > SLAB_SIZE / 8) return new Uint8Array(size);
  if (!slab || slabUsed + size > SLAB_SIZE) {
    slab = new Uint8Array(SLAB_SIZE);
    slabUsed = 0;
  }
  const out = slab.subarray(slabUsed, slabUsed + size);
  slabUsed += size;
  return out;
}

/**
 * The data ranges of a chunked body (start and end pairs) while it is read. Kept off the JavaScript heap in one
 * typed array that grows by doubling and is reused by the next body: a body of many small chunks would otherwise
 * grow a list that the garbage collector copies again at each collection while the body is read.
 */
class Ranges {
  data = new Float64Array(64);
  length = 0;

  add(start: number, end: number): void {
    if (this.length + 2 > this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = start;
    this.data[this.length++] = end;
  }
}

let scratchRanges: Ranges | undefined;

/** The shared, emptied `Ranges` (a body is collected before the next one is read). */
function chunkRanges(): Ranges {
  const r = (scratchRanges ??= new Ranges());
  // a very large body's room is not kept for the bodies after it
  if (r.data.length > 1 << 16) r.data = new Float64Array(64);
  r.length = 0;
  return r;
}

function collect(ctx: Ctx, list: Ranges, total: number): Uint8Array {
  const ranges = list.data;
  const count = list.length;
  if (count === 0) return EMPTY;
  if (count === 2 && ctx.bytes) return ctx.bytes.subarray(ranges[0] as number, ranges[1] as number);
  if (ctx.bytes) {
    const out = allocate(total);
    const src = ctx.bytes;
    let o = 0;
    for (let k = 0; k < count; k += 2) {
      const s = ranges[k] as number;
      const e = ranges[k + 1] as number;
      if (e - s < 64) {
        for (let i = s; i < e; i++) out[o++] = src[i] as number;
      } else {
        out.set(src.subarray(s, e), o);
        o += e - s;
      }
    }
    return out;
  }
  let n = 0;
  for (let k = 0; k < count; k += 2) n += encodedLength(ctx.text, ranges[k] as number, ranges[k + 1] as number);
  const out = new Uint8Array(n);
  let o = 0;
  for (let k = 0; k < count; k += 2) o += encodeRange(ctx.text, ranges[k] as number, ranges[k + 1] as number, out, o);
  return out;
}
