import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, type LanguageService, type LanguageServiceOptions } from '@httplens/language-service';

let version = 0;

/** A document from text; `languageId` `http` (default) or `http-message`. */
export function doc(text: string, languageId = 'http'): TextDocument {
  return TextDocument.create(`file:///test/${++version}.${languageId === 'http' ? 'http' : 'httpmsg'}`, languageId, 1, text);
}

/** Removes the `|` cursor marker and returns the text and the cursor offset. */
export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('no | cursor marker');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

/** Removes `[|...|]` range markers and returns the text and the ranges as offsets. */
export function marked(text: string): { text: string; ranges: { offset: number; length: number }[] } {
  const ranges: { offset: number; length: number }[] = [];
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('[|', i)) {
      const close = text.indexOf('|]', i + 2);
      if (close < 0) throw new Error('unclosed [| marker');
      const inner = text.slice(i + 2, close);
      ranges.push({ offset: out.length, length: inner.length });
      out += inner;
      i = close + 2;
    } else {
      out += text[i];
      i++;
    }
  }
  return { text: out, ranges };
}

export function service(options: LanguageServiceOptions = {}): LanguageService {
  return getLanguageService({ now: () => Date.UTC(2026, 10, 24, 10, 0, 0), ...options });
}

/** The diagnostics of a document as `code@[offset,length]` strings, for exact comparisons. */
export function diagnosticsOf(ls: LanguageService, text: string, languageId = 'http'): { code: string; offset: number; length: number; severity: number | undefined }[] {
  const d = doc(text, languageId);
  return ls.doValidation(d).map((x) => ({
    code: String(x.code),
    offset: d.offsetAt(x.range.start),
    length: d.offsetAt(x.range.end) - d.offsetAt(x.range.start),
    severity: x.severity,
  }));
}

/**
 * Asserts that a code is reported exactly on each `[|...|]` range of the marked text
 * (and nowhere else), returning every diagnostic for further checks.
 */
export function expectCodeAt(ls: LanguageService, markedText: string, code: string, languageId = 'http') {
  const { text, ranges } = marked(markedText);
  const all = diagnosticsOf(ls, text, languageId);
  const got = all.filter((d) => d.code === code).map((d) => ({ offset: d.offset, length: d.length }));
  return { got, expected: ranges, all };
}
