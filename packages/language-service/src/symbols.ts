import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Span } from '@httplens/core';
import { toRange, type TextDocument } from './document.js';
import type { ParsedDocument } from './parse.js';

/** Requests (by name, or method and URL) with their headers, and file variables. */
export function findDocumentSymbols(document: TextDocument, parsed: ParsedDocument): DocumentSymbol[] {
  if (parsed.kind === 'message') {
    return parsed.messages.flatMap((m) => {
      const start = m.startLine;
      if (!start) return [];
      const end = m.body ? m.body.span.offset + m.body.span.length : m.headSpan ? m.headSpan.offset + m.headSpan.length : start.span.offset + start.span.length;
      const name = m.kind === 'response' ? `${m.status ?? ''} ${m.reason ?? ''}`.trim() : `${m.method ?? ''} ${m.target ?? ''}`.trim();
      return [
        {
          name: name || m.version || parsed.text.slice(start.span.offset, start.span.offset + start.span.length).trim() || '?',
          kind: m.kind === 'response' ? SymbolKind.Event : SymbolKind.Method,
          range: toRange(document, { offset: start.span.offset, length: Math.max(end - start.span.offset, start.span.length) }),
          selectionRange: toRange(document, start.span),
          children: m.fields.map((f) => ({ name: fieldName(parsed.text, f), detail: f.value, kind: SymbolKind.Property, range: toRange(document, f.span), selectionRange: toRange(document, f.nameSpan) })),
        },
      ];
    });
  }
  const out: DocumentSymbol[] = parsed.file.variables
    .filter((v) => v.requestIndex === undefined)
    .map((v) => ({ name: `@${v.name}`, detail: v.value, kind: SymbolKind.Variable, range: toRange(document, v.span), selectionRange: toRange(document, v.nameSpan) }));
  for (const r of parsed.file.requests) {
    const label = `${r.method} ${r.url}`;
    const children: DocumentSymbol[] = parsed.file.variables
      .filter((v) => v.requestIndex === r.index)
      .map((v) => ({ name: `@${v.name}`, detail: v.value, kind: SymbolKind.Variable, range: toRange(document, v.span), selectionRange: toRange(document, v.nameSpan) }));
    // one at a time: a request can have more fields than a call may have arguments
    for (const h of r.headers) children.push({ name: fieldName(parsed.text, h), detail: h.value, kind: SymbolKind.Property, range: toRange(document, h.span), selectionRange: toRange(document, h.nameSpan) });
    const start = r.separatorSpan?.offset ?? r.span.offset;
    const end = r.span.offset + r.span.length;
    out.push({
      name: r.name || label,
      detail: r.name ? label : r.title ?? '',
      kind: SymbolKind.Method,
      range: toRange(document, { offset: start, length: end - start }),
      selectionRange: toRange(document, r.requestLineSpan),
      children,
    });
  }
  // JetBrains `import ./other.http` and `run #Name` lines, in the order of the file
  for (const d of parsed.file.directives ?? []) {
    out.push({ name: `${d.kind} ${d.target}`, kind: d.kind === 'import' ? SymbolKind.Module : SymbolKind.Event, range: toRange(document, d.span), selectionRange: toRange(document, d.targetSpan) });
  }
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return out;
}

/**
 * A field's symbol name: its name, or for a line with nothing before the colon the line as
 * written (editors reject a symbol without a name, and then show no outline at all).
 */
function fieldName(text: string, field: { name: string; span: Span }): string {
  return field.name || text.slice(field.span.offset, field.span.offset + field.span.length).trim() || ':';
}
