/**
 * Core rules of ABNF (RFC 5234, Appendix B.1), as character-class tests on UTF-16
 * code units. Every grammar module builds on these.
 */

/** ALPHA = %x41-5A / %x61-7A ; A-Z / a-z */
export function isAlpha(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** DIGIT = %x30-39 ; 0-9 */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** HEXDIG = DIGIT / "A" / "B" / "C" / "D" / "E" / "F" ; ABNF strings are case-insensitive */
export function isHexdig(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** alphanum = ALPHA / DIGIT (used by RFC 5646 and others) */
export function isAlphanum(c: number): boolean {
  return isAlpha(c) || isDigit(c);
}

/** BIT = "0" / "1" */
export function isBit(c: number): boolean {
  return c === 0x30 || c === 0x31;
}

/** CHAR = %x01-7F ; any 7-bit US-ASCII character, excluding NUL */
export function isChar(c: number): boolean {
  return c >= 0x01 && c <= 0x7f;
}

/** CR = %x0D */
export const CR = 0x0d;
/** LF = %x0A */
export const LF = 0x0a;
/** SP = %x20 */
export const SP = 0x20;
/** HTAB = %x09 */
export const HTAB = 0x09;
/** DQUOTE = %x22 */
export const DQUOTE = 0x22;

/** CTL = %x00-1F / %x7F ; controls */
export function isCtl(c: number): boolean {
  return c <= 0x1f || c === 0x7f;
}

/** VCHAR = %x21-7E ; visible (printing) characters */
export function isVchar(c: number): boolean {
  return c >= 0x21 && c <= 0x7e;
}

/** WSP = SP / HTAB ; white space */
export function isWsp(c: number): boolean {
  return c === SP || c === HTAB;
}

/** OCTET = %x00-FF ; 8 bits of data (a latin1-decoded byte) */
export function isOctet(c: number): boolean {
  return c >= 0 && c <= 0xff;
}

/** CRLF = CR LF ; Internet standard newline. Returns the end of the CRLF at `pos`, or `pos`. */
export function crlf(text: string, pos: number): number {
  return text.charCodeAt(pos) === CR && text.charCodeAt(pos + 1) === LF ? pos + 2 : pos;
}

/** 1*DIGIT: the end of a run of digits starting at `pos` (pos itself when there is none). */
export function digits(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** 1*ALPHA: the end of a run of letters starting at `pos`. */
export function alphas(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end && isAlpha(text.charCodeAt(i))) i++;
  return i;
}

/** The first index of the character `c` in `text[from, end)`, or -1. Never looks past `end` (keeps list scanners linear). */
export function indexOfChar(text: string, c: number, from: number, end: number): number {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === c) return i;
  return -1;
}

/** The last index of the character `c` in `text[start, end)`, or -1. Never looks before `start`. */
export function lastIndexOfChar(text: string, c: number, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) if (text.charCodeAt(i) === c) return i;
  return -1;
}
