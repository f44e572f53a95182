import { createDiagnostic, parseMessage } from '@httplens/core';
import type { Diagnostic, HttpMessage, Locale, MessageArgs, Span } from '@httplens/core';
import { oauth2Shorthand } from './auth.js';
import { joinPieces, toBase64 } from './encoding.js';
import type { ResolvedRequest } from './resolve.js';
import { graphqlFragmentName, isToken } from './syntax.js';

/** Credentials of REST Client's `Authorization: Digest user password`: the transport answers the 401 challenge with them. */
export interface DigestCredentials {
  scheme: 'digest';
  username: string;
  password: string;
}

/**
 * The message the transport would send for a resolved request. `diagnostics` (from the core parser) are in
 * the coordinates of `bytes`; `notes` (rewrites, refusals) are in the coordinates of the `.http` file.
 */
export interface TemplateMessage extends HttpMessage {
  /** The absolute URL the request goes to (`http://host/path`), fragment removed. */
  url: string;
  /** The serialised request, exactly as it would be written on the connection. */
  bytes: Uint8Array;
  /** Rewrites made while building (Host, Content-Length, auth shorthands, GraphQL, multipart line endings) and refusals. */
  notes: Diagnostic[];
  /** False for other protocols (gRPC, WebSocket, ...) or a URL that cannot be sent. */
  sendable: boolean;
  auth?: DigestCredentials;
  /**
   * With the JetBrains HTTP Client's `# @no-auto-encoding`: the request-target as written, which the transport must
   * send as it is (its `target`) rather than build it again from `url`. Only what cannot go on the wire at all (space,
   * controls, non-ASCII) is percent-encoded in it.
   */
  sendTarget?: string;
}

const ENCODER = new TextEncoder();

/**
 * Percent-encodes what cannot stand in a request target (spaces, controls, non-ASCII, and the characters RFC 3986
 * leaves out: `"<>\\^`{|}`), keeping existing escapes; `asWritten` (JetBrains `# @no-auto-encoding`) encodes only what
 * cannot go on the wire at all (spaces, controls, non-ASCII).
 */
