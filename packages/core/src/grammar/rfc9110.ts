/**
 * Common rules of HTTP Semantics (RFC 9110, §5.6 and the field definitions that
 * reuse them). Hand-written scanners: each takes the text, a start offset and an
 * end offset, runs in time linear in what it reads, never throws, and reports
 * problems with spans relative to the text.
 */
import type { Span } from '../types.js';
import { DQUOTE, HTAB, SP, isDigit, isVchar } from './core.js';
import type { Problems } from './problems.js';

const TCHAR = new Uint8Array(128);
for (const ch of "!#$%&'*+-.^_`|~") TCHAR[ch.charCodeAt(0)] = 1;
for (let c = 0x30; c <= 0x39; c++) TCHAR[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) TCHAR[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) TCHAR[c] = 1;

/**
 * tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." /
 *         "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
 */
export function isTchar(c: number): boolean {
  return c < 128 && TCHAR[c] === 1;
}

/** token = 1*tchar ; returns the end of the token at `pos` (`pos` itself when there is none) */
export function token(text: string, pos: number, end: number = text.length): number {
  let i = pos;
  while (i < end && isTchar(text.charCodeAt(i))) i++;
  return i;
}

/** OWS = *( SP / HTAB ) ; optional whitespace. Returns the end of the whitespace. */
export function ows(text: string, pos: number, end: number = text.length): number {
  let i = pos;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== SP && c !== HTAB) break;
    i++;
  }
  return i;
}

/** RWS = 1*( SP / HTAB ) ; required whitespace. Returns the end, or `pos` when there is none. */
export function rws(text: string, pos: number, end: number = text.length): number {
  return ows(text, pos, end);
}

/** BWS = OWS ; "bad" whitespace: allowed on input, never generated. */
export function bws(text: string, pos: number, end: number = text.length): number {
  return ows(text, pos, end);
}

/** Trailing OWS: the end of `text[start, end)` without its trailing whitespace. */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (c !== SP && c !== HTAB) break;
    e--;
  }
  return e;
}

/** obs-text = %x80-FF */
export function isObsText(c: number): boolean {
  return c >= 0x80 && c <= 0xff;
}

/** field-vchar = VCHAR / obs-text */
export function isFieldVchar(c: number): boolean {
  return isVchar(c) || isObsText(c);
}

/** qdtext = HTAB / SP / %x21 / %x23-5B / %x5D-7E / obs-text */
export function isQdtext(c: number): boolean {
  return c === HTAB || c === SP || c === 0x21 || (c >= 0x23 && c <= 0x5b) || (c >= 0x5d && c <= 0x7e) || isObsText(c);
}

/** ctext = HTAB / SP / %x21-27 / %x2A-5B / %x5D-7E / obs-text */
export function isCtext(c: number): boolean {
  return c === HTAB || c === SP || (c >= 0x21 && c <= 0x27) || (c >= 0x2a && c <= 0x5b) || (c >= 0x5d && c <= 0x7e) || isObsText(c);
}

/** quoted-pair = "\" ( HTAB / SP / VCHAR / obs-text ) */
export function isQuotedPairChar(c: number): boolean {
  return c === HTAB || c === SP || isVchar(c) || isObsText(c);
}

export interface QuotedString {
  /** The content with quoted-pairs resolved. */
  value: string;
  /** From the opening to the closing quote (to the end when unterminated). */
  span: Span;
  terminated: boolean;
}

/**
 * quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE
 *
 * Returns undefined when `text[pos]` is not a DQUOTE. An unterminated string runs
 * to `end` (HTTP2002); a character that is neither qdtext nor a quoted-pair is
 * HTTP2000 and kept.
 */
export function quotedString(text: string, pos: number, end: number, problems?: Problems): QuotedString | undefined {
  if (pos >= end || text.charCodeAt(pos) !== DQUOTE) return undefined;
  let i = pos + 1;
  let value = '';
  let chunk = i;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === DQUOTE) {
      value += text.slice(chunk, i);
      return { value, span: { offset: pos, length: i + 1 - pos }, terminated: true };
    }
    if (c === 0x5c) {
      value += text.slice(chunk, i);
      if (i + 1 >= end) {
        i++;
        chunk = i;
        break;
      }
      const n = text.charCodeAt(i + 1);
      if (!isQuotedPairChar(n)) problems?.expected(text, i + 1, end, 'quoted-pair');
      value += text[i + 1];
      i += 2;
      chunk = i;
      continue;
    }
    if (!isQdtext(c)) problems?.expected(text, i, end, 'qdtext');
    i++;
  }
  value += text.slice(chunk, end);
  problems?.add('HTTP2002', pos, end - pos);
  return { value, span: { offset: pos, length: end - pos }, terminated: false };
}

