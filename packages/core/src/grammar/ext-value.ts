/**
 * Character set and language encoding for HTTP header field parameters
 * (RFC 8187 §3.2), used by `filename*` (RFC 6266) and `title*` (RFC 8288).
 */
import { isAlpha, isDigit, isHexdig } from './core.js';

/** attr-char = ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" */
export function isAttrChar(c: number): boolean {
  return isAlpha(c) || isDigit(c) || (c < 128 && "!#$&+-.^_`|~".includes(String.fromCharCode(c)));
}

export type ExtValueResult =
  | { ok: true; charset: string; language: string; value: string }
  | { ok: false; /** Offset of the offending character within the ext-value. */ offset: number; reason: 'charset' | 'quote' | 'value-chars' | 'decoding' };

/**
 * ext-value   = charset  "'" [ language ] "'" value-chars
 * charset     = "UTF-8" / mime-charset
 * mime-charset = 1*mime-charsetc
 * mime-charsetc = ALPHA / DIGIT / "!" / "#" / "$" / "%" / "&" / "+" / "-" / "^" / "_" / "`" / "{" / "}" / "~"
 * value-chars = *( pct-encoded / attr-char )
 * pct-encoded = "%" HEXDIG HEXDIG
 *
 * Decodes UTF-8 (and ISO-8859-1) values; other charsets are returned undecoded.
 */
export function extValue(s: string): ExtValueResult {
  const q1 = s.indexOf("'");
  if (q1 <= 0) return { ok: false, offset: q1 < 0 ? s.length : 0, reason: q1 < 0 ? 'quote' : 'charset' };
  const charset = s.slice(0, q1);
  for (let i = 0; i < charset.length; i++) {
    const c = charset.charCodeAt(i);
    if (!(isAlpha(c) || isDigit(c) || "!#$%&+-^_`{}~".includes(charset[i] as string))) return { ok: false, offset: i, reason: 'charset' };
  }
  const q2 = s.indexOf("'", q1 + 1);
  if (q2 < 0) return { ok: false, offset: s.length, reason: 'quote' };
  const language = s.slice(q1 + 1, q2);
  const bytes: number[] = [];
  for (let i = q2 + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25) {
      if (i + 2 < s.length && isHexdig(s.charCodeAt(i + 1)) && isHexdig(s.charCodeAt(i + 2))) {
        bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
        i += 2;
        continue;
      }
      return { ok: false, offset: i, reason: 'value-chars' };
    }
    if (!isAttrChar(c)) return { ok: false, offset: i, reason: 'value-chars' };
    bytes.push(c);
  }
  const cs = charset.toLowerCase();
  let value: string;
  if (cs === 'utf-8') {
    try {
      value = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
    } catch {
      return { ok: false, offset: q2 + 1, reason: 'decoding' };
    }
  } else {
    value = '';
    for (const b of bytes) value += String.fromCharCode(b);
  }
  return { ok: true, charset, language, value };
}
