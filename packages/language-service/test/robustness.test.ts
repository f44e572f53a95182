import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import { service } from './helpers.js';

// 10,000 random edits (inserted random bytes, deletions, whole replacements) on
// fixture documents: every feature returns, never throws, and every range it
// gives stays inside the document.
const FIXTURES: [string, string][] = [
  [
    'http',
    [
      '@base = https://api.example.com',
      '# @name login',
      'POST {{base}}/login',
      'Content-Type: application/json',
      'Cache-Control: no-cache, max-age=60',
      '',
      '{"user": "{{user}}", "password": "{{$dotenv PASSWORD}}"}',
      '',
      '### second',
      'GET {{base}}/me?x=1',
      '  &y=2',
      'Authorization: Bearer {{login.response.body.$.token}}',
      'If-None-Match: "abc"',
      '',
      '> {% client.global.set("a", 1); %}',
      '',
      '###',
      'curl -X PUT https://a.example -H "X-A: 1" -d @file.json',
    ].join('\n'),
  ],
  [
    'http-message',
    'HTTP/1.1 200 OK\r\nDate: Tue, 24 Nov 2026 10:00:00 GMT\r\nCache-Control: public, max-age=3600\r\nTransfer-Encoding: chunked\r\nVary: *\r\n\r\n5\r\nhello\r\n0\r\nX-T: 1\r\n\r\n',
  ],
];

const ALPHABET = ['{', '}', '{{', '}}', '#', '@', ':', '\n', '\r', '\r\n', ' ', '\t', '"', ',', ';', '=', '<', '>', '%', 'GET ', 'HTTP/1.1', '###', '\u0000', '\u00e9', '\ud83d\ude00', 'a', 'Z', '9'];

type Edit = { kind: 'insert' | 'delete' | 'replace'; at: number; length: number; text: string };

const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace', 'insert', 'delete') as fc.Arbitrary<Edit['kind']>,
  at: fc.nat(),
  length: fc.nat({ max: 40 }),
  text: fc.array(fc.constantFrom(...ALPHABET), { maxLength: 12 }).map((a) => a.join('')),
});

function apply(text: string, e: Edit): string {
  if (e.kind === 'replace' && e.length === 0) return e.text;
  const at = text.length === 0 ? 0 : e.at % (text.length + 1);
  if (e.kind === 'insert') return text.slice(0, at) + e.text + text.slice(at);
  if (e.kind === 'delete') return text.slice(0, at) + text.slice(at + e.length);
  return text.slice(0, at) + e.text + text.slice(at + e.length);
}

// Strict: offsetAt clamps, so a position is checked against its line's own length (line
// break excluded), and a position between the two halves of a surrogate pair does not count.
function inside(d: TextDocument, r: Range): boolean {
  const text = d.getText();
  const ok = (p: Position) => {
    if (p.line < 0 || p.character < 0 || p.line >= d.lineCount) return false;
    const start = d.offsetAt({ line: p.line, character: 0 });
    let end = p.line + 1 < d.lineCount ? d.offsetAt({ line: p.line + 1, character: 0 }) : text.length;
    if (p.line + 1 < d.lineCount) end -= text.startsWith('\r\n', end - 2) ? 2 : 1;
    if (start + p.character > end) return false;
    const at = start + p.character;
    return !(/[\udc00-\udfff]/.test(text.charAt(at)) && /[\ud800-\udbff]/.test(text.charAt(at - 1)));
  };
  return ok(r.start) && ok(r.end) && d.offsetAt(r.start) <= d.offsetAt(r.end);
}

describe('positions between the halves of a surrogate pair', () => {
  it('are read at the start of the character, so no range built at them splits it', () => {
    const ls = service();
    const text = '{{{{{\u{1F600}{';
    const d = TextDocument.create('file:///pair.http', 'http', 1, text);
    const between = d.positionAt(text.indexOf('\u{1F600}') + 1);
    const items = ls.doComplete(d, between).items;
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const te = item.textEdit;
      if (te && 'range' in te) expect(inside(d, te.range)).toBe(true);
    }
    expect(ls.doComplete(d, between)).toEqual(ls.doComplete(d, d.positionAt(text.indexOf('\u{1F600}'))));
  });
});