export interface Comment {
  /** The content between the outer parentheses, quoted-pairs kept as written. */
  text: string;
  span: Span;
  terminated: boolean;
}

/**
 * comment = "(" *( ctext / quoted-pair / comment ) ")"
 *
 * Nested comments are followed with a depth counter (no recursion). Returns
 * undefined when `text[pos]` is not "(".
 */
export function comment(text: string, pos: number, end: number, problems?: Problems): Comment | undefined {
  if (pos >= end || text.charCodeAt(pos) !== 0x28) return undefined;
  let depth = 1;
  let i = pos + 1;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29) {
      depth--;
      if (depth === 0) return { text: text.slice(pos + 1, i), span: { offset: pos, length: i + 1 - pos }, terminated: true };
    } else if (c === 0x5c) {
      if (i + 1 < end && !isQuotedPairChar(text.charCodeAt(i + 1))) problems?.expected(text, i + 1, end, 'quoted-pair');
      i += 2;
      continue;
    } else if (!isCtext(c)) problems?.expected(text, i, end, 'ctext');
    i++;
  }
  problems?.add('HTTP2006', pos, end - pos);
  return { text: text.slice(pos + 1, end), span: { offset: pos, length: end - pos }, terminated: false };
}

/**
 * Skips to the next top-level "," (or `end`), stepping over quoted-strings, so a
 * list can recover after a malformed element.
 */
export function skipElement(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x2c) return i;
    if (c === DQUOTE) {
      i++;
      while (i < end) {
        const d = text.charCodeAt(i);
        if (d === DQUOTE) break;
        if (d === 0x5c) i++;
        i++;
      }
    }
    i++;
  }
  return end;
}

/** Skips to the next ";" or "," (or `end`) outside quoted-strings. */
export function skipParameter(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3b) return i;
    if (c === DQUOTE) {
      i++;
      while (i < end) {
        const d = text.charCodeAt(i);
        if (d === DQUOTE) break;
        if (d === 0x5c) i++;
        i++;
      }
    }
    i++;
  }
  return end;
}

export interface ListOptions {
  /** `1#element`: at least one element is required. */
  min1?: boolean;
  /** The rule name of an element, for "expected" messages. */
  element: string;
}

/**
 * #element => [ element ] *( OWS "," OWS [ element ] )
 *
 * Calls `parseElement(pos)` for each element; it returns the end of the element,
 * or -1 after reporting a problem (the list then skips to the next ","). Empty
 * elements are accepted and reported once (HTTP2003: a sender MUST NOT generate
 * them). Returns the number of elements parsed.
 */
export function list(
  text: string,
  start: number,
  end: number,
  problems: Problems,
  parseElement: (pos: number) => number,
  options: ListOptions,
): number {
  let count = 0;
  let seen = 0;
  let pos = ows(text, start, end);
  while (pos < end) {
    if (text.charCodeAt(pos) === 0x2c) {
      problems.add('HTTP2003', pos, 1);
      pos = ows(text, pos + 1, end);
      continue;
    }
    seen++;
    const e = parseElement(pos);
    if (e < 0 || e <= pos) {
      if (e <= pos && e >= 0) problems.expected(text, pos, end, options.element);
      pos = skipElement(text, pos + 1, end);
    } else {
      count++;
      pos = ows(text, e, end);
      if (pos < end && text.charCodeAt(pos) !== 0x2c) {
        problems.expected(text, pos, end, '","');
        pos = skipElement(text, pos, end);
      }
    }
    if (pos >= end) break;
    // pos is at a ","
    const comma = pos;
    pos = ows(text, pos + 1, end);
    if (pos >= end) problems.add('HTTP2003', comma, 1);
  }
  if (options.min1 && seen === 0) problems.expected(text, ows(text, start, end), end, options.element);
  return count;
}

export interface Parameter {
  /** The name in lower case (parameter names are case-insensitive). */
  name: string;
  /** The value with quoted-pairs resolved; '' when the parameter has no value. */
  value: string;
  quoted: boolean;
  /** Whether "=" and a value were present. */
  hasValue: boolean;
  span: Span;
  nameSpan: Span;
  valueSpan?: Span;
}

