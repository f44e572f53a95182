/**
 * Authentication fields (RFC 9110 §11; RFC 7617 Basic; RFC 7616 Digest;
 * RFC 6750 Bearer; RFC 7615 Authentication-Info).
 */
import type { Problems } from '../grammar/problems.js';
import { authParam, challenges, credentials, list, ows, token, token68, type AuthParam, type Challenge } from '../grammar/rfc9110.js';
import { decodeBase64, defineField } from './define.js';
import type { FieldParserDefinition } from './types.js';

/** Registered (IANA) and widely used authentication schemes, lower case. */
export const AUTH_SCHEMES = [
  'basic', 'bearer', 'digest', 'dpop', 'gnap', 'hoba', 'mutual', 'negotiate', 'ntlm', 'oauth', 'privatetoken', 'concealed',
  'scram-sha-1', 'scram-sha-256', 'vapid', 'aws4-hmac-sha256', 'hmac', 'kerberos', 'token',
];

export interface AuthValue {
  scheme: string;
  token68?: string;
  params: Record<string, string>;
  /** For Basic credentials: the decoded user id. */
  user?: string;
}

function toValue(c: Challenge): AuthValue {
  const v: AuthValue = { scheme: c.scheme, params: {} };
  if (c.token68 !== undefined) v.token68 = c.token68;
  for (const p of c.params) if (!(p.name in v.params)) v.params[p.name] = p.value;
  return v;
}

function checkRepeated(params: readonly AuthParam[], problems: Problems): void {
  const seen = new Set<string>();
  for (const p of params) {
    if (seen.has(p.name)) problems.add('HTTP3407', p.nameSpan.offset, p.nameSpan.length, { name: p.name });
    seen.add(p.name);
  }
}

function checkScheme(c: Challenge, problems: Problems): void {
  if (!AUTH_SCHEMES.includes(c.scheme.toLowerCase())) problems.add('HTTP3403', c.schemeSpan.offset, c.schemeSpan.length, { scheme: c.scheme });
}

/**
 * Authorization       = credentials
 * Proxy-Authorization = credentials
 */
function credentialsField(name: string): FieldParserDefinition<AuthValue> {
  return defineField([name], ({ text, start, end, problems }) => {
    const schemeEnd = token(text, start, end);
    const scheme = text.slice(start, schemeEnd).toLowerCase();
    if (schemeEnd > start && (scheme === 'basic' || scheme === 'bearer')) {
      const rest = ows(text, schemeEnd, end);
      const schemeWord = text.slice(start, schemeEnd);
      if (rest >= end) {
        problems.add('HTTP3404', start, schemeEnd - start, { scheme: schemeWord });
        return { scheme: schemeWord, params: {} };
      }
      const t = token68(text, rest, end);
      const value: AuthValue = { scheme: schemeWord, params: {}, token68: text.slice(rest, end) };
      if (scheme === 'bearer') {
        if (t !== end) problems.add('HTTP3409', rest, end - rest);
        return value;
      }
      const decoded = t === end ? decodeBase64(text.slice(rest, end)) : undefined;
      if (decoded === undefined) {
        problems.add('HTTP3400', rest, end - rest);
        return value;
      }
      const colon = decoded.indexOf(':');
      if (colon < 0) problems.add('HTTP3401', rest, end - rest);
      else value.user = decoded.slice(0, colon);
      return value;
    }
    if (scheme === 'aws4-hmac-sha256') return awsCredentials(text, start, schemeEnd, end, problems);
    const cr = credentials(text, start, end, problems);
    if (!cr) return undefined;
    checkScheme(cr, problems);
    checkRepeated(cr.params, problems);
    if (scheme === 'digest') {
      const names = new Set(cr.params.map((p) => p.name));
      const missing = ['username', 'realm', 'nonce', 'uri', 'response'].filter((r) => !names.has(r) && !(r === 'username' && names.has('username*')));
      if (missing.length > 0) problems.add('HTTP3402', cr.schemeSpan.offset, cr.schemeSpan.length, { scheme: cr.scheme, param: missing.join(', ') });
    }
    return toValue(cr);
  });
}

