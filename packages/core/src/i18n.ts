import type { Locale, MessageArgs } from './types.js';

/** Maps editor locale tags (`zh-cn`, `zh-Hans`, `en-US`) onto the locales httplens ships. */
export function normalizeLocale(locale: string | undefined | null): Locale {
  if (!locale) return 'en';
  const lower = locale.toLowerCase();
  if (lower === 'zh-cn' || lower === 'zh' || lower.startsWith('zh-hans') || lower === 'zh-sg') return 'zh-CN';
  return 'en';
}

/** Substitutes `{name}` placeholders; an unknown placeholder is left as written. */
export function formatMessage(template: string, args: MessageArgs): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = args[name];
    return value === undefined ? whole : String(value);
  });
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
