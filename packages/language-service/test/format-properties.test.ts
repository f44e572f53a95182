import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseHttpFile, type Dialect } from '@httplens/http-file';
import { CASES } from '../../http-file/test/fixtures/cases.js';
import { service } from './helpers.js';

// Formatting (canonical field names and JSON bodies too) on every fixture of the .http parser, edited at random, in every dialect: a second
// formatting changes nothing, and the requests (method, URL, fields, body) stay those of the text.
const PIECES = ['{', '}', '{{', '}}', '#', '@', ':', '\n', '\r\n', ' ', '    ', '\t', '"', ',', ';', '=', '<', '>', 'GET ', 'HTTP/1.1', '###', '\u00e9', 'a', 'Z', '9', '{"a":', '  X-A: 1', 'x-a:b', '# @name x', 'Content-Type: application/json', '\nx-a:b', '\naccept:  text/html ', '\n\n{"a":1,"b":[1,{"c":null}]}', 'POST  http://h/p  HTTP/1.1'];

type Edit = { insert: boolean; at: number; length: number; text: string };
const editArb: fc.Arbitrary<Edit> = fc.record({
  insert: fc.boolean(),
  at: fc.nat(),
  length: fc.nat({ max: 30 }),
  text: fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((a) => a.join('')),
});

function apply(text: string, e: Edit): string {
  const at = text.length === 0 ? 0 : e.at % (text.length + 1);
  return e.insert ? text.slice(0, at) + e.text + text.slice(at) : text.slice(0, at) + e.text + text.slice(at + e.length);
}

const DIALECTS: readonly (Dialect | 'auto')[] = ['auto', 'rest-client', 'jetbrains', 'httpyac'];
const services = DIALECTS.map((dialect) => service({ settings: { dialect, format: { canonicalFieldNames: true, json: true } } }));

/** A body as compared: a JSON body by its value (formatting re-indents it), any other by its text. */
function bodyValue(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return { json: JSON.parse(text) as unknown };
  } catch {
    return text;
  }
}

/** What a request sends, as the parser reads it: field names compared without case (formatting may canonicalise them). */
function sent(text: string, dialect: Dialect | 'auto'): string {
  return JSON.stringify(parseHttpFile(text, { dialect }).requests.map((r) => [r.method, r.url, r.httpVersion, r.headers.map((h) => [h.name.toLowerCase(), h.value]), bodyValue(r.body?.text)]));
}

describe('formatting .http files', () => {
  it('is idempotent and keeps every request as it was, on edited fixtures in every dialect', () => {
    let formatted = 0;
    let version = 0;
    fc.assert(
      fc.property(fc.nat({ max: CASES.length - 1 }), fc.array(editArb, { maxLength: 8 }), fc.nat({ max: DIALECTS.length - 1 }), (index, edits, d) => {
        let text = (CASES[index] as (typeof CASES)[number]).input;
        for (const e of edits) text = apply(text, e);
        const ls = services[d] as (typeof services)[number];
        const dialect = DIALECTS[d] as Dialect | 'auto';
        const doc = TextDocument.create(`file:///format/${++version}.http`, 'http', 1, text);
        const changes = ls.format(doc);
        if (changes.length === 0) return;
        formatted++;
        const after = TextDocument.applyEdits(doc, changes);
        const again = TextDocument.create(`file:///format/${++version}.http`, 'http', 1, after);
        expect(ls.format(again), JSON.stringify(after)).toEqual([]);
        expect(sent(after, dialect), JSON.stringify(text)).toBe(sent(text, dialect));
      }),
      { numRuns: 1500, seed: 11 },
    );
    expect(formatted).toBeGreaterThan(100);
  }, 60_000);
});
