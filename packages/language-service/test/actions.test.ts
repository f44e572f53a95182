import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Range, TextEdit } from 'vscode-languageserver-types';
import { cursor, doc, service } from './helpers.js';

const ls = service();

/** All code actions at the cursor, with the document's own diagnostics as context. */
function actionsAt(marked: string, languageId = 'http') {
  const { text, offset } = cursor(marked);
  const d = doc(text, languageId);
  const pos = d.positionAt(offset);
  const range: Range = { start: pos, end: pos };
  const diagnostics = ls.doValidation(d).filter((x) => d.offsetAt(x.range.start) <= offset && offset <= d.offsetAt(x.range.end));
  return { d, actions: ls.doCodeActions(d, range, diagnostics) };
}

function applyAction(d: TextDocument, action: CodeAction | undefined): string {
  const edits = action?.edit?.changes?.[d.uri] as TextEdit[] | undefined;
  if (!edits) throw new Error(`no edit in ${action?.title}`);
  return TextDocument.applyEdits(d, edits);
}

const find = (actions: CodeAction[], prefix: string) => actions.find((a) => a.title.startsWith(prefix));

describe('doCodeActions', () => {
  it('fixes a misspelled field name (HTTP3001)', () => {
    const { d, actions } = actionsAt('GET https://a.example/\nAuthoriz|aiton: Bearer x\n');
    expect(applyAction(d, find(actions, 'Change to Authorization'))).toBe('GET https://a.example/\nAuthorization: Bearer x\n');
  });

  it('replaces an obsoleted field with its successor where the value fits it, converted where it translates', () => {
    const pragma = actionsAt('GET https://a.example/\nPra|gma: no-cache\n');
    expect(applyAction(pragma.d, pragma.actions.find((a) => a.kind === 'quickfix' && a.title.startsWith('Change to')))).toBe('GET https://a.example/\nCache-Control: no-cache\n');
    const xff = actionsAt('GET https://a.example/\nX-Forwarded-|For: 192.0.2.1, 2001:db8::1\n');
    expect(applyAction(xff.d, xff.actions.find((a) => a.kind === 'quickfix' && a.title.startsWith('Change to')))).toBe('GET https://a.example/\nForwarded: for=192.0.2.1, for="[2001:db8::1]"\n');
    const xfo = actionsAt('HTTP/1.1 200 OK\r\nX-Frame-|Options: SAMEORIGIN\r\n\r\n', 'http-message');
    expect(applyAction(xfo.d, xfo.actions.find((a) => a.kind === 'quickfix' && a.title.startsWith('Change to')))).toBe("HTTP/1.1 200 OK\r\nContent-Security-Policy: frame-ancestors 'self'\r\n\r\n");
    // Content-Digest takes a dictionary (md5=:...:, itself deprecated there): no rename that would only trade diagnostics
    const md5 = actionsAt('HTTP/1.1 200 OK\r\nContent-|MD5: Q2hlY2s=\r\n\r\n', 'http-message');
    expect(md5.actions.filter((a) => a.kind === 'quickfix' && a.title.startsWith('Change to'))).toEqual([]);
  });

  it('removes a duplicated Cache-Control directive', () => {
    const { d, actions } = actionsAt('HTTP/1.1 200 OK\r\nCache-Control: max-age=60, max-a|ge=120\r\n\r\n', 'http-message');
    expect(applyAction(d, find(actions, 'Remove'))).toBe('HTTP/1.1 200 OK\r\nCache-Control: max-age=60\r\n\r\n');
  });

  it('corrects a misspelled directive', () => {
    const { d, actions } = actionsAt('HTTP/1.1 200 OK\r\nCache-Control: s-max|-age=60\r\n\r\n', 'http-message');
    expect(applyAction(d, find(actions, 'Change to s-maxage'))).toBe('HTTP/1.1 200 OK\r\nCache-Control: s-maxage=60\r\n\r\n');
  });

  it('adds a missing charset and a missing Content-Type', () => {
    const charset = actionsAt('POST https://a.example/\nContent-Type: text/pl|ain\n\nhello\n');
    expect(applyAction(charset.d, find(charset.actions, 'Add charset'))).toBe('POST https://a.example/\nContent-Type: text/plain; charset=utf-8\n\nhello\n');
    const type = actionsAt('POST https://a.example/\nAccept: */*\n\n{"a|": 1}\n');
    expect(applyAction(type.d, find(type.actions, 'Add Content-Type'))).toBe('POST https://a.example/\nAccept: */*\nContent-Type: application/json\n\n{"a": 1}\n');
  });

  it('adds a suppression comment above the line', () => {
    const { d, actions } = actionsAt('GET https://a.example/\nMax-For|wards: 2\n');
    expect(applyAction(d, find(actions, 'Ignore HTTP0506'))).toBe('GET https://a.example/\n# httplens-disable-next-line HTTP0506\nMax-Forwards: 2\n');
  });

  it('converts a cURL command into a request', () => {
    const { d, actions } = actionsAt("cu|rl -X POST https://a.example/items -H 'Content-Type: application/json' \\\n  -d '{\"a\":1}'\n");
    expect(applyAction(d, find(actions, 'Convert cURL'))).toBe('POST https://a.example/items\nContent-Type: application/json\n\n{"a":1}\n');
  });

  it('copies a request as cURL through a command', () => {
    const { actions } = actionsAt('POST https://a.example/items\nContent-Type: application/json\n\n{"a"|:1}\n');
    const copy = find(actions, 'Copy as cURL');
    expect(copy?.command?.command).toBe('httplens.copyText');
    expect(String(copy?.command?.arguments?.[0]).replace(/ \\\n\s*/g, " ")).toBe(`curl https://a.example/items -H 'Content-Type: application/json' --data-raw '{"a":1}'`);
  });

  it('converts Expires into max-age, counting from Date', () => {
    const { d, actions } = actionsAt('HTTP/1.1 200 OK\r\nDate: Tue, 24 Nov 2026 10:00:00 GMT\r\nExpires: Tue, 24 Nov 2026 11:0|0:00 GMT\r\n\r\n', 'http-message');
    expect(applyAction(d, find(actions, 'Convert Expires'))).toBe('HTTP/1.1 200 OK\r\nDate: Tue, 24 Nov 2026 10:00:00 GMT\r\nCache-Control: max-age=3600\r\n\r\n');
  });

  it('splits a combined list field into lines', () => {
    const { d, actions } = actionsAt('GET https://a.example/\nAccept-Enc|oding: gzip, br\n');
    expect(applyAction(d, find(actions, 'Split'))).toBe('GET https://a.example/\nAccept-Encoding: gzip\nAccept-Encoding: br\n');
  });

  it('writes the lines it adds with the line breaks of the document (CR LF in a file, LF in a message)', () => {
    const split = actionsAt('GET https://a.example/\r\nAccept-Enc|oding: gzip, br\r\n');
    expect(applyAction(split.d, find(split.actions, 'Split'))).toBe('GET https://a.example/\r\nAccept-Encoding: gzip\r\nAccept-Encoding: br\r\n');
    const json = actionsAt('POST https://a.example/\r\nAccept: */*\r\n\r\n{"a"|: 1}\r\n');
    expect(applyAction(json.d, find(json.actions, 'Add Content-Type'))).toBe('POST https://a.example/\r\nAccept: */*\r\nContent-Type: application/json\r\n\r\n{"a": 1}\r\n');
    const curl = actionsAt("cu|rl https://a.example/items -H 'X-A: 1'\r\n");
    expect(applyAction(curl.d, find(curl.actions, 'Convert cURL'))).toBe('GET https://a.example/items\r\nX-A: 1\r\n');
    const message = actionsAt('HTTP/1.1 200 OK\nVary: Accept, Ori|gin\nContent-Length: 0\n\n', 'http-message');
    expect(applyAction(message.d, find(message.actions, 'Split'))).toBe('HTTP/1.1 200 OK\nVary: Accept\nVary: Origin\nContent-Length: 0\n\n');
  });
});

