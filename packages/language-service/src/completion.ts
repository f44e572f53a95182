import { DIRECTIVES, getField, getStatus, listFields, listStatusCodes, normalizeLocale, type Locale } from '@httplens/core';
import { DYNAMIC_VARIABLES, type HttpFile, type ResolveContext } from '@httplens/http-file';
import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Range,
} from 'vscode-languageserver-types';
import { lineStartAt, type TextDocument } from './document.js';
import { fieldNameHover } from './hover.js';
import { requestAt, type ParsedDocument } from './parse.js';
import { COMMON_FIELDS, FIELD_VALUES, HTTP_VERSIONS, METADATA_KEYS, METHODS } from './values.js';

export interface CompletionOptions {
  locale: Locale;
  context?: ResolveContext;
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
      return variableItems(parsed.file, before.slice(open + 2), range(from), options, incomplete);
    }
    // # @metadata
    const meta = /^\s*(?:#|\/\/)\s*@([\w-]*)$/.exec(before);
    if (meta) {
      const from = offset - (meta[1]?.length ?? 0);
      return METADATA_KEYS.map((m) => ({
        label: m.key,
        kind: CompletionItemKind.Keyword,
        documentation: locale === 'zh-CN' ? m.zh : m.en,
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range: range(from), newText: m.snippet },
      }));
    }
    if (/^\s*(?:#|\/\/)/.test(before)) return [];
  }

  const section = headerSectionAt(parsed, text, offset, lineStart);
  if (section === 'start-line') return startLineItems(parsed, before, offset, range, locale);
  if (section !== 'headers') return [];

  const colon = before.indexOf(':');
  if (colon < 0) {
    if (!/^[!#$%&'*+.^`|~\w-]*$/.test(before)) return [];
    return fieldNameItems(range(lineStart), locale, parsed.kind === 'http' ? 'request' : undefined);
  }
  const name = before.slice(0, colon).trim().toLowerCase();
  const valueText = before.slice(colon + 1);
  // the current list member: after the last comma
  const comma = valueText.lastIndexOf(',');
  const member = (comma >= 0 ? valueText.slice(comma + 1) : valueText).replace(/^\s+/, '');
  const from = offset - member.length;
  if (name === 'cache-control' || name === 'cdn-cache-control') {
    const direction = parsed.kind === 'http' ? 'request' : undefined;
    return DIRECTIVES.filter((d) => !direction || d[direction] !== undefined).map((d) => {
      const arg = direction ? d[direction] : (d.response ?? d.request);
      const snippet = arg === 'delta' ? `${d.name}=\${1:3600}` : arg === 'optional-delta' ? `${d.name}\${1:=60}` : d.name;
      return { label: d.name, kind: CompletionItemKind.EnumMember, detail: d.spec, insertTextFormat: InsertTextFormat.Snippet, textEdit: { range: range(from), newText: snippet } };
    });
  }
  const values = FIELD_VALUES[name];
  if (!values) return [];
  return values.map((v, i) => ({ label: v, kind: CompletionItemKind.Value, sortText: String(i).padStart(3, '0'), textEdit: { range: range(from), newText: v } }));
}

type Section = 'start-line' | 'headers' | 'body' | 'other';

/** Where the offset stands: the request line, the header section or the body of a request or message. */
function headerSectionAt(parsed: ParsedDocument, text: string, offset: number, lineStart: number): Section {
  if (parsed.kind === 'http') {
    const request = requestAt(parsed.file, offset);
    if (!request) return text.slice(lineStart, offset).trim() === '' || /^[A-Z]*$/.test(text.slice(lineStart, offset)) ? 'start-line' : 'other';
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

function startLineItems(parsed: ParsedDocument, before: string, offset: number, range: (from: number, to?: number) => Range, locale: Locale = 'en'): CompletionItem[] {
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
    return METHODS.map((m, i) => ({ label: m, kind: CompletionItemKind.Keyword, sortText: String(i).padStart(2, '0'), textEdit: { range: range(from), newText: `${m} ` } }));
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

function fieldNameItems(range: Range, locale: Locale, direction: 'request' | undefined): CompletionItem[] {
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
    if (direction === 'request' && info.appearsIn === 'response') return [];
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

function variableItems(file: HttpFile, typed: string, range: Range, options: CompletionOptions, incomplete: { value: boolean }): CompletionItem[] {
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const add = (item: CompletionItem) => {
    if (seen.has(item.label)) return;
    seen.add(item.label);
    items.push(item);
  };
  for (const v of file.variables) add({ label: v.name, kind: CompletionItemKind.Variable, detail: v.value, textEdit: { range, newText: `${v.name}}}` } });
  const env = options.context?.environment;
  if (env) {
    const names = 'variables' in env && typeof env.variables === 'object' ? Object.keys(env.variables as object) : Object.keys(env);
    for (const name of names) add({ label: name, kind: CompletionItemKind.Variable, detail: 'environment', textEdit: { range, newText: `${name}}}` } });
  }
  for (const d of DYNAMIC_VARIABLES) add({ label: d.name, kind: CompletionItemKind.Function, detail: d.expected, textEdit: { range, newText: `${d.name}}}` } });
  // Named requests: one item each; once `name.` is typed, the paths into its exchange.
  let named = 0;
  const dot = typed.indexOf('.');
  const typedName = dot >= 0 ? typed.slice(0, dot).trim() : undefined;
  for (const r of file.requests) {
    if (!r.name) continue;
    if (typedName === r.name) {
      for (const path of ['response.body.$', 'response.headers.', 'request.body.$', 'request.headers.']) {
        add({ label: `${r.name}.${path}`, kind: CompletionItemKind.Reference, textEdit: { range, newText: `${r.name}.${path}` } });
      }
    } else if (typedName === undefined && r.name.toLowerCase().startsWith(typed.trim().toLowerCase())) {
      // A file of thousands of named requests: the first ones that match what is typed;
      // the list is marked incomplete so the editor asks again as the user types.
      if (++named > MAX_NAMED_REQUESTS) {
        incomplete.value = true;
        continue;
      }
      add({ label: `${r.name}.response.body.$`, kind: CompletionItemKind.Reference, textEdit: { range, newText: `${r.name}.response.body.$` } });
    }
  }
  return items;
}
