import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { diagnosticsOf, doc, expectCodeAt, service } from './helpers.js';
import { TextDocument } from 'vscode-languageserver-textdocument';

const ls = service();

describe('doValidation on .http files', () => {
  it.each([
    ['a misspelled field name', 'GET https://a.example/\n[|Content-Lenght|]: 2\n', 'HTTP3001'],
    ['content on GET', 'GET https://a.example/\nContent-Type: text/plain\n\n[|hello|]\n', 'HTTP0503'],
    ['content on TRACE', 'TRACE https://a.example/\nContent-Type: text/plain\n\n[|hi|]\n', 'HTTP0504'],
    ['Max-Forwards on GET', 'GET https://a.example/\n[|Max-Forwards: 2|]\n', 'HTTP0506'],
    ['If-Modified-Since beside If-None-Match', 'GET https://a.example/\nIf-None-Match: "a"\n[|If-Modified-Since: Tue, 24 Nov 2026 10:00:00 GMT|]\n', 'HTTP0507'],
    ['Range on POST', 'POST https://a.example/\n[|Range: bytes=0-1|]\n', 'HTTP0508'],
    ['credentials over http', 'GET http://a.example/\n[|Authorization|]: Bearer abc\n', 'HTTP0509'],
    ['Upgrade without Connection', 'GET https://a.example/\n[|Upgrade: websocket|]\n', 'HTTP0564'],
    ['an unknown expectation', 'PUT https://a.example/\nContent-Type: text/plain\nExpect: [|200-ok|]\n\nx\n', 'HTTP0505'],
    ['content without Content-Type', 'POST https://a.example/\n\n[|{"a":1}|]\n', 'HTTP0561'],
  ])('reports %s at its span', (_label, text, code) => {
    const r = expectCodeAt(ls, text, code);
    expect(r.got).toEqual(r.expected);
  });

  it('reports nothing for a template with variables, no Host and a Basic shorthand', () => {
    const text = [
      '@base = https://api.example.com',
      '@token = abc',
      '',
      '### list',
      'GET {{base}}/users/{{id}}?page={{page}}',
      'Authorization: Basic alice:secret',
      'Accept: application/json',
      'X-Trace: {{$guid}}',
      '',
      '### create',
      'POST {{base}}/users',
      'Authorization: Bearer {{token}}',
      'Content-Type: application/json',
      '',
      '{"name": "{{name}}"}',
      '',
    ].join('\n');
    const errors = diagnosticsOf(ls, text).filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning);
    expect(errors.map((e) => e.code).filter((c) => !c.startsWith('HTTP1'))).toEqual([]);
  });

  it("reports httpYac's oauth2 flows that are not run and its AWS shorthand as not sent (HTTP1057) and does not lint them as credentials", () => {
    const text = [
      'GET https://a.example/',
      'Authorization: openid implicit local',
      '',
      '###',
      'GET https://a.example/s3',
      'Authorization: AWS AKIA secret region:eu-west-1',
      '',
      '###',
      'GET https://a.example/',
      'Authorization: Digest alice:s3cret',
      '',
      '###',
      'GET https://a.example/',
      'Authorization: oauth2 client_credentials local',
      '',
      '###',
      'GET https://a.example/',
      'Authorization: oauth2 password token_exchange other',
      '',
    ].join('\n');
    const found = ls.doValidation(doc(text)).filter((d) => d.severity !== DiagnosticSeverity.Hint);
    // the client_credentials flow is run when the request is sent: neither HTTP1057 nor linted as credentials
    expect(found.map((d) => [d.code, d.range.start.line, d.severity])).toEqual([
      ['HTTP1057', 1, DiagnosticSeverity.Error],
      ['HTTP1057', 5, DiagnosticSeverity.Error],
      ['HTTP1057', 17, DiagnosticSeverity.Error],
    ]);
    expect(found[0]?.message).toBe('"Authorization: openid ..." asks httpYac to compute the credentials; httplens does not, so the request is not sent.');
    // a value that only starts like one is linted as credentials
    expect(diagnosticsOf(ls, 'GET https://a.example/\nAuthorization: oauth2 client_credentials a b\n').map((d) => d.code)).not.toContain('HTTP1057');
    // the authorization code flow is run too (signed in through the browser)
    expect(diagnosticsOf(ls, 'GET https://a.example/\nAuthorization: openid authorization_code local\n').map((d) => d.code)).not.toContain('HTTP1057');
  });

  it('notes credentials written in a URL as the sender sends them (HTTP1051), with the quick fix that moves them', () => {
    const d = doc('GET https://ann:s3cret@{{host}}/items\nAccept: */*\n');
    const note = ls.doValidation(d).find((x) => x.code === 'HTTP1051');
    expect(note?.message).toBe('The user information of the URL ("ann") is sent as "Authorization: Basic YW5uOnMzY3JldA==", and the URL without it.');
    expect(note?.range).toEqual({ start: { line: 0, character: 4 }, end: { line: 0, character: 37 } });
    const fix = ls.doCodeActions(d, note!.range, [note!]).find((a) => a.isPreferred);
    expect(fix?.title).toBe('Move the credentials from the URL to an Authorization field');
    // not with an Authorization of the request's own, nor for credentials still to be filled in
    for (const text of ['GET https://ann:s3cret@api.example/\nAuthorization: Bearer t\n', 'GET https://{{user}}:{{pass}}@api.example/\n', 'GET https://api.example/a@b\n']) {
      expect(ls.doValidation(doc(text)).map((x) => x.code), text).not.toContain('HTTP1051');
    }
    expect(ls.doValidation(doc('GET ann:pw@api.example/\n')).map((x) => x.code)).toContain('HTTP1051');
  });

  it('does not syntax-check a header value holding {{...}}', () => {
    expect(diagnosticsOf(ls, '@etag = x\n@cc = y\n\nGET https://a.example/\nIf-None-Match: {{etag}}\nCache-Control: {{cc}}\n').map((d) => d.code)).toEqual([]);
  });

  it('honours suppression comments', () => {
    const text = 'GET https://a.example/\n# httplens-disable-next-line HTTP0506\nMax-Forwards: 2\n';
    expect(diagnosticsOf(ls, text).map((d) => d.code)).not.toContain('HTTP0506');
    const fileWide = '# httplens-disable-file HTTP0506\nGET https://a.example/\nMax-Forwards: 2\n';
    expect(diagnosticsOf(ls, fileWide).map((d) => d.code)).not.toContain('HTTP0506');
  });

  it('applies severity overrides from the settings', () => {
    const custom = service({ settings: { diagnostics: { severity: { HTTP0506: 'error', HTTP0561: 'off' } } } });
    const all = diagnosticsOf(custom, 'POST https://a.example/\nMax-Forwards: 1\n\nbody\n');
    expect(all.find((d) => d.code === 'HTTP0506')?.severity).toBe(DiagnosticSeverity.Error);
    expect(all.map((d) => d.code)).not.toContain('HTTP0561');
  });

  it('gives each diagnostic its code, a link to its doc page and the httplens source', () => {
    const d = doc('GET https://a.example/\nMax-Forwards: 2\n');
    const [first] = service().doValidation(d).filter((x) => x.code === 'HTTP0506');
    expect(first?.codeDescription?.href).toBe('https://httplens.dev/codes/HTTP0506');
    expect(first?.source).toBe('httplens');
    expect(first?.severity).toBe(DiagnosticSeverity.Information);
  });

  it('speaks Simplified Chinese', () => {
    const zh = service({ locale: 'zh-cn' });
    const [d] = zh.doValidation(doc('GET https://a.example/\nMax-Forwards: 2\n')).filter((x) => x.code === 'HTTP0506');
    expect(d?.message).toMatch(/\p{Script=Han}/u);
  });
});

