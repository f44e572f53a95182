import type { BareItem, Dictionary, InnerList, Item, List, Member, Parameters, StructuredFieldValue } from './types.js';

/** Thrown by `serializeStructuredField` on a value that RFC 9651 cannot represent. */
export class SerializeError extends TypeError {
  override name = 'SerializeError';
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const MAX_INTEGER = 999_999_999_999_999;
let encoder: TextEncoder | undefined;

function isKey(key: string): boolean {
  const c = key.charCodeAt(0);
  if (!((c >= 0x61 && c <= 0x7a) || c === 0x2a)) return false;
  for (let i = 1; i < key.length; i++) {
    const d = key.charCodeAt(i);
    const ok = (d >= 0x61 && d <= 0x7a) || (d >= 0x30 && d <= 0x39) || d === 0x5f || d === 0x2d || d === 0x2e || d === 0x2a;
    if (!ok) return false;
  }
  return true;
}

function isTchar(c: number): boolean {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  return "!#$%&'*+-.^_`|~".includes(String.fromCharCode(c));
}

// Serializing a Key (RFC 9651 §4.1.1.3)
function serializeKey(key: string): string {
  if (typeof key !== 'string' || !isKey(key)) throw new SerializeError(`cannot serialise ${JSON.stringify(key)} as a key`);
  return key;
}

// Serializing an Integer (§4.1.4)
function serializeInteger(n: number): string {
  if (typeof n !== 'number' || !Number.isInteger(n)) throw new SerializeError(`${String(n)} is not an integer`);
  if (n > MAX_INTEGER || n < -MAX_INTEGER) throw new SerializeError(`${n} is outside the integer range (15 digits)`);
  return String(n);
}

// Serializing a Decimal (§4.1.5): round half to even to three fractional digits.
function serializeDecimal(v: number): string {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new SerializeError(`${String(v)} is not a decimal number`);
  const abs = Math.abs(v);
  const text = abs.toString();
  let scaled: number; // abs * 1000, rounded
  if (text.includes('e')) {
    if (abs >= 1) throw new SerializeError(`${v} has more than 12 digits before the decimal point`);
    scaled = 0; // below 1e-6: rounds to zero
  } else {
    const dot = text.indexOf('.');
    const intPart = dot < 0 ? text : text.slice(0, dot);
    const frac = dot < 0 ? '' : text.slice(dot + 1);
    if (intPart.length > 12) throw new SerializeError(`${v} has more than 12 digits before the decimal point`);
    scaled = Number(intPart + (frac + '000').slice(0, 3));
    const rest = frac.slice(3);
    if (rest.length > 0) {
      const first = rest.charCodeAt(0) - 0x30;
      const tie = /^50*$/.test(rest);
      if (first > 5 || (first === 5 && !tie) || (tie && scaled % 2 === 1)) scaled += 1;
    }
  }
  const intDigits = Math.floor(scaled / 1000);
  if (String(intDigits).length > 12) throw new SerializeError(`${v} has more than 12 digits before the decimal point after rounding`);
  let fracDigits = String(scaled % 1000).padStart(3, '0');
  while (fracDigits.length > 1 && fracDigits.endsWith('0')) fracDigits = fracDigits.slice(0, -1);
  const sign = v < 0 && scaled !== 0 ? '-' : '';
  return `${sign}${intDigits}.${fracDigits}`;
}

// Serializing a String (§4.1.6)
function serializeString(s: string): string {
  if (typeof s !== 'string') throw new SerializeError('a string value must be a string');
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) throw new SerializeError(`a string cannot hold U+${c.toString(16).toUpperCase().padStart(4, '0')} (use a display string)`);
    if (c === 0x22 || c === 0x5c) {
      out += s.slice(run, i) + '\\';
      run = i;
    }
  }
  return out + s.slice(run) + '"';
}

// Serializing a Token (§4.1.7)
function serializeToken(t: string): string {
  if (typeof t !== 'string' || t.length === 0) throw new SerializeError('a token must be a non-empty string');
  const c = t.charCodeAt(0);
  if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2a)) throw new SerializeError(`cannot serialise ${JSON.stringify(t)} as a token`);
  for (let i = 1; i < t.length; i++) {
    const d = t.charCodeAt(i);
    if (!(isTchar(d) || d === 0x3a || d === 0x2f)) throw new SerializeError(`cannot serialise ${JSON.stringify(t)} as a token`);
  }
  return t;
}

