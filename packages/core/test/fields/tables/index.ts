import type { FieldCase } from '../case.js';
import { conditionalCases } from './conditional.js';
import { contentCases } from './content.js';
import { authCases } from './auth.js';
import { cookieCases } from './cookies.js';
import { securityCases } from './security.js';
import { connectionCases } from './connection.js';
import { generalCases, webdavAndMiscCases } from './general.js';

/** Every field-value table, by family. */
export const ALL_CASES: Record<string, FieldCase[]> = {
  content: contentCases,
  conditional: conditionalCases,
  auth: authCases,
  cookies: cookieCases,
  security: securityCases,
  connection: connectionCases,
  general: generalCases,
  'webdav and misc': webdavAndMiscCases,
};
