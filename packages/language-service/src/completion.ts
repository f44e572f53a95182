import { DIRECTIVES, getField, getStatus, listFields, listStatusCodes, normalizeLocale, type HttpMessage, type Locale } from '@httplens/core';
import { DYNAMIC_VARIABLES, FAKER_METHODS, fakerSignatures, importedVariables, parseHttpFile, responseVariablesOf, type DynamicVariableInfo, type FakerMethod, type FakerParam, type HttpFile, type NamedVariable, type ResolveContext, type Tool } from '@httplens/http-file';
import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Range,
} from 'vscode-languageserver-types';
import { lineEndAt, lineStartAt, type TextDocument } from './document.js';
import { authConfigurationText, environmentsDefining, fieldNameHover } from './hover.js';
import { own } from './records.js';
import type { AuthContext } from './settings.js';
import { t } from './l10n.js';
import { requestAt, type ParsedDocument } from './parse.js';
import { COMMON_FIELDS, FIELD_VALUES, HTTP_VERSIONS, METADATA_KEYS, METHODS } from './values.js';

export interface CompletionOptions {
  locale: Locale;
  context?: ResolveContext;
  /** Variable names of every environment of the workspace (offered even when none is selected). */
  knownVariables?: readonly string[];
  /** The OAuth 2.0 configurations of the environments, for `$auth.token("id")`. */
  auth?: AuthContext | undefined;
  /** Reads a file a document names, relative to it (the requests of a JetBrains `import` line's file, after `run #`). */
  readFile?: ((documentUri: string, path: string) => string | undefined) | undefined;
}

export function doComplete(document: TextDocument, parsed: ParsedDocument, offset: number, options: CompletionOptions): CompletionList {
  const text = parsed.text;
  const lineStart = lineStartAt(text, offset);
  const before = text.slice(lineStart, offset);
  const incomplete = { value: false };
  const items = completeAt(parsed, text, offset, lineStart, before, options, document, incomplete);
  return { isIncomplete: incomplete.value, items };
}

