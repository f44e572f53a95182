import type { SendRequest } from './types.js';

/** The redirect statuses that carry a Location to follow (RFC 9110 §15.4). */
export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** Fields that hold credentials: never sent to another origin by a redirect (Fetch §4.4, RFC 9110 §15.4). */
export const CREDENTIAL_FIELDS: ReadonlySet<string> = new Set(['authorization', 'cookie', 'proxy-authorization']);

/** Fields that describe the request content: dropped when a redirect turns the request into a GET. */
const CONTENT_FIELDS = new Set(['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location', 'transfer-encoding', 'expect']);

export interface RedirectStep {
  /** The request to send next. */
  request: SendRequest & { url: string };
  /** The new URL has another origin (scheme, host or port) than the one redirected from. */
  crossOrigin: boolean;
  /** The method changed (POST to GET, or anything but HEAD to GET on 303). */
  methodChanged: boolean;
}

/** The Location of a redirect response, or undefined when the status is not a redirect or has none. */
export function redirectLocation(status: number, headers: readonly [string, string][]): string | undefined {
  if (!REDIRECT_STATUSES.has(status)) return undefined;
  let location: string | undefined;
  for (const [name, value] of headers) {
    if (name.toLowerCase() === 'location') {
      // Several Location fields: browsers take the first one.
      location ??= value.trim();
    }
  }
  if (location === '' || location === undefined) return undefined;
  // A received value holds the field's bytes one per character (latin1). A byte above 0x7F becomes
  // its percent-encoding, so UTF-8 in a Location keeps its meaning (as in browsers) and other bytes
  // are kept as they are (as curl does); resolving the characters would encode each byte as UTF-8.
  // A value with characters above U+00FF is not bytes: it is left to the URL parser.
  if (!/[\u0080-\u00ff]/u.test(location) || /[\u0100-\uffff]/u.test(location)) return location;
  return location.replace(/[\u0080-\u00ff]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function sameOrigin(a: URL, b: URL): boolean {
  return a.protocol === b.protocol && a.hostname === b.hostname && effectivePort(a) === effectivePort(b);
}

function effectivePort(url: URL): string {
  if (url.port !== '') return url.port;
  return url.protocol === 'https:' ? '443' : url.protocol === 'http:' ? '80' : '';
}

/**
 * The request that follows a redirect, as browsers (Fetch §4.4 "HTTP-redirect fetch") build it:
 * 301 and 302 turn POST into GET, 303 turns everything but HEAD into GET (both drop the body and
 * its Content-* fields), 307 and 308 keep method and body. A hop to another origin drops
 * Authorization, Cookie and Proxy-Authorization. A fragment of the old URL is kept when the
 * Location has none (RFC 9110 §10.2.2). Returns undefined when the Location is not an http(s) URL.
 */
export function followRedirect(request: SendRequest, status: number, location: string): RedirectStep | undefined {
  const from = new URL(typeof request.url === 'string' ? request.url : request.url.href);
  let to: URL;
  try {
    to = new URL(location, from);
  } catch {
    return undefined;
  }
  if (to.protocol !== 'http:' && to.protocol !== 'https:') return undefined;
  if (to.hash === '' && from.hash !== '') to.hash = from.hash;
  const method = request.method.toUpperCase();
  const toGet = ((status === 301 || status === 302) && method === 'POST') || (status === 303 && method !== 'GET' && method !== 'HEAD');
  const crossOrigin = !sameOrigin(from, to);
  const headers: [string, string][] = [];
  for (const [name, value] of request.headers ?? []) {
    const lower = name.toLowerCase();
    if (lower === 'host') continue; // the Host of the new URL is written by send()
    if (crossOrigin && CREDENTIAL_FIELDS.has(lower)) continue;
    if (toGet && CONTENT_FIELDS.has(lower)) continue;
    headers.push([name, value]);
  }
  const next: SendRequest & { url: string } = { method: toGet ? 'GET' : request.method, url: to.href, headers };
  if (!toGet && request.body !== undefined) next.body = request.body;
  return { request: next, crossOrigin, methodChanged: toGet };
}

/**
 * A key for loop detection: the same method, URL, body bytes and cookies mean the same request
 * (a redirect to the same URL after a Set-Cookie is a new request, as in login flows).
 */
export function requestKey(request: SendRequest, cookies = ''): string {
  const url = typeof request.url === 'string' ? request.url : request.url.href;
  const body = request.body;
  let b = '';
  if (typeof body === 'string') b = body;
  else if (body instanceof Uint8Array) b = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1');
  return `${request.method.toUpperCase()} ${url}\u0000${cookies}\u0000${b}`;
}
