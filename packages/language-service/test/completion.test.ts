import { describe, expect, it } from 'vitest';
import { CompletionItemTag, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseEnvironmentFile } from '@httplens/http-file';
import { cursor, doc, service } from './helpers.js';

const ls = service();

function complete(marked: string, languageId = 'http') {
  const { text, offset } = cursor(marked);
  const d = doc(text, languageId);
  const list = ls.doComplete(d, d.positionAt(offset));
  return { d, items: list.items };
}

/** Applies an item's edit and returns the whole resulting text (snippet placeholders removed). */
function apply(d: TextDocument, item: CompletionItem | undefined): string {
  if (!item?.textEdit) throw new Error('no edit');
  const edit = item.textEdit as TextEdit;
  const text = TextDocument.applyEdits(d, [edit]);
  if (item.insertTextFormat !== 2) return text.replace(/\$\{\d+:([^}]*)\}/g, '$1');
  // a snippet as the editor expands it: placeholders and choices give their first value, `\$` is a dollar sign
  return text.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|}]*)[,|][^}]*\}/g, '$1').replace(/\\([$}\\])/g, '$1');
}

/** The text after choosing the item labelled `label` at the cursor. */
function choose(marked: string, label: string, options: { languageId?: string; ls?: typeof ls } = {}): string {
  const { text, offset } = cursor(marked);
  const d = doc(text, options.languageId ?? 'http');
  const item = (options.ls ?? ls).doComplete(d, d.positionAt(offset)).items.find((i) => i.label === label);
  if (!item) throw new Error(`no item ${label}`);
  return apply(d, item);
}

function labels(marked: string, service = ls): string[] {
  const { text, offset } = cursor(marked);
  const d = doc(text);
  return service.doComplete(d, d.positionAt(offset)).items.map((i) => i.label);
}

