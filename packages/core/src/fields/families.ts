import type { FieldParserDefinition } from './types.js';
import { STRUCTURED_FIELD_PARSERS } from './structured.js';
import { CACHING_FIELD_PARSERS } from './caching.js';
import { contentFields } from './content.js';
import { conditionalFields } from './conditional.js';
import { authFields } from './auth.js';
import { cookieFields } from './cookies.js';
import { securityFields } from './security.js';
import { connectionFields } from './connection.js';
import { generalFields } from './general.js';

/**
 * Every field-parser module. A family module exports an array of
 * FieldParserDefinition; adding a field means adding it to its family's module
 * (with its tests and docs), and a new family means one line here.
 */
export const FIELD_PARSER_FAMILIES: readonly (readonly FieldParserDefinition[])[] = [
  STRUCTURED_FIELD_PARSERS,
  CACHING_FIELD_PARSERS,
  contentFields,
  conditionalFields,
  authFields,
  cookieFields,
  securityFields,
  connectionFields,
  generalFields,
];
