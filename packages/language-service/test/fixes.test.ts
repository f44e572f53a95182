import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { cursor, doc, service } from './helpers.js';

const ls = service();

/** Applies the preferred quick fix at the cursor and returns the whole text. */
function fixAt(marked: string, languageId = 'http'): string {
  const { text, offset } = cursor(marked);
  const d = doc(text, languageId);
  const pos = d.positionAt(offset);
  const diagnostics = ls.doValidation(d).filter((x) => d.offsetAt(x.range.start) <= offset && offset <= d.offsetAt(x.range.end));
  const fix = ls.doCodeActions(d, { start: pos, end: pos }, diagnostics).find((a) => a.isPreferred);
  const edits = fix?.edit?.changes?.[d.uri] as TextEdit[] | undefined;
  if (!edits) throw new Error(`no preferred fix among ${diagnostics.map((x) => x.code).join(', ')}`);
  return TextDocument.applyEdits(d, edits);
}

const MISSPELLINGS: [string, string][] = [
  ['Content-Lenght', 'Content-Length'],
  ['Authorizaiton', 'Authorization'],
  ['Max-Forward', 'Max-Forwards'],
  ['Accept-Range', 'Accept-Ranges'],
  ['Update', 'Upgrade'],
  ['Cache-Controll', 'Cache-Control'],
  ['Content-Tyep', 'Content-Type'],
  ['If-None-Mach', 'If-None-Match'],
  ['User-Agnet', 'User-Agent'],
  ['Accept-Encodings', 'Accept-Encoding'],
];

describe('the preferred fix for a misspelled field name', () => {
  it.each(MISSPELLINGS)('%s -> %s', (wrong, right) => {
    expect(fixAt(`GET https://a.example/\n${wrong.slice(0, 2)}|${wrong.slice(2)}: 1\n`)).toBe(`GET https://a.example/\n${right}: 1\n`);
  });
});

const METHOD_PREFIXES: [string, string][] = [
  ['G', 'GET'], ['PO', 'POST'], ['PU', 'PUT'], ['PA', 'PATCH'], ['DE', 'DELETE'], ['HE', 'HEAD'], ['OP', 'OPTIONS'], ['TR', 'TRACE'], ['QU', 'QUERY'], ['PROPF', 'PROPFIND'],
];

describe('method completion at the start of a request', () => {
  it.each(METHOD_PREFIXES)('%s offers %s', (typed, method) => {
    const { text, offset } = cursor(`### a\n${typed}|\n`);
    const d = doc(text);
    const item = ls.doComplete(d, d.positionAt(offset)).items.find((i) => i.label === method);
    expect(item).toBeDefined();
    expect(TextDocument.applyEdits(d, [item!.textEdit as TextEdit])).toBe(`### a\n${method} \n`);
  });
});
