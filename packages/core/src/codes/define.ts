import type { Severity } from '../types.js';

/**
 * The areas of the code table. Blocks are reserved per area (see DESIGN.md):
 * HTTP0001-0499 framing, 0500-0999 message rules, 1000-1999 `.http` syntax,
 * 2000-2999 field-value syntax, 3000-3999 field semantics (a hundred per family),
 * 5000-5999 portability between `.http` dialects.
 */
export type Area =
  | 'framing'
  | 'message'
  | 'http-file'
  | 'syntax'
  | 'registry'
  | 'caching'
  | 'content'
  | 'conditional'
  | 'auth'
  | 'cookies'
  | 'security'
  | 'connection'
  | 'structured'
  | 'portability';

/** The numeric range of each area, inclusive. */
export const AREA_RANGES: Readonly<Record<Area, readonly [number, number]>> = {
  framing: [1, 499],
  message: [500, 999],
  'http-file': [1000, 1999],
  syntax: [2000, 2999],
  registry: [3000, 3099],
  caching: [3100, 3199],
  content: [3200, 3299],
  conditional: [3300, 3399],
  auth: [3400, 3499],
  cookies: [3500, 3599],
  security: [3600, 3699],
  connection: [3700, 3799],
  structured: [3800, 3899],
  portability: [5000, 5999],
};

export interface LocalizedText {
  en: string;
  'zh-CN': string;
}

export interface CodeDefinition {
  /** `HTTP` and four digits, inside the area's block. */
  code: string;
  /** Camel-case identifier of the message, e.g. `contentLengthInvalid`. */
  messageId: string;
  severity: Severity;
  area: Area;
  /** Message templates with `{name}` placeholders; both languages use the same placeholders. */
  message: LocalizedText;
  /** A short title for the doc page and rule lists. */
  title: LocalizedText;
  /** English doc page (markdown). The zh-CN page lives under `locales/zh-CN`. */
  doc: string;
  /** Whether a code-action provider offers a fix for this code. */
  fixable?: boolean;
}

/** Identity helper that keeps a block's literal types and documents intent. */
export function defineCodes<const T extends readonly CodeDefinition[]>(codes: T): T {
  return codes;
}

/**
 * The `code(...)` helper of a block module: positional arguments for a compact table.
 * `const code = codeFactory('auth');` then `code('HTTP3400', 'basicNotBase64', 'error', message, title, doc)`.
 */
export function codeFactory(area: Area) {
  return (code: string, messageId: string, severity: Severity, message: LocalizedText, title: LocalizedText, doc: string, fixable?: boolean): CodeDefinition => {
    const def: CodeDefinition = { code, messageId, severity, area, message, title, doc };
    if (fixable) def.fixable = true;
    return def;
  };
}
