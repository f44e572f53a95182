import type { Span } from '../types.js';
import type {
  BareItem,
  Dictionary,
  InnerList,
  Item,
  List,
  Member,
  Parameters,
  SfErrorReason,
  SfParseResult,
  StructuredFieldType,
  StructuredFieldValueMap,
} from './types.js';

/**
 * Where each part of a parsed Structured Field stands in the text. Filled only by
 * `parseStructuredFieldWithSpans`; the plain parser records nothing.
 */
export class SfSpans {
  private readonly nodes = new WeakMap<object, Span>();
  private readonly keys = new WeakMap<object, Map<string, Span>>();
  /**
   * Members and parameters whose key is given again later in the same Dictionary
   * or Parameters: RFC 9651 keeps the last value, so these were replaced. `span`
   * covers the replaced member (key to end of value).
   */
  readonly replaced: { key: string; span: Span }[] = [];

  /** Span of an Item or Inner List (with its parameters), or of a Bare Item alone. */
  of(node: Item | InnerList | BareItem): Span | undefined {
    return this.nodes.get(node);
  }

  /** Span of a Dictionary member or a parameter: from the key to the end of its value. */
  ofKey(container: Dictionary | Parameters, key: string): Span | undefined {
    return this.keys.get(container)?.get(key);
  }

  /** Span of a key's name alone (the key is always ASCII, so its length is the key's length). */
  ofKeyName(container: Dictionary | Parameters, key: string): Span | undefined {
    const span = this.keys.get(container)?.get(key);
    return span ? { offset: span.offset, length: key.length } : undefined;
  }

  /** @internal */
  setNode(node: object, offset: number, end: number): void {
    this.nodes.set(node, { offset, length: end - offset });
  }

  /** @internal */
  setKey(container: object, key: string, offset: number, end: number): void {
    let map = this.keys.get(container);
    if (!map) {
      map = new Map();
      this.keys.set(container, map);
    }
    const earlier = map.get(key);
    if (earlier) this.replaced.push({ key, span: earlier });
    map.set(key, { offset, length: end - offset });
  }
}

class ParseFailure {
  constructor(
    readonly reason: SfErrorReason,
    readonly message: string,
    readonly offset: number,
  ) {}
}

// Character classes as lookup tables over ASCII.
const TCHAR = new Uint8Array(128);
const KEYCHAR = new Uint8Array(128);
const BASE64 = new Int8Array(128).fill(-1);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[\w!#$%&'*+.^`|~-]/.test(ch)) TCHAR[c] = 1;
  if (/[\d*._a-z-]/.test(ch)) KEYCHAR[c] = 1;
}
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((ch, i) => {
  BASE64[ch.charCodeAt(0)] = i;
});

