import {
  createDiagnostic,
  createLintMemo,
  getDiagnosticInfo,
  lintParsedMessage,
  localizeDiagnostic,
  type LintOptions,
  type Diagnostic as CoreDiagnostic,
  type Locale,
  type Severity,
  type Span,
} from '@httplens/core';
import { applySuppressions, basicCredentials, computedAuthorizationScheme, oauth2Shorthand, runsOAuth2Flow, urlUserinfo, type HttpFileHeader, type HttpFileRequest } from '@httplens/http-file';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { toRange, type TextDocument } from './document.js';
import { templateMessage, type ParsedDocument } from './parse.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface ValidationOptions {
  locale: Locale;
  severity?: Readonly<Record<string, Severity | 'off'>>;
  now: number;
}

/**
 * Every diagnostic of a document, as core and http-file report them: the `.http`
 * parser's, and each request linted as a template (DESIGN.md: no false errors for
 * `{{token}}`, a missing Host or REST Client's auth shorthands); for raw messages,
 * the parser's and the linter's. Suppression comments and severity settings applied.
 */
export function collectDiagnostics(parsed: ParsedDocument, options: ValidationOptions): CoreDiagnostic[] {
  const { locale, now } = options;
  let out: CoreDiagnostic[] = [];
  if (parsed.kind === 'http') {
    for (const d of parsed.file.diagnostics) out.push(localizeDiagnostic(d, locale));
    // One options object for every request (the linter does not keep it), only its URL changes;
    // one memo for the document, so a field value its requests repeat is parsed once.
    const lintOptions: LintOptions = { origin: 'template', url: '', source: parsed.text, locale, now, memo: createLintMemo() };
    // Where a body starts among the headers (HTTP1053), in order; the requests are in order too.
    const bodyStarts = parsed.file.diagnostics.filter((d) => d.code === 'HTTP1053').map((d) => d.span.offset).sort((a, b) => a - b);
    let k = 0;
    for (const request of parsed.file.requests) {
      if (request.protocol !== 'http') continue;
      lintOptions.url = request.url;
      const lint = lintParsedMessage(templateMessage(request), lintOptions);
      while (k < bodyStarts.length && (bodyStarts[k] as number) < request.span.offset) k++;
      const body = k < bodyStarts.length ? bodyAmongHeaders(bodyStarts[k] as number, request) : undefined;
      const auth = authShorthands(request.headers, locale);
      for (const d of lint) if (!within(auth.values, d) && !(body && d.span.offset >= body.from && d.span.offset < body.to)) out.push(d);
      const credentials = urlCredentials(request, locale);
      if (credentials) out.push(credentials);
      for (const d of auth.notSent) out.push(d);
    }
    out = applySuppressions(out, parsed.file);
  } else {
    for (const message of parsed.messages) for (const d of lintParsedMessage(message, { source: parsed.text, locale, now })) out.push(d);
    out = applySuppressions(out, parsed.text);
  }
  return applySeverity(dedupe(out), options.severity);
}

/**
 * The lines read as headers from a body written right under them (the HTTP1053 at `start`, at or after the request's
 * start) to the end of the header section: the parser reports them once, so the linter's findings on those "fields"
 * are left out.
 */
function bodyAmongHeaders(start: number, request: HttpFileRequest): { from: number; to: number } | undefined {
  const last = request.headers[request.headers.length - 1];
  if (!last) return undefined;
  const to = last.span.offset + last.span.length + 1;
  return start < to ? { from: start, to } : undefined;
}

/**
 * HTTP1051 as the sender notes it, while the file is edited: `user:password@` written in the URL goes out as Basic
 * credentials (when the request has no Authorization of its own). Not for user information from variables.
 */
function urlCredentials(request: HttpFileRequest, locale: Locale): CoreDiagnostic | undefined {
  const userinfo = urlUserinfo(request.url)?.userinfo;
  if (userinfo === undefined || userinfo.includes('{{')) return undefined;
  if (request.headers.some((h) => h.name.toLowerCase() === 'authorization')) return undefined;
  return createDiagnostic('HTTP1051', request.urlSpan, basicCredentials(userinfo), { locale });
}

/**
 * The values of REST Client's `Authorization: Basic user:pass` / `Basic user pass` / `Digest user pass` shorthands,
 * which the sender rewrites, and of httpYac's `oauth2 <flow>` and `AWS <key> <secret>`: none is linted as credentials.
 * `notSent`: HTTP1057 for the latter, except the OAuth 2.0 flows the sender runs (client_credentials, password, authorization_code, device_code); once
 * their variables are filled in, `toHttpMessage` says it again. Found once per request, so that checking a diagnostic does not go through every field.
 */
function authShorthands(headers: readonly HttpFileHeader[], locale: Locale): { values: Span[]; notSent: CoreDiagnostic[] } {
  const values: Span[] = [];
  const notSent: CoreDiagnostic[] = [];
  for (const h of headers) {
    const name = h.name.toLowerCase();
    if (name !== 'authorization' && name !== 'proxy-authorization') continue;
    if (/^(?:basic|digest)\s+\S+(?:\s+\S+|:\S*)/i.test(h.value)) values.push(h.valueSpan);
    else if (name === 'authorization') {
      const scheme = computedAuthorizationScheme(h.value);
      if (scheme === undefined) continue;
      values.push(h.valueSpan);
      // the client_credentials, password, authorization_code and device_code flows are run when the request is sent
      const oauth2 = oauth2Shorthand(h.value);
      if (oauth2 && runsOAuth2Flow(oauth2)) continue;
      if (!h.value.includes('{{')) notSent.push(createDiagnostic('HTTP1057', h.span, { scheme }, { locale }));
    }
  }
  return { values, notSent };
}

/** Whether a diagnostic starts inside one of the spans (or right at the end of one); the spans are in order and apart. */
function within(spans: readonly Span[], d: CoreDiagnostic): boolean {
  // the last span that starts at or before the diagnostic
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as { offset: number }).offset <= d.span.offset) lo = mid + 1;
    else hi = mid - 1;
  }
  const s = spans[hi];
  return s !== undefined && d.span.offset <= s.offset + s.length;
}

function dedupe(diagnostics: CoreDiagnostic[]): CoreDiagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.code}@${d.span.offset}:${d.span.length}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function applySeverity(diagnostics: CoreDiagnostic[], overrides: ValidationOptions['severity']): CoreDiagnostic[] {
  if (!overrides) return diagnostics;
  const out: CoreDiagnostic[] = [];
  for (const d of diagnostics) {
    const o = overrides[d.code];
    if (o === 'off') continue;
    out.push(o ? { ...d, severity: o } : d);
  }
  return out;
}

/** Core's diagnostic as an LSP diagnostic: code, link to its doc page, related information. */
export function toLspDiagnostic(document: TextDocument, d: CoreDiagnostic, locale: Locale): Diagnostic {
  const info = getDiagnosticInfo(d.code, { locale });
  const lsp: Diagnostic = {
    range: toRange(document, d.span),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'httplens',
    message: d.message,
    data: { messageId: d.messageId, args: d.args },
  };
  if (info) lsp.codeDescription = { href: info.docUrl };
  if (d.related?.length) {
    lsp.relatedInformation = d.related.map((r) => ({ location: { uri: document.uri, range: toRange(document, r.span) }, message: r.message }));
  }
  return lsp;
}
