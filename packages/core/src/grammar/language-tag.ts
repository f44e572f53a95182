/**
 * Language tags (RFC 5646 §2.1) and language ranges (RFC 4647 §2.1).
 */
import type { Span } from '../types.js';
import { isAlpha, isAlphanum, isDigit } from './core.js';

export interface LanguageTag {
  tag: string;
  language?: string;
  extlang?: string[];
  script?: string;
  region?: string;
  variants: string[];
  extensions: string[];
  privateuse?: string;
  grandfathered?: boolean;
}

export type LanguageTagResult =
  | { ok: true; value: LanguageTag }
  | { ok: false; /** Where the first offending subtag starts, relative to the tag. */ span: Span };

/**
 * irregular = "en-GB-oed" / "i-ami" / "i-bnn" / "i-default" / "i-enochian" / "i-hak" /
 *             "i-klingon" / "i-lux" / "i-mingo" / "i-navajo" / "i-pwn" / "i-tao" /
 *             "i-tay" / "i-tsu" / "sgn-BE-FR" / "sgn-BE-NL" / "sgn-CH-DE"
 * regular   = "art-lojban" / "cel-gaulish" / "no-bok" / "no-nyn" / "zh-guoyu" /
 *             "zh-hakka" / "zh-min" / "zh-min-nan" / "zh-xiang"
 */
const GRANDFATHERED = new Set([
  'en-gb-oed', 'i-ami', 'i-bnn', 'i-default', 'i-enochian', 'i-hak', 'i-klingon', 'i-lux', 'i-mingo', 'i-navajo', 'i-pwn',
  'i-tao', 'i-tay', 'i-tsu', 'sgn-be-fr', 'sgn-be-nl', 'sgn-ch-de', 'art-lojban', 'cel-gaulish', 'no-bok', 'no-nyn',
  'zh-guoyu', 'zh-hakka', 'zh-min', 'zh-min-nan', 'zh-xiang',
]);

function all(s: string, test: (c: number) => boolean): boolean {
  for (let i = 0; i < s.length; i++) if (!test(s.charCodeAt(i))) return false;
  return true;
}

/**
 * Language-Tag  = langtag / privateuse / grandfathered
 * langtag       = language ["-" script] ["-" region] *("-" variant) *("-" extension) ["-" privateuse]
 * language      = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA
 * extlang       = 3ALPHA *2("-" 3ALPHA)
 * script        = 4ALPHA
 * region        = 2ALPHA / 3DIGIT
 * variant       = 5*8alphanum / (DIGIT 3alphanum)
 * extension     = singleton 1*("-" (2*8alphanum))
 * singleton     = DIGIT / %x41-57 / %x59-5A / %x61-77 / %x79-7A
 * privateuse    = "x" 1*("-" (1*8alphanum))
 */
export function languageTag(tag: string): LanguageTagResult {
  if (GRANDFATHERED.has(tag.toLowerCase())) return { ok: true, value: { tag, variants: [], extensions: [], grandfathered: true } };
  const subtags = tag.split('-');
  const offsets: number[] = [];
  let off = 0;
  for (const s of subtags) {
    offsets.push(off);
    off += s.length + 1;
  }
  const bad = (k: number): LanguageTagResult => ({ ok: false, span: { offset: offsets[k] ?? 0, length: (subtags[k] ?? '').length || 1 } });
  for (let k = 0; k < subtags.length; k++) {
    const s = subtags[k] as string;
    if (s.length === 0 || s.length > 8 || !all(s, isAlphanum)) return bad(k);
  }
  const value: LanguageTag = { tag, variants: [], extensions: [] };
  let k = 0;
  const first = subtags[0] as string;
  if (first.toLowerCase() === 'x') {
    if (subtags.length < 2) return bad(0);
    value.privateuse = tag;
    return { ok: true, value };
  }
  if (!all(first, isAlpha) || first.length < 2) return bad(0);
  value.language = first.toLowerCase();
  k = 1;
  if (first.length <= 3) {
    const ext: string[] = [];
    while (k < subtags.length && ext.length < 3 && (subtags[k] as string).length === 3 && all(subtags[k] as string, isAlpha)) {
      ext.push((subtags[k] as string).toLowerCase());
      k++;
    }
    if (ext.length > 0) value.extlang = ext;
  }
  if (k < subtags.length && (subtags[k] as string).length === 4 && all(subtags[k] as string, isAlpha)) {
    value.script = subtags[k] as string;
    k++;
  }
  if (k < subtags.length) {
    const s = subtags[k] as string;
    if ((s.length === 2 && all(s, isAlpha)) || (s.length === 3 && all(s, isDigit))) {
      value.region = s;
      k++;
    }
  }
  while (k < subtags.length) {
    const s = subtags[k] as string;
    if (s.length >= 5 || (s.length === 4 && isDigit(s.charCodeAt(0)))) {
      value.variants.push(s);
      k++;
    } else break;
  }
  while (k < subtags.length) {
    const s = subtags[k] as string;
    if (s.length !== 1 || s.toLowerCase() === 'x') break;
    let j = k + 1;
    while (j < subtags.length && (subtags[j] as string).length >= 2) j++;
    if (j === k + 1) return bad(k);
    value.extensions.push(subtags.slice(k, j).join('-'));
    k = j;
  }
  if (k < subtags.length) {
    const s = subtags[k] as string;
    if (s.toLowerCase() !== 'x' || k + 1 >= subtags.length) return bad(k);
    value.privateuse = subtags.slice(k).join('-');
    k = subtags.length;
  }
  return { ok: true, value };
}

/**
 * language-range = (1*8ALPHA *("-" 1*8alphanum)) / "*"     (RFC 4647 §2.1)
 *
 * Returns undefined when valid, or the span of the offending subtag (relative to the range).
 */
export function languageRange(range: string): Span | undefined {
  if (range === '*') return undefined;
  const subtags = range.split('-');
  let off = 0;
  for (let k = 0; k < subtags.length; k++) {
    const s = subtags[k] as string;
    const ok = s.length >= 1 && s.length <= 8 && all(s, k === 0 ? isAlpha : isAlphanum);
    if (!ok) return { offset: off, length: s.length || 1 };
    off += s.length + 1;
  }
  return undefined;
}
