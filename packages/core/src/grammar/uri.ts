/**
 * URI Generic Syntax (RFC 3986, Appendix A) and the serialized origin of
 * RFC 6454. Scanners that validate a URI or URI-reference occupying a range of
 * the text and split it into its components.
 */
import type { Span } from '../types.js';
import { indexOfChar, isAlpha, isDigit, isHexdig, lastIndexOfChar } from './core.js';
import type { Problems } from './problems.js';

/** unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~" */
export function isUnreserved(c: number): boolean {
  return isAlpha(c) || isDigit(c) || c === 0x2d || c === 0x2e || c === 0x5f || c === 0x7e;
}

/** sub-delims = "!" / "$" / "&" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "=" */
export function isSubDelim(c: number): boolean {
  return c === 0x21 || c === 0x24 || (c >= 0x26 && c <= 0x2c) || c === 0x3b || c === 0x3d;
}

/** gen-delims = ":" / "/" / "?" / "#" / "[" / "]" / "@" */
export function isGenDelim(c: number): boolean {
  return c === 0x3a || c === 0x2f || c === 0x3f || c === 0x23 || c === 0x5b || c === 0x5d || c === 0x40;
}

/** pchar = unreserved / pct-encoded / sub-delims / ":" / "@" (pct-encoded checked separately) */
function isPcharSimple(c: number): boolean {
  return isUnreserved(c) || isSubDelim(c) || c === 0x3a || c === 0x40;
}

/** pct-encoded = "%" HEXDIG HEXDIG ; returns the end, or `pos` when malformed */
export function pctEncoded(text: string, pos: number, end: number): number {
  if (pos + 2 < end && text.charCodeAt(pos) === 0x25 && isHexdig(text.charCodeAt(pos + 1)) && isHexdig(text.charCodeAt(pos + 2))) return pos + 3;
  return pos;
}

/** scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ; returns the end, or `pos` */
export function scheme(text: string, pos: number, end: number): number {
  if (pos >= end || !isAlpha(text.charCodeAt(pos))) return pos;
  let i = pos + 1;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!(isAlpha(c) || isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e)) break;
    i++;
  }
  return i;
}

/**
 * dec-octet   = DIGIT / %x31-39 DIGIT / "1" 2DIGIT / "2" %x30-34 DIGIT / "25" %x30-35
 * IPv4address = dec-octet "." dec-octet "." dec-octet "." dec-octet
 */
export function isIPv4address(s: string): boolean {
  const parts = s.split('.');
  if (parts.length !== 4) return false;
  for (const p of parts) {
    if (p.length === 0 || p.length > 3) return false;
    for (let i = 0; i < p.length; i++) if (!isDigit(p.charCodeAt(i))) return false;
    if (p.length > 1 && p[0] === '0') return false;
    if (Number(p) > 255) return false;
  }
  return true;
}

/**
 * IPv6address =                            6( h16 ":" ) ls32
 *             /                       "::" 5( h16 ":" ) ls32
 *             / [               h16 ] "::" 4( h16 ":" ) ls32
 *             / [ *1( h16 ":" ) h16 ] "::" 3( h16 ":" ) ls32
 *             / [ *2( h16 ":" ) h16 ] "::" 2( h16 ":" ) ls32
 *             / [ *3( h16 ":" ) h16 ] "::"    h16 ":"   ls32
 *             / [ *4( h16 ":" ) h16 ] "::"              ls32
 *             / [ *5( h16 ":" ) h16 ] "::"              h16
 *             / [ *6( h16 ":" ) h16 ] "::"
 * h16  = 1*4HEXDIG
 * ls32 = ( h16 ":" h16 ) / IPv4address
 */
