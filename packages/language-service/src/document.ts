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
  const text = document.getText();
  const length = text.length;
  let start = Math.min(Math.max(span.offset, 0), length);
  let end = Math.min(Math.max(span.offset + span.length, start), length);
  // a span that ends inside a surrogate pair (one code unit of an emoji) takes the whole character
  if (start > 0 && isLowSurrogate(text, start) && isHighSurrogate(text, start - 1)) start--;
  if (end > 0 && end < length && isLowSurrogate(text, end) && isHighSurrogate(text, end - 1)) end++;
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

/**
 * The offset of a position a client sent. One between the two halves of a surrogate pair (an editor never puts the
 * cursor there, but a client may send it) moves to the start of the character, so nothing built at it splits one.
 */
export function offsetOf(document: TextDocument, position: Position): number {
  const offset = document.offsetAt(position);
  const text = document.getText();
  return offset > 0 && isLowSurrogate(text, offset) && isHighSurrogate(text, offset - 1) ? offset - 1 : offset;
}

function isHighSurrogate(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Where the line holding `offset` starts: after the last `\n`, `\r\n` or lone `\r` before it. */
export function lineStartAt(text: string, offset: number): number {
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i + 1;
  }
  return 0;
}

/** Where the line holding `offset` ends: at the first `\n` or `\r` from it, or the end of the text. */
export function lineEndAt(text: string, offset: number): number {
  for (let i = Math.max(offset, 0); i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** The text's line break (its first one), for lines that an edit inserts. */
export function eolOf(text: string): string {
  return /\r\n?|\n/.exec(text)?.[0] ?? '\n';
}

export function contains(span: Span, offset: number): boolean {
  return offset >= span.offset && offset <= span.offset + span.length;
}
