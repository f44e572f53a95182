import { describe, expect, it } from 'vitest';
import { FIELD_DEFINITIONS, FIELD_FAMILIES, getField, getFieldDefinition, listFields } from '@httplens/core';
import { fieldDocsZh } from '@httplens/core/locales/zh-CN';
import { readIanaFields } from './iana.js';

const HAN = /\p{Script=Han}/u;
const records = readIanaFields();
const ianaNames = new Set(records.map((r) => r.name.toLowerCase()));

describe('the field registry against the IANA XML, record for record', () => {
  it('reads all 254 records and defines exactly those as registered fields', () => {
    expect(records).toHaveLength(254);
    const registered = FIELD_DEFINITIONS.filter((d) => d.status !== 'nonstandard');
    expect(registered.map((d) => d.name.toLowerCase()).sort()).toEqual([...ianaNames].sort());
  });

  it.each(records.map((r) => [r.name, r] as const))('%s', (name, record) => {
    const def = getFieldDefinition(name);
    expect(def, `${name} is missing from the registry`).toBeDefined();
    if (!def) return;
    expect(def.name).toBe(name);
    expect(def.status).toBe(record.status.toLowerCase());

    if (record.structured) {
      const expected = record.structured === 'Token' ? 'item' : record.structured.toLowerCase();
      expect(def.structuredType).toBe(expected);
      if (record.structured === 'Token') expect(def.itemType).toBe('token');
    }

    const ref = record.refs[0];
    expect(ref, `${name} has no reference in the XML`).toBeDefined();
    if (!ref) return;
    if (ref.type === 'rfc') {
      expect(def.specUrl).toMatch(new RegExp(`^https://www\\.rfc-editor\\.org/rfc/${ref.data}(#|$)`));
      const section = ref.section?.split(':')[0]?.trim();
      if (section) expect(def.specUrl).toBe(`https://www.rfc-editor.org/rfc/${ref.data}#section-${section}`);
    } else if (ref.type === 'uri') {
      // Same document (http and https alike); a fragment in the XML is kept.
      const strip = (u: string) => u.replace(/^https?:\/\//, '');
      const base = strip(ref.data.split('#')[0] ?? '').replace(/\/$/, '');
      expect(strip(def.specUrl).startsWith(base), `${def.specUrl} vs ${ref.data}`).toBe(true);
      if (ref.data.includes('#')) expect(strip(def.specUrl).startsWith(strip(ref.data)), `${name} drops the XML's fragment`).toBe(true);
    } else if (ref.type === 'draft') {
      expect(def.specUrl).toContain(ref.data.replace(/^RFC-/, 'draft-'));
    }
  });
});

describe('every field definition', () => {
  it.each(FIELD_DEFINITIONS.map((d) => [d.name, d] as const))('%s is complete in both languages', (name, def) => {
    if (def.status === 'nonstandard') expect(ianaNames.has(name.toLowerCase()), `${name} is registered`).toBe(false);
    expect(['request', 'response', 'both']).toContain(def.appearsIn);
    expect(def.specUrl).toMatch(/^https?:\/\/\S+$/);
    if (def.mdnUrl) expect(def.mdnUrl).toMatch(/^https:\/\/developer\.mozilla\.org\/en-US\/docs\/Web\/HTTP\/Reference\/Headers\/[\w-]+$/);

    for (const text of [def.summary, ...(def.advice ? [def.advice] : [])]) {
      expect(text.en.trim().length).toBeGreaterThan(10);
      expect(text['zh-CN']).toMatch(HAN);
      expect(text['zh-CN']).not.toBe(text.en);
    }
    expect(def.summary.en.length, 'a summary is one line').toBeLessThan(110);
    expect(def.docs.length).toBeGreaterThan(def.summary.en.length);

    const zh = fieldDocsZh[name.toLowerCase()];
    expect(zh, `${name} has no zh-CN hover text`).toBeDefined();
    expect(zh).toMatch(HAN);

    for (const target of def.replacedBy ?? []) expect(getFieldDefinition(target), `${name} is replaced by unknown ${target}`).toBeDefined();
    if (def.repeatable) expect(def.list).toBe(false);
    // RFC 9651: Lists and Dictionaries may be split across field lines; an Item may not.
    if (def.structuredType === 'list' || def.structuredType === 'dictionary') expect(def.list, `${name} combines across lines`).toBe(true);
    if (def.structuredType === 'item') expect(def.list, `${name} is a single Item`).toBe(false);
  });

  it('has no zh-CN hover text for a field that does not exist', () => {
    expect(Object.keys(fieldDocsZh).filter((k) => !getFieldDefinition(k))).toEqual([]);
  });

  it('keeps each family\'s zh-CN texts in the family\'s own module', async () => {
    for (const [family, defs] of Object.entries(FIELD_FAMILIES)) {
      const mod = (await import(`../../src/locales/zh-CN/fields-${family}.ts`)) as Record<string, Record<string, string>>;
      const texts = Object.values(mod)[0] ?? {};
      expect(Object.keys(texts).sort(), family).toEqual(defs.map((d) => d.name.toLowerCase()).sort());
    }
  });
});

describe('getField', () => {
  it('is case-insensitive and returns the canonical name', () => {
    expect(getField('content-TYPE')?.name).toBe('Content-Type');
    expect(getField('ETAG')?.name).toBe('ETag');
    expect(getField('x-unknown-thing')).toBeUndefined();
    expect(listFields()).toHaveLength(FIELD_DEFINITIONS.length);
  });

  it.each([
    ['Content-MD5', { status: 'obsoleted', replacedBy: ['Content-Digest', 'Repr-Digest'] }],
    ['Set-Cookie2', { status: 'obsoleted', replacedBy: ['Set-Cookie'] }],
    ['Cookie2', { status: 'obsoleted', replacedBy: ['Cookie'] }],
    ['Warning', { status: 'obsoleted', replacedBy: [] }],
    ['Pragma', { status: 'deprecated', replacedBy: ['Cache-Control'] }],
    ['X-Frame-Options', { status: 'permanent', replacedBy: ['Content-Security-Policy'] }],
    ['X-XSS-Protection', { status: 'nonstandard', registered: false }],
    ['Sec-Fetch-Dest', { status: 'permanent', structuredType: 'item', itemType: 'token' }],
    ['Sec-Fetch-Storage-Access', { status: 'provisional', structuredType: 'item', itemType: 'token' }],
    ['Set-Cookie', { list: false, repeatable: true, appearsIn: 'response' }],
    ['Content-Length', { list: false, trailer: 'forbidden', appearsIn: 'both' }],
    ['Server-Timing', { trailer: 'allowed' }],
    ['Accept', { list: true, appearsIn: 'request', specUrl: 'https://www.rfc-editor.org/rfc/rfc9110#section-12.5.1' }],
    ['Alt-Svc', { specUrl: 'https://www.rfc-editor.org/rfc/rfc7838#section-3' }],
    ['MIME-Version', { specUrl: 'https://www.rfc-editor.org/rfc/rfc9112#appendix-B.1' }],
  ] as const)('%s', (name, expected) => {
    expect(getField(name)).toMatchObject(expected);
  });

  it('keeps out of trailers every field RFC 9110 Section 6.5.1 names', () => {
    const forbidden = [
      'Transfer-Encoding', 'Content-Length', 'Host', 'Cache-Control', 'Expect', 'Max-Forwards', 'Pragma', 'Range', 'TE',
      'If-Match', 'If-None-Match', 'If-Modified-Since', 'If-Unmodified-Since', 'If-Range', 'Authorization', 'Proxy-Authorization',
      'WWW-Authenticate', 'Proxy-Authenticate', 'Set-Cookie', 'Cookie', 'Age', 'Expires', 'Date', 'Location', 'Retry-After', 'Vary',
      'Warning', 'Content-Encoding', 'Content-Type', 'Content-Range', 'Trailer', 'Connection', 'Upgrade', 'Keep-Alive',
    ];
    expect(forbidden.filter((n) => getField(n)?.trailer !== 'forbidden')).toEqual([]);
  });

  it('adds the structured types the specifications define but the registry column lacks', () => {
    for (const [name, type] of [
      ['Content-Digest', 'dictionary'], ['Repr-Digest', 'dictionary'], ['Want-Content-Digest', 'dictionary'],
      ['Want-Repr-Digest', 'dictionary'], ['Signature', 'dictionary'], ['Signature-Input', 'dictionary'],
      ['Permissions-Policy', 'dictionary'], ['CDN-Cache-Control', 'dictionary'],
    ] as const) {
      expect(getField(name)?.structuredType, name).toBe(type);
    }
  });

  it('knows the common unregistered fields', () => {
    for (const name of ['X-Forwarded-For', 'X-Forwarded-Host', 'X-Forwarded-Proto', 'X-Requested-With', 'X-Powered-By', 'X-Cache',
      'X-XSS-Protection', 'Proxy-Connection', 'Client-IP', 'UA-Color', 'UA-CPU', 'UA-Disp', 'UA-OS', 'UA-Pixels', 'Title',
      'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'RateLimit', 'RateLimit-Policy', 'RateLimit-Limit',
      'RateLimit-Remaining', 'RateLimit-Reset', 'CF-Ray', 'CF-Cache-Status', 'X-Served-By', 'X-Cache-Hits', 'X-Accel-Buffering']) {
      expect(getField(name)?.status, name).toBe('nonstandard');
    }
    for (const name of ['Public', 'Content-Base', 'Cookie2', 'Set-Cookie2']) expect(getField(name)?.status, name).toBe('obsoleted');
  });

  it('gives advice in the requested language', () => {
    expect(getField('X-Frame-Options')?.advice).toContain('frame-ancestors');
    expect(getField('X-Frame-Options', { locale: 'zh-CN' })?.advice).toContain('frame-ancestors');
    expect(getField('X-Frame-Options', { locale: 'zh-CN' })?.advice).toMatch(HAN);
  });

  it('returns zh-CN summaries and hover texts once the locale module is loaded', () => {
    const zh = getField('cache-control', { locale: 'zh-CN' });
    expect(zh?.summary).toBe('缓存指令（max-age、no-store、private、no-cache）。');
    expect(zh?.docsLocale).toBe('zh-CN');
    expect(zh?.docs).toBe(fieldDocsZh['cache-control']);
    const en = getField('cache-control');
    expect(en?.docsLocale).toBe('en');
    expect(en?.docs).toContain('max-age=N');
  });
});
