import { TransportError } from './errors.js';
import type { SendOptions, SendRequest } from './types.js';

/** tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA */
export const TCHAR = new Uint8Array(256);
for (const c of "!#$%&'*+-.^_`|~") TCHAR[c.charCodeAt(0)] = 1;
for (let c = 0x30; c <= 0x39; c++) TCHAR[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) {
  TCHAR[c] = 1;
  TCHAR[c + 0x20] = 1;
}

/** token = 1*tchar */
export function isToken(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff || TCHAR[c] !== 1) return false;
  }
  return true;
}

/** A field value may not hold CR, LF or NUL (no header injection), nor anything that is not one byte in latin1. */
export function invalidValueChar(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x0d || c === 0x0a || c === 0 || c > 0xff) return i;
  }
  return -1;
}

export interface Target {
  url: URL;
  https: boolean;
  /** Host name for connecting and SNI, without IPv6 brackets. */
  hostname: string;
  port: number;
  /** The Host field value (with brackets and a non-default port). */
  authority: string;
  /** Pool key: scheme, host, port, and the socket path if any. */
  origin: string;
  /**
   * The origin-form request target (path and query), or undefined when it holds a character
   * that may not appear on the request line (`serializeRequest` then reports it).
   * Computed once per cached target: the URL getters slice the href on every call.
   */
  path: string | undefined;
}

/** Parsed URLs by their text: a client sends to few URLs many times. */
const TARGETS = new Map<string, Target>();
const TARGET_CACHE_SIZE = 128;

export function parseTarget(input: string | URL, options: SendOptions): Target {
  if (typeof input !== 'string') return parseTargetUncached(input, options);
  const key = options.socketPath === undefined ? input : `${input}\u0000${options.socketPath}`;
  let target = TARGETS.get(key);
  if (target === undefined) {
    target = parseTargetUncached(input, options);
    if (TARGETS.size >= TARGET_CACHE_SIZE) TARGETS.clear();
    TARGETS.set(key, target);
  }
  return target;
}

function parseTargetUncached(input: string | URL, options: SendOptions): Target {
  let url: URL;
  try {
    url = typeof input === 'string' ? new URL(input) : input;
  } catch (cause) {
    throw new TransportError('HTTPLENS_INVALID_URL', `Invalid URL: ${String(input)}`, { phase: 'request', bytesRead: 0 }, cause);
  }
  const https = url.protocol === 'https:';
  if (!https && url.protocol !== 'http:') {
    throw new TransportError('HTTPLENS_UNSUPPORTED', `Unsupported scheme ${url.protocol} (only http: and https:)`, { phase: 'request', bytesRead: 0 });
  }
  if (url.hostname === '') throw new TransportError('HTTPLENS_INVALID_URL', `The URL has no host: ${url.href}`, { phase: 'request', bytesRead: 0 });
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const port = url.port === '' ? (https ? 443 : 80) : Number(url.port);
  const origin = `${url.protocol}//${url.host}${options.socketPath === undefined ? '' : `|${options.socketPath}`}`;
  const path = `${url.pathname || '/'}${url.search}`;
  return { url, https, hostname, port, authority: url.host, origin, path: invalidTargetChar(path) < 0 ? path : undefined };
}

/** The URL parser percent-encodes spaces and controls; what is left must not break the request line. */
function invalidTargetChar(requestTarget: string): number {
  for (let i = 0; i < requestTarget.length; i++) {
    const c = requestTarget.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f) return i;
  }
  return -1;
}

export interface SerializedRequest {
  /** The head (request line, fields, empty line) as latin1 bytes. */
  head: Buffer;
  /** The whole body when it is known in advance. */
  body?: Buffer;
  /** A body stream, written with chunked coding unless `streamLength` is set. */
  stream?: AsyncIterable<Uint8Array>;
  chunked: boolean;
  /** The Content-Length the user gave for a stream. */
  streamLength?: number;
  expectContinue: boolean;
  /** The request asks for the connection to close (Connection: close). */
  close: boolean;
}

