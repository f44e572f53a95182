import type { Locale } from '../types.js';

/**
 * Long documentation in languages other than English (doc pages of diagnostic
 * codes, hover texts of fields, status codes and methods). The English text ships
 * with the main entry point; other languages live on a subpath
 * (`@httplens/core/locales/zh-CN`) that registers its data here when imported,
 * so bundles that only validate stay small.
 */
export interface LocaleData {
  /** Doc pages (markdown) of diagnostic codes, keyed by code (`HTTP3001`). */
  codeDocs?: Readonly<Record<string, string>>;
  /** Hover docs (markdown) of fields, keyed by lower-case field name. */
  fieldDocs?: Readonly<Record<string, string>>;
}

type Kind = keyof LocaleData;

const store = new Map<Locale, { [K in Kind]: Map<string, string> }>();

/**
 * Registers documentation for a locale. Called at the top of the locale modules;
 * calling it again adds to (and overrides) what is already there.
 */
export function registerLocaleData(locale: Locale, data: LocaleData): void {
  let entry = store.get(locale);
  if (!entry) {
    entry = { codeDocs: new Map(), fieldDocs: new Map() };
    store.set(locale, entry);
  }
  for (const kind of ['codeDocs', 'fieldDocs'] as const) {
    const records = data[kind];
    if (!records) continue;
    for (const [key, text] of Object.entries(records)) entry[kind].set(kind === 'fieldDocs' ? key.toLowerCase() : key, text);
  }
}

/** Whether any data has been registered for a locale (English is always available). */
export function hasLocaleData(locale: Locale): boolean {
  return locale === 'en' || store.has(locale);
}

/** A registered text, or undefined when the locale's module has not been imported or lacks the key. */
export function getLocaleText(locale: Locale, kind: Kind, key: string): string | undefined {
  return store.get(locale)?.[kind].get(kind === 'fieldDocs' ? key.toLowerCase() : key);
}