describe('robustness under random edits', () => {
  it('every feature returns, never throws, and keeps ranges inside the document (10,000 edits)', () => {
    const ls = service();
    let edits = 0;
    let version = 0;
    for (const [languageId, fixture] of FIXTURES) {
      fc.assert(
        fc.property(fc.array(editArb, { minLength: 50, maxLength: 50 }), fc.nat(), (sequence, probe) => {
          let text = fixture;
          for (const e of sequence) {
            text = apply(text, e);
            edits++;
          }
          const d = TextDocument.create(`file:///fuzz/${languageId}.txt`, languageId, ++version, text);
          const offset = text.length === 0 ? 0 : probe % (text.length + 1);
          const pos = d.positionAt(offset);
          const whole: Range = { start: { line: 0, character: 0 }, end: d.positionAt(text.length) };
          const diagnostics = ls.doValidation(d);
          for (const x of diagnostics) expect(inside(d, x.range)).toBe(true);
          const hover = ls.doHover(d, pos);
          if (hover?.range) expect(inside(d, hover.range)).toBe(true);
          for (const item of ls.doComplete(d, pos).items) {
            const te = item.textEdit;
            if (te && 'range' in te) expect(inside(d, te.range)).toBe(true);
          }
          for (const s of ls.findDocumentSymbols(d)) expect(inside(d, s.range) && inside(d, s.selectionRange)).toBe(true);
          for (const f of ls.getFoldingRanges(d)) expect(f.endLine).toBeLessThan(d.lineCount);
          for (const a of ls.doCodeActions(d, { start: pos, end: pos }, diagnostics)) {
            for (const te of a.edit?.changes?.[d.uri] ?? []) expect(inside(d, te.range)).toBe(true);
          }
          for (const te of ls.format(d)) expect(inside(d, te.range)).toBe(true);
          for (const h of ls.getInlayHints(d, whole)) expect(inside(d, { start: h.position, end: h.position })).toBe(true);
          for (const l of ls.getCodeLenses(d)) expect(inside(d, l.range)).toBe(true);
          for (const l of ls.findDocumentLinks(d)) expect(inside(d, l.range)).toBe(true);
          for (const l of ls.findDefinition(d, pos)) expect(inside(d, l.range)).toBe(true);
          for (const l of ls.findReferences(d, pos)) expect(inside(d, l.range)).toBe(true);
          const rename = ls.doRename(d, pos, 'renamed');
          for (const te of rename?.changes?.[d.uri] ?? []) expect(inside(d, te.range)).toBe(true);
        }),
        { numRuns: 100 },
      );
    }
    expect(edits).toBe(10_000);
  }, 120_000);
});

describe('documents with more lines than a call may have arguments', { timeout: 30_000 }, () => {
  it('gives the symbols of a request with 150,000 fields and the diagnostics of a message with 150,000 bad ones', () => {
    const ls = service();
    const request = TextDocument.create('file:///many-fields.http', 'http', 1, `GET https://x/\n${'X-A: b\n'.repeat(150_000)}`);
    const [symbol] = ls.findDocumentSymbols(request);
    expect(symbol?.children).toHaveLength(150_000);
    const message = TextDocument.create('file:///many-fields.txt', 'http-message', 1, `HTTP/1.1 200 OK\r\n${'Age: x\r\n'.repeat(150_000)}\r\n`);
    expect(ls.doValidation(message).filter((d) => d.message.includes('Age')).length).toBeGreaterThanOrEqual(150_000);
  });
});

describe('names that are members of Object.prototype', () => {
  // constructor, toString, __proto__ ...: where a field name, an attribute or a coding goes, they are unknown names
  const names = ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty'];

  it('complete, hover and validate like any unknown name', () => {
    const ls = service();
    for (const name of names) {
      const http = TextDocument.create(`file:///${encodeURIComponent(name)}.http`, 'http', 1, `GET https://a.example/\n${name}: x\nAccept-Encoding: ${name}\n`);
      // the values of a field named so: none (it threw 'values.flatMap is not a function'), and codings after Accept-Encoding
      expect(ls.doComplete(http, { line: 1, character: name.length + 2 }).items).toEqual([]);
      expect(ls.doComplete(http, { line: 2, character: 'Accept-Encoding: '.length }).items.map((i) => i.label)).toContain('gzip');
      expect(ls.doValidation(http).map((d) => d.message).join(' ')).not.toContain('function');
      const message = TextDocument.create(`file:///${encodeURIComponent(name)}.http-message`, 'http-message', 1, `HTTP/1.1 200 OK\r\nSet-Cookie: a=b; ${name}=1\r\nContent-Encoding: ${name}\r\n\r\n`);
      const attribute = ls.doHover(message, { line: 1, character: 'Set-Cookie: a=b; '.length + 1 });
      expect(JSON.stringify(attribute ?? '')).not.toContain('undefined');
      const coding = ls.doHover(message, { line: 2, character: 'Content-Encoding: '.length + 1 });
      expect((coding?.contents as { value: string } | undefined)?.value).toBe(`**${name}**\n\nNot a registered coding.`);
    }
  });
});