export function isIPv6address(s: string): boolean {
  if (s.length < 2 || s.length > 45) return false;
  const dbl = s.indexOf('::');
  if (dbl >= 0 && s.indexOf('::', dbl + 1) >= 0) return false;
  const groupsOf = (part: string): string[] | undefined => (part === '' ? [] : part.split(':'));
  const head = groupsOf(dbl >= 0 ? s.slice(0, dbl) : s);
  const tail = dbl >= 0 ? groupsOf(s.slice(dbl + 2)) : [];
  if (!head || !tail) return false;
  const all = [...head, ...tail];
  let units = 0;
  for (let k = 0; k < all.length; k++) {
    const g = all[k] as string;
    const lastGroup = k === all.length - 1;
    if (lastGroup && g.includes('.')) {
      if (!isIPv4address(g)) return false;
      units += 2;
      continue;
    }
    if (g.length === 0 || g.length > 4) return false;
    for (let i = 0; i < g.length; i++) if (!isHexdig(g.charCodeAt(i))) return false;
    units += 1;
  }
  return dbl >= 0 ? units <= 7 : units === 8;
}

/** IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" ) */
export function isIPvFuture(s: string): boolean {
  if (s.length < 4 || (s[0] !== 'v' && s[0] !== 'V')) return false;
  let i = 1;
  while (i < s.length && isHexdig(s.charCodeAt(i))) i++;
  if (i === 1 || s[i] !== '.') return false;
  i++;
  if (i >= s.length) return false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(isUnreserved(c) || isSubDelim(c) || c === 0x3a)) return false;
  }
  return true;
}

/** reg-name = *( unreserved / pct-encoded / sub-delims ) */
export function isRegName(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25) {
      if (pctEncoded(s, i, s.length) === i) return false;
      i += 2;
      continue;
    }
    if (!(isUnreserved(c) || isSubDelim(c))) return false;
  }
  return true;
}

export interface Authority {
  userinfo?: string;
  host: string;
  hostKind: 'ipv4' | 'ipv6' | 'ipvfuture' | 'reg-name';
  port?: string;
  span: Span;
  hostSpan: Span;
}

/**
 * authority = [ userinfo "@" ] host [ ":" port ]
 * userinfo  = *( unreserved / pct-encoded / sub-delims / ":" )
 * host      = IP-literal / IPv4address / reg-name
 * IP-literal = "[" ( IPv6address / IPvFuture  ) "]"
 * port      = *DIGIT
 *
 * Validates `text[start, end)` as an authority; reports (and returns undefined)
 * at the first offending character.
 */
export function authority(text: string, start: number, end: number, problems: Problems): Authority | undefined {
  let hostStart = start;
  let userinfo: string | undefined;
  const at = lastIndexOfChar(text, 0x40, start, end);
  if (at >= start) {
    for (let i = start; i < at; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x25) {
        if (pctEncoded(text, i, at) === i) {
          problems.expected(text, i, at, 'pct-encoded');
          return undefined;
        }
        i += 2;
        continue;
      }
      if (!(isUnreserved(c) || isSubDelim(c) || c === 0x3a)) {
        problems.expected(text, i, at, 'userinfo');
        return undefined;
      }
    }
    userinfo = text.slice(start, at);
    hostStart = at + 1;
  }
  let hostEnd: number;
  let hostKind: Authority['hostKind'];
  if (text.charCodeAt(hostStart) === 0x5b) {
    const close = indexOfChar(text, 0x5d, hostStart, end);
    if (close < 0) {
      problems.expected(text, end, end, '"]"');
      return undefined;
    }
    const literal = text.slice(hostStart + 1, close);
    if (isIPv6address(literal)) hostKind = 'ipv6';
    else if (isIPvFuture(literal)) hostKind = 'ipvfuture';
    else {
      problems.add('HTTP2007', hostStart, close + 1 - hostStart, { reason: 'IP-literal' });
      return undefined;
    }
    hostEnd = close + 1;
  } else {
    hostEnd = hostStart;
    while (hostEnd < end && text.charCodeAt(hostEnd) !== 0x3a) hostEnd++;
    const host = text.slice(hostStart, hostEnd);
    if (isIPv4address(host)) hostKind = 'ipv4';
    else {
      for (let i = hostStart; i < hostEnd; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x25) {
          if (pctEncoded(text, i, hostEnd) === i) {
            problems.expected(text, i, hostEnd, 'pct-encoded');
            return undefined;
          }
          i += 2;
          continue;
        }
        if (!(isUnreserved(c) || isSubDelim(c))) {
          problems.expected(text, i, hostEnd, 'reg-name');
          return undefined;
        }
      }
      hostKind = 'reg-name';
    }
  }
  const result: Authority = {
    host: text.slice(hostStart, hostEnd),
    hostKind,
    span: { offset: start, length: end - start },
    hostSpan: { offset: hostStart, length: hostEnd - hostStart },
  };
  if (userinfo !== undefined) result.userinfo = userinfo;
  if (hostEnd < end) {
    if (text.charCodeAt(hostEnd) !== 0x3a) {
      problems.expected(text, hostEnd, end, '":" port');
      return undefined;
    }
    for (let i = hostEnd + 1; i < end; i++) {
      if (!isDigit(text.charCodeAt(i))) {
        problems.expected(text, i, end, 'port');
        return undefined;
      }
    }
    result.port = text.slice(hostEnd + 1, end);
  }
  return result;
}

