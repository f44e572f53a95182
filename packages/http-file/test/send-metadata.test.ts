import { describe, expect, it } from 'vitest';
import { MAX_SLEEP_MS, parseHttpFile, sendMetadata } from '@httplens/http-file';

const meta = (lines: string[], context = {}) => {
  const file = parseHttpFile(['@delay = 250', '@off = false', '@on = yes', '@empty =', '', '###', ...lines, 'GET https://x.example/', ''].join('\n'), { dialect: 'httpyac' });
  const m = sendMetadata(file, 0, context);
  return { sleep: m.sleep, disabled: m.disabled, insecure: m.insecure, codes: m.diagnostics.map((d) => d.code) };
};

describe("httpYac's # @sleep, # @disabled and # @noRejectUnauthorized", () => {
  it('reads a number, true or false, or a variable, and runs no JavaScript', () => {
    expect(meta(['# @sleep 1000'])).toEqual({ sleep: 1000, disabled: undefined, insecure: undefined, codes: [] });
    expect(meta(['# @sleep delay']).sleep).toBe(250);
    expect(meta(['# @sleep {{delay}}']).sleep).toBe(250);
    // a JavaScript identifier with letters of another script, as a loop's list may be named
    expect(meta(['@größe = 30', '# @sleep größe'])).toMatchObject({ sleep: 30, codes: [] });
    expect(meta(['# @sleep 99999999']).sleep).toBe(MAX_SLEEP_MS);
    expect(meta(['# @sleep delay * 2'])).toMatchObject({ sleep: undefined, codes: ['HTTP1064'] });
    expect(meta(['# @sleep on'])).toMatchObject({ sleep: undefined, codes: ['HTTP1064'] });
    expect(meta(['# @disabled']).disabled).toBe(true);
    expect(meta(['# @disabled true']).disabled).toBe(true);
    expect(meta(['# @disabled false']).disabled).toBe(false);
    expect(meta(['# @disabled 0']).disabled).toBe(false);
    expect(meta(['# @disabled on']).disabled).toBe(true);
    expect(meta(['# @disabled off']).disabled).toBe(false);
    expect(meta(['# @disabled empty']).disabled).toBe(false);
    // from the environment, whose JSON false is the text "false"
    expect(meta(['# @disabled readOnly'], { environment: { readOnly: 'false' } }).disabled).toBe(false);
    expect(meta(['# @disabled readOnly'], { environment: { readOnly: 'true' } }).disabled).toBe(true);
    // JavaScript, or a variable without a value: not sent, and said
    expect(meta(['# @disabled !on'])).toMatchObject({ disabled: true, codes: ['HTTP1065'] });
    expect(meta(['# @disabled nowhere'])).toMatchObject({ disabled: true, codes: ['HTTP1065'] });
    expect(meta(['# @noRejectUnauthorized']).insecure).toBe(true);
  });

  it('only in files read as httpYac reads them; # @disabled and # @sleep make an auto file one', () => {
    const rest = parseHttpFile('# @disabled\nGET https://x.example/\n', { dialect: 'rest-client' });
    expect(sendMetadata(rest, 0)).toEqual({ diagnostics: [] });
    const auto = parseHttpFile('# @disabled\nGET https://x.example/\n');
    expect(auto.dialect).toBe('httpyac');
    expect(sendMetadata(auto, 0).disabled).toBe(true);
    expect(sendMetadata(auto, 5)).toEqual({ diagnostics: [] });
  });

  it('reports values that are JavaScript whatever the variables are as the file is written (HTTP1064, HTTP1065)', () => {
    const codes = (line: string) => parseHttpFile(`${line}\nGET https://x.example/\n`, { dialect: 'httpyac' }).diagnostics.map((d) => d.code);
    expect(codes('# @sleep soon()')).toEqual(['HTTP1064']);
    expect(codes('# @sleep')).toEqual(['HTTP1064']);
    expect(codes('# @disabled env === "prod"')).toEqual(['HTTP1065']);
    for (const line of ['# @sleep 100', '# @sleep delay', '# @sleep {{delay}}', '# @disabled', '# @disabled true', '# @disabled flag', '# @noRejectUnauthorized']) expect([line, codes(line)]).toEqual([line, []]);
  });

  it('says where the value it cannot read is, in both languages', () => {
    const text = '# @sleep soon()\nGET https://x.example/\n';
    const file = parseHttpFile(text, { dialect: 'httpyac' });
    const [d] = sendMetadata(file, 0, { locale: 'zh-CN' }).diagnostics;
    expect(text.slice(d?.span.offset, (d?.span.offset ?? 0) + (d?.span.length ?? 0))).toBe('soon()');
    expect(d?.message).toBe('# @sleep 的值（"soon()"）不是 httplens 能读取的毫秒数：请求不等待直接发送。');
  });
});
