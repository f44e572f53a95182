import type { Suite } from '../harness.js';
import structuredFields from './structured-fields.js';
import messageParser from './message-parser.js';
import transport from './transport.js';
import languageService from './language-service.js';
import cliLint from './cli-lint.js';
import caching from './caching.js';
import fieldValues from './field-values.js';
import httpFile from './http-file.js';

/** Every suite, in the order `npm run bench` runs them. Each issue adds its own module here. */
export const SUITES: Suite[] = [structuredFields, messageParser, transport, languageService, cliLint, caching, fieldValues, httpFile];
