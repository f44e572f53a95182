import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { environmentNames, mergeAuthConfigurations, parseEnvironmentFile } from '@httplens/http-file';
import type { AuthConfigurationSet, LanguageService } from '@httplens/language-service';
import { cursor, diagnosticsOf, doc, service } from './helpers.js';

// The JetBrains environment files of a workspace: OAuth 2.0 configurations under Security.Auth, secrets in the private file.
const PUBLIC = JSON.stringify({
  dev: {
    host: 'localhost:3000',
    Security: {
      Auth: {
        api: { Type: 'OAuth2', 'Grant Type': 'Client Credentials', 'Token URL': 'https://{{host}}/token', 'Client ID': 'cli', Scope: 'read' },
        browser: { Type: 'OAuth2', 'Grant Type': 'Authorization Code', 'Auth URL': 'https://auth.example/authorize', 'Token URL': 'https://auth.example/token', 'Client ID': 'web' },
      },
    },
  },
  prod: { host: 'api.example.com', Security: { Auth: { api: { Type: 'OAuth2', 'Grant Type': 'Device Authorization', 'Device Auth URL': 'https://auth.example/device', 'Token URL': 'https://auth.example/token', 'Client ID': 'tv' }, 'prod-only': { 'Grant Type': 'Password' } } } },
});
const PRIVATE = JSON.stringify({ dev: { Security: { Auth: { api: { 'Client Secret': 'never-shown' } } } } });

/** What a server gives the language service: the environments, and their configurations by environment and id. */
function withEnvironments(selected: string | undefined, locale?: string): LanguageService {
  const s = service(locale ? { locale } : {});
  const set = parseEnvironmentFile(PUBLIC, 'http-client.env.json');
  s.setEnvironments(set, selected);
  const auth: Record<string, ReturnType<typeof mergeAuthConfigurations>> = {};
  for (const name of environmentNames(set)) auth[name] = mergeAuthConfigurations([PUBLIC, PRIVATE], name);
  s.setAuthConfigurations(auth as AuthConfigurationSet);
  return s;
}

function complete(s: LanguageService, marked: string): { d: TextDocument; items: CompletionItem[] } {
  const { text, offset } = cursor(marked);
  const d = doc(text);
  return { d, items: s.doComplete(d, d.positionAt(offset)).items };
}

function choose(s: LanguageService, marked: string, label: string): string {
  const { d, items } = complete(s, marked);
  const item = items.find((i) => i.label === label);
  if (!item?.textEdit) throw new Error(`no item ${label}`);
  return TextDocument.applyEdits(d, [item.textEdit as TextEdit]);
}

function hover(s: LanguageService, marked: string): string | undefined {
  const { text, offset } = cursor(marked);
  const d = doc(text);
  return (s.doHover(d, d.positionAt(offset))?.contents as MarkupContent | undefined)?.value;
}

