import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringifyDeep } from '../src/values.js';
import {
  mapToTemplate,
  type Question,
  mergeEnvironments,
  parseDotenv,
  parseCurl,
  parseEnvironmentFile,
  parseHttpFile,
  resolveRequest,
  resolveVariable,
  selectEnvironment,
  type HttpFileHost,
  type ResolveContext,
} from '@httplens/http-file';

const NOW = Date.UTC(2024, 0, 2, 3, 4, 5, 678);
const host: HttpFileHost = {
  now: () => NOW,
  random: () => 0.5,
  env: (n) => ({ HOME: '/home/u', TOKEN_NAME: 'API_TOKEN', API_TOKEN: 's3cr3t' })[n],
  dotenv: (n) => ({ DB: 'postgres', KEYNAME: 'DB' })[n],
  readFile: (p) => ({ './body.json': '{"x": "{{name}}"}', './plain.txt': 'hello' })[p],
  timezoneOffset: () => 120,
};

function resolveOne(text: string, context: ResolveContext = {}, index = 0) {
  const file = parseHttpFile(text, { knownVariables: Object.keys((context.environment as Record<string, string> | undefined) ?? {}) });
  return resolveRequest(file, index, { host, ...context });
}

describe('values holding half of an emoji (as they are typed)', () => {
  it('percent-encodes a lone surrogate as U+FFFD instead of throwing: {{%var}} and curl --data-urlencode', () => {
    expect(resolveRequest(parseHttpFile('@x = a\uD83D\nGET https://h/?q={{%x}}\n'), 0).url).toBe('https://h/?q=a%EF%BF%BD');
    expect(parseCurl("curl --data-urlencode 'a=\uD83D' https://x/").body).toBe('a=%EF%BF%BD');
  });
});

