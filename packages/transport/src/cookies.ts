import { isIP } from 'node:net';

/**
 * A cookie store after RFC 6265bis (draft-ietf-httpbis-rfc6265bis) §5: parsing Set-Cookie
 * (§5.6), storage (§5.7) and the Cookie field (§5.8), for a client that is not a browser:
 * SameSite is recorded but does not filter (there is no "site for cookies" in a request file),
 * and HttpOnly is recorded (every use here is an HTTP API).
 */

export type SameSite = 'Strict' | 'Lax' | 'None' | 'Default';

export interface Cookie {
  name: string;
  value: string;
  /** The domain, lowercase, without a leading dot. */
  domain: string;
  /** Sent only to exactly `domain` (no Domain attribute was given). */
  hostOnly: boolean;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  /** Expiry time in ms since the epoch; undefined for a session cookie. */
  expires?: number;
  /** Creation time in ms since the epoch (kept when a cookie is replaced). */
  creation: number;
  lastAccess: number;
}

/** Why a Set-Cookie field was not stored. */
export type CookieRejection =
  | 'syntax'
  | 'too-large'
  | 'public-suffix'
  | 'domain-mismatch'
  | 'secure-from-insecure'
  | 'overwrites-secure'
  | 'same-site-none-insecure'
  | 'prefix'
  | 'expired';

export interface SetCookieOutcome {
  /** The cookie stored (or the one an expired cookie removed). */
  cookie?: Cookie;
  rejected?: CookieRejection;
}

export interface CookieJarOptions {
  /** The clock, in ms since the epoch (default `Date.now`). */
  now?: () => number;
  /** Extra public suffixes, added to the built-in list. */
  publicSuffixes?: Iterable<string>;
  /** Most cookies kept per domain (default 180, as Chromium); the least recently used go first. */
  maxPerDomain?: number;
  /** Most cookies kept in all (default 3000, RFC 6265bis §6.1 asks for at least 3000). */
  maxTotal?: number;
}

export interface CookieJarJSON {
  version: 1;
  cookies: Cookie[];
}

/**
 * A partial public suffix list: common generic and country suffixes and shared hosting domains
 * (https://publicsuffix.org/ has the full list). A bare suffix never gets a cookie with a Domain
 * attribute. Add more with `publicSuffixes`.
 */
export const PUBLIC_SUFFIXES: ReadonlySet<string> = new Set([
  'com', 'net', 'org', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'io', 'dev', 'app', 'co', 'me', 'ai', 'xyz', 'site', 'online', 'local', 'localhost', 'test', 'example', 'invalid',
  'uk', 'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'me.uk', 'ltd.uk', 'plc.uk', 'net.uk',
  'de', 'fr', 'it', 'es', 'nl', 'be', 'ch', 'at', 'se', 'no', 'dk', 'fi', 'pl', 'cz', 'ru', 'ua', 'eu', 'us', 'ca', 'ie', 'pt', 'gr',
  'jp', 'co.jp', 'ne.jp', 'or.jp', 'ac.jp', 'go.jp',
  'cn', 'com.cn', 'net.cn', 'org.cn', 'gov.cn', 'edu.cn', 'ac.cn',
  'hk', 'com.hk', 'tw', 'com.tw', 'sg', 'com.sg', 'kr', 'co.kr', 'in', 'co.in',
  'au', 'com.au', 'net.au', 'org.au', 'edu.au', 'gov.au', 'nz', 'co.nz',
  'br', 'com.br', 'mx', 'com.mx', 'ar', 'com.ar', 'za', 'co.za',
  'github.io', 'githubusercontent.com', 'gitlab.io', 'herokuapp.com', 'netlify.app', 'vercel.app', 'pages.dev', 'workers.dev',
  'appspot.com', 'web.app', 'firebaseapp.com', 'azurewebsites.net', 'cloudfront.net', 'amazonaws.com', 's3.amazonaws.com', 'blogspot.com', 'fly.dev', 'onrender.com',
]);

/** Longest a name plus value, and an attribute value, may be (RFC 6265bis §5.6). */
const MAX_NAME_VALUE = 4096;
const MAX_ATTRIBUTE_VALUE = 1024;
/** Expiry is capped at 400 days from now (RFC 6265bis §5.6.1, §5.6.2). */
const MAX_AGE_MS = 400 * 24 * 60 * 60 * 1000;

