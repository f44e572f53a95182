import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';

// The built server as a child process, spoken to over stdio with JSON-RPC, as an editor would.
const root = join(import.meta.dirname, '..', '..');
const serverBin = join(root, 'server', 'dist', 'bin.js');

interface Client {
  process: ChildProcess;
  rpc: MessageConnection;
  diagnostics: Map<string, { code: string; line: number }[]>;
  waitForDiagnostics(uri: string, predicate: (d: { code: string; line: number }[]) => boolean): Promise<{ code: string; line: number }[]>;
  prompts: { name: string }[];
  /** The httplens/authToken requests the server sent. */
  authRequests: { id: string; environment: string; request: unknown }[];
  capabilities: Record<string, unknown>;
  serverInfo: { name: string; version?: string } | undefined;
}

async function start(
  capabilities: Record<string, unknown>,
  workspace: string,
  initializationOptions: Record<string, unknown> = {},
  configuration: () => unknown = () => ({ diagnostics: { severity: { HTTP0509: 'off' } } }),
  registrations: unknown[] = [],
): Promise<Client> {
  const child = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const rpc = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const diagnostics = new Map<string, { code: string; line: number }[]>();
  const waiters: (() => void)[] = [];
  const prompts: { name: string }[] = [];
  const authRequests: { id: string; environment: string; request: unknown }[] = [];
  rpc.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { code: string; range: { start: { line: number } } }[] }) => {
    diagnostics.set(p.uri, p.diagnostics.map((d) => ({ code: String(d.code), line: d.range.start.line })));
    for (const w of waiters.splice(0)) w();
  });
  rpc.onRequest('workspace/configuration', () => [configuration()]);
  rpc.onRequest('httplens/prompt', (p: { name: string; kind?: string; choices?: string[] }) => {
    prompts.push(p);
    if (p.name === 'userId') return '42';
    // httpYac's questions: the last choice of a $pick, else a text made from the placeholder
    if (p.kind === 'pick') return p.choices?.at(-1) ?? null;
    if (p.kind === 'input' || p.kind === 'password') return p.name === 'Cancel me' ? null : `answer.${p.name.replace(/ /g, '.')}`;
    return null;
  });
  rpc.onRequest('httplens/authToken', (p: { id: string; environment: string; request: { url: string; headers: [string, string][]; body: string } }) => {
    authRequests.push(p);
    if (p.id === 'api') return { accessToken: `at-${authRequests.length}`, idToken: 'it', expiresIn: 3600 };
    if (p.id.startsWith('oauth2')) return { accessToken: `sh-${authRequests.length}`, expiresIn: 3600 };
    if (p.id === 'cancel') return null;
    // tokens over at once, with a refresh token; the refresh answer has none (RFC 6749 §6)
    if (p.id === 'short') return p.request.body.startsWith('grant_type=refresh_token&') ? { accessToken: `refreshed-${authRequests.length}`, expiresIn: 3600 } : { accessToken: 'first', expiresIn: 1, refreshToken: 'rt-1' };
    return { problem: 'the token endpoint answered 401: invalid_client' };
  });
  rpc.onRequest('client/registerCapability', (p: { registrations: unknown[] }) => {
    registrations.push(...p.registrations);
    return null;
  });
  rpc.onRequest('workspace/diagnostic/refresh', () => null);
  rpc.onNotification('window/logMessage', () => undefined);
  rpc.listen();
  const initialized = await rpc.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }],
    capabilities: { workspace: { configuration: true }, ...capabilities },
    locale: 'en',
    initializationOptions,
  });
  await rpc.sendNotification('initialized', {});
  return {
    process: child,
    rpc,
    diagnostics,
    prompts,
    authRequests,
    capabilities: (initialized as { capabilities: Record<string, unknown> }).capabilities,
    serverInfo: (initialized as { serverInfo?: { name: string; version?: string } }).serverInfo,
    waitForDiagnostics(uri, predicate) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri}: ${JSON.stringify(diagnostics.get(uri))}`)), 10_000);
        const check = () => {
          const d = diagnostics.get(uri);
          if (d && predicate(d)) {
            clearTimeout(timer);
            resolve(d);
          } else waiters.push(check);
        };
        check();
      });
    },
  };
}

async function stop(client: Client): Promise<number | null> {
  await client.rpc.sendRequest('shutdown');
  await client.rpc.sendNotification('exit');
  return new Promise((resolve) => {
    if (client.process.exitCode !== null) resolve(client.process.exitCode);
    client.process.on('exit', (code) => resolve(code));
  });
}

let workspace: string;
let push: Client;
let pull: Client;
const uri = (name: string) => pathToFileURL(join(workspace, name)).href;
const open = (c: Client, name: string, text: string, languageId = 'http') =>
  c.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(name), languageId, version: 1, text } });

beforeAll(async () => {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', join(root, 'server')], { stdio: 'pipe' });
  workspace = mkdtempSync(join(tmpdir(), 'httplens-lsp-'));
  writeFileSync(join(workspace, 'http-client.env.json'), JSON.stringify({ dev: { host: 'localhost:8080', token: 'dev-token' }, prod: { host: 'api.example.com' } }));
  writeFileSync(join(workspace, 'httplens.config.json'), JSON.stringify({ severity: { HTTP0506: 'error' } }));
  push = await start({ textDocument: { publishDiagnostics: {} } }, workspace);
  pull = await start({ textDocument: { diagnostic: { dynamicRegistration: false } } }, workspace);
}, 120_000);

afterAll(async () => {
  for (const c of [push, pull]) if (c && c.process.exitCode === null) c.process.kill();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('language server over stdio', () => {
  it('pushes diagnostics with codes on open and change (client without pull diagnostics)', async () => {
    await open(push, 'a.http', 'GET https://{{host}}/\nContent-Lenght: 2\nMax-Forwards: 1\n');
    const first = await push.waitForDiagnostics(uri('a.http'), (d) => d.length > 0);
    expect(first.map((d) => d.code).sort()).toEqual(['HTTP0506', 'HTTP3001']);
    await push.rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri('a.http'), version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, text: '' }],
    });
    const second = await push.waitForDiagnostics(uri('a.http'), (d) => d.length === 1);
    expect(second).toEqual([{ code: 'HTTP0506', line: 1 }]);
  });

  it('answers pull diagnostics, with the workspace configuration and the editor settings applied', async () => {
    await open(pull, 'b.http', 'GET http://{{host}}/\nAuthorization: Bearer {{token}}\nMax-Forwards: 1\n');
    const report = (await pull.rpc.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri('b.http') } })) as { kind: string; items: { code: string; severity: number }[] };
    expect(report.kind).toBe('full');
    // HTTP0509 (credentials over http) is off in the editor settings; HTTP0506 is an error in httplens.config.json;
    // host and token come from http-client.env.json, so they are defined.
    expect(report.items.map((d) => [d.code, d.severity])).toEqual([['HTTP0506', 1]]);
    expect(pull.diagnostics.get(uri('b.http'))).toBeUndefined();
  });

  it('names itself with the version of its package', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'server', 'package.json'), 'utf8')) as { version: string };
    expect(pull.serverInfo).toEqual({ name: 'httplens-language-server', version });
  });

  it("asks for completion after '.' ({{login.response.) and ';' (Content-Type parameters)", () => {
    const triggers = (pull.capabilities.completionProvider as { triggerCharacters: string[] }).triggerCharacters;
    expect(triggers).toEqual(expect.arrayContaining(['{', ':', '@', '.', ';']));
  });

  it('answers hover, completion, code actions and formatting', async () => {
    await open(pull, 'c.http', 'GET https://a.example/\ncache-control :max-age=60\nAuthorizaiton: x\n');
    const hover = (await pull.rpc.sendRequest('textDocument/hover', { textDocument: { uri: uri('c.http') }, position: { line: 1, character: 3 } })) as { contents: { value: string } };
    expect(hover.contents.value).toContain('**Cache-Control**');
    const completion = (await pull.rpc.sendRequest('textDocument/completion', { textDocument: { uri: uri('c.http') }, position: { line: 3, character: 0 } })) as { items: { label: string }[] };
    expect(completion.items.map((i) => i.label)).toContain('Accept');
    const report = (await pull.rpc.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri('c.http') } })) as { items: { code: string; range: unknown; data: unknown }[] };
    const typo = report.items.filter((d) => d.code === 'HTTP3001');
    const actions = (await pull.rpc.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri('c.http') },
      range: { start: { line: 2, character: 2 }, end: { line: 2, character: 2 } },
      context: { diagnostics: typo },
    })) as { title: string }[];
    expect(actions.map((a) => a.title)).toContain('Change to Authorization');
    const edits = (await pull.rpc.sendRequest('textDocument/formatting', { textDocument: { uri: uri('c.http') }, options: { tabSize: 2, insertSpaces: true } })) as { newText: string }[];
    expect(edits.map((e) => e.newText)).toContain('cache-control: max-age=60');
  });

  it('resolves the request at a position: environment, prompts, chained responses', async () => {
    const text = ['# @name login', 'POST https://{{host}}/login', '', '###', '# @prompt userId the user', 'GET https://{{host}}/users/{{userId}}', 'Authorization: Bearer {{login.response.body.$.token}}', ''].join('\n');
    await open(pull, 'd.http', text);
    await pull.rpc.sendRequest('httplens/setEnvironment', { name: 'dev' });
    await pull.rpc.sendRequest('httplens/responseReceived', { name: 'login', response: { status: 200, headers: [['Content-Type', 'application/json']], body: '{"token":"abc"}' } });
    const r = (await pull.rpc.sendRequest('httplens/requestAt', { textDocument: { uri: uri('d.http') }, position: { line: 5, character: 2 } })) as {
      method: string; url: string; headers: [string, string][]; values: { expression: string; source: { kind: string } }[];
    };
    expect(pull.prompts).toEqual([{ name: 'userId', description: 'the user' }]);
    expect(r.method).toBe('GET');
    expect(r.url).toBe('https://localhost:8080/users/42');
    expect(r.headers).toContainEqual(['Authorization', 'Bearer abc']);
    expect(r.values.map((v) => v.source.kind)).toEqual(expect.arrayContaining(['environment', 'prompt', 'request']));
  });

  it("gives the target as written for the JetBrains HTTP Client's # @no-auto-encoding (target; null otherwise)", async () => {
    await open(pull, 'raw-target.http', '# @no-auto-encoding\nGET https://x.example/a/{id}?f=|\n\n###\nGET https://x.example/a/{id}\n');
    const at = (line: number) => pull.rpc.sendRequest('httplens/requestAt', { textDocument: { uri: uri('raw-target.http') }, position: { line, character: 1 } }) as Promise<{ url: string; target: string | null }>;
    expect(await at(1)).toMatchObject({ url: 'https://x.example/a/{id}?f=|', target: '/a/{id}?f=|' });
    expect(await at(4)).toMatchObject({ url: 'https://x.example/a/%7Bid%7D', target: null });
  });

  it("lists httpYac's # @ref requests to send first (httplens/requestsBefore), and reads their responses as variables", async () => {
    const text = ['# @name tok', 'POST https://{{host}}/login', '', '###', '# @ref tok other', 'GET https://{{host}}/me', 'Authorization: Bearer {{tok.token}}', ''].join('\n');
    await open(pull, 'refs.http', text);
    const at = { textDocument: { uri: uri('refs.http') }, position: { line: 5, character: 1 } };
    expect(await pull.rpc.sendRequest('httplens/requestsBefore', at)).toEqual({ requests: [{ index: 0, name: 'tok', position: { line: 0, character: 0 } }], unknown: ['other'] });
    // the first request names none
    expect(await pull.rpc.sendRequest('httplens/requestsBefore', { ...at, position: { line: 1, character: 0 } })).toEqual({ requests: [], unknown: [] });
    await pull.rpc.sendRequest('httplens/responseReceived', { name: 'tok', response: { status: 200, headers: [['Content-Type', 'application/json']], body: '{"token":"t-9"}' } });
    expect(await pull.rpc.sendRequest('httplens/requestsBefore', at)).toEqual({ requests: [], unknown: ['other'] });
    const r = (await pull.rpc.sendRequest('httplens/requestAt', at)) as { headers: [string, string][] };
    expect(r.headers).toContainEqual(['Authorization', 'Bearer t-9']);
    await expect(pull.rpc.sendRequest('httplens/requestsBefore', { textDocument: { uri: uri('nowhere.http') }, position: { line: 0, character: 0 } })).rejects.toMatchObject({ code: -32602 });
  });

  it("keeps the responses of a # @loop's passes for httpYac's {{<name>List}} (httplens/responseReceived with pass)", async () => {
    const text = ['# @name polled', '# @loop for 2', 'GET https://example.test/poll', '', '###', 'GET https://example.test/r?n={{polledList.length}}&s={{polledList[1].statusCode}}&id={{polled.id}}', ''].join('\n');
    await open(pull, 'loop-list.http', text);
    const at = { textDocument: { uri: uri('loop-list.http') }, position: { line: 5, character: 1 } };
    const received = (pass: number, status: number) =>
      pull.rpc.sendRequest('httplens/responseReceived', { name: 'polled', response: { status, headers: [['Content-Type', 'application/json']], body: `{"id": ${pass}}` }, pass: { index: pass, of: 2 } });
    await received(0, 202);
    // between the passes: the last response, and no list yet
    expect(((await pull.rpc.sendRequest('httplens/requestAt', at)) as { url: string }).url).toBe('https://example.test/r?n=%7B%7BpolledList.length%7D%7D&s=%7B%7BpolledList[1].statusCode%7D%7D&id=0');
    await received(1, 200);
    // after the last pass: the list, and the first pass's response under the name, as in httpYac
    expect(((await pull.rpc.sendRequest('httplens/requestAt', at)) as { url: string }).url).toBe('https://example.test/r?n=2&s=200&id=0');
  });

  it("reads the files httpYac's # @import names: variables, # @ref requests there (with their uri), and again when one changes", async () => {
    mkdirSync(join(workspace, 'imp', 'lib'), { recursive: true });
    // on disk only: read by the server, as the editor reads a file saved in UTF-16LE with a byte order mark (Windows PowerShell 5)
    writeFileSync(join(workspace, 'imp', 'lib', 'common.http'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('@base = https://api.example\n', 'utf16le')]));
    // a name no other test gives a response (the server keeps them for the session)
    const auth = ['# @import ./common.http', '@apiKey = k1', '', '###', '# @name signin', 'POST {{base}}/login', ''].join('\n');
    writeFileSync(join(workspace, 'imp', 'lib', 'auth.http'), auth);
    const main = ['# @import ./lib/auth.http', '', '###', '# @ref signin', 'GET {{base}}/items?key={{apiKey}}', 'Authorization: Bearer {{signin.token}}', ''].join('\n');
    const codes = async (c: Client, name: string) => ((await c.rpc.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri(name) } })) as { items: { code: string }[] }).items.map((d) => d.code);
    await open(pull, 'imp/main.http', main);
    expect(await codes(pull, 'imp/main.http')).toEqual(['HTTP1054']);
    const at = { textDocument: { uri: uri('imp/main.http') }, position: { line: 4, character: 0 } };
    expect(await pull.rpc.sendRequest('httplens/requestsBefore', at)).toEqual({ requests: [{ index: 0, name: 'signin', position: { line: 3, character: 0 }, uri: uri('imp/lib/auth.http') }], unknown: [] });
    await pull.rpc.sendRequest('httplens/responseReceived', { name: 'signin', response: { status: 200, headers: [['Content-Type', 'application/json']], body: '{"token":"t-imp"}' } });
    const r = (await pull.rpc.sendRequest('httplens/requestAt', at)) as { url: string; headers: [string, string][] };
    expect(r.url).toBe('https://api.example/items?key=k1');
    expect(r.headers).toContainEqual(['Authorization', 'Bearer t-imp']);
    const hover = (await pull.rpc.sendRequest('textDocument/hover', { textDocument: at.textDocument, position: { line: 4, character: 29 } })) as { contents: { value: string } };
    expect(hover.contents.value).toContain('From the file variable @apiKey of lib/auth.http (# @import).');
    // the imported file opened and changed in the editor: the importer is read again with it
    await open(pull, 'imp/lib/auth.http', auth);
    await pull.rpc.sendNotification('textDocument/didChange', { textDocument: { uri: uri('imp/lib/auth.http'), version: 2 }, contentChanges: [{ text: auth.replace('@apiKey = k1', '@apiToken = k1') }] });
    expect(await codes(pull, 'imp/main.http')).toEqual(['HTTP1054', 'HTTP1006']);
  });

  it("answers httpYac's # @disabled with disabled (nothing asked), and gives # @sleep and # @noRejectUnauthorized", async () => {
    const text = ['# @disabled', '# @prompt userId', 'DELETE https://{{host}}/all', '', '###', '# @sleep 40', '# @noRejectUnauthorized', 'GET https://{{host}}/me', '', '###', '# @disabled maybe()', 'GET https://{{host}}/x', ''].join('\n');
    await open(pull, 'disabled.http', text);
    pull.prompts.length = 0;
    const at = (line: number) => pull.rpc.sendRequest('httplens/requestAt', { textDocument: { uri: uri('disabled.http') }, position: { line, character: 0 } }) as Promise<Record<string, unknown>>;
    expect(await at(2)).toEqual({ disabled: true, index: 0, name: null, method: 'DELETE', url: 'https://{{host}}/all', diagnostics: [] });
    expect(pull.prompts).toEqual([]);
    expect(await at(7)).toMatchObject({ sleep: 40, insecure: true, method: 'GET', index: 1 });
    const js = await at(11);
    expect(js.disabled).toBe(true);
    expect((js.diagnostics as { code: string }[]).map((d) => d.code)).toEqual(['HTTP1065']);
  });

  it("gives httpYac's # @loop passes (httplens/loopAt) and resolves a pass (requestAt with loop)", async () => {
    const text = ['@ids = [3, 4]', '', '###', '# @loop for id of ids', 'GET https://x.example/{{$index}}/{{id}}', '', '###', '# @loop while more()', 'GET https://x.example/w', '', '###', 'GET https://x.example/plain', ''].join('\n');
    await open(pull, 'loop.http', text);
    const at = (line: number) => ({ textDocument: { uri: uri('loop.http') }, position: { line, character: 0 } });
    expect(await pull.rpc.sendRequest('httplens/loopAt', at(4))).toEqual({ passes: [{ index: 0, variables: { id: '3' } }, { index: 1, variables: { id: '4' } }] });
    expect(await pull.rpc.sendRequest('httplens/loopAt', at(8))).toEqual({ problem: expect.stringContaining('# @loop while more()') });
    expect(await pull.rpc.sendRequest('httplens/loopAt', at(11))).toBeNull();
    const pass = (await pull.rpc.sendRequest('httplens/requestAt', { ...at(4), loop: { index: 1, variables: { id: '4', bad: 7 } } })) as { url: string };
    expect(pass.url).toBe('https://x.example/1/4');
    // a pass that is not one is left out
    const bad = (await pull.rpc.sendRequest('httplens/requestAt', { ...at(4), loop: { index: 'x' } })) as { url: string };
    expect(bad.url).toBe('https://x.example/%7B%7B$index%7D%7D/%7B%7Bid%7D%7D');
  });

  it('gives the output redirects with their variables, {{$projectRoot}} the workspace folder (or the folder of .idea in it)', async () => {
    mkdirSync(join(workspace, 'jb', 'sub'), { recursive: true });
    const text = ['@name = me', 'GET https://x.example/', '', '>> ./out/{{name}}.json', '>>! {{$projectRoot}}/last.json', ''].join('\n');
    await open(pull, 'jb/sub/redirect.http', text);
    const at = { textDocument: { uri: uri('jb/sub/redirect.http') }, position: { line: 1, character: 0 } };
    type At = { redirects: { path: string; force: boolean }[] };
    expect(((await pull.rpc.sendRequest('httplens/requestAt', at)) as At).redirects).toEqual([
      { path: './out/me.json', force: false },
      { path: `${workspace}/last.json`, force: true },
    ]);
    mkdirSync(join(workspace, 'jb', '.idea'), { recursive: true });
    expect(((await pull.rpc.sendRequest('httplens/requestAt', at)) as At).redirects[1]?.path).toBe(`${workspace}/jb/last.json`);
  });

  it("keeps the globals a JetBrains pre-request script sets (client.global.set) for the session's next requests", async () => {
    const text = ['< {%', '  client.global.set("preWho", "ada");', '%}', 'GET https://x.example/{{preWho}}', '', '###', 'GET https://x.example/again/{{preWho}}', ''].join('\n');
    await open(pull, 'pre-global.http', text);
    const at = (line: number) => pull.rpc.sendRequest('httplens/requestAt', { textDocument: { uri: uri('pre-global.http') }, position: { line, character: 0 } }) as Promise<{ url: string }>;
    // before the first request is prepared, the name has no value
    expect((await at(6)).url).toBe('https://x.example/again/%7B%7BpreWho%7D%7D');
    expect((await at(3)).url).toBe('https://x.example/ada');
    expect((await at(6)).url).toBe('https://x.example/again/ada');
  });

  it('gives what a # @loop pass was asked (answers), and a later pass given them asks nothing again', async () => {
    const text = ['# @loop for 2', '# @prompt userId', 'GET https://x.example/u/{{userId}}/{{$index}}?who={{$input Who}}&stage={{$pick Stage $value: dev, prod}}', ''].join('\n');
    await open(pull, 'loop-ask.http', text);
    const at = { textDocument: { uri: uri('loop-ask.http') }, position: { line: 2, character: 0 } };
    type At = { url: string; answers: { prompts: Record<string, string>; questions: Record<string, string> } };
    pull.prompts.length = 0;
    const first = (await pull.rpc.sendRequest('httplens/requestAt', { ...at, loop: { index: 0, variables: {} } })) as At;
    expect(pull.prompts.map((p) => p.name)).toEqual(['userId', 'Who', 'Stage']);
    expect(first.url).toBe('https://x.example/u/42/0?who=answer.Who&stage=prod');
    expect(first.answers).toEqual({ prompts: { userId: '42' }, questions: { Who: 'answer.Who', Stage: 'prod' } });
    pull.prompts.length = 0;
    // the answers as the client gives them back (a value that is not a string is left out, and asked)
    const answers = { prompts: { ...first.answers.prompts }, questions: { ...first.answers.questions, Who: 7 } };
    const second = (await pull.rpc.sendRequest('httplens/requestAt', { ...at, loop: { index: 1, variables: {} }, answers })) as At;
    expect(pull.prompts.map((p) => p.name)).toEqual(['Who']);
    expect(second.url).toBe('https://x.example/u/42/1?who=answer.Who&stage=prod');
    // without them, each pass asks
    pull.prompts.length = 0;
    await pull.rpc.sendRequest('httplens/requestAt', { ...at, loop: { index: 1, variables: {} } });
    expect(pull.prompts.map((p) => p.name)).toEqual(['userId', 'Who', 'Stage']);
  });

  it("asks httpYac's questions through httplens/prompt, -askonce ones once a session, and a cancel stops the request", async () => {
    const text = [
      '@who = {{$input-askonce Your name $value: Ada}}',
      '###',
      'GET https://{{host}}/q/{{$pick Stage $value: dev, prod}}?who={{who}}',
      'Authorization: Basic {{who}}:{{$password Password}}',
      '',
      '###',
      'GET https://{{host}}/again?who={{who}}&x={{$input Cancel me}}',
      '',
    ].join('\n');
    await open(pull, 'ask.http', text);
    await pull.rpc.sendRequest('httplens/setEnvironment', { name: 'dev' });
    pull.prompts.length = 0;
    type At = { url: string; headers: [string, string][]; cancelled?: boolean };
    const r = (await pull.rpc.sendRequest('httplens/requestAt', { textDocument: { uri: uri('ask.http') }, position: { line: 2, character: 0 } })) as At;
    expect(pull.prompts).toEqual([
      { name: 'Stage', kind: 'pick', choices: ['dev', 'prod'] },
      { name: 'Your name', kind: 'input', value: 'Ada' },
      { name: 'Password', kind: 'password' },
    ]);
    expect(r.url).toBe('https://localhost:8080/q/prod?who=answer.Your.name');
    expect(r.headers).toContainEqual(['Authorization', `Basic ${Buffer.from('answer.Your.name:answer.Password').toString('base64')}`]);
    // the -askonce answer is kept: the next request asks only its own question, which is cancelled
    pull.prompts.length = 0;
    const cancelled = (await pull.rpc.sendRequest('httplens/requestAt', { textDocument: { uri: uri('ask.http') }, position: { line: 6, character: 0 } })) as At;
    expect(pull.prompts).toEqual([{ name: 'Cancel me', kind: 'input' }]);
    expect(cancelled.cancelled).toBe(true);
  });

  it('says that a response body left out for chaining was not kept (bodyOmitted, HTTP1052), in requestAt and hovers', async () => {
    const text = ['# @name report', 'GET https://{{host}}/report', '', '###', 'GET https://{{host}}/items/{{report.response.body.$.id}}', 'X-Etag: {{report.response.headers.ETag}}', ''].join('\n');
    await open(pull, 'omit.http', text);
    await pull.rpc.sendRequest('httplens/setEnvironment', { name: 'dev' });
    await pull.rpc.sendRequest('httplens/responseReceived', { name: 'report', response: { status: 200, headers: [['ETag', '"r1"']], bodyOmitted: { length: 40 * 1024 * 1024 } } });
    type At = { url: string; headers: [string, string][]; diagnostics: { code: string; message: string; range: { start: { line: number } } }[]; values: { expression: string; source: { kind: string; reason?: string } }[] };
    const at = async () => (await pull.rpc.sendRequest('httplens/requestAt', { textDocument: { uri: uri('omit.http') }, position: { line: 4, character: 0 } })) as At;
    const r = await at();
    expect(r.headers).toContainEqual(['X-Etag', '"r1"']);
    const chaining = (a: At) => a.diagnostics.filter((d) => d.code === 'HTTP1052' || d.code === 'HTTP1038');
    expect(chaining(r).map((d) => [d.code, d.range.start.line])).toEqual([['HTTP1052', 4]]);
    expect(chaining(r)[0]?.message).toContain('The body of the response of "report" (40.0 MB) was not kept: send "report" again with this file open to keep it.');
    expect(r.values.find((v) => v.expression === 'report.response.body.$.id')?.source).toMatchObject({ kind: 'unresolved', reason: 'no-response', bodyOmitted: { length: 41_943_040 } });
    const hover = (await pull.rpc.sendRequest('textDocument/hover', { textDocument: { uri: uri('omit.http') }, position: { line: 4, character: 40 } })) as { contents: { value: string } };
    expect(hover.contents.value).toContain('The body of its response (40.0 MB) was not kept: send the named request again with this file open to keep it.');
    // sent again with its body: the path is read; a bodyOmitted that is not a size is not kept
    await pull.rpc.sendRequest('httplens/responseReceived', { name: 'report', response: { status: 200, headers: [], body: '{"id": 9}', bodyOmitted: { length: 9 } } });
    expect((await at()).url).toBe('https://localhost:8080/items/9');
    await pull.rpc.sendRequest('httplens/responseReceived', { name: 'report', response: { status: 200, headers: [], bodyOmitted: { length: 'big' } } });
    // the body path and the ETag header (no headers given) both match nothing
    expect(chaining(await at()).map((d) => d.code)).toEqual(['HTTP1038', 'HTTP1038']);
  });

  it("gives a request's own timeouts as the dialect reads them, and null without any", async () => {
    await open(pull, 't.http', ['# @timeout 2', '# @connection-timeout 500 ms', 'GET https://x.example/slow', '', '###', 'GET https://x.example/fast', ''].join('\n'));
    const at = async (line: number) =>
      ((await pull.rpc.sendRequest('httplens/requestAt', { textDocument: { uri: uri('t.http') }, position: { line, character: 1 } })) as { timeouts: unknown }).timeouts;
    // auto reads them as the JetBrains HTTP Client: seconds by default, the read timeout for the first byte and between bytes
    expect(await at(2)).toEqual({ firstByte: 2000, idle: 2000, connect: 500 });
    expect(await at(5)).toBeNull();
  });

  it('answers a pull for an unchanged document and state with "unchanged", and computes again after a change', async () => {
    await open(pull, 'cached.http', 'GET http://{{host}}/\nMax-Forwards: 1\n');
    type Report = { kind: string; resultId?: string; items?: { code: string }[] };
    const ask = (previousResultId?: string) => pull.rpc.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri('cached.http') }, ...(previousResultId ? { previousResultId } : {}) }) as Promise<Report>;
    const first = await ask();
    expect(first.kind).toBe('full');
    expect(first.resultId).toMatch(/^1:\d+$/);
    expect(await ask(first.resultId)).toEqual({ kind: 'unchanged', resultId: first.resultId });
    // without a previous id the same report is given in full
    expect(await ask()).toEqual(first);
    await pull.rpc.sendRequest('httplens/setEnvironment', { name: 'prod' });
    const after = await ask(first.resultId);
    expect(after.kind).toBe('full');
    expect(after.resultId).not.toBe(first.resultId);
    await pull.rpc.sendNotification('textDocument/didChange', { textDocument: { uri: uri('cached.http'), version: 2 }, contentChanges: [{ text: 'GET http://{{nope}}/\n' }] });
    const edited = await ask(after.resultId);
    expect(edited.kind).toBe('full');
    expect(edited.items?.map((d) => d.code)).toContain('HTTP1006');
    await pull.rpc.sendRequest('httplens/setEnvironment', { name: 'dev' });
  });

  it('reports an included file that does not exist as the document is edited (HTTP1008)', async () => {
    writeFileSync(join(workspace, 'present.json'), '{}');
    await open(pull, 'includes.http', 'POST https://a.example/\nContent-Type: application/json\n\n< ./present.json\n\n###\nPOST https://a.example/\nContent-Type: application/json\n\n< ./missing.json\n');
    const report = (await pull.rpc.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri('includes.http') } })) as { items: { code: string; range: { start: { line: number } } }[] };
    expect(report.items.filter((d) => d.code === 'HTTP1008').map((d) => d.range.start.line)).toEqual([9]);
    // a path relative to the workspace folder, as REST Client also reads it, from a document in a subfolder
    mkdirSync(join(workspace, 'requests'), { recursive: true });
    await open(pull, 'requests/nested.http', 'POST https://a.example/\nContent-Type: application/json\n\n< ./present.json\n');
    const nested = (await pull.rpc.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri('requests/nested.http') } })) as { items: { code: string }[] };
    expect(nested.items.map((d) => d.code)).not.toContain('HTTP1008');
  });

  it('reads the environment files beside a document too (JetBrains keeps them there), the nearer file winning, and the private file over the public one', async () => {
    mkdirSync(join(workspace, 'api'), { recursive: true });
    writeFileSync(join(workspace, 'api', 'http-client.env.json'), JSON.stringify({ dev: { host: 'api.internal:9000', apiKey: 'k-public' } }));
    writeFileSync(join(workspace, 'api', 'http-client.private.env.json'), JSON.stringify({ dev: { apiKey: 'k-123' } }));
    const at = async (name: string) => (await pull.rpc.sendRequest('httplens/requestAt', { textDocument: { uri: uri(name) }, position: { line: 0, character: 0 } })) as { url: string; headers: [string, string][] };
    await open(pull, 'api/keyed.http', 'GET http://{{host}}/items\nX-Api-Key: {{apiKey}}\n');
    const report = (await pull.rpc.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri('api/keyed.http') } })) as { items: { code: string }[] };
    expect(report.items.map((d) => d.code)).not.toContain('HTTP1006');
    const inApi = await at('api/keyed.http');
    expect(inApi.url).toBe('http://api.internal:9000/items');
    expect(inApi.headers).toContainEqual(['X-Api-Key', 'k-123']);
    // a document at the root still gets the root's file
    await open(pull, 'rooted.http', 'GET http://{{host}}/items\n');
    expect((await at('rooted.http')).url).toBe('http://localhost:8080/items');
  });

  it('has the client get the JetBrains OAuth 2.0 tokens a request uses (httplens/authToken), keeps them, and says why one is missing', async () => {
    const dir = join(workspace, 'oauth');
    mkdirSync(dir, { recursive: true });
    const config = (id: string, grant = 'Client Credentials') => ({ Type: 'OAuth2', 'Grant Type': grant, 'Token URL': 'https://{{authHost}}/token', 'Client ID': id });
    writeFileSync(join(dir, 'http-client.env.json'), JSON.stringify({ dev: { authHost: 'auth.example', Security: { Auth: { api: config('cli'), bad: config('x'), cancel: config('y'), browser: { ...config('z', 'Authorization Code'), 'Auth URL': 'https://{{authHost}}/authorize', 'Redirect URL': 'http://127.0.0.1:8765/cb' } } } } }));
    writeFileSync(join(dir, 'http-client.private.env.json'), JSON.stringify({ dev: { Security: { Auth: { api: { 'Client Secret': 's3cret' } } } } }));
    const text = ['GET https://api.example/me', 'Authorization: Bearer {{$auth.token("api")}}', 'X-Id: {{$auth.idToken("api")}}', '', '###', 'GET https://api.example/other', 'Authorization: Bearer {{$auth.token("bad")}} {{$auth.token("browser")}} {{$auth.token("nope")}}', '', '###', 'GET https://api.example/c', 'Authorization: Bearer {{$auth.token("cancel")}}', ''].join('\n');
    await open(pull, 'oauth/a.http', text);
    await pull.rpc.sendRequest('httplens/setEnvironment', { name: 'dev' });
    // the ids of the environments' Security.Auth: completed after `$auth.token("`, shown in hovers, and one that no
    // environment defines reported (HTTP1060)
    const position = { textDocument: { uri: uri('oauth/a.http') }, position: { line: 1, character: 'Authorization: Bearer {{$auth.token("'.length } };
    const ids = (await pull.rpc.sendRequest('textDocument/completion', position)) as { items: { label: string; textEdit: { newText: string } }[] };
    expect(ids.items.map((i) => i.label)).toEqual(expect.arrayContaining(['api', 'bad', 'browser', 'cancel']));
    expect(ids.items.find((i) => i.label === 'browser')?.textEdit.newText).toBe('browser")}}');
    const shown = (await pull.rpc.sendRequest('textDocument/hover', position)) as { contents: { value: string } };
    expect(shown.contents.value).toContain('In the environment “dev”: Grant Type `Client Credentials`, Token URL `https://{{authHost}}/token`, Client ID `cli`.');
    expect(shown.contents.value).not.toContain('s3cret');
    const report = (await pull.rpc.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri('oauth/a.http') } })) as { items: { code: string; range: { start: { line: number; character: number } } }[] };
    expect(report.items.filter((d) => d.code === 'HTTP1060').map((d) => d.range.start)).toEqual([{ line: 6, character: text.split('\n')[6]?.indexOf('{{$auth.token("nope")}}') }]);
    type At = { headers: [string, string][]; authProblems?: string[]; cancelled?: boolean };
    const at = async (line: number) => (await pull.rpc.sendRequest('httplens/requestAt', { textDocument: { uri: uri('oauth/a.http') }, position: { line, character: 0 } })) as At;
    pull.authRequests.length = 0;
    const first = await at(0);
    expect(first.headers).toEqual(expect.arrayContaining([['Authorization', 'Bearer at-1'], ['X-Id', 'it']]));
    expect(first.authProblems).toEqual([]);
    // the token request the server built: variables from the environment, the private secret, the client in the form
    expect(pull.authRequests).toEqual([
      {
        id: 'api',
        environment: 'dev',
        request: {
          method: 'POST',
          url: 'https://auth.example/token',
          headers: [['Content-Type', 'application/x-www-form-urlencoded'], ['Accept', 'application/json']],
          body: 'grant_type=client_credentials&client_id=cli&client_secret=s3cret',
          useIdToken: false,
        },
      },
    ]);
    // kept: asked again, the request takes the same token without a new token request
    expect((await at(0)).headers).toContainEqual(['Authorization', 'Bearer at-1']);
    expect(pull.authRequests).toHaveLength(1);
    const other = await at(5);
    expect(other.authProblems).toEqual([
      '$auth.token("bad"): the token endpoint answered 401: invalid_client.',
      '$auth.token("browser"): the token endpoint answered 401: invalid_client.',
      `$auth.token("nope"): environment 'dev' has no Security.Auth configuration "nope".`,
    ]);
    expect((await at(9)).cancelled).toBe(true);
    expect(pull.authRequests.map((r) => r.id)).toEqual(['api', 'bad', 'browser', 'cancel']);
    // an authorization code grant: the client is given the sign-in to run before it sends the token request
    expect(pull.authRequests[2]?.request).toMatchObject({
      body: 'grant_type=authorization_code&client_id=z',
      signIn: { url: 'https://auth.example/authorize?response_type=code&client_id=z&redirect_uri=http%3A%2F%2F127.0.0.1%3A8765%2Fcb', redirectUri: 'http://127.0.0.1:8765/cb' },
    });
  });

  it('lists the configurations of the selected environment with the tokens kept, gets a new token on request, and forgets the kept ones', async () => {
    // after the test above: the environment dev is selected, and a token of api is kept
    const doc = { textDocument: { uri: uri('oauth/a.http') } };
    type Listed = { environment: string | null; configurations: { id: string; grantType: string | null; kept: { expiresAt: number | null; refreshable: boolean } | null }[] };
    const listed = (await pull.rpc.sendRequest('httplens/authConfigurations', doc)) as Listed;
    expect(listed.environment).toBe('dev');
    expect(listed.configurations.map((c) => [c.id, c.grantType, c.kept === null ? null : c.kept.refreshable])).toEqual([
      ['api', 'Client Credentials', false],
      ['bad', 'Client Credentials', null],
      ['browser', 'Authorization Code', null],
      ['cancel', 'Client Credentials', null],
    ]);
    const expiresAt = listed.configurations[0]?.kept?.expiresAt ?? 0;
    expect(expiresAt - Date.now()).toBeGreaterThan(3500_000);
    // a new token although one is kept: the full request is sent again, and the requests after use the new token
    pull.authRequests.length = 0;
    const got = (await pull.rpc.sendRequest('httplens/acquireToken', { ...doc, id: 'api' })) as { accessToken: string; expiresIn?: number };
    expect(got.accessToken).toBe('at-1');
    expect(got.expiresIn).toBeGreaterThan(3590);
    expect(pull.authRequests.map((r) => [r.id, (r.request as { body: string }).body])).toEqual([['api', 'grant_type=client_credentials&client_id=cli&client_secret=s3cret']]);
    const at = async () => (await pull.rpc.sendRequest('httplens/requestAt', { ...doc, position: { line: 0, character: 0 } })) as { headers: [string, string][] };
    expect((await at()).headers).toContainEqual(['Authorization', 'Bearer at-1']);
    expect(pull.authRequests).toHaveLength(1);
    // why there is none: an error answer, an id the environment lacks; a cancelled sign-in
    expect(await pull.rpc.sendRequest('httplens/acquireToken', { ...doc, id: 'bad' })).toEqual({ problem: 'the token endpoint answered 401: invalid_client' });
    expect(await pull.rpc.sendRequest('httplens/acquireToken', { ...doc, id: 'nope' })).toEqual({ problem: `environment 'dev' has no Security.Auth configuration "nope"` });
    expect(await pull.rpc.sendRequest('httplens/acquireToken', { ...doc, id: 'cancel' })).toEqual({ cancelled: true });
    // forgotten: the next request asks the client again
    expect(((await pull.rpc.sendRequest('httplens/forgetTokens', {})) as { forgotten: number }).forgotten).toBeGreaterThanOrEqual(1);
    expect(((await pull.rpc.sendRequest('httplens/authConfigurations', doc)) as Listed).configurations.every((c) => c.kept === null)).toBe(true);
    pull.authRequests.length = 0;
    expect((await at()).headers).toContainEqual(['Authorization', 'Bearer at-1']);
    expect(pull.authRequests.map((r) => r.id)).toEqual(['api']);
    // with no environment selected there is nothing to list, nor to get
    await pull.rpc.sendRequest('httplens/setEnvironment', { name: null });
    expect(await pull.rpc.sendRequest('httplens/authConfigurations', doc)).toEqual({ environment: null, configurations: [] });
    expect(await pull.rpc.sendRequest('httplens/acquireToken', { ...doc, id: 'api' })).toEqual({ problem: 'no environment is selected: the Security.Auth configurations are those of an environment' });
    await pull.rpc.sendRequest('httplens/setEnvironment', { name: 'dev' });
  });

  it('asks the client to refresh an expired token with its refresh token first, and keeps the refresh token the answer lacks', async () => {
    const dir = join(workspace, 'refresh');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'http-client.env.json'), JSON.stringify({ dev: { Security: { Auth: { short: { Type: 'OAuth2', 'Grant Type': 'Client Credentials', 'Token URL': 'https://auth.example/token', 'Client ID': 'app', 'Client Secret': 's' } } } } }));
    await open(pull, 'refresh/r.http', 'GET https://api.example/me\nAuthorization: Bearer {{$auth.token("short")}}\n');
    await pull.rpc.sendRequest('httplens/setEnvironment', { name: 'dev' });
    const at = async () => (await pull.rpc.sendRequest('httplens/requestAt', { textDocument: { uri: uri('refresh/r.http') }, position: { line: 0, character: 0 } })) as { headers: [string, string][] };
    pull.authRequests.length = 0;
    expect((await at()).headers).toContainEqual(['Authorization', 'Bearer first']);
    // over at once: the refresh request, with the client in the form as in the first request
    expect((await at()).headers).toContainEqual(['Authorization', 'Bearer refreshed-2']);
    expect(pull.authRequests.map((r) => (r.request as { body: string }).body)).toEqual(['grant_type=client_credentials&client_id=app&client_secret=s', 'grant_type=refresh_token&refresh_token=rt-1&client_id=app&client_secret=s']);
    // the refreshed token is kept for its hour
    expect((await at()).headers).toContainEqual(['Authorization', 'Bearer refreshed-2']);
    expect(pull.authRequests).toHaveLength(2);
  });

  it("has the client get the token of httpYac's Authorization: oauth2 shorthand (client_credentials), as httpYac builds its request", async () => {
    const text = ['@oauth2_tokenEndpoint = https://auth.example/token', '@oauth2_clientId = cli', '@oauth2_clientSecret = s3cret', '###', 'GET https://api.example/me', 'Authorization: oauth2 client_credentials', '', '###', 'GET https://api.example/code', 'Authorization: oauth2 implicit', ''].join('\n');
    await open(pull, 'oauth/httpyac.http', text);
    type At = { headers: [string, string][]; authProblems?: string[]; sendable: boolean; diagnostics: { code: string }[] };
    const at = async (line: number) => (await pull.rpc.sendRequest('httplens/requestAt', { textDocument: { uri: uri('oauth/httpyac.http') }, position: { line, character: 0 } })) as At;
    pull.authRequests.length = 0;
    const r = await at(4);
    expect(r.sendable).toBe(true);
    expect(r.headers).toContainEqual(['Authorization', 'Bearer sh-1']);
    expect(r.diagnostics.map((d) => d.code)).toContain('HTTP1059');
    expect(pull.authRequests).toEqual([
      {
        id: 'oauth2 client_credentials',
        environment: 'dev',
        request: { method: 'POST', url: 'https://auth.example/token', headers: [['Content-Type', 'application/x-www-form-urlencoded'], ['Authorization', `Basic ${Buffer.from('cli:s3cret').toString('base64')}`]], body: 'grant_type=client_credentials', useIdToken: false },
      },
    ]);
    expect((await at(4)).headers).toContainEqual(['Authorization', 'Bearer sh-1']);
    expect(pull.authRequests).toHaveLength(1);
    // a flow httplens does not run: not asked for, not sent (HTTP1057)
    const code = await at(8);
    expect(code.sendable).toBe(false);
    expect(code.diagnostics.map((d) => d.code)).toContain('HTTP1057');
    expect(pull.authRequests).toHaveLength(1);
  });

  it("gives requestAt the selected environment's SSLConfiguration with absolute paths, the private file winning", async () => {
    const dir = join(workspace, 'mtls');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'http-client.env.json'), JSON.stringify({ dev: { SSLConfiguration: { clientCertificate: 'certs/client.crt', verifyHostCertificate: true } } }));
    writeFileSync(
      join(dir, 'http-client.private.env.json'),
      JSON.stringify({ dev: { SSLConfiguration: { clientCertificateKey: { path: '/keys/client.der', format: 'der' }, hasCertificatePassphrase: true, verifyHostCertificate: false, colour: 'blue' } } }),
    );
    await open(pull, 'mtls/m.http', 'GET https://{{host}}/secure\n');
    const at = async () => ((await pull.rpc.sendRequest('httplens/requestAt', { textDocument: { uri: uri('mtls/m.http') }, position: { line: 0, character: 0 } })) as { url: string; ssl: unknown }).ssl;
    await pull.rpc.sendRequest('httplens/setEnvironment', { name: 'dev' });
    expect(await at()).toEqual({
      clientCertificate: { path: join(dir, 'certs', 'client.crt'), format: 'PEM' },
      clientCertificateKey: { path: '/keys/client.der', format: 'DER' },
      hasCertificatePassphrase: true,
      verifyHostCertificate: false,
      ignored: [`${join(dir, 'http-client.private.env.json')}: SSLConfiguration.colour`],
    });
    // an environment without one, no environment, and a document in a folder without one
    await pull.rpc.sendRequest('httplens/setEnvironment', { name: 'prod' });
    expect(await at()).toBeNull();
    await pull.rpc.sendRequest('httplens/setEnvironment', { name: null });
    expect(await at()).toBeNull();
    await pull.rpc.sendRequest('httplens/setEnvironment', { name: 'dev' });
    await open(pull, 'plain.http', 'GET https://{{host}}/\n');
    expect(((await pull.rpc.sendRequest('httplens/requestAt', { textDocument: { uri: uri('plain.http') }, position: { line: 0, character: 0 } })) as { ssl: unknown }).ssl).toBeNull();
  });

  it('answers requestAt with what is sent: a GraphQL query as JSON, multipart lines with CRLF, an included file byte for byte', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0x0a]);
    writeFileSync(join(workspace, 'logo.png'), png);
    const text = [
      'POST https://api.example.com/graphql',
      'X-Request-Type: GraphQL',
      '',
      'query Me { me { id } }',
      '',
      '###',
      'POST https://api.example.com/upload',
      'Host: upload.example.com',
      'Content-Type: multipart/form-data; boundary=B',
      '',
      '--B',
      'Content-Disposition: form-data; name="logo"; filename="logo.png"',
      '',
      '< ./logo.png',
      '--B--',
      '',
    ].join('\n');
    await open(pull, 'send.http', text);
    type At = { method: string; headers: [string, string][]; body: string | null; bodyBase64: string | null };
    const at = async (line: number) => (await pull.rpc.sendRequest('httplens/requestAt', { textDocument: { uri: uri('send.http') }, position: { line, character: 0 } })) as At;
    const graphql = await at(0);
    expect(graphql.method).toBe('POST');
    expect(JSON.parse(graphql.body ?? '')).toEqual({ query: 'query Me { me { id } }', operationName: 'Me' });
    expect(graphql.headers).toEqual([['Content-Type', 'application/json']]);
    expect(graphql.bodyBase64).toBeNull();
    const upload = await at(6);
    // the request's own Host is kept; the Content-Length the builder added is left to the transport
    expect(upload.headers).toEqual([['Host', 'upload.example.com'], ['Content-Type', 'multipart/form-data; boundary=B']]);
    const bytes = Buffer.from(upload.bodyBase64 ?? '', 'base64');
    expect(bytes).toEqual(Buffer.concat([Buffer.from('--B\r\nContent-Disposition: form-data; name="logo"; filename="logo.png"\r\n\r\n'), png, Buffer.from('\r\n--B--\r\n')]));
  });

  it('explains received bytes: diagnostics and caching', async () => {
    const text = 'HTTP/1.1 200 OK\r\nDate: Tue, 24 Nov 2026 10:00:00 GMT\r\nCache-Control: public, max-age=3600\r\nVary: *\r\nContent-Length: 0\r\n\r\n';
    const info = (await pull.rpc.sendRequest('httplens/responseInfo', { text, now: Date.UTC(2026, 10, 24, 10, 0, 0) })) as {
      diagnostics: { code: string }[]; caching: { shared: { storable: boolean; freshnessLifetime: number; summary: string } };
    };
    expect(info.diagnostics.map((d) => d.code)).toContain('HTTP0565');
    expect(info.caching.shared.freshnessLifetime).toBe(3600);
    expect(info.caching.shared.summary).toMatch(/1 hour/);
    expect(info.diagnostics.map((d) => d.code)).not.toContain('HTTP0573');
    // the same response received ten minutes after its Date: the server's clock is behind
    const late = Date.UTC(2026, 10, 24, 10, 10, 0);
    const skewed = (await pull.rpc.sendRequest('httplens/responseInfo', { text, now: late, requestTime: late - 200, responseTime: late })) as { diagnostics: { code: string; message: string }[] };
    expect(skewed.diagnostics.find((d) => d.code === 'HTTP0573')?.message).toMatch(/10 minutes behind/);
  });

  it("checks the request's httpYac assert lines against the response (httplens/responseInfo with exchange)", async () => {
    const file = ['@wanted = 7', '', 'GET https://{{host}}/item', '', '?? status == 200', '?? header content-type includes json', '?? body id == {{wanted}}', '?? body id > 10', '?? duration < 1000', '?? js response.parsedBody.id == 7', ''].join('\n');
    await open(pull, 'asserts.http', file);
    const resolved = (await pull.rpc.sendRequest('httplens/requestAt', { textDocument: { uri: uri('asserts.http') }, position: { line: 2, character: 0 } })) as { index: number; asserts: number };
    expect(resolved.asserts).toBe(6);
    const body = '{"id": 7}';
    const text = `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    const info = (await pull.rpc.sendRequest('httplens/responseInfo', { text, exchange: { textDocument: { uri: uri('asserts.http') }, index: resolved.index, body, timings: { total: 12 } } })) as { asserts: { outcome: string; message: string; skipped?: string }[] };
    expect(info.asserts.map((a) => [a.outcome, a.message])).toEqual([
      ['passed', 'status == 200'],
      ['passed', 'content-type contains json'],
      ['passed', 'id == 7'],
      ['failed', 'id (7) > 10'],
      ['passed', 'duration < 1000'],
      ['skipped', 'js response.parsedBody.id == 7'],
    ]);
    // without `asserts`, none are checked; a document that is not open gives none
    expect(await pull.rpc.sendRequest('httplens/responseInfo', { text })).not.toHaveProperty('asserts');
    expect(((await pull.rpc.sendRequest('httplens/responseInfo', { text, exchange: { textDocument: { uri: uri('gone.http') }, index: 0, body } })) as { asserts: unknown[] }).asserts).toEqual([]);
  });

  it("applies a JetBrains response handler's client.global.set to the session's variables and checks its client.test (httplens/responseInfo with exchange)", async () => {
    const file = ['POST https://{{host}}/login', '', '> {%', '  client.global.set("session_token", response.body.token);', '  client.global.set("later", response.body.token.slice(1));', '  client.test("has a token", function () { client.assert(response.body.token.length > 2, "short token"); });', '%}', '', '###', 'GET https://{{host}}/me', 'Authorization: Bearer {{session_token}}', ''].join('\n');
    await open(pull, 'handler.http', file);
    const first = (await pull.rpc.sendRequest('httplens/requestAt', { textDocument: { uri: uri('handler.http') }, position: { line: 0, character: 0 } })) as { index: number; handlers: number };
    expect(first.handlers).toBe(1);
    const body = '{"token": "s-1"}';
    const text = `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    const info = (await pull.rpc.sendRequest('httplens/responseInfo', { text, exchange: { textDocument: { uri: uri('handler.http') }, index: first.index, body } })) as { globals: { set: string[]; notSet: string[] }; asserts: { text: string; outcome: string; message: string }[] };
    expect(info.globals).toEqual({ set: ['session_token'], notSet: ['later'] });
    // its test, checked with the asserts: the token "s-1" is 3 characters long
    expect(info.asserts.map((a) => [a.text, a.outcome, a.message])).toEqual([['has a token', 'passed', 'has a token']]);
    const second = (await pull.rpc.sendRequest('httplens/requestAt', { textDocument: { uri: uri('handler.http') }, position: { line: 9, character: 0 } })) as { headers: [string, string][]; values: { source: { kind: string } }[] };
    expect(second.headers).toContainEqual(['Authorization', 'Bearer s-1']);
    expect(second.values.map((v) => v.source.kind)).toContain('global');
  });

  it('plans Send All for a JetBrains file with run lines (httplens/runPlan): imported requests, whole files, the values given', async () => {
    writeFileSync(join(workspace, 'plan-auth.http'), '### Log in\nPOST https://{{host}}/login\n\n###\nGET https://{{host}}/who/{{user}}\n');
    await open(pull, 'plan.http', ['import ./plan-auth.http', '', 'run #Log in (@user=bob)', '', '###', 'GET https://{{host}}/me', '', '###', 'run ./plan-auth.http', '', 'run #nowhere', ''].join('\n'));
    const plan = (await pull.rpc.sendRequest('httplens/runPlan', { textDocument: { uri: uri('plan.http') } })) as { steps: ({ uri: string; position: { line: number }; overrides?: Record<string, string> } | { problem: string; target: string })[] };
    expect(plan.steps).toEqual([
      { uri: uri('plan-auth.http'), position: { line: 0, character: 0 }, overrides: { user: 'bob' } },
      { uri: uri('plan.http'), position: { line: 4, character: 0 } },
      { uri: uri('plan-auth.http'), position: { line: 0, character: 0 }, overrides: {} },
      { uri: uri('plan-auth.http'), position: { line: 3, character: 0 }, overrides: {} },
      { problem: "no request named 'nowhere' in this file or the files it imports", target: '#nowhere' },
    ]);
    // one run line alone (its Run lens): from anywhere on it; elsewhere, nothing
    const line = async (n: number, character = 3) => ((await pull.rpc.sendRequest('httplens/runPlan', { textDocument: { uri: uri('plan.http') }, position: { line: n, character } })) as typeof plan).steps;
    expect(await line(2, 12)).toEqual([{ uri: uri('plan-auth.http'), position: { line: 0, character: 0 }, overrides: { user: 'bob' } }]);
    expect(await line(8)).toEqual([
      { uri: uri('plan-auth.http'), position: { line: 0, character: 0 }, overrides: {} },
      { uri: uri('plan-auth.http'), position: { line: 3, character: 0 }, overrides: {} },
    ]);
    expect(await line(5)).toEqual([]);
    // the values a run line gives come before the environment's
    await open(pull, 'plan-auth.http', '### Log in\nPOST https://{{host}}/login\n\n###\nGET https://{{host}}/who/{{user}}\n');
    const r = (await pull.rpc.sendRequest('httplens/requestAt', { textDocument: { uri: uri('plan-auth.http') }, position: { line: 3, character: 0 }, overrides: { user: 'carol', host: 'run.example', bad: 1 } })) as { url: string };
    expect(r.url).toBe('https://run.example/who/carol');
  });

  it('explains a large response from its head and the first bytes of its body, without problems of the cut', async () => {
    type Info = { diagnostics: { code: string; range: { start: { line: number } } }[]; caching: { shared: { freshnessLifetime: number } } };
    const now = Date.UTC(2026, 10, 24, 10, 0, 0);
    const prefix = 64 * 1024;
    const head = (framing: string) => `HTTP/1.1 200 OK\r\nDate: Tue, 24 Nov 2026 10:00:00 GMT\r\nContent-Type: application/json\r\nCache-Control: max-age=60\r\nPragma: no-cache\r\n${framing}\r\n\r\n`;
    const length = 40 * 1024 * 1024;
    // Content-Length of 40 MB, 64 KiB of it sent
    const byLength = head(`Content-Length: ${length}`);
    const jsonPrefix = `[${'{"id":1},'.repeat(prefix / 9)}`.slice(0, prefix);
    // chunked, cut inside a chunk's data and inside a chunk-size line
    const chunk = `8000\r\n${'x'.repeat(0x8000)}\r\n`;
    const chunked = head('Transfer-Encoding: chunked');
    const cuts = [
      { text: byLength + jsonPrefix, length },
      { text: (chunked + chunk.repeat(3)).slice(0, chunked.length + prefix), length },
      { text: `${chunked}${chunk}80`, length },
      { text: `${chunked}${chunk}8000\r`, length },
    ];
    for (const cut of cuts) {
      const info = (await pull.rpc.sendRequest('httplens/responseInfo', { text: cut.text, partialBody: { length: cut.length }, now })) as Info;
      // Pragma in a response (a head problem) is still reported; nothing about the body's end
      expect(info.diagnostics.map((d) => d.code).sort(), cut.text.slice(-20)).toEqual(['HTTP3003', 'HTTP3117']);
      expect(info.caching.shared.freshnessLifetime).toBe(60);
    }
    // without the flag each text is a response cut short
    for (const cut of cuts) {
      const unflagged = (await pull.rpc.sendRequest('httplens/responseInfo', { text: cut.text, now })) as Info;
      expect(unflagged.diagnostics.map((d) => d.code).filter((c) => !['HTTP3003', 'HTTP3117'].includes(c)), cut.text.slice(-20)).not.toEqual([]);
    }
    // a real problem in the part of the body that was sent is kept
    const bad = (await pull.rpc.sendRequest('httplens/responseInfo', { text: `${chunked}zz\r\nab\r\n${chunk}`, partialBody: { length }, now })) as Info;
    expect(bad.diagnostics.map((d) => d.code)).toContain('HTTP0120');
  });

  it('answers a failing handler with an LSP error and keeps serving', async () => {
    await expect(pull.rpc.sendRequest('textDocument/hover', { textDocument: { uri: uri('c.http') }, position: null })).rejects.toMatchObject({ code: -32603 });
    const hover = await pull.rpc.sendRequest('textDocument/hover', { textDocument: { uri: uri('c.http') }, position: { line: 1, character: 3 } });
    expect(hover).not.toBeNull();
  });

  it('keeps answering after requests on unopened documents, positions and edits past the end, and data it did not make', async () => {
    const never = { textDocument: { uri: uri('never-opened.http') } };
    expect(await pull.rpc.sendRequest('textDocument/hover', { ...never, position: { line: 0, character: 0 } })).toBeNull();
    expect(await pull.rpc.sendRequest('textDocument/formatting', { ...never, options: { tabSize: 2, insertSpaces: true } })).toEqual([]);
    expect(await pull.rpc.sendRequest('textDocument/diagnostic', never)).toEqual({ kind: 'full', items: [] });
    await expect(pull.rpc.sendRequest('httplens/requestAt', { ...never, position: { line: 0, character: 0 } })).rejects.toMatchObject({ code: -32602 });

    await open(pull, 'edge.http', 'GET https://a.example/\nCache-Control: max-age=1, max-age=1\n');
    const at = (line: number, character: number) => ({ textDocument: { uri: uri('edge.http') }, position: { line, character } });
    for (const position of [at(1_000, 1_000), at(1, 10_000), at(-1, -1)]) {
      await pull.rpc.sendRequest('textDocument/hover', position);
      await pull.rpc.sendRequest('textDocument/completion', position);
      await pull.rpc.sendRequest('textDocument/definition', position);
      await pull.rpc.sendRequest('textDocument/rename', { ...position, newName: 'x' });
    }
    // an edit whose range lies past the end is applied at the end
    await pull.rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri('edge.http'), version: 2 },
      contentChanges: [{ range: { start: { line: 50, character: 0 }, end: { line: 60, character: 5 } }, text: 'Content-Lenght: 1\n' }],
    });
    const report = (await pull.rpc.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri('edge.http') } })) as { items: { code: string; range: { start: { line: number } } }[] };
    expect(report.items.find((d) => d.code === 'HTTP3001')?.range.start.line).toBe(2);

    // completion items come back from the client as it pleases
    const resolved = (await pull.rpc.sendRequest('completionItem/resolve', { label: 'Accept', data: { field: 'Accept', locale: 'xx' } })) as { documentation?: { value: string } };
    expect(resolved.documentation?.value).toContain('**Accept**');
    await expect(pull.rpc.sendRequest('httplens/responseReceived', { name: 'x' })).rejects.toMatchObject({ code: -32602 });
    expect(await pull.rpc.sendRequest('textDocument/hover', at(1, 3))).not.toBeNull();
  });

  it('survives 10,000 random edits and still answers', async () => {
    const name = 'fuzz.http';
    let text = 'GET https://a.example/\nAccept: */*\n\n{"a": 1}\n';
    await open(pull, name, text);
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = ['{{', '}}', '\n', '#', '@', ':', ' ', 'GET ', 'HTTP/1.1', '\r', '"', ',', 'x', 'é', '###\n'];
    const lines = () => text.split('\n');
    for (let version = 2; version < 10_002; version++) {
      const ls = lines();
      const line = Math.floor(random() * ls.length);
      const len = ls[line]?.length ?? 0;
      const character = Math.floor(random() * (len + 1));
      const del = random() < 0.4 ? Math.floor(random() * 5) : 0;
      const insert = random() < 0.7 ? (alphabet[Math.floor(random() * alphabet.length)] as string) : '';
      const end = Math.min(character + del, len);
      const offsetOf = (l: number, c: number) => ls.slice(0, l).reduce((n, s) => n + s.length + 1, 0) + c;
      const start = offsetOf(line, character);
      text = text.slice(0, start) + insert + text.slice(offsetOf(line, end));
      void pull.rpc.sendNotification('textDocument/didChange', {
        textDocument: { uri: uri(name), version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character: end } }, text: insert }],
      });
    }
    const symbols = (await pull.rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uri(name) } })) as unknown[];
    expect(Array.isArray(symbols)).toBe(true);
    const report = (await pull.rpc.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri(name) } })) as { kind: string };
    expect(report.kind).toBe('full');
  }, 120_000);

  it('shuts down cleanly', async () => {
    expect(await stop(push)).toBe(0);
    expect(await stop(pull)).toBe(0);
  });
});

