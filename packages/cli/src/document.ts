import type { TextDocument } from '@httplens/language-service';

interface Position {
  line: number;
  character: number;
}

/** A read-only text document for the language service (line starts computed once). */
export function createDocument(uri: string, languageId: string, text: string): TextDocument {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  const positionAt = (offset: number): Position => {
    const o = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - (starts[lo] as number) };
  };
  const offsetAt = (p: Position): number => {
    if (p.line >= starts.length) return text.length;
    if (p.line < 0) return 0;
    const start = starts[p.line] as number;
    const next = p.line + 1 < starts.length ? (starts[p.line + 1] as number) : text.length;
    return Math.max(start, Math.min(start + p.character, next));
  };
  return {
    uri,
    languageId,
    version: 1,
    lineCount: starts.length,
    getText: (range) => (range ? text.slice(offsetAt(range.start), offsetAt(range.end)) : text),
    positionAt,
    offsetAt,
  };
}