export interface ParametersOptions {
  /** auth-param and link-param allow BWS around "="; parameters (§5.6.6) do not. */
  bws?: boolean;
  /** link-param and cookie-like grammars allow a name without "=" value. */
  valueOptional?: boolean;
  /** The separator: ";" (default). */
  separator?: number;
}

/**
 * parameters      = *( OWS ";" OWS [ parameter ] )
 * parameter       = parameter-name "=" parameter-value
 * parameter-name  = token
 * parameter-value = ( token / quoted-string )
 *
 * Stops before anything that does not start with OWS ";" (usually "," or the end)
 * and returns the parameters and that position.
 */
export function parameters(
  text: string,
  pos: number,
  end: number,
  problems: Problems,
  options: ParametersOptions = {},
): { params: Parameter[]; end: number } {
  const sep = options.separator ?? 0x3b;
  const params: Parameter[] = [];
  let i = pos;
  while (true) {
    const j = ows(text, i, end);
    if (j >= end || text.charCodeAt(j) !== sep) return { params, end: i };
    const p = ows(text, j + 1, end);
    if (p >= end) return { params, end: p };
    const c = text.charCodeAt(p);
    if (c === sep || c === 0x2c) {
      i = p;
      continue;
    }
    const nameEnd = token(text, p, end);
    if (nameEnd === p) {
      problems.expected(text, p, end, 'parameter-name');
      i = skipParameter(text, p, end);
      continue;
    }
    const name = text.slice(p, nameEnd).toLowerCase();
    const nameSpan = { offset: p, length: nameEnd - p };
    const beforeEq = ows(text, nameEnd, end);
    if (beforeEq < end && text.charCodeAt(beforeEq) === 0x3d) {
      if (beforeEq > nameEnd && !options.bws) problems.add('HTTP2004', nameEnd, beforeEq - nameEnd);
      let v = beforeEq + 1;
      const afterEq = ows(text, v, end);
      if (afterEq > v && !options.bws) problems.add('HTTP2004', v, afterEq - v);
      v = afterEq;
      const qs = text.charCodeAt(v) === DQUOTE ? quotedString(text, v, end, problems) : undefined;
      if (qs) {
        const q = qs.span.offset + qs.span.length;
        params.push({ name, value: qs.value, quoted: true, hasValue: true, span: { offset: p, length: q - p }, nameSpan, valueSpan: qs.span });
        i = q;
        continue;
      }
      const vEnd = token(text, v, end);
      if (vEnd === v) {
        problems.expected(text, v, end, 'token or quoted-string');
        params.push({ name, value: '', quoted: false, hasValue: false, span: nameSpan, nameSpan });
        i = skipParameter(text, v, end);
        continue;
      }
      params.push({
        name,
        value: text.slice(v, vEnd),
        quoted: false,
        hasValue: true,
        span: { offset: p, length: vEnd - p },
        nameSpan,
        valueSpan: { offset: v, length: vEnd - v },
      });
      i = vEnd;
      continue;
    }
    params.push({ name, value: '', quoted: false, hasValue: false, span: nameSpan, nameSpan });
    if (!options.valueOptional) {
      problems.expected(text, nameEnd, end, '"="');
      i = skipParameter(text, nameEnd, end);
      continue;
    }
    i = nameEnd;
  }
}

/** Reports HTTP2005 for every parameter whose name appeared before in the same list. */
export function reportDuplicateParameters(params: readonly Parameter[], problems: Problems): void {
  if (params.length < 2) return;
  const seen = new Set<string>();
  for (const p of params) {
    if (seen.has(p.name)) problems.add('HTTP2005', p.nameSpan.offset, p.nameSpan.length, { name: p.name });
    seen.add(p.name);
  }
}

export interface QValue {
  value: number;
  /** 'ok', or why the text is not a qvalue. */
  status: 'ok' | 'out-of-range' | 'too-precise' | 'malformed';
}

/**
 * weight = OWS ";" OWS "q=" qvalue
 * qvalue = ( "0" [ "." 0*3DIGIT ] )
 *        / ( "1" [ "." 0*3("0") ] )
 *
 * Reads a q parameter's value (already separated by `parameters`) and says how it
 * fails the rule: out of the range 0-1, more than three decimals, or not a number.
 */
export function qvalue(value: string): QValue {
  let i = 0;
  const n = value.length;
  while (i < n && isDigit(value.charCodeAt(i))) i++;
  const intDigits = i;
  let decimals = 0;
  if (i < n && value.charCodeAt(i) === 0x2e) {
    i++;
    while (i < n && isDigit(value.charCodeAt(i))) {
      i++;
      decimals++;
    }
  }
  if (intDigits === 0 || i !== n) return { value: Number.NaN, status: 'malformed' };
  const num = Number(value);
  if (num > 1 || intDigits > 1) return { value: num, status: 'out-of-range' };
  if (decimals > 3) return { value: num, status: 'too-precise' };
  return { value: num, status: 'ok' };
}