describe('doValidation on raw messages', () => {
  it.each([
    ['405 without Allow', '[|HTTP/1.1 405 Method Not Allowed|]\r\nDate: Tue, 24 Nov 2026 10:00:00 GMT\r\nContent-Length: 0\r\n\r\n', 'HTTP0557'],
    ['Vary: *', 'HTTP/1.1 200 OK\r\nDate: Tue, 24 Nov 2026 10:00:00 GMT\r\nVary: [|*|]\r\nContent-Length: 0\r\n\r\n', 'HTTP0565'],
    ['a missing Date', '[|HTTP/1.1 200 OK|]\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok', 'HTTP0560'],
    ['a missing Host', '[|GET / HTTP/1.1|]\r\nAccept: */*\r\n\r\n', 'HTTP0014'],
  ])('reports %s', (_label, text, code) => {
    const r = expectCodeAt(ls, text, code, 'http-message');
    expect(r.got).toEqual(r.expected);
  });

  it('detects a pasted response in a document of another language', () => {
    const d = doc('HTTP/1.1 401 Unauthorized\nContent-Length: 0\n\n', 'plaintext');
    expect(ls.doValidation(d).map((x) => x.code)).toContain('HTTP0556');
    // also after a byte order mark, which is reported on its own
    const marked = doc('\ufeffHTTP/1.1 401 Unauthorized\nContent-Length: 0\n\n', 'plaintext');
    const codes = ls.doValidation(marked).map((x) => x.code);
    expect(codes).toContain('HTTP0556');
    expect(codes).toContain('HTTP0017');
  });
});

describe('environments', () => {
  it('counts the variables of every environment as defined, and resolves the selected one', async () => {
    const { parseEnvironmentFile } = await import('@httplens/http-file');
    const s = service();
    const text = 'GET https://{{host}}/\nAuthorization: Bearer {{token}}\n';
    expect(diagnosticsOf(s, text).map((d) => d.code)).toEqual(['HTTP1006', 'HTTP1006']);
    const set = parseEnvironmentFile(JSON.stringify({ dev: { host: 'localhost:3000' }, prod: { host: 'api.example.com', token: 't' } }), 'http-client.env.json');
    s.setEnvironments(set, 'dev');
    expect(diagnosticsOf(s, text).map((d) => d.code)).toEqual([]);
    const d = doc(text);
    const h = s.doHover(d, d.positionAt(text.indexOf('host') + 1));
    expect((h?.contents as { value: string }).value).toContain('localhost:3000');
  });
});