const SP = 0x20;
const HTAB = 0x09;
const COMMA = 0x2c;
const EQUALS = 0x3d;
const SEMICOLON = 0x3b;
const DQUOTE = 0x22;
const BACKSLASH = 0x5c;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isAlpha(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

let utf8: TextDecoder | undefined;

/**
 * The Parameters of every parsed Item and Inner List that has none: one shared,
 * read-only empty Map, so that parsing does not allocate a Map per member (most
 * members have no parameters). Copy it (`new Map(params)`) before adding to it.
 */
export const NO_PARAMETERS: Parameters = new Map();
for (const method of ['set', 'delete', 'clear'] as const) {
  Object.defineProperty(NO_PARAMETERS, method, {
    value: () => {
      throw new TypeError('the empty Parameters of a parsed value are shared and read-only; copy them with new Map(params) first');
    },
  });
}

function describe(text: string, pos: number): string {
  if (pos >= text.length) return 'the end of the value';
  const c = text.charCodeAt(pos);
  if (c < 0x21 || c > 0x7e) return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${text[pos]}"`;
}

/** A recursive-descent parser over char codes, after RFC 9651 §4.2. */
class Parser {
  pos = 0;
  constructor(
    readonly s: string,
    readonly spans: SfSpans | undefined,
  ) {}

  fail(reason: SfErrorReason, message: string, offset = this.pos): never {
    throw new ParseFailure(reason, message, offset);
  }

  skipSP(): void {
    const s = this.s;
    while (s.charCodeAt(this.pos) === SP) this.pos++;
  }

  skipOWS(): void {
    const s = this.s;
    for (;;) {
      const c = s.charCodeAt(this.pos);
      if (c !== SP && c !== HTAB) return;
      this.pos++;
    }
  }

  // sf-list = list-member *( OWS "," OWS list-member )
  parseList(): List {
    const s = this.s;
    const members: List = [];
    while (this.pos < s.length) {
      members.push(this.parseMember());
      this.skipOWS();
      if (this.pos >= s.length) return members;
      if (s.charCodeAt(this.pos) !== COMMA) this.fail('expectedComma', `expected "," between list members, found ${describe(s, this.pos)}`);
      this.pos++;
      this.skipOWS();
      if (this.pos >= s.length) this.fail('trailingComma', 'a list must not end with ","');
    }
    return members;
  }

  // sf-dictionary = dict-member *( OWS "," OWS dict-member )
  // dict-member   = member-key ( parameters / ( "=" member-value ))
  parseDictionary(): Dictionary {
    const s = this.s;
    const dict: Dictionary = new Map();
    while (this.pos < s.length) {
      const start = this.pos;
      const key = this.parseKey();
      let member: Member;
      if (s.charCodeAt(this.pos) === EQUALS) {
        this.pos++;
        member = this.parseMember();
      } else {
        const value: BareItem = { type: 'boolean', value: true };
        const params = this.parseParameters();
        member = { value, params };
        if (this.spans) {
          this.spans.setNode(value, start, start + key.length);
          this.spans.setNode(member, start, this.pos);
        }
      }
      dict.set(key, member);
      if (this.spans) this.spans.setKey(dict, key, start, this.pos);
      this.skipOWS();
      if (this.pos >= s.length) return dict;
      if (s.charCodeAt(this.pos) !== COMMA) this.fail('expectedComma', `expected "," between dictionary members, found ${describe(s, this.pos)}`);
      this.pos++;
      this.skipOWS();
      if (this.pos >= s.length) this.fail('trailingComma', 'a dictionary must not end with ","');
    }
    return dict;
  }

  // list-member = sf-item / inner-list
  parseMember(): Member {
    if (this.s.charCodeAt(this.pos) === 0x28 /* ( */) return this.parseInnerList();
    return this.parseItem();
  }

  // inner-list = "(" *SP [ sf-item *( 1*SP sf-item ) *SP ] ")" parameters
  parseInnerList(): InnerList {
    const s = this.s;
    const start = this.pos;
    this.pos++;
    const items: Item[] = [];
    while (this.pos < s.length) {
      this.skipSP();
      if (s.charCodeAt(this.pos) === 0x29 /* ) */) {
        this.pos++;
        const list: InnerList = { items, params: this.parseParameters() };
        if (this.spans) this.spans.setNode(list, start, this.pos);
        return list;
      }
      items.push(this.parseItem());
      const c = s.charCodeAt(this.pos);
      if (c !== SP && c !== 0x29) {
        if (this.pos >= s.length) break;
        this.fail('invalidInnerList', `expected a space or ")" after an inner-list item, found ${describe(s, this.pos)}`);
      }
    }
    this.fail('invalidInnerList', 'the inner list is not closed with ")"');
  }

  // sf-item = bare-item parameters
  parseItem(): Item {
    const start = this.pos;
    const value = this.parseBareItem();
    const item: Item = { value, params: this.parseParameters() };
    if (this.spans) this.spans.setNode(item, start, this.pos);
    return item;
  }

  // parameters = *( ";" *SP parameter )
  // parameter  = param-key [ "=" param-value ]
  parseParameters(): Parameters {
    const s = this.s;
    if (s.charCodeAt(this.pos) !== SEMICOLON) return NO_PARAMETERS;
    const params: Parameters = new Map();
    while (s.charCodeAt(this.pos) === SEMICOLON) {
      this.pos++;
      this.skipSP();
      const start = this.pos;
      const key = this.parseKey();
      let value: BareItem;
      if (s.charCodeAt(this.pos) === EQUALS) {
        this.pos++;
        value = this.parseBareItem();
      } else {
        value = { type: 'boolean', value: true };
        if (this.spans) this.spans.setNode(value, start, this.pos);
      }
      params.set(key, value);
      if (this.spans) this.spans.setKey(params, key, start, this.pos);
    }
    return params;
  }

  // key = ( lcalpha / "*" ) *( lcalpha / DIGIT / "_" / "-" / "." / "*" )
  parseKey(): string {
    const s = this.s;
    const start = this.pos;
    const c = s.charCodeAt(start);
    if (!((c >= 0x61 && c <= 0x7a) || c === 0x2a)) {
      this.fail('expectedKey', `expected a key (a lower-case letter or "*"), found ${describe(s, start)}`);
    }
    let i = start + 1;
    for (;;) {
      const d = s.charCodeAt(i);
      if (d < 128 && KEYCHAR[d] === 1) i++;
      else break;
    }
    this.pos = i;
    return s.slice(start, i);
  }

  // bare-item = sf-integer / sf-decimal / sf-string / sf-token / sf-binary / sf-boolean / sf-date / sf-displaystring
  parseBareItem(): BareItem {
    const s = this.s;
    const start = this.pos;
    const c = s.charCodeAt(start);
    let item: BareItem;
    if (c === 0x2d || isDigit(c)) item = this.parseNumber(false);
    else if (c === DQUOTE) item = { type: 'string', value: this.parseString() };
    else if (isAlpha(c) || c === 0x2a) item = { type: 'token', value: this.parseToken() };
    else if (c === 0x3a) item = { type: 'binary', value: this.parseBinary() };
    else if (c === 0x3f) item = this.parseBoolean();
    else if (c === 0x40) {
      this.pos++;
      item = this.parseNumber(true);
    } else if (c === 0x25) item = { type: 'displaystring', value: this.parseDisplayString() };
    else this.fail('expectedItem', `expected an item, found ${describe(s, start)}`);
    if (this.spans) this.spans.setNode(item, start, this.pos);
    return item;
  }

  // sf-integer = ["-"] 1*15DIGIT ; sf-decimal = ["-"] 1*12DIGIT "." 1*3DIGIT ; sf-date = "@" sf-integer
  parseNumber(date: boolean): BareItem {
    const s = this.s;
    const reason: SfErrorReason = date ? 'invalidDate' : 'invalidNumber';
    let i = this.pos;
    let sign = 1;
    if (s.charCodeAt(i) === 0x2d) {
      sign = -1;
      i++;
    }
    const digitsStart = i;
    let n = 0;
    let c = s.charCodeAt(i);
    if (!isDigit(c)) this.fail(reason, `expected a digit, found ${describe(s, i)}`, i);
    while (isDigit(c)) {
      n = n * 10 + (c - 0x30);
      i++;
      c = s.charCodeAt(i);
    }
    const intDigits = i - digitsStart;
    if (c !== 0x2e /* . */) {
      if (intDigits > 15) this.fail(reason, 'an integer has at most 15 digits', digitsStart);
      this.pos = i;
      return { type: date ? 'date' : 'integer', value: sign * n + 0 };
    }
    if (date) this.fail('invalidDate', 'a date must be an integer, not a decimal', i);
    if (intDigits > 12) this.fail('invalidNumber', 'a decimal has at most 12 digits before "."', digitsStart);
    i++;
    const fracStart = i;
    c = s.charCodeAt(i);
    while (isDigit(c)) {
      i++;
      c = s.charCodeAt(i);
    }
    const fracDigits = i - fracStart;
    if (fracDigits === 0) this.fail('invalidNumber', 'a decimal needs a digit after "."', i);
    if (fracDigits > 3) this.fail('invalidNumber', 'a decimal has at most 3 digits after "."', fracStart + 3);
    this.pos = i;
    return { type: 'decimal', value: sign * Number(s.slice(digitsStart, i)) + 0 };
  }

  // sf-string = DQUOTE *( unescaped / "%" / bs-escaped ) DQUOTE
  parseString(): string {
    const s = this.s;
    let i = this.pos + 1;
    let out = '';
    let runStart = i;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === DQUOTE) {
        out += s.slice(runStart, i);
        this.pos = i + 1;
        return out;
      }
      if (c === BACKSLASH) {
        out += s.slice(runStart, i);
        const e = s.charCodeAt(i + 1);
        if (e !== DQUOTE && e !== BACKSLASH) {
          this.fail('invalidString', i + 1 >= s.length ? 'the string is not closed' : 'only \\" and \\\\ are escapes in a string', i + 1);
        }
        out += s[i + 1];
        i += 2;
        runStart = i;
        continue;
      }
      if (i >= s.length) this.fail('invalidString', 'the string is not closed with \'"\'', i);
      if (c < 0x20 || c > 0x7e) this.fail('invalidString', `${describe(s, i)} is not allowed in a string (only printable ASCII)`, i);
      i++;
    }
  }

  // sf-token = ( ALPHA / "*" ) *( tchar / ":" / "/" )
  parseToken(): string {
    const s = this.s;
    const start = this.pos;
    let i = start + 1;
    for (;;) {
      const c = s.charCodeAt(i);
      if ((c < 128 && TCHAR[c] === 1) || c === 0x3a || c === 0x2f) i++;
      else break;
    }
    this.pos = i;
    return s.slice(start, i);
  }

  // sf-binary = ":" base64 ":"
  parseBinary(): Uint8Array {
    const s = this.s;
    const start = this.pos + 1;
    const found = s.indexOf(':', start);
    const close = found < 0 ? s.length : found;
    let end = close;
    while (end > start && s.charCodeAt(end - 1) === EQUALS) end--;
    const chars = end - start;
    const pad = close - end;
    // One pass: check each character and decode it.
    const out = new Uint8Array((chars * 3) >> 2);
    let o = 0;
    let acc = 0;
    let bits = 0;
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i);
      const v = c < 128 ? (BASE64[c] as number) : -1;
      if (v < 0) {
        this.fail('invalidBinary', c === EQUALS ? '"=" padding must come at the end of the byte sequence' : `${describe(s, i)} is not a base64 character`, i);
      }
      acc = ((acc << 6) | v) & 0xffffff;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[o++] = (acc >> bits) & 0xff;
      }
    }
    if (found < 0) this.fail('invalidBinary', 'the byte sequence is not closed with ":"', s.length);
    if (pad > 2) this.fail('invalidBinary', 'too much "=" padding', end + 2);
    if (chars % 4 === 1 || (pad > 0 && (chars + pad) % 4 !== 0)) this.fail('invalidBinary', 'the base64 text has a wrong length', close);
    this.pos = close + 1;
    return out;
  }

  // sf-boolean = "?" ( "0" / "1" )
  parseBoolean(): BareItem {
    const c = this.s.charCodeAt(this.pos + 1);
    if (c === 0x31 || c === 0x30) {
      this.pos += 2;
      return { type: 'boolean', value: c === 0x31 };
    }
    this.fail('invalidBoolean', `a boolean is "?1" or "?0", found ${describe(this.s, this.pos + 1)} after "?"`, this.pos + 1);
  }

  // sf-displaystring = "%" DQUOTE *( unescaped / "\" / pct-encoded ) DQUOTE
  // pct-encoded      = "%" lc-hexdig lc-hexdig
  parseDisplayString(): string {
    const s = this.s;
    if (s.charCodeAt(this.pos + 1) !== DQUOTE) this.fail('invalidDisplayString', 'a display string starts with %"', this.pos + 1);
    const start = this.pos + 2;
    // A '"' inside a display string is always percent-encoded, so the first one closes it.
    const close = s.indexOf('"', start);
    const end = close < 0 ? s.length : close;
    const bytes = new Uint8Array(end - start);
    let n = 0;
    let i = start;
    while (i < end) {
      const c = s.charCodeAt(i);
      if (c < 0x20 || c > 0x7e) this.fail('invalidDisplayString', `${describe(s, i)} is not allowed in a display string (percent-encode it)`, i);
      if (c === 0x25) {
        const h = lcHex(s.charCodeAt(i + 1));
        const l = lcHex(s.charCodeAt(i + 2));
        if (h < 0 || l < 0 || i + 2 >= end) this.fail('invalidDisplayString', '"%" must be followed by two lower-case hexadecimal digits', i);
        bytes[n++] = (h << 4) | l;
        i += 3;
        continue;
      }
      bytes[n++] = c;
      i++;
    }
    if (close < 0) this.fail('invalidDisplayString', 'the display string is not closed with \'"\'', s.length);
    utf8 ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    let text: string;
    try {
      text = utf8.decode(bytes.subarray(0, n));
    } catch {
      this.fail('invalidDisplayString', 'the percent-encoded bytes are not valid UTF-8', this.pos);
    }
    this.pos = close + 1;
    return text;
  }
}

