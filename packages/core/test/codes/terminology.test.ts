import { describe, expect, it } from 'vitest';
import { CODES, FIELD_DEFINITIONS, getMethod, getStatus, listMethods, listStatusCodes } from '@httplens/core';
import { codeDocsZh, fieldDocsZh } from '@httplens/core/locales/zh-CN';

/**
 * One terminology in every zh-CN text (docs/GLOSSARY.zh-CN.md): a header field is
 * 首部字段 and the header section 首部, never 标头 or 头部; a trailer section is 尾部, never 拖挂.
 */
const AVOID = ['标头', '头部', '拖挂'];

function offending(texts: [string, string][]): string[] {
  return texts.filter(([, text]) => AVOID.some((w) => text.includes(w))).map(([where, text]) => `${where}: ${AVOID.filter((w) => text.includes(w)).join(', ')}`);
}

describe('zh-CN terminology', () => {
  it('the code table and its doc pages use the glossary terms', () => {
    const texts: [string, string][] = [];
    for (const c of CODES) texts.push([`${c.code} message`, c.message['zh-CN']], [`${c.code} title`, c.title['zh-CN']]);
    for (const [code, doc] of Object.entries(codeDocsZh)) texts.push([`${code} doc page`, doc]);
    expect(offending(texts)).toEqual([]);
  });

  it('the registry texts use the glossary terms', () => {
    const texts: [string, string][] = [];
    for (const d of FIELD_DEFINITIONS) {
      texts.push([`${d.name} summary`, d.summary['zh-CN']]);
      if (d.advice) texts.push([`${d.name} advice`, d.advice['zh-CN']]);
    }
    for (const [name, doc] of Object.entries(fieldDocsZh)) texts.push([`${name} docs`, doc]);
    for (const code of listStatusCodes()) texts.push([`status ${code}`, getStatus(code, { locale: 'zh-CN' })?.description ?? '']);
    for (const name of listMethods()) texts.push([`method ${name}`, getMethod(name, { locale: 'zh-CN' })?.description ?? '']);
    expect(offending(texts)).toEqual([]);
  });
});
