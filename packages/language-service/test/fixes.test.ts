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

describe('lines ended by CR LF or a lone CR', () => {
  it.each([
    ['CR LF', '\r\n'],
    ['a lone CR', '\r'],
  ])('the suppression comment goes on its own line before the flagged one (%s)', (_label, eol) => {
    const text = ['GET https://a.example/', 'Accept: */*', 'Content-Lenght: 2', ''].join(eol);
    const d = doc(text);
    const diagnostic = ls.doValidation(d).find((x) => x.code === 'HTTP3001');
    expect(diagnostic).toBeDefined();
    const suppress = ls.doCodeActions(d, diagnostic!.range, [diagnostic!]).find((a) => a.title.startsWith('Ignore'));
    const fixed = TextDocument.applyEdits(d, suppress?.edit?.changes?.[d.uri] ?? []);
    expect(fixed).toBe(['GET https://a.example/', 'Accept: */*', '# httplens-disable-next-line HTTP3001', 'Content-Lenght: 2', ''].join(eol));
    expect(ls.doValidation(doc(fixed)).filter((x) => x.code === 'HTTP3001')).toEqual([]);
  });

  it('completes field names on a line after a lone CR', () => {
    const { text, offset } = cursor('GET https://a.example/\rAccept: */*\rCache-Con|');
    const d = doc(text);
    const item = ls.doComplete(d, d.positionAt(offset)).items.find((i) => i.label === 'Cache-Control');
    expect(item).toBeDefined();
    expect(TextDocument.applyEdits(d, [item!.textEdit as TextEdit])).toBe('GET https://a.example/\rAccept: */*\rCache-Control: ');
  });
});

describe('quick fixes for diagnostics the client sends back after an edit', () => {
  it('rewrite nothing outside the flagged text when its range no longer holds it', () => {
    const d = doc('GET https://a.example/\nCache-Control: max-age=1, max-age=1\nAccept: */*\n');
    const whole = { start: { line: 0, character: 0 }, end: d.positionAt(d.getText().length) };
    const stale = [
      { range: whole, message: '', code: 'HTTP3103' },
      { range: whole, message: '', code: 'HTTP3001', data: { args: { suggestion: 'Accept' } } },
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } }, message: '', code: 'HTTP3102', data: { args: { name: 'max-age', suggestion: 's-maxage' } } },
    ];
    const edits = ls.doCodeActions(d, whole, stale).filter((a) => !a.title.startsWith('Ignore')).flatMap((a) => a.edit?.changes?.[d.uri] ?? []);
    expect(edits).toEqual([]);
  });
});
