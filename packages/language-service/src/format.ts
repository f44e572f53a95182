import { getField } from '@httplens/core';
import { isToken, reindentJson } from '@httplens/http-file';
import type { TextEdit } from 'vscode-languageserver-types';
import { eolOf, toRange, type TextDocument } from './document.js';
import type { ParsedDocument } from './parse.js';
import type { LanguageSettings } from './settings.js';

/**
 * Formats an `.http` file: single spaces in request lines, `Name: value` field lines
 * (no space before the colon, one after), optionally the registered casing of field
 * names and pretty-printed JSON bodies. Formatting twice changes nothing.
 */
export function format(document: TextDocument, parsed: ParsedDocument, settings: LanguageSettings['format'] = {}): TextEdit[] {
  if (parsed.kind !== 'http') return [];
  const text = parsed.text;
  const edits: TextEdit[] = [];
  const replace = (offset: number, length: number, newText: string) => {
    if (text.slice(offset, offset + length) !== newText) edits.push({ range: toRange(document, { offset, length }), newText });
  };
  for (const r of parsed.file.requests) {
    if (r.protocol === 'http' && !r.urlContinuations.length && r.methodSpan) {
      const line = r.requestLineSpan;
      const parts = [r.method, r.url, ...(r.httpVersion ? [r.httpVersion] : [])];
      // only when the line is exactly these words (no comments, no curl)
      const words = text.slice(line.offset, line.offset + line.length).trim().split(/[ \t]+/);
      if (words.length === parts.length && words.every((w, i) => w === parts[i])) replace(line.offset, line.length, parts.join(' '));
    }
    for (const h of r.headers) {
      // only `name: value` lines: not the -H arguments of a curl command, nor lines without a colon
      // or with a name that is no token, which the parser keeps as fields but a rewrite would change
      if (!isToken(h.name) || !text.slice(h.nameSpan.offset + h.nameSpan.length, h.valueSpan.offset).includes(':')) continue;
      const name = settings.canonicalFieldNames ? (getField(h.name)?.name ?? h.name) : h.name;
      // the value as written: httpYac's parse drops a trailing comma from h.value, which the other tools send
      const end = h.span.offset + h.span.length;
      let from = Math.min(h.valueSpan.offset, end);
      while (from < end && (text[from] === ' ' || text[from] === '\t')) from++;
      const value = text.slice(from, end);
      replace(h.span.offset, h.span.length, value === '' ? `${name}:` : `${name}: ${value}`);
    }
    const body = r.body;
    // not with a Content-Length of its own: the declared length is that of the body as written
    const declaresLength = r.headers.some((h) => h.name.toLowerCase() === 'content-length');
    if (settings.json && body && !declaresLength && body.references.length === 0 && body.includes.length === 0 && /json/i.test(r.headers.find((h) => /^content-type$/i.test(h.name))?.value ?? '')) {
      const raw = text.slice(body.span.offset, body.span.offset + body.span.length);
      try {
        JSON.parse(raw);
        replace(body.span.offset, body.span.length, reindentJson(raw, eolOf(text)));
      } catch {
        // not valid JSON: leave it as written
      }
    }
  }
  return edits;
}

