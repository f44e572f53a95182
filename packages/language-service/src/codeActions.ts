import { getField, parseField, parseHttpDate, splitList, type FieldLine, type Locale } from '@httplens/core';
import { isTimeoutKey, parseCurl, parseTimeoutValue, toCurl, urlUserinfo, userinfoCredentials, type HttpFile, type HttpFileRequest } from '@httplens/http-file';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import { contains, eolOf, lineEndAt, lineStartAt, offsetOf, toRange, type TextDocument } from './document.js';
import { t } from './l10n.js';
import { requestAt, type ParsedDocument } from './parse.js';

export interface CodeActionOptions {
  locale: Locale;
  now: number;
}

/** Codes whose fix removes the flagged Cache-Control directive. */
const REMOVE_DIRECTIVE = new Set(['HTTP3103', 'HTTP3111', 'HTTP3112', 'HTTP3113']);
/** Codes whose fix replaces a field name with the one in the diagnostic's arguments. */
const RENAME_FIELD: Record<string, string> = { HTTP3001: 'suggestion', HTTP3003: 'replacement', HTTP3005: 'replacement', HTTP3006: 'replacement', HTTP3012: 'canonical' };
/** Fields whose list members may stand on separate lines (not Set-Cookie: its dates hold commas). */
const SPLITTABLE = new Set(['accept', 'accept-encoding', 'accept-language', 'cache-control', 'vary', 'allow', 'connection', 'link', 'via', 'if-none-match', 'if-match', 'access-control-allow-headers', 'access-control-allow-methods', 'access-control-expose-headers']);

/**
 * Quick fixes keyed by diagnostic code (never by message text), and refactorings
 * for the range: copy a request as cURL, convert a cURL command into a request,
 * convert Expires into max-age, split a combined field line.
 */
