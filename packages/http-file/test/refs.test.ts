import { describe, expect, it } from 'vitest';
import { parseHttpFile, planRun, requestNamed, requestRefs, requestsToSendFirst, resolveRequest, runLineAt, runOverrides, runSteps, type StoredExchange } from '@httplens/http-file';

const LOGIN = `# @name login
POST https://api.example/login
Content-Type: application/json

{"user": "ada"}
`;

const stored = (body: string): StoredExchange => ({ response: { status: 200, headers: [['Content-Type', 'application/json']], body } });

describe("httpYac's named responses as variables", () => {
  const text = `${LOGIN}
###
# @ref login
GET https://api.example/items/{{login.items[1].id}}?user={{login.user.name}}&q={{login["odd key"]}}
Authorization: Bearer {{login.token}}
X-Whole: {{login}}
`;
  const body = JSON.stringify({ token: 't0k', user: { name: 'Ada L' }, items: [{ id: 1 }, { id: 22 }], 'odd key': true });

  it('reads a member path into the JSON body of the named response, without running JavaScript', () => {
    const file = parseHttpFile(text);
    expect(file.dialect).toBe('httpyac');
    // the name of a request of the file: no undefined variable
    expect(file.diagnostics.filter((d) => d.code === 'HTTP1006')).toEqual([]);
    const r = resolveRequest(file, 1, { responses: { login: stored(body) } });
    expect(r.url).toBe('https://api.example/items/22?user=Ada L&q=true');
    expect(r.headers.map((h) => [h.name, h.value])).toEqual([
      ['Authorization', 'Bearer t0k'],
      ['X-Whole', body],
    ]);
    expect(r.diagnostics).toEqual([]);
    expect(r.values[3]?.source).toEqual({ kind: 'request', name: 'login', part: 'response', path: 'body.token' });
  });

  it('says when the named request has no response yet, or the path matches nothing', () => {
    const file = parseHttpFile(text);
    const none = resolveRequest(file, 1, {});
    expect(none.headers[0]?.value).toBe('Bearer {{login.token}}');
    expect(new Set(none.diagnostics.map((d) => d.code))).toEqual(new Set(['HTTP1018']));
    const other = resolveRequest(file, 1, { responses: { login: stored('{"token": 1}') } });
    expect(other.headers[0]?.value).toBe('Bearer 1');
    expect(other.diagnostics.map((d) => [d.code, d.message])).toContainEqual(['HTTP1038', '"user.name" matches nothing in the response of "login".']);
    // a body that is not JSON: the whole text is the variable, and no member path matches
    const plain = resolveRequest(file, 1, { responses: { login: { response: { status: 200, headers: [], body: 'hello' } } } });
    expect(plain.headers[1]?.value).toBe('hello');
    expect(plain.diagnostics.map((d) => d.code)).toContain('HTTP1038');
  });

  it('is httpYac only: REST Client and the JetBrains HTTP Client have no such variables', () => {
    for (const dialect of ['rest-client', 'jetbrains'] as const) {
      const file = parseHttpFile(`${LOGIN}\n###\nGET https://api.example/{{login.token}}\n`, { dialect });
      expect(file.diagnostics.map((d) => d.code), dialect).toContain('HTTP1006');
      expect(resolveRequest(file, 1, { responses: { login: stored('{"token": "t"}') } }).url, dialect).toBe('https://api.example/{{login.token}}');
    }
  });

  it("reads httpYac's variable name of a request (`# @name get-user` gives getUser) and its <name>Response", () => {
    const named = `# @name get user
GET https://api.example/user

###
GET https://api.example/x/{{getUser.id}}?s={{getUserResponse.statusCode}}
ETag: {{getUserResponse.headers.etag}}
X-Cookie: {{getUserResponse.headers["set-cookie"][1]}}
X-Kind: {{getUserResponse.headers["content-type"]}}
X-Body: {{getUserResponse.body}}
X-Parsed: {{getUserResponse.parsedBody.tags[0]}}
X-Missing: {{getUserResponse.statusMessage}}
`;
    const file = parseHttpFile(named, { dialect: 'httpyac' });
    expect(file.diagnostics.filter((d) => d.code === 'HTTP1006')).toEqual([]);
    const json = '{"id": 7, "tags": ["a"]}';
    const exchange: StoredExchange = {
      response: { status: 201, headers: [['Content-Type', 'application/json'], ['ETag', '"v1"'], ['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2']], body: json },
    };
    const r = resolveRequest(file, 1, { responses: { 'get user': exchange } });
    expect(r.url).toBe('https://api.example/x/7?s=201');
    expect(r.headers.map((h) => [h.name, h.value])).toEqual([
      ['ETag', '"v1"'],
      ['X-Cookie', 'b=2'],
      ['X-Kind', 'application/json'],
      ['X-Body', json],
      ['X-Parsed', 'a'],
      ['X-Missing', '{{getUserResponse.statusMessage}}'],
    ]);
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([['HTTP1038', '"statusMessage" matches nothing in the response of "get user".']]);
    expect(r.values[0]?.source).toEqual({ kind: 'request', name: 'get user', part: 'response', path: 'body.id' });
    // before the request is sent: no response yet; another name is still undefined
    expect(resolveRequest(file, 1, {}).diagnostics.map((d) => d.code)).toContain('HTTP1018');
    expect(parseHttpFile(named.replace('{{getUser.id}}', '{{getUsers.id}}'), { dialect: 'httpyac' }).diagnostics.map((d) => d.code)).toContain('HTTP1006');
    // the response of a body that is not JSON has no parsedBody
    const text = resolveRequest(file, 1, { responses: { 'get user': { response: { status: 200, headers: [], body: 'plain' } } } });
    expect(text.headers.find((h) => h.name === 'X-Parsed')?.value).toBe('{{getUserResponse.parsedBody.tags[0]}}');
    expect(text.headers.find((h) => h.name === 'X-Body')?.value).toBe('plain');
  });

  it("reads <name>List, httpYac's list of the responses of a # @loop's passes", () => {
    const looped = `# @name items
# @loop for 3
GET https://api.example/items/{{$index}}

###
# @name once
GET https://api.example/once

###
GET https://api.example/x?n={{itemsList.length}}&b={{itemsList[1].parsedBody.id}}&s={{itemsList[2].statusCode}}
X-Last: {{itemsList[2].headers.etag}}
X-Out: {{itemsList[3].statusCode}}
X-Once: {{onceList.length}}
`;
    const file = parseHttpFile(looped, { dialect: 'httpyac' });
    // a request without a loop has no list
    expect(file.diagnostics.filter((d) => d.code === 'HTTP1006').map((d) => d.args.name)).toEqual(['onceList.length']);
    const pass = (id: number, status = 200): StoredExchange => ({ response: { status, headers: [['ETag', `"e${id}"`]], body: `{"id": ${id}}` } });
    const passes = [pass(0), pass(1), pass(2, 404)];
    const r = resolveRequest(file, 2, { responses: { items: { ...pass(0), passes }, once: pass(9) } });
    expect(r.url).toBe('https://api.example/x?n=3&b=1&s=404');
    expect(r.headers.map((h) => [h.name, h.value])).toEqual([
      ['X-Last', '"e2"'],
      ['X-Out', '{{itemsList[3].statusCode}}'],
      ['X-Once', '{{onceList.length}}'],
    ]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['HTTP1038', 'HTTP1006']);
    // a response stored without its passes (sent before the loop was written): its list matches nothing
    expect(resolveRequest(file, 2, { responses: { items: pass(0) } }).diagnostics.map((d) => d.code)).toContain('HTTP1038');
  });

  it('keeps a file or environment variable of the same name first, and leaves other expressions to JavaScript (HTTP1019)', () => {
    const file = parseHttpFile(`@login = mine\n\n${LOGIN}\n###\n# @ref login\nGET https://api.example/{{login}}/{{login.a + 1}}\n`);
    const r = resolveRequest(file, 1, { responses: { login: stored('{"a": 1}') } });
    expect(r.url).toBe('https://api.example/mine/{{login.a + 1}}');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['HTTP1019']);
  });
});