describe('doComplete', () => {
  it('completes field names, common ones first, and inserts the colon', () => {
    const { d, items } = complete('GET https://a.example/\nAcc|\n');
    const labels = items.map((i) => i.label);
    expect(labels).toContain('Accept');
    expect(labels).toContain('Accept-Encoding');
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    expect(sorted[0]?.label).toBe('Accept');
    expect(apply(d, items.find((i) => i.label === 'Accept-Language'))).toBe('GET https://a.example/\nAccept-Language: \n');
  });

  it('tags deprecated fields and leaves response-only fields out of requests', () => {
    const { items } = complete('GET https://a.example/\n|\n');
    expect(items.find((i) => i.label === 'Content-MD5')?.tags).toEqual([CompletionItemTag.Deprecated]);
    expect(items.map((i) => i.label)).not.toContain('Set-Cookie');
  });

  it('offers response fields in a raw response', () => {
    const { items } = complete('HTTP/1.1 200 OK\r\nSet-C|\r\n\r\n', 'http-message');
    expect(items.map((i) => i.label)).toContain('Set-Cookie');
  });

  it('leaves the fields of the other direction out of raw messages', () => {
    const response = complete('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n|\r\n\r\n', 'http-message').items.map((i) => i.label);
    expect(response).toContain('Set-Cookie');
    expect(response).not.toContain('User-Agent');
    const request = complete('GET / HTTP/1.1\r\nHost: a.example\r\n|\r\n\r\n', 'http-message').items.map((i) => i.label);
    expect(request).toContain('User-Agent');
    expect(request).not.toContain('Set-Cookie');
    const directives = complete('HTTP/1.1 200 OK\r\nCache-Control: |\r\n\r\n', 'http-message').items.map((i) => i.label);
    expect(directives).toEqual(expect.arrayContaining(['s-maxage', 'immutable', 'stale-while-revalidate']));
    expect(directives).not.toContain('only-if-cached');
  });

  it('completes Cache-Control directives with snippet arguments, for requests only', () => {
    const { d, items } = complete('GET https://a.example/\nCache-Control: no-cache, max|\n');
    const labels = items.map((i) => i.label);
    expect(labels).toContain('max-stale');
    expect(labels).not.toContain('s-maxage');
    expect(apply(d, items.find((i) => i.label === 'max-age'))).toBe('GET https://a.example/\nCache-Control: no-cache, max-age=3600\n');
  });

  it('completes media types, codings and other field values', () => {
    expect(complete('POST https://a.example/\nContent-Type: app|\n').items.map((i) => i.label)).toContain('application/json');
    expect(complete('GET https://a.example/\nAccept-Encoding: gzip, |\n').items.map((i) => i.label)).toContain('br');
    expect(complete('GET https://a.example/\nSec-Fetch-Mode: |\n').items.map((i) => i.label)).toContain('navigate');
  });

  it('completes methods at the start of a request and HTTP versions after the URL', () => {
    const { d, items } = complete('###\nPO|\n');
    expect(apply(d, items.find((i) => i.label === 'POST'))).toBe('###\nPOST \n');
    expect(complete('GET https://a.example/ |\n').items.map((i) => i.label)).toContain('HTTP/1.1');
  });

  it('completes methods on the empty line after a ### that ends the last request', () => {
    expect(choose('GET https://a.example/\nX-A: 1\n\n###\n|', 'POST')).toBe('GET https://a.example/\nX-A: 1\n\n###\nPOST ');
    expect(labels('POST https://a.example/\n\n{"a": 1}\n\n### second\r\n\r\n|')).toContain('GET');
  });

  it('completes variables inside {{', () => {
    const { d, items } = complete('@host = a.example\n\n# @name login\nPOST https://{{host}}/login\n\n###\nGET https://{{|\n');
    const labels = items.map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['host', '$guid', 'login.response.body.$']));
    expect(apply(d, items.find((i) => i.label === 'host'))).toContain('GET https://{{host}}\n');
  });

  it("completes httpYac's variables of named responses, not REST Client's chaining paths", () => {
    const httpyac = service({ settings: { dialect: 'httpyac' } });
    const file = '# @name get-user\nGET https://a.example/u\n\n###\n# @name items\n# @loop for 2\nGET https://a.example/i\n\n###\nGET https://a.example/{{|}}\n';
    const found = labels(file, httpyac);
    expect(found).toEqual(expect.arrayContaining(['get-user', 'getUser', 'getUserResponse', 'items', 'itemsResponse', 'itemsList']));
    expect(found.filter((l) => l.includes('.response.') || l === 'get-userList')).toEqual([]);
    expect(choose(file.replace('{{|}}', '{{getUserR|}}'), 'getUserResponse', { ls: httpyac })).toBe(file.replace('{{|}}', '{{getUserResponse}}'));
    const { text, offset } = cursor(file.replace('{{|}}', '{{itemsL|}}'));
    const d = doc(text);
    const items = httpyac.doComplete(d, d.positionAt(offset)).items.filter((i) => i.label.startsWith('items'));
    expect(items.map((i) => [i.label, i.detail])).toEqual([['itemsList', 'the responses of the passes of items (# @loop)']]);
  });

  it("completes the header names of a named request's exchange", () => {
    const file = '# @name login\nPOST https://a.example/login\nX-Tenant: t1\n\n###\nGET https://a.example/{{login.|}}\n';
    expect(choose(file.replace('login.|', 'login.response.headers.|'), 'login.response.headers.Location')).toBe(file.replace('login.|', 'login.response.headers.Location'));
    expect(choose(file.replace('login.|', 'login.request.headers.X-|'), 'login.request.headers.X-Tenant')).toBe(file.replace('login.|', 'login.request.headers.X-Tenant'));
  });

  it('completes metadata after # @', () => {
    const { d, items } = complete('# @na|\nGET https://a.example/\n');
    expect(apply(d, items.find((i) => i.label === 'name'))).toBe('# @name requestName\nGET https://a.example/\n');
    expect(complete('// @|\nGET https://a.example/\n').items.map((i) => i.label)).toEqual(expect.arrayContaining(['no-redirect', 'prompt']));
  });

  it('offers nothing inside a body or a comment', () => {
    expect(complete('POST https://a.example/\nContent-Type: application/json\n\n{"a": |}\n').items).toEqual([]);
    expect(complete('# just a comm|ent\nGET https://a.example/\n').items).toEqual([]);
    expect(complete('POST https://a.example/\nContent-Type: text/plain\n\nline one\n# @|\n').items).toEqual([]);
    expect(complete('POST https://a.example/\n\nbody\n\n###\n# @|\n').items.map((i) => i.label)).toContain('name');
  });

  it('documents a field name lazily', () => {
    const { items } = complete('GET https://a.example/\nIf-None|\n');
    const item = items.find((i) => i.label === 'If-None-Match');
    expect(ls.doResolve({ ...item! }).documentation).toBeDefined();
  });
});