export interface MediaType {
  /** Lower-cased type and subtype. */
  type: string;
  subtype: string;
  params: Parameter[];
  typeSpan: Span;
  subtypeSpan: Span;
  span: Span;
}

/**
 * media-type = type "/" subtype parameters
 * type       = token
 * subtype    = token
 *
 * media-range = ( "*&#47;*" / ( type "/" "*" ) / ( type "/" subtype ) ) parameters
 * ("*" is a tchar, so both rules scan alike; callers check where "*" may appear.)
 *
 * Returns undefined after reporting when there is no type "/" subtype at `pos`.
 */
export function mediaType(text: string, pos: number, end: number, problems: Problems, options: ParametersOptions = {}): MediaType | undefined {
  const typeEnd = token(text, pos, end);
  if (typeEnd === pos) {
    problems.expected(text, pos, end, 'type');
    return undefined;
  }
  if (typeEnd >= end || text.charCodeAt(typeEnd) !== 0x2f) {
    problems.expected(text, typeEnd, end, '"/"');
    return undefined;
  }
  const subStart = typeEnd + 1;
  const subEnd = token(text, subStart, end);
  if (subEnd === subStart) {
    problems.expected(text, subStart, end, 'subtype');
    return undefined;
  }
  const { params, end: paramsEnd } = parameters(text, subEnd, end, problems, options);
  return {
    type: text.slice(pos, typeEnd).toLowerCase(),
    subtype: text.slice(subStart, subEnd).toLowerCase(),
    params,
    typeSpan: { offset: pos, length: typeEnd - pos },
    subtypeSpan: { offset: subStart, length: subEnd - subStart },
    span: { offset: pos, length: paramsEnd - pos },
  };
}

/** etagc = %x21 / %x23-7E / obs-text */
export function isEtagc(c: number): boolean {
  return c === 0x21 || (c >= 0x23 && c <= 0x7e) || isObsText(c);
}

export interface EntityTag {
  weak: boolean;
  /** The opaque-tag without its quotes. */
  tag: string;
  span: Span;
}

/**
 * entity-tag = [ weak ] opaque-tag
 * weak       = %s"W/"
 * opaque-tag = DQUOTE *etagc DQUOTE
 *
 * Returns undefined (reporting nothing) when no DQUOTE follows the optional
 * `W/`: the caller decides how to report an unquoted tag.
 */
export function entityTag(text: string, pos: number, end: number, problems: Problems): EntityTag | undefined {
  let i = pos;
  let weak = false;
  if (text.charCodeAt(i) === 0x57 && text.charCodeAt(i + 1) === 0x2f && i + 1 < end) {
    weak = true;
    i += 2;
  }
  if (i >= end || text.charCodeAt(i) !== DQUOTE) return undefined;
  let j = i + 1;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === DQUOTE) return { weak, tag: text.slice(i + 1, j), span: { offset: pos, length: j + 1 - pos } };
    if (!isEtagc(c)) {
      problems.expected(text, j, end, 'etagc');
    }
    j++;
  }
  problems.add('HTTP2002', i, end - i);
  return { weak, tag: text.slice(i + 1, end), span: { offset: pos, length: end - pos } };
}

export interface Product {
  name: string;
  version?: string;
  span: Span;
}

/**
 * product         = token [ "/" product-version ]
 * product-version = token
 */
export function product(text: string, pos: number, end: number, problems: Problems): Product | undefined {
  const nameEnd = token(text, pos, end);
  if (nameEnd === pos) return undefined;
  const result: Product = { name: text.slice(pos, nameEnd), span: { offset: pos, length: nameEnd - pos } };
  if (nameEnd < end && text.charCodeAt(nameEnd) === 0x2f) {
    const vEnd = token(text, nameEnd + 1, end);
    if (vEnd === nameEnd + 1) {
      problems.expected(text, nameEnd + 1, end, 'product-version');
      result.span = { offset: pos, length: nameEnd + 1 - pos };
      return result;
    }
    result.version = text.slice(nameEnd + 1, vEnd);
    result.span = { offset: pos, length: vEnd - pos };
  }
  return result;
}

export type ProductOrComment = { kind: 'product'; product: Product } | { kind: 'comment'; comment: Comment };