const METHODS_WITH_CONTENT = new Set(['POST', 'PUT', 'PATCH']);

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

function hasToken(value: string, token: string): boolean {
  for (const part of value.split(',')) if (part.trim().toLowerCase() === token) return true;
  return false;
}

/**
 * request-line = method SP request-target SP HTTP-version CRLF, then Host first, then
 * the user's fields in their order and case. Everything is validated before a byte is written.
 */
export function serializeRequest(request: SendRequest, target: Target, options: SendOptions): SerializedRequest {
  const method = request.method;
  if (!isToken(method)) {
    throw new TransportError('HTTPLENS_INVALID_REQUEST', `Invalid method ${JSON.stringify(method)}: a method is a token`, { phase: 'request', bytesRead: 0 });
  }
  const form = options.targetForm ?? (method === 'CONNECT' ? 'authority' : 'origin');
  // a target given as written: origin-form of visible ASCII, nothing that would break the request line
  const own = request.target;
  if (own !== undefined && (own.charCodeAt(0) !== 0x2f || invalidTargetChar(own) >= 0)) {
    throw new TransportError('HTTPLENS_INVALID_REQUEST', `Invalid request-target ${JSON.stringify(own)}: it must start with / and hold visible ASCII only`, { phase: 'request', bytesRead: 0 });
  }
  let requestTarget: string;
  switch (form) {
    case 'origin':
      requestTarget = own ?? target.path ?? `${target.url.pathname || '/'}${target.url.search}`;
      break;
    case 'absolute':
      requestTarget = `${target.url.protocol}//${target.url.host}${own ?? `${target.url.pathname || '/'}${target.url.search}`}`;
      break;
    case 'authority':
      requestTarget = target.url.port === '' ? `${target.url.host}:${target.port}` : target.url.host;
      break;
    case 'asterisk':
      requestTarget = '*';
      break;
  }
  if (requestTarget !== target.path) {
    const bad = invalidTargetChar(requestTarget);
    if (bad >= 0) throw new TransportError('HTTPLENS_INVALID_URL', `The request target holds an invalid character at ${bad}`, { phase: 'request', bytesRead: 0 });
  }

  const headers = request.headers ?? [];
  let host: [string, string] | undefined;
  let contentLength: string | undefined;
  let transferEncoding: string | undefined;
  let expectContinue = false;
  let close = false;
  for (const pair of headers) {
    const [name, value] = pair;
    if (!isToken(name)) {
      throw new TransportError('HTTPLENS_INVALID_HEADER', `Invalid field name ${JSON.stringify(name)}: a field name is a token`, { phase: 'request', bytesRead: 0, field: name });
    }
    const bad = invalidValueChar(value);
    if (bad >= 0) {
      throw new TransportError(
        'HTTPLENS_INVALID_HEADER',
        `Invalid value of ${name}: character U+${value.charCodeAt(bad).toString(16).padStart(4, '0').toUpperCase()} at ${bad} (CR, LF, NUL and characters above U+00FF are not allowed)`,
        { phase: 'request', bytesRead: 0, field: name },
      );
    }
    const lower = name.toLowerCase();
    if (lower === 'host') {
      if (host) throw new TransportError('HTTPLENS_INVALID_HEADER', 'More than one Host field', { phase: 'request', bytesRead: 0, field: name });
      host = pair;
    } else if (lower === 'content-length') {
      if (contentLength !== undefined && contentLength !== value.trim()) {
        throw new TransportError('HTTPLENS_INVALID_HEADER', 'Conflicting Content-Length fields', { phase: 'request', bytesRead: 0, field: name });
      }
      contentLength = value.trim();
    } else if (lower === 'transfer-encoding') {
      transferEncoding = transferEncoding === undefined ? value : `${transferEncoding}, ${value}`;
    } else if (lower === 'expect') {
      if (hasToken(value, '100-continue')) expectContinue = true;
    } else if (lower === 'connection') {
      if (hasToken(value, 'close')) close = true;
    }
  }

  const raw = request.body;
  let body: Buffer | undefined;
  let stream: AsyncIterable<Uint8Array> | undefined;
  if (typeof raw === 'string') body = Buffer.from(raw, 'utf8');
  else if (raw instanceof Uint8Array) body = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  else if (isAsyncIterable(raw)) stream = raw;
  else if (raw !== undefined) throw new TransportError('HTTPLENS_INVALID_REQUEST', 'The body must be a string, a Uint8Array or an AsyncIterable of Uint8Array', { phase: 'request', bytesRead: 0 });

  const chunked = transferEncoding !== undefined && hasToken(transferEncoding, 'chunked');
  if (chunked && contentLength !== undefined) {
    throw new TransportError('HTTPLENS_INVALID_HEADER', 'Both Content-Length and Transfer-Encoding: chunked are given', { phase: 'request', bytesRead: 0, field: 'Content-Length' });
  }
  if (transferEncoding !== undefined && !chunked) {
    throw new TransportError('HTTPLENS_UNSUPPORTED', `Transfer-Encoding ${transferEncoding} without chunked is not sent`, { phase: 'request', bytesRead: 0, field: 'Transfer-Encoding' });
  }
  let streamLength: number | undefined;
  if (contentLength !== undefined) {
    if (!/^\d{1,15}$/.test(contentLength)) {
      throw new TransportError('HTTPLENS_INVALID_HEADER', `Invalid Content-Length ${JSON.stringify(contentLength)}`, { phase: 'request', bytesRead: 0, field: 'Content-Length' });
    }
    const n = Number(contentLength);
    const actual = body?.length ?? (stream ? n : 0);
    if (n !== actual) {
      throw new TransportError('HTTPLENS_INVALID_HEADER', `Content-Length ${n} does not match the body (${actual} bytes)`, { phase: 'request', bytesRead: 0, field: 'Content-Length' });
    }
    if (stream) streamLength = n;
  }

  let text = `${method} ${requestTarget} HTTP/1.1\r\n`;
  text += host ? `${host[0]}: ${host[1]}\r\n` : `Host: ${target.authority}\r\n`;
  for (const pair of headers) if (pair !== host) text += `${pair[0]}: ${pair[1]}\r\n`;
  let useChunked = chunked;
  if (contentLength === undefined && !chunked) {
    if (stream) {
      text += 'Transfer-Encoding: chunked\r\n';
      useChunked = true;
    } else if (body !== undefined && (body.length > 0 || METHODS_WITH_CONTENT.has(method))) {
      text += `Content-Length: ${body.length}\r\n`;
    } else if (body === undefined && METHODS_WITH_CONTENT.has(method)) {
      text += 'Content-Length: 0\r\n';
    }
  }
  text += '\r\n';
  const result: SerializedRequest = {
    head: Buffer.from(text, 'latin1'),
    chunked: useChunked,
    expectContinue: expectContinue && (stream !== undefined || (body !== undefined && body.length > 0)),
    close,
  };
  if (useChunked && !stream) result.body = chunk(body ?? EMPTY, true); // at least the last-chunk
  else if (body !== undefined && body.length > 0) result.body = body;
  if (stream) result.stream = stream;
  if (streamLength !== undefined) result.streamLength = streamLength;
  return result;
}

const CRLF = Buffer.from('\r\n', 'latin1');
const EMPTY = new Uint8Array(0);
const LAST_CHUNK = Buffer.from('0\r\n\r\n', 'latin1');

/** chunk = chunk-size CRLF chunk-data CRLF; with `last`, the last-chunk and an empty trailer section follow. */
export function chunk(data: Uint8Array, last: boolean): Buffer {
  const parts: Buffer[] = [];
  if (data.length > 0) parts.push(Buffer.from(`${data.length.toString(16)}\r\n`, 'latin1'), Buffer.from(data.buffer, data.byteOffset, data.byteLength), CRLF);
  if (last) parts.push(LAST_CHUNK);
  return Buffer.concat(parts);
}

export { LAST_CHUNK };
