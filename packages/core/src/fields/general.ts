/**
 * Descriptive and miscellaneous fields: User-Agent, From (RFC 9110 §10.1),
 * Refresh (HTML), X-Robots-Tag, and the legacy integrity fields Content-MD5
 * (RFC 1864), Digest and Want-Digest (RFC 3230).
 */
import { indexOfChar, isAlpha, isDigit } from '../grammar/core.js';
import { list, ows, parameters, productsAndComments, token } from '../grammar/rfc9110.js';
import { absoluteUri, scheme, uriReference } from '../grammar/uri.js';
import { enumField, tokenList, weightOf } from './common.js';
import type { WeightedToken } from './content.js';
import { base64Length, defineField } from './define.js';
import type { FieldParserDefinition } from './types.js';

/** User-Agent = product *( RWS ( product / comment ) ) */
const userAgent = defineField<{ products: { name: string; version?: string }[]; comments: string[] }>(['user-agent'], ({ text, start, end, problems, context }) => {
  const items = productsAndComments(text, start, end, problems, {
    commentFirst: (span) => problems.add('HTTP3725', span.offset, span.length, { field: context.name }),
  });
  const products: { name: string; version?: string }[] = [];
  const comments: string[] = [];
  for (const it of items) {
    if (it.kind === 'product') {
      const p: { name: string; version?: string } = { name: it.product.name };
      if (it.product.version !== undefined) p.version = it.product.version;
      products.push(p);
    } else comments.push(it.comment.text);
  }
  return { products, comments };
});

const ATEXT_EXTRA = "!#$%&'*+-/=?^_`{|}~";

function isAtext(c: number): boolean {
  return isAlpha(c) || isDigit(c) || (c < 128 && ATEXT_EXTRA.includes(String.fromCharCode(c)));
}

/** dot-atom-text = 1*atext *("." 1*atext) (RFC 5322 §3.2.3) */
function isDotAtom(s: string): boolean {
  if (s.length === 0 || s.startsWith('.') || s.endsWith('.') || s.includes('..')) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x2e && !isAtext(c)) return false;
  }
  return true;
}

/**
 * mailbox   = name-addr / addr-spec            (RFC 5322 §3.4)
 * name-addr = [display-name] angle-addr
 * addr-spec = local-part "@" domain
 */
export function isMailbox(value: string): boolean {
  let addr = value.trim();
  const lt = addr.lastIndexOf('<');
  if (lt >= 0) {
    if (!addr.endsWith('>')) return false;
    addr = addr.slice(lt + 1, -1);
  }
  const at = addr.lastIndexOf('@');
  if (at <= 0) return false;
  let local = addr.slice(0, at);
  if (local.startsWith('"') && local.endsWith('"') && local.length >= 2) local = 'q';
  return isDotAtom(local) && isDotAtom(addr.slice(at + 1));
}

/** From = mailbox */
const from = defineField<string>(['from'], ({ text, start, end, problems }) => {
  const v = text.slice(start, end);
  if (!isMailbox(v)) {
    problems.add('HTTP3726', start, end - start);
    return undefined;
  }
  return v;
});

/** Refresh = 1*DIGIT [ "." *DIGIT ] [ ( ";" / "," ) OWS [ "url" OWS "=" OWS ] URL ] (HTML meta refresh) */
const refresh = defineField<{ seconds: number; url?: string }>(['refresh'], ({ text, start, end, problems }) => {
  let i = start;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  if (i === start) {
    problems.add('HTTP3727', start, end - start);
    return undefined;
  }
  const seconds = Number(text.slice(start, i));
  if (text.charCodeAt(i) === 0x2e) {
    i++;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
  }
  i = ows(text, i, end);
  if (i >= end) return { seconds };
  const c = text.charCodeAt(i);
  if (c !== 0x3b && c !== 0x2c) {
    problems.add('HTTP3727', start, end - start);
    return undefined;
  }
  i = ows(text, i + 1, end);
  if (text.slice(i, i + 3).toLowerCase() === 'url') {
    const eq = ows(text, i + 3, end);
    if (text.charCodeAt(eq) === 0x3d) i = ows(text, eq + 1, end);
  }
  let us = i;
  let ue = end;
  if ((text[us] === '"' || text[us] === "'") && text[ue - 1] === text[us] && ue - us >= 2) {
    us++;
    ue--;
  }
  if (!uriReference(text, us, ue, problems)) return undefined;
  return { seconds, url: text.slice(us, ue) };
});

const ROBOTS = [
  'all', 'noindex', 'nofollow', 'none', 'noarchive', 'nosnippet', 'notranslate', 'noimageindex', 'unavailable_after', 'max-snippet',
  'max-image-preview', 'max-video-preview', 'indexifembedded', 'nocache', 'index', 'follow', 'noodp', 'noydir', 'noai', 'noimageai',
];

/** X-Robots-Tag = #( [ user-agent ":" ] directive ) (crawler convention) */
const xRobotsTag = defineField<string[]>(['x-robots-tag'], ({ text, start, end, problems }) => {
  const out: string[] = [];
  let pos = start;
  while (pos <= end) {
    let comma = indexOfChar(text, 0x2c, pos, end);
    if (comma < 0) comma = end;
    let s = ows(text, pos, comma);
    let e = comma;
    while (e > s && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x09)) e--;
    const colon = indexOfChar(text, 0x3a, s, e);
    if (colon >= 0) {
      const left = text.slice(s, colon).trim().toLowerCase();
      if (left === 'unavailable_after') {
        out.push(text.slice(s, comma).trim());
        break;
      }
      if (!ROBOTS.includes(left)) s = ows(text, colon + 1, e);
    }
    if (e > s) {
      const word = text.slice(s, e);
      const name = word.split(':')[0]?.trim().toLowerCase() ?? '';
      if (!ROBOTS.includes(name)) problems.add('HTTP3728', s, e - s, { value: word });
      out.push(word.toLowerCase());
    }
    pos = comma + 1;
  }
  return out;
});

