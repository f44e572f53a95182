import type { Diagnostic, Locale } from '../types.js';

export type Direction = 'request' | 'response';

export interface FieldParseContext {
  /** The field name as written. */
  name: string;
  /** Whether the field stands in a request or a response, when known. */
  direction?: Direction;
  locale: Locale;
}

/**
 * The result of parsing one field value. Spans of the diagnostics are relative to
 * the value string given to the parser (offset 0 is its first character); callers
 * move them with `shiftDiagnostic`.
 */
export interface FieldParseResult<T = unknown> {
  value?: T;
  diagnostics: Diagnostic[];
}

/** A field-value parser: one module per field or family of fields. */
export interface FieldParserDefinition<T = unknown> {
  /** The lower-case field names this parser handles. */
  names: readonly string[];
  parse(value: string, context: FieldParseContext): FieldParseResult<T>;
}