/**
 * User-Agent = product *( RWS ( product / comment ) )
 * Server     = product *( RWS ( product / comment ) )
 */
export function productsAndComments(
  text: string,
  start: number,
  end: number,
  problems: Problems,
  options: { commentFirst?: (span: Span) => void } = {},
): ProductOrComment[] {
  const out: ProductOrComment[] = [];
  let pos = ows(text, start, end);
  let first = true;
  while (pos < end) {
    const c = comment(text, pos, end, problems);
    if (c) {
      if (first) {
        if (options.commentFirst) options.commentFirst(c.span);
        else problems.expected(text, pos, end, 'product');
      }
      out.push({ kind: 'comment', comment: c });
      pos = c.span.offset + c.span.length;
    } else {
      const p = product(text, pos, end, problems);
      if (!p) {
        problems.expected(text, pos, end, first ? 'product' : 'product or comment');
        // skip to the next whitespace
        while (pos < end && text.charCodeAt(pos) !== SP && text.charCodeAt(pos) !== HTAB) pos++;
      } else {
        out.push({ kind: 'product', product: p });
        pos = p.span.offset + p.span.length;
      }
    }
    first = false;
    const next = ows(text, pos, end);
    if (next === pos && pos < end) {
      problems.expected(text, pos, end, 'RWS');
    }
    pos = next;
  }
  return out;
}

const TOKEN68 = new Uint8Array(128);
for (const ch of '-._~+/') TOKEN68[ch.charCodeAt(0)] = 1;
for (let c = 0x30; c <= 0x39; c++) TOKEN68[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) TOKEN68[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) TOKEN68[c] = 1;

/** token68 = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=" ; returns the end (or `pos`) */
export function token68(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c >= 128 || TOKEN68[c] !== 1) break;
    i++;
  }
  if (i === pos) return pos;
  while (i < end && text.charCodeAt(i) === 0x3d) i++;
  return i;
}

export interface AuthParam {
  name: string;
  value: string;
  quoted: boolean;
  span: Span;
  nameSpan: Span;
  valueSpan: Span;
}

export interface Challenge {
  /** The scheme as written (compare case-insensitively). */
  scheme: string;
  schemeSpan: Span;
  token68?: string;
  token68Span?: Span;
  params: AuthParam[];
  span: Span;
}

/** auth-param = token BWS "=" BWS ( token / quoted-string ) ; returns undefined (reporting) when malformed */
export function authParam(text: string, pos: number, end: number, problems: Problems): AuthParam | undefined {
  const nameEnd = token(text, pos, end);
  if (nameEnd === pos) {
    problems.expected(text, pos, end, 'auth-param');
    return undefined;
  }
  const eq = bws(text, nameEnd, end);
  if (eq >= end || text.charCodeAt(eq) !== 0x3d) {
    problems.expected(text, eq, end, '"="');
    return undefined;
  }
  const v = bws(text, eq + 1, end);
  const qs = quotedString(text, v, end, problems);
  if (qs) {
    const e = qs.span.offset + qs.span.length;
    return {
      name: text.slice(pos, nameEnd).toLowerCase(),
      value: qs.value,
      quoted: true,
      span: { offset: pos, length: e - pos },
      nameSpan: { offset: pos, length: nameEnd - pos },
      valueSpan: qs.span,
    };
  }
  const vEnd = token(text, v, end);
  if (vEnd === v) {
    problems.expected(text, v, end, 'token or quoted-string');
    return undefined;
  }
  return {
    name: text.slice(pos, nameEnd).toLowerCase(),
    value: text.slice(v, vEnd),
    quoted: false,
    span: { offset: pos, length: vEnd - pos },
    nameSpan: { offset: pos, length: nameEnd - pos },
    valueSpan: { offset: v, length: vEnd - v },
  };
}

/** Whether an auth-param ("token BWS =") starts at `pos`: distinguishes it from a new challenge after a ",". */
function authParamAhead(text: string, pos: number, end: number): boolean {
  const t = token(text, pos, end);
  if (t === pos) return false;
  const e = bws(text, t, end);
  if (e >= end || text.charCodeAt(e) !== 0x3d) return false;
  // token68 after a scheme looks like "scheme abc=" but a scheme is followed by SP, not "=".
  return true;
}

/**
 * Parses the part after the scheme: [ 1*SP ( token68 / #auth-param ) ]. With
 * `inList`, a "," followed by something that is not an auth-param ends the
 * challenge (the next challenge starts there).
 */