describe('format', () => {
  const fmt = (text: string, settings = {}) => {
    const s = service({ settings: { format: settings } });
    const d = doc(text);
    return TextDocument.applyEdits(d, s.format(d));
  };

  it('normalises request lines and field lines', () => {
    expect(fmt('GET   https://a.example/   HTTP/1.1\naccept :application/json\nX-A:1\n')).toBe('GET https://a.example/ HTTP/1.1\naccept: application/json\nX-A: 1\n');
  });

  it('optionally uses registered casing and pretty-prints JSON', () => {
    const out = fmt('POST https://a.example/\ncontent-type: application/json\n\n{"a":1,"b":[1,2]}\n', { canonicalFieldNames: true, json: true });
    expect(out).toBe('POST https://a.example/\nContent-Type: application/json\n\n{\n  "a": 1,\n  "b": [\n    1,\n    2\n  ]\n}\n');
  });

  it('leaves the -H and -d arguments of a curl command as written', () => {
    const text = '###\ncurl -X PUT https://a.example -H "X-A: 1" -d @file.json\n';
    expect(fmt(text)).toBe(text);
  });

  it('rewrites only name: value lines, so a second pass changes nothing', () => {
    // a folded line, a gRPC message, a colon-less line and an empty name are kept as the parser read them
    for (const text of ['GET https://a.example/\nX-A: 1\n  continued\n', 'GRPC grpc.example/Svc/Method\n{}\n', ': value\nGET https://a.example/\nX\n:\n', 'GET https://a.example/\nX-Empty:\nX-B :  \n']) {
      const once = fmt(text);
      expect(fmt(once)).toBe(once);
    }
    expect(fmt('GET https://a.example/\nX-A: 1\n  continued\n')).toBe('GET https://a.example/\nX-A: 1\n  continued\n');
    expect(fmt('GET https://a.example/\nX-Empty:\nX-B :  \n')).toBe('GET https://a.example/\nX-Empty:\nX-B:  \n');
  });

  it('pretty-prints JSON without changing its value: numbers, escapes and repeated keys as written, with the line breaks of the document', () => {
    const json = { json: true };
    expect(fmt('POST https://a.example/\nContent-Type: application/json\n\n{"id":12345678901234567890,"f":1.0,"e":1E3,"s":"\\u00e9\\"]","k":1,"k":2,"o":{},"a":[ ]}\n', json)).toBe(
      'POST https://a.example/\nContent-Type: application/json\n\n{\n  "id": 12345678901234567890,\n  "f": 1.0,\n  "e": 1E3,\n  "s": "\\u00e9\\"]",\n  "k": 1,\n  "k": 2,\n  "o": {},\n  "a": []\n}\n',
    );
    expect(fmt('POST https://a.example/\r\nContent-Type: application/json\r\n\r\n{"a":[1]}\r\n', json)).toBe('POST https://a.example/\r\nContent-Type: application/json\r\n\r\n{\r\n  "a": [\r\n    1\r\n  ]\r\n}\r\n');
  });

  it('keeps what the request sends: a trailing comma httpYac drops, a JSON body whose Content-Length is declared', () => {
    const httpyac = service({ settings: { dialect: 'httpyac' } });
    const d = doc('GET https://a.example/\nX-A:a,\tb ,\n');
    expect(TextDocument.applyEdits(d, httpyac.format(d))).toBe('GET https://a.example/\nX-A: a,\tb ,\n');
    const sized = 'POST https://a.example/\nContent-Type: application/json\nContent-Length: 7\n\n{"a":1}\n';
    expect(fmt(sized, { json: true })).toBe(sized);
  });

  it('is idempotent', () => {
    const once = fmt('GET  https://a.example/\nx-a :1\n\n###\nPOST https://b.example/\ncontent-type: application/json\n\n{"a":1}\n', { canonicalFieldNames: true, json: true });
    expect(fmt(once, { canonicalFieldNames: true, json: true })).toBe(once);
  });
});

