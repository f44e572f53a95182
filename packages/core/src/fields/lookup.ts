import { FIELD_PARSER_FAMILIES } from './families.js';
import type { FieldParserDefinition } from './types.js';

const parsers = new Map<string, FieldParserDefinition>();
for (const family of FIELD_PARSER_FAMILIES) {
  for (const def of family) {
    for (const name of def.names) {
      if (parsers.has(name)) throw new Error(`two parsers for the field ${name}`);
      parsers.set(name, def);
    }
  }
}

/** Spellings already looked up (`Content-Type`, `content-type`, ...), so a lookup does not lower-case the name every time. */
const spellings = new Map<string, FieldParserDefinition | null>();

/** The dedicated value parser of a field, by name (case-insensitive). */
export function getFieldParser(name: string): FieldParserDefinition | undefined {
  const known = spellings.get(name);
  if (known !== undefined) return known ?? undefined;
  const def = parsers.get(name.toLowerCase());
  if (spellings.size < 2048) spellings.set(name, def ?? null);
  return def;
}

/** The lower-case names of every field that has a dedicated value parser. */
export function fieldsWithParsers(): string[] {
  return [...parsers.keys()].sort();
}
