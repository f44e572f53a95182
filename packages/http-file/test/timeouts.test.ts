import { describe, expect, it } from 'vitest';
import { parseHttpFile, parseTimeoutValue, requestTimeouts, resolveRequest, type Dialect, type RequestTimeouts } from '@httplens/http-file';

type D = Dialect | 'auto';

describe('parseTimeoutValue', () => {
  // value -> milliseconds as the JetBrains HTTP Client (and auto) reads it, and as httpYac reads it
  const table: [string, number | undefined, number | undefined][] = [
    ['600', 600_000, 600],
    ['1000', 1_000_000, 1000],
    ['0', 0, 0],
    ['500 ms', 500, 500],
    ['500ms', 500, 500],
    ['500 MS', 500, 500],
    ['30 s', 30_000, undefined],
    ['30S', 30_000, undefined],
    ['2 m', 120_000, undefined],
    ['1.5 m', 90_000, undefined],
    ['0.0004', 1, 1],
    ['1.5', 1500, 2],
    ['  42  ', 42_000, 42],
    ['soon', undefined, undefined],
    ['', undefined, undefined],
    ['-1', undefined, undefined],
    ['2 h', undefined, undefined],
    ['10 sec', undefined, undefined],
    ['1e3', undefined, undefined],
  ];
  for (const [value, jetbrains, httpyac] of table) {
    it(`"${value}": ${String(jetbrains)} (JetBrains, auto), ${String(httpyac)} (httpYac)`, () => {
      expect(parseTimeoutValue(value, 'jetbrains')).toBe(jetbrains);
      expect(parseTimeoutValue(value, 'auto')).toBe(jetbrains);
      expect(parseTimeoutValue(value, 'httpyac')).toBe(httpyac);
    });
  }
});

/** The timeouts of the first request of `text`, from the parse's metadata, and its HTTP1050 warnings. */
function read(text: string, dialect: D) {
  const file = parseHttpFile(text, { dialect });
  const request = file.requests[0];
  if (!request) throw new Error('no request');
  return { file, ...requestTimeouts(request.metadata, dialect) };
}

