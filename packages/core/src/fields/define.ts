import { createDiagnostic } from '../diagnostics.js';
import { Problems } from '../grammar/problems.js';
import { ows, trimEnd } from '../grammar/rfc9110.js';
import type { Diagnostic } from '../types.js';
import type { FieldParseContext, FieldParseResult, FieldParserDefinition } from './types.js';

/** What a field's parse function receives: the value, its trimmed bounds, the problem sink and the context. */
export interface FieldInput {
  text: string;
  /** The first character after leading OWS. */
  start: number;
  /** The end of the value without trailing OWS. */
  end: number;
  problems: Problems;
  context: FieldParseContext;
}

/**
 * Defines a field parser from a function that reads `text[start, end)` and
 * reports problems. The problems become localized diagnostics; an empty value
 * is reported once (HTTP2014) unless `allowEmpty`.
 */
export function defineField<T>(
  names: readonly string[],
  parse: (input: FieldInput) => T | undefined,
  options: { allowEmpty?: boolean } = {},
): FieldParserDefinition<T> {
  return {
    names: names.map((n) => n.toLowerCase()),
    parse(value: string, context: FieldParseContext): FieldParseResult<T> {
      const problems = new Problems();
      const start = ows(value, 0, value.length);
      const end = trimEnd(value, start, value.length);
      let result: T | undefined;
      if (start === end && !options.allowEmpty) {
        problems.add('HTTP2014', 0, value.length, { name: context.name });
      } else {
        result = parse({ text: value, start, end, problems, context });
      }
      const diagnostics: Diagnostic[] = [];
      for (const p of problems.list) diagnostics.push(createDiagnostic(p.code, p.span, p.args, { locale: context.locale }));
      return result === undefined ? { diagnostics } : { value: result, diagnostics };
    },
  };
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), bounded:
 * returns `max + 1` as soon as the distance exceeds `max`.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] as number;
}

/** The closest known word (case-insensitive) within an edit distance of 2, for "did you mean". */
export function closest(word: string, known: readonly string[]): string | undefined {
  if (word.length > 64) return undefined;
  const w = word.toLowerCase();
  const max = w.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestD = max + 1;
  for (const k of known) {
    const d = editDistance(w, k.toLowerCase(), max);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best;
}

/** Base64 (RFC 4648 §4, with padding) decoded length, or -1 when `s` is not base64. */
export function base64Length(s: string, { url = false }: { url?: boolean } = {}): number {
  if (s.length === 0) return 0;
  let pad = 0;
  let i = s.length;
  while (i > 0 && s.charCodeAt(i - 1) === 0x3d && pad < 2) {
    i--;
    pad++;
  }
  for (let k = 0; k < i; k++) {
    const c = s.charCodeAt(k);
    const ok =
      (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (url ? c === 0x2d || c === 0x5f : c === 0x2b || c === 0x2f);
    if (!ok) return -1;
  }
  if (pad > 0 && s.length % 4 !== 0) return -1;
  if (pad === 0 && !url && s.length % 4 !== 0) return -1;
  const rem = i % 4;
  if (rem === 1) return -1;
  return Math.floor(i / 4) * 3 + (rem === 0 ? 0 : rem - 1);
}

/** Decodes base64 to a latin1 string (each char a byte); undefined when not base64. */
export function decodeBase64(s: string): string | undefined {
  if (base64Length(s) < 0) return undefined;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let bits = 0;
  let acc = 0;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (ch === '=') break;
    acc = (acc << 6) | alphabet.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 0xff);
    }
  }
  return out;
}
