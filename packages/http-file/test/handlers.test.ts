import { describe, expect, it } from 'vitest';
import { applyHandlerSets, handlerSets, handlerValue, parseHttpFile, resolveRequest } from '@httplens/http-file';

describe("the JetBrains client's response handlers: client.global.set", () => {
  it('reads the values httplens can take from a response, and leaves other JavaScript', () => {
    expect(handlerValue('response.body.token')).toEqual({ kind: 'body', path: ['token'] });
    expect(handlerValue(' response.body["access token"].value ')).toEqual({ kind: 'body', path: ['access token', 'value'] });
    expect(handlerValue('response.body.items[0].id')).toEqual({ kind: 'body', path: ['items', '0', 'id'] });
    expect(handlerValue('response.body')).toEqual({ kind: 'body', path: [] });
    expect(handlerValue("response.headers.valueOf('X-Token')")).toEqual({ kind: 'header', name: 'X-Token' });
    expect(handlerValue('response.status')).toEqual({ kind: 'status' });
    expect(handlerValue('"fixed"')).toEqual({ kind: 'literal', value: 'fixed' });
    expect(handlerValue('42')).toEqual({ kind: 'literal', value: '42' });
    for (const js of ['response.body.token.toUpperCase()', 'token', 'response.body.a + 1', 'response.contentType.mimeType', '`x${y}`']) expect(handlerValue(js), js).toBeUndefined();
  });

  it('finds every client.global.set of a handler, with its value expression', () => {
    const script = `
      client.test("ok", function () { client.assert(response.status === 200); });
      client.global.set("auth_token", response.body.token);
      client.global.set('user', response.body.user.name); // a comment (with a parenthesis
      client.global.set("upper", response.body.token.toUpperCase());
      client.global.set("nested", fn(response.body, [1, 2]));
      client.global.set("broken", response.body.`;
    expect(handlerSets(script).map((s) => [s.name, s.expression, s.value?.kind ?? null])).toEqual([
      ['auth_token', 'response.body.token', 'body'],
      ['user', 'response.body.user.name', 'body'],
      ['upper', 'response.body.token.toUpperCase()', null],
      ['nested', 'fn(response.body, [1, 2])', null],
    ]);
    expect(handlerSets('client.log("nothing set")')).toEqual([]);
  });

  it('applies them to a response: a JSON body is an object, a header its first value', () => {
    const sets = handlerSets(`client.global.set("t", response.body.token); client.global.set("n", response.body.list[1]); client.global.set("o", response.body.obj);
      client.global.set("h", response.headers.valueOf("x-id")); client.global.set("s", response.status); client.global.set("m", response.body.missing); client.global.set("js", response.body.token.trim())`);
    const applied = applyHandlerSets(sets, { status: 201, headers: [['X-Id', 'a'], ['X-Id', 'b']], body: '{"token": "tk", "list": [1, 2], "obj": {"a": true}}' });
    expect({ ...applied.set }).toEqual({ t: 'tk', n: '2', o: '{"a":true}', h: 'a', s: '201' });
    expect(applied.notSet).toEqual(['m', 'js']);
    // a body that is not JSON is its text
    expect({ ...applyHandlerSets(handlerSets('client.global.set("b", response.body)'), { status: 200, headers: [], body: 'plain' }).set }).toEqual({ b: 'plain' });
  });

  it('gives the variables to the requests after it: after the file variables, before the environment', () => {
    const file = parseHttpFile('@fixed = file\n\nGET https://x.example/{{auth_token}}/{{fixed}}/{{region}}\n', { dialect: 'jetbrains' });
    const r = resolveRequest(file, 0, { globals: { auth_token: 'tk', fixed: 'global', region: 'global' }, environment: { region: 'env', auth_token: 'env' } });
    expect(r.url).toBe('https://x.example/tk/file/global');
    expect(r.values[0]?.source).toEqual({ kind: 'global', name: 'auth_token' });
    // a name such as `constructor` is a key like any other
    expect(resolveRequest(parseHttpFile('GET https://x.example/{{constructor}}\n'), 0, { globals: {} }).url).toBe('https://x.example/{{constructor}}');
  });
});