describe('requestTimeouts', () => {
  const cases: { text: string; dialect: D; timeouts: RequestTimeouts }[] = [
    // httpYac: `@timeout` is milliseconds for the whole exchange (got's `timeout.request`); it has no connection timeout
    { text: '# @timeout 1000\nGET https://x/', dialect: 'httpyac', timeouts: { total: 1000 } },
    { text: '# @connection-timeout 5\n# @timeout 250\nGET https://x/', dialect: 'httpyac', timeouts: { total: 250 } },
    // JetBrains: `@timeout` waits for data (seconds by default), `@connection-timeout` for the connection
    { text: '# @timeout 600\nGET https://x/', dialect: 'jetbrains', timeouts: { firstByte: 600_000, idle: 600_000 } },
    { text: '// @connection-timeout 2 m\n# @timeout 500 ms\nGET https://x/', dialect: 'jetbrains', timeouts: { connect: 120_000, firstByte: 500, idle: 500 } },
    // auto reads as the JetBrains HTTP Client
    { text: '# @timeout 3\nGET https://x/', dialect: 'auto', timeouts: { firstByte: 3000, idle: 3000 } },
    // REST Client has no timeout per request
    { text: '# @timeout 3\n# @connection-timeout 3\nGET https://x/', dialect: 'rest-client', timeouts: {} },
    // the later line wins; keys in any case; other metadata ignored
    { text: '# @name a\n# @TIMEOUT 1\n# @timeout 2\nGET https://x/', dialect: 'jetbrains', timeouts: { firstByte: 2000, idle: 2000 } },
    { text: '# @timeout = 7\nGET https://x/', dialect: 'httpyac', timeouts: { total: 7 } },
    // a variable is not read (no tool substitutes one there) and not reported
    { text: '# @timeout {{t}}\nGET https://x/', dialect: 'jetbrains', timeouts: {} },
  ];
  for (const c of cases) {
    it(`${c.dialect}: ${JSON.stringify(c.text.split('\n').slice(0, -1))}`, () => {
      const { timeouts, diagnostics } = read(c.text, c.dialect);
      expect(timeouts).toEqual(c.timeouts);
      expect(diagnostics).toEqual([]);
    });
  }

  it('reports a value the dialect cannot read on the value, and applies nothing', () => {
    const text = '# @timeout soon\n// @connection-timeout 2 m\nGET https://x/';
    const { timeouts, diagnostics, file } = read(text, 'jetbrains');
    expect(timeouts).toEqual({ connect: 120_000 });
    expect(diagnostics.map((d) => [d.code, d.severity, text.slice(d.span.offset, d.span.offset + d.span.length)])).toEqual([['HTTP1050', 'warning', 'soon']]);
    expect(diagnostics[0]?.message).toBe('JetBrains HTTP Client reads no timeout in "@timeout soon"; the request is sent without it.');
    // the parse gives the same warning, at the same place
    expect(file.diagnostics.filter((d) => d.code === 'HTTP1050')).toEqual(diagnostics);
  });

  it('reports a unit in an httpYac file, which httpYac would read as milliseconds', () => {
    const text = '# @timeout 30 s\nGET https://x/';
    const { timeouts, diagnostics } = read(text, 'httpyac');
    expect(timeouts).toEqual({});
    expect(diagnostics.map((d) => [d.code, d.args.tool, text.slice(d.span.offset, d.span.offset + d.span.length)])).toEqual([['HTTP1050', 'httpYac', '30 s']]);
  });

  it('reports a key without a value on its line', () => {
    const text = '# @timeout\nGET https://x/';
    const { diagnostics } = read(text, 'auto');
    expect(diagnostics.map((d) => text.slice(d.span.offset, d.span.offset + d.span.length))).toEqual(['# @timeout']);
  });

  it('reads entries without spans (a record of metadata) and speaks Chinese', () => {
    const { timeouts, diagnostics } = requestTimeouts([{ key: 'timeout', value: 'later' }, { key: 'connection-timeout', value: '1' }], 'auto', 'zh-CN');
    expect(timeouts).toEqual({ connect: 1000 });
    expect(diagnostics.map((d) => [d.code, d.span])).toEqual([['HTTP1050', { offset: 0, length: 0 }]]);
    expect(diagnostics[0]?.message).toContain('无法从 "@timeout later" 读出超时');
  });

  it('notes every timeout line as read differently by the tools (HTTP5020), in every dialect', () => {
    for (const dialect of ['auto', 'rest-client', 'jetbrains', 'httpyac'] as const) {
      const text = '# @timeout 500 ms\nGET https://x/';
      const notes = parseHttpFile(text, { dialect }).diagnostics;
      expect(notes.map((d) => d.code), dialect).toEqual(['HTTP5020']);
    }
    const silenced = parseHttpFile('# httplens-disable-next-line HTTP5020\n# @timeout 5\nGET https://x/', { dialect: 'jetbrains' });
    expect(silenced.diagnostics).toEqual([]);
  });
});

describe('resolveRequest', () => {
  it('gives the timeouts of the file dialect, and none when the request sets none', () => {
    const text = '# @timeout 1000\nGET https://x/\n\n###\n// @connection-timeout 10 s\nGET https://y/\n\n###\nGET https://z/';
    expect(resolveRequest(parseHttpFile(text, { dialect: 'httpyac' }), 0).timeouts).toEqual({ total: 1000 });
    expect(resolveRequest(parseHttpFile(text, { dialect: 'jetbrains' }), 0).timeouts).toEqual({ firstByte: 1_000_000, idle: 1_000_000 });
    expect(resolveRequest(parseHttpFile(text, { dialect: 'jetbrains' }), 1).timeouts).toEqual({ connect: 10_000 });
    expect(resolveRequest(parseHttpFile(text, { dialect: 'httpyac' }), 1).timeouts).toBeUndefined();
    expect(resolveRequest(parseHttpFile(text, { dialect: 'rest-client' }), 0).timeouts).toBeUndefined();
    expect(resolveRequest(parseHttpFile(text), 2).timeouts).toBeUndefined();
  });

  it('gives them for a curl command too', () => {
    const file = parseHttpFile("# @timeout 2\ncurl 'https://x/'", { dialect: 'auto' });
    expect(file.requests[0]?.curl).toBeDefined();
    expect(resolveRequest(file, 0).timeouts).toEqual({ firstByte: 2000, idle: 2000 });
  });
});