function completeAt(
  parsed: ParsedDocument,
  text: string,
  offset: number,
  lineStart: number,
  before: string,
  options: CompletionOptions,
  document: TextDocument,
  incomplete: { value: boolean },
): CompletionItem[] {
  const { locale } = options;
  const range = (from: number, to = offset): Range => ({ start: document.positionAt(from), end: document.positionAt(to) });

  if (parsed.kind === 'http') {
    // {{ variables }}
    const open = before.lastIndexOf('{{');
    if (open >= 0 && before.indexOf('}}', open) < 0) {
      const from = lineStart + open + 2;
      // the rest of the name after the cursor is replaced too, and a `}}` already there is kept once
      const wordEnd = offset + (/^[\w$.-]*/.exec(text.slice(offset, offset + 200))?.[0].length ?? 0);
      const closed = text.startsWith('}}', wordEnd);
      // the id of `$auth.token("id")` / `$auth.idToken("id")`: those of the environments' Security.Auth
      const authArgument = /^\s*\$auth\.(?:token|idToken)\(\s*(")?([^"()}\s]*)$/.exec(before.slice(open + 2));
      if (authArgument) return authIdItems(text, offset, offset - (authArgument[2] as string).length, authArgument[1] !== undefined, options, document);
      return variableItems(parsed.file, before.slice(open + 2), range(from, wordEnd), closed ? range(from, wordEnd + 2) : undefined, options, incomplete);
    }
    // a JetBrains `run #` line: the names of the requests of the file and of the files its `import` lines name
    const run = parsed.file.dialect !== 'rest-client' && parsed.file.dialect !== 'httpyac' ? /^\s*run\s+#([^()\n]*)$/.exec(before) : null;
    if (run) {
      // the rest of the name is replaced, not the values after it (`(@user=bob)`)
      const rest = text.slice(offset, lineEndAt(text, offset));
      const open = rest.indexOf('(');
      const end = offset + (open < 0 ? rest.trimEnd().length : rest.slice(0, open).trimEnd().length);
      return runNameItems(parsed.file, document.uri, options, range(offset - (run[1] as string).length, end));
    }
    if (parsed.file.dialect === 'httpyac') {
      const items = httpyacItems(parsed.file, text, before, offset, requestAt(parsed.file, offset)?.name, locale, range);
      if (items) return items;
    }
    // # @metadata
    const meta = /^\s*(?:#|\/\/)\s*@([\w-]*)$/.exec(before);
    // not inside a body, where the line is body text (or a comment the request drops), not the next request's metadata
    if (meta && headerSectionAt(parsed, text, offset, lineStart) !== 'body') {
      const from = offset - (meta[1]?.length ?? 0);
      const tool = TOOL_OF[parsed.file.dialect];
      return METADATA_KEYS.filter((m) => !tool || m.tools.includes(tool)).map((m) => ({
        label: m.key,
        kind: CompletionItemKind.Keyword,
        documentation: locale === 'zh-CN' ? m.zh : m.en,
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range: range(from, offset + (/^[\w-]*/.exec(text.slice(offset, offset + 100))?.[0].length ?? 0)), newText: m.snippet },
      }));
    }
    if (/^\s*(?:#|\/\/)/.test(before)) return [];
  }

  const section = headerSectionAt(parsed, text, offset, lineStart);
  if (section === 'start-line') return startLineItems(parsed, text, before, offset, range, locale);
  if (section !== 'headers') return [];

  const colon = before.indexOf(':');
  if (colon < 0) {
    if (!/^[!#$%&'*+.^`|~\w-]*$/.test(before)) return [];
    // typing inside a name: the whole name is replaced, and the colon (with the blanks around it) already there
    const rest = /^[!#$%&'*+.^`|~\w-]*(?:[ \t]*:[ \t]*)?/.exec(text.slice(offset, offset + 300))?.[0] ?? '';
    return fieldNameItems(range(lineStart, offset + rest.length), locale, parsed.kind === 'http' ? 'request' : messageAt(parsed.messages, offset)?.kind);
  }
  const name = before.slice(0, colon).trim().toLowerCase();
  const valueText = before.slice(colon + 1);
  // the current list member: after the last comma
  const comma = valueText.lastIndexOf(',');
  const member = (comma >= 0 ? valueText.slice(comma + 1) : valueText).replace(/^\s+/, '');
  // typing inside a value: the rest of the member after the cursor is replaced too
  const to = offset + (/^[^\s,;=]*/.exec(text.slice(offset, offset + 300))?.[0].length ?? 0);
  const semicolon = member.lastIndexOf(';');
  if (semicolon >= 0) {
    // a parameter after `;`: `charset=utf-8`, `boundary=`, `q=`
    const param = member.slice(semicolon + 1).replace(/^\s+/, '');
    if (param.includes('=')) return [];
    return parameterItems(name, member.slice(0, semicolon).trim().toLowerCase()).map((p, i) => ({
      label: p.label,
      kind: CompletionItemKind.Property,
      sortText: String(i).padStart(3, '0'),
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: range(offset - param.length, to), newText: p.snippet },
    }));
  }
  // a directive's or a parameter's argument after `=`, or the credentials after an auth scheme: nothing to offer
  if (member.includes('=') || /\s/.test(member)) return [];
  const from = offset - member.length;
  // the members already in the field (on this line, outside the one being typed) are not offered again
  const lineEnd = lineEndAt(text, offset);
  const others = `${valueText.slice(0, Math.max(comma, 0))},${text.slice(to, lineEnd)}`;
  const present = new Set(others.split(',').map((m) => (m.split(/[;=]/)[0] ?? '').trim().toLowerCase()).filter((m) => m !== ''));
  if (name === 'cache-control' || name === 'cdn-cache-control') {
    const direction = parsed.kind === 'http' ? 'request' : messageAt(parsed.messages, offset)?.kind;
    return DIRECTIVES.filter((d) => (!direction || d[direction] !== undefined) && !present.has(d.name)).map((d) => {
      const arg = direction ? d[direction] : (d.response ?? d.request);
      const snippet = arg === 'delta' ? `${d.name}=\${1:3600}` : arg === 'optional-delta' ? `${d.name}\${1:=60}` : d.name;
      return { label: d.name, kind: CompletionItemKind.EnumMember, detail: d.spec, insertTextFormat: InsertTextFormat.Snippet, textEdit: { range: range(from, to), newText: snippet } };
    });
  }
  // own properties only: a field named `constructor` has no values to offer
  const values = own(FIELD_VALUES, name);
  if (!values) return [];
  // a value that ends with a blank (an auth scheme) does not add one before a blank already there
  const blankAfter = text[to] === ' ' || text[to] === '\t';
  return values.flatMap((v, i) => (present.has(v.trim().toLowerCase()) ? [] : [{ label: v, kind: CompletionItemKind.Value, sortText: String(i).padStart(3, '0'), textEdit: { range: range(from, to), newText: blankAfter ? v.trimEnd() : v } }]));
}

/** Parameters after `;` in a field value: by field, and for Content-Type by media type. */
function parameterItems(field: string, mediaType: string): { label: string; snippet: string }[] {
  if (field === 'content-type') {
    if (mediaType.startsWith('multipart/')) return [{ label: 'boundary', snippet: 'boundary=${1:boundary}' }];
    return [{ label: 'charset=utf-8', snippet: 'charset=${1:utf-8}' }];
  }
  if (field === 'accept' || field === 'accept-encoding' || field === 'accept-language' || field === 'accept-charset' || field === 'te') return [{ label: 'q', snippet: 'q=${1:0.9}' }];
  return [];
}

type Section = 'start-line' | 'headers' | 'body' | 'other';

/** Where the offset stands: the request line, the header section or the body of a request or message. */
function headerSectionAt(parsed: ParsedDocument, text: string, offset: number, lineStart: number): Section {
  if (parsed.kind === 'http') {
    const request = requestAt(parsed.file, offset);
    if (!request) return text.slice(lineStart, offset).trim() === '' || /^[A-Z]*$/.test(text.slice(lineStart, offset)) ? 'start-line' : 'other';
    // a line after a `###` that ends the last request: the next request's line, not yet written
    const end = request.span.offset + request.span.length;
    if (lineStart > end && /(?:^|[\r\n])[ \t]*###/.test(text.slice(end, lineStart))) return 'start-line';
    const line = request.requestLineSpan;
    if (offset >= line.offset && offset <= line.offset + line.length) return 'start-line';
    if (offset < line.offset) return 'start-line';
    if (request.body && offset >= request.body.span.offset) return 'body';
    // a header line, or a new line typed right after the headers (no blank line before it)
    const gap = text.slice(line.offset + line.length, lineStart);
    if (/\n[ \t]*\r?\n/.test(gap)) return 'body';
    return 'headers';
  }
  for (const message of parsed.messages) {
    const start = message.startLine?.span;
    if (!start) continue;
    const headEnd = message.headSpan ? message.headSpan.offset + message.headSpan.length : Number.MAX_SAFE_INTEGER;
    if (offset >= start.offset && offset <= start.offset + start.length) return 'start-line';
    if (offset > start.offset + start.length && offset < headEnd) return 'headers';
  }
  return parsed.messages.length === 0 ? 'start-line' : 'other';
}

function startLineItems(parsed: ParsedDocument, text: string, before: string, offset: number, range: (from: number, to?: number) => Range, locale: Locale = 'en'): CompletionItem[] {
  const trimmed = before.replace(/^\s+/, '');
  // a status line: `HTTP/1.1 ` then the status code and its reason phrase
  const status = /^HTTP\/\d(?:\.\d)? (\d{0,3})$/.exec(trimmed);
  if (status) {
    const typed = status[1] ?? '';
    return listStatusCodes().flatMap((code) => {
      const info = getStatus(code, { locale });
      if (!info || !String(code).startsWith(typed)) return [];
      return [{ label: `${code} ${info.reason}`, kind: CompletionItemKind.EnumMember, detail: info.description, filterText: String(code), textEdit: { range: range(offset - typed.length), newText: `${code} ${info.reason}` } }];
    });
  }
  if (!trimmed.includes(' ')) {
    if (!/^[A-Z]*$/i.test(trimmed)) return [];
    const from = offset - trimmed.length;
    // typing inside a method: the whole word is replaced, and the blank after it kept once
    const rest = /^[a-z]*(?: (?=\S))?/i.exec(text.slice(offset, offset + 50))?.[0] ?? '';
    return METHODS.map((m, i) => ({ label: m, kind: CompletionItemKind.Keyword, sortText: String(i).padStart(2, '0'), textEdit: { range: range(from, offset + rest.length), newText: `${m} ` } }));
  }
  // after the URL: the HTTP version
  const parts = trimmed.split(/\s+/);
  if (parts.length >= 3 || (parts.length === 2 && before.endsWith(' ') && parts[1] !== '')) {
    const word = before.slice(before.lastIndexOf(' ') + 1);
    if (parsed.kind === 'http' || word.startsWith('H') || word === '') {
      return HTTP_VERSIONS.map((v) => ({ label: v, kind: CompletionItemKind.Constant, textEdit: { range: range(offset - word.length), newText: v } }));
    }
  }
  return [];
}

let fieldNameCache: { locale: Locale; items: { name: string; status: string; summary: string }[] } | undefined;

/** The message whose head holds the offset. */
function messageAt(messages: readonly HttpMessage[], offset: number): HttpMessage | undefined {
  return messages.find((m) => {
    const start = m.startLine?.span.offset ?? 0;
    const end = m.headSpan ? m.headSpan.offset + m.headSpan.length : Number.MAX_SAFE_INTEGER;
    return offset >= start && offset <= end;
  });
}

function fieldNameItems(range: Range, locale: Locale, direction: 'request' | 'response' | undefined): CompletionItem[] {
  if (!fieldNameCache || fieldNameCache.locale !== locale) {
    fieldNameCache = {
      locale,
      items: listFields().flatMap((n) => {
        const info = getField(n, { locale });
        return info ? [{ name: info.name, status: info.status, summary: info.summary, appearsIn: info.appearsIn }] : [];
      }),
    };
  }
  return fieldNameCache.items.flatMap((f) => {
    const info = f as typeof f & { appearsIn?: string };
    // fields of the other direction are left out: response fields in a request, request fields in a response
    if (direction && info.appearsIn === (direction === 'request' ? 'response' : 'request')) return [];
    const deprecated = f.status === 'deprecated' || f.status === 'obsoleted';
    const rank = deprecated ? '9' : COMMON_FIELDS.has(f.name.toLowerCase()) ? '0' : f.status === 'nonstandard' ? '5' : '1';
    const item: CompletionItem = {
      label: f.name,
      kind: CompletionItemKind.Property,
      detail: f.summary,
      sortText: `${rank}${f.name.toLowerCase()}`,
      filterText: f.name,
      textEdit: { range, newText: `${f.name}: ` },
      data: { field: f.name, locale },
    };
    if (deprecated) item.tags = [CompletionItemTag.Deprecated];
    return [item];
  });
}

let responseFields: string[] | undefined;

/** The names of the registry's fields that a response may carry, the common ones first. */
/** The fields of httpYac's assert lines, with what each reads. */
const ASSERT_FIELDS: readonly { label: string; snippet: string; en: string; zh: string }[] = [
  { label: 'status', snippet: 'status == ${1:200}', en: 'The status code.', zh: '状态码。' },
  { label: 'header', snippet: 'header ${1:content-type} ${2|includes,==,exists,startsWith,matches|} ${3:json}', en: 'A response field (several lines joined, Set-Cookie a list).', zh: '响应字段（多行会合并，Set-Cookie 为列表）。' },
  { label: 'body', snippet: 'body ${1:id} ${2|==,exists,includes,isArray,>|} ${3}', en: 'The body, or a member path into a JSON body (items[0].id).', zh: '主体，或 JSON 主体中的成员路径（items[0].id）。' },
  { label: 'duration', snippet: 'duration < ${1:300}', en: 'Milliseconds: total, or firstByte, download, tcp, tls.', zh: '毫秒：总耗时，或 firstByte、download、tcp、tls。' },
  { label: 'xpath', snippet: 'xpath ${1:/root/item} == ${2}', en: 'An XPath in an XML body.', zh: 'XML 主体中的 XPath。' },
  { label: 'js', snippet: 'js ${1:response.parsedBody.id} == ${2}', en: 'JavaScript: httpYac runs it, httplens does not (not checked).', zh: 'JavaScript：httpYac 会运行它，httplens 不会（不检查）。' },
];
const ASSERT_CONDITIONS = ['==', '!=', '>', '>=', '<', '<=', 'startsWith', 'endsWith', 'includes', 'exists', 'isFalse', 'isNumber', 'isBoolean', 'isString', 'isArray', 'matches', 'sha256', 'sha512', 'md5'];

/** A request's name as the JetBrains client's `run #Name` finds it: its `# @name`, its `###` title, or its method and URL. */
function jetbrainsName(r: HttpFile['requests'][number]): string {
  return r.name ?? r.title ?? `${r.method} ${r.url}`;
}

/** The requests a JetBrains `run #` line can name: the file's, then those of the files its `import` lines name. */
function runNameItems(file: HttpFile, uri: string, options: CompletionOptions, at: Range): CompletionItem[] {
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const add = (name: string, detail: string | undefined) => {
    if (seen.has(name)) return;
    seen.add(name);
    items.push({ label: name, kind: CompletionItemKind.Reference, ...(detail ? { detail } : {}), textEdit: { range: at, newText: name } });
  };
  for (const r of file.requests) add(jetbrainsName(r), undefined);
  for (const d of file.directives) {
    if (d.kind !== 'import') continue;
    const text = options.readFile?.(uri, d.target);
    if (text === undefined) continue;
    for (const r of parseHttpFile(text, { dialect: 'jetbrains' }).requests) add(jetbrainsName(r), d.target);
  }
  return items;
}

/**
 * httpYac lines: the names of the file's requests after `# @ref` and `# @forceRef` (not the request's own), and the
 * fields and conditions of an assert line (`?? status == 200`). Undefined on other lines.
 */
function httpyacItems(file: HttpFile, text: string, before: string, offset: number, own: string | undefined, locale: Locale, range: (from: number, to: number) => Range): CompletionItem[] | undefined {
  // what is typed, and the rest of the word after the cursor, replaced
  const word = (from: number): Range => range(from, offset + (/^[^\s,]*/.exec(text.slice(offset, offset + 200))?.[0].length ?? 0));
  const ref = /^\s*(?:#|\/\/)\s*@(?:ref|forceRef)\s+(?:[^\s,]+[\s,]+)*([^\s,]*)$/.exec(before);
  if (ref) {
    const typed = ref[1] as string;
    const at = word(offset - typed.length);
    const names = [...new Set(file.requests.map((r) => r.name).filter((n): n is string => n !== undefined && n !== own))];
    const items: CompletionItem[] = names.map((name) => ({ label: name, kind: CompletionItemKind.Reference, textEdit: { range: at, newText: name } }));
    // and those of the files its `# @import` lines name
    for (const imp of file.imports ?? []) {
      for (const r of imp.file?.requests ?? []) {
        if (r.name === undefined || names.includes(r.name)) continue;
        names.push(r.name);
        items.push({ label: r.name, kind: CompletionItemKind.Reference, detail: imp.path, textEdit: { range: at, newText: r.name } });
      }
    }
    return items;
  }
  const field = /^\s*\?\?\s*(\S*)$/.exec(before);
  if (field) {
    const at = word(offset - (field[1] as string).length);
    return ASSERT_FIELDS.map((f, i) => ({
      label: f.label,
      kind: CompletionItemKind.Keyword,
      sortText: String(i),
      documentation: locale === 'zh-CN' ? f.zh : f.en,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: at, newText: f.snippet },
    }));
  }
  // a response field's name after `header`, common ones first
  const header = /^\s*\?\?\s*header\s+(\S*)$/.exec(before);
  if (header) {
    const at = word(offset - (header[1] as string).length);
    return responseFieldNames().map((name, i) => ({ label: name.toLowerCase(), kind: CompletionItemKind.Property, sortText: String(i).padStart(4, '0'), textEdit: { range: at, newText: name.toLowerCase() } }));
  }
  // the timings of `duration`
  const timing = /^\s*\?\?\s*duration\s+([A-Za-z]*)$/.exec(before);
  if (timing && timing[1] !== '') {
    const at = word(offset - (timing[1] as string).length);
    return ['total', 'wait', 'tcp', 'tls', 'request', 'firstByte', 'download'].map((label) => ({ label, kind: CompletionItemKind.EnumMember, textEdit: { range: at, newText: label } }));
  }
  // the condition after the field (and the header name, the body path, the timing or the XPath)
  const condition = /^\s*\?\?\s*(?:status|header\s+\S+|body(?:\s+\S+)?|duration(?:\s+\S+)?|xpath\s+\S+)\s+(\S*)$/.exec(before);
  if (condition) {
    const at = word(offset - (condition[1] as string).length);
    return ASSERT_CONDITIONS.map((c, i) => ({ label: c, kind: CompletionItemKind.Operator, sortText: String(i).padStart(2, '0'), textEdit: { range: at, newText: c } }));
  }
  return undefined;
}

function responseFieldNames(): string[] {
  if (!responseFields) {
    const names = listFields().flatMap((n) => {
      const info = getField(n);
      return info && info.appearsIn !== 'request' && info.status !== 'obsoleted' ? [info.name] : [];
    });
    responseFields = [...names.filter((n) => COMMON_FIELDS.has(n.toLowerCase())), ...names.filter((n) => !COMMON_FIELDS.has(n.toLowerCase()))];
  }
  return responseFields;
}

/** Fills in the documentation of a field-name item lazily (`completionItem/resolve`). */
export function resolveCompletionItem(item: CompletionItem): CompletionItem {
  // the item comes back from the client: its data is read as untrusted
  const data = item.data as { field?: unknown; locale?: unknown } | undefined;
  if (typeof data?.field === 'string' && data.field !== '') {
    item.documentation = { kind: MarkupKind.Markdown, value: fieldNameHover(data.field, normalizeLocale(typeof data.locale === 'string' ? data.locale : undefined)) };
  }
  return item;
}

const MAX_NAMED_REQUESTS = 100;

/** The tool whose syntax a dialect follows; `auto` follows none in particular. */
const TOOL_OF: Record<string, Tool | undefined> = { 'rest-client': 'REST Client', jetbrains: 'JetBrains HTTP Client', httpyac: 'httpYac' };

/** What a dynamic variable needs after its name when it takes required arguments (a snippet). */
function dynamicSnippet(d: DynamicVariableInfo, authIds: readonly string[]): string {
  const name = escapeSnippet(d.name);
  if (d.check('')) return name;
  if (d.name === '$auth.token' || d.name === '$auth.idToken') {
    // the ids of the environments' configurations to choose from, else a placeholder to type over
    return authIds.length > 0 ? `${name}("\${1|${authIds.map((id) => id.replace(/[$}\\,|]/g, '\\$&')).join(',')}|}")` : `${name}("\${1:auth-id}")`;
  }
  if (d.name === '$datetime' || d.name === '$localDatetime') return `${name} \${1|iso8601,rfc1123|}`;
  if (d.name === '$processEnv' || d.name === '$dotenv') return `${name} \${1:NAME}`;
  if (d.name.startsWith('$random.')) return `${name}(\${1:10})`;
  return name;
}

/** A Faker method with the placeholders of its first parameter list (`$random.number.numberBetween(${1:int}, ${2:int})`). */
function fakerSnippet(m: FakerMethod): string {
  const name = escapeSnippet(`$random.${m.path}`);
  const params = m.overloads[0] ?? [];
  if (params.length === 0) return name;
  // values that fit, to type over: 1, 10, 100 for numbers (numberBetween(1, 10)), a choice for booleans
  const placeholder = (p: FakerParam, i: number): string => {
    const n = ['1', '10', '100'][i] ?? '1';
    return p === 'boolean' ? `\${${i + 1}|true,false|}` : p === 'string' ? `"\${${i + 1}:text}"` : `\${${i + 1}:${p === 'double' ? `${n}.0` : n}}`;
  };
  return `${name}(${params.map(placeholder).join(', ')})`;
}

/**
 * The configuration ids of every environment, those of the selected one first, each once; not those a reference cannot
 * name (`$auth.token("id")` ends at a quote, `{{...}}` at `}}`, a line at its break).
 */
function authIdsOf(auth: AuthContext): string[] {
  const nameable = (id: string) => !/["\r\n]|\}\}/.test(id);
  const configurations = auth.selected !== undefined ? own(auth.set, auth.selected) : undefined;
  const selected = configurations ? Object.keys(configurations).filter(nameable).sort() : [];
  const others = new Set<string>();
  for (const ofEnvironment of Object.values(auth.set)) for (const id of Object.keys(ofEnvironment)) if (!selected.includes(id) && nameable(id)) others.add(id);
  return [...selected, ...[...others].sort()];
}

/**
 * The ids after `$auth.token(` or `$auth.idToken(`: `from` is where the id starts (after the quote, when `quoted`).
 * An item replaces the id typed and whatever of `")}}` follows it, and writes the whole `"id")}}`.
 */
function authIdItems(text: string, offset: number, from: number, quoted: boolean, options: CompletionOptions, document: TextDocument): CompletionItem[] {
  const auth = options.auth;
  if (!auth) return [];
  let end = offset + (/^[^"()}\s]*/.exec(text.slice(offset, offset + 200))?.[0].length ?? 0);
  if (quoted && text.charCodeAt(end) === 0x22) end++;
  if (text.charCodeAt(end) === 0x29) {
    end++;
    if (text.startsWith('}}', end)) end += 2;
  }
  const range: Range = { start: document.positionAt(from), end: document.positionAt(end) };
  const list = options.locale === 'zh-CN' ? '、' : ', ';
  return authIdsOf(auth).map((id, i) => {
    const environments = environmentsDefining(auth, id);
    return {
      label: id,
      kind: CompletionItemKind.Value,
      detail: `Security.Auth: ${environments.join(list)}`,
      documentation: { kind: MarkupKind.Markdown, value: authConfigurationText(id, auth, options.locale) },
      sortText: String(i).padStart(4, '0'),
      filterText: id,
      textEdit: { range, newText: `${quoted ? '' : '"'}${id}")}}` },
    };
  });
}

function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/**
 * `{{` variables: the file's, the environments', dynamic ones (those of the file's dialect), named requests.
 * `range` covers what is typed and the rest of the name; `closedRange`, when a `}}` follows it, also that `}}`,
 * so a completed reference is closed once.
 */
function variableItems(file: HttpFile, typed: string, range: Range, closedRange: Range | undefined, options: CompletionOptions, incomplete: { value: boolean }): CompletionItem[] {
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const whole = closedRange ?? range;
  const add = (item: CompletionItem) => {
    if (seen.has(item.label)) return;
    seen.add(item.label);
    items.push(item);
  };
  const closing = (label: string, kind: CompletionItemKind, detail: string | undefined, snippet = escapeSnippet(label)): CompletionItem => {
    const item: CompletionItem = { label, kind, insertTextFormat: InsertTextFormat.Snippet, textEdit: { range: whole, newText: `${snippet}}}` } };
    if (detail !== undefined) item.detail = detail;
    return item;
  };
  for (const v of file.variables) add({ ...closing(v.name, CompletionItemKind.Variable, v.value), sortText: `0${v.name}` });
  // the variables of the files httpYac's `# @import` lines name
  if (file.imports) for (const [name, { variable, path }] of importedVariables(file)) add({ ...closing(name, CompletionItemKind.Variable, `${variable.value} (${path})`), sortText: `0${name}` });
  const env = options.context?.environment;
  const environmentNames = env ? ('variables' in env && typeof env.variables === 'object' ? Object.keys(env.variables as object) : Object.keys(env)) : [];
  const selected = new Set(environmentNames);
  for (const name of [...environmentNames, ...(options.knownVariables ?? [])]) {
    // a name of another environment than the selected one is defined, but has no value until that one is chosen
    const detail = selected.has(name) ? (env?.name ? t(options.locale, 'completion.environment', env.name) : t(options.locale, 'completion.shared')) : t(options.locale, 'completion.otherEnvironment');
    add({ ...closing(name, CompletionItemKind.Variable, detail), sortText: `1${name}` });
  }
  const tool = TOOL_OF[file.dialect];
  const ids = options.auth ? authIdsOf(options.auth) : [];
  for (const d of DYNAMIC_VARIABLES) {
    if (tool && !d.tools.includes(tool)) continue;
    add({ ...closing(d.name, CompletionItemKind.Function, `${d.expected} (${d.tools.join(', ')})`, dynamicSnippet(d, ids)), sortText: `2${d.name}` });
  }
  // the JetBrains HTTP Client's Java Faker values that httplens generates, once `$random.` is typed
  if ((tool === undefined || tool === 'JetBrains HTTP Client') && typed.trimStart().startsWith('$random.')) {
    for (const m of FAKER_METHODS) {
      const label = `$random.${m.path}`;
      add({ ...closing(label, CompletionItemKind.Function, `${fakerSignatures(m)} (Java Faker, JetBrains HTTP Client)`, fakerSnippet(m)), sortText: `2${label}` });
    }
  }
  // Named requests (REST Client's chaining, which the JetBrains HTTP Client does not read): one item each; once
  // `name.` is typed, the paths into its exchange, left open for the rest of the path.
  if (tool === 'JetBrains HTTP Client') return items;
  if (tool === 'httpYac') return httpyacResponseItems(file, typed, add, closing, options, incomplete, items);
  let named = 0;
  const dot = typed.indexOf('.');
  const typedName = dot >= 0 ? typed.slice(0, dot).trim() : undefined;
  for (const r of file.requests) {
    if (!r.name) continue;
    if (typedName === r.name && /^[^.]+\.(?:response|request)\.headers\./.test(typed)) {
      // a header of the exchange: the request's own fields, or the response fields of the registry (common ones first)
      const ofResponse = typed.includes('.response.');
      const names = ofResponse ? responseFieldNames() : [...new Set(r.headers.map((h) => h.name).filter((n) => n !== ''))];
      const prefix = `${r.name}.${ofResponse ? 'response' : 'request'}.headers.`;
      for (const [i, field] of names.entries()) add({ ...closing(`${prefix}${field}`, CompletionItemKind.Property, undefined), filterText: `${prefix}${field}`, sortText: `3${String(i).padStart(4, '0')}` });
    } else if (typedName === r.name) {
      for (const path of ['response.body.$', 'response.headers.', 'request.body.$', 'request.headers.']) {
        add({ label: `${r.name}.${path}`, kind: CompletionItemKind.Reference, sortText: `3${path}`, textEdit: { range, newText: `${r.name}.${path}` } });
      }
    } else if (typedName === undefined && r.name.toLowerCase().startsWith(typed.trim().toLowerCase())) {
      // A file of thousands of named requests: the first ones that match what is typed;
      // the list is marked incomplete so the editor asks again as the user types.
      if (++named > MAX_NAMED_REQUESTS) {
        incomplete.value = true;
        continue;
      }
      for (const path of ['response.body.$', 'response.headers.']) {
        add({ label: `${r.name}.${path}`, kind: CompletionItemKind.Reference, detail: `${r.method} ${r.url}`, sortText: `3${r.name}.${path}`, textEdit: { range, newText: `${r.name}.${path}` } });
      }
    }
  }
  return items;
}

/**
 * httpYac's variables of named responses (it has no REST Client chaining): the request's name and its camel-cased
 * variable name (the body), `<name>Response` (the response) and, for a request with a `# @loop`, `<name>List`; those
 * that start with what is typed, at most `MAX_NAMED_REQUESTS` of them (the list is then incomplete).
 */
function httpyacResponseItems(
  file: HttpFile,
  typed: string,
  add: (item: CompletionItem) => void,
  closing: (label: string, kind: CompletionItemKind, detail: string | undefined) => CompletionItem,
  options: CompletionOptions,
  incomplete: { value: boolean },
  items: CompletionItem[],
): CompletionItem[] {
  const prefix = typed.trim().toLowerCase();
  if (prefix.includes('.') || prefix.includes('[')) return items;
  const entries: [string, NamedVariable][] = [];
  for (const r of file.requests) if (r.name) entries.push([r.name, { name: r.name, part: 'body' }]);
  for (const entry of responseVariablesOf({ requests: file.requests })) entries.push(entry);
  const key = { body: 'completion.responseBody', response: 'completion.response', list: 'completion.responseList' } as const;
  let count = 0;
  for (const [variable, v] of entries) {
    if (!variable.toLowerCase().startsWith(prefix)) continue;
    if (++count > MAX_NAMED_REQUESTS) {
      incomplete.value = true;
      break;
    }
    add({ ...closing(variable, CompletionItemKind.Reference, t(options.locale, key[v.part], v.name)), sortText: `3${variable}` });
  }
  return items;
}
