import type { Position, Range } from 'vscode-languageserver-types';
import type { Span } from '@httplens/core';

/**
 * The text document the service works on: the shape of
 * `vscode-languageserver-textdocument`'s TextDocument, so servers pass theirs as is.
 */
export interface TextDocument {
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  getText(range?: Range): string;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
  readonly lineCount: number;
}

/** Spans inside, positions at the edge: the one place where a span becomes a range. */
export function toRange(document: TextDocument, span: Span): Range {
  const length = document.getText().length;
  const start = Math.min(Math.max(span.offset, 0), length);
  const end = Math.min(Math.max(span.offset + span.length, start), length);
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

export function contains(span: Span, offset: number): boolean {
  return offset >= span.offset && offset <= span.offset + span.length;
}