describe('# @ref and # @forceRef', () => {
  const file = parseHttpFile(`# @name a
GET https://x.example/a

###
# @name b
# @ref a
GET https://x.example/b

###
# @name c
# @forceRef a
# @ref b, missing
GET https://x.example/c

###
# @name loop
# @ref loop c
GET https://x.example/loop
`);

  it('reads the names of each line', () => {
    expect(requestRefs(file.requests[2]?.metadata ?? []).map((r) => [r.name, r.force])).toEqual([
      ['a', true],
      ['b', false],
      ['missing', false],
    ]);
  });

  it('lists the requests to send first: their own references before them, @ref only without a response, @forceRef always', () => {
    const none = () => false;
    expect(requestsToSendFirst(file, 0, none)).toEqual({ indexes: [], imported: [], unknown: [] });
    expect(requestsToSendFirst(file, 1, none)).toEqual({ indexes: [0], imported: [], unknown: [] });
    expect(requestsToSendFirst(file, 1, (n) => n === 'a')).toEqual({ indexes: [], imported: [], unknown: [] });
    // c: a again (forced), then b (whose reference to a is already in the list)
    expect(requestsToSendFirst(file, 2, (n) => n === 'a')).toEqual({ indexes: [0, 1], imported: [], unknown: ['missing'] });
    expect(requestsToSendFirst(file, 2, (n) => n === 'a' || n === 'b')).toEqual({ indexes: [0], imported: [], unknown: ['missing'] });
    // a request that names itself is not sent before itself
    expect(requestsToSendFirst(file, 3, none)).toEqual({ indexes: [0, 1, 2], imported: [], unknown: ['missing'] });
  });

  it('reports a name no request of the file has (HTTP1062), and nothing in other dialects', () => {
    expect(file.diagnostics.filter((d) => d.code === 'HTTP1062').map((d) => d.message)).toEqual(['No request of this file or of the files it imports is named "missing" (# @ref): it is not sent before this one.']);
    const restClient = parseHttpFile('# @ref nowhere\nGET https://x.example/\n', { dialect: 'rest-client' });
    expect(restClient.diagnostics.map((d) => d.code)).not.toContain('HTTP1062');
    expect(requestsToSendFirst(parseHttpFile('# @name a\nGET https://x.example/a\n\n###\n# @ref a\nGET https://x.example/b\n', { dialect: 'rest-client' }), 1, () => false).indexes).toEqual([]);
  });
});

