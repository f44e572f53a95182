// From the resolved request of `httplens/requestAt` to what the transport sends. Pure.
import { missingDefaultHeaders, toBase64, type RequestTimeouts } from '@httplens/http-file';
import type { SslConfiguration } from './ssl.js';

export interface ResolvedRequest {
  index: number;
  name: string | null;
  method: string;
  url: string;
  /** JetBrains `# @no-auto-encoding`: the request-target to send as written; null or absent to send `url`'s. */
  target?: string | null;
  headers: [string, string][];
  /** The body as text (for display, history and chaining). */
  body: string | null;
  /** The body's exact bytes in base64 when its text cannot carry them (a file sent as is, such as an image). */
  bodyBase64?: string | null;
  sendable: boolean;
  auth: { scheme: string; username: string; password: string } | null;
  metadata: Record<string, string | true>;
  /** The request's own limits (# @timeout, # @connection-timeout) as the file's dialect reads them; null for none. */
  timeouts?: RequestTimeouts | null;
  values: { expression: string; value: string | null; source: unknown }[];
  diagnostics: { message: string; severity?: number; code?: string | number }[];
  trusted: boolean;
  /** The selected environment's JetBrains `SSLConfiguration` (absolute paths); null or absent for none. */
  ssl?: SslConfiguration | null;
  /** The OAuth 2.0 tokens (`$auth.token("id")`) that could not be had, each with why: the request is not sent. */
  authProblems?: string[];
  /** How many httpYac assert lines (`?? status == 200`) the request has; `httplens/responseInfo` checks them. */
  asserts?: number;
  /** How many JetBrains response handlers it has; `httplens/responseInfo` applies their `client.global.set`. */
  handlers?: number;
  /** httpYac's `# @sleep`: milliseconds to wait before sending; null or absent for none. */
  sleep?: number | null;
  /** httpYac's `# @noRejectUnauthorized`: the server certificate is not verified. */
  insecure?: boolean;
  /** Its output redirects (`>> ./out/me.json`, `>>!` with `force`), relative to its document: the body is written there. */
  redirects?: { path: string; force: boolean }[];
  /** What was answered for it (`@prompt` variables, httpYac questions): a `# @loop`'s next passes give it back. */
  answers?: Answers;
  cancelled?: undefined;
}

/** Answers `httplens/requestAt` takes and gives, so that a `# @loop` asks them once. */
export interface Answers {
  prompts?: Record<string, string>;
  questions?: Record<string, string>;
}

export interface OutgoingRequest {
  method: string;
  url: string;
  /** The request-target to send as written (the transport's `target`), for JetBrains `# @no-auto-encoding`. */
  target?: string;
  headers: [string, string][];
  body?: string;
  /** The bytes to send when they are not `body`'s UTF-8 (see `ResolvedRequest.bodyBase64`). */
  bytes?: Uint8Array;
}

/** Credentials the client answers a Digest challenge with. */
export interface DigestAuth {
  username: string;
  password: string;
  scheme: 'digest';
}

/**
 * Applies REST Client's Authorization shorthands (`Basic user:pass`, `Basic user pass` -> base64; `Digest user pass` is
 * taken out of the fields and returned as `auth`, for the client to answer the server's challenge), keeps everything
 * else as written. The server's `auth` (Digest credentials it already took out) is returned the same way.
 * `defaultHeaders` (`httplens.defaultHeaders`): added before the request's own headers when it does not set them
 * (names compared case-insensitively), so the history and Copy Request as cURL show what is sent.
 */
export function prepareRequest(
  r: Pick<ResolvedRequest, 'method' | 'url' | 'headers' | 'body'> & { bodyBase64?: string | null; auth?: ResolvedRequest['auth']; target?: string | null },
  defaultHeaders: readonly (readonly [string, string])[] = [],
): { request: OutgoingRequest; digest: boolean; auth?: DigestAuth } {
  let digest = false;
  let auth: DigestAuth | undefined;
  if (r.auth && r.auth.scheme.toLowerCase() === 'digest') auth = { username: r.auth.username, password: r.auth.password, scheme: 'digest' };
  const headers: [string, string][] = [];
  for (const [name, value] of r.headers) {
    if (name.toLowerCase() === 'authorization') {
      const v = value.trim();
      const basic = /^basic\s+(\S.*)$/i.exec(v);
      if (basic?.[1]) {
        const cred = basic[1].trim();
        const space = cred.search(/\s/);
        const pair = space > 0 ? `${cred.slice(0, space)}:${cred.slice(space).trim()}` : cred.includes(':') ? cred : undefined;
        headers.push([name, pair === undefined ? value : `Basic ${toBase64(pair)}`]);
        continue;
      }
      const dig = /^digest\s+(\S+)\s+(\S.*)$/i.exec(v);
      if (dig?.[1] && dig[2] && !dig[1].includes('=')) {
        digest = true;
        auth = { username: dig[1], password: dig[2].trim(), scheme: 'digest' };
        continue;
      }
    }
    headers.push([name, value]);
  }
  // by the names the request was written with: a request whose `Authorization: Digest user pass` was taken out (here
  // or by the server) gets no default Authorization
  const defaults = missingDefaultHeaders(defaultHeaders, [...r.headers.map(([name]) => name), ...(auth ? ['authorization'] : [])]);
  const request: OutgoingRequest = { method: r.method, url: r.url, headers: [...defaults, ...headers] };
  if (r.target) request.target = r.target;
  if (r.body !== null && r.body !== '') request.body = r.body;
  if (r.bodyBase64) request.bytes = new Uint8Array(Buffer.from(r.bodyBase64, 'base64'));
  return auth ? { request, digest, auth } : { request, digest };
}

/**
 * The variables of a resolved request that have no value (undefined, a named request not sent yet, a path not found
 * in its response, a prompt not answered), as written between the braces. Sent as they are, they would go out as
 * `{{name}}` (percent-encoded in the URL). Expressions left for a script are not counted.
 */
export function unresolvedVariables(values: ResolvedRequest['values']): string[] {
  const out: string[] = [];
  for (const v of values) {
    if (v.value !== null || typeof v.source !== 'object' || v.source === null) continue;
    const s = v.source as { kind?: string; reason?: string };
    if (s.kind === 'unresolved' && s.reason !== 'script' && !out.includes(v.expression)) out.push(v.expression);
  }
  return out;
}

/**
 * The confirmation `# @note` asks for before a request is sent (REST Client, httpYac): the note's own text when it has
 * one (httpYac), else undefined for the standard question; `null` when the request has no `@note`.
 */
export function noteOf(metadata: Record<string, string | true>): string | undefined | null {
  for (const [key, value] of Object.entries(metadata)) {
    if (key.toLowerCase() !== 'note') continue;
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  }
  return null;
}
