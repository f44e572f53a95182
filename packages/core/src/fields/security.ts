/**
 * Security and privacy fields: HSTS (RFC 6797), CSP, CORS (Fetch), framing,
 * referrer, reporting (NEL, Report-To) and friends.
 */
import { indexOfChar, isAlpha, isDigit } from '../grammar/core.js';
import type { Problems } from '../grammar/problems.js';
import { isTchar, list, nonNegativeInteger, ows, productsAndComments, quotedString, token, trimEnd } from '../grammar/rfc9110.js';
import { stsDirectives } from '../grammar/sts.js';
import { absoluteUri, partialUri, scheme, serializedOrigin, type Origin } from '../grammar/uri.js';
import type { Span } from '../types.js';
import { enumField, tokenList } from './common.js';
import { checkMethodCase } from './content.js';
import { closest, defineField, type FieldInput } from './define.js';
import type { FieldParserDefinition } from './types.js';

export interface StsValue {
  maxAge?: number;
  includeSubDomains: boolean;
  preload: boolean;
}

/** Strict-Transport-Security (RFC 6797 §6.1) */
const hsts = defineField<StsValue>(['strict-transport-security'], ({ text, start, end, problems }) => {
  const ds = stsDirectives(text, start, end, problems);
  const seen = new Set<string>();
  const value: StsValue = { includeSubDomains: false, preload: false };
  for (const d of ds) {
    // named as written (directive names are case-insensitive; `d.name` is lower-case)
    if (seen.has(d.name)) problems.add('HTTP3602', d.nameSpan.offset, d.nameSpan.length, { name: text.slice(d.nameSpan.offset, d.nameSpan.offset + d.nameSpan.length) });
    seen.add(d.name);
    if (d.name === 'max-age') {
      const v = d.value ?? '';
      if (!/^\d+$/.test(v)) problems.add('HTTP3601', (d.valueSpan ?? d.span).offset, (d.valueSpan ?? d.span).length, { value: v });
      else if (value.maxAge === undefined) value.maxAge = Number(v);
    } else if (d.name === 'includesubdomains') value.includeSubDomains = true;
    else if (d.name === 'preload') value.preload = true;
  }
  if (!seen.has('max-age')) problems.add('HTTP3600', start, end - start);
  else if (value.preload && (!value.includeSubDomains || (value.maxAge ?? 0) < 31536000)) {
    const p = ds.find((d) => d.name === 'preload');
    if (p) problems.add('HTTP3603', p.span.offset, p.span.length);
  }
  return value;
});

const CSP_DIRECTIVES = [
  'base-uri', 'block-all-mixed-content', 'child-src', 'connect-src', 'default-src', 'fenced-frame-src', 'font-src', 'form-action',
  'frame-ancestors', 'frame-src', 'img-src', 'manifest-src', 'media-src', 'navigate-to', 'object-src', 'plugin-types', 'prefetch-src',
  'report-to', 'report-uri', 'require-sri-for', 'require-trusted-types-for', 'sandbox', 'script-src', 'script-src-attr',
  'script-src-elem', 'style-src', 'style-src-attr', 'style-src-elem', 'trusted-types', 'upgrade-insecure-requests', 'webrtc', 'worker-src',
];
const CSP_KEYWORDS = [
  'self', 'none', 'unsafe-inline', 'unsafe-eval', 'strict-dynamic', 'unsafe-hashes', 'report-sample', 'unsafe-allow-redirects',
  'wasm-unsafe-eval', 'inline-speculation-rules',
];

function isSourceListDirective(name: string): boolean {
  return name.endsWith('-src') || name === 'base-uri' || name === 'form-action' || name === 'frame-ancestors' || name === 'navigate-to';
}

export interface CspPolicy {
  directives: Record<string, string[]>;
}