describe('navigation', () => {
  const FILE = '@host = a.example\n\n# @name login\nPOST https://{{host}}/login\n\n###\nGET https://{{host}}/me\nAuthorization: Bearer {{login.response.body.$.token}}\n';

  it('goes to the definition of a variable and of a named request', () => {
    const { text, offset } = cursor(FILE.replace('{{host}}/me', '{{ho|st}}/me'));
    const d = doc(text);
    expect(ls.findDefinition(d, d.positionAt(offset)).map((l) => d.offsetAt(l.range.start))).toEqual([1]);
    const at = text.indexOf('login.response') + 2;
    expect(ls.findDefinition(d, d.positionAt(at)).map((l) => text.slice(d.offsetAt(l.range.start), d.offsetAt(l.range.end)))).toEqual(['login']);
  });

  it('finds references and renames them all', () => {
    const d = doc(FILE);
    const refs = ls.findReferences(d, d.positionAt(2));
    expect(refs).toHaveLength(3);
    const edit = ls.doRename(d, d.positionAt(2), 'server');
    expect(TextDocument.applyEdits(d, edit?.changes?.[d.uri] ?? [])).toBe(FILE.replaceAll('host', 'server'));
    const login = ls.doRename(d, d.positionAt(FILE.indexOf('@name login') + 7), 'signin');
    expect(TextDocument.applyEdits(d, login?.changes?.[d.uri] ?? [])).toBe(FILE.replaceAll('login', 'signin').replace('/signin', '/login'));
  });

  it('gives code lenses to send each request and all of them', () => {
    const lenses = ls.getCodeLenses(doc(FILE));
    expect(lenses.map((l) => [l.range.start.line, l.command?.command])).toEqual([
      [3, 'httplens.sendAll'],
      [3, 'httplens.send'],
      [6, 'httplens.send'],
    ]);
  });

  it('gives each JetBrains run line a code lens that runs it, in English and Chinese', () => {
    const text = 'import ./auth.http\n\nrun #login\n\n###\nGET https://a.example/me\n\n###\nrun ./other.http (@n=1)\n';
    const jetbrains = service({ settings: { dialect: 'jetbrains' } });
    const lenses = jetbrains.getCodeLenses(doc(text));
    expect(lenses.map((l) => [l.range.start.line, l.command?.title, l.command?.command, l.command?.arguments?.[1]])).toEqual([
      [5, 'Send Request', 'httplens.send', 0],
      [2, 'Run', 'httplens.sendRun', { line: 2, character: 0 }],
      [8, 'Run', 'httplens.sendRun', { line: 8, character: 0 }],
    ]);
    expect(service({ locale: 'zh-CN', settings: { dialect: 'jetbrains' } }).getCodeLenses(doc(text)).filter((l) => l.command?.command === 'httplens.sendRun').map((l) => l.command?.title)).toEqual(['运行', '运行']);
    // REST Client reads such a line as a request: no run lens
    expect(service({ settings: { dialect: 'rest-client' } }).getCodeLenses(doc(text)).map((l) => l.command?.command)).not.toContain('httplens.sendRun');
  });

  it('links absolute URLs and included files', () => {
    const d = doc('GET https://a.example/x\n\n###\nPOST https://a.example/upload\nContent-Type: application/json\n\n< ./data/body.json\n');
    expect(ls.findDocumentLinks(d).map((l) => l.target)).toEqual(['https://a.example/x', 'https://a.example/upload', expect.stringMatching(/\/test\/data\/body\.json$/)]);
  });

  it('links the files of output redirects and JetBrains response references (not one with a variable)', () => {
    const d = TextDocument.create('file:///proj/redirects.http', 'http', 1, 'GET https://a.example/\n\n>> ./out/me.json\n>>! ./out/{{id}}.json\n\n<> ./.idea/httpRequests/2026-11-28T050000.200.json\n');
    expect(ls.findDocumentLinks(d).map((l) => [l.target, l.range.start])).toEqual([
      ['https://a.example/', { line: 0, character: 4 }],
      ['file:///proj/out/me.json', { line: 2, character: 3 }],
      ['file:///proj/.idea/httpRequests/2026-11-28T050000.200.json', { line: 5, character: 3 }],
    ]);
  });

  it("links the files httpYac's # @import lines name", () => {
    const d = TextDocument.create('file:///proj/imports.http', 'http', 1, '# @import ./lib/auth.http\n# @import ./{{stage}}.http\n\n###\nGET https://a.example/\n');
    expect(ls.findDocumentLinks(d).map((l) => [l.target, l.range.start])).toEqual([
      ['file:///proj/lib/auth.http', { line: 0, character: 10 }],
      ['https://a.example/', { line: 4, character: 4 }],
    ]);
  });

  it("links httpYac's GraphQL query and fragment files, a fragment file once", () => {
    const httpyac = service({ settings: { dialect: 'httpyac' } });
    const d = TextDocument.create('file:///proj/api.http', 'http', 1, 'gql Parts < ./parts.graphql\n\nPOST https://a.example/\nContent-Type: application/json\n\nquery A { ...Parts }\n\n###\nPOST https://a.example/\nContent-Type: application/json\n\nquery B { ...Parts }\n\n###\nPOST https://a.example/\nContent-Type: application/json\n\ngql C < ./c.graphql\n');
    expect(httpyac.findDocumentLinks(d).map((l) => l.target)).toEqual(['https://a.example/', 'file:///proj/parts.graphql', 'https://a.example/', 'https://a.example/', 'file:///proj/c.graphql']);
  });

  it('links included files by URIs an editor can open: Windows paths, backslashes, spaces and # in names', () => {
    const d = TextDocument.create('file:///c%3A/proj/api.http', 'http', 1, 'POST https://a.example/\nContent-Type: application/json\n\n< C:\\data\\body.json\n\n###\nPOST https://a.example/\nContent-Type: application/json\n\n< ./my data\\#1.json\n');
    expect(ls.findDocumentLinks(d).map((l) => l.target)).toEqual(['https://a.example/', 'file:///C:/data/body.json', 'https://a.example/', 'file:///c%3A/proj/my%20data/%231.json']);
  });

  it('links an included file whose name holds half of an emoji (being typed) without throwing', () => {
    const d = TextDocument.create('file:///proj/api.http', 'http', 1, 'POST https://a.example/\nContent-Type: text/plain\n\n< ./a\uD83D.txt\n');
    expect(ls.findDocumentLinks(d).map((l) => l.target)).toEqual(['https://a.example/', 'file:///proj/a%EF%BF%BD.txt']);
  });

  it('shows durations and relative dates as inlay hints', () => {
    const d = doc('HTTP/1.1 200 OK\r\nDate: Mon, 23 Nov 2026 10:00:00 GMT\r\nCache-Control: max-age=86400, s-maxage=600\r\n\r\n', 'http-message');
    const hints = ls.getInlayHints(d, { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } }).map((h) => String(h.label).trim());
    expect(hints).toEqual(['1 day ago', '1 day', '10 minutes']);
    // the seconds recipients use (capped at 2^31), none for an extension's number
    const capped = doc('HTTP/1.1 200 OK\r\nCache-Control: max-age=99999999999999999999, foo=12\r\n\r\n', 'http-message');
    expect(ls.getInlayHints(capped, { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }).map((h) => String(h.label).trim())).toEqual(['68 years 35 days']);
    const age = doc('HTTP/1.1 200 OK\r\nAge: 99999999999\r\n\r\n', 'http-message');
    expect(ls.getInlayHints(age, { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }).map((h) => String(h.label).trim())).toEqual(['68 years 35 days']);
  });
});