export interface ParsedSetCookie {
  name: string;
  value: string;
  attributes: { name: string; value: string }[];
}

function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c <= 0x08) || (c >= 0x0a && c <= 0x1f) || c === 0x7f) return true;
  }
  return false;
}

/** RFC 6265bis §5.6 steps 1-4: the name-value pair and the attributes, or undefined for an ignored field. */
export function parseSetCookie(field: string): ParsedSetCookie | undefined {
  if (hasControl(field)) return undefined;
  const semi = field.indexOf(';');
  const pair = semi === -1 ? field : field.slice(0, semi);
  const eq = pair.indexOf('=');
  const name = eq === -1 ? '' : pair.slice(0, eq).trim();
  const value = (eq === -1 ? pair : pair.slice(eq + 1)).trim();
  if (name === '' && value === '') return undefined;
  if (name.length + value.length > MAX_NAME_VALUE) return undefined;
  const attributes: { name: string; value: string }[] = [];
  let rest = semi === -1 ? '' : field.slice(semi + 1);
  while (rest.length > 0) {
    const next = rest.indexOf(';');
    const av = next === -1 ? rest : rest.slice(0, next);
    rest = next === -1 ? '' : rest.slice(next + 1);
    const e = av.indexOf('=');
    const an = (e === -1 ? av : av.slice(0, e)).trim();
    const aval = e === -1 ? '' : av.slice(e + 1).trim();
    if (aval.length > MAX_ATTRIBUTE_VALUE) continue;
    attributes.push({ name: an, value: aval });
  }
  return { name, value, attributes };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** delimiter = %x09 / %x20-2F / %x3B-40 / %x5B-60 / %x7B-7E */
function isDelimiter(c: number): boolean {
  return c === 0x09 || (c >= 0x20 && c <= 0x2f) || (c >= 0x3b && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Leading 1*max DIGITs followed by the end or a non-digit; -1 otherwise. */
function leadingNumber(token: string, start: number, min: number, max: number): { value: number; end: number } | undefined {
  let i = start;
  while (i < token.length && isDigit(token.charCodeAt(i)) && i - start < max) i++;
  if (i - start < min) return undefined;
  if (i < token.length && isDigit(token.charCodeAt(i))) return undefined;
  return { value: Number(token.slice(start, i)), end: i };
}

/** The cookie-date algorithm (RFC 6265bis §5.1.1); ms since the epoch, or undefined. */
export function parseCookieDate(input: string): number | undefined {
  let time: [number, number, number] | undefined;
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  let i = 0;
  while (i < input.length) {
    while (i < input.length && isDelimiter(input.charCodeAt(i))) i++;
    const start = i;
    while (i < input.length && !isDelimiter(input.charCodeAt(i))) i++;
    const token = input.slice(start, i);
    if (token === '') continue;
    if (time === undefined) {
      const h = leadingNumber(token, 0, 1, 2);
      if (h && token[h.end] === ':') {
        const m = leadingNumber(token, h.end + 1, 1, 2);
        if (m && token[m.end] === ':') {
          const s = leadingNumber(token, m.end + 1, 1, 2);
          if (s) {
            time = [h.value, m.value, s.value];
            continue;
          }
        }
      }
    }
    if (day === undefined) {
      const d = leadingNumber(token, 0, 1, 2);
      if (d) {
        day = d.value;
        continue;
      }
    }
    if (month === undefined && token.length >= 3) {
      const index = MONTHS.indexOf(token.slice(0, 3).toLowerCase());
      if (index !== -1) {
        month = index;
        continue;
      }
    }
    if (year === undefined) {
      const y = leadingNumber(token, 0, 2, 4);
      if (y) {
        year = y.value;
        continue;
      }
    }
  }
  if (time === undefined || day === undefined || month === undefined || year === undefined) return undefined;
  if (year >= 70 && year <= 99) year += 1900;
  else if (year >= 0 && year <= 69) year += 2000;
  if (day < 1 || day > 31 || year < 1601 || time[0] > 23 || time[1] > 59 || time[2] > 59) return undefined;
  const ms = Date.UTC(year, month, day, time[0], time[1], time[2]);
  // A day that does not exist in that month (Feb 30) rolls over in Date.UTC: refuse it.
  if (new Date(ms).getUTCDate() !== day) return undefined;
  return ms;
}

/** domain-match (RFC 6265bis §5.1.3). */
export function domainMatch(host: string, domain: string): boolean {
  if (host === domain) return true;
  return isIP(host) === 0 && host.endsWith(`.${domain}`);
}

/** default-path (RFC 6265bis §5.1.4). */
export function defaultPath(pathname: string): string {
  if (!pathname.startsWith('/')) return '/';
  const last = pathname.lastIndexOf('/');
  return last <= 0 ? '/' : pathname.slice(0, last);
}

/** path-match (RFC 6265bis §5.1.4). */
export function pathMatch(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

function hostOf(url: URL): string {
  const h = url.hostname.toLowerCase();
  return h.startsWith('[') ? h.slice(1, -1) : h;
}

/**
 * Whether cookies marked Secure may be set and sent: https, and loopback hosts (localhost,
 * 127.0.0.0/8, ::1) as browsers treat them as potentially trustworthy.
 */
export function isSecureUrl(url: URL): boolean {
  if (url.protocol === 'https:') return true;
  const host = hostOf(url);
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));
}

export class CookieJar {
  readonly #cookies = new Map<string, Cookie>();
  readonly #now: () => number;
  readonly #suffixes: Set<string>;
  readonly #maxPerDomain: number;
  readonly #maxTotal: number;
  /** Cookies per domain, and Secure cookies per name: the limits and the Secure check without a scan. */
  readonly #perDomain = new Map<string, number>();
  readonly #secureNames = new Map<string, number>();

  #put(key: string, cookie: Cookie): void {
    this.#remove(key);
    this.#cookies.set(key, cookie);
    this.#perDomain.set(cookie.domain, (this.#perDomain.get(cookie.domain) ?? 0) + 1);
    if (cookie.secure) this.#secureNames.set(cookie.name, (this.#secureNames.get(cookie.name) ?? 0) + 1);
  }

  #remove(key: string): void {
    const old = this.#cookies.get(key);
    if (!old) return;
    this.#cookies.delete(key);
    const n = (this.#perDomain.get(old.domain) ?? 1) - 1;
    if (n === 0) this.#perDomain.delete(old.domain);
    else this.#perDomain.set(old.domain, n);
    if (old.secure) {
      const m = (this.#secureNames.get(old.name) ?? 1) - 1;
      if (m === 0) this.#secureNames.delete(old.name);
      else this.#secureNames.set(old.name, m);
    }
  }

  constructor(options: CookieJarOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.#maxPerDomain = Math.max(1, options.maxPerDomain ?? 180);
    this.#maxTotal = Math.max(1, options.maxTotal ?? 3000);
    this.#suffixes = new Set(PUBLIC_SUFFIXES);
    for (const s of options.publicSuffixes ?? []) this.#suffixes.add(s.toLowerCase().replace(/^\./u, ''));
  }

  isPublicSuffix(domain: string): boolean {
    return this.#suffixes.has(domain.toLowerCase());
  }

  /** Stores the cookie of one Set-Cookie field received from `url` (RFC 6265bis §5.7). */
  setCookie(field: string, url: string | URL): SetCookieOutcome {
    const u = typeof url === 'string' ? new URL(url) : url;
    const parsed = parseSetCookie(field);
    if (!parsed) return { rejected: field.length > MAX_NAME_VALUE ? 'too-large' : 'syntax' };
    const now = this.#now();
    const host = hostOf(u);
    let expires: number | undefined;
    let maxAgeSeen = false;
    let domainAttr: string | undefined;
    let path: string | undefined;
    let secure = false;
    let httpOnly = false;
    let sameSite: SameSite = 'Default';
    for (const { name, value } of parsed.attributes) {
      switch (name.toLowerCase()) {
        case 'expires': {
          if (maxAgeSeen) break;
          const t = parseCookieDate(value);
          if (t !== undefined) expires = Math.min(t, now + MAX_AGE_MS);
          break;
        }
        case 'max-age': {
          const c = value.charCodeAt(0);
          if (!(isDigit(c) || c === 0x2d)) break;
          if (!/^-?\d+$/u.test(value)) break;
          const delta = Number(value);
          maxAgeSeen = true;
          expires = delta <= 0 ? Number.MIN_SAFE_INTEGER : Math.min(now + delta * 1000, now + MAX_AGE_MS);
          break;
        }
        case 'domain':
          // The last Domain attribute wins; an empty one is ignored.
          if (value !== '') domainAttr = value.replace(/^\./u, '').toLowerCase();
          break;
        case 'path':
          path = value.startsWith('/') ? value : undefined;
          break;
        case 'secure':
          secure = true;
          break;
        case 'httponly':
          httpOnly = true;
          break;
        case 'samesite': {
          const v = value.toLowerCase();
          sameSite = v === 'strict' ? 'Strict' : v === 'lax' ? 'Lax' : v === 'none' ? 'None' : 'Default';
          break;
        }
        default:
          break;
      }
    }
    let domain = host;
    let hostOnly = true;
    if (domainAttr !== undefined) {
      if (this.isPublicSuffix(domainAttr)) {
        // A Domain equal to the host is host-only; a bare public suffix for another host is refused.
        if (domainAttr !== host) return { rejected: 'public-suffix' };
      } else {
        if (!domainMatch(host, domainAttr)) return { rejected: 'domain-mismatch' };
        domain = domainAttr;
        hostOnly = false;
      }
    }
    const secureUrl = isSecureUrl(u);
    if (secure && !secureUrl) return { rejected: 'secure-from-insecure' };
    if (sameSite === 'None' && !secure) return { rejected: 'same-site-none-insecure' };
    const cookiePath = path ?? defaultPath(u.pathname);
    const lowerName = parsed.name.toLowerCase();
    if (lowerName.startsWith('__secure-') && !secure) return { rejected: 'prefix' };
    if (lowerName.startsWith('__host-') && !(secure && hostOnly && cookiePath === '/' && path !== undefined)) return { rejected: 'prefix' };
    if (!secure && !secureUrl && this.#secureNames.has(parsed.name)) {
      for (const old of this.#cookies.values()) {
        if (old.secure && old.name === parsed.name && (domainMatch(domain, old.domain) || domainMatch(old.domain, domain)) && pathMatch(cookiePath, old.path)) {
          return { rejected: 'overwrites-secure' };
        }
      }
    }
    const key = `${domain}\u0000${cookiePath}\u0000${parsed.name}`;
    const old = this.#cookies.get(key);
    const cookie: Cookie = {
      name: parsed.name,
      value: parsed.value,
      domain,
      hostOnly,
      path: cookiePath,
      secure,
      httpOnly,
      sameSite,
      creation: old?.creation ?? now,
      lastAccess: now,
    };
    if (expires !== undefined) cookie.expires = expires;
    this.#remove(key); // a replaced cookie moves to the end (creation kept for ordering)
    if (expires !== undefined && expires <= now) return old ? { cookie: old, rejected: 'expired' } : { rejected: 'expired' };
    this.#put(key, cookie);
    this.#evict(domain, now);
    return { cookie };
  }

  /** Removes expired cookies, then the least recently used over the limits (RFC 6265bis §5.7.3). */
  #evict(domain: string, now: number): void {
    if ((this.#perDomain.get(domain) ?? 0) <= this.#maxPerDomain && this.#cookies.size <= this.#maxTotal) return;
    for (const [key, c] of this.#cookies) if (c.expires !== undefined && c.expires <= now) this.#remove(key);
    const drop = (keep: (c: Cookie) => boolean, limit: number): void => {
      const entries = [...this.#cookies].filter(([, c]) => keep(c));
      if (entries.length <= limit) return;
      entries.sort(([, a], [, b]) => a.lastAccess - b.lastAccess || a.creation - b.creation);
      for (const [key] of entries.slice(0, entries.length - limit)) this.#remove(key);
    };
    drop((c) => c.domain === domain, this.#maxPerDomain);
    drop(() => true, this.#maxTotal);
  }

  /** Stores every Set-Cookie field of a response from `url`. */
  storeResponse(headers: readonly [string, string][], url: string | URL): SetCookieOutcome[] {
    const out: SetCookieOutcome[] = [];
    for (const [name, value] of headers) if (name.toLowerCase() === 'set-cookie') out.push(this.setCookie(value, url));
    return out;
  }

  /** The cookies to send to `url`, in the order of RFC 6265bis §5.8.3 (longer paths first, then older). */
  cookiesFor(url: string | URL): Cookie[] {
    const u = typeof url === 'string' ? new URL(url) : url;
    const host = hostOf(u);
    const now = this.#now();
    const secureUrl = isSecureUrl(u);
    const path = u.pathname === '' ? '/' : u.pathname;
    const out: Cookie[] = [];
    for (const [key, c] of this.#cookies) {
      if (c.expires !== undefined && c.expires <= now) {
        this.#remove(key);
        continue;
      }
      if (c.hostOnly ? c.domain !== host : !domainMatch(host, c.domain)) continue;
      if (!pathMatch(path, c.path)) continue;
      if (c.secure && !secureUrl) continue;
      out.push(c);
    }
    out.sort((a, b) => b.path.length - a.path.length || a.creation - b.creation);
    for (const c of out) c.lastAccess = now;
    return out;
  }

  /** The Cookie field value for `url`, or undefined when no cookie applies. */
  cookieHeader(url: string | URL): string | undefined {
    const list = this.cookiesFor(url);
    if (list.length === 0) return undefined;
    return list.map((c) => (c.name === '' ? c.value : `${c.name}=${c.value}`)).join('; ');
  }

  /** Every cookie not expired, in storage order. */
  list(): Cookie[] {
    const now = this.#now();
    return [...this.#cookies.values()].filter((c) => c.expires === undefined || c.expires > now).map((c) => ({ ...c }));
  }

  /** Removes every cookie, or only those whose domain domain-matches `domain`. */
  clear(domain?: string): void {
    if (domain === undefined) {
      this.#cookies.clear();
      this.#perDomain.clear();
      this.#secureNames.clear();
      return;
    }
    const d = domain.toLowerCase().replace(/^\./u, '');
    for (const [key, c] of this.#cookies) if (domainMatch(c.domain, d)) this.#remove(key);
  }

  get size(): number {
    return this.list().length;
  }

  /** Every cookie that has not expired; `includeSession: false` leaves out session cookies. */
  toJSON(options?: { includeSession?: boolean } | string): CookieJarJSON {
    // JSON.stringify passes the property name (a string) here.
    const includeSession = typeof options === 'object' ? options.includeSession !== false : true;
    const cookies = this.list().filter((c) => includeSession || c.expires !== undefined);
    return { version: 1, cookies };
  }

  /** A jar holding the cookies of `toJSON()` output (expired and malformed entries dropped). */
  static fromJSON(json: unknown, options: CookieJarOptions = {}): CookieJar {
    const jar = new CookieJar(options);
    const now = jar.#now();
    if (typeof json !== 'object' || json === null || !Array.isArray((json as { cookies?: unknown }).cookies)) return jar;
    for (const raw of (json as { cookies: unknown[] }).cookies) {
      if (typeof raw !== 'object' || raw === null) continue;
      const c = raw as Partial<Cookie>;
      if (typeof c.name !== 'string' || typeof c.value !== 'string' || typeof c.domain !== 'string' || typeof c.path !== 'string') continue;
      if (c.expires !== undefined && (typeof c.expires !== 'number' || c.expires <= now)) continue;
      const sameSite: SameSite = c.sameSite === 'Strict' || c.sameSite === 'Lax' || c.sameSite === 'None' ? c.sameSite : 'Default';
      const cookie: Cookie = {
        name: c.name,
        value: c.value,
        domain: c.domain.toLowerCase(),
        hostOnly: c.hostOnly === true,
        path: c.path,
        secure: c.secure === true,
        httpOnly: c.httpOnly === true,
        sameSite,
        creation: typeof c.creation === 'number' ? c.creation : now,
        lastAccess: typeof c.lastAccess === 'number' ? c.lastAccess : now,
      };
      if (c.expires !== undefined) cookie.expires = c.expires;
      jar.#put(`${cookie.domain}\u0000${cookie.path}\u0000${cookie.name}`, cookie);
    }
    return jar;
  }
}
