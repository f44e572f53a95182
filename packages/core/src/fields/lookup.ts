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

/** The dedicated value parser of a field, by name (case-insensitive). */
export function getFieldParser(name: string): FieldParserDefinition | undefined {
  return parsers.get(name.toLowerCase());
}

/** The lower-case names of every field that has a dedicated value parser. */
export function fieldsWithParsers(): string[] {
  return [...parsers.keys()].sort();
}
