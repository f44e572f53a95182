import { describe, expect, it } from 'vitest';
import { MAX_LOOP_PASSES, parseHttpFile, requestLoop, resolveRequest } from '@httplens/http-file';

const file = (loop: string) => parseHttpFile(`@ids = [7, "x y", {"a": 1}]\n@count = 2\n\n###\n# @loop ${loop}\nGET https://x.example/{{$index}}/{{id}}\n`, { dialect: 'httpyac' });
const passes = (loop: string) => {
  const r = requestLoop(file(loop), 0);
  return r && 'passes' in r ? r.passes : r && 'problem' in r ? r.problem.code : r;
};

describe("httpYac's # @loop", () => {
  it('reads a count, a JSON array, or a variable whose value is one', () => {
    expect(passes('for 3')).toEqual([0, 1, 2].map((index) => ({ index, variables: {} })));
    expect(passes('for id of [1, 2]')).toEqual([
      { index: 0, variables: { id: '1' } },
      { index: 1, variables: { id: '2' } },
    ]);
    expect(passes('for id of ids')).toEqual([
      { index: 0, variables: { id: '7' } },
      { index: 1, variables: { id: 'x y' } },
      { index: 2, variables: { id: '{"a":1}' } },
    ]);
    expect(passes('for id of {{ids}}')).toHaveLength(3);
    expect(passes('for 0')).toEqual([]);
  });

  it('runs no JavaScript: a while loop, an expression, a value that is no JSON array, too many passes (HTTP1066)', () => {
    for (const loop of ['while $index < 3', 'for id of ids.slice(1)', 'for id of count', 'for id of nowhere', 'for id of {"a": 1}', `for ${MAX_LOOP_PASSES + 1}`, 'sometimes']) expect([loop, passes(loop)]).toEqual([loop, 'HTTP1066']);
    const r = requestLoop(file('while true'), 0, { locale: 'zh-CN' });
    expect(r && 'problem' in r ? r.problem.message : '').toBe('httplens 不读取 "# @loop while true"（JavaScript、不是 JSON 数组的列表，或者超过 1000 次）：请求不会发送。');
  });

  it('gives each pass its $index and variables when the request is resolved', () => {
    const f = file('for id of ids');
    const r = requestLoop(f, 0);
    const urls = r && 'passes' in r ? r.passes.map((loop) => resolveRequest(f, 0, { loop }).url) : [];
    expect(urls).toEqual(['https://x.example/0/7', 'https://x.example/1/x y', 'https://x.example/2/{"a":1}']);
    expect(resolveRequest(f, 0, { loop: { index: 4, variables: { id: 'z' } } }).values.map((v) => v.source)).toEqual([
      { kind: 'loop', name: '$index' },
      { kind: 'loop', name: 'id' },
    ]);
  });

  it('reports a loop that is JavaScript whatever the variables are as the file is written (HTTP1066)', () => {
    const codes = (loop: string) => parseHttpFile(`# @loop ${loop}\nGET https://x.example/{{$index}}\n`).diagnostics.filter((d) => d.code === 'HTTP1066').length;
    expect(['while true', 'for i of list.slice(1)', 'for i of {"a": 1}', 'for 1001', 'for'].map(codes)).toEqual([1, 1, 1, 1, 1]);
    // a variable's value is known only when the request is sent
    expect(['for 3', 'for i of [1]', 'for i of list', 'for i of {{list}}'].map(codes)).toEqual([0, 0, 0, 0]);
    const text = '# @loop while more()\nGET https://x.example/\n';
    const d = parseHttpFile(text).diagnostics.find((x) => x.code === 'HTTP1066');
    expect(text.slice(d?.span.offset, (d?.span.offset ?? 0) + (d?.span.length ?? 0))).toBe('while more()');
  });

  it('only in files read as httpYac reads them, and only for requests with a loop', () => {
    expect(requestLoop(parseHttpFile('# @loop for 2\nGET https://x.example/\n', { dialect: 'rest-client' }), 0)).toBeUndefined();
    expect(requestLoop(parseHttpFile('GET https://x.example/\n', { dialect: 'httpyac' }), 0)).toBeUndefined();
  });
});
