/**
 * Simplified Chinese documentation (doc pages of the diagnostic codes, field hover
 * texts). Kept on a subpath, `@httplens/core/locales/zh-CN`, so validation-only
 * bundles stay small. Short messages in both languages live in the code table itself.
 *
 * Importing this module registers its texts, after which every `locale: 'zh-CN'`
 * option returns them: `import '@httplens/core/locales/zh-CN';`.
 */
import { registerLocaleData } from '../registry/locale-data.js';
import { fieldDocsZh } from './zh-CN/fields.js';
import { framingDocsZh } from './zh-CN/codes/framing.js';
import { messageDocsZh } from './zh-CN/codes/message.js';
import { httpFileDocsZh } from './zh-CN/codes/http-file.js';
import { syntaxDocsZh } from './zh-CN/codes/syntax.js';
import { registryDocsZh } from './zh-CN/codes/registry.js';
import { cachingDocsZh } from './zh-CN/codes/caching.js';
import { contentDocsZh } from './zh-CN/codes/content.js';
import { conditionalDocsZh } from './zh-CN/codes/conditional.js';
import { authDocsZh } from './zh-CN/codes/auth.js';
import { cookiesDocsZh } from './zh-CN/codes/cookies.js';
import { securityDocsZh } from './zh-CN/codes/security.js';
import { connectionDocsZh } from './zh-CN/codes/connection.js';
import { structuredDocsZh } from './zh-CN/codes/structured.js';
import { portabilityDocsZh } from './zh-CN/codes/portability.js';

/** zh-CN doc pages of every diagnostic code, keyed by code. */
export const codeDocsZh: Readonly<Record<string, string>> = Object.assign({},
  framingDocsZh,
  messageDocsZh,
  httpFileDocsZh,
  syntaxDocsZh,
  registryDocsZh,
  cachingDocsZh,
  contentDocsZh,
  conditionalDocsZh,
  authDocsZh,
  cookiesDocsZh,
  securityDocsZh,
  connectionDocsZh,
  structuredDocsZh,
  portabilityDocsZh,
);

export { fieldDocsZh };

registerLocaleData('zh-CN', { codeDocs: codeDocsZh, fieldDocs: fieldDocsZh });