function authRest(text: string, start: number, end: number, problems: Problems, target: Challenge, inList: boolean): number {
  let pos = start;
  let sp = pos;
  while (sp < end && text.charCodeAt(sp) === SP) sp++;
  if (sp === pos || sp >= end || text.charCodeAt(sp) === 0x2c) return pos;
  pos = sp;
  // token68 stands alone: followed by OWS and the end or a ","
  const t68 = token68(text, pos, end);
  if (t68 > pos) {
    const after = ows(text, t68, end);
    if (after >= end || text.charCodeAt(after) === 0x2c) {
      target.token68 = text.slice(pos, t68);
      target.token68Span = { offset: pos, length: t68 - pos };
      return t68;
    }
  }
  // #auth-param
  let last = pos;
  while (pos < end) {
    if (text.charCodeAt(pos) === 0x2c) {
      // empty element inside the parameter list
      const next = ows(text, pos + 1, end);
      if (next >= end) return last;
      if (!authParamAhead(text, next, end)) return last;
      pos = next;
      continue;
    }
    const p = authParam(text, pos, end, problems);
    if (!p) {
      const skip = skipElement(text, pos, end);
      last = skip;
      pos = skip;
      continue;
    }
    target.params.push(p);
    last = p.span.offset + p.span.length;
    pos = ows(text, last, end);
    if (pos < end && text.charCodeAt(pos) !== 0x2c) {
      problems.expected(text, pos, end, '","');
      pos = skipElement(text, pos, end);
      last = pos;
    }
    if (!inList && pos < end && text.charCodeAt(pos) === 0x2c) {
      const next = ows(text, pos + 1, end);
      if (next >= end) {
        problems.add('HTTP2003', pos, 1);
        return next;
      }
    }
  }
  return last;
}

/**
 * challenge   = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
 * auth-scheme = token
 * WWW-Authenticate = #challenge
 *
 * Commas separate both challenges and auth-params; a "," followed by
 * `token BWS "="` continues the current challenge, anything else starts a new one.
 */
export function challenges(text: string, start: number, end: number, problems: Problems): Challenge[] {
  const out: Challenge[] = [];
  list(
    text,
    start,
    end,
    problems,
    (pos) => {
      const schemeEnd = token(text, pos, end);
      if (schemeEnd === pos) {
        problems.expected(text, pos, end, 'auth-scheme');
        return -1;
      }
      const ch: Challenge = {
        scheme: text.slice(pos, schemeEnd),
        schemeSpan: { offset: pos, length: schemeEnd - pos },
        params: [],
        span: { offset: pos, length: schemeEnd - pos },
      };
      const e = authRest(text, schemeEnd, end, problems, ch, true);
      ch.span = { offset: pos, length: e - pos };
      out.push(ch);
      return e;
    },
    { min1: true, element: 'challenge' },
  );
  return out;
}

/**
 * credentials = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
 *
 * Returns undefined after reporting when no scheme is present.
 */
export function credentials(text: string, start: number, end: number, problems: Problems): Challenge | undefined {
  const pos = ows(text, start, end);
  const schemeEnd = token(text, pos, end);
  if (schemeEnd === pos) {
    problems.expected(text, pos, end, 'auth-scheme');
    return undefined;
  }
  const cr: Challenge = {
    scheme: text.slice(pos, schemeEnd),
    schemeSpan: { offset: pos, length: schemeEnd - pos },
    params: [],
    span: { offset: pos, length: schemeEnd - pos },
  };
  const e = authRest(text, schemeEnd, end, problems, cr, false);
  cr.span = { offset: pos, length: e - pos };
  const rest = ows(text, e, end);
  if (rest < end) problems.expected(text, rest, end, 'end of credentials');
  return cr;
}

export type RangeSpec =
  | { kind: 'int'; first: number; last?: number; span: Span }
  | { kind: 'suffix'; length: number; span: Span }
  | { kind: 'other'; text: string; span: Span };

export interface RangesSpecifier {
  /** The range unit in lower case. */
  unit: string;
  unitSpan: Span;
  ranges: RangeSpec[];
}

function readInt(text: string, pos: number, end: number): { value: number; end: number } | undefined {
  let i = pos;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  if (i === pos) return undefined;
  return { value: Number(text.slice(pos, i)), end: i };
}

/** other-range = 1*( %x21-2B / %x2D-7E ) */
function isOtherRangeChar(c: number): boolean {
  return (c >= 0x21 && c <= 0x2b) || (c >= 0x2d && c <= 0x7e);
}

