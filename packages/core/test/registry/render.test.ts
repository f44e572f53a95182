import { describe, expect, it } from 'vitest';
import '@httplens/core/locales/zh-CN';
import { FIELD_DEFINITIONS, listMethods, listStatusCodes, renderFieldDoc, renderMethodDoc, renderStatusDoc } from '@httplens/core';

describe('hover documents', () => {
  it('renders a field in English and Chinese', () => {
    expect(renderFieldDoc('content-md5')).toBe([
      '**Content-MD5** · obsoleted · request and response field · single value',
      '',
      'MD5 digest of the content (removed from HTTP).',
      '',
      'A base64 MD5 digest of the content. RFC 7231 removed it because implementations disagreed on whether it covered the content before or after content coding and range selection, and MD5 is broken. Use `Content-Digest` (digest of the bytes sent) or `Repr-Digest` (digest of the whole representation) with `sha-256` (RFC 9530).',
      '',
      '**Replaced by:** `Content-Digest`, `Repr-Digest`',
      '',
      '[RFC 2616 §14.15](https://www.rfc-editor.org/rfc/rfc2616#section-14.15)',
    ].join('\n'));
    const zh = renderFieldDoc('Priority', { locale: 'zh-CN' });
    expect(zh?.split('\n')[0]).toBe('**Priority** · 永久 · 请求和响应首部字段 · 结构化字段字典');
    expect(zh).toContain('[RFC 9218 第 5 节](https://www.rfc-editor.org/rfc/rfc9218#section-5)');
    expect(renderFieldDoc('Warning')).toContain('Nothing replaces it.');
    expect(renderFieldDoc('MIME-Version')).toContain('[RFC 9112 Appendix B.1]');
    expect(renderFieldDoc('X-Frame-Options', { locale: 'zh-CN' })).toContain('**建议:**');
    expect(renderFieldDoc('nope')).toBeUndefined();
  });

  it('renders every field, status code and method in both languages', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const d of FIELD_DEFINITIONS) expect(renderFieldDoc(d.name, { locale }), d.name).toContain(`**${d.name}**`);
      for (const code of listStatusCodes()) expect(renderStatusDoc(code, { locale })).toMatch(new RegExp(`^\\*\\*${code} `));
      for (const name of listMethods()) expect(renderMethodDoc(name, { locale })).toMatch(new RegExp(`^\\*\\*${name}\\*\\*`));
    }
  });

  it('renders status codes and methods', () => {
    expect(renderStatusDoc(413)).toBe([
      '**413 Content Too Large**',
      '',
      'The request content is larger than the server will process.',
      '',
      'Also known as: "Request Entity Too Large", "Payload Too Large"',
      '',
      '[RFC 9110 §15.5.14](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14) · [MDN](https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/413)',
    ].join('\n'));
    expect(renderStatusDoc(305, { locale: 'zh-CN' })?.split('\n')[0]).toBe('**305 Use Proxy** · 已弃用');
    expect(renderStatusDoc(404)).toContain('Cacheable by default');
    expect(renderMethodDoc('POST')?.split('\n')[0]).toBe('**POST** · not safe · not idempotent · cacheable only with explicit freshness · request content expected');
    expect(renderMethodDoc('GET', { locale: 'zh-CN' })?.split('\n')[0]).toBe('**GET** · 安全 · 幂等 · 可缓存 · 请求内容没有定义的含义');
    expect(renderMethodDoc('get')).toBeUndefined();
    expect(renderStatusDoc(299)).toBeUndefined();
  });
});
