import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/index.js';

describe('parseConfig', () => {
  it('reads defaultHeaders: values kept, null and "" as no such header', () => {
    const { config, problems } = parseConfig({ defaultHeaders: { 'User-Agent': 'my-tool/1.0', Accept: null, 'X-Empty': '' } });
    expect(problems).toEqual([]);
    expect(config.defaultHeaders).toEqual({ 'User-Agent': 'my-tool/1.0', Accept: null, 'X-Empty': null });
  });

  it('reports what defaultHeaders cannot use and keeps the rest', () => {
    const { config, problems } = parseConfig(JSON.stringify({ defaultHeaders: { 'Bad Name': 'x', 'X-Number': 3, 'X-Split': 'a\r\nInjected: yes', 'X-Ok': ' yes ' } }));
    expect(problems.map((p) => p.path)).toEqual(['defaultHeaders.Bad Name', 'defaultHeaders.X-Number', 'defaultHeaders.X-Split']);
    expect(config.defaultHeaders).toEqual({ 'X-Ok': 'yes' });
    expect(parseConfig({ defaultHeaders: ['User-Agent: x'] }).problems).toEqual([{ path: 'defaultHeaders', message: 'expected an object of field name: value' }]);
  });

  it('still reports unknown settings', () => {
    expect(parseConfig({ defaultHeader: {} }).problems).toEqual([{ path: 'defaultHeader', message: 'unknown setting' }]);
  });
});