describe('resolveRequest: values and their sources', () => {
  it.each([
    ['file variable', '@h = example.com\nGET https://{{h}}/', 'https://example.com/', 'file'],
    ['file variable referring to another', '@a = example.com\n@b = https://{{a}}\nGET {{b}}/x', 'https://example.com/x', 'file'],
    ['environment', 'GET https://{{host}}/', 'https://env.example/', 'environment'],
    ['percent-encoded', 'GET https://x/?q={{%q}}', 'https://x/?q=a%20b%26c', 'environment'],
    ['$guid', 'GET https://x/{{$guid}}', 'https://x/88888888-8888-4888-a888-888888888888', 'dynamic'],
    ['$uuid', 'GET https://x/{{$uuid}}', 'https://x/88888888-8888-4888-a888-888888888888', 'dynamic'],
    ['$randomInt min max', 'GET https://x/{{$randomInt 10 20}}', 'https://x/15', 'dynamic'],
    ['$randomInt (JetBrains, no args)', 'GET https://x/{{$randomInt}}', 'https://x/500', 'dynamic'],
    ['$timestamp', 'GET https://x/{{$timestamp}}', `https://x/${Math.floor(NOW / 1000)}`, 'dynamic'],
    ['$timestamp with offset', 'GET https://x/{{$timestamp -1 h}}', `https://x/${Math.floor(NOW / 1000) - 3600}`, 'dynamic'],
    ['$isoTimestamp', 'GET https://x/{{$isoTimestamp}}', 'https://x/2024-01-02T03:04:05.678Z', 'dynamic'],
    ['$datetime iso8601', 'GET https://x/{{$datetime iso8601}}', 'https://x/2024-01-02T03:04:05.678Z', 'dynamic'],
    ['$datetime rfc1123', 'GET https://x/{{$datetime rfc1123}}', 'https://x/Tue, 02 Jan 2024 03:04:05 GMT', 'dynamic'],
    ['$datetime custom format and offset', 'GET https://x/{{$datetime "YYYY-MM-DD HH:mm" 1 d}}', 'https://x/2024-01-03 03:04', 'dynamic'],
    ['$datetime month offset', "GET https://x/{{$datetime 'DD.MM.YYYY' -2 M}}", 'https://x/02.11.2023', 'dynamic'],
    ['$localDatetime', 'GET https://x/{{$localDatetime "HH:mm Z"}}', 'https://x/05:04 +02:00', 'dynamic'],
    ['$processEnv', 'GET https://x/{{$processEnv HOME}}', 'https://x//home/u', 'process-env'],
    ['$processEnv %indirect', 'GET https://x/{{$processEnv %tokenVar}}', 'https://x/s3cr3t', 'process-env'],
    ['$dotenv', 'GET https://x/{{$dotenv DB}}', 'https://x/postgres', 'dotenv'],
    ['.env as a variable', 'GET https://x/{{DB}}', 'https://x/postgres', 'dotenv'],
    ['$random.integer', 'GET https://x/{{$random.integer(1, 11)}}', 'https://x/6', 'dynamic'],
    ['$random.hexadecimal', 'GET https://x/{{$random.hexadecimal(4)}}', 'https://x/8888', 'dynamic'],
    ['$env.NAME (JetBrains)', 'GET https://x/{{$env.HOME}}', 'https://x//home/u', 'process-env'],
  ])('%s', (_name, text, url, kind) => {
    const r = resolveOne(text, { environment: { host: 'env.example', q: 'a b&c', tokenVar: 'API_TOKEN' } });
    expect(r.url).toBe(url);
    expect(r.values.at(-1)?.source.kind).toBe(kind);
    expect(r.diagnostics).toEqual([]);
  });

  it('gives a bare $timestamp in milliseconds with the httpyac dialect, as httpYac sends it, and seconds with an offset', () => {
    const at = (dialect: 'httpyac' | 'rest-client' | 'jetbrains' | 'auto', text: string) => resolveRequest(parseHttpFile(text, { dialect }), 0, { host }).url;
    expect(at('httpyac', 'GET https://x/{{$timestamp}}')).toBe(`https://x/${NOW}`);
    expect(at('httpyac', 'GET https://x/{{$timestamp -1 h}}')).toBe(`https://x/${Math.floor(NOW / 1000) - 3600}`);
    for (const dialect of ['rest-client', 'jetbrains', 'auto'] as const) expect(at(dialect, 'GET https://x/{{$timestamp}}'), dialect).toBe(`https://x/${Math.floor(NOW / 1000)}`);
  });

  it('reads {{process.env.NAME}} from the process environment with the httpyac dialect', () => {
    const file = parseHttpFile('GET https://x/{{process.env.HOME}}/{{process.env.NOPE}}', { dialect: 'httpyac' });
    const r = resolveRequest(file, 0, { host });
    expect(r.url).toBe('https://x//home/u/{{process.env.NOPE}}');
    expect(r.values.map((v) => v.source)).toEqual([{ kind: 'process-env', name: 'HOME' }, { kind: 'unresolved', reason: 'unavailable' }]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['HTTP1034']);
    const rest = resolveRequest(parseHttpFile('GET https://x/{{process.env.HOME}}', { dialect: 'rest-client' }), 0, { host });
    expect(rest.diagnostics.map((d) => d.code)).toEqual(['HTTP1006']);
  });

  it('file variables win over the environment, prompts over both', () => {
    const text = '@v = file\n###\n# @prompt v Enter v\nGET https://x/{{v}}\n###\nGET https://x/{{v}}';
    const file = parseHttpFile(text);
    expect(resolveRequest(file, 0, { environment: { v: 'env' }, prompt: { v: 'typed' } }).url).toBe('https://x/typed');
    expect(resolveRequest(file, 1, { environment: { v: 'env' } }).url).toBe('https://x/file');
    const asked: string[] = [];
    const r = resolveRequest(file, 0, { prompt: (name, description) => { asked.push(`${name}:${description}`); return undefined; } });
    expect(asked).toEqual(['v:Enter v']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['HTTP1020']);
  });

  it("asks httpYac's questions ($input, $prompt, $password, $pick, -askonce) through `ask`, once per placeholder", () => {
    const text = [
      '@user = {{$input-askonce Your name $value: Ada}}',
      '@Stage = prod',
      '###',
      'POST https://a.example/{{$pick-askonce Stage $value: dev, test}}/{{$pick Region $value: eu, us}}?u={{user}}&again={{$input-askonce Your name}}',
      'Authorization: Basic {{user}}:{{$password Password}}',
      'X-Note: {{$prompt Note}}',
      'X-Bad: {{$input}} {{$pick Region}}',
    ].join('\n');
    const file = parseHttpFile(text, { dialect: 'httpyac' });
    const asked: Question[] = [];
    const answers: Record<string, string> = { 'Your name': 'Grace', Password: 's3cret', Region: 'us' };
    const r = resolveRequest(file, 0, { ask: (q) => { asked.push(q); return answers[q.placeholder]; } });
    // -askonce Stage: the variable of that name answers it (httpYac reads its variables first)
    expect(r.url).toBe('https://a.example/prod/us?u=Grace&again=Grace');
    expect(asked).toEqual([
      { kind: 'pick', placeholder: 'Region', choices: ['eu', 'us'], askOnce: false },
      { kind: 'input', placeholder: 'Your name', value: 'Ada', askOnce: true },
      { kind: 'password', placeholder: 'Password', askOnce: false },
      { kind: 'input', placeholder: 'Note', askOnce: false },
    ]);
    expect(r.headers.map((h) => `${h.name}: ${h.value}`)).toEqual(['Authorization: Basic Grace:s3cret', 'X-Note: {{$prompt Note}}', 'X-Bad: {{$input}} {{$pick Region}}']);
    expect(r.values.find((v) => v.expression === '$password Password')?.source).toEqual({ kind: 'prompt', name: 'Password' });
    // unanswered: kept as written (HTTP1020); without a placeholder, or a $pick without choices, httpYac asks nothing (HTTP1011)
    expect(r.diagnostics.map((d) => [d.code, text.slice(d.span.offset, d.span.offset + d.span.length)])).toEqual([
      ['HTTP1020', '{{$prompt Note}}'],
      ['HTTP1011', '{{$input}}'],
      ['HTTP1011', '{{$pick Region}}'],
    ]);
    expect(file.diagnostics.filter((d) => d.code === 'HTTP1011').map((d) => text.slice(d.span.offset, d.span.offset + d.span.length))).toEqual(['{{$input}}', '{{$pick Region}}']);
    // a record by placeholder answers too; the -askonce references are dynamic variables, not scripts
    expect(resolveRequest(file, 0, { ask: { 'Your name': 'Lin', Region: 'eu' } }).url).toBe('https://a.example/prod/eu?u=Lin&again=Lin');
    expect(file.requests[0]?.references.filter((ref) => ref.kind === 'script')).toEqual([]);
  });

  it('reads answers and tokens given as records by own property only (a name such as constructor is not a member of Object)', () => {
    const text = '# @prompt constructor\nGET https://x/{{constructor}}/{{$input toString}}/{{$auth.token("valueOf")}}';
    const file = parseHttpFile(text, { dialect: 'httpyac' });
    const r = resolveRequest(file, 0, { prompt: {}, ask: {}, auth: {} });
    expect(r.url).toBe('https://x/{{constructor}}/{{$input toString}}/{{$auth.token("valueOf")}}');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['HTTP1020', 'HTTP1020', 'HTTP1034']);
    expect(resolveRequest(file, 0, { prompt: { constructor: 'c' }, ask: { toString: 't' }, auth: { valueOf: { accessToken: 'v' } } }).url).toBe('https://x/c/t/v');
    // and stored responses: a request named `constructor` without one has no response (it threw a TypeError)
    const chained = parseHttpFile('# @name constructor\nGET https://x/\n\n###\nGET https://x/{{constructor.response.body.$.id}}\n');
    const r2 = resolveRequest(chained, 1, { responses: {} });
    expect(r2.url).toBe('https://x/{{constructor.response.body.$.id}}');
    expect(r2.diagnostics.map((d) => d.code)).toEqual(['HTTP1018']);
    const answered = resolveRequest(chained, 1, { responses: { constructor: { response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"id": 7}' } } } });
    expect(answered.url).toBe('https://x/7');
  });

  it('reports where each value came from, with spans in the file', () => {
    const text = '@h = example.com\nGET https://{{h}}/{{$guid}}';
    const file = parseHttpFile(text);
    const r = resolveRequest(file, 0, { host });
    expect(r.values.map((v) => [text.slice(v.span.offset, v.span.offset + v.span.length), v.source.kind])).toEqual([
      ['{{h}}', 'file'],
      ['{{$guid}}', 'dynamic'],
    ]);
    expect(r.values[0]?.source).toEqual({ kind: 'file', name: 'h', span: { offset: 0, length: 16 } });
  });

  it('request variables: JSONPath, XPath, headers, request body', () => {
    const text = [
      '# @name login',
      'POST https://x/login',
      '',
      '{"user": "u"}',
      '###',
      'GET https://x/{{login.response.body.$.data.items[1].id}}',
      'X-Xml: {{login.response.body.//token}}',
      'X-Attr: {{login.response.body./root/token/@kind}}',
      'X-Header: {{login.response.headers.X-Session}}',
      'X-Req: {{login.request.body.$.user}}',
      'X-All: {{login.response.body.*}}',
    ].join('\n');
    const file = parseHttpFile(text);
    const responses = {
      login: {
        request: { headers: {}, body: '{"user": "u"}' },
        response: { headers: [['X-Session', 'abc']] as [string, string][], body: '{"data": {"items": [{"id": 1}, {"id": 2}]}}' },
      },
    };
    const r = resolveRequest(file, 1, { responses });
    expect(r.url).toBe('https://x/2');
    expect(r.headers.find((h) => h.name === 'X-Header')?.value).toBe('abc');
    expect(r.headers.find((h) => h.name === 'X-Req')?.value).toBe('u');
    const xml = { login: { response: { headers: {}, body: '<root><token kind="jwt">T</token></root>' } } };
    const r2 = resolveRequest(file, 1, { responses: xml });
    expect(r2.headers.find((h) => h.name === 'X-Xml')?.value).toBe('T');
    expect(r2.headers.find((h) => h.name === 'X-Attr')?.value).toBe('jwt');
    expect(r2.headers.find((h) => h.name === 'X-All')?.value).toBe('<root><token kind="jwt">T</token></root>');
    expect(resolveRequest(file, 1, {}).diagnostics.map((d) => d.code)).toContain('HTTP1018');
  });

  it('writes a JSON value of a response body nested deeper than JSON.stringify can go, as JSON.stringify would', () => {
    const depth = 20_000;
    const body = `{"data": ${'{"a":'.repeat(depth)}[1, "x", null, true]${'}'.repeat(depth)}}`;
    const file = parseHttpFile('# @name deep\nGET https://x/\n\n###\nPOST https://x/\nContent-Type: application/json\n\n{{deep.response.body.$.data}}');
    const r = resolveRequest(file, 1, { responses: { deep: { response: { headers: {}, body } } } });
    expect(r.diagnostics).toEqual([]);
    expect(r.body).toBe(`${'{"a":'.repeat(depth)}[1,"x",null,true]${'}'.repeat(depth)}`);
  });

  it('reads response bodies longer and deeper than the call stack allows: a [*] over 300,000 items, an XPath through 50,000 elements', () => {
    const file = parseHttpFile('# @name a\nGET https://x/\n\n###\nGET https://x/{{a.response.body.$.items[*]}}/{{a.response.body.//b}}\n');
    const json = JSON.stringify({ items: Array.from({ length: 300_000 }, (_, i) => i + 7) });
    expect(resolveRequest(file, 1, { responses: { a: { response: { headers: {}, body: json } } } }).url).toMatch(/^https:\/\/x\/7\//);
    const xml = `${'<a>'.repeat(50_000)}<b>T<c>U</c></b>${'</a>'.repeat(50_000)}`;
    expect(resolveRequest(file, 1, { responses: { a: { response: { headers: {}, body: xml } } } }).url).toMatch(/\/TU$/);
  });

  it('writes deep values without recursion exactly as JSON.stringify writes them (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(stringifyDeep(value)).toBe(JSON.stringify(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('says that a response body was not kept (HTTP1052), not that its path matches nothing; its headers still resolve', () => {
    const text = '# @name big\nGET https://x/big\n\n###\nGET https://x/{{big.response.body.$.id}}\nX-Session: {{big.response.headers.X-Session}}\nX-All: {{big.response.body.*}}\n';
    const file = parseHttpFile(text, { dialect: 'rest-client' });
    const responses = { big: { response: { status: 200, headers: [['X-Session', 'abc']] as [string, string][], bodyOmitted: { length: 12_345_678 } } } };
    const r = resolveRequest(file, 1, { responses });
    expect(r.headers.find((h) => h.name === 'X-Session')?.value).toBe('abc');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['HTTP1052', 'HTTP1052']);
    expect(r.diagnostics[0]?.message).toBe('The body of the response of "big" (11.8 MB) was not kept: send "big" again with this file open to keep it.');
    expect(r.diagnostics[0]?.severity).toBe('warning');
    const body = r.values.find((v) => v.expression === 'big.response.body.$.id');
    expect(body?.value).toBeUndefined();
    expect(body?.source).toEqual({ kind: 'unresolved', reason: 'no-response', bodyOmitted: { length: 12_345_678 } });
    expect(resolveRequest(file, 1, { responses, locale: 'zh-CN' }).diagnostics[0]?.message).toBe('请求 "big" 的响应主体（11.8 MB）没有保留：在打开此文件的情况下重新发送 "big" 即可保留。');
    expect(resolveVariable(file, 'big.response.body.$.id', { responses }, 1).source).toMatchObject({ reason: 'no-response', bodyOmitted: { length: 12_345_678 } });
    // a body that is there is read even if the stored exchange also says one was omitted; a missing path is HTTP1038
    const kept = { big: { response: { headers: {}, body: '{"id": 7}', bodyOmitted: { length: 9 } } } };
    expect(resolveRequest(file, 1, { responses: kept }).url).toBe('https://x/7');
    const other = resolveRequest(parseHttpFile('# @name big\nGET https://x/big\n\n###\nGET https://x/{{big.response.body.$.nope}}\n'), 1, { responses: { big: { response: { headers: {}, body: '{}' } } } });
    expect(other.diagnostics.map((d) => d.code)).toEqual(['HTTP1038']);
  });

  it('resolves variable names written in any script, as the three tools do', () => {
    const text = '@名字 = 世界\n@größe = 42\n# @name 登录\nPOST https://x/login\n\n{"token": "t"}\n###\nGET https://x/{{名字}}/{{größe}}?q={{%名字}}\nX-Token: {{登录.response.body.$.token}}\n';
    const file = parseHttpFile(text, { dialect: 'rest-client' });
    expect(file.requests[1]?.references.map((r) => [r.kind, r.name])).toEqual([['variable', '名字'], ['variable', 'größe'], ['percent', '名字'], ['request', '登录']]);
    expect(file.diagnostics.map((d) => d.code)).toEqual(['HTTP5010', 'HTTP5008']);
    const responses = { 登录: { response: { headers: {}, body: '{"token": "t"}' } } };
    const r = resolveRequest(file, 1, { responses });
    expect(r.url).toBe('https://x/世界/42?q=%E4%B8%96%E7%95%8C');
    expect(r.headers.map((h) => [h.name, h.value])).toEqual([['X-Token', 't']]);
    // an undefined one is reported as such, not as a script
    expect(parseHttpFile('GET https://x/{{未定义}}').diagnostics.map((d) => d.code)).toEqual(['HTTP1006']);
    // names still start with a letter or _; anything else stays a script
    expect(parseHttpFile('GET https://x/{{1名}}').requests[0]?.references[0]?.kind).toBe('script');
  });

  it('never evaluates JavaScript', () => {
    const r = resolveOne('GET https://x/{{ 1 + 1 }}');
    expect(r.url).toBe('https://x/{{ 1 + 1 }}');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['HTTP1019']);
    expect(r.values[0]?.source).toEqual({ kind: 'unresolved', reason: 'script' });
  });

  it('detects circular file variables', () => {
    const r = resolveOne('@a = {{b}}\n@b = {{a}}\nGET https://x/{{a}}');
    expect(r.diagnostics.map((d) => d.code)).toContain('HTTP1017');
  });

  it('follows variables defined through 99 others, and leaves a deeper chain unresolved (HTTP1058) instead of exhausting the stack', () => {
    const chain = (n: number) => `${Array.from({ length: n }, (_, i) => `@v${i} = {{v${i + 1}}}`).join('\n')}\n@v${n} = end\nGET https://x/{{v0}}`;
    const ok = resolveOne(chain(99));
    expect(ok.url).toBe('https://x/end');
    expect(ok.diagnostics).toEqual([]);
    for (const n of [100, 20_000]) {
      const deep = resolveOne(chain(n));
      // the chain is followed down to the 100th variable, whose reference stays as written
      expect(deep.url).toBe('https://x/{{v100}}');
      const d = deep.diagnostics.find((x) => x.code === 'HTTP1058');
      expect(d).toMatchObject({ severity: 'error', args: { name: 'v100', max: 100 } });
      expect(d?.message).toBe('The variable "v100" is reached through more than 100 nested variables; it is left unresolved.');
    }
  });

  it('reports undefined variables and missing process values', () => {
    expect(resolveOne('GET https://x/{{nope}}').diagnostics.map((d) => d.code)).toEqual(['HTTP1006']);
    expect(resolveOne('GET https://x/{{$processEnv NOPE}}').diagnostics.map((d) => d.code)).toEqual(['HTTP1034']);
  });

  it("gives the JetBrains HTTP Client's {{$projectRoot}} and {{$historyFolder}} from the host, in paths too", () => {
    const text = 'POST https://x/{{$projectRoot}}\nContent-Type: application/json\n\n< {{$projectRoot}}/body.json\n\n>> {{$historyFolder}}/out.json\n';
    const file = parseHttpFile(text, { dialect: 'jetbrains' });
    // known to the JetBrains HTTP Client: no HTTP1010 (the file is valid there), only the notes of what other tools do not read
    expect(file.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const files: Record<string, string> = { '/w/proj/body.json': '{"from": "root"}' };
    const rooted: HttpFileHost = { ...host, projectRoot: () => '/w/proj', readFile: (p) => files[p] };
    const r = resolveRequest(file, 0, { host: rooted });
    expect([r.url, r.body, r.redirects?.[0]?.path]).toEqual(['https://x//w/proj', '{"from": "root"}', '/w/proj/.idea/httpRequests/out.json']);
    expect(r.values.find((v) => v.expression === '$projectRoot')?.source).toEqual({ kind: 'dynamic', name: '$projectRoot' });
    // a host without a project: not available, left as written
    const none = resolveRequest(file, 0, { host });
    expect(none.diagnostics.map((d) => [d.code, d.message])).toContainEqual(['HTTP1034', '$projectRoot "$projectRoot" is not available here.']);
    expect(none.redirects?.[0]?.path).toBe('{{$historyFolder}}/out.json');
    // the other tools do not have them
    expect(parseHttpFile(text, { dialect: 'rest-client' }).diagnostics.map((d) => d.code)).toContain('HTTP5009');
  });

  it('reads included files; <@ substitutes variables inside them', () => {
    const r = resolveOne('@name = N\nPOST https://x/\nContent-Type: application/json\n\n<@ ./body.json', {});
    expect(r.body).toBe('{"x": "N"}');
    const r2 = resolveOne('POST https://x/\nContent-Type: text/plain\n\n< ./plain.txt');
    expect(r2.body).toBe('hello');
    const r3 = resolveOne('POST https://x/\nContent-Type: text/plain\n\n< ./missing.txt');
    expect(r3.diagnostics.map((d) => d.code)).toEqual(['HTTP1008']);
  });

  it('unescapes file variable values like REST Client', () => {
    expect(resolveOne('@v = a\\nb\nPOST https://x/\nContent-Type: text/plain\n\n{{v}}').body).toBe('a\nb');
  });

  it('resolveVariable answers hovers on names', () => {
    const file = parseHttpFile('@a = 1\n@b = {{a}}2\nGET https://x/');
    expect(resolveVariable(file, 'b')).toEqual({ value: '12', source: { kind: 'file', name: 'b', span: { offset: 7, length: 11 } } });
    expect(resolveVariable(file, 'c', { environment: { c: 'C' } }).value).toBe('C');
  });
});

describe('environments', () => {
  it("keeps an environment's objects and arrays as JSON, whose members httpYac reads ({{config.host}}, {{hosts[0]}}), and the JetBrains HTTP Client ({{config.host}})", () => {
    const set = parseEnvironmentFile(
      JSON.stringify({ dev: { config: { host: 'api.dev', port: 8443, tags: ['a', 'b'] }, hosts: ['h1'], none: null, SSLConfiguration: { verifyHostCertificate: false }, Security: { Auth: {} } } }),
      'http-client.env.json',
    );
    const dev = selectEnvironment(set, 'dev');
    // the settings objects are no variables, nor is null
    expect(Object.keys(dev.variables)).toEqual(['config', 'hosts']);
    expect(dev.variables.config).toMatchObject({ value: '{"host":"api.dev","port":8443,"tags":["a","b"]}', json: true });
    const text = 'POST https://{{config.host}}:{{config.port}}/{{config.tags[1]}}/{{hosts[0]}}/{{config.nope}}\nContent-Type: application/json\n\n{{config}}\n';
    const known = { knownVariables: Object.keys(dev.variables) };
    const httpyac = parseHttpFile(text, { dialect: 'httpyac', ...known });
    // httpYac evaluates the member paths as JavaScript: not reported as the file is written
    expect(httpyac.diagnostics.filter((d) => d.code === 'HTTP1006')).toEqual([]);
    const r = resolveRequest(httpyac, 0, { environment: dev });
    expect(r.url).toBe('https://api.dev:8443/b/h1/{{config.nope}}');
    expect(r.body).toBe('{"host":"api.dev","port":8443,"tags":["a","b"]}');
    expect(r.values[0]?.source).toEqual({ kind: 'environment', name: 'config.host', environment: 'dev', file: 'http-client.env.json' });
    expect(r.diagnostics.map((d) => [d.code, d.args])).toEqual([['HTTP1006', { name: 'config.nope' }]]);
    // a file variable of that name wins over the environment, and a text has no members
    const shadowed = parseHttpFile(`@config = {"host": "file"}\n${text}`, { dialect: 'httpyac', ...known });
    expect(resolveRequest(shadowed, 0, { environment: dev }).url).toBe('https://{{config.host}}:{{config.port}}/{{config.tags[1]}}/h1/{{config.nope}}');
    // the JetBrains HTTP Client reads a member of an environment object too; a path with brackets is JavaScript there
    const jetbrains = parseHttpFile(text, { dialect: 'jetbrains', ...known });
    expect(jetbrains.diagnostics.filter((d) => d.code === 'HTTP1006')).toEqual([]);
    const j = resolveRequest(jetbrains, 0, { environment: dev });
    expect(j.url).toBe('https://api.dev:8443/{{config.tags[1]}}/{{hosts[0]}}/{{config.nope}}');
    expect(j.diagnostics.map((d) => d.code).sort()).toEqual(['HTTP1006', 'HTTP1019', 'HTTP1019']);
    // REST Client does not read members of a variable
    const restClient = parseHttpFile(text, { dialect: 'rest-client', ...known });
    expect(restClient.diagnostics.filter((d) => d.code === 'HTTP1006').map((d) => d.args.name)).toEqual(['config.host', 'config.port', 'config.nope']);
    expect(resolveRequest(restClient, 0, { environment: dev }).url).toBe('https://{{config.host}}:{{config.port}}/{{config.tags[1]}}/{{hosts[0]}}/{{config.nope}}');
  });

  it('JetBrains public + private files, REST Client $shared', () => {
    const pub = parseEnvironmentFile('{"dev": {"host": "dev.example", "port": 8080, "SSLConfiguration": {"verify": false}}, "prod": {"host": "example.com"}}', 'http-client.env.json');
    const priv = parseEnvironmentFile('{"dev": {"token": "secret"}}', 'http-client.private.env.json');
    const set = mergeEnvironments(pub, priv);
    const dev = selectEnvironment(set, 'dev');
    expect(Object.fromEntries(Object.entries(dev.variables).map(([k, v]) => [k, [v.value, v.source]]))).toEqual({
      host: ['dev.example', 'http-client.env.json'],
      port: ['8080', 'http-client.env.json'],
      token: ['secret', 'http-client.private.env.json'],
    });
    const file = parseHttpFile('GET https://{{host}}:{{port}}/?t={{token}}');
    const r = resolveRequest(file, 0, { environment: dev });
    expect(r.url).toBe('https://dev.example:8080/?t=secret');
    expect(r.values[2]?.source).toEqual({ kind: 'environment', name: 'token', environment: 'dev', file: 'http-client.private.env.json' });

    const rc = parseEnvironmentFile({ $shared: { version: 'v1', prodToken: 'foo' }, production: { host: 'example.com', token: '{{$shared prodToken}}' } }, 'rest-client settings');
    const prod = selectEnvironment(rc, 'production');
    const r2 = resolveRequest(parseHttpFile('GET https://{{host}}/{{version}}?t={{token}}'), 0, { environment: prod });
    expect(r2.url).toBe('https://example.com/v1?t=foo');
    expect(r2.values[1]?.source).toEqual({ kind: 'environment', name: 'version', file: 'rest-client settings', shared: true });
    expect(selectEnvironment(rc, 'nope').diagnostics.map((d) => d.code)).toEqual(['HTTP1039']);
  });

  it('takes environments and variables named like members of Object (__proto__, constructor, toString) as plain names', () => {
    const set = mergeEnvironments(parseEnvironmentFile('{"dev": {"a": "1", "__proto__": "p"}, "__proto__": {"x": "y"}}', 'http-client.env.json'), parseEnvironmentFile('{"__proto__": {"z": "2"}}', 'http-client.private.env.json'));
    expect(Object.keys(set.environments)).toEqual(['dev', '__proto__']);
    expect(Object.keys(selectEnvironment(set, '__proto__').variables)).toEqual(['x', 'z']);
    // an environment that is not there, whatever its name
    for (const name of ['constructor', 'toString', 'hasOwnProperty']) expect(selectEnvironment(set, name).diagnostics.map((d) => d.code)).toEqual(['HTTP1039']);
    const dev = selectEnvironment(set, 'dev');
    const text = 'GET https://x/{{constructor}}/{{toString}}/{{__proto__}}/{{a}}/{{$processEnv valueOf}}/{{$dotenv constructor}}\n';
    const file = parseHttpFile(text, { knownVariables: Object.keys(dev.variables) });
    expect(file.diagnostics.filter((d) => d.code === 'HTTP1006').map((d) => text.slice(d.span.offset, d.span.offset + d.span.length))).toEqual(['{{constructor}}', '{{toString}}']);
    // a host answering from plain records: what Object.prototype has is no variable (it threw a TypeError before)
    const plain: Record<string, string> = {};
    const r = resolveRequest(file, 0, { environment: dev, host: { env: (n) => plain[n], dotenv: (n) => plain[n] } });
    expect(r.url).toBe('https://x/{{constructor}}/{{toString}}/p/1/{{$processEnv valueOf}}/{{$dotenv constructor}}');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['HTTP1006', 'HTTP1006', 'HTTP1034', 'HTTP1034']);
    // the same names in a .env file and in a plain record as the environment
    const dotenv = parseDotenv('__proto__=d\nconstructor=c\n');
    expect(Object.keys(dotenv)).toEqual(['__proto__', 'constructor']);
    const fromDotenv = resolveRequest(parseHttpFile('GET https://x/{{$dotenv __proto__}}/{{$dotenv constructor}}/{{$dotenv toString}}'), 0, { host: { dotenv: (n) => dotenv[n] } });
    expect(fromDotenv.url).toBe('https://x/d/c/{{$dotenv toString}}');
    expect(resolveRequest(parseHttpFile('GET https://x/{{hasOwnProperty}}/{{b}}'), 0, { environment: { b: 'B' } }).url).toBe('https://x/{{hasOwnProperty}}/B');
  });

  it("generates the JetBrains HTTP Client's Java Faker values it knows, and leaves the others as written (HTTP1061)", () => {
    const text = 'GET https://x/{{$random.name.firstName}}?n={{$random.number.numberBetween(1, 5)}}&a={{$random.internet.avatar}}\n';
    const file = parseHttpFile(text, { dialect: 'jetbrains' });
    expect(file.diagnostics.filter((d) => d.code === 'HTTP1010' || d.code === 'HTTP1011')).toEqual([]);
    const r = resolveRequest(file, 0, { host });
    // random() is 0.5: the first name in the middle of the list, and 1 + floor(0.5 * 4)
    expect(r.url).toBe('https://x/Isabel?n=3&a={{$random.internet.avatar}}');
    expect(r.diagnostics.map((d) => [d.code, text.slice(d.span.offset, d.span.offset + d.span.length)])).toEqual([['HTTP1061', '{{$random.internet.avatar}}']]);
    expect(r.diagnostics[0]?.message).toBe('"$random.internet.avatar" is a value of the Java Faker library that httplens does not generate (the JetBrains HTTP Client does); it stays as written.');
    expect(r.values.map((v) => v.source)).toEqual([
      { kind: 'dynamic', name: '$random.name.firstName' },
      { kind: 'dynamic', name: '$random.number.numberBetween' },
      { kind: 'unresolved', reason: 'unavailable' },
    ]);
  });

  it('reports invalid environment files', () => {
    expect(parseEnvironmentFile('{"dev": ', 'http-client.env.json').diagnostics.map((d) => d.code)).toEqual(['HTTP1035']);
    expect(parseEnvironmentFile('[1]', 'http-client.env.json').diagnostics.map((d) => d.code)).toEqual(['HTTP1035']);
  });

  it('reads environment files saved with a byte order mark', () => {
    const set = parseEnvironmentFile('\ufeff{"dev": {"host": "a.example"}}', 'http-client.env.json');
    expect(set.diagnostics).toEqual([]);
    expect(set.environments.dev?.host?.value).toBe('a.example');
    // an error's offset is that of the text as given
    expect(parseEnvironmentFile('\ufeff{"dev": ', 'http-client.env.json').diagnostics[0]?.span.offset).toBe(parseEnvironmentFile(' {"dev": ', 'http-client.env.json').diagnostics[0]?.span.offset);
    expect(parseDotenv('\ufeffA=1\n')).toEqual({ A: '1' });
  });

  it('parses .env files', () => {
    expect(parseDotenv('# c\nA=1\nexport B = two words # note\nC="x\\ny"\nD=\'q#\'\nbad line\n')).toEqual({ A: '1', B: 'two words', C: 'x\ny', D: 'q#' });
  });
});

describe('mapToTemplate', () => {
  it('maps spans of a resolved header value back to the template', () => {
    const text = '@v = 120\nGET https://x/\nCache-Control: max-age={{v}}, privat';
    const file = parseHttpFile(text);
    const h = resolveRequest(file, 0).headers[0];
    if (!h) throw new Error('no header');
    expect(h.value).toBe('max-age=120, privat');
    const at = (s: { offset: number; length: number }) => text.slice(s.offset, s.offset + s.length);
    // "privat" is literal: it maps character for character.
    expect(at(mapToTemplate(h, { offset: h.value.indexOf('privat'), length: 6 }))).toBe('privat');
    // "120" came from {{v}}: it maps to the reference.
    expect(at(mapToTemplate(h, { offset: 8, length: 3 }))).toBe('{{v}}');
    // A span across both covers both.
    expect(at(mapToTemplate(h, { offset: 0, length: 11 }))).toBe('max-age={{v}}');
  });
});
