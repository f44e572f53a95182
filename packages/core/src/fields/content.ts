/**
 * Content and negotiation fields (RFC 9110 §8, §12; RFC 6266; RFC 8288;
 * RFC 7240; Server Timing): media types, codings, languages, locations.
 */
import { indexOfChar } from '../grammar/core.js';
import { extValue } from '../grammar/ext-value.js';
import { languageRange, languageTag } from '../grammar/language-tag.js';
import { linkValues } from '../grammar/link.js';
import type { Problems } from '../grammar/problems.js';
import {
  list,
  mediaType,
  ows,
  parameters,
  quotedString,
  reportDuplicateParameters,
  token,
  type MediaType,
  type Parameter,
} from '../grammar/rfc9110.js';
import { partialUri, uriReference, absoluteUri, scheme } from '../grammar/uri.js';
import type { Span } from '../types.js';
import { tokenList, weightOf } from './common.js';
import { closest, defineField, type FieldInput } from './define.js';
import type { FieldParserDefinition } from './types.js';

function paramRecord(params: readonly Parameter[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of params) if (out[p.name] === undefined || !Object.hasOwn(out, p.name)) out[p.name] = p.value;
  return out;
}

/** bchars := bcharsnospace / " " ; bcharsnospace := DIGIT / ALPHA / "'" / "(" / ")" / "+" / "_" / "," / "-" / "." / "/" / ":" / "=" / "?"  (RFC 2046 §5.1.1) */
const BCHARS = new Uint8Array(128);
for (const ch of "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'()+_,-./:=? ") BCHARS[ch.charCodeAt(0)] = 1;

/** `readable` is false when a syntax error hid part of the parameters: no hint about a missing charset then. */
function checkMediaTypeParams(mt: MediaType, problems: Problems, readable: boolean): void {
  reportDuplicateParameters(mt.params, problems);
  const span = mt.span;
  if (mt.type !== 'text' && mt.type !== 'multipart') return;
  let charset = false;
  let boundary: Parameter | undefined;
  for (const p of mt.params) {
    if (p.name === 'charset') charset = true;
    else if (p.name === 'boundary' && !boundary) boundary = p;
  }
  if (readable && mt.type === 'text' && mt.subtype !== '*' && mt.subtype !== 'event-stream' && !charset) {
    problems.add('HTTP3204', span.offset, span.length, { type: `${mt.type}/${mt.subtype}` });
  }
  if (mt.type === 'multipart') {
    if (!boundary) problems.add('HTTP3205', span.offset, span.length, { type: `${mt.type}/${mt.subtype}` });
    else {
      const v = boundary.value;
      let ok = v.length >= 1 && v.length <= 70 && !v.endsWith(' ');
      for (let i = 0; ok && i < v.length; i++) {
        const c = v.charCodeAt(i);
        ok = c < 128 && BCHARS[c] === 1;
      }
      const vs = boundary.valueSpan ?? boundary.span;
      if (!ok) problems.add('HTTP3206', vs.offset, vs.length, { boundary: v });
    }
  }
}

export interface MediaTypeValue {
  type: string;
  subtype: string;
  parameters: Record<string, string>;
}

function mediaTypeValue(mt: MediaType): MediaTypeValue {
  return { type: mt.type, subtype: mt.subtype, parameters: paramRecord(mt.params) };
}

/** Content-Type = media-type */
const contentType = defineField<MediaTypeValue>(['content-type'], ({ text, start, end, problems }) => {
  const before = problems.list.length;
  const mt = mediaType(text, start, end, problems);
  if (!mt) return undefined;
  const after = ows(text, mt.span.offset + mt.span.length, end);
  if (after < end) problems.expected(text, after, end, '";" or end of value');
  if (mt.type === '*' || mt.subtype === '*') {
    problems.add('HTTP3203', mt.span.offset, mt.subtypeSpan.offset + mt.subtypeSpan.length - mt.span.offset, { value: `${mt.type}/${mt.subtype}` });
  }
  checkMediaTypeParams(mt, problems, problems.list.length === before);
  return mediaTypeValue(mt);
});

export interface MediaRangeValue extends MediaTypeValue {
  q: number;
}

