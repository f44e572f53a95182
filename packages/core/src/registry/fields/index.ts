import type { FieldDefinition } from './types.js';
import { authFields } from './auth.js';
import { cachingFields } from './caching.js';
import { clientHintFields } from './client-hints.js';
import { conditionalFields } from './conditional.js';
import { connectionFields } from './connection.js';
import { contentFields } from './content.js';
import { contextFields } from './context.js';
import { cookieFields } from './cookies.js';
import { extensionFields } from './extensions.js';
import { integrityFields } from './integrity.js';
import { securityFields } from './security.js';
import { webdavFields } from './webdav.js';

/**
 * Every field family. Adding a field means adding its definition to its family's
 * module and its zh-CN hover text to `locales/zh-CN/fields-<family>.ts` (the
 * registry tests fail until both exist); a new family is one line here and one in
 * `locales/zh-CN/fields.ts`.
 */
export const FIELD_FAMILIES: Readonly<Record<string, readonly FieldDefinition[]>> = {
  auth: authFields,
  caching: cachingFields,
  'client-hints': clientHintFields,
  conditional: conditionalFields,
  connection: connectionFields,
  content: contentFields,
  context: contextFields,
  cookies: cookieFields,
  extensions: extensionFields,
  integrity: integrityFields,
  security: securityFields,
  webdav: webdavFields,
};
