/**
 * Decoding of included files (`<@latin1 ./file`): the encoding names of Node.js, which REST Client and httpYac pass
 * to it, and the labels of the WHATWG Encoding Standard (`TextDecoder`). Pure.
 */

type Decode = (bytes: Uint8Array) => string;

const HEX = '0123456789abcdef';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One character per byte (ISO-8859-1, Node's `latin1`), optionally with the high bit cleared (Node's `ascii`). */
function bytesToChars(bytes: Uint8Array, mask: number): string {
  let out = '';
  const step = 8192;
  for (let i = 0; i < bytes.length; i += step) {
    const end = Math.min(bytes.length, i + step);
    const codes: number[] = new Array<number>(end - i);
    for (let k = i; k < end; k++) codes[k - i] = (bytes[k] as number) & mask;
    out += String.fromCharCode(...codes);
  }
  return out;
}

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += (HEX[b >> 4] as string) + (HEX[b & 15] as string);
  return out;
}

/** Standard base64 with padding (RFC 4648 §4), as Node's `buffer.toString('base64')`. */
export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out += (BASE64[n >> 18] as string) + (BASE64[(n >> 12) & 63] as string) + (BASE64[(n >> 6) & 63] as string) + (BASE64[n & 63] as string);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] as number) << 16;
    out += `${BASE64[n >> 18] as string}${BASE64[(n >> 12) & 63] as string}==`;
  } else if (rest === 2) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8);
    out += `${BASE64[n >> 18] as string}${BASE64[(n >> 12) & 63] as string}${BASE64[(n >> 6) & 63] as string}=`;
  }
  return out;
}

/** Base64 of the UTF-8 bytes of a string (RFC 4648 §4). */
export function toBase64(text: string): string {
  return bytesToBase64(ENCODER.encode(text));
}

/** Node's names first: `latin1` is ISO-8859-1 there, where the WHATWG label means windows-1252. */
const NODE: Readonly<Record<string, Decode>> = {
  latin1: (b) => bytesToChars(b, 0xff),
  binary: (b) => bytesToChars(b, 0xff),
  ascii: (b) => bytesToChars(b, 0x7f),
  utf16le: (b) => new TextDecoder('utf-16le').decode(b),
  ucs2: (b) => new TextDecoder('utf-16le').decode(b),
  'ucs-2': (b) => new TextDecoder('utf-16le').decode(b),
  base64: bytesToBase64,
  hex,
};

function decoderFor(encoding: string): Decode | undefined {
  const label = encoding.trim().toLowerCase();
  const node = Object.prototype.hasOwnProperty.call(NODE, label) ? NODE[label] : undefined;
  if (node) return node;
  try {
    const decoder = new TextDecoder(label === 'utf8' || label === '' ? 'utf-8' : label);
    return (b) => decoder.decode(b);
  } catch {
    return undefined;
  }
}

/** Whether `<@encoding` names an encoding that `decodeFile` knows (an empty name is UTF-8). */
export function isKnownEncoding(encoding: string): boolean {
  return decoderFor(encoding) !== undefined;
}

/**
 * The text of an included file's bytes in `encoding` (UTF-8 when absent or unknown; see `isKnownEncoding`). A UTF-8
 * or UTF-16 byte order mark is dropped, as the editors do.
 */
export function decodeFile(bytes: Uint8Array, encoding?: string): string {
  const decode = encoding === undefined ? undefined : decoderFor(encoding);
  return (decode ?? ((b: Uint8Array) => new TextDecoder('utf-8').decode(b)))(bytes);
}

/** The encodings in which `decodeText` reads a text file. */
export type TextFileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** A text file's characters, the encoding they were read in, and whether the file began with a byte order mark. */
export interface DecodedText {
  text: string;
  encoding: TextFileEncoding;
  bom: boolean;
}

/** The bytes at the start of a file that VS Code looks at to tell UTF-16 without a byte order mark from binary. */
const ZERO_BYTE_WINDOW = 512;

/** UTF-16 in `be` byte order (even bytes high) read through the little-endian decoder, which every runtime has. */
function decodeUtf16(bytes: Uint8Array, be: boolean): string {
  if (!be) return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes);
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] as number;
    swapped[i + 1] = bytes[i] as number;
  }
  // an odd last byte is half a character: U+FFFD, as the little-endian decoder gives for it
  const text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(swapped);
  return bytes.length % 2 === 1 ? `${text}\uFFFD` : text;
}

/**
 * The text of a `.http` file's bytes, read as VS Code and the JetBrains IDEs read it: a byte order mark names the
 * encoding (UTF-8, UTF-16LE as Windows PowerShell 5 writes files, UTF-16BE) and is not part of the text; without
 * one, a file whose first 512 bytes hold NUL bytes only at odd (or only at even) offsets is UTF-16LE (BE), as VS Code
 * guesses; anything else is UTF-8, with U+FFFD for bytes that are not UTF-8.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  if (b0 === 0xff && b1 === 0xfe) return { text: decodeUtf16(bytes.subarray(2), false), encoding: 'utf-16le', bom: true };
  if (b0 === 0xfe && b1 === 0xff) return { text: decodeUtf16(bytes.subarray(2), true), encoding: 'utf-16be', bom: true };
  let le = true;
  let be = true;
  let zero = false;
  const n = Math.min(bytes.length, ZERO_BYTE_WINDOW);
  for (let i = 0; i < n && (le || be); i++) {
    const isZero = bytes[i] === 0;
    zero ||= isZero;
    // UTF-16LE text of Latin characters: NUL at every odd offset and nowhere else; BE the reverse
    if (isZero !== (i % 2 === 1)) le = false;
    if (isZero !== (i % 2 === 0)) be = false;
  }
  if (zero && le) return { text: decodeUtf16(bytes, false), encoding: 'utf-16le', bom: false };
  if (zero && be) return { text: decodeUtf16(bytes, true), encoding: 'utf-16be', bom: false };
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'utf-8', bom: false };
}

const ENCODER = new TextEncoder();

/** Pieces of text (sent as UTF-8) and bytes, joined into one array. */
export function joinPieces(pieces: readonly (string | Uint8Array)[]): Uint8Array {
  const parts = pieces.map((p) => (typeof p === 'string' ? ENCODER.encode(p) : p));
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