export function doCodeActions(document: TextDocument, parsed: ParsedDocument, range: Range, diagnostics: readonly Diagnostic[], options: CodeActionOptions): CodeAction[] {
  const { locale } = options;
  const text = parsed.text;
  const uri = document.uri;
  const edit = (title: string, edits: TextEdit[], kind: string = CodeActionKind.QuickFix, diagnostic?: Diagnostic, preferred = false): CodeAction => {
    const action: CodeAction = { title, kind, edit: { changes: { [uri]: edits } } };
    if (diagnostic) action.diagnostics = [diagnostic];
    if (preferred) action.isPreferred = true;
    return action;
  };
  const out: CodeAction[] = [];

  for (const d of diagnostics) {
    const code = String(d.code ?? '');
    const args = ((d.data as { args?: Record<string, string | number> } | undefined)?.args ?? {}) as Record<string, string | number>;
    // The client sends the diagnostics back, maybe from before the last edit: a fix that
    // rewrites the flagged text is offered only when that text still lies on one line.
    const start = document.offsetAt(d.range.start);
    const end = document.offsetAt(d.range.end);
    const flagged = text.slice(start, end);
    const onePiece = flagged.length > 0 && !/[\r\n]/.test(flagged);
    const argName = RENAME_FIELD[code];
    if (argName && args[argName] !== undefined && onePiece) {
      const replacement = String(args[argName]).split(' / ')[0] ?? '';
      const field = argName === 'replacement' ? fieldAt(parsed, start) : undefined;
      const direction = parsed.kind === 'http' ? 'request' : fieldDirection(parsed, start);
      // a successor that belongs to the other direction (X-Frame-Options in a request) is no fix here
      const misplaced = field !== undefined && getField(replacement)?.appearsIn === (direction === 'request' ? 'response' : 'request');
      const converted = field && !misplaced ? convertedField(field, replacement) : undefined;
      if (misplaced) {
        // nothing to offer but the suppression below
      } else if (field && converted) {
        out.push(edit(t(locale, 'fix.rename', replacement), [{ range: toRange(document, field.span), newText: converted }], CodeActionKind.QuickFix, d, true));
      } else if (!field || fitsField(replacement, field.value, direction)) {
        // a successor field with another syntax (X-Forwarded-For -> Forwarded, Content-MD5 -> Content-Digest) does not
        // take the old value: renaming would only trade this diagnostic for a syntax error
        out.push(edit(t(locale, 'fix.rename', replacement), [{ range: d.range, newText: replacement }], CodeActionKind.QuickFix, d, true));
      }
    }
    if (REMOVE_DIRECTIVE.has(code) && onePiece) {
      const removal = listMemberRemoval(text, { offset: start, length: end - start });
      if (removal) out.push(edit(t(locale, 'fix.removeDirective', flagged), [{ range: toRange(document, removal), newText: '' }], CodeActionKind.QuickFix, d));
    }
    if (code === 'HTTP3102' && args.suggestion !== undefined && args.name !== undefined) {
      const at = text.indexOf(String(args.name), start);
      if (at >= 0 && at + String(args.name).length <= end) out.push(edit(t(locale, 'fix.rename', String(args.suggestion)), [{ range: toRange(document, { offset: at, length: String(args.name).length }), newText: String(args.suggestion) }], CodeActionKind.QuickFix, d, true));
    }
    // an origin as browsers serialize it (Fetch compares Access-Control-Allow-Origin byte for byte)
    if (code === 'HTTP3636' && args.expected !== undefined && onePiece) {
      out.push(edit(t(locale, 'fix.rename', String(args.expected)), [{ range: d.range, newText: String(args.expected) }], CodeActionKind.QuickFix, d, true));
    }
    // 'none' beside other sources in a CSP directive: the sources win, 'none' only misleads
    if (code === 'HTTP3609' && onePiece) {
      let from = start;
      let to = end;
      while (to < text.length && (text[to] === ' ' || text[to] === '\t')) to++;
      if (to === end) while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
      out.push(edit(t(locale, 'fix.removeDirective', flagged), [{ range: toRange(document, { offset: from, length: to - from }), newText: '' }], CodeActionKind.QuickFix, d, true));
    }
    // user:password@ in the URL (HTTP1051, from building the message): the same credentials as REST Client's Basic shorthand
    if (code === 'HTTP1051' && parsed.kind === 'http') {
      const fix = userinfoToAuthorization(parsed, start);
      if (fix) out.push(edit(t(locale, 'fix.userinfoToAuthorization'), fix.map((e) => ({ range: toRange(document, e.span), newText: e.newText })), CodeActionKind.QuickFix, d, true));
    }
    // a timeout value the dialect cannot read (HTTP1050): the same time in the unit the dialect reads
    if (code === 'HTTP1050' && parsed.kind === 'http' && onePiece && isTimeoutValueAt(parsed, start, end)) {
      const rewritten = timeoutInDialect(flagged, parsed.file.dialect);
      if (rewritten) {
        const title = rewritten.unit === 'ms' ? t(locale, 'fix.timeoutMilliseconds', rewritten.text) : rewritten.unit === 's' ? t(locale, 'fix.timeoutSeconds', rewritten.text) : t(locale, 'fix.rename', rewritten.text);
        out.push(edit(title, [{ range: d.range, newText: rewritten.text }], CodeActionKind.QuickFix, d, true));
      }
    }
    // a body written right under the headers (HTTP1053; HTTP5022 where httpYac reads it so): the blank line before it
    if ((code === 'HTTP1053' || code === 'HTTP5022') && parsed.kind === 'http' && onePiece) {
      const lineStart = lineStartAt(text, start);
      if (text.slice(lineStart, start).trim() === '') out.push(edit(t(locale, 'fix.blankLineBeforeBody'), [{ range: toRange(document, { offset: lineStart, length: 0 }), newText: eolOf(text) }], CodeActionKind.QuickFix, d, true));
    }
    // a header line without its colon (HTTP1004) whose first word is a registered field: `Accept text/html`
    if (code === 'HTTP1004' && parsed.kind === 'http' && onePiece) {
      const m = /^([!#$%&'*+.^`|~\w-]+)[ \t]+(?=\S)/.exec(flagged);
      if (m && getField(m[1] as string)) {
        out.push(edit(t(locale, 'fix.addColon', m[1] as string), [{ range: toRange(document, { offset: start + (m[1] as string).length, length: m[0].length - (m[1] as string).length }), newText: ': ' }], CodeActionKind.QuickFix, d, true));
      }
    }
    if (code === 'HTTP3204') {
      out.push(edit(t(locale, 'fix.addCharset'), [{ range: toRange(document, { offset: end, length: 0 }), newText: '; charset=utf-8' }], CodeActionKind.QuickFix, d, true));
    }
    if (code === 'HTTP0561') {
      const insert = contentTypeInsertion(parsed, start);
      if (insert) out.push(edit(t(locale, 'fix.addContentType', insert.type), [{ range: toRange(document, { offset: insert.at, length: 0 }), newText: insert.text }], CodeActionKind.QuickFix, d, true));
    }
    if (parsed.kind === 'http' && code) {
      const body = requestAt(parsed.file, start)?.body;
      if (body && start >= body.span.offset && start <= body.span.offset + body.span.length) {
        // a comment line inside a body is body text to the JetBrains HTTP Client (HTTP5001): the file comment goes on top
        const top = text.charCodeAt(0) === 0xfeff ? 1 : 0;
        out.push(edit(t(locale, 'fix.suppressFile', code), [{ range: toRange(document, { offset: top, length: 0 }), newText: `# httplens-disable-file ${code}${eolOf(text)}` }], CodeActionKind.QuickFix, d));
      } else {
        const lineStart = lineStartAt(text, start);
        const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))?.[0] ?? '';
        out.push(edit(t(locale, 'fix.suppress', code), [{ range: toRange(document, { offset: lineStart, length: 0 }), newText: `${indent}# httplens-disable-next-line ${code}${eolOf(text)}` }], CodeActionKind.QuickFix, d));
      }
    }
  }

  const offset = offsetOf(document, range.start);
  out.push(...refactorings(document, parsed, offset, options));
  return out;
}