export interface UriReference {
  scheme?: string;
  authority?: Authority;
  path: string;
  query?: string;
  fragment?: string;
  span: Span;
}

/** Checks that `text[start, end)` holds only pchar / "/" / extra characters (query and fragment add "?"). */
function checkChars(text: string, start: number, end: number, problems: Problems, allowQ: boolean, rule: string): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x25) {
      if (pctEncoded(text, i, end) === i) {
        problems.expected(text, i, end, 'pct-encoded');
        return false;
      }
      i += 2;
      continue;
    }
    if (isPcharSimple(c) || c === 0x2f || (allowQ && c === 0x3f)) continue;
    problems.expected(text, i, end, rule);
    return false;
  }
  return true;
}

/**
 * URI-reference = URI / relative-ref
 * URI           = scheme ":" hier-part [ "?" query ] [ "#" fragment ]
 * relative-ref  = relative-part [ "?" query ] [ "#" fragment ]
 * hier-part     = "//" authority path-abempty / path-absolute / path-rootless / path-empty
 * relative-part = "//" authority path-abempty / path-absolute / path-noscheme / path-empty
 * query         = *( pchar / "/" / "?" )
 * fragment      = *( pchar / "/" / "?" )
 *
 * Validates `text[start, end)` as a whole; returns undefined after reporting the
 * first offending character.
 */
export function uriReference(text: string, start: number, end: number, problems: Problems): UriReference | undefined {
  const result: UriReference = { path: '', span: { offset: start, length: end - start } };
  let i = start;
  const s = scheme(text, start, end);
  if (s > start && s < end && text.charCodeAt(s) === 0x3a) {
    result.scheme = text.slice(start, s).toLowerCase();
    i = s + 1;
  }
  // the end of the hierarchical part
  let hierEnd = i;
  while (hierEnd < end) {
    const c = text.charCodeAt(hierEnd);
    if (c === 0x3f || c === 0x23) break;
    hierEnd++;
  }
  if (text.charCodeAt(i) === 0x2f && text.charCodeAt(i + 1) === 0x2f && i + 1 < hierEnd) {
    let aEnd = i + 2;
    while (aEnd < hierEnd && text.charCodeAt(aEnd) !== 0x2f) aEnd++;
    const a = authority(text, i + 2, aEnd, problems);
    if (!a) return undefined;
    result.authority = a;
    i = aEnd;
  } else if (result.scheme === undefined) {
    // path-noscheme: the first segment has no ":"
    let k = i;
    while (k < hierEnd && text.charCodeAt(k) !== 0x2f) {
      if (text.charCodeAt(k) === 0x3a) {
        problems.expected(text, k, end, 'segment-nz-nc');
        return undefined;
      }
      k++;
    }
  }
  if (!checkChars(text, i, hierEnd, problems, false, 'pchar')) return undefined;
  result.path = text.slice(i, hierEnd);
  i = hierEnd;
  if (i < end && text.charCodeAt(i) === 0x3f) {
    let qEnd = i + 1;
    while (qEnd < end && text.charCodeAt(qEnd) !== 0x23) qEnd++;
    if (!checkChars(text, i + 1, qEnd, problems, true, 'query')) return undefined;
    result.query = text.slice(i + 1, qEnd);
    i = qEnd;
  }
  if (i < end && text.charCodeAt(i) === 0x23) {
    if (!checkChars(text, i + 1, end, problems, true, 'fragment')) return undefined;
    result.fragment = text.slice(i + 1, end);
  }
  return result;
}

