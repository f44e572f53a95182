import { describe, expect, it } from 'vitest';
import { CompletionItemTag, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { cursor, doc, service } from './helpers.js';

const ls = service();

function complete(marked: string, languageId = 'http') {
  const { text, offset } = cursor(marked);
  const d = doc(text, languageId);
  const list = ls.doComplete(d, d.positionAt(offset));
  return { d, items: list.items };
}

/** Applies an item's edit and returns the whole resulting text (snippet placeholders removed). */
function apply(d: TextDocument, item: CompletionItem | undefined): string {
  if (!item?.textEdit) throw new Error('no edit');
  const edit = item.textEdit as TextEdit;
  return TextDocument.applyEdits(d, [edit]).replace(/\$\{\d+:([^}]*)\}/g, '$1');
}

describe('doComplete', () => {
  it('completes field names, common ones first, and inserts the colon', () => {
    const { d, items } = complete('GET https://a.example/\nAcc|\n');
    const labels = items.map((i) => i.label);
    expect(labels).toContain('Accept');
    expect(labels).toContain('Accept-Encoding');
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    expect(sorted[0]?.label).toBe('Accept');
    expect(apply(d, items.find((i) => i.label === 'Accept-Language'))).toBe('GET https://a.example/\nAccept-Language: \n');
  });

  it('tags deprecated fields and leaves response-only fields out of requests', () => {
    const { items } = complete('GET https://a.example/\n|\n');
    expect(items.find((i) => i.label === 'Content-MD5')?.tags).toEqual([CompletionItemTag.Deprecated]);
    expect(items.map((i) => i.label)).not.toContain('Set-Cookie');
  });

  it('offers response fields in a raw response', () => {
    const { items } = complete('HTTP/1.1 200 OK\r\nSet-C|\r\n\r\n', 'http-message');
    expect(items.map((i) => i.label)).toContain('Set-Cookie');
  });

  it('completes Cache-Control directives with snippet arguments, for requests only', () => {
    const { d, items } = complete('GET https://a.example/\nCache-Control: no-cache, max|\n');
    const labels = items.map((i) => i.label);
    expect(labels).toContain('max-stale');
    expect(labels).not.toContain('s-maxage');
    expect(apply(d, items.find((i) => i.label === 'max-age'))).toBe('GET https://a.example/\nCache-Control: no-cache, max-age=3600\n');
  });

  it('completes media types, codings and other field values', () => {
    expect(complete('POST https://a.example/\nContent-Type: app|\n').items.map((i) => i.label)).toContain('application/json');
    expect(complete('GET https://a.example/\nAccept-Encoding: gzip, |\n').items.map((i) => i.label)).toContain('br');
    expect(complete('GET https://a.example/\nSec-Fetch-Mode: |\n').items.map((i) => i.label)).toContain('navigate');
  });

  it('completes methods at the start of a request and HTTP versions after the URL', () => {
    const { d, items } = complete('###\nPO|\n');
    expect(apply(d, items.find((i) => i.label === 'POST'))).toBe('###\nPOST \n');
    expect(complete('GET https://a.example/ |\n').items.map((i) => i.label)).toContain('HTTP/1.1');
  });

  it('completes variables inside {{', () => {
    const { d, items } = complete('@host = a.example\n\n# @name login\nPOST https://{{host}}/login\n\n###\nGET https://{{|\n');
    const labels = items.map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['host', '$guid', 'login.response.body.$']));
    expect(apply(d, items.find((i) => i.label === 'host'))).toContain('GET https://{{host}}\n');
  });

  it('completes metadata after # @', () => {
    const { d, items } = complete('# @na|\nGET https://a.example/\n');
    expect(apply(d, items.find((i) => i.label === 'name'))).toBe('# @name requestName\nGET https://a.example/\n');
    expect(complete('// @|\nGET https://a.example/\n').items.map((i) => i.label)).toEqual(expect.arrayContaining(['no-redirect', 'prompt']));
  });

  it('offers nothing inside a body or a comment', () => {
    expect(complete('POST https://a.example/\nContent-Type: application/json\n\n{"a": |}\n').items).toEqual([]);
    expect(complete('# just a comm|ent\nGET https://a.example/\n').items).toEqual([]);
  });

  it('documents a field name lazily', () => {
    const { items } = complete('GET https://a.example/\nIf-None|\n');
    const item = items.find((i) => i.label === 'If-None-Match');
    expect(ls.doResolve({ ...item! }).documentation).toBeDefined();
  });
});

describe('doResolve', () => {
  it('reads the item data the client sends back as untrusted: an unknown locale or a field that is not a string', () => {
    expect(ls.doResolve({ label: 'Accept', data: { field: 'Accept', locale: 'xx-YY' } }).documentation).toMatchObject({ value: expect.stringContaining('**Accept**') });
    expect(ls.doResolve({ label: 'x', data: { field: 42 } }).documentation).toBeUndefined();
    expect(ls.doResolve({ label: 'x', data: null }).documentation).toBeUndefined();
  });
});
