import { describe, expect, it } from 'vitest';
import { SymbolKind } from 'vscode-languageserver-types';
import { doc, service } from './helpers.js';

const ls = service();
const FILE = [
  '@base = https://api.example.com',
  '',
  '# a comment block',
  '# over two lines',
  '### List users',
  '# @name list',
  'GET {{base}}/users',
  'Accept: application/json',
  '',
  '###',
  'POST {{base}}/users',
  'Content-Type: application/json',
  '',
  '{',
  '  "name": "alice"',
  '}',
  '',
].join('\n');

describe('findDocumentSymbols', () => {
  it('lists variables and requests by name or method and URL, with their headers', () => {
    const symbols = ls.findDocumentSymbols(doc(FILE));
    expect(symbols.map((s) => [s.name, s.kind])).toEqual([
      ['@base', SymbolKind.Variable],
      ['list', SymbolKind.Method],
      ['POST {{base}}/users', SymbolKind.Method],
    ]);
    expect(symbols[1]?.detail).toBe('GET {{base}}/users');
    expect(symbols[2]?.children?.map((c) => c.name)).toEqual(['Content-Type']);
  });

  it('names a request without @name by its ### title, with its method and URL as the detail', () => {
    const symbols = ls.findDocumentSymbols(doc('### Get a user\nGET https://a.example/users/1\n\n###\nDELETE https://a.example/users/1\n'));
    expect(symbols.map((s) => [s.name, s.detail])).toEqual([
      ['Get a user', 'GET https://a.example/users/1'],
      ['DELETE https://a.example/users/1', ''],
    ]);
  });

  it('lists JetBrains import and run lines where they stand', () => {
    const symbols = ls.findDocumentSymbols(doc('import ./auth.http\n\n###\nrun #Login (@user=alice)\n\n###\nGET https://a.example/\n'));
    expect(symbols.map((s) => [s.name, s.range.start.line, s.selectionRange.start.character])).toEqual([
      ['import ./auth.http', 0, 7],
      ['run #Login', 3, 4],
      ['GET https://a.example/', 5, 0],
    ]);
  });

  it('lists the messages of a raw document', () => {
    const symbols = ls.findDocumentSymbols(doc('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n', 'http-message'));
    expect(symbols.map((s) => s.name)).toEqual(['404 Not Found']);
    expect(symbols[0]?.children?.map((c) => c.name)).toEqual(['Content-Length']);
  });

  it('gives every symbol a name, as editors require (a line with nothing before its colon, an empty @name)', () => {
    const names = (text: string, languageId = 'http') => {
      const out: string[] = [];
      const walk = (symbols: { name: string; children?: unknown[] }[]) => {
        for (const s of symbols) {
          out.push(s.name);
          walk((s.children ?? []) as { name: string }[]);
        }
      };
      walk(ls.findDocumentSymbols(doc(text, languageId)));
      return out;
    };
    expect(names('# @name\nGET https://a.example/\n: value\n')).toEqual(['GET https://a.example/', ': value']);
    expect(names('HTTP/1.1 200 OK\r\n: v\r\n\r\n', 'http-message')).toEqual(['200 OK', ': v']);
  });
});

describe('getFoldingRanges', () => {
  it('folds requests, bodies and comment blocks', () => {
    const ranges = ls.getFoldingRanges(doc(FILE)).map((r) => [r.startLine, r.endLine, r.kind ?? '']);
    expect(ranges).toContainEqual([2, 3, 'comment']);
    expect(ranges).toContainEqual([13, 15, '']);
    expect(ranges.some(([start, end, kind]) => start === 9 && end === 15 && kind === 'region')).toBe(true);
  });

  it("folds a request's own comment blocks: its description after ### and notes among its fields (CR LF too)", () => {
    const text = ['###', '# Logs in.', '# Needs a user.', 'POST https://a.example/login', '# one note', '# and another', 'Accept: */*', ''].join('\r\n');
    const ranges = ls.getFoldingRanges(doc(text)).map((r) => [r.startLine, r.endLine, r.kind ?? '']);
    expect(ranges).toContainEqual([1, 2, 'comment']);
    expect(ranges).toContainEqual([4, 5, 'comment']);
  });
});

describe('a response saved in an .http file', () => {
  it('is read as a raw message: its diagnostics, outline and status-line hover, not a request named HTTP/1.1', () => {
    const text = 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 7\r\n\r\n{"a":1}';
    const asHttp = doc(text, 'http');
    const asMessage = doc(text, 'http-message');
    expect(ls.doValidation(asHttp).map((x) => x.code)).toEqual(ls.doValidation(asMessage).map((x) => x.code));
    expect(ls.findDocumentSymbols(asHttp).map((s) => s.name)).toEqual(['200 OK']);
    expect(ls.doHover(asHttp, { line: 0, character: 10 })).not.toBeNull();
    // a request file is still one
    expect(ls.findDocumentSymbols(doc('GET https://a.example/ HTTP/1.1\nAccept: */*\n', 'http')).map((s) => s.name)).toEqual(['GET https://a.example/']);
  });
});

describe('a document that starts with a byte order mark', () => {
  it('is read as the same file without it: variables, request lines and metadata of the first line', () => {
    for (const text of ['@base = https://a.example\nGET {{base}}/\n', '# @name first\nGET https://a.example/\n', 'GET https://a.example/\nAccept: */*\n']) {
      const plain = doc(text);
      const marked = doc(`\ufeff${text}`);
      const summary = (d: ReturnType<typeof doc>) => ls.findDocumentSymbols(d).map((s) => [s.name, s.detail]);
      expect(summary(marked)).toEqual(summary(plain));
      expect(ls.doValidation(marked).map((x) => x.code)).toEqual(ls.doValidation(plain).map((x) => x.code));
    }
  });
});