/**
 * AWS Signature Version 4 does not follow the auth-param grammar (its values hold
 * "/" and ";" unquoted): `AWS4-HMAC-SHA256 Credential=<id>/<scope>, SignedHeaders=<a;b>, Signature=<hex>`.
 * It is read as comma-separated `name=value` pairs; the three parameters are required (HTTP3402).
 */
function awsCredentials(text: string, start: number, schemeEnd: number, end: number, problems: Problems): AuthValue {
  const value: AuthValue = { scheme: text.slice(start, schemeEnd), params: {} };
  let pos = schemeEnd;
  while (pos < end) {
    let comma = pos;
    while (comma < end && text.charCodeAt(comma) !== 0x2c) comma++;
    const s = ows(text, pos, comma);
    const ne = token(text, s, comma);
    if (ne > s && text.charCodeAt(ne) === 0x3d) value.params[text.slice(s, ne).toLowerCase()] = text.slice(ne + 1, comma).trim();
    else if (ne < comma || ne === s) problems.expected(text, ne, comma, 'name "=" value');
    pos = comma + 1;
  }
  const missing = ['credential', 'signedheaders', 'signature'].filter((k) => !(k in value.params));
  if (missing.length > 0) problems.add('HTTP3402', start, schemeEnd - start, { scheme: value.scheme, param: missing.join(', ') });
  return value;
}

/**
 * WWW-Authenticate   = #challenge
 * Proxy-Authenticate = #challenge
 */
function challengeField(name: string): FieldParserDefinition<AuthValue[]> {
  return defineField([name], ({ text, start, end, problems }) => {
    const found = challenges(text, start, end, problems);
    for (const c of found) {
      checkScheme(c, problems);
      checkRepeated(c.params, problems);
      const scheme = c.scheme.toLowerCase();
      const realm = c.params.find((p) => p.name === 'realm');
      if (realm && !realm.quoted) problems.add('HTTP3408', realm.valueSpan.offset, realm.valueSpan.length);
      if (scheme === 'basic') {
        if (!realm) problems.add('HTTP3405', c.schemeSpan.offset, c.schemeSpan.length);
        const cs = c.params.find((p) => p.name === 'charset');
        if (cs && cs.value.toLowerCase() !== 'utf-8') problems.add('HTTP3406', cs.valueSpan.offset, cs.valueSpan.length, { value: cs.value });
      } else if (scheme === 'digest') {
        const missing = ['realm', 'nonce'].filter((r) => !c.params.some((p) => p.name === r));
        if (missing.length > 0) problems.add('HTTP3402', c.schemeSpan.offset, c.schemeSpan.length, { scheme: c.scheme, param: missing.join(', ') });
      }
    }
    return found.map(toValue);
  });
}

/**
 * Authentication-Info       = #auth-param   (RFC 9110 §11.6.3)
 * Proxy-Authentication-Info = #auth-param
 */
function authInfoField(name: string): FieldParserDefinition<Record<string, string>> {
  return defineField([name], ({ text, start, end, problems }) => {
    const params: AuthParam[] = [];
    list(
      text,
      start,
      end,
      problems,
      (pos) => {
        const p = authParam(text, pos, end, problems);
        if (!p) return -1;
        params.push(p);
        return p.span.offset + p.span.length;
      },
      { element: 'auth-param', min1: true },
    );
    checkRepeated(params, problems);
    const out: Record<string, string> = {};
    for (const p of params) if (!(p.name in out)) out[p.name] = p.value;
    return out;
  });
}

export const authFields: readonly FieldParserDefinition[] = [
  credentialsField('authorization'),
  credentialsField('proxy-authorization'),
  challengeField('www-authenticate'),
  challengeField('proxy-authenticate'),
  authInfoField('authentication-info'),
  authInfoField('proxy-authentication-info'),
];
