import type { RequestProtocol } from './types.js';

/** Methods that REST Client, JetBrains and httpYac all recognise at the start of a request line. */
export const KNOWN_METHODS: ReadonlySet<string> = new Set([
  'GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'CONNECT', 'TRACE', 'PROPFIND', 'PROPPATCH', 'MKCOL', 'COPY', 'MOVE',
  'LOCK', 'UNLOCK', 'CHECKOUT', 'CHECKIN', 'REPORT', 'MERGE', 'MKACTIVITY', 'MKWORKSPACE', 'VERSION-CONTROL', 'BASELINE-CONTROL',
  'MKCALENDAR', 'ACL', 'SEARCH', 'QUERY', 'GRAPHQL',
]);

export const OTHER_PROTOCOLS: Readonly<Record<string, RequestProtocol>> = {
  GRPC: 'grpc',
  WS: 'websocket',
  WEBSOCKET: 'websocket',
  SSE: 'sse',
  EVENTSOURCE: 'sse',
  MQTT: 'mqtt',
  AMQP: 'amqp',
  RABBITMQ: 'amqp',
};

export const KNOWN_VERSIONS = new Set(['HTTP/1.0', 'HTTP/1.1', 'HTTP/2', 'HTTP/2.0', 'HTTP/3', 'HTTP/3.0']);

/**
 * tchar per RFC 9110 §5.6.2:
 * tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
 */
const TCHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  TCHAR[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || "!#$%&'*+-.^_`|~".includes(String.fromCharCode(c)) ? 1 : 0;
}

export function isTchar(c: number): boolean {
  return c < 128 && TCHAR[c] === 1;
}

/** token = 1*tchar */
export function isToken(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isTchar(s.charCodeAt(i))) return false;
  return true;
}

/** `name` equals the lower-case `lower`, ignoring ASCII case (no lower-cased copy is made). */
export function isNamed(name: string, lower: string): boolean {
  if (name.length !== lower.length) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/** REST Client's GraphQL marker: a header line `X-Request-Type: GraphQL` (any case). */
export function isGraphqlMarker(header: { name: string; value: string }): boolean {
  return isNamed(header.name, 'x-request-type') && header.value.trim().toLowerCase() === 'graphql';
}

/** The methods httpYac recognises at the start of a request line (upper case only). */
export const HTTPYAC_METHODS: ReadonlySet<string> = new Set([
  'GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'CONNECT', 'TRACE', 'PROPFIND', 'PROPPATCH', 'MKCOL', 'COPY', 'MOVE',
  'LOCK', 'UNLOCK', 'CHECKOUT', 'CHECKIN', 'REPORT', 'MERGE', 'MKACTIVITY', 'MKWORKSPACE', 'VERSION-CONTROL', 'BASELINE-CONTROL',
  'MKCALENDAR', 'ACL', 'SEARCH', 'GRAPHQL',
]);

/** A line httpYac reads as a request line: an upper-case method it knows (or another protocol), whitespace, and more. */
export function looksLikeRequestLine(text: string): boolean {
  // Most lines are not: their first character after spaces and tabs is not an upper-case letter.
  let i = 0;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  const c = text.charCodeAt(i);
  if (!(c >= 65 && c <= 90)) return false;
  const m = /^[ \t]*([A-Z-]+)[ \t]+\S/.exec(text);
  if (!m?.[1]) return false;
  return HTTPYAC_METHODS.has(m[1]) || OTHER_PROTOCOLS[m[1]] !== undefined;
}

/**
 * The text with a leading byte order mark (as editors on Windows save files) read as a space: the
 * same length, so every offset stays that of the text as given.
 */
export function byteOrderMarkAsSpace(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x1680 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x2028 || c === 0x2029;

/**
 * Whether httpYac takes a line for a variable: `@name = value`, `@name value`, `@global.name = value`,
 * `@name := value`, with a name and a value, wherever the line stands in a request. This follows httpYac's own test,
 * `/^\s*@(global\.)?([^\s=:]*)\s*(:?)=*\s*"?(.*)"?\s*$/` with a name and a value not empty, read left to right.
 */
export function isHttpyacVariableLine(line: string): boolean {
  let i = 0;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  if (line.charCodeAt(i) !== 64 /* @ */) return false;
  i++;
  if (line.startsWith('global.', i)) i += 7;
  const key = i;
  while (i < line.length && !isSpace(line.charCodeAt(i)) && line.charCodeAt(i) !== 58 && line.charCodeAt(i) !== 61) i++;
  if (i === key) return false;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  if (line.charCodeAt(i) === 58 /* : */) i++;
  while (line.charCodeAt(i) === 61 /* = */) i++;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  if (line.charCodeAt(i) === 34 /* " */) i++;
  return i < line.length;
}

/** The end of `s[from, end)` without its trailing spaces and tabs. */
export function trimmedEnd(s: string, from: number, end: number): number {
  let e = end;
  while (e > from && (s.charCodeAt(e - 1) === 32 || s.charCodeAt(e - 1) === 9)) e--;
  return e;
}

/** The name of an httpYac GraphQL fragment, `fragment Name on Type {`, from the text that starts with it (leading spaces aside). */
export function graphqlFragmentName(text: string): string | undefined {
  return /^\s*fragment\s+([^\s(]+)\s+on\s/.exec(text)?.[1];
}

/** Whether `s[from, end)` starts as httpYac reads a header line: a token, optional spaces or tabs, then `:`. */
export function isHeaderStart(s: string, from: number, end: number): boolean {
  let i = from;
  while (i < end && isTchar(s.charCodeAt(i))) i++;
  if (i === from) return false;
  while (i < end && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
  return i < end && s.charCodeAt(i) === 58;
}

/**
 * Whether the line `s[from, end)` starts as a JSON or XML body does: `{` (not a `{{` reference), `[`, `"`, or `<` before
 * a letter, `?` or `!` (the include forms `< ./file` and `<@` are read before this test).
 */
export function looksLikeBodyStart(s: string, from: number, end: number): boolean {
  const c = s.charCodeAt(from);
  const next = from + 1 < end ? s.charCodeAt(from + 1) : NaN;
  if (c === 123 /* { */) return next !== 123;
  if (c === 91 /* [ */ || c === 34 /* " */) return true;
  if (c === 60 /* < */) return next === 63 || next === 33 || (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
  return false;
}

/**
 * Whether a line of the header section, `s[from, end)`, is where a body starts without the blank line before it
 * (HTTP1053): it starts as a body does and not as a header.
 */
export function startsBodyAmongHeaders(s: string, from: number, end: number): boolean {
  return looksLikeBodyStart(s, from, end) && !isHeaderStart(s, from, end);
}