function refactorings(document: TextDocument, parsed: ParsedDocument, offset: number, options: CodeActionOptions): CodeAction[] {
  const { locale } = options;
  const text = parsed.text;
  const out: CodeAction[] = [];
  const lineStart = lineStartAt(text, offset);
  const lineEnd = lineEndAt(text, offset);
  const line = text.slice(lineStart, lineEnd);

  // A pasted cURL command (with \ or ^ continuations) becomes a request.
  if (/^\s*curl\s/.test(line)) {
    let end = lineEnd;
    while (/[\\^]\r?$/.test(text.slice(text.lastIndexOf('\n', end - 1) + 1, end)) && end < text.length) {
      const next = text.indexOf('\n', end + 1);
      end = next < 0 ? text.length : next;
    }
    const command = text.slice(lineStart, end);
    const curl = parseCurl(command, { locale });
    if (curl.url) {
      const lines = [`${curl.method} ${curl.url}`, ...curl.headers.map((h) => `${h.name}: ${h.value}`)];
      if (curl.body) lines.push('', curl.body);
      out.push({
        title: t(locale, 'refactor.fromCurl'),
        kind: CodeActionKind.RefactorRewrite,
        edit: { changes: { [document.uri]: [{ range: toRange(document, { offset: lineStart, length: end - lineStart }), newText: lines.join(eolOf(text)) }] } },
      });
    }
  }

  if (parsed.kind === 'http') {
    const request = requestAt(parsed.file, offset);
    if (request && request.protocol === 'http') {
      out.push({
        title: t(locale, 'refactor.copyAsCurl'),
        kind: CodeActionKind.Refactor,
        command: { title: t(locale, 'refactor.copyAsCurl'), command: 'httplens.copyText', arguments: [curlOf(request)] },
      });
    }
  }

  // Field-line refactorings: Expires -> max-age, split a combined list.
  const fields =
    parsed.kind === 'http'
      ? (requestAt(parsed.file, offset)?.headers ?? [])
      : parsed.messages.flatMap((m) => m.fields);
  const field = fields.find((f) => contains(f.span, offset));
  if (field) {
    const name = field.name.toLowerCase();
    if (name === 'expires') {
      const expires = parseHttpDate(field.value);
      const dateField = fields.find((f) => f.name.toLowerCase() === 'date');
      const date = dateField ? parseHttpDate(dateField.value) : undefined;
      const base = date?.ok ? date.time : options.now;
      if (expires.ok) {
        const seconds = Math.max(0, Math.round((expires.time - base) / 1000));
        out.push({
          title: t(locale, 'refactor.expiresToMaxAge', String(seconds)),
          kind: CodeActionKind.RefactorRewrite,
          edit: { changes: { [document.uri]: [{ range: toRange(document, field.span), newText: `Cache-Control: max-age=${seconds}` }] } },
        });
      }
    }
    const members = splitList(field.value);
    if (SPLITTABLE.has(name) && members.length > 1) {
      const canonical = getField(field.name)?.name ?? field.name;
      out.push({
        title: t(locale, 'refactor.split', canonical),
        kind: CodeActionKind.RefactorRewrite,
        edit: { changes: { [document.uri]: [{ range: toRange(document, field.span), newText: members.map((m) => `${field.name}: ${m}`).join(eolOf(text)) }] } },
      });
    }
  }
  return out;
}

