import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getField, listFields } from '@httplens/core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { REAL_WORLD_FIELDS } from '../../core/test/corpus/real-world-fields.js';
import { CASES } from '../../http-file/test/fixtures/cases.js';
import { service } from './helpers.js';

// Every field of the core's corpus of real-world values (442 rows: cookies, CSP, Structured Fields, caching,
// security fields...), in a response or a request as the corpus says, and in a `.http` request: hover, completion and
// code actions at every position of the field line return without throwing, with ranges inside the document.
describe('editor features at every position of real-world field values', () => {
  it('never throw, and keep their ranges inside the document', () => {
    const ls = service();
    let calls = 0;
    const inside = (d: TextDocument, r: Range | undefined, where: string) => {
      if (!r) return;
      const text = d.getText();
      const start = d.offsetAt(r.start);
      const end = d.offsetAt(r.end);
      if (start < 0 || end < start || end > text.length) throw new Error(`range outside the document at ${where}`);
    };
    REAL_WORLD_FIELDS.forEach((row, n) => {
      const line = `${row.field}: ${row.value}`;
      const docs = [
        row.direction === 'request'
          ? TextDocument.create(`file:///corpus/${n}.http-message`, 'http-message', 1, `GET / HTTP/1.1\r\nHost: a.example\r\n${line}\r\n\r\n`)
          : TextDocument.create(`file:///corpus/${n}.http-message`, 'http-message', 1, `HTTP/1.1 200 OK\r\n${line}\r\n\r\n`),
        TextDocument.create(`file:///corpus/${n}.http`, 'http', 1, `GET https://a.example/\n${line}\n`),
      ];
      for (const d of docs) {
        const lineNumber = d.languageId === 'http' ? 1 : row.direction === 'request' ? 2 : 1;
        const where = (c: number) => `${row.field}: ${row.value} (${d.languageId}, character ${c})`;
        const diagnostics = ls.doValidation(d);
        for (let c = 0; c <= line.length; c++) {
          const position = { line: lineNumber, character: c };
          try {
            const hover = ls.doHover(d, position);
            inside(d, hover?.range, where(c));
            for (const item of ls.doComplete(d, position).items) inside(d, item.textEdit && 'range' in item.textEdit ? item.textEdit.range : undefined, where(c));
            ls.doCodeActions(d, { start: position, end: position }, diagnostics);
            calls += 3;
          } catch (e) {
            throw new Error(`${where(c)}: ${(e as Error).stack ?? String(e)}`);
          }
        }
      }
    });
    expect(calls).toBeGreaterThan(REAL_WORLD_FIELDS.length * 2 * 3 * 10);
  });

  it('never throw on the values of the RFC 9651 test suite, given to a registered field of each structured type', () => {
    // github.com/httpwg/structured-field-tests: every record that must parse, its lines joined as a recipient joins them
    const root = resolve(import.meta.dirname, '../../../../shared/reference/structured-field-tests');
    const fieldOf = (type: string) => listFields().find((name) => getField(name)?.structuredType === type);
    const ls = service();
    let values = 0;
    for (const file of readdirSync(root).filter((f) => f.endsWith('.json'))) {
      const records = JSON.parse(readFileSync(join(root, file), 'utf8')) as { name: string; raw?: string[]; header_type: string; must_fail?: boolean }[];
      records.forEach((record, n) => {
        const field = fieldOf(record.header_type);
        if (!record.raw || record.must_fail || !field) return;
        const line = `${field}: ${record.raw.join(', ')}`;
        const d = TextDocument.create(`file:///sf/${file}/${n}.http-message`, 'http-message', 1, `HTTP/1.1 200 OK\r\n${line}\r\n\r\n`);
        const diagnostics = ls.doValidation(d);
        // every position of short values, about 300 of long ones (large-generated.json has values of thousands of characters)
        const step = Math.max(1, Math.floor(line.length / 300));
        for (let c = 0; c <= line.length; c += step) {
          const position = { line: 1, character: c };
          try {
            const hover = ls.doHover(d, position);
            if (hover?.range && d.offsetAt(hover.range.end) > d.getText().length) throw new Error('hover range outside the document');
            ls.doComplete(d, position);
            ls.doCodeActions(d, { start: position, end: position }, diagnostics);
          } catch (e) {
            throw new Error(`${file} "${record.name}" as ${field}, character ${c}: ${(e as Error).stack ?? String(e)}`);
          }
        }
        values++;
      });
    }
    expect(values).toBeGreaterThan(500);
  });

  it('never throw at any position of the .http parser fixtures (REST Client, JetBrains and httpYac files), in every dialect', () => {
    const services = (['auto', 'rest-client', 'jetbrains', 'httpyac'] as const).map((dialect) => service({ settings: { dialect } }));
    let positions = 0;
    CASES.forEach((fixture, n) => {
      services.forEach((ls, k) => {
        const d = TextDocument.create(`file:///fixtures/${n}-${k}.http`, 'http', 1, fixture.input);
        const text = d.getText();
        const diagnostics = ls.doValidation(d);
        ls.format(d);
        ls.findDocumentSymbols(d);
        ls.getFoldingRanges(d);
        ls.getCodeLenses(d);
        ls.findDocumentLinks(d);
        const all = { start: d.positionAt(0), end: d.positionAt(text.length) };
        ls.getInlayHints(d, all);
        ls.doCodeActions(d, all, diagnostics);
        for (let offset = 0; offset <= text.length; offset++) {
          const position = d.positionAt(offset);
          try {
            const hover = ls.doHover(d, position);
            if (hover?.range && d.offsetAt(hover.range.end) > text.length) throw new Error('hover range outside the document');
            ls.doComplete(d, position);
            ls.findDefinition(d, position);
            ls.findReferences(d, position, true);
            ls.doRename(d, position, 'renamed');
            positions++;
          } catch (e) {
            throw new Error(`fixture "${fixture.id}" (${['auto', 'rest-client', 'jetbrains', 'httpyac'][k]}), offset ${offset}: ${(e as Error).stack ?? String(e)}`);
          }
        }
      });
    });
    expect(positions).toBeGreaterThan(CASES.length * 4 * 10);
  });
});
