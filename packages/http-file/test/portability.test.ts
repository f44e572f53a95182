import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPortability, parseHttpFile, type Dialect } from '@httplens/http-file';
import { CASES } from './fixtures/cases.js';

const DIALECTS: (Dialect | 'auto')[] = ['auto', 'rest-client', 'jetbrains', 'httpyac'];

/** The parse's own portability notes. */
function parseNotes(text: string, dialect: Dialect | 'auto', locale?: 'en' | 'zh-CN') {
  return parseHttpFile(text, { dialect, ...(locale ? { locale } : {}) }).diagnostics.filter((d) => d.code.startsWith('HTTP5'));
}

/** Lines whose mixes make every portability note, and lines that silence some. */
const LINES = [
  'GET http://a/{{x}}', 'get http://a', 'post {{host}}/p', 'delete', 'X-A: 1,', 'X-Request-Type: GraphQL', '###', '# @name n', '', '',
  '{"a":1}', '// c', '# c', '@v = 1', '@w = {{$guid}}', '{{$guid}}', '{{$randomInt 1 2}}', '{{$uuid}}', 'Content-Type: application/json',
  'Content-Type: application/x-www-form-urlencoded', 'a=1', '< ./f.json', '> {% client.test() %}', '< {% request.x() %}', 'PUT /x HTTP/1.1',
  '?a=1', '  &b=2', '{{ 1 + 2 }}', '?? status == 200', '>> out.json', '<> prev.json', '{{%v}}', '{{n.response.body.$.id}}',
  '    text/html', '\tb,', '@t = application/json', '@t = text/{{sub}}', '@sub = plain', 'Content-Type: {{t}}', 'Content-Type: {{envType}}', '# @timeout 5', '// @connection-timeout 2 m', '# @timeout soon', '# httplens-disable-next-line HTTP5016', '// httplens-disable-next-line HTTP5001', '# httplens-disable-file HTTP5009', 'gql Op < ./q.graphql',
];

describe('checkPortability', () => {
  it('gives the notes the parse gives, on every fixture in every dialect', () => {
    let notes = 0;
    for (const c of CASES) {
      for (const dialect of DIALECTS) {
        const expected = parseNotes(c.input, dialect);
        notes += expected.length;
        expect(checkPortability(parseHttpFile(c.input, { dialect })), `${c.id} (${dialect})`).toEqual(expected);
      }
    }
    expect(notes).toBeGreaterThan(100);
  });

  it('gives the notes the parse gives, on generated files with either line break', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), fc.constantFrom(...DIALECTS), (lines, eol, dialect) => {
        const text = lines.join(eol);
        expect(checkPortability(parseHttpFile(text, { dialect }))).toEqual(parseNotes(text, dialect));
      }),
      { numRuns: 1500, seed: 7 },
    );
  });

  it('reads a Content-Type written as a file variable (REST Client\'s own examples) before noting the line endings of a body', () => {
    const body = '{\n  "a": 1\n}\n';
    const notes = (text: string) => checkPortability(parseHttpFile(text, { dialect: 'rest-client' })).map((d) => d.code);
    // JSON, where line endings do not matter: no note, through two variables
    expect(notes(`@json = application/json\n@contentType = {{json}}\n\n###\nPOST https://x/\nContent-Type: {{contentType}}\n\n${body}`)).toEqual([]);
    // text: the note
    expect(notes(`@contentType = text/plain\n\n###\nPOST https://x/\nContent-Type: {{contentType}}\n\na\nb\n`)).toEqual(['HTTP5007']);
    // a type only an environment knows, or a variable written after the request: no note either way
    expect(notes('POST https://x/\nContent-Type: {{envType}}\n\na\nb\n')).toEqual([]);
    expect(notes('POST https://x/\nContent-Type: {{later}}\n\na\nb\n\n###\n@later = text/plain\nGET https://x/\n')).toEqual([]);
    // the parse gives the same notes
    const text = `@contentType = text/plain\n\n###\nPOST https://x/\nContent-Type: {{contentType}}\n\na\nb\n`;
    expect(parseNotes(text, 'rest-client').map((d) => d.code)).toEqual(['HTTP5007']);
  });

  it('writes them in the locale asked for', () => {
    const text = 'get https://x/a b\n\n# c\n{"a":1}\n';
    const file = parseHttpFile(text, { dialect: 'httpyac' });
    const zh = checkPortability(file, 'zh-CN');
    expect(zh).toEqual(parseNotes(text, 'httpyac', 'zh-CN'));
    expect(zh.map((d) => d.message)).not.toEqual(checkPortability(file).map((d) => d.message));
  });

  it('notes a lower-case method that httpYac reads as part of the URL', () => {
    const file = parseHttpFile('get https://x/lower', { dialect: 'httpyac' });
    expect(file.requests[0]?.methodSpan).toBeUndefined();
    expect(checkPortability(file).map((d) => [d.code, d.span, d.args])).toEqual([['HTTP5016', { offset: 0, length: 3 }, { method: 'get' }]]);
    // REST Client takes it as the method: the note is on the method's span
    expect(checkPortability(parseHttpFile('get https://x/lower', { dialect: 'rest-client' })).map((d) => [d.code, d.span])).toEqual([['HTTP5016', { offset: 0, length: 3 }]]);
    // an upper-case unknown-to-httpYac method is no portability matter
    expect(checkPortability(parseHttpFile('GRAPHQL https://x/', { dialect: 'httpyac' }))).toEqual([]);
  });

  it('notes comment lines before and after the body that REST Client and httpYac leave out', () => {
    const text = 'PUT https://x/\nContent-Type: application/json\n\n// first\n{"a": 1}\n# last\n';
    const file = parseHttpFile(text, { dialect: 'rest-client' });
    const request = file.requests[0];
    expect(request?.body?.text).toBe('{"a": 1}');
    expect(request?.comments.filter((c) => c.inBody).map((c) => c.text)).toEqual(['first', 'last']);
    expect(JSON.parse(JSON.stringify(request?.comments))).toEqual([
      { text: 'first', span: { offset: 47, length: 8 }, style: '//', inBody: true },
      { text: 'last', span: { offset: 65, length: 6 }, style: '#' , inBody: true },
    ]);
    expect(checkPortability(file).map((d) => [d.code, text.slice(d.span.offset, d.span.offset + d.span.length)])).toEqual([
      ['HTTP5001', '// first'],
      ['HTTP5001', '# last'],
    ]);
    // a comment line between the request line and the headers is not in the body's place
    const header = parseHttpFile('GET https://x/\n# about the header\nAccept: */*\n', { dialect: 'rest-client' });
    expect(header.requests[0]?.comments.map((c) => c.inBody)).toEqual([undefined]);
    expect(checkPortability(header)).toEqual([]);
  });

  it('applies the file’s suppression comments', () => {
    const text = '# httplens-disable-next-line HTTP5016\npost https://x/\n###\npost https://x/\n';
    const file = parseHttpFile(text, { dialect: 'rest-client' });
    expect(checkPortability(file).map((d) => d.span.offset)).toEqual([text.lastIndexOf('post')]);
    // a file whose suppressions were dropped is checked against its text
    expect(checkPortability({ ...file, suppressions: undefined as never }).map((d) => d.span.offset)).toEqual([text.lastIndexOf('post')]);
  });

  it('follows changes made to a parse result', () => {
    const file = parseHttpFile('GET https://x/\nAccept: a,\n', { dialect: 'httpyac' });
    expect(checkPortability(file).map((d) => d.code)).toEqual(['HTTP5003']);
    file.requests[0]!.headers = [];
    expect(checkPortability(file)).toEqual([]);
  });
});

