import type { CodeDefinition } from '../define.js';
import { framingCodes } from './framing.js';
import { messageCodes } from './message.js';
import { httpFileCodes } from './http-file.js';
import { syntaxCodes } from './syntax.js';
import { registryCodes } from './registry.js';
import { cachingCodes } from './caching.js';
import { contentCodes } from './content.js';
import { conditionalCodes } from './conditional.js';
import { authCodes } from './auth.js';
import { cookiesCodes } from './cookies.js';
import { securityCodes } from './security.js';
import { connectionCodes } from './connection.js';
import { structuredCodes } from './structured.js';
import { portabilityCodes } from './portability.js';

/**
 * Every block of the code table. Each area keeps its codes in its own module,
 * so work on one area never touches another.
 */
export const ALL_BLOCKS: readonly (readonly CodeDefinition[])[] = [
  framingCodes,
  messageCodes,
  httpFileCodes,
  syntaxCodes,
  registryCodes,
  cachingCodes,
  contentCodes,
  conditionalCodes,
  authCodes,
  cookiesCodes,
  securityCodes,
  connectionCodes,
  structuredCodes,
  portabilityCodes,
];