describe('$auth.token("id"): the ids of the environments’ Security.Auth configurations', () => {
  it('completes the id after $auth.token( or $auth.idToken(, those of the selected environment first, and closes the reference once', () => {
    const s = withEnvironments('dev');
    const { items } = complete(s, 'GET https://a.example/\nAuthorization: Bearer {{$auth.token("|\n');
    expect(items.map((i) => [i.label, i.detail])).toEqual([
      ['api', 'Security.Auth: dev, prod'],
      ['browser', 'Security.Auth: dev'],
      ['prod-only', 'Security.Auth: prod'],
    ]);
    // what is typed of the id and whatever part of `")}}` is already there are replaced by one whole reference
    expect(choose(s, 'GET https://a.example/\nAuthorization: Bearer {{$auth.token("|\n', 'api')).toBe('GET https://a.example/\nAuthorization: Bearer {{$auth.token("api")}}\n');
    expect(choose(s, 'GET https://a.example/\nAuthorization: Bearer {{$auth.token("br|\n', 'browser')).toBe('GET https://a.example/\nAuthorization: Bearer {{$auth.token("browser")}}\n');
    expect(choose(s, 'GET https://a.example/\nAuthorization: Bearer {{$auth.token("a|pi")}}\nX: 1\n', 'browser')).toBe('GET https://a.example/\nAuthorization: Bearer {{$auth.token("browser")}}\nX: 1\n');
    expect(choose(s, 'GET https://a.example/\nX-Id: {{$auth.idToken(|\n', 'api')).toBe('GET https://a.example/\nX-Id: {{$auth.idToken("api")}}\n');
    expect(choose(s, 'GET https://a.example/\nX-Id: {{ $auth.idToken( "|")}} x\n', 'api')).toBe('GET https://a.example/\nX-Id: {{ $auth.idToken( "api")}} x\n');
    // no variables there, and nothing at all when the environment files are not known
    expect(items.some((i) => i.label === 'host')).toBe(false);
    expect(complete(service(), 'GET https://a.example/\nAuthorization: Bearer {{$auth.token("|\n').items).toEqual([]);
  });

  it('documents each id with its configuration in the selected environment, never its secret', () => {
    const s = withEnvironments('dev');
    const { items } = complete(s, 'GET https://a.example/{{$auth.token("|\n');
    const api = (items.find((i) => i.label === 'api')?.documentation as MarkupContent).value;
    expect(api).toBe('In the environment “dev”: Grant Type `Client Credentials`, Token URL `https://{{host}}/token`, Client ID `cli`, Scope `read`.');
    expect(JSON.stringify(items)).not.toContain('never-shown');
    const prodOnly = (items.find((i) => i.label === 'prod-only')?.documentation as MarkupContent).value;
    expect(prodOnly).toBe('The selected environment “dev” has no such configuration, so the request is not sent. Environments that define it: “prod”.');
  });

  it('offers $auth.token with a choice of the ids, or a placeholder for one', () => {
    const s = withEnvironments('dev');
    const { items } = complete(s, 'GET https://a.example/{{$au|\n');
    const token = items.find((i) => i.label === '$auth.token');
    expect((token?.textEdit as TextEdit).newText).toBe('\\$auth.token("${1|api,browser,prod-only|}")}}');
    expect((items.find((i) => i.label === '$auth.idToken')?.textEdit as TextEdit).newText).toBe('\\$auth.idToken("${1|api,browser,prod-only|}")}}');
    const none = complete(service(), 'GET https://a.example/{{$au|\n').items.find((i) => i.label === '$auth.token');
    // it was `$auth.token}}`, which is no reference the JetBrains HTTP Client reads (HTTP1011)
    expect((none?.textEdit as TextEdit).newText).toBe('\\$auth.token("${1:auth-id}")}}');
    // an id with a character of the snippet syntax is escaped in the choice
    const odd = service();
    odd.setEnvironments(parseEnvironmentFile(JSON.stringify({ dev: {} }), 'http-client.env.json'), 'dev');
    odd.setAuthConfigurations({ dev: { 'a,b|$c}': {}, 'say "hi"': {}, 'x}}y': {}, 'two\nlines': {} } });
    expect((complete(odd, 'GET https://a.example/{{$au|\n').items.find((i) => i.label === '$auth.token')?.textEdit as TextEdit).newText).toBe('\\$auth.token("${1|a\\,b\\|\\$c\\}|}")}}');
  });

  it('reports an id that no environment defines (HTTP1060), once the configurations are known, and again when they change', () => {
    const text = 'GET https://a.example/\nAuthorization: Bearer {{$auth.token("api")}}\nX-Id: {{$auth.idToken("nope")}}\n';
    const s = service();
    s.setEnvironments(parseEnvironmentFile(PUBLIC, 'http-client.env.json'), 'dev');
    expect(diagnosticsOf(s, text).filter((d) => d.code === 'HTTP1060')).toEqual([]);
    s.setAuthConfigurations({ dev: mergeAuthConfigurations([PUBLIC], 'dev') });
    const found = diagnosticsOf(s, text).filter((d) => d.code === 'HTTP1060');
    expect(found.map((d) => [text.slice(d.offset, d.offset + d.length), d.severity])).toEqual([['{{$auth.idToken("nope")}}', 2]]);
    s.setAuthConfigurations({ dev: { ...mergeAuthConfigurations([PUBLIC], 'dev'), nope: {} } });
    expect(diagnosticsOf(s, text).filter((d) => d.code === 'HTTP1060')).toEqual([]);
    s.setAuthConfigurations(undefined);
    s.setAuthConfigurations({});
    expect(diagnosticsOf(s, text).filter((d) => d.code === 'HTTP1060')).toHaveLength(2);
    s.setAuthConfigurations(undefined);
    expect(diagnosticsOf(s, text).filter((d) => d.code === 'HTTP1060')).toEqual([]);
  });

  it('takes ids and environment names that are also Object.prototype members as plain names', () => {
    const file = JSON.stringify({ __proto__: { Security: { Auth: { constructor: { 'Grant Type': 'Password' } } } } }).replace('"__proto__"', '"__proto__"');
    const text = JSON.parse('{"__proto__": {"Security": {"Auth": {"constructor": {"Grant Type": "Password"}, "__proto__": {"Grant Type": "Client Credentials"}}}}}') as Record<string, unknown>;
    const s = service();
    const set = parseEnvironmentFile(text, 'http-client.env.json');
    s.setEnvironments(set, '__proto__');
    const auth = Object.create(null) as Record<string, ReturnType<typeof mergeAuthConfigurations>>;
    for (const name of environmentNames(set)) auth[name] = mergeAuthConfigurations([text], name);
    s.setAuthConfigurations(auth);
    expect(file).toBeTypeOf('string');
    expect(complete(s, 'GET https://a.example/{{$auth.token("|\n').items.map((i) => i.label)).toEqual(['__proto__', 'constructor']);
    const doc = 'GET https://a.example/\nA: {{$auth.token("constructor")}}\nB: {{$auth.token("__proto__")}}\nC: {{$auth.token("toString")}}\n';
    expect(diagnosticsOf(s, doc).filter((d) => d.code === 'HTTP1060').map((d) => doc.slice(d.offset, d.offset + d.length))).toEqual(['{{$auth.token("toString")}}']);
    expect(hover(s, 'GET https://a.example/{{$auth.tok|en("constructor")}}\n')).toContain('In the environment “__proto__”: Grant Type `Password`.');
    expect(hover(s, 'GET https://a.example/{{$auth.tok|en("toString")}}\n')).toContain('No environment defines it.');
  });

  it('shows in a hover what the selected environment configures, or why the request is not sent', () => {
    const text = 'GET https://a.example/\nAuthorization: Bearer {{$auth.tok|en("browser")}}\n';
    expect(hover(withEnvironments('dev'), text)).toContain('In the environment “dev”: Grant Type `Authorization Code`, Token URL `https://auth.example/token`, Auth URL `https://auth.example/authorize`, Client ID `web`.');
    expect(hover(withEnvironments('prod'), text)).toContain('The selected environment “prod” has no such configuration, so the request is not sent. Environments that define it: “dev”.');
    expect(hover(withEnvironments(undefined), text)).toContain('No environment is selected, so the request is not sent. Environments that define it: “dev”.');
    expect(hover(withEnvironments('dev'), 'GET https://a.example/{{$auth.tok|en("gone")}}\n')).toContain('The selected environment “dev” has no such configuration, so the request is not sent. No environment defines it.');
    expect(hover(withEnvironments('dev', 'zh-CN'), text)).toContain('在环境“dev”中：Grant Type `Authorization Code`、Token URL `https://auth.example/token`、Auth URL `https://auth.example/authorize`、Client ID `web`。');
    expect(hover(withEnvironments('dev'), 'GET https://a.example/{{$auth.tok|en("api")}}\n')).not.toContain('never-shown');
    // without the configurations, the hover says what the reference is and nothing more
    expect(hover(service(), text)).not.toContain('environment “');
  });
});