/** Accept = #( media-range [ weight ] ) */
const accept = defineField<MediaRangeValue[]>(
  ['accept'],
  ({ text, start, end, problems }) => {
    const out: MediaRangeValue[] = [];
    list(
      text,
      start,
      end,
      problems,
      (pos) => {
        const mt = mediaType(text, pos, end, problems);
        if (!mt) return -1;
        if (mt.type === '*' && mt.subtype !== '*') {
          problems.add('HTTP3207', pos, mt.subtypeSpan.offset + mt.subtypeSpan.length - pos, { value: `${mt.type}/${mt.subtype}` });
        }
        reportDuplicateParameters(mt.params, problems);
        const q = weightOf(mt.params, problems);
        const params = mt.params.filter((p) => p.name !== 'q');
        out.push({ type: mt.type, subtype: mt.subtype, parameters: paramRecord(params), q });
        return mt.span.offset + mt.span.length;
      },
      { element: 'media-range' },
    );
    return out;
  },
  { allowEmpty: true },
);

export interface WeightedToken {
  value: string;
  q: number;
}

/** #( item [ weight ] ) where item is a token checked by `check`. */
function weightedTokens(input: FieldInput, element: string, check?: (value: string, span: Span) => void): WeightedToken[] {
  const { text, start, end, problems } = input;
  const out: WeightedToken[] = [];
  list(
    text,
    start,
    end,
    problems,
    (pos) => {
      const e = token(text, pos, end);
      if (e === pos) return pos;
      const value = text.slice(pos, e);
      check?.(value, { offset: pos, length: e - pos });
      const { params, end: pe } = parameters(text, e, end, problems);
      out.push({ value, q: weightOf(params, problems) });
      return pe;
    },
    { element },
  );
  return out;
}

/** Accept-Charset = #( ( token / "*" ) [ weight ] ) */
const acceptCharset = defineField<WeightedToken[]>(['accept-charset'], (input) => weightedTokens(input, 'charset'));

/** The content codings of the IANA registry (and the aliases RFC 9110 keeps). */
export const CONTENT_CODINGS = ['aes128gcm', 'br', 'compress', 'dcb', 'dcz', 'deflate', 'exi', 'gzip', 'identity', 'pack200-gzip', 'x-compress', 'x-gzip', 'zstd'];

function checkCoding(value: string, span: Span, problems: Problems, extra: readonly string[] = []): void {
  const v = value.toLowerCase();
  if (CONTENT_CODINGS.includes(v) || extra.includes(v)) return;
  const suggestion = closest(v, CONTENT_CODINGS);
  if (suggestion) problems.add('HTTP3209', span.offset, span.length, { coding: value, suggestion });
  else problems.add('HTTP3210', span.offset, span.length, { coding: value });
}

/**
 * Accept-Encoding = #( codings [ weight ] )
 * codings         = content-coding / "identity" / "*"
 */
const acceptEncoding = defineField<WeightedToken[]>(
  ['accept-encoding'],
  (input) => weightedTokens(input, 'codings', (v, span) => checkCoding(v, span, input.problems, ['*'])),
  { allowEmpty: true },
);

/** Content-Encoding = #content-coding */
const contentEncoding = defineField<string[]>(['content-encoding'], (input) =>
  tokenList(input, 'content-coding').map((item) => {
    if (item.value.toLowerCase() === 'identity') input.problems.add('HTTP3211', item.span.offset, item.span.length);
    else checkCoding(item.value, item.span, input.problems);
    return item.value.toLowerCase();
  }),
);

function languageChars(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x20 || c === 0x09) break;
    i++;
  }
  return i;
}

function reportLanguage(text: string, pos: number, e: number, problems: Problems, bad: Span | undefined): void {
  const tag = text.slice(pos, e);
  if (tag.includes('_')) {
    problems.add('HTTP3212', pos, e - pos, { tag, suggestion: tag.replaceAll('_', '-') });
  } else if (bad) problems.add('HTTP2018', pos, e - pos, { tag });
}

/** Accept-Language = #( language-range [ weight ] ) */
const acceptLanguage = defineField<WeightedToken[]>(
  ['accept-language'],
  ({ text, start, end, problems }) => {
    const out: WeightedToken[] = [];
    list(
      text,
      start,
      end,
      problems,
      (pos) => {
        const e = languageChars(text, pos, end);
        if (e === pos) return pos;
        const range = text.slice(pos, e);
        const bad = languageRange(range);
        reportLanguage(text, pos, e, problems, bad);
        const { params, end: pe } = parameters(text, e, end, problems);
        out.push({ value: range, q: weightOf(params, problems) });
        return pe;
      },
      { element: 'language-range' },
    );
    return out;
  },
  { allowEmpty: true },
);

