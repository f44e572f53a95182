import { authFieldDocsZh } from './fields-auth.js';
import { cachingFieldDocsZh } from './fields-caching.js';
import { clientHintFieldDocsZh } from './fields-client-hints.js';
import { conditionalFieldDocsZh } from './fields-conditional.js';
import { connectionFieldDocsZh } from './fields-connection.js';
import { contentFieldDocsZh } from './fields-content.js';
import { contextFieldDocsZh } from './fields-context.js';
import { cookieFieldDocsZh } from './fields-cookies.js';
import { extensionFieldDocsZh } from './fields-extensions.js';
import { integrityFieldDocsZh } from './fields-integrity.js';
import { securityFieldDocsZh } from './fields-security.js';
import { webdavFieldDocsZh } from './fields-webdav.js';

/** zh-CN hover texts of every field, keyed by lower-case name (one module per family, as in registry/fields). */
export const fieldDocsZh: Readonly<Record<string, string>> = Object.assign({},
  authFieldDocsZh,
  cachingFieldDocsZh,
  clientHintFieldDocsZh,
  conditionalFieldDocsZh,
  connectionFieldDocsZh,
  contentFieldDocsZh,
  contextFieldDocsZh,
  cookieFieldDocsZh,
  extensionFieldDocsZh,
  integrityFieldDocsZh,
  securityFieldDocsZh,
  webdavFieldDocsZh,
);