// Serializing a Byte Sequence (§4.1.8): base64 with padding.
function serializeBinary(bytes: Uint8Array): string {
  if (!(bytes instanceof Uint8Array)) throw new SerializeError('a byte sequence must be a Uint8Array');
  let out = ':';
  let i = 0;
  for (; i + 3 <= bytes.length; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += B64[v >> 18]! + B64[(v >> 12) & 63]! + B64[(v >> 6) & 63]! + B64[v & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const v = bytes[i]! << 16;
    out += B64[v >> 18]! + B64[(v >> 12) & 63]! + '==';
  } else if (rest === 2) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += B64[v >> 18]! + B64[(v >> 12) & 63]! + B64[(v >> 6) & 63]! + '=';
  }
  return out + ':';
}

// Serializing a Display String (§4.1.11)
function serializeDisplayString(s: string): string {
  if (typeof s !== 'string') throw new SerializeError('a display string value must be a string');
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      throw new SerializeError('a display string cannot hold a lone surrogate');
    }
    if (c >= 0xdc00 && c <= 0xdfff) throw new SerializeError('a display string cannot hold a lone surrogate');
  }
  encoder ??= new TextEncoder();
  const bytes = encoder.encode(s);
  let out = '%"';
  for (const b of bytes) {
    if (b === 0x25 || b === 0x22 || b < 0x20 || b > 0x7e) out += '%' + b.toString(16).padStart(2, '0');
    else out += String.fromCharCode(b);
  }
  return out + '"';
}

function serializeBareItem(item: BareItem): string {
  if (item === null || typeof item !== 'object') throw new SerializeError(`${String(item)} is not a bare item ({ type, value })`);
  switch (item.type) {
    case 'integer':
      return serializeInteger(item.value);
    case 'decimal':
      return serializeDecimal(item.value);
    case 'string':
      return serializeString(item.value);
    case 'token':
      return serializeToken(item.value);
    case 'binary':
      return serializeBinary(item.value);
    case 'boolean':
      if (typeof item.value !== 'boolean') throw new SerializeError('a boolean value must be true or false');
      return item.value ? '?1' : '?0';
    case 'date':
      return '@' + serializeInteger(item.value);
    case 'displaystring':
      return serializeDisplayString(item.value);
    default:
      throw new SerializeError(`unknown bare item type ${String((item as { type?: unknown }).type)}`);
  }
}

function isTrue(item: BareItem): boolean {
  return item.type === 'boolean' && item.value === true;
}

// Serializing Parameters (§4.1.1.2)
function serializeParams(params: Parameters): string {
  if (!(params instanceof Map)) throw new SerializeError('parameters must be a Map');
  let out = '';
  for (const [key, value] of params) {
    out += ';' + serializeKey(key);
    if (!isTrue(value)) out += '=' + serializeBareItem(value);
  }
  return out;
}

function serializeItem(item: Item): string {
  if (item === null || typeof item !== 'object') throw new SerializeError('an item must be { value, params }');
  return serializeBareItem(item.value) + serializeParams(item.params);
}

function serializeInnerList(list: InnerList): string {
  if (!Array.isArray(list.items)) throw new SerializeError('an inner list must be { items, params }');
  return '(' + list.items.map(serializeItem).join(' ') + ')' + serializeParams(list.params);
}

function serializeMember(member: Member): string {
  if (member === null || typeof member !== 'object') throw new SerializeError('a member must be an item or an inner list');
  return 'items' in member ? serializeInnerList(member) : serializeItem(member);
}

// Serializing a List (§4.1.1)
function serializeList(list: List): string {
  return list.map(serializeMember).join(', ');
}

// Serializing a Dictionary (§4.1.2)
function serializeDictionary(dict: Dictionary): string {
  const parts: string[] = [];
  for (const [key, member] of dict) {
    if (member === null || typeof member !== 'object') throw new SerializeError('a dictionary member must be an item or an inner list');
    if (!('items' in member) && isTrue(member.value)) parts.push(serializeKey(key) + serializeParams(member.params));
    else parts.push(serializeKey(key) + '=' + serializeMember(member));
  }
  return parts.join(', ');
}

/**
 * Serialises a Structured Field value (RFC 9651 §4.1) in its canonical form: a
 * `Map` is a Dictionary, an array a List, `{ value, params }` an Item. An empty
 * List or Dictionary gives `''` (the field is omitted). Throws a `SerializeError`
 * on a value that cannot be serialised (an invalid key or token, a non-ASCII
 * string, a number out of range).
 */
export function serializeStructuredField(value: StructuredFieldValue): string {
  if (value instanceof Map) return serializeDictionary(value);
  if (Array.isArray(value)) return serializeList(value);
  if (value !== null && typeof value === 'object' && 'value' in value && 'params' in value) return serializeItem(value);
  throw new SerializeError('serializeStructuredField expects a Map (dictionary), an array (list) or { value, params } (item)');
}

/** Serialises one Bare Item (no parameters). */
export function serializeBareItemText(item: BareItem): string {
  return serializeBareItem(item);
}