function lcHex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  return -1;
}

function run<T extends StructuredFieldType>(text: string, type: T, spans: SfSpans | undefined): SfParseResult<StructuredFieldValueMap[T]> {
  if (typeof text !== 'string') throw new TypeError('parseStructuredField: text must be a string');
  const p = new Parser(text, spans);
  try {
    p.skipSP();
    let value: Item | List | Dictionary;
    if (type === 'list') value = p.parseList();
    else if (type === 'dictionary') value = p.parseDictionary();
    else if (type === 'item') {
      if (p.pos >= text.length) p.fail('empty', 'an item field must not be empty');
      value = p.parseItem();
    } else throw new TypeError(`parseStructuredField: unknown type ${String(type)}`);
    p.skipSP();
    if (p.pos < text.length) p.fail('trailingCharacters', `unexpected ${describe(text, p.pos)} after the ${type}`);
    return { ok: true, value: value as StructuredFieldValueMap[T] };
  } catch (err) {
    if (err instanceof ParseFailure) return { ok: false, error: { message: err.message, offset: err.offset, reason: err.reason } };
    throw err;
  }
}

/**
 * Parses a field value as a Structured Field of the given top-level type
 * (RFC 9651 §4.2). Never throws on any input string; the error carries the
 * offset where parsing stopped. Join several field lines with ", " first.
 */
export function parseStructuredField<T extends StructuredFieldType>(text: string, type: T): SfParseResult<StructuredFieldValueMap[T]> {
  return run(text, type, undefined);
}

/** Like `parseStructuredField`, and records where each member, item and key stands. */
export function parseStructuredFieldWithSpans<T extends StructuredFieldType>(
  text: string,
  type: T,
): SfParseResult<StructuredFieldValueMap[T]> & { spans: SfSpans } {
  const spans = new SfSpans();
  return Object.assign(run(text, type, spans), { spans });
}
