import { humanizeDuration, parseCacheControl, parseHttpDate, type Locale, type Span } from '@httplens/core';
import { encodeComponent, type HttpFile, type VariableReference } from '@httplens/http-file';
import { InlayHintKind, type CodeLens, type DocumentLink, type InlayHint, type Location, type Position, type Range, type WorkspaceEdit } from 'vscode-languageserver-types';
import { contains, offsetOf, toRange, type TextDocument } from './document.js';
import { fieldSeconds } from './hover.js';
import { relativeTime, t } from './l10n.js';
import type { ParsedDocument } from './parse.js';

/** Every `{{...}}` reference of the file, with the file variables' own. */
function allReferences(file: HttpFile): VariableReference[] {
  return [...file.variables.flatMap((v) => v.references), ...file.requests.flatMap((r) => r.references)];
}

/** The symbol under the cursor: a variable (declaration or reference) or a named request. */
function symbolAt(file: HttpFile, offset: number): { kind: 'variable' | 'request'; name: string } | undefined {
  const declared = file.variables.find((v) => contains(v.nameSpan, offset));
  if (declared) return { kind: 'variable', name: declared.name };
  const named = file.requests.find((r) => r.nameSpan && contains(r.nameSpan, offset));
  if (named?.name) return { kind: 'request', name: named.name };
  const ref = allReferences(file).find((r) => contains(r.span, offset));
  if (!ref) return undefined;
  if (ref.kind === 'request') return { kind: 'request', name: ref.name };
  if (ref.kind === 'variable' || ref.kind === 'percent') return { kind: 'variable', name: ref.name };
  return undefined;
}

/** The span of the name inside a reference (`{{ name }}` -> `name`; `{{login.response...}}` -> `login`). */
function nameSpanIn(ref: VariableReference): Span {
  const at = ref.expressionSpan.offset + ref.expression.indexOf(ref.name);
  return { offset: at, length: ref.name.length };
}

export function findDefinition(document: TextDocument, parsed: ParsedDocument, position: Position): Location[] {
  if (parsed.kind !== 'http') return [];
  const symbol = symbolAt(parsed.file, offsetOf(document, position));
  if (!symbol) return [];
  const spans =
    symbol.kind === 'variable'
      ? parsed.file.variables.filter((v) => v.name === symbol.name).map((v) => v.nameSpan)
      : parsed.file.requests.filter((r) => r.name === symbol.name).map((r) => r.nameSpan ?? r.requestLineSpan);
  return spans.map((s) => ({ uri: document.uri, range: toRange(document, s) }));
}

export function findReferences(document: TextDocument, parsed: ParsedDocument, position: Position, includeDeclaration = true): Location[] {
  if (parsed.kind !== 'http') return [];
  const spans = occurrences(parsed.file, offsetOf(document, position), includeDeclaration);
  return spans.map((s) => ({ uri: document.uri, range: toRange(document, s) }));
}

function occurrences(file: HttpFile, offset: number, includeDeclaration: boolean): Span[] {
  const symbol = symbolAt(file, offset);
  if (!symbol) return [];
  const out: Span[] = [];
  if (includeDeclaration) {
    if (symbol.kind === 'variable') out.push(...file.variables.filter((v) => v.name === symbol.name).map((v) => v.nameSpan));
    else out.push(...file.requests.filter((r) => r.name === symbol.name && r.nameSpan).map((r) => r.nameSpan as Span));
  }
  for (const ref of allReferences(file)) {
    const matches = symbol.kind === 'variable' ? (ref.kind === 'variable' || ref.kind === 'percent') && ref.name === symbol.name : ref.kind === 'request' && ref.name === symbol.name;
    if (matches) out.push(nameSpanIn(ref));
  }
  return out.sort((a, b) => a.offset - b.offset);
}

export function doRename(document: TextDocument, parsed: ParsedDocument, position: Position, newName: string): WorkspaceEdit | null {
  if (parsed.kind !== 'http' || !/^[\w.-]+$/.test(newName)) return null;
  const spans = occurrences(parsed.file, offsetOf(document, position), true);
  if (spans.length === 0) return null;
  return { changes: { [document.uri]: spans.map((s) => ({ range: toRange(document, s), newText: newName })) } };
}

/**
 * "Send Request" above each request, "Send All" above the first, and "Run" above each JetBrains `run` line (what that
 * line runs); commands the client implements.
 */
export function getCodeLenses(document: TextDocument, parsed: ParsedDocument, locale: Locale): CodeLens[] {
  if (parsed.kind !== 'http') return [];
  const out: CodeLens[] = [];
  const first = parsed.file.requests[0];
  if (first && parsed.file.requests.length > 1) {
    out.push({ range: toRange(document, { offset: first.requestLineSpan.offset, length: 0 }), command: { title: t(locale, 'lens.sendAll'), command: 'httplens.sendAll', arguments: [document.uri] } });
  }
  for (const r of parsed.file.requests) {
    const range = toRange(document, { offset: r.requestLineSpan.offset, length: 0 });
    if (r.protocol === 'http') out.push({ range, command: { title: t(locale, 'lens.send'), command: 'httplens.send', arguments: [document.uri, r.index] } });
    else out.push({ range, command: { title: t(locale, 'lens.unsupported', r.protocol.toUpperCase()), command: '' } });
  }
  for (const d of parsed.file.directives) {
    if (d.kind !== 'run') continue;
    const range = toRange(document, { offset: d.span.offset, length: 0 });
    out.push({ range, command: { title: t(locale, 'lens.run'), command: 'httplens.sendRun', arguments: [document.uri, range.start] } });
  }
  return out;
}

