import type { Locale, MessageArgs } from './types.js';

/** Maps editor locale tags (`zh-cn`, `zh-Hans`, `en-US`) onto the locales httplens ships. */
export function normalizeLocale(locale: string | undefined | null): Locale {
  if (!locale) return 'en';
  const lower = locale.toLowerCase();
  if (lower === 'zh-cn' || lower === 'zh' || lower.startsWith('zh-hans') || lower === 'zh-sg') return 'zh-CN';
  return 'en';
}

/** A template split at its placeholders: `texts` has one more entry than `names`. */
interface CompiledTemplate {
  readonly texts: readonly string[];
  readonly names: readonly string[];
}

/** Compiled templates by text; the messages of the code table are a few hundred, the cap bounds other callers. */
const compiled = new Map<string, CompiledTemplate>();
const COMPILED_LIMIT = 4096;

function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** Splits a template at `{word}` placeholders, as the regular expression `/\{(\w+)\}/g` would match them. */
function compile(template: string): CompiledTemplate {
  const texts: string[] = [];
  const names: string[] = [];
  let textStart = 0;
  let i = template.indexOf('{');
  while (i !== -1) {
    let j = i + 1;
    while (j < template.length && isWordCode(template.charCodeAt(j))) j++;
    if (j > i + 1 && template.charCodeAt(j) === 0x7d) {
      texts.push(template.slice(textStart, i));
      names.push(template.slice(i + 1, j));
      textStart = j + 1;
      i = template.indexOf('{', textStart);
    } else {
      i = template.indexOf('{', i + 1);
    }
  }
  texts.push(template.slice(textStart));
  return { texts, names };
}

/** Substitutes `{name}` placeholders; an unknown placeholder is left as written. */
export function formatMessage(template: string, args: MessageArgs): string {
  let t = compiled.get(template);
  if (t === undefined) {
    t = compile(template);
    if (compiled.size >= COMPILED_LIMIT) compiled.clear();
    compiled.set(template, t);
  }
  const { texts, names } = t;
  let out = texts[0] as string;
  for (let k = 0; k < names.length; k++) {
    const name = names[k] as string;
    const value = args[name];
    out += (value === undefined ? '{' + name + '}' : String(value)) + (texts[k + 1] as string);
  }
  return out;
}

/** The placeholder names a template uses, in order of first appearance. */
export function placeholders(template: string): string[] {
  const names: string[] = [];
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    const name = m[1] as string;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}