describe('language server: changes to settings and workspace files, without a restart', () => {
  let dir: string;
  let client: Client;
  let settings: Record<string, unknown> = {};
  const registrations: unknown[] = [];
  const at = (name: string) => pathToFileURL(join(dir, name)).href;
  const codes = (d: { code: string }[]) => d.map((x) => x.code).sort();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'httplens-lsp-settings-'));
    writeFileSync(join(dir, 'http-client.env.json'), JSON.stringify({ dev: { host: 'localhost' } }));
    writeFileSync(join(dir, '.env'), 'SECRET=s3cr3t-value\n');
    client = await start({ textDocument: { publishDiagnostics: {} }, workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } }, dir, {}, () => settings, registrations);
  }, 60_000);

  afterAll(async () => {
    if (client && client.process.exitCode === null) await stop(client);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('asks an editor that registers watchers dynamically to watch the environment and configuration files', async () => {
    await client.rpc.sendRequest('httplens/environments');
    expect(JSON.stringify(registrations)).toContain('http-client.env.json');
    expect(JSON.stringify(registrations)).toContain('workspace/didChangeWatchedFiles');
  });

  it('applies changed severities, locale and dialect on workspace/didChangeConfiguration', async () => {
    await client.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: at('s.http'), languageId: 'http', version: 1, text: 'GET https://{{host}}/\nContent-Lenght: 1\n' } });
    expect(codes(await client.waitForDiagnostics(at('s.http'), (d) => d.length > 0))).toEqual(['HTTP3001']);
    settings = { locale: 'zh-CN', diagnostics: { severity: { HTTP3001: 'off' } } };
    await client.rpc.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitForDiagnostics(at('s.http'), (d) => d.length === 0);
    const hover = (await client.rpc.sendRequest('textDocument/hover', { textDocument: { uri: at('s.http') }, position: { line: 1, character: 3 } })) as { contents: { value: string } };
    expect(hover.contents.value).toMatch(/\p{Script=Han}/u);
    settings = {};
    await client.rpc.sendNotification('workspace/didChangeConfiguration', { settings: null });
    expect(codes(await client.waitForDiagnostics(at('s.http'), (d) => d.length > 0))).toEqual(['HTTP3001']);
  });

  it('republishes diagnostics when an environment file changes, and keeps serving when one cannot be read', async () => {
    await client.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: at('e.http'), languageId: 'http', version: 1, text: 'GET https://{{host}}/{{path}}\n' } });
    expect(codes(await client.waitForDiagnostics(at('e.http'), (d) => d.length > 0))).toEqual(['HTTP1006']);
    writeFileSync(join(dir, 'http-client.env.json'), JSON.stringify({ dev: { host: 'localhost', path: 'v1' } }));
    await client.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: at('http-client.env.json'), type: 2 }] });
    await client.waitForDiagnostics(at('e.http'), (d) => d.length === 0);
    // a private environment file that is a directory: the other files still count
    mkdirSync(join(dir, 'http-client.private.env.json'));
    await client.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: at('http-client.private.env.json'), type: 1 }] });
    await client.rpc.sendNotification('textDocument/didChange', { textDocument: { uri: at('e.http'), version: 2 }, contentChanges: [{ text: 'GET https://{{host}}/{{path}}/{{nope}}\n' }] });
    expect(codes(await client.waitForDiagnostics(at('e.http'), (d) => d.length > 0))).toEqual(['HTTP1006']);
    expect(client.process.exitCode).toBeNull();
  });

  it("reads a file that httpYac's # @import names again when it changes on disk, without settings read again", async () => {
    expect(JSON.stringify(registrations)).toContain('**/*.{http,rest}');
    writeFileSync(join(dir, 'shared.http'), '@base = https://api.example\n');
    await client.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: at('importer.http'), languageId: 'http', version: 1, text: '# @import ./shared.http\n\n###\nGET {{base}}/items?key={{apiKey}}\n' } });
    // HTTP1054: the request named through # @import, which only httpYac reads
    expect(codes(await client.waitForDiagnostics(at('importer.http'), (d) => d.length > 0))).toEqual(['HTTP1006', 'HTTP1054']);
    // changed by another program while not open: the importer is read again, and its warning goes
    writeFileSync(join(dir, 'shared.http'), '@base = https://api.example\n@apiKey = k1\n');
    await client.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: at('shared.http'), type: 2 }] });
    expect(codes(await client.waitForDiagnostics(at('importer.http'), (d) => !codes(d).includes('HTTP1006')))).toEqual(['HTTP1054']);
    // deleted: HTTP1063 (the file cannot be read), and its names are undefined
    rmSync(join(dir, 'shared.http'));
    await client.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: at('shared.http'), type: 3 }] });
    expect(codes(await client.waitForDiagnostics(at('importer.http'), (d) => codes(d).includes('HTTP1063')))).toEqual(['HTTP1006', 'HTTP1006', 'HTTP1054', 'HTTP1063']);
  });

  it('hovers variables with the values the request would get: .env and chained responses', async () => {
    const text = '# @name login\nPOST https://{{host}}/login\n\n###\nGET https://{{host}}/?s={{$dotenv SECRET}}\nAuthorization: Bearer {{login.response.body.$.token}}\n';
    await client.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: at('h.http'), languageId: 'http', version: 1, text } });
    await client.rpc.sendRequest('httplens/responseReceived', { name: 'login', response: { status: 200, headers: [['Content-Type', 'application/json']], body: '{"token":"abc"}' } });
    const hover = async (line: number, character: number) =>
      ((await client.rpc.sendRequest('textDocument/hover', { textDocument: { uri: at('h.http') }, position: { line, character } })) as { contents: { value: string } }).contents.value;
    expect(await hover(4, 30)).toContain('s3'); // masked: its first two characters
    expect(await hover(5, 30)).toContain('`abc`');
    // names every object has are no variables of the .env file, the process or an environment (the hover failed before)
    const members = 'GET https://x/{{$dotenv constructor}}/{{$processEnv toString}}/{{constructor}}\n';
    await client.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: at('m.http'), languageId: 'http', version: 1, text: members } });
    const memberHover = async (name: string) =>
      ((await client.rpc.sendRequest('textDocument/hover', { textDocument: { uri: at('m.http') }, position: { line: 0, character: members.indexOf(name) + 1 } })) as { contents: { value: string } }).contents.value;
    expect(await memberHover('$dotenv constructor')).toContain('_unresolved_');
    expect(await memberHover('$processEnv toString')).toContain('_unresolved_');
    expect(await memberHover('{{constructor}}')).toContain('_unresolved_');
  });
});