/**
 * ranges-specifier = range-unit "=" range-set
 * range-unit       = token
 * range-set        = 1#range-spec
 * range-spec       = int-range / suffix-range / other-range
 * int-range        = first-pos "-" [ last-pos ]
 * first-pos        = 1*DIGIT
 * last-pos         = 1*DIGIT
 * suffix-range     = "-" suffix-length
 * suffix-length    = 1*DIGIT
 * other-range      = 1*( %x21-2B / %x2D-7E )
 *
 * For the "bytes" unit only int-range and suffix-range are accepted.
 */
export function rangesSpecifier(text: string, start: number, end: number, problems: Problems): RangesSpecifier | undefined {
  const pos = ows(text, start, end);
  const unitEnd = token(text, pos, end);
  if (unitEnd === pos) {
    problems.expected(text, pos, end, 'range-unit');
    return undefined;
  }
  if (unitEnd >= end || text.charCodeAt(unitEnd) !== 0x3d) {
    problems.expected(text, unitEnd, end, '"="');
    return undefined;
  }
  const unit = text.slice(pos, unitEnd).toLowerCase();
  const ranges: RangeSpec[] = [];
  const bytes = unit === 'bytes';
  list(
    text,
    unitEnd + 1,
    end,
    problems,
    (p) => {
      if (text.charCodeAt(p) === 0x2d) {
        const n = readInt(text, p + 1, end);
        if (n) {
          ranges.push({ kind: 'suffix', length: n.value, span: { offset: p, length: n.end - p } });
          return n.end;
        }
        if (bytes) {
          problems.expected(text, p + 1, end, 'suffix-length');
          return -1;
        }
      }
      const first = readInt(text, p, end);
      if (first && first.end < end && text.charCodeAt(first.end) === 0x2d) {
        const last = readInt(text, first.end + 1, end);
        const e = last ? last.end : first.end + 1;
        const spec: RangeSpec = { kind: 'int', first: first.value, span: { offset: p, length: e - p } };
        if (last) spec.last = last.value;
        ranges.push(spec);
        return e;
      }
      if (bytes) {
        problems.expected(text, first ? first.end : p, end, first ? '"-"' : 'first-pos or "-"');
        return -1;
      }
      let i = p;
      while (i < end && isOtherRangeChar(text.charCodeAt(i))) i++;
      if (i === p) {
        problems.expected(text, p, end, 'range-spec');
        return -1;
      }
      ranges.push({ kind: 'other', text: text.slice(p, i), span: { offset: p, length: i - p } });
      return i;
    },
    { min1: true, element: 'range-spec' },
  );
  return { unit, unitSpan: { offset: pos, length: unitEnd - pos }, ranges };
}

export interface ContentRange {
  unit: string;
  unitSpan: Span;
  /** incl-range; absent for unsatisfied-range. */
  first?: number;
  last?: number;
  rangeSpan?: Span;
  /** complete-length; undefined for "*". */
  completeLength?: number;
  lengthSpan?: Span;
}

/**
 * Content-Range       = range-unit SP ( range-resp / unsatisfied-range )
 * range-resp          = incl-range "/" ( complete-length / "*" )
 * incl-range          = first-pos "-" last-pos
 * unsatisfied-range   = "*&#47;" complete-length
 * complete-length     = 1*DIGIT
 */
export function contentRange(text: string, start: number, end: number, problems: Problems): ContentRange | undefined {
  const pos = ows(text, start, end);
  const stop = trimEnd(text, pos, end);
  const unitEnd = token(text, pos, stop);
  if (unitEnd === pos) {
    problems.expected(text, pos, stop, 'range-unit');
    return undefined;
  }
  if (unitEnd >= stop || text.charCodeAt(unitEnd) !== SP) {
    problems.expected(text, unitEnd, stop, 'SP');
    return undefined;
  }
  const result: ContentRange = { unit: text.slice(pos, unitEnd).toLowerCase(), unitSpan: { offset: pos, length: unitEnd - pos } };
  let i = unitEnd + 1;
  if (text.charCodeAt(i) === 0x2a) {
    if (text.charCodeAt(i + 1) !== 0x2f) {
      problems.expected(text, i + 1, stop, '"/"');
      return undefined;
    }
    const n = readInt(text, i + 2, stop);
    if (!n) {
      problems.expected(text, i + 2, stop, 'complete-length');
      return undefined;
    }
    result.completeLength = n.value;
    result.lengthSpan = { offset: i + 2, length: n.end - i - 2 };
    if (n.end < stop) problems.expected(text, n.end, stop, 'end of value');
    return result;
  }
  const first = readInt(text, i, stop);
  if (!first) {
    problems.expected(text, i, stop, 'first-pos or "*"');
    return undefined;
  }
  if (text.charCodeAt(first.end) !== 0x2d || first.end >= stop) {
    problems.expected(text, first.end, stop, '"-"');
    return undefined;
  }
  const last = readInt(text, first.end + 1, stop);
  if (!last) {
    problems.expected(text, first.end + 1, stop, 'last-pos');
    return undefined;
  }
  result.first = first.value;
  result.last = last.value;
  result.rangeSpan = { offset: i, length: last.end - i };
  i = last.end;
  if (i >= stop || text.charCodeAt(i) !== 0x2f) {
    problems.expected(text, i, stop, '"/"');
    return undefined;
  }
  i++;
  if (text.charCodeAt(i) === 0x2a && i < stop) {
    i++;
  } else {
    const n = readInt(text, i, stop);
    if (!n) {
      problems.expected(text, i, stop, 'complete-length or "*"');
      return undefined;
    }
    result.completeLength = n.value;
    result.lengthSpan = { offset: i, length: n.end - i };
    i = n.end;
  }
  if (i < stop) problems.expected(text, i, stop, 'end of value');
  return result;
}

