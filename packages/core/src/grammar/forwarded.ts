/**
 * Forwarded HTTP Extension (RFC 7239 §4, §6).
 */
import type { Span } from '../types.js';
import type { Problems } from './problems.js';
import { isTchar, list, ows, quotedString, skipParameter, token } from './rfc9110.js';
import { isIPv4address, isIPv6address } from './uri.js';
import { isAlphanum, isDigit } from './core.js';

export interface ForwardedPair {
  /** Lower-case parameter name: for, by, host, proto, or an extension. */
  name: string;
  value: string;
  quoted: boolean;
  span: Span;
  nameSpan: Span;
  valueSpan: Span;
}

export interface ForwardedElement {
  pairs: ForwardedPair[];
  span: Span;
}

/**
 * Forwarded         = 1#forwarded-element
 * forwarded-element = [ forwarded-pair ] *( ";" [ forwarded-pair ] )
 * forwarded-pair    = token "=" value
 * value             = token / quoted-string
 *
 * A value that is neither (an unquoted IPv6 literal such as `[2001:db8::1]`,
 * which RFC 7239 requires to be quoted) is kept with `quoted: false` and
 * reported through `onBareValue`, so the caller can report it specifically.
 */
export function forwardedElements(
  text: string,
  start: number,
  end: number,
  problems: Problems,
  onBareValue: (span: Span) => void,
): ForwardedElement[] {
  const out: ForwardedElement[] = [];
  list(
    text,
    start,
    end,
    problems,
    (pos) => {
      const el: ForwardedElement = { pairs: [], span: { offset: pos, length: 0 } };
      let i = pos;
      let last = pos;
      while (i < end) {
        const c = text.charCodeAt(i);
        if (c === 0x2c) break;
        if (c === 0x3b) {
          i = ows(text, i + 1, end);
          continue;
        }
        const nameEnd = token(text, i, end);
        if (nameEnd === i) {
          problems.expected(text, i, end, 'forwarded-pair');
          i = skipParameter(text, i + 1, end);
          last = i;
          continue;
        }
        if (text.charCodeAt(nameEnd) !== 0x3d || nameEnd >= end) {
          problems.expected(text, nameEnd, end, '"="');
          i = skipParameter(text, nameEnd, end);
          last = i;
          continue;
        }
        const v = nameEnd + 1;
        const pair: ForwardedPair = {
          name: text.slice(i, nameEnd).toLowerCase(),
          value: '',
          quoted: false,
          span: { offset: i, length: 0 },
          nameSpan: { offset: i, length: nameEnd - i },
          valueSpan: { offset: v, length: 0 },
        };
        const qs = quotedString(text, v, end, problems);
        let e: number;
        if (qs) {
          pair.value = qs.value;
          pair.quoted = true;
          pair.valueSpan = qs.span;
          e = qs.span.offset + qs.span.length;
        } else {
          e = token(text, v, end);
          // a bare value with characters outside tchar (":" "[" "]"): read up to the next delimiter
          let b = e;
          while (b < end) {
            const d = text.charCodeAt(b);
            if (d === 0x3b || d === 0x2c || d === 0x20 || d === 0x09) break;
            b++;
          }
          if (b > e) {
            onBareValue({ offset: v, length: b - v });
            e = b;
          } else if (e === v) {
            problems.expected(text, v, end, 'token or quoted-string');
          }
          pair.value = text.slice(v, e);
          pair.valueSpan = { offset: v, length: e - v };
        }
        pair.span = { offset: i, length: e - i };
        el.pairs.push(pair);
        last = e;
        i = ows(text, e, end);
        if (i < end && text.charCodeAt(i) !== 0x3b && text.charCodeAt(i) !== 0x2c) {
          problems.expected(text, i, end, '";" or ","');
          i = skipParameter(text, i, end);
          last = i;
        }
      }
      el.span = { offset: pos, length: last - pos };
      out.push(el);
      return last > pos ? last : -1;
    },
    { min1: true, element: 'forwarded-element' },
  );
  return out;
}

function obfChars(s: string, from: number): boolean {
  if (s.length <= from) return false;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(isAlphanum(c) || c === 0x2e || c === 0x5f || c === 0x2d)) return false;
  }
  return true;
}

export type ForwardedNode =
  | { ok: true; kind: 'ipv4' | 'ipv6' | 'unknown' | 'obfuscated'; address: string; port?: string }
  | { ok: false; reason: 'node' | 'port' };

/**
 * node     = nodename [ ":" node-port ]
 * nodename = IPv4address / "[" IPv6address "]" / "unknown" / obfnode
 * obfnode  = "_" 1*( ALPHA / DIGIT / "." / "_" / "-")
 * node-port = port / obfport
 * port     = 1*5DIGIT
 * obfport  = "_" 1*(ALPHA / DIGIT / "." / "_" / "-")
 */
export function forwardedNode(value: string): ForwardedNode {
  let name = value;
  let port: string | undefined;
  let kind: 'ipv4' | 'ipv6' | 'unknown' | 'obfuscated';
  if (value.startsWith('[')) {
    const close = value.indexOf(']');
    if (close < 0 || !isIPv6address(value.slice(1, close))) return { ok: false, reason: 'node' };
    name = value.slice(1, close);
    kind = 'ipv6';
    const rest = value.slice(close + 1);
    if (rest !== '') {
      if (rest[0] !== ':') return { ok: false, reason: 'node' };
      port = rest.slice(1);
    }
  } else {
    const colon = value.indexOf(':');
    if (colon >= 0) {
      name = value.slice(0, colon);
      port = value.slice(colon + 1);
    }
    if (isIPv4address(name)) kind = 'ipv4';
    else if (name === 'unknown') kind = 'unknown';
    else if (name.startsWith('_') && obfChars(name, 1)) kind = 'obfuscated';
    else return { ok: false, reason: 'node' };
  }
  if (port !== undefined) {
    const numeric = port.length >= 1 && port.length <= 5 && [...port].every((ch) => isDigit(ch.charCodeAt(0)));
    if (!numeric && !(port.startsWith('_') && obfChars(port, 1))) return { ok: false, reason: 'port' };
  }
  const result: ForwardedNode = { ok: true, kind, address: name };
  if (port !== undefined) result.port = port;
  return result;
}

/** Whether every character of `s` is a tchar (the value may be sent unquoted). */
export function isToken(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isTchar(s.charCodeAt(i))) return false;
  return true;
}