function encodeTarget(target: string, asWritten = false): string {
  let out = '';
  for (const ch of target) {
    const c = ch.codePointAt(0) as number;
    if (c > 32 && c < 127 && (asWritten || (ch !== '"' && ch !== '<' && ch !== '>' && ch !== '\\' && ch !== '^' && ch !== '`' && ch !== '{' && ch !== '|' && ch !== '}'))) out += ch;
    else for (const b of ENCODER.encode(ch)) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

interface SplitUrl {
  scheme: string;
  authority: string;
  target: string;
  /** The user information before `@` in the authority (percent-encoded, as written), when there is one. */
  userinfo?: string;
}

/**
 * Splits `scheme://authority/path?query#fragment`; a URL without scheme is taken as `http://` (REST Client, JetBrains),
 * `:3000/path` as `http://localhost:3000/path` (REST Client), a path with a Host field on port 443 or 8443 as https.
 */
export function splitUrl(url: string, hostHeader?: string, asWritten = false): SplitUrl | { error: 'relative' | 'invalid' } {
  let u = url.trim();
  const hash = u.indexOf('#');
  if (hash >= 0) u = u.slice(0, hash);
  if (u.startsWith('/')) {
    if (!hostHeader) return { error: 'relative' };
    // REST Client and httpYac: https when the Host field names port 443 or 8443
    const authority = hostHeader.trim();
    const port = /:(\d+)$/.exec(authority)?.[1];
    return { scheme: port === '443' || port === '8443' ? 'https' : 'http', authority, target: encodeTarget(u, asWritten) };
  }
  // REST Client's shorthand for localhost: `:3000/path`, `:/path` (port 80)
  if (u.startsWith(':')) {
    const port = u.startsWith(':/') ? '80' : (/^:(\d+)(?=[/?]|$)/.exec(u)?.[1] ?? '');
    if (port === '') return { error: 'invalid' };
    u = `${port === '443' || port === '8443' ? 'https' : 'http'}://localhost:${port}${u.startsWith(':/') ? u.slice(1) : u.slice(1 + port.length)}`;
  }
  const m = /^([a-z][\d+.a-z-]*):\/\//i.exec(u);
  let scheme = 'http';
  let rest = u;
  if (m?.[1]) {
    scheme = m[1].toLowerCase();
    rest = u.slice(m[0].length);
  }
  if (scheme !== 'http' && scheme !== 'https') return { error: 'invalid' };
  let end = 0;
  while (end < rest.length && rest[end] !== '/' && rest[end] !== '?') end++;
  let authority = rest.slice(0, end);
  const at = authority.lastIndexOf('@');
  const userinfo = at >= 0 ? authority.slice(0, at) : undefined;
  if (at >= 0) authority = authority.slice(at + 1);
  if (authority === '' || /[\s"<>\\^`{|}]/.test(authority)) return { error: 'invalid' };
  let target = rest.slice(end);
  if (target === '') target = '/';
  else if (target.startsWith('?')) target = `/${target}`;
  return { scheme, authority, target: encodeTarget(target, asWritten), ...(userinfo !== undefined ? { userinfo } : {}) };
}

/**
 * The Basic credentials a URL's user information (`user:password`, percent-encoded) stands for, as curl and Node.js
 * send them: the user and the base64 of the decoded `user:password`.
 */
export function basicCredentials(userinfo: string): { user: string; encoded: string } {
  const { user, password } = userinfoCredentials(userinfo);
  return { user, encoded: toBase64(`${user}:${password}`) };
}

/**
 * The user information written in a URL (`scheme://user:password@host/...`, the scheme optional), split as the sender
 * splits it: the authority up to the path, query or fragment, then up to its last `@`. `start` is where it begins in
 * `url` and `end` just after its `@`; undefined without one. The host may still be a variable.
 */
export function urlUserinfo(url: string): { userinfo: string; start: number; end: number } | undefined {
  const prefix = /^\s*(?:[a-z][\d+.a-z-]*:\/\/)?/i.exec(url)?.[0] ?? '';
  const authority = /^[^/?#\s]*/.exec(url.slice(prefix.length))?.[0] ?? '';
  const at = authority.lastIndexOf('@');
  return at < 0 ? undefined : { userinfo: authority.slice(0, at), start: prefix.length, end: prefix.length + at + 1 };
}

/**
 * The user and password of a URL's user information (`user:password`, percent-encoded), decoded as curl and Node.js
 * decode them: a `%` that starts no escape stays as written; no colon, no password.
 */
export function userinfoCredentials(userinfo: string): { user: string; password: string; colon: boolean } {
  const colon = userinfo.indexOf(':');
  return {
    user: percentDecoded(colon >= 0 ? userinfo.slice(0, colon) : userinfo),
    password: colon >= 0 ? percentDecoded(userinfo.slice(colon + 1)) : '',
    colon: colon >= 0,
  };
}

/** `decodeURIComponent`, or the text as it is when it holds a `%` that starts no escape. */
function percentDecoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function nonEmpty(bytes: Uint8Array): Uint8Array | undefined {
  return bytes.length > 0 ? bytes : undefined;
}

function lower(s: string): string {
  return s.toLowerCase();
}

/**
 * Splits a resolved GraphQL body into the query and the JSON variables after the first blank line followed by `{`
 * (with `variablesLast`, the last such line whose rest is JSON: a query read from a file may hold one itself).
 */
function graphqlPayload(body: string, variablesLast = false): { query: string; variables?: unknown } {
  const lines = body.split('\n');
  const order = Array.from({ length: Math.max(0, lines.length - 2) }, (_, i) => (variablesLast ? lines.length - 2 - i : i + 1));
  for (const k of order) {
    if ((lines[k] as string).trim() === '' && (lines[k + 1] as string).trimStart().startsWith('{')) {
      const query = lines.slice(0, k).join('\n').trim();
      const varsText = lines.slice(k + 1).join('\n');
      try {
        return { query, variables: JSON.parse(varsText) as unknown };
      } catch {
        if (!variablesLast) return { query: body.trim() };
      }
    }
  }
  return { query: body.trim() };
}

/**
 * The scheme as written (`oauth2`, `openid`, `AWS`) when an Authorization value is one of httpYac's shorthands for
 * credentials it computes itself, read as httpYac reads them: `oauth2` or `openid`, then optionally a flow, a variable
 * prefix and `token_exchange <prefix>` (it runs an OAuth 2.0 flow and sends the token as Bearer); or `AWS <accessKeyId>
 * <secretAccessKey>`, then optionally `token:`, `region:` and `service:` in that order (it signs the request with AWS
 * Signature Version 4). `toHttpMessage` sends the token its caller got for the first (`options.oauth2`, HTTP1059: the
 * CLI and the editor run the flows `runsOAuth2Flow` names), and does not send such a request otherwise (HTTP1057).
 */
export function computedAuthorizationScheme(value: string): string | undefined {
  const words = value.trim().split(/\s+/);
  const scheme = words[0] ?? '';
  const kind = scheme.toLowerCase();
  if (kind === 'oauth2' || kind === 'openid') return oauth2Shorthand(value) ? scheme : undefined;
  return kind === 'aws' && words.length >= 3 && awsOptions(words, 3, 0) ? scheme : undefined;
}

/** The optional words of httpYac's AWS shorthand, in this order, each at most once. */
const AWS_KEYS = ['token:', 'region:', 'service:'];

/**
 * Whether `words` from `i` on are AWS options from `AWS_KEYS[k]` on, as httpYac's pattern reads them: `token:abc`, or
 * `token:` and its value as the next word, or `token:` with an empty value (`token: region:eu-west-1`). Both readings
 * of a bare key are tried; there are three keys at most.
 */
function awsOptions(words: readonly string[], i: number, k: number): boolean {
  if (i === words.length) return true;
  const word = (words[i] as string).toLowerCase();
  for (let j = k; j < AWS_KEYS.length; j++) {
    const key = AWS_KEYS[j] as string;
    if (!word.startsWith(key)) continue;
    return (word === key && i + 1 < words.length && awsOptions(words, i + 2, j + 1)) || awsOptions(words, i + 1, j + 1);
  }
  return false;
}

/**
 * Builds the `HttpMessage` the transport would send for a resolved request: absolute URL split into Host and
 * origin-form target, Host and Content-Length added, REST Client's `Basic user:password` / `Basic user password`
 * encoded to base64, `Digest user password` turned into credentials for the transport, GraphQL queries wrapped as
 * JSON, multipart lines sent with CRLF, `HTTP/2` sent as HTTP/1.1. Each rewrite is noted (info) in `notes`.
 * The message is serialised and parsed again with core's `parseMessage`, so its spans are real.
 */
export function toHttpMessage(resolved: ResolvedRequest, options: { locale?: Locale; oauth2?: (value: string) => string | undefined } = {}): TemplateMessage {
  const notes: Diagnostic[] = [];
  const note = (code: string, span: Span, args: MessageArgs = {}): void => {
    notes.push(createDiagnostic(code, span, args, options.locale ? { locale: options.locale } : {}));
  };
  const request = resolved.request;
  let sendable = true;
  if (resolved.protocol !== 'http') {
    note('HTTP1030', request.methodSpan ?? request.requestLineSpan, { protocol: request.method });
    sendable = false;
  }
  if (resolved.httpVersion && /^HTTP\/[23]/.test(resolved.httpVersion) && request.httpVersionSpan) {
    note('HTTP1014', request.httpVersionSpan, { version: resolved.httpVersion });
  }
  let method = resolved.method;
  const headers: { name: string; value: string; span: Span }[] = resolved.headers.map((h) => ({ ...h }));
  let body = resolved.body;
  // the body's bytes, when a file is sent as is (see ResolvedRequest.bodyParts)
  let parts = resolved.bodyParts;
  let auth: DigestCredentials | undefined;

  // GraphQL: REST Client's marker header, JetBrains' GRAPHQL method, httpYac's query body.
  const graphql = request.body?.graphql;
  if (graphql && body !== undefined && graphql.marker !== 'content-type') {
    const payload = graphqlPayload(body, graphql.queryFile !== undefined);
    // for a query read from a file, the fragments of the file it spreads (for a query in the body, chosen when parsed)
    const spreads = (name: string | undefined) => graphql.queryFile === undefined || (name !== undefined && payload.query.includes(`...${name}`));
    const fragments = [
      ...(graphql.fragments ?? []).filter((f) => spreads(graphqlFragmentName(f))),
      ...(resolved.graphqlFragments ?? []).filter((f) => spreads(f.name)).map((f) => f.text),
    ];
    const json: Record<string, unknown> = { query: fragments.length > 0 ? [payload.query, ...fragments].join('\n') : payload.query };
    const op = /^(?:query|mutation|subscription)\s+(\w+)/.exec(payload.query);
    if (graphql.operationName !== undefined) json.operationName = graphql.operationName;
    else if (op?.[1]) json.operationName = op[1];
    if (payload.variables !== undefined) json.variables = payload.variables;
    body = JSON.stringify(json);
    parts = undefined;
    if (method === 'GRAPHQL') method = 'POST';
    for (let k = headers.length - 1; k >= 0; k--) if (lower((headers[k] as { name: string }).name) === 'x-request-type') headers.splice(k, 1);
    if (!headers.some((h) => lower(h.name) === 'content-type')) headers.push({ name: 'Content-Type', value: 'application/json', span: request.requestLineSpan });
    note('HTTP1041', request.body?.span ?? request.requestLineSpan);
  }

  // Authorization shorthands (REST Client, the JetBrains HTTP Client, httpYac).
  for (let k = 0; k < headers.length; k++) {
    const h = headers[k] as { name: string; value: string; span: Span };
    if (lower(h.name) !== 'authorization' || h.value.includes('{{')) continue;
    const basic = /^basic\s+(\S.*)$/i.exec(h.value.trim());
    if (basic?.[1]) {
      const cred = basic[1].trim();
      const space = cred.search(/\s/);
      let pair: string | undefined;
      if (space > 0) pair = `${cred.slice(0, space)}:${cred.slice(space).trim()}`;
      else if (cred.includes(':')) pair = cred;
      if (pair !== undefined) {
        const encoded = toBase64(pair);
        h.value = `Basic ${encoded}`;
        note('HTTP1026', h.span, { form: cred, encoded });
      }
      continue;
    }
    // `Digest user password` (REST Client, JetBrains, httpYac) and `Digest user:password` (httpYac); a value with `=`
    // is real Digest credentials (`username="..."`), sent as written.
    const digest = /^digest\s+(\S.*)$/i.exec(h.value.trim());
    const credentials = digest?.[1];
    if (credentials !== undefined && !credentials.includes('=')) {
      const space = credentials.search(/\s/);
      const colon = credentials.indexOf(':');
      const split = colon > 0 && (space < 0 || colon < space) ? colon : space > 0 ? space : -1;
      if (split > 0) {
        const username = credentials.slice(0, split);
        auth = { scheme: 'digest', username, password: credentials.slice(split + 1).trim() };
        headers.splice(k, 1);
        k--;
        note('HTTP1027', h.span, { user: username });
      }
      continue;
    }
    // httpYac's `oauth2 <flow>` / `openid <flow>` (it fetches a token and sends it as Bearer) and `AWS <key> <secret>`
    // (it signs the request): sent as written they would only fail, or hand the secret key to the server.
    const scheme = computedAuthorizationScheme(h.value);
    if (scheme !== undefined) {
      // `options.oauth2`: the token the caller got for an `oauth2`/`openid` shorthand (see `httpyacTokenRequest`)
      const token = scheme.toLowerCase() === 'aws' ? undefined : options.oauth2?.(h.value);
      if (token !== undefined) {
        note('HTTP1059', h.span, { shorthand: h.value.trim() });
        h.value = `Bearer ${token}`;
        continue;
      }
      sendable = false;
      note('HTTP1057', h.span, { scheme });
    }
  }

  // Multipart bodies go out with CRLF line endings.
  const contentType = headers.find((h) => lower(h.name) === 'content-type')?.value ?? '';
  if (parts && lower(contentType).startsWith('multipart/')) {
    // the text around the files only: a file's bytes go out unchanged
    const text = parts.filter((p): p is string => typeof p === 'string');
    if (text.some((p) => /(?<!\r)\n/.test(p))) {
      parts = parts.map((p) => (typeof p === 'string' ? p.replace(/\r?\n/g, '\r\n') : p));
      const last = parts[parts.length - 1];
      if (typeof last !== 'string' || !last.endsWith('\r\n')) parts.push('\r\n');
      note('HTTP1040', request.body?.span ?? request.requestLineSpan);
    }
  } else if (body !== undefined && lower(contentType).startsWith('multipart/') && /(?<!\r)\n/.test(body)) {
    body = body.replace(/\r?\n/g, '\r\n');
    if (!body.endsWith('\r\n')) body += '\r\n';
    note('HTTP1040', request.body?.span ?? request.requestLineSpan);
  }

  // URL -> Host + target.
  const hostHeader = headers.find((h) => lower(h.name) === 'host');
  // JetBrains `# @no-auto-encoding`: the target as written (see TemplateMessage.sendTarget)
  const asWritten = request.metadata.some((m) => m.key.toLowerCase() === 'no-auto-encoding');
  const split = splitUrl(resolved.url, hostHeader?.value, asWritten);
  let url = resolved.url;
  let target = resolved.url;
  if ('error' in split) {
    sendable = false;
    if (split.error === 'relative') note('HTTP1031', request.urlSpan, { url: resolved.url });
    else note('HTTP1032', request.urlSpan, { url: resolved.url });
  } else {
    target = split.target;
    url = `${split.scheme}://${split.authority}${split.target}`;
    if (!hostHeader) {
      headers.unshift({ name: 'Host', value: split.authority, span: request.urlSpan });
      note('HTTP1028', request.urlSpan, { host: split.authority });
    }
    // user:password@ in the URL: sent as Basic credentials (curl, and Node.js under REST Client and httpYac)
    if (split.userinfo !== undefined && !auth && !headers.some((h) => lower(h.name) === 'authorization')) {
      const { user, encoded } = basicCredentials(split.userinfo);
      headers.push({ name: 'Authorization', value: `Basic ${encoded}`, span: request.urlSpan });
      note('HTTP1051', request.urlSpan, { user, encoded });
    }
  }

  const bodyBytes = parts ? nonEmpty(joinPieces(parts)) : body !== undefined && body !== '' ? ENCODER.encode(body) : undefined;
  if (bodyBytes && !headers.some((h) => lower(h.name) === 'content-length' || lower(h.name) === 'transfer-encoding')) {
    headers.push({ name: 'Content-Length', value: String(bodyBytes.length), span: request.body?.span ?? request.requestLineSpan });
    note('HTTP1029', request.body?.span ?? request.requestLineSpan, { length: bodyBytes.length });
  }

  // A name or value with CR, LF or NUL (from a variable, or a curl argument whose quote spans lines) would be sent as
  // another field line: the transport refuses it, and so does the message, at the field in the file.
  for (const h of headers) {
    const bad = /[\r\n\0]/.exec(h.name + h.value);
    if (!bad) continue;
    sendable = false;
    note('HTTP1056', h.span, { name: h.name, character: bad[0] === '\0' ? 'NUL' : bad[0] === '\r' ? 'CR' : 'LF' });
    h.value = h.value.replace(/[\r\n\0]/g, ' ');
    h.name = h.name.replace(/[\r\n\0]/g, ' ');
  }

  let head = `${method} ${target} HTTP/1.1\r\n`;
  for (const h of headers) head += `${h.name}: ${h.value}\r\n`;
  head += '\r\n';
  const headBytes = ENCODER.encode(head);
  const bytes = new Uint8Array(headBytes.length + (bodyBytes?.length ?? 0));
  bytes.set(headBytes, 0);
  if (bodyBytes) bytes.set(bodyBytes, headBytes.length);
  const message = parseMessage(bytes, options.locale ? { expect: 'request', locale: options.locale } : { expect: 'request' }) as TemplateMessage;
  message.url = url;
  message.bytes = bytes;
  message.notes = notes;
  message.sendable = sendable;
  if (auth) message.auth = auth;
  if (asWritten && sendable) message.sendTarget = target;
  return message;
}

/**
 * The message's fields for a transport that writes Host and Content-Length itself: the Host and the Content-Length
 * that `toHttpMessage` added are left out; the request's own (a Host for a virtual host) are kept.
 */
export function fieldsToSend(resolved: ResolvedRequest, message: TemplateMessage): [string, string][] {
  const own = (name: string) => resolved.headers.some((h) => lower(h.name) === name);
  const added = (name: string) => (name === 'host' || name === 'content-length') && !own(name);
  return message.fields.filter((f) => !added(lower(f.name))).map((f) => [f.name, f.value]);
}

/**
 * Default request headers with `overrides` over them (`defaultHeaders` of httplens.config.json, `httplens.defaultHeaders`
 * in the editor): a name given there, in any case, replaces the default of that name, and `null` or `""` sends no
 * such header; a name given twice in other cases, the last one wins.
 */
export function mergeDefaultHeaders(defaults: readonly (readonly [string, string])[], overrides: Readonly<Record<string, string | null>>): [string, string][] {
  const byName = new Map<string, [string, string] | null>();
  for (const [name, value] of defaults) byName.set(name.toLowerCase(), [name, value]);
  for (const [name, value] of Object.entries(overrides)) {
    const key = name.toLowerCase();
    byName.delete(key);
    byName.set(key, value === null || value === '' ? null : [name, value]);
  }
  return [...byName.values()].filter((h): h is [string, string] => h !== null);
}

/**
 * Default-header overrides as httplens.config.json's `defaultHeaders` and the editor's `httplens.defaultHeaders` give
 * them, an object of field name -> value: `null` or `""` sends no such header, and a value is trimmed. An entry that
 * cannot be sent is left out and listed in `invalid`: a name that is not a token (`reason: 'name'`), or a value that
 * is not a string on one line, without CR, LF or NUL (`'value'`). Undefined when `input` is not such an object.
 */
export function readDefaultHeaders(input: unknown): { overrides: Record<string, string | null>; invalid: { name: string; value: unknown; reason: 'name' | 'value' }[] } | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const overrides: Record<string, string | null> = {};
  const invalid: { name: string; value: unknown; reason: 'name' | 'value' }[] = [];
  for (const [name, value] of Object.entries(input as Record<string, unknown>)) {
    if (!isToken(name)) invalid.push({ name, value, reason: 'name' });
    else if (value === null || value === '') overrides[name] = null;
    // a field value: no line breaks or NUL (RFC 9110 §5.5), and no spaces around it
    else if (typeof value !== 'string' || /[\r\n\0]/.test(value)) invalid.push({ name, value, reason: 'value' });
    else overrides[name] = value.trim();
  }
  return { overrides, invalid };
}

/** The default headers a request does not set itself: those whose names (case-insensitive) are not among `names`. */
export function missingDefaultHeaders(defaults: readonly (readonly [string, string])[], names: Iterable<string>): [string, string][] {
  const own = new Set<string>();
  for (const name of names) own.add(name.toLowerCase());
  return defaults.filter(([name]) => !own.has(name.toLowerCase())).map(([name, value]) => [name, value] as [string, string]);
}