/**
 * URI = scheme ":" hier-part [ "?" query ] [ "#" fragment ]
 */
export function uri(text: string, start: number, end: number, problems: Problems): UriReference | undefined {
  const s = scheme(text, start, end);
  if (s === start || s >= end || text.charCodeAt(s) !== 0x3a) {
    problems.expected(text, s === start ? start : s, end, s === start ? 'scheme' : '":"');
    return undefined;
  }
  return uriReference(text, start, end, problems);
}

/**
 * absolute-URI = scheme ":" hier-part [ "?" query ]
 */
export function absoluteUri(text: string, start: number, end: number, problems: Problems): UriReference | undefined {
  const r = uri(text, start, end, problems);
  if (r && r.fragment !== undefined) {
    const hash = indexOfChar(text, 0x23, start, end);
    problems.expected(text, hash, end, 'absolute-URI (no fragment)');
    return undefined;
  }
  return r;
}

/**
 * partial-URI = relative-part [ "?" query ]   (RFC 9110 §4.1)
 */
export function partialUri(text: string, start: number, end: number, problems: Problems): UriReference | undefined {
  const r = uriReference(text, start, end, problems);
  if (r && r.scheme !== undefined) {
    problems.expected(text, start, end, 'relative-part');
    return undefined;
  }
  if (r && r.fragment !== undefined) {
    problems.expected(text, indexOfChar(text, 0x23, start, end), end, 'partial-URI (no fragment)');
    return undefined;
  }
  return r;
}

export interface Origin {
  scheme: string;
  host: string;
  port?: number;
}

/**
 * serialized-origin = scheme "://" host [ ":" port ]   (RFC 6454 §7.1)
 * origin            = "null" / origin-list
 *
 * Returns the origin, 'null', or undefined after reporting.
 */
export function serializedOrigin(text: string, start: number, end: number, problems: Problems): Origin | 'null' | undefined {
  if (text.slice(start, end) === 'null') return 'null';
  const s = scheme(text, start, end);
  if (s === start || text.charCodeAt(s) !== 0x3a || text.charCodeAt(s + 1) !== 0x2f || text.charCodeAt(s + 2) !== 0x2f) {
    problems.expected(text, s === start ? start : s, end, s === start ? 'scheme' : '"://"');
    return undefined;
  }
  const a = authority(text, s + 3, end, problems);
  if (!a) return undefined;
  if (a.userinfo !== undefined) {
    problems.expected(text, s + 3, end, 'host (no userinfo)');
    return undefined;
  }
  if (a.host === '') {
    problems.expected(text, s + 3, end, 'host');
    return undefined;
  }
  const origin: Origin = { scheme: text.slice(start, s).toLowerCase(), host: a.host.toLowerCase() };
  if (a.port !== undefined && a.port !== '') origin.port = Number(a.port);
  return origin;
}

/**
 * Host = uri-host [ ":" port ]   (RFC 9110 §7.2)
 * uri-host = <host, see RFC 3986 §3.2.2>
 */
export function hostAndPort(text: string, start: number, end: number, problems: Problems): Authority | undefined {
  const a = authority(text, start, end, problems);
  if (a && a.userinfo !== undefined) {
    problems.expected(text, start, end, 'uri-host (no userinfo)');
    return undefined;
  }
  return a;
}