describe('ranges around characters outside the BMP', () => {
  it('never splits a surrogate pair: a diagnostic on one code unit of an emoji covers the whole character', () => {
    const d = doc('HTTP/1.1 200 \ud83d\ude00\ud83d\ude00\r\nX-\ud83d\ude00: 1\r\n\r\n', 'http-message');
    const text = d.getText();
    const diagnostics = ls.doValidation(d);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const x of diagnostics) {
      for (const at of [d.offsetAt(x.range.start), d.offsetAt(x.range.end)]) {
        const low = text.charCodeAt(at);
        const high = text.charCodeAt(at - 1);
        expect(low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff, `${x.code} at ${at}`).toBe(false);
      }
    }
  });
});

describe('a field value continued on indented lines (JetBrains)', () => {
  it.each([
    ['an unknown directive on the continuation line', 'GET https://a.example/\nCache-Control: max-age=60,\n\tno-cache, [|bogus-thing|]\n', 'HTTP3101'],
    ['an unknown directive on the second continuation line, CR LF', 'GET https://a.example/\r\nCache-Control: max-age=60,\r\n  no-cache,\r\n  [|bogus-thing|]\r\n', 'HTTP3101'],
    ['the note, on the first continuation line', 'GET https://a.example/\nAccept: text/html,\n    [|application/json|]\n    , */*\n', 'HTTP5021'],
  ])('%s: exact ranges in the file', (_what, markedText, code) => {
    for (const dialect of ['auto', 'jetbrains'] as const) {
      const { got, expected } = expectCodeAt(service({ settings: { dialect } }), markedText, code);
      expect(got, dialect).toEqual(expected);
    }
  });

  it('is no continuation for REST Client, which reads the line as a header without a colon', () => {
    const text = 'GET https://a.example/\nAccept: text/html,\n    application/json\n';
    expect(diagnosticsOf(service({ settings: { dialect: 'rest-client' } }), text).map((d) => d.code)).toContain('HTTP1004');
    expect(diagnosticsOf(service({ settings: { dialect: 'jetbrains' } }), text).map((d) => d.code)).toEqual(['HTTP5021']);
  });
});

describe('Markdown documents (language markdown): the requests of their ```http fences', () => {
  const text = [
    '# Items API',
    '',
    'GET is how you read them; Content-Lenght: is not a field here.',
    '',
    '```http',
    'GET https://api.example.com/items',
    'Content-Lenght: 3',
    '```',
    '',
    '```json',
    '{"Content-Lenght": 1}',
    '```',
    '',
    '```http',
    'POST https://api.example.com/items',
    'Content-Type: application/json',
    '',
    '{"name": "{{name}}"}',
    '```',
    '',
  ].join('\n');

  it('reports on the fences only, at their places in the document', () => {
    const got = diagnosticsOf(ls, text, 'markdown')
      .sort((a, b) => a.offset - b.offset)
      .map((d) => [d.code, text.slice(d.offset, d.offset + d.length)]);
    expect(got).toEqual([
      ['HTTP3001', 'Content-Lenght'],
      ['HTTP1006', '{{name}}'],
    ]);
    expect(diagnosticsOf(ls, text, 'markdown').find((d) => d.code === 'HTTP3001')?.offset).toBe(text.indexOf('Content-Lenght: 3'));
  });

  it('answers hovers inside a fence and lists its requests as symbols', () => {
    const d = TextDocument.create('file:///test/api.md', 'markdown', 1, text);
    const hover = ls.doHover(d, d.positionAt(text.indexOf('Content-Type') + 2));
    expect(JSON.stringify(hover?.contents)).toContain('Content-Type');
    expect(ls.doHover(d, d.positionAt(text.indexOf('Lenght": 1')))).toBeNull();
    const symbols = ls.findDocumentSymbols(d).map((s) => s.name);
    expect(symbols).toEqual([expect.stringContaining('GET https://api.example.com/items'), expect.stringContaining('POST https://api.example.com/items')]);
  });

  it('never reads a Markdown document as raw messages, even when it starts with a status line', () => {
    expect(diagnosticsOf(ls, 'HTTP/1.1 200 OK\n\nNo fences here.\n', 'markdown')).toEqual([]);
  });
});

describe("a GraphQL request's X-Request-Type marker", () => {
  it('is not linted as a field: it is not sent (the portability note stays)', () => {
    const text = 'POST https://api.example.com/graphql\nContent-Type: application/json\nX-REQUEST-TYPE: GraphQL\n\nquery { user(id: 1) { name } }\n';
    const codes = diagnosticsOf(ls, text).map((d) => d.code);
    expect(codes).toContain('HTTP5015');
    expect(codes).not.toContain('HTTP3000');
    // without a GraphQL body, it is a header like any other, and sent
    expect(diagnosticsOf(ls, 'GET https://api.example.com/\nX-Request-Type: Other\n').map((d) => d.code)).toContain('HTTP3000');
  });
});