describe('language server: a client that cannot be asked for settings (Neovim 0.7, which nvim-lspconfig makes push them)', () => {
  const codes = (d: { code: string }[]) => d.map((x) => x.code).sort();

  it('takes the httplens section of workspace/didChangeConfiguration, and the first diagnostics already follow it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'httplens-lsp-pushed-'));
    const at = (name: string) => pathToFileURL(join(dir, name)).href;
    const c = await start({ textDocument: { publishDiagnostics: {} }, workspace: { configuration: false } }, dir, {}, () => {
      throw new Error('a client without the capability is not asked');
    });
    try {
      // opened before the settings arrive, longer before than diagnostics wait for a change (150 ms): the settings
      // still decide the first diagnostics, which would otherwise be published by now
      await c.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: at('p.http'), languageId: 'http', version: 1, text: 'GET https://x.example/\nContent-Lenght: 1\nMax-Forwards: 2\n' } });
      await new Promise((r) => setTimeout(r, 300));
      await c.rpc.sendNotification('workspace/didChangeConfiguration', { settings: { httplens: { diagnostics: { severity: { HTTP3001: 'off' } } } } });
      expect(codes(await c.waitForDiagnostics(at('p.http'), (d) => d.length > 0))).toEqual(['HTTP0506']);
      // a later push replaces the section; settings without it mean the defaults
      await c.rpc.sendNotification('workspace/didChangeConfiguration', { settings: { other: true } });
      expect(codes(await c.waitForDiagnostics(at('p.http'), (d) => d.some((x) => x.code === 'HTTP3001')))).toEqual(['HTTP0506', 'HTTP3001']);
    } finally {
      if (c.process.exitCode === null) await stop(c);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('publishes with the defaults when such a client pushes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'httplens-lsp-silent-'));
    const at = (name: string) => pathToFileURL(join(dir, name)).href;
    const c = await start({ textDocument: { publishDiagnostics: {} }, workspace: { configuration: false } }, dir);
    try {
      await c.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: at('q.http'), languageId: 'http', version: 1, text: 'GET https://x.example/\nContent-Lenght: 1\n' } });
      expect(codes(await c.waitForDiagnostics(at('q.http'), (d) => d.length > 0))).toEqual(['HTTP3001']);
    } finally {
      if (c.process.exitCode === null) await stop(c);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('language server: a client without workspace/diagnostic/refresh', () => {
  it('is not sent the refresh (an error answer would end the server) and keeps serving after an environment change', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'httplens-lsp-norefresh-'));
    writeFileSync(join(dir, 'http-client.env.json'), JSON.stringify({ dev: { host: 'localhost' } }));
    const c = await start({ textDocument: { diagnostic: { dynamicRegistration: false } } }, dir);
    let refreshes = 0;
    c.rpc.onRequest('workspace/diagnostic/refresh', () => {
      refreshes++;
      throw new Error('unsupported');
    });
    try {
      await c.rpc.sendRequest('httplens/setEnvironment', { name: 'dev' });
      await c.rpc.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await new Promise((r) => setTimeout(r, 300));
      expect(refreshes).toBe(0);
      expect(await c.rpc.sendRequest('httplens/environments')).toEqual({ selected: 'dev', names: ['dev'] });
    } finally {
      if (c.process.exitCode === null) await stop(c);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is sent the refresh when it declares refreshSupport', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'httplens-lsp-refresh-'));
    const c = await start({ textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true, diagnostics: { refreshSupport: true } } }, dir);
    let refreshes = 0;
    c.rpc.onRequest('workspace/diagnostic/refresh', () => {
      refreshes++;
      return null;
    });
    try {
      await c.rpc.sendRequest('httplens/setEnvironment', { name: null });
      await new Promise((r) => setTimeout(r, 300));
      expect(refreshes).toBeGreaterThan(0);
    } finally {
      if (c.process.exitCode === null) await stop(c);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