describe('replace ranges as the user edits', () => {
  it.each([
    ['after {{ with the }} an editor closed already', 'GET https://a.example/{{|}}/x\n', 'host', 'GET https://a.example/{{host}}/x\n'],
    ['after {{ without }}', 'GET https://a.example/{{|\n', 'host', 'GET https://a.example/{{host}}\n'],
    ['inside a name', 'GET https://a.example/{{ho|st}}/x\n', 'host', 'GET https://a.example/{{host}}/x\n'],
    ['a dynamic variable, its dollar sign kept', 'GET https://a.example/?id={{$g|}}\n', '$guid', 'GET https://a.example/?id={{$guid}}\n'],
    ['a dynamic variable that needs an argument', 'GET https://a.example/?t={{|}}\n', '$datetime', 'GET https://a.example/?t={{$datetime iso8601}}\n'],
    ['a request path, left open for the rest of the path', '# @name login\nPOST https://a.example/\n\n###\nGET https://a.example/{{login.|}}\n', 'login.response.headers.', '# @name login\nPOST https://a.example/\n\n###\nGET https://a.example/{{login.response.headers.}}\n'],
    ['a field name typed inside, its colon kept once', 'GET https://a.example/\nContent-Ty|pe: text/plain\n', 'Content-Type', 'GET https://a.example/\nContent-Type: text/plain\n'],
    ['a method typed inside', 'P|UT https://a.example/\n', 'POST', 'POST https://a.example/\n'],
    ['a value typed inside', 'POST https://a.example/\nContent-Type: app|lication/xml\n', 'application/json', 'POST https://a.example/\nContent-Type: application/json\n'],
    ['an auth scheme typed inside, its blank kept once', 'GET https://a.example/\nAuthorization: Bea|rer {{token}}\n', 'Bearer ', 'GET https://a.example/\nAuthorization: Bearer {{token}}\n'],
    ['a metadata key typed inside', '# @no-re|d\nGET https://a.example/\n', 'no-redirect', '# @no-redirect\nGET https://a.example/\n'],
  ])('%s', (_label, marked, label, expected) => {
    const text = `@host = a.example\n\n${marked}`;
    expect(choose(text, label)).toBe(`@host = a.example\n\n${expected}`);
  });
});

describe('values after the first word of a member', () => {
  it('offers parameters after ; (charset, a multipart boundary, q)', () => {
    expect(choose('POST https://a.example/\nContent-Type: application/json; |\n', 'charset=utf-8')).toBe('POST https://a.example/\nContent-Type: application/json; charset=utf-8\n');
    expect(labels('POST https://a.example/\nContent-Type: multipart/form-data; |\n')).toEqual(['boundary']);
    expect(labels('GET https://a.example/\nAccept: text/html, application/json;|\n')).toEqual(['q']);
  });

  it('does not offer a member the field already has', () => {
    const cc = labels('GET https://a.example/\nCache-Control: no-cache, max-age=0, |, no-store\n');
    expect(cc).toContain('max-stale');
    expect(cc.filter((l) => ['no-cache', 'max-age', 'no-store'].includes(l))).toEqual([]);
    const ae = labels('GET https://a.example/\nAccept-Encoding: gzip;q=1.0, |\n');
    expect(ae).toContain('br');
    expect(ae).not.toContain('gzip');
    // the member being typed is not one of them
    expect(labels('GET https://a.example/\nAccept-Encoding: gz|\n')).toContain('gzip');
  });

  it('offers nothing in a directive argument or after an auth scheme', () => {
    expect(labels('GET https://a.example/\nCache-Control: max-age=|\n')).toEqual([]);
    expect(labels('GET https://a.example/\nAuthorization: Bearer |\n')).toEqual([]);
  });
});