function isAsciiWs(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

/**
 * serialized-policy-list = 1#serialized-policy   (CSP3 §2.2.1, §3.1)
 * serialized-policy      = serialized-directive *( optional-ascii-whitespace ";" [ optional-ascii-whitespace serialized-directive ] )
 * serialized-directive   = directive-name [ required-ascii-whitespace directive-value ]
 * directive-name         = 1*( ALPHA / DIGIT / "-" )
 * directive-value        = *( required-ascii-whitespace / ( %x21-%x2B / %x2D-%x3A / %x3C-%x7E ) )
 */
function cspField(name: string, reportOnly: boolean): FieldParserDefinition<CspPolicy[]> {
  return defineField([name], ({ text, start, end, problems }) => {
    const policies: CspPolicy[] = [];
    let pos = start;
    while (pos < end) {
      let pEnd = indexOfChar(text, 0x2c, pos, end);
      if (pEnd < 0) pEnd = end;
      const policy: CspPolicy = { directives: {} };
      let d = pos;
      while (d < pEnd) {
        let dEnd = indexOfChar(text, 0x3b, d, pEnd);
        if (dEnd < 0) dEnd = pEnd;
        const s = ows(text, d, dEnd);
        const e = trimEnd(text, s, dEnd);
        if (e > s) {
          let n = s;
          while (n < e) {
            const c = text.charCodeAt(n);
            if (!(isAlpha(c) || isDigit(c) || c === 0x2d)) break;
            n++;
          }
          const rawName = text.slice(s, n);
          const dname = rawName.toLowerCase();
          if (n === s || (n < e && !isAsciiWs(text.charCodeAt(n)))) {
            problems.expected(text, n, e, 'directive-name');
          } else {
            const values: string[] = [];
            let none: Span | undefined;
            let v = n;
            while (v < e) {
              while (v < e && isAsciiWs(text.charCodeAt(v))) v++;
              const vs = v;
              while (v < e && !isAsciiWs(text.charCodeAt(v))) v++;
              if (v > vs) {
                const word = text.slice(vs, v);
                values.push(word);
                if (isSourceListDirective(dname) && CSP_KEYWORDS.includes(word.toLowerCase())) {
                  problems.add('HTTP3607', vs, v - vs, { value: word, suggestion: `'${word.toLowerCase()}'` });
                }
                if (word.toLowerCase() === "'none'") none ??= { offset: vs, length: v - vs };
              }
            }
            if (none && values.length > 1 && isSourceListDirective(dname)) problems.add('HTTP3609', none.offset, none.length, { name: rawName });
            if (!CSP_DIRECTIVES.includes(dname)) {
              const suggestion = closest(dname.replaceAll('_', '-'), CSP_DIRECTIVES);
              if (suggestion) problems.add('HTTP3605', s, n - s, { name: rawName, suggestion });
              else problems.add('HTTP3604', s, n - s, { name: rawName });
            } else if (dname in policy.directives) problems.add('HTTP3606', s, n - s, { name: dname });
            else policy.directives[dname] = values;
          }
        }
        d = dEnd + 1;
      }
      if (reportOnly && !('report-uri' in policy.directives) && !('report-to' in policy.directives) && trimEnd(text, pos, pEnd) > ows(text, pos, pEnd)) {
        const ps = ows(text, pos, pEnd);
        problems.add('HTTP3608', ps, trimEnd(text, ps, pEnd) - ps);
      }
      policies.push(policy);
      pos = pEnd + 1;
    }
    return policies;
  });
}

const REFERRER_POLICIES = [
  'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin', 'origin-when-cross-origin',
  'strict-origin-when-cross-origin', 'unsafe-url',
];

/** Referrer-Policy = 1#policy-token ; the last recognised token wins. */
const referrerPolicy = defineField<string[]>(['referrer-policy'], (input) => {
  const out: string[] = [];
  // Referrer Policy §8.1: the last recognised token wins, so unsafe-url is reported only when it is in effect
  // (`unsafe-url, strict-origin` is strict-origin in every browser that reads the field).
  let unsafe: { offset: number; length: number } | undefined;
  for (const item of tokenList(input, 'policy-token')) {
    const v = item.value.toLowerCase();
    if (!REFERRER_POLICIES.includes(v)) {
      input.problems.add('HTTP3615', item.span.offset, item.span.length, {
        field: input.context.name,
        value: item.value,
        expected: closest(v, REFERRER_POLICIES) ?? REFERRER_POLICIES.join(', '),
      });
      continue;
    }
    unsafe = v === 'unsafe-url' ? item.span : undefined;
    out.push(v);
  }
  if (unsafe) input.problems.add('HTTP3611', unsafe.offset, unsafe.length);
  return out;
});

/**
 * X-Content-Type-Options = "nosniff"
 *
 * Fetch §3.5 splits the combined value on commas and looks at the first member only, so
 * `nosniff, nosniff` (a proxy and the application both adding the field) is in effect; a
 * member other than nosniff is still reported.
 */
const xContentTypeOptions = defineField<string>(['x-content-type-options'], ({ text, start, end, problems }) => {
  const v = text.slice(start, end);
  if (v.split(',').some((m) => m.trim().toLowerCase() !== 'nosniff')) {
    problems.add('HTTP3612', start, end - start, { value: v });
    return undefined;
  }
  return 'nosniff';
});

/**
 * X-Frame-Options = "DENY" / "SAMEORIGIN" (ALLOW-FROM obsolete)
 *
 * HTML §7.1.7 splits the combined value on commas into a set of lower-cased values:
 * the same value repeated (`SAMEORIGIN, SAMEORIGIN`) is one policy; different ones block
 * every framing.
 */
const xFrameOptions = defineField<string>(['x-frame-options'], ({ text, start, end, problems }) => {
  const v = text.slice(start, end);
  const members = new Set(v.split(',').map((m) => m.trim().toUpperCase()));
  const upper = members.size === 1 ? [...members][0] ?? '' : v.toUpperCase();
  if (upper === 'DENY' || upper === 'SAMEORIGIN') return upper;
  if (upper.startsWith('ALLOW-FROM')) {
    problems.add('HTTP3613', start, end - start);
    return undefined;
  }
  problems.add('HTTP3614', start, end - start, { value: v });
  return undefined;
});

const CLEAR_SITE_DATA = ['cache', 'cookies', 'storage', 'executionContexts', 'clientHints', 'prefetchCache', 'prerenderCache', '*'];

/** Clear-Site-Data = 1#( quoted-string ) */
const clearSiteData = defineField<string[]>(['clear-site-data'], ({ text, start, end, problems, context }) => {
  const out: string[] = [];
  list(
    text,
    start,
    end,
    problems,
    (pos) => {
      const qs = quotedString(text, pos, end, problems);
      let value: string;
      let span: Span;
      if (qs) {
        value = qs.value;
        span = qs.span;
      } else {
        const e = token(text, pos, end);
        if (e === pos) return pos;
        value = text.slice(pos, e);
        span = { offset: pos, length: e - pos };
        problems.add('HTTP3616', pos, e - pos, { value });
        return e;
      }
      if (!CLEAR_SITE_DATA.includes(value)) {
        problems.add('HTTP3615', span.offset, span.length, { field: context.name, value, expected: closest(value, CLEAR_SITE_DATA) ?? CLEAR_SITE_DATA.join(', ') });
      } else out.push(value);
      return span.offset + span.length;
    },
    { element: 'quoted-string', min1: true },
  );
  return out;
});

/**
 * Reads one serialized origin occupying `text[s, e)`, reporting a path (HTTP3617) and an
 * origin not written as browsers serialize it (HTTP3636): upper case, or the scheme's default
 * port. Fetch and Resource Timing compare these fields with the request's origin byte for byte.
 */
function readOrigin(text: string, s: number, e: number, problems: Problems): Origin | 'null' | undefined {
  const sch = scheme(text, s, e);
  let stop = e;
  if (sch > s && text.startsWith('://', sch)) {
    const slash = indexOfChar(text, 0x2f, sch + 3, e);
    const q = indexOfChar(text, 0x3f, sch + 3, e);
    let cut = -1;
    for (const k of [slash, q]) if (k >= 0 && k < e && (cut < 0 || k < cut)) cut = k;
    if (cut >= 0) {
      problems.add('HTTP3617', cut, e - cut, { value: text.slice(cut, e) });
      stop = cut;
    }
  }
  const before = problems.list.length;
  const o = serializedOrigin(text, s, stop, problems);
  if (o && o !== 'null' && problems.list.length === before) {
    const written = text.slice(s, stop);
    const defaultPort = (o.scheme === 'https' && o.port === 443) || (o.scheme === 'http' && o.port === 80);
    const expected = `${o.scheme}://${o.host.toLowerCase()}${o.port !== undefined && !defaultPort ? `:${o.port}` : ''}`;
    if (written !== expected) problems.add('HTTP3636', s, stop - s, { value: written, expected });
  }
  return o;
}

function originString(o: Origin | 'null'): string {
  return o === 'null' ? 'null' : `${o.scheme}://${o.host}${o.port !== undefined ? `:${o.port}` : ''}`;
}

/** Origin = "null" / serialized-origin (RFC 6454 §7; Fetch sends one origin) */
const origin = defineField<string>(['origin'], ({ text, start, end, problems }) => {
  const o = readOrigin(text, start, end, problems);
  return o ? originString(o) : undefined;
});

/** Access-Control-Allow-Origin = origin-or-null / wildcard */
const allowOrigin = defineField<string>(['access-control-allow-origin'], ({ text, start, end, problems }) => {
  const v = text.slice(start, end);
  if (v === '*') return '*';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x20) {
      problems.add('HTTP3618', start, end - start);
      return undefined;
    }
  }
  if (v === 'null') {
    problems.add('HTTP3619', start, end - start);
    return 'null';
  }
  const o = readOrigin(text, start, end, problems);
  return o ? originString(o) : undefined;
});

