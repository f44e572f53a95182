import { getField } from '@httplens/core';
import type { TextEdit } from 'vscode-languageserver-types';
import { toRange, type TextDocument } from './document.js';
import type { ParsedDocument } from './parse.js';
import type { LanguageSettings } from './settings.js';

const TOKEN = /^[!#$%&'*+.^`|~\w-]+$/;

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
      if (!TOKEN.test(h.name) || !text.slice(h.nameSpan.offset + h.nameSpan.length, h.valueSpan.offset).includes(':')) continue;
      const name = settings.canonicalFieldNames ? (getField(h.name)?.name ?? h.name) : h.name;
      replace(h.span.offset, h.span.length, h.value === '' ? `${name}:` : `${name}: ${h.value}`);
    }
    const body = r.body;
    if (settings.json && body && body.references.length === 0 && body.includes.length === 0 && /json/i.test(r.headers.find((h) => /^content-type$/i.test(h.name))?.value ?? '')) {
      const raw = text.slice(body.span.offset, body.span.offset + body.span.length);
      try {
        const pretty = JSON.stringify(JSON.parse(raw), null, 2);
        replace(body.span.offset, body.span.length, pretty);
      } catch {
        // not valid JSON: leave it as written
      }
    }
  }
  return edits;
}