function curlOf(request: HttpFileRequest): string {
  const input: Parameters<typeof toCurl>[0] = { method: request.method, url: request.url, headers: request.headers.map((h) => ({ name: h.name, value: h.value })) };
  if (request.body?.text) input.body = request.body.text;
  return toCurl(input, { multiline: true });
}

/** The field line whose name starts at the offset. */
function fieldAt(parsed: ParsedDocument, offset: number): FieldLine | undefined {
  const fields = parsed.kind === 'http' ? (requestAt(parsed.file, offset)?.headers ?? []) : parsed.messages.flatMap((m) => [...m.fields, ...m.trailers]);
  return fields.find((f) => f.nameSpan.offset === offset);
}

function fieldDirection(parsed: ParsedDocument, offset: number): 'request' | 'response' {
  if (parsed.kind === 'http') return 'request';
  const message = parsed.messages.find((m) => m.fields.some((f) => f.nameSpan.offset === offset) || m.trailers.some((f) => f.nameSpan.offset === offset));
  return message?.kind ?? 'response';
}

/** Whether a value is valid in another field (no syntax or semantic diagnostic); a value with a variable is taken as is. */
function fitsField(name: string, value: string, direction: 'request' | 'response'): boolean {
  if (value.includes('{{')) return true;
  return parseField(name, value, { direction }).diagnostics.every((x) => x.severity === 'hint' || x.severity === 'info');
}

/** A whole field line rewritten for its successor, where the values translate one to one. */
function convertedField(field: FieldLine, replacement: string): string | undefined {
  if (field.name.toLowerCase() === 'x-frame-options' && replacement === 'Content-Security-Policy') {
    const value = field.value.trim().toLowerCase();
    if (value === 'deny') return "Content-Security-Policy: frame-ancestors 'none'";
    if (value === 'sameorigin') return "Content-Security-Policy: frame-ancestors 'self'";
  }
  if (field.name.toLowerCase() === 'x-forwarded-for' && replacement === 'Forwarded') {
    // RFC 7239 section 7.4: each address becomes a for= element; an IPv6 address is quoted and bracketed
    const nodes = splitList(field.value).map((a) => (/^[\d.]+$/.test(a) ? `for=${a}` : a.includes(':') ? `for="[${a.replace(/^\[|\]$/g, '')}]"` : undefined));
    if (nodes.length > 0 && nodes.every((n) => n !== undefined)) return `Forwarded: ${nodes.join(', ')}`;
  }
  return undefined;
}

/** The span to delete to remove one member of a comma-separated list, with its separator. */
function listMemberRemoval(text: string, span: { offset: number; length: number }): { offset: number; length: number } | undefined {
  let start = span.offset;
  let end = span.offset + span.length;
  let after = end;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  if (text[after] === ',') {
    after++;
    while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
    return { offset: start, length: after - start };
  }
  let before = start;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  if (text[before - 1] === ',') {
    start = before - 1;
    return { offset: start, length: end - start };
  }
  end = Math.max(end, start);
  return { offset: start, length: end - start };
}