/** Access-Control-Allow-Credentials = %s"true" */
const allowCredentials = defineField<boolean>(['access-control-allow-credentials'], ({ text, start, end, problems }) => {
  const v = text.slice(start, end);
  if (v !== 'true') {
    problems.add('HTTP3620', start, end - start, { value: v });
    return undefined;
  }
  return true;
});

const SAFELISTED_RESPONSE = ['cache-control', 'content-language', 'content-length', 'content-type', 'expires', 'last-modified', 'pragma'];

/** Access-Control-Allow-Headers / -Expose-Headers / -Request-Headers = #field-name (with "*" in responses) */
function headerNameList(name: string): FieldParserDefinition<string[]> {
  return defineField(
    [name],
    (input) => {
      const items = tokenList(input, 'field-name', false);
      const names = items.map((i) => i.value.toLowerCase());
      for (const item of items) {
        if (item.value === '*' && name === 'access-control-request-headers') input.problems.add('HTTP3623', item.span.offset, item.span.length);
        if (name === 'access-control-expose-headers' && SAFELISTED_RESPONSE.includes(item.value.toLowerCase()))
          input.problems.add('HTTP3622', item.span.offset, item.span.length, { name: item.value });
      }
      if (name === 'access-control-allow-headers') {
        const star = items.find((i) => i.value === '*');
        if (star && !names.includes('authorization')) input.problems.add('HTTP3621', star.span.offset, star.span.length);
      }
      return names;
    },
    { allowEmpty: true },
  );
}

