import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { folderOf, importedRequest, importedVariables, joinPath, parseHttpFile, requestsToSendFirst, resolveRequest, resolveVariable, type HttpFileHost, type StoredExchange } from '@httplens/http-file';

/** A host over files in memory, by path relative to the first file; records what was read. */
function memoryHost(files: Record<string, string>): HttpFileHost & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readFile(path) {
      const key = joinPath('.', path);
      reads.push(key);
      return Object.hasOwn(files, key) ? files[key] : undefined;
    },
  };
}

const AUTH = ['# @import ./common.http', '@apiKey = k-{{stage}}', '', '###', '# @name login', 'POST {{base}}/login', '', '###', '# @name profile', '# @ref login', 'GET {{base}}/me', 'Authorization: Bearer {{login.token}}', ''].join('\n');
const COMMON = ['@base = https://api.example', '@stage = dev', '@apiKey = overridden-by-auth', ''].join('\n');
const MAIN = ['# @import ./lib/auth.http', '', '###', '# @ref login', 'GET {{base}}/items?key={{apiKey}}', 'Authorization: Bearer {{login.token}}', ''].join('\n');
const FILES = { 'lib/auth.http': AUTH, 'lib/common.http': COMMON };

const stored = (body: string): StoredExchange => ({ response: { status: 200, headers: [['Content-Type', 'application/json']], body } });
const codes = (text: string, host?: HttpFileHost) => parseHttpFile(text, host ? { host } : {}).diagnostics.map((d) => d.code);

describe('joinPath and folderOf', () => {
  it('read a path from a folder, taking out . and .. where they can be', () => {
    expect(joinPath('.', './auth.http')).toBe('auth.http');
    expect(joinPath('lib', './common.http')).toBe('lib/common.http');
    expect(joinPath('lib/deep', '../up.http')).toBe('lib/up.http');
    expect(joinPath('lib', '../../out.http')).toBe('../out.http');
    expect(joinPath('lib', '/abs/x.http')).toBe('/abs/x.http');
    expect(joinPath('lib', 'C:\\x\\y.http')).toBe('C:/x/y.http');
    expect(joinPath('lib', 'sub\\win.http')).toBe('lib/sub/win.http');
    expect(folderOf('lib/auth.http')).toBe('lib');
    expect(folderOf('auth.http')).toBe('.');
    expect(folderOf('/auth.http')).toBe('/');
  });
});