/** Content-Language = #language-tag */
const contentLanguage = defineField<string[]>(['content-language'], ({ text, start, end, problems }) => {
  const out: string[] = [];
  list(
    text,
    start,
    end,
    problems,
    (pos) => {
      const e = languageChars(text, pos, end);
      if (e === pos) return pos;
      const tag = text.slice(pos, e);
      const r = languageTag(tag);
      reportLanguage(text, pos, e, problems, r.ok ? undefined : r.span);
      out.push(tag);
      return e;
    },
    { element: 'language-tag', min1: true },
  );
  return out;
});

/** Content-Location = absolute-URI / partial-URI */
const contentLocation = defineField<string>(['content-location'], ({ text, start, end, problems }) => {
  const hash = indexOfChar(text, 0x23, start, end);
  if (hash >= 0) {
    problems.add('HTTP3213', hash, end - hash);
    return undefined;
  }
  const s = scheme(text, start, end);
  const hasScheme = s > start && text.charCodeAt(s) === 0x3a;
  const r = hasScheme ? absoluteUri(text, start, end, problems) : partialUri(text, start, end, problems);
  return r ? text.slice(start, end) : undefined;
});

/** Location = URI-reference */
const location = defineField<string>(['location'], ({ text, start, end, problems }) => {
  const bs = indexOfChar(text, 0x5c, start, end);
  if (bs >= 0) {
    problems.add('HTTP3214', bs, 1);
    return undefined;
  }
  return uriReference(text, start, end, problems) ? text.slice(start, end) : undefined;
});

export interface ContentDispositionValue {
  type: string;
  parameters: Record<string, string>;
  /** The file name, from filename* when present and valid, else filename. */
  filename?: string;
}

/**
 * content-disposition = disposition-type *( OWS ";" OWS disposition-parm )   (RFC 6266 §4.1)
 * disposition-type    = "inline" / "attachment" / disp-ext-type
 * disposition-parm    = filename-parm / disp-ext-parm
 * filename-parm       = "filename" "=" value / "filename*" "=" ext-value
 *
 * RFC 6266 §4.1 keeps RFC 2616's implied *LWS, so whitespace around "=" is allowed
 * (its own §5 example is `INLINE; FILENAME= "an example.html"`).
 */
const contentDisposition = defineField<ContentDispositionValue>(['content-disposition'], ({ text, start, end, problems }) => {
  const e = token(text, start, end);
  if (e === start) {
    problems.expected(text, start, end, 'disposition-type');
    return undefined;
  }
  const type = text.slice(start, e).toLowerCase();
  if (type !== 'inline' && type !== 'attachment' && type !== 'form-data') problems.add('HTTP3215', start, e - start, { type: text.slice(start, e) });
  const { params, end: pe } = parameters(text, e, end, problems, { bws: true });
  const after = ows(text, pe, end);
  if (after < end) problems.expected(text, after, end, '";" or end of value');
  reportDuplicateParameters(params, problems);
  const value: ContentDispositionValue = { type, parameters: paramRecord(params) };
  const plain = params.find((p) => p.name === 'filename');
  const star = params.find((p) => p.name === 'filename*');
  if (plain) {
    value.filename = plain.value;
    if (plain.value.includes('/') || plain.value.includes('\\')) {
      const vs = plain.valueSpan ?? plain.span;
      problems.add('HTTP3217', vs.offset, vs.length);
    }
  }
  if (star) {
    const vs = star.valueSpan ?? star.span;
    const r = star.quoted ? undefined : extValue(star.value);
    if (!r || !r.ok) problems.add('HTTP3216', vs.offset, vs.length, { value: star.value });
    else value.filename = r.value;
    if (!plain) problems.add('HTTP3218', star.span.offset, star.span.length);
  }
  return value;
});

/** Accept-Patch = 1#media-type (RFC 5789); Accept-Post = #media-range (LDP). */
function mediaTypeList(names: readonly string[], allowWildcard: boolean): FieldParserDefinition<MediaTypeValue[]> {
  return defineField(names, ({ text, start, end, problems, context }) => {
    const out: MediaTypeValue[] = [];
    list(
      text,
      start,
      end,
      problems,
      (pos) => {
        const mt = mediaType(text, pos, end, problems);
        if (!mt) return -1;
        if (!allowWildcard && (mt.type === '*' || mt.subtype === '*')) {
          problems.add('HTTP3203', pos, mt.subtypeSpan.offset + mt.subtypeSpan.length - pos, { value: `${mt.type}/${mt.subtype}` });
        }
        const q = mt.params.find((p) => p.name === 'q');
        if (q) problems.add('HTTP3224', q.span.offset, q.span.length, { field: context.name });
        reportDuplicateParameters(mt.params, problems);
        out.push(mediaTypeValue(mt));
        return mt.span.offset + mt.span.length;
      },
      { element: 'media-type', min1: true },
    );
    return out;
  });
}