/** Access-Control-Allow-Methods = #method */
const allowMethods = defineField<string[]>(
  ['access-control-allow-methods'],
  (input) =>
    tokenList(input, 'method', false).map((item) => {
      checkMethodCase(item.value, item.span, input.problems);
      return item.value;
    }),
  { allowEmpty: true },
);

/** Access-Control-Request-Method = method */
const requestMethod = defineField<string>(['access-control-request-method'], ({ text, start, end, problems }) => {
  const v = text.slice(start, end);
  if (v === '*') {
    problems.add('HTTP3623', start, 1);
    return undefined;
  }
  const e = token(text, start, end);
  if (e !== end) {
    problems.expected(text, e, end, 'end of value (one method)');
    return undefined;
  }
  checkMethodCase(v, { offset: start, length: end - start }, problems);
  return v;
});

/** Access-Control-Max-Age = delta-seconds */
const maxAge = defineField<number>(['access-control-max-age'], ({ text, start, end, problems }) => {
  const n = nonNegativeInteger(text, start, end);
  if (!n) {
    problems.add('HTTP2019', start, end - start, { value: text.slice(start, end) });
    return undefined;
  }
  if (n.value > 7200) problems.add('HTTP3624', n.span.offset, n.span.length, { value: n.value });
  return n.value;
});

/** Timing-Allow-Origin = 1#( origin-or-null / wildcard ) */
const timingAllowOrigin = defineField<string[]>(['timing-allow-origin'], ({ text, start, end, problems }) => {
  const out: string[] = [];
  list(
    text,
    start,
    end,
    problems,
    (pos) => {
      let e = pos;
      while (e < end && text.charCodeAt(e) !== 0x2c && text.charCodeAt(e) !== 0x20) e++;
      if (text.slice(pos, e) === '*') out.push('*');
      else {
        const o = readOrigin(text, pos, e, problems);
        if (o) out.push(originString(o));
      }
      return e;
    },
    { element: 'origin', min1: true },
  );
  return out;
});

/** X-XSS-Protection = "0" / "1" [ ";" "mode=block" / ";" "report=" URI ] */
const xssProtection = defineField<string>(['x-xss-protection'], ({ text, start, end, problems }) => {
  const v = text.slice(start, end);
  if (v === '0') return '0';
  if (v.startsWith('1')) {
    const rest = ows(text, start + 1, end);
    if (rest < end && text.charCodeAt(rest) !== 0x3b) {
      problems.expected(text, rest, end, '";"');
      return undefined;
    }
    problems.add('HTTP3625', start, end - start);
    return v;
  }
  problems.add('HTTP3615', start, end - start, { field: 'X-XSS-Protection', value: v, expected: '0' });
  return undefined;
});