/**
 * Absolute URLs of request lines, `< file` includes, httpYac's GraphQL files (`gql name < file`) and `# @import` files,
 * and the files of output redirects (`>> ./out/me.json`) and JetBrains response references (`<> ./saved.json`).
 */
export function findDocumentLinks(document: TextDocument, parsed: ParsedDocument): DocumentLink[] {
  if (parsed.kind !== 'http') return [];
  const out: DocumentLink[] = [];
  for (const imp of parsed.file.imports ?? []) if (!imp.path.includes('{{')) out.push({ range: toRange(document, imp.pathSpan), target: resolveUri(document.uri, imp.path) });
  // the files of JetBrains `import ./auth.http` and `run ./other.http` lines
  for (const d of parsed.file.directives) if (!d.target.startsWith('#') && !d.target.includes('{{')) out.push({ range: toRange(document, d.targetSpan), target: resolveUri(document.uri, d.target) });
  // a fragment file serves every query that spreads it: one link
  const fragmentFiles = new Set<number>();
  for (const r of parsed.file.requests) {
    if (/^https?:\/\/[^\s{}]+$/i.test(r.url)) out.push({ range: toRange(document, r.urlSpan), target: r.url });
    for (const inc of r.body?.includes ?? []) {
      if (inc.references.length) continue;
      out.push({ range: toRange(document, inc.pathSpan), target: resolveUri(document.uri, inc.path) });
    }
    // where its response is written, and the earlier responses the JetBrains client keeps (the file they name)
    for (const o of [...r.redirects, ...r.responseReferences]) if (!o.path.includes('{{')) out.push({ range: toRange(document, o.pathSpan), target: resolveUri(document.uri, o.path) });
    for (const { include: inc } of r.body?.graphql?.fragmentFiles ?? []) {
      if (inc.references.length || fragmentFiles.has(inc.pathSpan.offset)) continue;
      fragmentFiles.add(inc.pathSpan.offset);
      out.push({ range: toRange(document, inc.pathSpan), target: resolveUri(document.uri, inc.path) });
    }
  }
  return out;
}

/**
 * An include's path as a URI: a URI as written (a scheme of two letters or more, so not a
 * Windows drive), else a file path (`\\` read as `/`, each segment percent-encoded, so a
 * space, `#` or `%` in a file name stays part of the path) against the document's folder.
 */
function resolveUri(base: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]+:/i.test(path)) return path;
  const slashed = path.replace(/\\/g, '/');
  const encode = (p: string) =>
    p
      .split('/')
      // (a lone surrogate, half of an emoji being typed, is encoded as U+FFFD)
      .map((s) => (/^[a-z]:$/i.test(s) ? s : encodeComponent(s)))
      .join('/');
  if (/^[a-z]:\//i.test(slashed)) return `file:///${encode(slashed)}`;
  if (slashed.startsWith('/')) return `file://${encode(slashed)}`;
  const dir = base.slice(0, base.lastIndexOf('/') + 1);
  const segments = (dir + encode(slashed)).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') {
      if (out.length > 3) out.pop();
    } else if (s !== '.') out.push(s);
  }
  return out.join('/');
}

/** Durations after delta-seconds directives and relative times after dates. */
export function getInlayHints(document: TextDocument, parsed: ParsedDocument, range: Range, locale: Locale, now: number): InlayHint[] {
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  const fields = parsed.kind === 'http' ? parsed.file.requests.flatMap((r) => r.headers) : parsed.messages.flatMap((m) => [...m.fields, ...m.trailers]);
  const out: InlayHint[] = [];
  for (const f of fields) {
    if (f.span.offset > to || f.span.offset + f.span.length < from || f.value.includes('{{')) continue;
    const name = f.name.toLowerCase();
    if (name === 'cache-control' || name === 'cdn-cache-control' || name === 'surrogate-control') {
      for (const d of parseCacheControl(f.value).directives) {
        // the delta-seconds recipients use (capped at 2^31), for directives that take them
        const seconds = d.seconds;
        if (seconds === undefined || seconds <= 0) continue;
        const end = f.valueSpan.offset + d.span.offset + d.span.length;
        out.push({ position: document.positionAt(end), label: ` ${humanizeDuration(seconds, locale)}`, kind: InlayHintKind.Type, paddingLeft: true });
      }
    } else if (name === 'age' || name === 'retry-after' || name === 'access-control-max-age' || name === 'keep-alive') {
      const m = /^\s*(?:timeout=)?(\d+)/.exec(f.value);
      // Age capped at 2^31 as recipients read it (fieldSeconds); Keep-Alive's timeout as written
      const seconds = m?.[1] ? (fieldSeconds(name, m[1]) ?? Number(m[1])) : 0;
      if (seconds > 0) out.push({ position: document.positionAt(f.valueSpan.offset + f.valueSpan.length), label: ` ${humanizeDuration(seconds, locale)}`, kind: InlayHintKind.Type, paddingLeft: true });
    } else {
      const date = parseHttpDate(f.value);
      if (date.ok) {
        const label = relativeTime(date.time, now, locale);
        out.push({ position: document.positionAt(f.valueSpan.offset + f.valueSpan.length), label: ` ${label}`, kind: InlayHintKind.Type, paddingLeft: true });
      }
    }
  }
  return out;
}