/** Where a Content-Type line goes, and which type the content looks like. */
function contentTypeInsertion(parsed: ParsedDocument, bodyOffset: number): { at: number; text: string; type: string } | undefined {
  const text = parsed.text;
  const body = text.slice(bodyOffset, bodyOffset + 200).trimStart();
  const type = /^[[{]/.test(body) ? 'application/json' : body.startsWith('<') ? 'application/xml' : /^[\w.%-]+=[^&\s]*(?:&[\w.%-]+=[^&\s]*)*\s*$/.test(body.split('\n')[0] ?? '') ? 'application/x-www-form-urlencoded' : 'text/plain; charset=utf-8';
  if (parsed.kind === 'http') {
    const request = requestAt(parsed.file, bodyOffset);
    if (!request) return undefined;
    const last = request.headers.at(-1);
    const at = last ? last.span.offset + last.span.length : request.requestLineSpan.offset + request.requestLineSpan.length;
    return { at, text: `${eolOf(text)}Content-Type: ${type}`, type };
  }
  const message = parsed.messages.find((m) => m.body && m.body.span.offset === bodyOffset);
  const start = message?.startLine?.span;
  if (!message || !start) return undefined;
  const last = message.fields.at(-1);
  const at = last ? last.span.offset + last.span.length : start.offset + start.length;
  return { at, text: `${eolOf(text)}Content-Type: ${type}`, type };
}

/**
 * The edits that move `user:password@` out of a request's URL into `Authorization: Basic user password` (REST Client's
 * shorthand, which the sender encodes as the URL's credentials would have been) on the line under the request line;
 * none when the request has an Authorization field already, when the URL's text (not a variable's value) holds no
 * credentials, or when the shorthand cannot carry them (a user name with a colon or white space, a password with white
 * space at either end, control characters, one variable for both).
 */
function userinfoToAuthorization(parsed: Extract<ParsedDocument, { kind: 'http' }>, urlOffset: number): { span: { offset: number; length: number }; newText: string }[] | undefined {
  const text = parsed.text;
  const request = parsed.file.requests.find((r) => r.urlSpan.offset === urlOffset);
  if (!request || request.headers.some((h) => h.name.toLowerCase() === 'authorization')) return undefined;
  const written = urlUserinfo(text.slice(request.urlSpan.offset, request.urlSpan.offset + request.urlSpan.length));
  if (!written) return undefined;
  const { user, password, colon } = userinfoCredentials(written.userinfo);
  // eslint-disable-next-line no-control-regex
  if (user === '' || /[\s:]/.test(user) || /[\u0000-\u001f\u007f]/.test(password) || password !== password.trim()) return undefined;
  // `{{credentials}}@`: where the value splits into user and password is known only once it is resolved
  if (!colon && user.includes('{{')) return undefined;
  const credentials = password === '' ? `${user}:` : `${user} ${password}`;
  // under the request line and the lines that continue its URL
  let lineEnd = request.requestLineSpan.offset + request.requestLineSpan.length;
  for (const c of request.urlContinuations) lineEnd = Math.max(lineEnd, c.span.offset + c.span.length);
  lineEnd = lineEndAt(text, Math.max(request.requestLineSpan.offset, lineEnd - 1));
  return [
    { span: { offset: request.urlSpan.offset + written.start, length: written.end - written.start }, newText: '' },
    { span: { offset: lineEnd, length: 0 }, newText: `${eolOf(text)}Authorization: Basic ${credentials}` },
  ];
}

/** Whether the range is the value of a `# @timeout` or `# @connection-timeout` line of the file. */
function isTimeoutValueAt(parsed: { file: HttpFile }, start: number, end: number): boolean {
  const request = requestAt(parsed.file, start);
  const candidates = request ? [request, ...parsed.file.requests] : parsed.file.requests;
  return candidates.some((r) => r.metadata.some((m) => isTimeoutKey(m.key) && m.valueSpan?.offset === start && m.valueSpan.offset + m.valueSpan.length === end));
}

const TIME_UNITS: Record<string, number> = {
  ms: 1, msec: 1, msecs: 1, millisecond: 1, milliseconds: 1,
  s: 1000, sec: 1000, secs: 1000, second: 1000, seconds: 1000,
  m: 60_000, min: 60_000, mins: 60_000, minute: 60_000, minutes: 60_000,
  h: 3_600_000, hr: 3_600_000, hrs: 3_600_000, hour: 3_600_000, hours: 3_600_000,
};

/**
 * A timeout value with a number and a unit (`2 s`, `1.5 min`, `1 h`) written as the dialect reads it: httpYac
 * milliseconds (`2000`); JetBrains (and `auto`) seconds (`2`), or `500 ms` for a part of a second. Undefined when the
 * value holds no such number and unit, or when the dialect reads no timeouts.
 */
function timeoutInDialect(value: string, dialect: HttpFile['dialect']): { text: string; unit: 'ms' | 's' | 'ms-suffix' } | undefined {
  if (dialect === 'rest-client') return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/i.exec(value.trim());
  const factor = m ? TIME_UNITS[(m[2] as string).toLowerCase()] : undefined;
  if (!m || factor === undefined) return undefined;
  // rounded up as the reader rounds: a part of a millisecond is not 0, which means no limit
  const ms = Math.ceil(Number(m[1]) * factor);
  if (!Number.isSafeInteger(ms)) return undefined;
  const rewritten: { text: string; unit: 'ms' | 's' | 'ms-suffix' } = dialect === 'httpyac' ? { text: String(ms), unit: 'ms' } : ms % 1000 === 0 ? { text: String(ms / 1000), unit: 's' } : { text: `${ms} ms`, unit: 'ms-suffix' };
  // what the fix writes reads back as the same time
  return parseTimeoutValue(rewritten.text, dialect) === ms ? rewritten : undefined;
}