/** Directives separated by "," (Expect-CT) or ";" (Public-Key-Pins): name [ "=" token / quoted-string ]. */
function directiveList(input: FieldInput, separator: number): { name: string; value?: string; span: Span }[] {
  const { text, start, end, problems } = input;
  const out: { name: string; value?: string; span: Span }[] = [];
  let pos = start;
  while (pos < end) {
    pos = ows(text, pos, end);
    if (text.charCodeAt(pos) === separator) {
      pos++;
      continue;
    }
    const ne = token(text, pos, end);
    if (ne === pos) {
      problems.expected(text, pos, end, 'directive');
      break;
    }
    const d: { name: string; value?: string; span: Span } = { name: text.slice(pos, ne).toLowerCase(), span: { offset: pos, length: ne - pos } };
    let e = ows(text, ne, end);
    if (text.charCodeAt(e) === 0x3d && e < end) {
      const v = ows(text, e + 1, end);
      const qs = quotedString(text, v, end, problems);
      if (qs) {
        d.value = qs.value;
        e = qs.span.offset + qs.span.length;
      } else {
        const ve = token(text, v, end);
        d.value = text.slice(v, ve);
        e = ve;
      }
    } else e = ne;
    d.span = { offset: pos, length: e - pos };
    out.push(d);
    pos = ows(text, e, end);
    if (pos < end && text.charCodeAt(pos) !== separator) {
      problems.expected(text, pos, end, `"${String.fromCharCode(separator)}"`);
      break;
    }
  }
  return out;
}

/** Expect-CT = #expect-ct-directive (RFC 9163) */
const expectCt = defineField<Record<string, string>>(['expect-ct'], (input) => {
  const ds = directiveList(input, 0x2c);
  const out: Record<string, string> = {};
  for (const d of ds) out[d.name] = d.value ?? '';
  if (!('max-age' in out)) input.problems.add('HTTP3626', input.start, input.end - input.start);
  else if (!/^\d+$/.test(out['max-age'] ?? '')) input.problems.add('HTTP2019', input.start, input.end - input.start, { value: out['max-age'] ?? '' });
  return out;
});

/** Public-Key-Pins(-Report-Only) = directive *( ";" directive ) (RFC 7469) */
function hpkp(name: string): FieldParserDefinition<{ pins: string[]; maxAge?: number }> {
  return defineField([name], (input) => {
    const ds = directiveList(input, 0x3b);
    const pins = ds.filter((d) => d.name === 'pin-sha256').map((d) => d.value ?? '');
    const ma = ds.find((d) => d.name === 'max-age');
    if (pins.length < 2 || (!ma && name === 'public-key-pins')) input.problems.add('HTTP3627', input.start, input.end - input.start);
    const v: { pins: string[]; maxAge?: number } = { pins };
    if (ma && /^\d+$/.test(ma.value ?? '')) v.maxAge = Number(ma.value);
    return v;
  });
}

function parseJson(text: string, input: FieldInput): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    input.problems.add('HTTP3628', input.start, input.end - input.start, { field: input.context.name });
    return undefined;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function validMaxAge(v: unknown): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/** NEL = json-object (Network Error Logging §5) */
const nel = defineField<Record<string, unknown>>(['nel'], (input) => {
  const v = parseJson(input.text.slice(input.start, input.end), input);
  if (v === undefined) return undefined;
  const span = { offset: input.start, length: input.end - input.start };
  if (!isObject(v)) {
    input.problems.add('HTTP3628', span.offset, span.length, { field: input.context.name });
    return undefined;
  }
  if (!validMaxAge(v.max_age)) input.problems.add('HTTP3629', span.offset, span.length, { field: input.context.name });
  else if (v.max_age !== 0 && typeof v.report_to !== 'string') input.problems.add('HTTP3630', span.offset, span.length);
  for (const f of ['success_fraction', 'failure_fraction']) {
    if (f in v) {
      const x = v[f];
      if (typeof x !== 'number' || x < 0 || x > 1) input.problems.add('HTTP3631', span.offset, span.length, { name: f });
    }
  }
  return v;
});