describe('HTTP5019: REST Client ends a body at its first blank line', () => {
  const notes = (text: string) => {
    const file = parseHttpFile(text);
    return file.diagnostics.filter((d) => d.code === 'HTTP5019').map((d) => text.slice(d.span.offset, d.span.offset + d.span.length));
  };

  it('points at the lines REST Client does not send', () => {
    expect(notes('POST https://x/\nContent-Type: application/json\n\n{\n  "a": 1,\n\n  "b": 2\n}\n\n###\nGET https://x/')).toEqual(['  "b": 2\n}']);
  });

  it('not for multipart bodies, REST Client GraphQL variables, or a body without blank lines', () => {
    expect(notes('POST https://x/\nContent-Type: multipart/form-data; boundary=B\n\n--B\nContent-Disposition: form-data; name="a"\n\n1\n--B--')).toEqual([]);
    expect(notes('POST https://x/graphql\nX-Request-Type: GraphQL\n\nquery { a }\n\n{"v": 1}')).toEqual([]);
    expect(notes('POST https://x/\nContent-Type: application/json\n\n{"a": 1}\n\n\n')).toEqual([]);
  });
});

describe("httpYac's variable lines inside requests", () => {
  it('isHttpyacVariableLine is httpYac\'s own test (its regular expression, name and value not empty)', async () => {
    const { isHttpyacVariableLine } = await import('../src/syntax.js');
    // eslint-disable-next-line regexp/no-super-linear-backtracking, regexp/optimal-quantifier-concatenation, regexp/no-unused-capturing-group -- httpYac's expression, as it is
    const theirs = /^\s*@(?<useGlobal>global\.)?(?<key>[^\s=:]*)\s*(?<lazy>:?)=*\s*"?(?<value>.*)"?\s*$/u;
    const oracle = (line: string) => {
      const m = theirs.exec(line);
      return !!(m?.groups?.key && m.groups.value);
    };
    const piece = fc.constantFrom('@', ' ', '\t', ':', '=', '"', 'global.', 'a', 'b1', '.', '\u00a0', '\u3000', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), (line) => {
        expect(isHttpyacVariableLine(line)).toBe(oracle(line));
      }),
      { numRuns: 5000 },
    );
  });

  it('the variable belongs to its request (httpYac scopes it there)', () => {
    const file = parseHttpFile('GET https://x/1\n\n###\nPOST https://x/2\nContent-Type: text/plain\n\nhi\n@token = abc\n', { dialect: 'httpyac' });
    expect(file.variables.map((v) => [v.name, v.value, v.requestIndex])).toEqual([['token', 'abc', 1]]);
    expect(file.requests[1]?.body?.text).toBe('hi');
  });
});

describe('HTTP5009 names the tools in the message language', () => {
  it('joins them with 、 in Simplified Chinese, in the parse and in checkPortability', () => {
    const text = 'GET https://a/?x={{$guid}}';
    const zh = parseHttpFile(text, { locale: 'zh-CN' });
    const note = zh.diagnostics.find((d) => d.code === 'HTTP5009');
    expect(note?.message).toContain('REST Client、httpYac');
    expect(checkPortability(zh, 'zh-CN').find((d) => d.code === 'HTTP5009')?.message).toBe(note?.message);
    expect(parseHttpFile(text).diagnostics.find((d) => d.code === 'HTTP5009')?.message).toContain('REST Client, httpYac');
  });
});