/**
 * A non-negative decimal integer that fills `text[start, end)` after OWS:
 * `1*DIGIT` (Content-Length, Max-Forwards, Age, delta-seconds, ...).
 * Returns undefined when the value is not that.
 */
export function nonNegativeInteger(text: string, start: number, end: number): { value: number; span: Span } | undefined {
  const pos = ows(text, start, end);
  const stop = trimEnd(text, pos, end);
  if (pos === stop) return undefined;
  for (let i = pos; i < stop; i++) if (!isDigit(text.charCodeAt(i))) return undefined;
  return { value: Number(text.slice(pos, stop)), span: { offset: pos, length: stop - pos } };
}

/** method = token ; the registered methods are case-sensitive (upper case). */
export function method(text: string, pos: number, end: number): number {
  return token(text, pos, end);
}

/** field-name = token */
export function fieldName(text: string, pos: number, end: number): number {
  return token(text, pos, end);
}

export interface ViaEntry {
  protocolName?: string;
  protocolVersion: string;
  receivedBy: string;
  comment?: string;
  span: Span;
}

/**
 * Via = #( received-protocol RWS received-by [ RWS comment ] )
 * received-protocol = [ protocol-name "/" ] protocol-version
 * received-by       = pseudonym [ ":" port ]
 * pseudonym         = token
 *
 * received-by is scanned as a run of URI host characters (an IP literal in
 * brackets, a name, a port) so `[::1]:8080` and `proxy.example:80` both pass.
 */
export function via(text: string, start: number, end: number, problems: Problems): ViaEntry[] {
  const out: ViaEntry[] = [];
  list(
    text,
    start,
    end,
    problems,
    (pos) => {
      const pEnd = token(text, pos, end);
      if (pEnd === pos) {
        problems.expected(text, pos, end, 'received-protocol');
        return -1;
      }
      const entry: ViaEntry = { protocolVersion: text.slice(pos, pEnd), receivedBy: '', span: { offset: pos, length: 0 } };
      let i = pEnd;
      if (text.charCodeAt(i) === 0x2f && i < end) {
        const vEnd = token(text, i + 1, end);
        if (vEnd === i + 1) {
          problems.expected(text, i + 1, end, 'protocol-version');
          return -1;
        }
        entry.protocolName = entry.protocolVersion;
        entry.protocolVersion = text.slice(i + 1, vEnd);
        i = vEnd;
      }
      const r = rws(text, i, end);
      if (r === i) {
        problems.expected(text, i, end, 'RWS');
        return -1;
      }
      let b = r;
      while (b < end) {
        const c = text.charCodeAt(b);
        if (!(isTchar(c) || c === 0x3a || c === 0x5b || c === 0x5d)) break;
        b++;
      }
      if (b === r) {
        problems.expected(text, r, end, 'received-by');
        return -1;
      }
      entry.receivedBy = text.slice(r, b);
      let e = b;
      const r2 = rws(text, b, end);
      if (r2 > b) {
        const c = comment(text, r2, end, problems);
        if (c) {
          entry.comment = c.text;
          e = c.span.offset + c.span.length;
        }
      }
      entry.span = { offset: pos, length: e - pos };
      out.push(entry);
      return e;
    },
    { min1: true, element: 'Via entry' },
  );
  return out;
}
