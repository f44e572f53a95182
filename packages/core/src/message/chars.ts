/**
 * Character classes of RFC 9110 / RFC 9112 / RFC 3986 as lookup tables over
 * Latin-1 code units, so the parser classifies a character with one array read.
 */

/** tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA */
export const TCHAR = new Uint8Array(256);
/** field-vchar / SP / HTAB: VCHAR (0x21-0x7E), obs-text (0x80-0xFF), SP, HTAB. */
export const FIELD_CHAR = new Uint8Array(256);
/**
 * Characters allowed unencoded in a request target: unreserved / sub-delims / ":" / "@" / "/" / "?"
 * (pchar plus the query and path delimiters); "%" is checked separately (pct-encoded).
 */
export const TARGET_CHAR = new Uint8Array(256);
/** HEXDIG value plus one (0 = not a hex digit). */
export const HEX_VALUE = new Uint8Array(256);

const ALPHA_DIGIT = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
for (const ch of ALPHA_DIGIT + "!#$%&'*+-.^_`|~") TCHAR[ch.charCodeAt(0)] = 1;
for (let c = 0x21; c <= 0x7e; c++) FIELD_CHAR[c] = 1;
for (let c = 0x80; c <= 0xff; c++) FIELD_CHAR[c] = 1;
FIELD_CHAR[0x20] = 1;
FIELD_CHAR[0x09] = 1;
for (const ch of ALPHA_DIGIT + "-._~!$&'()*+,;=:@/?") TARGET_CHAR[ch.charCodeAt(0)] = 1;
for (let i = 0; i < 10; i++) HEX_VALUE[0x30 + i] = i + 1;
for (let i = 0; i < 6; i++) {
  HEX_VALUE[0x41 + i] = 11 + i;
  HEX_VALUE[0x61 + i] = 11 + i;
}

/** Whether `text[start, start + lower.length)` equals `lower` (lower-case ASCII) ignoring ASCII case. */
export function equalsLower(text: string, start: number, end: number, lower: string): boolean {
  if (end - start !== lower.length) return false;
  for (let i = 0; i < lower.length; i++) {
    const c = text.charCodeAt(start + i);
    const l = lower.charCodeAt(i);
    if (c !== l && !(c >= 0x41 && c <= 0x5a && c + 32 === l)) return false;
  }
  return true;
}

/**
 * Whether a field name is `lower` (lower-case ASCII) in any ASCII case, without a lower-cased
 * copy. For names without a `k` this is what `toLowerCase` equality gives (the Kelvin sign is
 * the one non-ASCII character that lower-cases to a single ASCII letter).
 */
export function isNamed(name: string, lower: string): boolean {
  return name === lower || equalsLower(name, 0, name.length, lower);
}

const NOT_LATIN1 = /[^\0-\xff]/;
let latin1Decoder: TextDecoder | undefined;
let asciiDecoder: TextDecoder | undefined;

/**
 * Decodes bytes one to one into UTF-16 code units (ISO-8859-1), so string offsets
 * equal byte offsets. TextDecoder's "latin1" is windows-1252 (it remaps 0x80-0x9F),
 * so such input falls back to a by-code decoding.
 */
export function decodeLatin1(bytes: Uint8Array): string {
  if (bytes.length === 0) return '';
  // Fast path: ASCII input (most messages). A fatal UTF-8 decoder gives one unit per byte
  // exactly when every byte is ASCII; any other byte shortens the text or throws.
  asciiDecoder ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    const ascii = asciiDecoder.decode(bytes);
    if (ascii.length === bytes.length) return ascii;
  } catch {
    // not UTF-8: decode below
  }
  latin1Decoder ??= new TextDecoder('latin1');
  const text = latin1Decoder.decode(bytes);
  if (text.length === bytes.length && !NOT_LATIN1.test(text)) return text;
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
  }
  return out;
}

/**
 * Encodes a range of decoded text back to bytes: a code unit up to U+00FF is one byte
 * (the inverse of `decodeLatin1`); a character above it (text typed or pasted, not
 * decoded from bytes) is encoded as UTF-8.
 */
export function encodeRange(text: string, start: number, end: number, out: Uint8Array, at: number): number {
  let o = at;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0xff) {
      out[o++] = c;
      continue;
    }
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (cp < 0x800) {
      out[o++] = 0xc0 | (cp >> 6);
      out[o++] = 0x80 | (cp & 0x3f);
    } else if (cp < 0x10000) {
      out[o++] = 0xe0 | (cp >> 12);
      out[o++] = 0x80 | ((cp >> 6) & 0x3f);
      out[o++] = 0x80 | (cp & 0x3f);
    } else {
      out[o++] = 0xf0 | (cp >> 18);
      out[o++] = 0x80 | ((cp >> 12) & 0x3f);
      out[o++] = 0x80 | ((cp >> 6) & 0x3f);
      out[o++] = 0x80 | (cp & 0x3f);
    }
  }
  return o - at;
}

/** The number of bytes `encodeRange` writes for the range. */
export function encodedLength(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0xff) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
