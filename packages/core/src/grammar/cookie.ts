/**
 * Cookies: HTTP State Management (RFC 6265bis, draft-ietf-httpbis-rfc6265bis §4).
 */
import type { Span } from '../types.js';
import { indexOfChar } from './core.js';
import type { Problems } from './problems.js';
import { isTchar, ows, trimEnd } from './rfc9110.js';

/** cookie-octet = %x21 / %x23-2B / %x2D-3A / %x3C-5B / %x5D-7E */
export function isCookieOctet(c: number): boolean {
  return c === 0x21 || (c >= 0x23 && c <= 0x2b) || (c >= 0x2d && c <= 0x3a) || (c >= 0x3c && c <= 0x5b) || (c >= 0x5d && c <= 0x7e);
}

export interface CookiePair {
  name: string;
  value: string;
  span: Span;
  nameSpan: Span;
  valueSpan: Span;
}

export interface CookieAttribute {
  /** Lower-case attribute name. */
  name: string;
  /** The name as written. */
  rawName: string;
  value?: string;
  span: Span;
  nameSpan: Span;
  valueSpan?: Span;
}

export interface SetCookie {
  pair: CookiePair;
  attributes: CookieAttribute[];
}

/**
 * cookie-pair  = cookie-name BWS "=" BWS cookie-value
 * cookie-name  = 1*cookie-octet
 * cookie-value = *cookie-octet / ( DQUOTE *cookie-octet DQUOTE )
 *
 * Reads a pair in `text[start, end)` (the part before the first ";"); reports
 * characters outside cookie-octet once per pair.
 */
export function cookiePair(text: string, start: number, end: number, problems: Problems): CookiePair | undefined {
  const s = ows(text, start, end);
  const e = trimEnd(text, s, end);
  const eq = indexOfChar(text, 0x3d, s, e);
  if (eq < 0) {
    problems.expected(text, e, end, '"=" cookie-value');
    return undefined;
  }
  const nameEnd = trimEnd(text, s, eq);
  if (nameEnd === s) {
    problems.expected(text, s, end, 'cookie-name');
    return undefined;
  }
  for (let i = s; i < nameEnd; i++) {
    const c = text.charCodeAt(i);
    if (!isTchar(c)) {
      problems.expected(text, i, nameEnd, 'cookie-name (token)');
      break;
    }
  }
  const v = ows(text, eq + 1, e);
  let vs = v;
  let ve = e;
  if (text.charCodeAt(v) === 0x22 && e - v >= 2 && text.charCodeAt(e - 1) === 0x22) {
    vs = v + 1;
    ve = e - 1;
  }
  for (let i = vs; i < ve; i++) {
    if (!isCookieOctet(text.charCodeAt(i))) {
      problems.expected(text, i, ve, 'cookie-octet');
      break;
    }
  }
  return {
    name: text.slice(s, nameEnd),
    value: text.slice(vs, ve),
    span: { offset: s, length: e - s },
    nameSpan: { offset: s, length: nameEnd - s },
    valueSpan: { offset: v, length: e - v },
  };
}

/**
 * set-cookie-string = BWS cookie-pair *( BWS ";" OWS cookie-av )
 * cookie-av         = expires-av / max-age-av / domain-av / path-av / secure-av /
 *                     httponly-av / samesite-av / extension-av
 * expires-av        = "Expires" BWS "=" BWS sane-cookie-date
 * max-age-av        = "Max-Age" BWS "=" BWS non-zero-digit *DIGIT
 * domain-av         = "Domain" BWS "=" BWS domain-value
 * path-av           = "Path" BWS "=" BWS path-value
 * secure-av         = "Secure"
 * httponly-av       = "HttpOnly"
 * samesite-av       = "SameSite" BWS "=" BWS samesite-value
 * samesite-value    = "Strict" / "Lax" / "None"
 * extension-av      = *av-octet
 * av-octet          = %x20-3A / %x3C-7E   ; any CHAR except CTLs or ";"
 */
export function setCookieString(text: string, start: number, end: number, problems: Problems): SetCookie | undefined {
  let semi = indexOfChar(text, 0x3b, start, end);
  if (semi < 0) semi = end;
  const pair = cookiePair(text, start, semi, problems);
  if (!pair) return undefined;
  const attributes: CookieAttribute[] = [];
  let pos = semi;
  while (pos < end) {
    const s = ows(text, pos + 1, end);
    let next = indexOfChar(text, 0x3b, s, end);
    if (next < 0) next = end;
    const e = trimEnd(text, s, next);
    if (e > s) {
      const eq = indexOfChar(text, 0x3d, s, e);
      const nameEnd = eq >= 0 && eq < e ? trimEnd(text, s, eq) : e;
      const rawName = text.slice(s, nameEnd);
      const attr: CookieAttribute = {
        name: rawName.toLowerCase(),
        rawName,
        span: { offset: s, length: e - s },
        nameSpan: { offset: s, length: nameEnd - s },
      };
      if (eq >= 0 && eq < e) {
        const v = ows(text, eq + 1, e);
        attr.value = text.slice(v, e);
        attr.valueSpan = { offset: v, length: e - v };
      }
      for (let i = s; i < e; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x20 || c > 0x7e) {
          problems.expected(text, i, e, 'av-octet');
          break;
        }
      }
      attributes.push(attr);
    }
    pos = next;
  }
  return { pair, attributes };
}

/**
 * cookie-string = cookie-pair *( ";" SP cookie-pair )
 *
 * Pairs are separated by "; "; a separator without the SP (or with extra
 * whitespace) is reported as HTTP2000/HTTP3502 by the caller's choice: this
 * scanner returns the separators' spans that are not exactly "; ".
 */
export function cookieString(text: string, start: number, end: number, problems: Problems): { pairs: CookiePair[]; badSeparators: Span[] } {
  const pairs: CookiePair[] = [];
  const badSeparators: Span[] = [];
  let pos = start;
  while (pos <= end) {
    let semi = indexOfChar(text, 0x3b, pos, end);
    if (semi < 0) semi = end;
    const s = ows(text, pos, semi);
    if (trimEnd(text, s, semi) > s) {
      const p = cookiePair(text, pos, semi, problems);
      if (p) pairs.push(p);
    }
    if (semi >= end) break;
    const after = ows(text, semi + 1, end);
    if (after - semi !== 2 || text.charCodeAt(semi + 1) !== 0x20) badSeparators.push({ offset: semi, length: after - semi });
    pos = semi + 1;
  }
  return { pairs, badSeparators };
}