/** Content-MD5 = base64 of the 128-bit MD5 digest (RFC 1864) */
const contentMd5 = defineField<string>(['content-md5'], ({ text, start, end, problems }) => {
  const v = text.slice(start, end);
  if (base64Length(v) !== 16) {
    problems.add('HTTP3729', start, end - start);
    return undefined;
  }
  return v;
});

const DIGEST_ALGORITHMS = ['sha-256', 'sha-512', 'id-sha-256', 'id-sha-512'];

/** Digest = #instance-digest ; instance-digest = digest-algorithm "=" <encoded digest output> (RFC 3230 §4.3.2) */
const digest = defineField<Record<string, string>>(['digest'], ({ text, start, end, problems }) => {
  const out: Record<string, string> = {};
  list(
    text,
    start,
    end,
    problems,
    (pos) => {
      const ne = token(text, pos, end);
      if (ne === pos) return pos;
      if (text.charCodeAt(ne) !== 0x3d) {
        problems.expected(text, ne, end, '"="');
        return -1;
      }
      let e = ne + 1;
      while (e < end && text.charCodeAt(e) !== 0x2c && text.charCodeAt(e) !== 0x20) e++;
      const alg = text.slice(pos, ne).toLowerCase();
      if (!DIGEST_ALGORITHMS.includes(alg)) problems.add('HTTP3730', pos, ne - pos, { value: text.slice(pos, ne) });
      out[alg] = text.slice(ne + 1, e);
      return e;
    },
    { element: 'instance-digest', min1: true },
  );
  return out;
});

/** Want-Digest = #( digest-algorithm [ ";" "q" "=" qvalue ] ) (RFC 3230 §4.3.1) */
const wantDigest = defineField<WeightedToken[]>(['want-digest'], ({ text, start, end, problems }) => {
  const out: WeightedToken[] = [];
  list(
    text,
    start,
    end,
    problems,
    (pos) => {
      const ne = token(text, pos, end);
      if (ne === pos) return pos;
      const alg = text.slice(pos, ne);
      if (!DIGEST_ALGORITHMS.includes(alg.toLowerCase())) problems.add('HTTP3730', pos, ne - pos, { value: alg });
      const { params, end: pe } = parameters(text, ne, end, problems);
      out.push({ value: alg.toLowerCase(), q: weightOf(params, problems) });
      return pe;
    },
    { element: 'digest-algorithm', min1: true },
  );
  return out;
});

/** Destination = simple-ref ; simple-ref = absolute-URI / ( path-absolute [ "?" query ] )  (RFC 4918 §10.3) */
const destination = defineField<string>(['destination'], ({ text, start, end, problems }) => {
  const s = scheme(text, start, end);
  const isAbsolute = s > start && text.charCodeAt(s) === 0x3a;
  if (!isAbsolute && !(text.charCodeAt(start) === 0x2f && text.charCodeAt(start + 1) !== 0x2f)) {
    problems.add('HTTP3732', start, end - start);
    return undefined;
  }
  const r = isAbsolute ? absoluteUri(text, start, end, problems) : uriReference(text, start, end, problems);
  if (r && r.fragment !== undefined) {
    problems.add('HTTP3732', start, end - start);
    return undefined;
  }
  return r ? text.slice(start, end) : undefined;
});

/** Lock-Token = Coded-URL ; Coded-URL = "<" absolute-URI ">"  (RFC 4918 §10.5) */
const lockToken = defineField<string>(['lock-token'], ({ text, start, end, problems }) => {
  if (text.charCodeAt(start) !== 0x3c || text.charCodeAt(end - 1) !== 0x3e || end - start < 2) {
    problems.add('HTTP3733', start, end - start);
    return undefined;
  }
  return absoluteUri(text, start + 1, end - 1, problems) ? text.slice(start + 1, end - 1) : undefined;
});

/** Timeout = 1#TimeType ; TimeType = ( "Second-" DAVTimeOutVal / "Infinite" )  (RFC 4918 §10.7) */
const timeout = defineField<(number | 'infinite')[]>(['timeout'], (input) => {
  const out: (number | 'infinite')[] = [];
  for (const item of tokenList(input, 'TimeType')) {
    const v = item.value;
    if (v.toLowerCase() === 'infinite') out.push('infinite');
    else if (/^second-\d{1,10}$/i.test(v) && Number(v.slice(7)) <= 4294967295) out.push(Number(v.slice(7)));
    else input.problems.add('HTTP3734', item.span.offset, item.span.length, { value: v });
  }
  return out;
});

export const generalFields: readonly FieldParserDefinition[] = [
  userAgent,
  from,
  refresh,
  xRobotsTag,
  contentMd5,
  digest,
  wantDigest,
  enumField(['depth'], ['0', '1', 'infinity']),
  enumField(['overwrite'], ['T', 'F'], { caseSensitive: true }),
  destination,
  lockToken,
  timeout,
  enumField(['x-requested-with'], ['XMLHttpRequest']),
  enumField(['service-worker'], ['script']),
  enumField(['purpose'], ['prefetch']),
];
