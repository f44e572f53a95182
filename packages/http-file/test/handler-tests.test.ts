import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkHandlerTest, checkResponse, handlerTests, parseHttpFile, preRequestGlobalSets, preRequestSets, resolveRequest, type TestResponse } from '@httplens/http-file';

const JSON_RESPONSE: TestResponse = {
  status: 200,
  headers: [
    ['Content-Type', 'application/json; charset=utf-8'],
    ['X-Total', '3'],
    ['Set-Cookie', 'a=1'],
    ['Set-Cookie', 'b=2'],
  ],
  body: JSON.stringify({ token: 'abc', user: { name: 'Ada', roles: ['admin', 'dev'] }, items: [{ id: 1 }, { id: 22 }], count: 3, ok: true, 'odd key': null }),
};

/** The outcome and message of each test of a script against a response. */
const run = (script: string, response: TestResponse = JSON_RESPONSE) => handlerTests(script).map((t) => [checkHandlerTest(t, response).outcome, checkHandlerTest(t, response).message]);

describe('JetBrains response handler tests (client.test), read without running JavaScript', () => {
  it("checks the JetBrains documentation's examples", () => {
    const script = `
client.test("Request executed successfully", function() {
  client.assert(response.status === 200, "Response status is not 200");
});

client.test("Response content-type is json", function() {
  var type = response.contentType.mimeType;
  client.assert(type === "application/json", "Expected 'application/json' but received '" + type + "'");
});`;
    expect(run(script)).toEqual([
      ['passed', 'Request executed successfully'],
      ['passed', 'Response content-type is json'],
    ]);
    const html: TestResponse = { status: 404, headers: [['Content-Type', 'text/html']], body: '<p>gone</p>' };
    expect(run(script, html)).toEqual([
      ['failed', 'Request executed successfully: Response status is not 200 (response.status is 404)'],
      ['failed', "Response content-type is json: Expected 'application/json' but received 'text/html' (type is \"text/html\")"],
    ]);
  });

  it('reads member paths, headers, lengths, methods, logic and JavaScript comparisons', () => {
    const pass = (condition: string) => run(`client.test("t", () => { client.assert(${condition}, "m") })`)[0]?.[0];
    const holds = [
      'response.body.token === "abc"',
      "response.body['user'].name == 'Ada'",
      'response.body.user.roles[0] === "admin"',
      'response.body.items[1].id === 22',
      'response.body.items.length === 2',
      'response.body.items.length > 1 && response.body.count >= 3',
      'response.body.count == "3"',
      'response.body.count !== "3"',
      'response.body.ok',
      '!response.body.missing',
      'response.body["odd key"] === null',
      'response.body["odd key"] == undefined',
      'response.body.missing === undefined',
      'response.headers.valueOf("x-total") === "3"',
      'response.headers.valueOf("X-None") === null',
      'response.headers.valuesOf("Set-Cookie").length === 2',
      'response.headers.valuesOf("Set-Cookie").includes("b=2")',
      'response.contentType.charset === "utf-8"',
      'response.body.user.roles.includes("dev")',
      'response.body.token.startsWith("ab") && response.body.token.endsWith("c")',
      'response.body.token.indexOf("c") === 2',
      'response.body.hasOwnProperty("token")',
      'response.status >= 200 && response.status < 300',
      'response.status === 500 || response.status === 200',
      '(response.status === 200)',
      '"b" > "a"',
    ];
    for (const c of holds) expect([c, pass(c)]).toEqual([c, 'passed']);
    const fails = ['response.body.token === "abd"', 'response.body.count === "3"', 'response.body.items.length < 2', '!response.body.ok', 'response.body.user.roles.includes("ops")', 'response.body["odd key"] === undefined'];
    for (const c of fails) expect([c, pass(c)]).toEqual([c, 'failed']);
  });

  it('fails a test as JavaScript would throw: reading a member of undefined, a method that is not there', () => {
    expect(run('client.test("deep", function () { client.assert(response.body.nothing.id === 1, "no id"); });')).toEqual([['failed', 'deep: cannot read "id" of undefined']]);
    expect(run('client.test("call", function () { client.assert(response.body.count.includes(3)); });')).toEqual([['failed', 'call: "includes" is not a function of number']]);
    expect(run('client.test("name", function () { client.assert(nope === 1); });')).toEqual([['failed', 'name: nope is not defined']]);
    // the first assert that does not hold ends the test; without a message, the condition is said
    expect(run('client.test("two", function () {\n  client.assert(response.status === 201)\n  client.assert(false, "not reached")\n})')).toEqual([['failed', 'two: response.status === 201 (response.status is 200)']]);
  });

  it('does not check a test with JavaScript it does not read, and reads no other call', () => {
    const skipped = [
      'client.test("loop", function () { for (const i of response.body.items) client.assert(i.id > 0); });',
      'client.test("fn", function () { client.assert(JSON.parse(response.body).a === 1); });',
      'client.test("tpl", function () { client.assert(response.body.token === `abc`); });',
      'client.test("set", function () { client.global.set("x", 1); client.assert(true); });',
      'client.test("empty", function () { });',
      'client.test("assign", function () { response = 1; client.assert(true); });',
      'client.test("chain", function () { client.assert(1 < 2 < 3); });',
    ];
    for (const s of skipped) expect(run(s)[0]?.[0]).toBe('skipped');
    // a test whose name is not a string literal, or whose function is elsewhere, is not found
    expect(handlerTests('client.test(name, check);\nclient.test("x", check);')).toEqual([]);
  });

  it('keeps names for values, and splits statements at semicolons and line ends as JavaScript does', () => {
    const script = ['client.test("names", function () {', '  const user = response.body.user', '  let roles = user.roles', '  client.assert(roles', '    .includes("admin"), "no admin: " + roles)', '  client.assert(user.name === "Ada"); client.assert(roles.length === 2, "two roles")', '});'].join('\n');
    expect(run(script)).toEqual([['passed', 'names']]);
    expect(run(script, { ...JSON_RESPONSE, body: JSON.stringify({ user: { name: 'Ada', roles: ['dev'] } }) })).toEqual([['failed', 'names: no admin: dev (roles is ["dev"])']]);
  });

  it('is checked with the other asserts of a request (checkResponse), where the test is written', () => {
    const text = ['GET https://x.example/', '', '> {%', '  client.test("ok", function () { client.assert(response.status === 200, "not 200"); });', '  client.test("js", function () { client.assert(eval("1")); });', '%}', ''].join('\n');
    const file = parseHttpFile(text, { dialect: 'jetbrains' });
    const checks = checkResponse(file, 0, { status: 500, headers: [], body: '' }, {});
    expect(checks.asserts.map((a) => [a.text, a.outcome, a.message, a.skipped ?? null, text.slice(a.span.offset, a.span.offset + a.span.length)])).toEqual([
      ['ok', 'failed', 'ok: not 200 (response.status is 500)', null, 'client.test'],
      ['js', 'skipped', 'js', 'javascript', 'client.test'],
    ]);
    expect(text.indexOf('client.test("js"')).toBe(checks.asserts[1]?.span.offset);
    // a handler file: read through the host, the test at the handler's line
    const fromFile = parseHttpFile('GET https://x.example/\n\n> ./check.js\n', { dialect: 'jetbrains' });
    const host = { readFile: (p: string) => (p === './check.js' ? 'client.test("file", () => { client.assert(response.status === 200) })' : undefined) };
    const checked = checkResponse(fromFile, 0, { status: 200, headers: [], body: '' }, { host });
    expect(checked.asserts.map((a) => [a.outcome, a.message, a.span.offset])).toEqual([['passed', 'file', fromFile.text.indexOf('> ./check.js')]]);
  });

  it('never throws and never runs anything, whatever the script and the response', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 200 }), fc.integer({ min: 100, max: 599 }), (inner, body, status) => {
        const script = `client.test("p", function () { ${inner} });\nclient.test("q", () => { client.assert(${inner}, ${JSON.stringify(inner)}) })`;
        for (const t of handlerTests(script)) {
          const r = checkHandlerTest(t, { status, headers: [['Content-Type', 'application/json']], body });
          expect(['passed', 'failed', 'skipped']).toContain(r.outcome);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("JetBrains pre-request scripts' request.variables.set, read without running JavaScript", () => {
  const text = [
    '< {%',
    '  request.variables.set("firstname", "John");',
    "  request.variables.set('email', $random.email);",
    '  request.variables.set("id", $random.integer(5, 6));',
    '  request.variables.set("token", client.global.get("auth"));',
    '  request.variables.set("sig", crypto.hmac.sha256().withTextSecret("k").updateWithText("x").digest().toHex());',
    '%}',
    'POST https://x.example/{{firstname}}?e={{email}}&id={{id}}&t={{token}}&s={{sig}}',
    '',
  ].join('\n');

  it('gives the request literals, dynamic values and other variables, and leaves JavaScript unresolved', () => {
    const file = parseHttpFile(text, { dialect: 'jetbrains' });
    // the names a script sets count as defined
    expect(file.diagnostics.filter((d) => d.code === 'HTTP1006')).toEqual([]);
    const r = resolveRequest(file, 0, { globals: { auth: 'g-1' } });
    expect(r.url).toMatch(/^https:\/\/x\.example\/John\?e=[^&@]+@[^&]+&id=5&t=g-1&s=\{\{sig\}\}$/);
    expect(r.values.map((v) => [v.expression, v.source.kind])).toEqual([
      ['firstname', 'pre-request'],
      ['email', 'pre-request'],
      ['id', 'pre-request'],
      ['token', 'pre-request'],
      ['sig', 'unresolved'],
    ]);
  });

  it('reads a pre-request script file through the host, and only the statements it knows', () => {
    const file = parseHttpFile('< ./pre.js\nGET https://x.example/{{who}}\n', { dialect: 'jetbrains' });
    const host = { readFile: (p: string) => (p === './pre.js' ? 'request.variables.set("who", `tpl`); request.variables.set("who", 42);' : undefined) };
    expect(resolveRequest(file, 0, { host }).url).toBe('https://x.example/42');
    expect(preRequestSets('request.variables.set("a", 1 + 2)')).toEqual([{ name: 'a', expression: '1 + 2' }]);
  });

  it("gives the globals its client.global.set statements set to the request, and to the caller for the next ones", () => {
    const pre = ['< {%', '  client.global.set("run", $random.uuid);', '  client.global.set("who", "ada");', '  client.global.set("copy", client.global.get("auth"));', '  client.global.set("js", Date.now());', '%}'];
    const file = parseHttpFile([...pre, 'GET https://x.example/{{run}}/{{who}}/{{copy}}', '', '###', 'GET https://x.example/{{run}}/{{who}}', ''].join('\n'), { dialect: 'jetbrains' });
    expect(file.diagnostics.filter((d) => d.code === 'HTTP1006')).toEqual([]);
    const r = resolveRequest(file, 0, { globals: { auth: 'g-1', who: 'old' } });
    const [, run, who, copy] = /^https:\/\/x\.example\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(r.url) ?? [];
    // the value set here wins over the one set before; JavaScript httplens does not read is not set
    expect([who, copy]).toEqual(['ada', 'g-1']);
    expect(run).toMatch(/^[0-9a-f-]{36}$/);
    // the same random value in the request and for the next ones
    expect(r.globals).toEqual({ run, who: 'ada', copy: 'g-1' });
    expect(r.values[0]?.source).toEqual({ kind: 'pre-request', name: 'run' });
    // the next request, given them (as a sender does)
    expect(resolveRequest(file, 1, { globals: { auth: 'g-1', ...r.globals } }).url).toBe(`https://x.example/${run}/ada`);
    expect(preRequestGlobalSets('client.global.set("a", "b"); request.variables.set("c", "d")')).toEqual([{ name: 'a', expression: '"b"', value: { kind: 'literal', value: 'b' } }]);
    expect(resolveRequest(parseHttpFile('GET https://x.example/\n', { dialect: 'jetbrains' }), 0).globals).toBeUndefined();
  });
});
