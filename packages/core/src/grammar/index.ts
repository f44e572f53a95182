/**
 * Grammars of the RFCs, one module per RFC. The rules are published under one
 * namespace (`grammar.token`, `grammar.quotedString`, `grammar.uriReference`, ...)
 * so their short ABNF names never collide with the rest of the API.
 */
export * as grammar from './all.js';
export { parseHttpDate, formatHttpDate } from './http-date.js';
export type { HttpDateForm, HttpDateResult, HttpDateSuccess, HttpDateFailure, HttpDateErrorReason, ParseHttpDateOptions } from './http-date.js';
