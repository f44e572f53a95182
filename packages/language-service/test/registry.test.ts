import { describe, expect, it } from 'vitest';
import { getStatus } from '@httplens/core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { cursor, doc, service } from './helpers.js';

const ls = service();
const zh = service({ locale: 'zh-CN' });

const hoverText = (marked: string, languageId: string, s = ls) => {
  const { text, offset } = cursor(marked);
  const d = doc(text, languageId);
  return (s.doHover(d, d.positionAt(offset))?.contents as MarkupContent | undefined)?.value ?? '';
};

describe('hover on status codes', () => {
  it.each([200, 201, 204, 206, 301, 304, 308, 404, 410, 418, 421, 425, 429, 451, 503])('%i', (code) => {
    const reason = getStatus(code)?.reason ?? '';
    const value = hoverText(`HTTP/1.1 ${String(code).slice(0, 1)}|${String(code).slice(1)} ${reason}\r\nDate: Tue, 24 Nov 2026 10:00:00 GMT\r\n\r\n`, 'http-message');
    expect(value).toContain(String(code));
    expect(value).toContain(reason);
    expect(value).toMatch(/shared cache/);
  });

  it('in Simplified Chinese', () => {
    expect(hoverText('HTTP/1.1 4|04 Not Found\r\n\r\n', 'http-message', zh)).toMatch(/\p{Script=Han}/u);
  });
});

describe('hover on methods', () => {
  it.each(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'QUERY', 'PROPFIND'])('%s in an .http file', (method) => {
    const value = hoverText(`${method.slice(0, 1)}|${method.slice(1)} https://a.example/\n`, 'http');
    expect(value).toContain(method);
  });

  it('in a raw request', () => {
    expect(hoverText('PO|ST /items HTTP/1.1\r\nHost: a.example\r\n\r\n', 'http-message')).toContain('POST');
  });
});

describe('status code completion in a response', () => {
  it.each([['4', '404 Not Found'], ['30', '304 Not Modified'], ['2', '204 No Content'], ['', '200 OK']])('after "%s" offers %s', (typed, label) => {
    const { text, offset } = cursor(`HTTP/1.1 ${typed}|\r\n`);
    const d = doc(text, 'http-message');
    const item = ls.doComplete(d, d.positionAt(offset)).items.find((i) => i.label === label);
    expect(item).toBeDefined();
    expect(TextDocument.applyEdits(d, [item!.textEdit as TextEdit])).toBe(`HTTP/1.1 ${label}\r\n`);
  });
});

describe('hover on value components', () => {
  const hover = (marked: string, languageId = 'http') => {
    const { text, offset } = cursor(marked);
    const d = doc(text, languageId);
    const h = ls.doHover(d, d.positionAt(offset));
    return { value: (h?.contents as MarkupContent | undefined)?.value ?? '', text: h?.range ? text.slice(d.offsetAt(h.range.start), d.offsetAt(h.range.end)) : '' };
  };

  it('a media range with its weight in Accept', () => {
    const h = hover('GET https://a.example/\nAccept: text/html, application/x|ml;q=0.9\n');
    expect(h.text).toBe('application/xml;q=0.9');
    expect(h.value).toContain('`application/xml`');
    expect(h.value).toContain('q=0.9');
  });

  it('a content coding', () => {
    const h = hover('GET https://a.example/\nAccept-Encoding: gzip, b|r;q=0\n');
    expect(h.text).toBe('br;q=0');
    expect(h.value).toContain('Brotli');
    expect(h.value).toContain('not acceptable');
  });

  it('a media type with its parameters', () => {
    const h = hover('POST https://a.example/\nContent-Type: multipart/form-d|ata; boundary=X\n');
    expect(h.value).toContain('`multipart/form-data`');
    expect(h.value).toContain('`boundary=X`');
  });

  it('a Structured Field dictionary member and its type', () => {
    const h = hover('HTTP/1.1 200 OK\r\nPriority: u=5, i|\r\n\r\n', 'http-message');
    expect(h.text).toBe('i');
    expect(h.value).toContain('`i` = true (boolean)');
  });
});
