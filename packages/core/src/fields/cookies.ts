/**
 * Set-Cookie and Cookie (RFC 6265bis).
 */
import { indexOfChar } from '../grammar/core.js';
import { cookiePair, setCookieString } from '../grammar/cookie.js';
import { parseHttpDate } from '../grammar/http-date.js';
import { ows, trimEnd } from '../grammar/rfc9110.js';
import { isInteger } from './common.js';
import { closest, defineField } from './define.js';
import type { FieldParserDefinition } from './types.js';

const ATTRIBUTES = ['Expires', 'Max-Age', 'Domain', 'Path', 'Secure', 'HttpOnly', 'SameSite', 'Partitioned', 'Priority'];
const MAX_LIFETIME = 400 * 24 * 3600;

export interface SetCookieValue {
  name: string;
  value: string;
  /** Attributes by lower-case name (the last occurrence wins); flags map to ''. */
  attributes: Record<string, string>;
}

/** Set-Cookie = set-cookie-string */
const setCookie = defineField<SetCookieValue>(['set-cookie'], ({ text, start, end, problems }) => {
  const sc = setCookieString(text, start, end, problems);
  if (!sc) return undefined;
  const attributes: Record<string, string> = {};
  const seen = new Set<string>();
  for (const a of sc.attributes) {
    const known = ATTRIBUTES.find((k) => k.toLowerCase() === a.name);
    if (!known) {
      const suggestion = closest(a.rawName, ATTRIBUTES);
      if (suggestion) problems.add('HTTP3507', a.nameSpan.offset, a.nameSpan.length, { name: a.rawName, suggestion });
      else problems.add('HTTP3506', a.nameSpan.offset, a.nameSpan.length, { name: a.rawName });
      continue;
    }
    if (seen.has(a.name)) problems.add('HTTP3508', a.nameSpan.offset, a.nameSpan.length, { name: known });
    seen.add(a.name);
    const value = a.value ?? '';
    const vs = a.valueSpan ?? a.span;
    attributes[a.name] = value;
    if (a.name === 'expires') {
      const r = parseHttpDate(value);
      const time = r.ok ? r.time : Date.parse(value);
      if (Number.isNaN(time)) problems.add('HTTP3504', vs.offset, vs.length, { value });
      else {
        const days = Math.floor((time - Date.now()) / 86400000);
        if (days > 400) problems.add('HTTP3514', vs.offset, vs.length, { days });
      }
    } else if (a.name === 'max-age') {
      if (!isInteger(value, true)) problems.add('HTTP3505', vs.offset, vs.length, { value });
      else if (Number(value) > MAX_LIFETIME) problems.add('HTTP3514', vs.offset, vs.length, { days: Math.floor(Number(value) / 86400) });
    } else if (a.name === 'domain') {
      if (value.startsWith('.')) problems.add('HTTP3509', vs.offset, 1);
    } else if (a.name === 'path') {
      if (!value.startsWith('/')) problems.add('HTTP3510', vs.offset, vs.length, { value });
    } else if (a.name === 'samesite') {
      if (!['strict', 'lax', 'none'].includes(value.toLowerCase())) problems.add('HTTP3503', vs.offset, vs.length, { value });
    }
  }
  const secure = 'secure' in attributes;
  const ss = sc.attributes.find((a) => a.name === 'samesite');
  if (ss && (ss.value ?? '').toLowerCase() === 'none' && !secure) problems.add('HTTP3502', ss.span.offset, ss.span.length);
  const part = sc.attributes.find((a) => a.name === 'partitioned');
  if (part && !secure) problems.add('HTTP3513', part.span.offset, part.span.length);
  const name = sc.pair.name;
  const ns = sc.pair.nameSpan;
  const lower = name.toLowerCase();
  if (lower.startsWith('__secure-') && !secure) problems.add('HTTP3500', ns.offset, ns.length, { name });
  if (lower.startsWith('__host-')) {
    const attribute = !secure ? 'Secure' : 'domain' in attributes ? 'Domain' : attributes.path !== '/' ? 'Path' : undefined;
    if (attribute) problems.add('HTTP3501', ns.offset, ns.length, { name, attribute });
  }
  return { name, value: sc.pair.value, attributes };
});

const ATTRIBUTE_NAMES = ['path', 'domain', 'expires', 'max-age', 'samesite', 'secure', 'httponly', 'partitioned'];

/** Cookie = cookie-string ; cookie-string = cookie-pair *( ";" SP cookie-pair ) */
const cookie = defineField<Record<string, string>>(['cookie'], ({ text, start, end, problems }) => {
  const out: Record<string, string> = {};
  let pos = start;
  while (pos <= end) {
    let semi = indexOfChar(text, 0x3b, pos, end);
    if (semi < 0) semi = end;
    const s = ows(text, pos, semi);
    const e = trimEnd(text, s, semi);
    if (e > s) {
      const eq = indexOfChar(text, 0x3d, s, e);
      const nameEnd = eq >= 0 ? trimEnd(text, s, eq) : e;
      const name = text.slice(s, nameEnd);
      if (ATTRIBUTE_NAMES.includes(name.toLowerCase()) && (eq < 0 || eq >= e || name.toLowerCase() !== 'secure')) {
        problems.add('HTTP3512', s, e - s, { name });
      } else {
        const p = cookiePair(text, s, e, problems);
        if (p && !(p.name in out)) out[p.name] = p.value;
      }
    }
    if (semi >= end) break;
    const after = ows(text, semi + 1, end);
    if (after - semi !== 2 || text.charCodeAt(semi + 1) !== 0x20) problems.add('HTTP3511', semi, Math.max(1, after - semi));
    pos = semi + 1;
  }
  return out;
});

export const cookieFields: readonly FieldParserDefinition[] = [setCookie, cookie];
