import type { Locale } from '../types.js';
import { FIELD_FAMILIES } from './fields/index.js';
import type { FieldDefinition, FieldInfo } from './fields/types.js';
import { getLocaleText } from './locale-data.js';

const byName = new Map<string, FieldDefinition>();
const familyOf = new Map<string, string>();
for (const [family, defs] of Object.entries(FIELD_FAMILIES)) {
  for (const def of defs) {
    const key = def.name.toLowerCase();
    if (byName.has(key)) throw new Error(`field ${def.name} is defined twice`);
    byName.set(key, def);
    familyOf.set(key, family);
  }
}

/** Every field definition, sorted by lower-case name. */
export const FIELD_DEFINITIONS: readonly FieldDefinition[] = [...byName.values()].sort((a, b) =>
  a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1,
);

/** The raw definition of a field (both languages of the short texts), case-insensitive. */
export function getFieldDefinition(name: string): FieldDefinition | undefined {
  // Names come as written (`Content-Type`), and each is looked up several times per message:
  // a memo by spelling spares a lower-cased copy per look-up. Bounded: beyond it, the plain look-up.
  const known = bySpelling.get(name);
  if (known !== undefined) return known ?? undefined;
  const def = byName.get(name.toLowerCase());
  if (bySpelling.size < SPELLING_MEMO_LIMIT) bySpelling.set(name, def ?? null);
  return def;
}

/** Definitions by the exact spelling of a name (`null`: not in the registry); at most `SPELLING_MEMO_LIMIT` spellings. */
const bySpelling = new Map<string, FieldDefinition | null>();
const SPELLING_MEMO_LIMIT = 2048;

/** The family module a field is defined in (`content`, `caching`, ...). */
export function getFieldFamily(name: string): string | undefined {
  return familyOf.get(name.toLowerCase());
}

/**
 * Everything the registry knows about a field, by name (case-insensitive), with
 * texts in the requested locale; undefined for a field the registry does not know.
 * The zh-CN hover text needs `import '@httplens/core/locales/zh-CN'`; until then
 * `docs` is English and `docsLocale` says so.
 */
export function getField(name: string, options: { locale?: Locale } = {}): FieldInfo | undefined {
  const def = byName.get(name.toLowerCase());
  if (!def) return undefined;
  const locale = options.locale ?? 'en';
  const translated = locale === 'en' ? undefined : getLocaleText(locale, 'fieldDocs', def.name);
  const info: FieldInfo = {
    name: def.name,
    status: def.status,
    registered: def.status !== 'nonstandard',
    appearsIn: def.appearsIn,
    list: def.list,
    repeatable: def.repeatable ?? false,
    specUrl: def.specUrl,
    summary: def.summary[locale],
    docs: translated ?? def.docs,
    docsLocale: translated === undefined ? 'en' : locale,
  };
  if (def.advice) info.advice = def.advice[locale];
  if (def.discouraged) info.discouraged = def.discouraged;
  if (def.replacedBy) info.replacedBy = def.replacedBy;
  if (def.structuredType) info.structuredType = def.structuredType;
  if (def.itemType) info.itemType = def.itemType;
  if (def.trailer) info.trailer = def.trailer;
  if (def.mdnUrl) info.mdnUrl = def.mdnUrl;
  return info;
}

/** The canonical names of every known field, sorted case-insensitively. */
export function listFields(): string[] {
  return FIELD_DEFINITIONS.map((d) => d.name);
}