/** Report-To = #json-object (Reporting API, 2018 draft) */
const reportTo = defineField<Record<string, unknown>[]>(['report-to'], (input) => {
  const v = parseJson(`[${input.text.slice(input.start, input.end)}]`, input);
  if (!Array.isArray(v)) return undefined;
  const span = { offset: input.start, length: input.end - input.start };
  const out: Record<string, unknown>[] = [];
  for (const g of v) {
    if (!isObject(g)) {
      input.problems.add('HTTP3628', span.offset, span.length, { field: input.context.name });
      continue;
    }
    if (!validMaxAge(g.max_age)) input.problems.add('HTTP3629', span.offset, span.length, { field: input.context.name });
    const eps = g.endpoints;
    if (!Array.isArray(eps) || !eps.some((e) => isObject(e) && typeof e.url === 'string')) input.problems.add('HTTP3633', span.offset, span.length);
    out.push(g);
  }
  return out;
});

/** Referer = absolute-URI / partial-URI (RFC 9110 §10.1.3) */
const referer = defineField<string>(['referer'], ({ text, start, end, problems }) => {
  const hash = indexOfChar(text, 0x23, start, end);
  if (hash >= 0) {
    problems.add('HTTP3634', hash, end - hash, { part: 'fragment' });
    return undefined;
  }
  const s = scheme(text, start, end);
  const abs = s > start && text.charCodeAt(s) === 0x3a;
  const r = abs ? absoluteUri(text, start, end, problems) : partialUri(text, start, end, problems);
  if (r?.authority?.userinfo !== undefined) {
    problems.add('HTTP3634', r.authority.span.offset, r.authority.userinfo.length + 1, { part: 'userinfo' });
  }
  return r ? text.slice(start, end) : undefined;
});

/** Whether a product version looks like a detailed software version (a digit then a dot). */
function hasVersion(v: string): boolean {
  return /\d\.\d/.test(v);
}

/** Server = product *( RWS ( product / comment ) ) */
const server = defineField<{ products: { name: string; version?: string }[]; comments: string[] }>(['server'], ({ text, start, end, problems }) => {
  const items = productsAndComments(text, start, end, problems);
  const products: { name: string; version?: string }[] = [];
  const comments: string[] = [];
  for (const it of items) {
    if (it.kind === 'product') {
      const p: { name: string; version?: string } = { name: it.product.name };
      if (it.product.version !== undefined) p.version = it.product.version;
      products.push(p);
    } else comments.push(it.comment.text);
  }
  if (items.some((it) => (it.kind === 'product' && hasVersion(it.product.version ?? '')) || (it.kind === 'comment' && hasVersion(it.comment.text)))) {
    problems.add('HTTP3635', start, end - start, { value: text.slice(start, end) });
  }
  return { products, comments };
});

/** X-Powered-By: free text naming the framework (nonstandard). */
const xPoweredBy = defineField<string>(['x-powered-by'], ({ text, start, end, problems }) => {
  const v = text.slice(start, end);
  if (hasVersion(v)) problems.add('HTTP3635', start, end - start, { value: v });
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!(isTchar(c) || c === 0x20 || c === 0x2f || c === 0x28 || c === 0x29 || c === 0x3b || c === 0x2c || c === 0x3a || c === 0x3d)) {
      problems.expected(text, i, end, 'product');
      break;
    }
  }
  return v;
});

export const securityFields: readonly FieldParserDefinition[] = [
  hsts,
  cspField('content-security-policy', false),
  cspField('content-security-policy-report-only', true),
  referrerPolicy,
  xContentTypeOptions,
  xFrameOptions,
  enumField(['cross-origin-resource-policy'], ['same-site', 'same-origin', 'cross-origin'], { caseSensitive: true }),
  clearSiteData,
  origin,
  allowOrigin,
  allowCredentials,
  headerNameList('access-control-allow-headers'),
  headerNameList('access-control-expose-headers'),
  headerNameList('access-control-request-headers'),
  allowMethods,
  requestMethod,
  maxAge,
  enumField(['access-control-allow-private-network'], ['true'], { caseSensitive: true }),
  enumField(['access-control-request-private-network'], ['true'], { caseSensitive: true }),
  timingAllowOrigin,
  xssProtection,
  enumField(['upgrade-insecure-requests'], ['1']),
  enumField(['x-permitted-cross-domain-policies'], ['none', 'master-only', 'by-content-type', 'by-ftp-filename', 'all', 'none-this-response']),
  enumField(['x-dns-prefetch-control'], ['on', 'off']),
  enumField(['x-download-options'], ['noopen']),
  enumField(['dnt'], ['0', '1']),
  enumField(['sec-gpc'], ['1']),
  expectCt,
  hpkp('public-key-pins'),
  hpkp('public-key-pins-report-only'),
  nel,
  reportTo,
  referer,
  server,
  xPoweredBy,
];
