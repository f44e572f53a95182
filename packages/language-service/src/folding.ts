import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { Span } from '@httplens/core';
import type { TextDocument } from './document.js';
import type { ParsedDocument } from './parse.js';

/** Requests, bodies, header sections of messages, and blocks of comment lines. */
export function getFoldingRanges(document: TextDocument, parsed: ParsedDocument): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (span: Span, kind?: FoldingRangeKind) => {
    const start = document.positionAt(span.offset).line;
    const end = document.positionAt(span.offset + Math.max(span.length - 1, 0)).line;
    if (end > start) out.push(kind ? { startLine: start, endLine: end, kind } : { startLine: start, endLine: end });
  };
  if (parsed.kind === 'http') {
    for (const r of parsed.file.requests) {
      const start = r.separatorSpan?.offset ?? r.span.offset;
      add({ offset: start, length: r.span.offset + r.span.length - start }, FoldingRangeKind.Region);
      if (r.body) add(r.body.span);
    }
    // consecutive comment lines fold as one block: those between requests and those a request holds
    // (its description above the request line, notes among its fields)
    const comments = [...parsed.file.comments, ...parsed.file.requests.flatMap((r) => r.comments)].sort((a, b) => a.span.offset - b.span.offset);
    let block: Span | undefined;
    let lastLine = -2;
    for (const c of comments) {
      const line = document.positionAt(c.span.offset).line;
      if (block && line === lastLine + 1) block = { offset: block.offset, length: c.span.offset + c.span.length - block.offset };
      else {
        if (block) add(block, FoldingRangeKind.Comment);
        block = c.span;
      }
      lastLine = line;
    }
    if (block) add(block, FoldingRangeKind.Comment);
  } else {
    for (const m of parsed.messages) {
      if (m.headSpan) add(m.headSpan, FoldingRangeKind.Region);
      if (m.body) add(m.body.span);
    }
  }
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