/** MIME-Version = 1*DIGIT "." 1*DIGIT */
const mimeVersion = defineField<string>(['mime-version'], ({ text, start, end, problems }) => {
  const v = text.slice(start, end);
  const dot = v.indexOf('.');
  const digitsOnly = (s: string) => s.length > 0 && [...s].every((ch) => ch >= '0' && ch <= '9');
  if (dot < 0 || !digitsOnly(v.slice(0, dot)) || !digitsOnly(v.slice(dot + 1))) {
    problems.expected(text, start, end, '1*DIGIT "." 1*DIGIT');
    return undefined;
  }
  if (v !== '1.0') problems.add('HTTP3219', start, end - start, { value: v });
  return v;
});

/** Vary = #( "*" / field-name ) */
const vary = defineField<string[]>(['vary'], (input) => {
  const items = tokenList(input, 'field-name');
  const star = items.find((i) => i.value === '*');
  if (star && items.length > 1) input.problems.add('HTTP3220', star.span.offset, star.span.length);
  return items.map((i) => i.value.toLowerCase());
});

/** The methods of RFC 9110 and RFC 5789. */
export const STANDARD_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH'];

/** Reports HTTP3221 for a standard method written in another case. */
export function checkMethodCase(value: string, span: Span, problems: Problems): void {
  const upper = value.toUpperCase();
  if (value !== upper && STANDARD_METHODS.includes(upper)) problems.add('HTTP3221', span.offset, span.length, { method: value, suggestion: upper });
}

/** Allow = #method */
const allow = defineField<string[]>(
  ['allow'],
  (input) =>
    tokenList(input, 'method', false).map((item) => {
      checkMethodCase(item.value, item.span, input.problems);
      return item.value;
    }),
  { allowEmpty: true },
);

const PREFERENCES: Record<string, { values?: readonly string[]; numeric?: boolean; noValue?: boolean }> = {
  'respond-async': { noValue: true },
  return: { values: ['representation', 'minimal'] },
  wait: { numeric: true },
  handling: { values: ['strict', 'lenient'] },
  safe: { noValue: true },
};

export interface Preference {
  name: string;
  value?: string;
  parameters: Record<string, string>;
}

/**
 * Prefer              = #preference   (RFC 7240 §2)
 * preference          = preference-parameter *( OWS ";" [ OWS preference-parameter ] )
 * preference-parameter = parameter-name [ BWS "=" BWS parameter-value ]
 */
function preferenceList(names: readonly string[], withParams: boolean): FieldParserDefinition<Preference[]> {
  return defineField(names, ({ text, start, end, problems }) => {
    const out: Preference[] = [];
    list(
      text,
      start,
      end,
      problems,
      (pos) => {
        const ne = token(text, pos, end);
        if (ne === pos) return pos;
        const name = text.slice(pos, ne).toLowerCase();
        const pref: Preference = { name, parameters: {} };
        let e = ne;
        let valueSpan: Span | undefined;
        const eq = ows(text, ne, end);
        if (eq < end && text.charCodeAt(eq) === 0x3d) {
          const v = ows(text, eq + 1, end);
          const qs = quotedString(text, v, end, problems);
          if (qs) {
            pref.value = qs.value;
            valueSpan = qs.span;
            e = qs.span.offset + qs.span.length;
          } else {
            const ve = token(text, v, end);
            if (ve === v) {
              problems.expected(text, v, end, 'token or quoted-string');
              return -1;
            }
            pref.value = text.slice(v, ve);
            valueSpan = { offset: v, length: ve - v };
            e = ve;
          }
        }
        if (withParams) {
          const r = parameters(text, e, end, problems, { bws: true, valueOptional: true });
          pref.parameters = paramRecord(r.params);
          e = r.end;
        }
        const known = PREFERENCES[name];
        if (!known) {
          if (!name.startsWith('odata.')) problems.add('HTTP3222', pos, ne - pos, { name });
        } else {
          const span = valueSpan ?? { offset: pos, length: ne - pos };
          if (known.noValue && pref.value !== undefined) problems.add('HTTP3223', span.offset, span.length, { name, expected: 'no value' });
          if (known.values && !known.values.includes((pref.value ?? '').toLowerCase()))
            problems.add('HTTP3223', span.offset, span.length, { name, expected: known.values.join(' | ') });
          if (known.numeric && !/^\d+$/.test(pref.value ?? '')) problems.add('HTTP3223', span.offset, span.length, { name, expected: 'delta-seconds' });
        }
        out.push(pref);
        return e;
      },
      { element: 'preference', min1: true },
    );
    return out;
  });
}