describe('completion in the dialect of the file', () => {
  it('offers the dynamic variables and metadata keys the dialect reads', () => {
    const jetbrains = service({ settings: { dialect: 'jetbrains' } });
    const restClient = service({ settings: { dialect: 'rest-client' } });
    expect(labels('GET https://a.example/{{|}}\n', jetbrains)).toEqual(expect.arrayContaining(['$uuid', '$random.integer', '$randomInt', '$timestamp']));
    expect(labels('GET https://a.example/{{|}}\n', jetbrains)).not.toContain('$guid');
    expect(labels('GET https://a.example/{{|}}\n', restClient)).toEqual(expect.arrayContaining(['$guid', '$processEnv', '$dotenv', '$randomInt']));
    expect(labels('GET https://a.example/{{|}}\n', restClient)).not.toContain('$random.uuid');
    expect(labels('# @|\nGET https://a.example/\n', jetbrains)).not.toContain('prompt');
    expect(labels('# @|\nGET https://a.example/\n', restClient)).toEqual(expect.arrayContaining(['name', 'note', 'prompt', 'no-redirect', 'no-cookie-jar']));
    expect(labels('# @|\nGET https://a.example/\n', restClient)).not.toContain('timeout');
    // httpYac's own keys, in its files only
    const httpyac = service({ settings: { dialect: 'httpyac' } });
    expect(labels('# @|\nGET https://a.example/\n', httpyac)).toEqual(expect.arrayContaining(['ref', 'forceRef', 'import', 'sleep', 'disabled', 'noRejectUnauthorized', 'loop', 'tag', 'timeout']));
    expect(labels('# @|\nGET https://a.example/\n', restClient)).not.toContain('sleep');
    expect(labels('# @|\nGET https://a.example/\n', jetbrains)).not.toContain('disabled');
  });

  it("offers the Java Faker methods httplens generates once `$random.` is typed, in files the JetBrains HTTP Client reads", () => {
    const jetbrains = service({ settings: { dialect: 'jetbrains' } });
    const faker = labels('GET https://a.example/{{$random.|}}\n', jetbrains);
    expect(faker).toEqual(expect.arrayContaining(['$random.name.firstName', '$random.internet.emailAddress', '$random.number.numberBetween', '$random.integer']));
    expect(faker).not.toContain('$random.internet.avatar');
    // not before `$random.` is typed, nor in a file of another dialect
    expect(labels('GET https://a.example/{{|}}\n', jetbrains)).not.toContain('$random.name.firstName');
    expect(labels('GET https://a.example/{{$random.|}}\n', service({ settings: { dialect: 'rest-client' } }))).not.toContain('$random.name.firstName');
    // the parameters as placeholders that fit, and the reference closed once
    expect(choose('GET https://a.example/{{$random.nu|}}\n', '$random.number.numberBetween', { ls: jetbrains })).toBe('GET https://a.example/{{$random.number.numberBetween(1, 10)}}\n');
    expect(choose('GET https://a.example/{{$random.|\n', '$random.name.lastName', { ls: jetbrains })).toBe('GET https://a.example/{{$random.name.lastName}}\n');
    const item = complete('GET https://a.example/{{$random.|}}\n').items.find((i) => i.label === '$random.code.isbn13');
    expect(item?.detail).toBe('$random.code.isbn13 | $random.code.isbn13(boolean) (Java Faker, JetBrains HTTP Client)');
  });

  it("completes httpYac's assert lines and # @ref names", () => {
    const httpyac = service({ settings: { dialect: 'httpyac' } });
    const file = (line: string) => `# @name login\nPOST https://a.example/login\n\n###\n# @name me\n# @ref login\nGET https://a.example/me\n\n${line}\n`;
    expect(labels(file('?? |'), httpyac)).toEqual(['status', 'header', 'body', 'duration', 'xpath', 'js']);
    expect(choose(file('?? st|'), 'status', { ls: httpyac })).toBe(file('?? status == 200'));
    expect(labels(file('?? status |'), httpyac)).toEqual(expect.arrayContaining(['==', '>=', 'isNumber', 'matches']));
    expect(labels(file('?? header content-type |'), httpyac)).toContain('includes');
    expect(labels(file('?? body items[0].id |'), httpyac)).toContain('exists');
    expect(labels(file('?? header cont|'), httpyac)).toContain('content-type');
    expect(labels(file('?? duration f|'), httpyac)).toEqual(['total', 'wait', 'tcp', 'tls', 'request', 'firstByte', 'download']);
    // the names of the file's requests, not the request's own
    const refs = `# @name login\nPOST https://a.example/login\n\n###\n# @name me\n# @ref |\nGET https://a.example/me\n`;
    expect(labels(refs, httpyac)).toEqual(['login']);
    expect(labels(refs.replace('@ref |', '@forceRef login, |'), httpyac)).toEqual(['login']);
    // other dialects have neither
    expect(labels(file('?? |'), service({ settings: { dialect: 'rest-client' } }))).not.toContain('status');
  });

  it("offers the variables and request names of the files httpYac's # @import names", () => {
    const files: Record<string, string> = { '/ws/lib/auth.http': '@apiKey = k1\n\n###\n# @name login\nPOST https://a.example/login\n' };
    const s = service({ readFile: (documentUri, path) => files[new URL(path, documentUri).pathname] });
    const main = (line: string) => `# @import ./lib/auth.http\n\n###\n# @name me\n${line}\n`;
    const d = TextDocument.create('file:///ws/main.http', 'http', 1, main('GET https://a.example/{{'));
    const items = s.doComplete(d, d.positionAt(d.getText().indexOf('{{') + 2)).items;
    expect(items.find((i) => i.label === 'apiKey')?.detail).toBe('k1 (lib/auth.http)');
    const refs = TextDocument.create('file:///ws/refs.http', 'http', 1, main('# @ref \nGET https://a.example/me'));
    const at = refs.getText().indexOf('@ref ') + 5;
    expect(s.doComplete(refs, refs.positionAt(at)).items.map((i) => [i.label, i.detail])).toEqual([['login', './lib/auth.http']]);
  });

  it("offers the requests a JetBrains run line can name: the file's and those of its import lines' files", () => {
    const files: Record<string, string> = { '/ws/auth.http': '### Log in\nPOST https://a.example/login\n\n###\nGET https://a.example/who\n' };
    const s = service({ settings: { dialect: 'jetbrains' }, readFile: (documentUri, path) => files[new URL(path, documentUri).pathname] });
    const text = 'import ./auth.http\n\nrun #L (@user=bob)\n\n###\n# @name me\nGET https://a.example/me\n\n### Other\nGET https://a.example/other\n';
    const d = TextDocument.create('file:///ws/runs.http', 'http', 1, text);
    const at = text.indexOf('#L') + 2;
    const items = s.doComplete(d, d.positionAt(at)).items;
    expect(items.map((i) => [i.label, i.detail ?? null])).toEqual([
      ['me', null],
      ['Other', null],
      ['Log in', './auth.http'],
      ['GET https://a.example/who', './auth.http'],
    ]);
    // the name is replaced, the values after it kept
    const edit = items[2]?.textEdit as TextEdit;
    expect(TextDocument.applyEdits(d, [edit])).toBe(text.replace('#L (@user=bob)', '#Log in (@user=bob)'));
    // and the files of import and run lines are links
    const links = s.findDocumentLinks(TextDocument.create('file:///ws/links.http', 'http', 1, 'import ./auth.http\nrun ./other.http\nrun #me\n'));
    expect(links.map((l) => l.target)).toEqual(['file:///ws/auth.http', 'file:///ws/other.http']);
  });

  it('offers no REST Client request chaining in a JetBrains file', () => {
    const jetbrains = service({ settings: { dialect: 'jetbrains' } });
    expect(labels('# @name login\nPOST https://a.example/\n\n###\nGET https://a.example/{{|}}\n', jetbrains).filter((l) => l.startsWith('login'))).toEqual([]);
  });

  it("offers every environment's variables, $shared included, with none selected", () => {
    const s = service();
    s.setEnvironments(parseEnvironmentFile(JSON.stringify({ $shared: { version: 'v1' }, dev: { host: 'localhost' }, prod: { token: 't' } }), 'http-client.env.json'));
    expect(labels('GET https://a.example/{{|}}\n', s)).toEqual(expect.arrayContaining(['version', 'host', 'token']));
    s.setEnvironments(parseEnvironmentFile(JSON.stringify({ dev: { host: 'localhost' }, prod: { token: 't' } }), 'http-client.env.json'), 'dev');
    const { text, offset } = cursor('GET https://a.example/{{|}}\n');
    const d = doc(text);
    const details = Object.fromEntries(s.doComplete(d, d.positionAt(offset)).items.map((i) => [i.label, i.detail]));
    expect([details.host, details.token]).toEqual(['environment dev', 'environment (not selected)']);
    const zh = service({ locale: 'zh-CN' });
    zh.setEnvironments(parseEnvironmentFile(JSON.stringify({ dev: { host: 'localhost' } }), 'http-client.env.json'), 'dev');
    const zhd = doc(text);
    expect(zh.doComplete(zhd, zhd.positionAt(offset)).items.find((i) => i.label === 'host')?.detail).toBe('环境 dev');
  });
});

describe('doResolve', () => {
  it('reads the item data the client sends back as untrusted: an unknown locale or a field that is not a string', () => {
    expect(ls.doResolve({ label: 'Accept', data: { field: 'Accept', locale: 'xx-YY' } }).documentation).toMatchObject({ value: expect.stringContaining('**Accept**') });
    expect(ls.doResolve({ label: 'x', data: { field: 42 } }).documentation).toBeUndefined();
    expect(ls.doResolve({ label: 'x', data: null }).documentation).toBeUndefined();
  });
});
