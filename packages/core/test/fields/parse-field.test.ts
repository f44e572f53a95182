import { describe, expect, it } from 'vitest';
import { fieldsWithParsers, getFieldParser, parseField } from '@httplens/core';

describe('parseField', () => {
  it('does not syntax-check a value that still holds a template reference', () => {
    expect(parseField('Content-Type', '{{contentType}}')).toEqual({ diagnostics: [] });
    expect(parseField('Authorization', 'Bearer {{token}}\r\n')).toEqual({ diagnostics: [] });
  });

  it.each([
    ['X-Custom', 'a\r\nInjected: 1', 'HTTP2010', 1, 2],
    ['X-Custom', 'a\0b', 'HTTP2011', 1, 1],
    ['X-Custom', 'a\x01\x02b', 'HTTP2012', 1, 2],
    ['X-Custom', 'caf\u00e9s', 'HTTP2013', 3, 1],
    ['X-Custom', '\u4e2d\u6587', 'HTTP2013', 0, 2],
  ])('reports invalid characters in %s %j as %s with the exact span', (name, value, code, offset, length) => {
    const r = parseField(name, value);
    expect(r.diagnostics.map((d) => [d.code, d.span])).toEqual([[code, { offset, length }]]);
    expect(r.value).toBeUndefined();
  });

  it('checks characters of known fields once: the grammar does not report the same character again', () => {
    const r = parseField('Content-Type', 'application/json; x=caf\u00e9');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['HTTP2013']);
    const cr = parseField('Accept', 'text/html\r');
    expect(cr.diagnostics.map((d) => d.code)).toEqual(['HTTP2010']);
  });

  it('dispatches case-insensitively and returns the parsed value', () => {
    const r = parseField('CONTENT-type', 'application/json; charset=utf-8');
    expect(r).toEqual({ value: { type: 'application', subtype: 'json', parameters: { charset: 'utf-8' } }, diagnostics: [] });
  });

  it('renders messages in Simplified Chinese', () => {
    const [d] = parseField('Strict-Transport-Security', 'includeSubDomains', { locale: 'zh-cn' }).diagnostics;
    expect(d?.code).toBe('HTTP3600');
    expect(d?.message).toMatch(/\p{Script=Han}/u);
    const [en] = parseField('Strict-Transport-Security', 'includeSubDomains').diagnostics;
    expect(en?.message).toMatch(/max-age/);
  });

  it('names a repeated directive as it is written', () => {
    const [d] = parseField('Strict-Transport-Security', 'max-age=60; includeSubDomains; IncludeSubdomains').diagnostics;
    expect([d?.code, d?.args]).toEqual(['HTTP3602', { name: 'IncludeSubdomains' }]);
    expect(d?.message).toContain('IncludeSubdomains');
  });

  it('passes the direction to the field parser', () => {
    expect(parseField('Transfer-Encoding', 'gzip', { direction: 'request' }).diagnostics.map((d) => d.code)).toEqual(['HTTP0101']);
    expect(parseField('Transfer-Encoding', 'gzip', { direction: 'response' }).diagnostics.map((d) => d.code)).toEqual(['HTTP0102']);
    expect(parseField('Transfer-Encoding', 'gzip').diagnostics).toEqual([]);
  });

  it('gives unknown fields only the generic checks', () => {
    expect(getFieldParser('X-Not-A-Field')).toBeUndefined();
    expect(parseField('X-Not-A-Field', 'anything, ; goes')).toEqual({ diagnostics: [] });
  });

  it('reports an empty value where the grammar needs one, and accepts one where it does not', () => {
    expect(parseField('Content-Type', '  ').diagnostics.map((d) => d.code)).toEqual(['HTTP2014']);
    expect(parseField('Accept-Encoding', '').diagnostics).toEqual([]);
  });

  it('never reports two diagnostics of the same area on the same span', () => {
    for (const [name, value] of [
      ['Content-Type', 'multipart/form-data; boundary'],
      ['Set-Cookie', '__Host-a=1; SameSite=None; Domain=x'],
      ['Accept', 'text/*;q=5;q=6, , */x'],
      ['Forwarded', 'for=[::1];for=[::2], proto=9'],
    ] as const) {
      const keys = parseField(name, value).diagnostics.map((d) => `${d.code.slice(0, 6)}:${d.span.offset}:${d.span.length}`);
      expect(new Set(keys).size, `${name}: ${value}`).toBe(keys.length);
    }
  });

  it('lists the fields that have a parser', () => {
    const names = fieldsWithParsers();
    expect(names).toContain('content-type');
    expect(names).toContain('set-cookie');
    expect([...names].sort()).toEqual(names);
  });
});