export interface LinkFieldValue {
  target: string;
  rel?: string;
  parameters: Record<string, string>;
}

const SINGLE_LINK_PARAMS = ['rel', 'anchor', 'type', 'media', 'title', 'title*'];

/** Fetch destinations a preload may name in `as` (Fetch §2.2.5 "destination", plus "fetch"; HTML "preload"). */
const PRELOAD_DESTINATIONS = new Set([
  'fetch', 'audio', 'audioworklet', 'document', 'embed', 'font', 'frame', 'iframe', 'image', 'json', 'manifest', 'object',
  'paintworklet', 'report', 'script', 'serviceworker', 'sharedworker', 'style', 'track', 'video', 'webidentity', 'worker', 'xslt',
]);

/** Link = #link-value (RFC 8288 §3) */
const link = defineField<LinkFieldValue[]>(['link'], ({ text, start, end, problems }) => {
  return linkValues(text, start, end, problems).map((lv) => {
    const seen = new Set<string>();
    for (const p of lv.params) {
      if (SINGLE_LINK_PARAMS.includes(p.name) && seen.has(p.name)) problems.add('HTTP3231', p.span.offset, p.span.length, { name: p.name });
      seen.add(p.name);
      if (p.name.endsWith('*') && p.hasValue) {
        const r = p.quoted ? undefined : extValue(p.value);
        if (!r || !r.ok) {
          const vs = p.valueSpan ?? p.span;
          problems.add('HTTP3216', vs.offset, vs.length, { value: p.value });
        }
      }
    }
    const relParam = lv.params.find((p) => p.name === 'rel');
    if (!relParam) problems.add('HTTP3230', lv.span.offset, lv.span.length);
    else if (relParam.value.toLowerCase().split(/[ \t]+/).includes('preload')) {
      // on the as parameter when it is there, else on rel=preload
      const as = lv.params.find((p) => p.name === 'as');
      if (!as) problems.add('HTTP3234', relParam.span.offset, relParam.span.length);
      else if (!PRELOAD_DESTINATIONS.has(as.value.toLowerCase())) problems.add('HTTP3234', as.span.offset, as.span.length);
    }
    const v: LinkFieldValue = { target: lv.target, parameters: paramRecord(lv.params) };
    if (relParam) v.rel = relParam.value;
    return v;
  });
});

export interface ServerTimingMetric {
  name: string;
  dur?: number;
  desc?: string;
}

/**
 * Server-Timing             = #server-timing-metric
 * server-timing-metric      = metric-name *( OWS ";" OWS server-timing-param )
 * server-timing-param       = server-timing-param-name OWS "=" OWS server-timing-param-value
 */
const serverTiming = defineField<ServerTimingMetric[]>(['server-timing'], ({ text, start, end, problems }) => {
  const out: ServerTimingMetric[] = [];
  list(
    text,
    start,
    end,
    problems,
    (pos) => {
      const ne = token(text, pos, end);
      if (ne === pos) return pos;
      const m: ServerTimingMetric = { name: text.slice(pos, ne) };
      const { params, end: pe } = parameters(text, ne, end, problems, { bws: true });
      reportDuplicateParameters(params, problems);
      for (const p of params) {
        if (p.name === 'dur') {
          const n = /^\d+(?:\.\d+)?$/.test(p.value) ? Number(p.value) : Number.NaN;
          const vs = p.valueSpan ?? p.span;
          if (Number.isNaN(n)) problems.add('HTTP3233', vs.offset, vs.length, { value: p.value });
          else if (m.dur === undefined) m.dur = n;
        } else if (p.name === 'desc' && m.desc === undefined) m.desc = p.value;
      }
      out.push(m);
      return pe;
    },
    { element: 'server-timing-metric', min1: true },
  );
  return out;
});


export const contentFields: readonly FieldParserDefinition[] = [
  contentType,
  accept,
  acceptCharset,
  acceptEncoding,
  contentEncoding,
  acceptLanguage,
  contentLanguage,
  contentLocation,
  location,
  contentDisposition,
  mediaTypeList(['accept-patch'], false),
  mediaTypeList(['accept-post'], true),
  mimeVersion,
  vary,
  allow,
  preferenceList(['prefer'], true),
  preferenceList(['preference-applied'], false),
  link,
  serverTiming,
];
