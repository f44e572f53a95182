export type { Direction, FieldParseContext, FieldParseResult, FieldParserDefinition } from './types.js';
export { getFieldParser, fieldsWithParsers } from './lookup.js';
export { parseField, checkFieldValueCharacters, type ParseFieldOptions } from './parse-field.js';
export { preferredMediaTypes } from './negotiation.js';
