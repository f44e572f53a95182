import { describe, expect, it } from 'vitest';
// This file deliberately does not import '@httplens/core/locales/zh-CN'.
import { getDiagnosticInfo, getField, hasLocaleData } from '@httplens/core';

describe('without the zh-CN module', () => {
  it('falls back to English long texts, while short texts are already bilingual', () => {
    expect(hasLocaleData('zh-CN')).toBe(false);
    const field = getField('Accept', { locale: 'zh-CN' });
    expect(field?.summary).toMatch(/\p{Script=Han}/u);
    expect(field?.docsLocale).toBe('en');
    expect(field?.docs).toBe(getField('Accept')?.docs);
    const info = getDiagnosticInfo('HTTP3000', { locale: 'zh-CN' });
    expect(info?.title).toBe('未知首部字段');
    expect(info?.docLocale).toBe('en');
  });
});
