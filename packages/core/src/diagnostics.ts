import { getCodeDefinition } from './codes/table.js';
import { formatMessage } from './i18n.js';
import type { Diagnostic, Locale, MessageArgs, RelatedInformation, Severity, Span } from './types.js';

/**
 * Creates a diagnostic for a code of the table. Throws on an unknown code:
 * that is a programmer error, caught by the tests, never a user-input error.
 */
export function createDiagnostic(
  code: string,
  span: Span,
  args: MessageArgs = {},
  options: { locale?: Locale; severity?: Severity; related?: RelatedInformation[] } = {},
): Diagnostic {
  const def = getCodeDefinition(code);
  if (!def) throw new Error(`unknown diagnostic code ${code}`);
  const diagnostic: Diagnostic = {
    code,
    severity: options.severity ?? def.severity,
    message: formatMessage(def.message[options.locale ?? 'en'], args),
    messageId: def.messageId,
    args,
    span,
  };
  if (options.related) diagnostic.related = options.related;
  return diagnostic;
}

/** Renders a diagnostic's message again in another locale. */
export function localizeDiagnostic(diagnostic: Diagnostic, locale: Locale): Diagnostic {
  const def = getCodeDefinition(diagnostic.code);
  if (!def) return diagnostic;
  return { ...diagnostic, message: formatMessage(def.message[locale], diagnostic.args) };
}

/** Moves a diagnostic produced on a substring to the coordinates of the whole input. */
export function shiftDiagnostic(diagnostic: Diagnostic, delta: number): Diagnostic {
  const shifted: Diagnostic = { ...diagnostic, span: { offset: diagnostic.span.offset + delta, length: diagnostic.span.length } };
  if (diagnostic.related) shifted.related = diagnostic.related.map((r) => ({ ...r, span: { offset: r.span.offset + delta, length: r.span.length } }));
  return shifted;
}