describe('JetBrains run lines', () => {
  const file = parseHttpFile('import ./auth.http\n\nrun #login (@user=bob, @host=example.com)\n\n### List\nGET https://{{host}}/items\n\n###\n# @name one\nGET https://{{host}}/items/1\n\n###\nPOST https://{{host}}/items\n\n###\nrun ./other.http\n', { dialect: 'jetbrains' });

  it('lists the requests and run lines in the order of the file', () => {
    expect(runSteps(file).map((s) => (s.kind === 'run' ? s.directive.target : s.index))).toEqual(['#login', 0, 1, 2, './other.http']);
  });

  it('finds a request by # @name, ### title, or method and URL', () => {
    expect(requestNamed(file, 'List')).toBe(0);
    expect(requestNamed(file, 'one')).toBe(1);
    expect(requestNamed(file, 'POST https://{{host}}/items')).toBe(2);
    expect(requestNamed(file, 'GET https://{{host}}/items/1')).toBeUndefined();
    expect(requestNamed(file, 'login')).toBeUndefined();
  });

  it('gives the values of a run line before any other', () => {
    const overrides = runOverrides(file.directives[1] as (typeof file.directives)[number]);
    expect({ ...overrides }).toEqual({ user: 'bob', host: 'example.com' });
    const r = resolveRequest(parseHttpFile('@host = file.example\n\nGET https://{{host}}/{{user}}\n'), 0, { overrides, environment: { host: 'env.example' }, globals: { host: 'global.example' } });
    expect(r.url).toBe('https://example.com/bob');
    expect(r.values[0]?.source).toEqual({ kind: 'run', name: 'host' });
  });
});

describe('planRun', () => {
  it('follows run lines into imported and named files, with their values, and does not run a file on the way again', () => {
    const files: Record<string, string> = {
      'auth.http': '### Log in\nPOST https://x.example/login\n',
      'all.http': 'GET https://x.example/a\n\n###\nrun ./all.http\n',
    };
    const load = (_from: string, target: string) => {
      const text = files[target.replace('./', '')];
      return text === undefined ? { problem: `cannot read ${target}` } : { file: parseHttpFile(text, { dialect: 'jetbrains' }), path: target };
    };
    const main = parseHttpFile('import ./auth.http\n\nrun #Log in (@user=bob)\n\n###\nGET https://x.example/me\n\n###\nrun ./all.http (@n=1)\n\nrun ./gone.http\n', { dialect: 'jetbrains' });
    const plan = planRun(main, 'main.http', load).map((s) => ('problem' in s ? s : [s.path, s.index, s.overrides ? { ...s.overrides } : null]));
    expect(plan).toEqual([
      ['./auth.http', 0, { user: 'bob' }],
      ['main.http', 0, null],
      ['./all.http', 0, { n: '1' }],
      { problem: './all.http is already being run', target: './all.http' },
      { problem: 'cannot read ./gone.http', target: './gone.http' },
    ]);
    // one run line alone (runLineAt finds it from anywhere on its line)
    const text = main.text;
    const line = runLineAt(main, text.indexOf('(@n=1)'));
    expect(line?.target).toBe('./all.http');
    expect(runLineAt(main, text.indexOf('run ./all.http'))).toBe(line);
    expect(planRun(main, 'main.http', load, line).map((s) => ('problem' in s ? s.problem : [s.path, s.index]))).toEqual([['./all.http', 0], './all.http is already being run']);
    expect(planRun(main, 'main.http', load, runLineAt(main, text.indexOf('#Log in'))).map((s) => ('problem' in s ? s.problem : [s.path, s.index]))).toEqual([['./auth.http', 0]]);
    // not on a run line: the request line, an import line, a blank line
    expect(runLineAt(main, text.indexOf('GET https://x.example/me'))).toBeUndefined();
    expect(runLineAt(main, 0)).toBeUndefined();
    expect(runLineAt(main, text.indexOf('\n\nrun #Log') + 1)).toBeUndefined();
    expect(runLineAt(main, text.length)).toBeUndefined();
  });
});
