import { describe, expect, it } from 'vitest';
import { AREA_RANGES, CODES, createDiagnostic, getDiagnosticInfo, localizeDiagnostic, renderDiagnosticDocPage } from '@httplens/core';
import { codeDocsZh } from '@httplens/core/locales/zh-CN';
import { placeholders } from '../../src/i18n.js';

// Every code of every area goes through these checks: a code without both
// messages, both titles and both doc pages fails here.
const HAN = /\p{Script=Han}/u;

describe('the code table', () => {
  it('has codes', () => {
    expect(CODES.length).toBeGreaterThan(0);
  });

  it.each(CODES.map((c) => [c.code, c] as const))('%s is well-formed', (code, def) => {
    expect(code).toMatch(/^HTTP\d{4}$/);
    const n = Number(code.slice(4));
    const [lo, hi] = AREA_RANGES[def.area];
    expect(n, `${code} lies outside the ${def.area} block`).toBeGreaterThanOrEqual(lo);
    expect(n).toBeLessThanOrEqual(hi);
    expect(def.messageId).toMatch(/^[a-z][a-zA-Z0-9]*$/);
    expect(['error', 'warning', 'info', 'hint']).toContain(def.severity);

    for (const text of [def.message, def.title]) {
      expect(text.en.trim()).not.toBe('');
      expect(text['zh-CN'].trim()).not.toBe('');
      expect(text['zh-CN']).not.toBe(text.en);
      expect(text['zh-CN'], `${code} zh-CN text has no Chinese characters`).toMatch(HAN);
      expect(placeholders(text['zh-CN']).sort(), `${code} placeholders differ`).toEqual(placeholders(text.en).sort());
    }
    expect(placeholders(def.title.en)).toEqual([]);

    expect(def.doc.trim().length, `${code} has no English doc page`).toBeGreaterThan(80);
    const zh = codeDocsZh[code];
    expect(zh, `${code} has no zh-CN doc page`).toBeDefined();
    expect(zh).not.toBe(def.doc);
    expect(zh).toMatch(HAN);
  });

  it('has unique message ids', () => {
    const owner = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { code, messageId } of CODES) {
      const first = owner.get(messageId);
      if (first) duplicates.push(`${messageId}: ${first} and ${code}`);
      else owner.set(messageId, code);
    }
    expect(duplicates).toEqual([]);
  });

  it('has no zh-CN doc page for a code that does not exist', () => {
    const known = new Set(CODES.map((c) => c.code));
    expect(Object.keys(codeDocsZh).filter((code) => !known.has(code))).toEqual([]);
  });
});

describe('getDiagnosticInfo', () => {
  it('returns undefined for an unknown code', () => {
    expect(getDiagnosticInfo('HTTP9999')).toBeUndefined();
  });

  it('returns the English and the Chinese view of a code', () => {
    const en = getDiagnosticInfo('HTTP3001');
    expect(en).toMatchObject({
      code: 'HTTP3001',
      messageId: 'fieldMisspelled',
      severity: 'warning',
      area: 'registry',
      fixable: true,
      title: 'Misspelled field name',
      message: 'Unknown field {name}: did you mean {suggestion}?',
      docLocale: 'en',
      docUrl: 'https://httplens.dev/codes/HTTP3001',
    });
    const zh = getDiagnosticInfo('HTTP3001', { locale: 'zh-CN' });
    expect(zh?.docLocale).toBe('zh-CN');
    expect(zh?.doc).toBe(codeDocsZh.HTTP3001);
    expect(zh?.title).toBe('字段名拼写错误');
    expect(zh?.docUrl).toBe('https://httplens.dev/zh-CN/codes/HTTP3001');
  });

  it('renders a stand-alone doc page for every code in both languages', () => {
    for (const { code } of CODES) {
      for (const locale of ['en', 'zh-CN'] as const) {
        const page = renderDiagnosticDocPage(code, locale);
        expect(page?.startsWith(`# ${code}: `)).toBe(true);
        expect(page).toContain(getDiagnosticInfo(code, { locale })?.doc.trim());
      }
    }
    expect(renderDiagnosticDocPage('HTTP9999')).toBeUndefined();
  });
});

describe('createDiagnostic', () => {
  it('renders the message in the requested locale and again in another', () => {
    const d = createDiagnostic('HTTP3001', { offset: 0, length: 14 }, { name: 'Content-Lenght', suggestion: 'Content-Length' });
    expect(d).toEqual({
      code: 'HTTP3001',
      severity: 'warning',
      message: 'Unknown field Content-Lenght: did you mean Content-Length?',
      messageId: 'fieldMisspelled',
      args: { name: 'Content-Lenght', suggestion: 'Content-Length' },
      span: { offset: 0, length: 14 },
    });
    expect(localizeDiagnostic(d, 'zh-CN').message).toBe('未知首部字段 Content-Lenght：是否想写 Content-Length？');
    const severe = createDiagnostic('HTTP3000', { offset: 1, length: 2 }, { name: 'X' }, { severity: 'error', locale: 'zh-CN' });
    expect(severe.severity).toBe('error');
    expect(severe.message).toMatch(HAN);
  });

  it('throws on a code that is not in the table (a programmer error)', () => {
    expect(() => createDiagnostic('HTTP9999', { offset: 0, length: 0 })).toThrow(/unknown diagnostic code/);
  });
});