describe("httpYac's # @import", () => {
  it('reads the imported files through the host, relative to the file that names each', () => {
    const host = memoryHost(FILES);
    const file = parseHttpFile(MAIN, { host });
    expect(file.dialect).toBe('httpyac');
    expect(host.reads).toEqual(['lib/auth.http', 'lib/common.http']);
    expect(file.imports?.map((i) => [i.path, i.span.offset, i.pathSpan.offset, i.pathSpan.length])).toEqual([['./lib/auth.http', 0, 10, 15]]);
    expect(file.imports?.[0]?.file?.imports?.[0]?.path).toBe('./common.http');
    // the imported files' variables and request names are known: nothing undefined, no unknown # @ref
    expect(file.diagnostics.map((d) => d.code)).toEqual(['HTTP1054']);
  });

  it('without the import, the same names are reported', () => {
    const alone = MAIN.split('\n').slice(1).join('\n');
    expect(codes(`# @name other\nGET https://x/\n\n###\n${alone}`)).toEqual(expect.arrayContaining(['HTTP1062', 'HTTP1006']));
  });

  it('reports an imported file that cannot be read (HTTP1063), and the names it would have given', () => {
    const file = parseHttpFile(MAIN, { host: memoryHost({}), locale: 'zh-CN' });
    const missing = file.diagnostics.find((d) => d.code === 'HTTP1063');
    expect(missing?.span).toEqual({ offset: 10, length: 15 });
    expect(missing?.message).toBe('无法读取 # @import 指定的文件 "./lib/auth.http"：其中的变量和请求都不可用。');
    expect(file.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['HTTP1062', 'HTTP1006']));
    expect(file.imports?.[0]?.file).toBeUndefined();
  });

  it('does not report names while an import is not read: no host, or a path with variables', () => {
    expect(codes(MAIN)).toEqual(['HTTP1054']);
    expect(parseHttpFile(MAIN).imports?.[0]?.file).toBeUndefined();
    const templated = MAIN.replace('./lib/auth.http', './{{folder}}/auth.http');
    const host = memoryHost(FILES);
    expect(codes(templated, host)).not.toContain('HTTP1062');
    expect(host.reads).toEqual([]);
  });

  it('reads a file that imports its importer once on the way, and stops', () => {
    const host = memoryHost({ 'a.http': '# @import ./b.http\n@a = 1\n', 'b.http': '# @import ./a.http\n@b = 2\n' });
    const file = parseHttpFile('# @import ./a.http\n\n###\nGET https://x/{{a}}/{{b}}\n', { host });
    expect(file.diagnostics.map((d) => d.code)).toEqual(['HTTP1054']);
    // b.http's import of a.http, which is on the way, is left
    expect(host.reads).toEqual(['a.http', 'b.http']);
    expect(resolveRequest(file, 0, { host }).url).toBe('https://x/1/2');
  });

  it('reads each file once, however many lines name it', () => {
    const host = memoryHost({ 'b.http': '# @import ./d.http\n@b = 2\n', 'c.http': '# @import ./d.http\n@c = 3\n', 'd.http': '@d = 4\n' });
    const text = `${'# @import ./b.http\n'.repeat(50)}# @import ./c.http\n\n###\nGET https://x/{{b}}/{{c}}/{{d}}\n`;
    const file = parseHttpFile(text, { host });
    expect(host.reads).toEqual(['b.http', 'd.http', 'c.http']);
    expect(file.imports).toHaveLength(51);
    expect(resolveRequest(file, 0, { host }).url).toBe('https://x/2/3/4');
  });

  it('reads at most 8 files deep (the first one and 7 it imports on the way)', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++) files[`f${i}.http`] = `# @import ./f${i + 1}.http\n@v${i} = ${i}\n`;
    const host = memoryHost(files);
    parseHttpFile('# @import ./f0.http\nGET https://x/\n', { host });
    expect(host.reads.length).toBe(7);
  });

  it('resolves the imported variables after the file own, later imports replacing earlier ones, with where they come from', () => {
    const host = memoryHost(FILES);
    const file = parseHttpFile(`@stage = prod\n${MAIN}`, { host });
    const r = resolveRequest(file, 0, { host });
    // apiKey: auth.http's (after common.http's), made of stage, which the file itself defines
    expect(r.url).toBe('https://api.example/items?key=k-prod');
    expect(r.values.map((v) => [v.expression, v.source.kind, 'path' in v.source ? v.source.path : undefined])).toEqual([
      ['base', 'import', 'lib/common.http'],
      ['apiKey', 'import', 'lib/auth.http'],
      ['login.token', 'unresolved', undefined],
    ]);
    const source = resolveVariable(file, 'base', { host }).source;
    expect(source).toEqual({ kind: 'import', name: 'base', path: 'lib/common.http', span: { offset: 0, length: '@base = https://api.example'.length } });
    expect([...importedVariables(file).keys()]).toEqual(['base', 'stage', 'apiKey']);
  });

  it("reads an imported request's response as a variable (httpYac names a response by its request)", () => {
    const file = parseHttpFile(MAIN, { host: memoryHost(FILES) });
    const r = resolveRequest(file, 0, { responses: { login: stored('{"token":"t-1"}') } });
    expect(r.headers.map((h) => h.value)).toEqual(['Bearer t-1']);
    expect(r.diagnostics.filter((d) => d.code === 'HTTP1006')).toEqual([]);
  });

  it('lists the imported requests a # @ref names to send first, with their own references in their file first', () => {
    const file = parseHttpFile(MAIN.replace('# @ref login', '# @ref profile'), { host: memoryHost(FILES) });
    const first = requestsToSendFirst(file, 0, () => false);
    expect(first.indexes).toEqual([]);
    expect(first.unknown).toEqual([]);
    expect(first.imported.map((r) => [r.path, r.index, r.file.requests[r.index]?.name])).toEqual([
      ['lib/auth.http', 0, 'login'],
      ['lib/auth.http', 1, 'profile'],
    ]);
    // with a response, a @ref is not sent again; a name of the file comes before an imported one
    expect(requestsToSendFirst(file, 0, (name) => name === 'profile').imported).toEqual([]);
    expect(importedRequest(file, 'login')?.index).toBe(0);
    expect(importedRequest(file, 'nothing')).toBeUndefined();
  });

  it('never throws, whatever the imported files hold, and keeps the spans of every file in its own text', () => {
    const line = fc.oneof(fc.constantFrom('# @import ./a.http', '# @import ../b.http', '# @import ./{{x}}.http', '# @ref login', '###', 'GET https://x/{{v}}', '@v = {{w}}'), fc.string({ maxLength: 30 }));
    const text = fc.array(line, { maxLength: 12 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(text, fc.dictionary(fc.constantFrom('a.http', '../b.http', 'c.http'), text), fc.boolean(), (main, files, throwing) => {
        const host: HttpFileHost = {
          readFile(path) {
            if (throwing && path.includes('b')) throw new Error('EACCES');
            return files[joinPath('.', path)];
          },
        };
        const walk = (file: ReturnType<typeof parseHttpFile>, depth: number): void => {
          expect(depth).toBeLessThanOrEqual(8);
          for (const d of file.diagnostics) expect(d.span.offset + d.span.length).toBeLessThanOrEqual(file.text.length);
          for (const imp of file.imports ?? []) {
            expect(file.text.slice(imp.pathSpan.offset, imp.pathSpan.offset + imp.pathSpan.length)).toBe(imp.path);
            if (imp.file) walk(imp.file, depth + 1);
          }
        };
        const file = parseHttpFile(`# @import ./a.http\n${main}`, { host });
        walk(file, 1);
        for (const r of file.requests) resolveRequest(file, r.index, { host });
      }),
      { numRuns: 300 },
    );
  });

  it('only in files read as httpYac reads them', () => {
    const host = memoryHost(FILES);
    const file = parseHttpFile(MAIN, { host, dialect: 'rest-client' });
    expect(file.imports).toBeUndefined();
    expect(host.reads).toEqual([]);
  });
});
