// The examples of the README's registry sections, kept true.
import { describe, expect, it } from 'vitest';
import '@httplens/core/locales/zh-CN';
import { checkFieldName, getDiagnosticInfo, getField, getMethod, getStatus, statusClass } from '@httplens/core';

const span = { offset: 0, length: 0 };

describe('README examples', () => {
  it('getField', () => {
    expect(getField('x-frame-options')).toMatchObject({
      name: 'X-Frame-Options',
      status: 'permanent',
      advice: 'Use the CSP `frame-ancestors` directive; keep X-Frame-Options only for very old browsers.',
      replacedBy: ['Content-Security-Policy'],
      registered: true,
      appearsIn: 'response',
      list: false,
      repeatable: false,
      specUrl: 'https://html.spec.whatwg.org/multipage/browsing-the-web.html#x-frame-options',
      mdnUrl: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/X-Frame-Options',
      summary: 'Whether the page may be framed (DENY, SAMEORIGIN).',
      docsLocale: 'en',
    });
    expect(getField('x-frame-options')?.docs.startsWith('`DENY` or `SAMEORIGIN`')).toBe(true);
    expect(getField('Content-MD5')?.replacedBy).toEqual(['Content-Digest', 'Repr-Digest']);
    expect(getField('Warning')?.replacedBy).toEqual([]);
    expect(getField('Priority')?.structuredType).toBe('dictionary');
    expect(getField('Sec-Fetch-Storage-Access')).toMatchObject({ structuredType: 'item', itemType: 'token' });
    expect(getField('Content-Digest')?.trailer).toBe('allowed');
    expect(getField('X-My-Header')).toBeUndefined();
  });

  it('getStatus and getMethod', () => {
    expect(getStatus(413)).toEqual({
      code: 413, reason: 'Content Too Large', aliases: ['Request Entity Too Large', 'Payload Too Large'], status: 'registered',
      class: 'client-error', specUrl: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14',
      mdnUrl: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/413', heuristicallyCacheable: false,
      description: 'The request content is larger than the server will process.',
    });
    expect(getStatus(305)?.status).toBe('deprecated');
    expect(getStatus(306)?.status).toBe('unused');
    expect(getStatus(499)?.status).toBe('nonstandard');
    expect(getStatus(429, { locale: 'zh-CN' })?.description).toBe('请求频率受限；`Retry-After` 说明何时可以重试。');
    expect(getStatus(299)).toBeUndefined();
    expect(statusClass(299)).toBe('successful');
    expect(getStatus(416, { locale: 'zh-CN' })).toMatchObject({
      code: 416, reason: 'Range Not Satisfiable', aliases: ['Requested Range Not Satisfiable'],
      description: '所请求的范围与表示没有任何重叠；`Content-Range` 给出表示的长度。',
    });
    expect(getMethod('QUERY')).toMatchObject({
      name: 'QUERY', safe: true, idempotent: true, cacheable: 'yes', requestContent: 'expected', responseContent: true,
      status: 'registered', specUrl: 'https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-safe-method-w-body-14#section-2',
    });
    expect(getMethod('QUERY')?.description.startsWith('A safe, idempotent request whose content carries the query')).toBe(true);
    expect(getMethod('GET')?.requestContent).toBe('undefined-semantics');
    expect(getMethod('TRACE')?.requestContent).toBe('forbidden');
    expect(getMethod('get')).toBeUndefined();
    expect(getMethod('PUT', { locale: 'zh-CN' })?.description).toBe('用所附的表示创建或替换目标资源的状态。幂等：发送两次与发送一次效果相同。');
  });

  it('checks and diagnostic info', () => {
    expect(checkFieldName('Content-Lenght', { offset: 0, length: 14 })).toEqual([{
      code: 'HTTP3001', severity: 'warning', message: 'Unknown field Content-Lenght: did you mean Content-Length?',
      messageId: 'fieldMisspelled', args: { name: 'Content-Lenght', suggestion: 'Content-Length' }, span: { offset: 0, length: 14 },
    }]);
    expect(checkFieldName('Update', span)[0]?.args.suggestion).toBe('Upgrade');
    expect(checkFieldName('COntent-Length', span)[0]?.code).toBe('HTTP3012');
    expect(checkFieldName('Pragma', span, { locale: 'zh-CN' })[0]?.message).toBe('Pragma 已弃用：请改用 Cache-Control。');
    expect(checkFieldName('Set-Cookie', span, { direction: 'request' })[0]?.code).toBe('HTTP3008');
    expect(checkFieldName('Authorizaiton', span, { locale: 'zh-CN' })[0]?.message).toBe('未知首部字段 Authorizaiton：是否想写 Authorization？');
    expect(getDiagnosticInfo('HTTP3009')).toMatchObject({
      code: 'HTTP3009', messageId: 'singletonFieldRepeated', severity: 'warning', area: 'registry', fixable: false,
      title: 'Repeated singleton field', docLocale: 'en', docUrl: 'https://httplens.dev/codes/HTTP3009',
    });
    expect(getDiagnosticInfo('HTTP3009', { locale: 'zh-CN' })?.docUrl).toBe('https://httplens.dev/zh-CN/codes/HTTP3009');
    expect(getDiagnosticInfo('HTTP3001', { locale: 'zh-CN' })?.title).toBe('字段名拼写错误');
    expect(getField('Cache-Control', { locale: 'zh-CN' })).toMatchObject({ summary: '缓存指令（max-age、no-store、private、no-cache）。', docsLocale: 'zh-CN' });
    expect(getField('Cache-Control', { locale: 'zh-CN' })?.docs.startsWith('给沿途缓存的指令。响应中：')).toBe(true);
  });
});
