import { describe, expect, it } from 'vitest';
import type { MarkupContent } from 'vscode-languageserver-types';
import { cursor, doc, service } from './helpers.js';

const ls = service();

function hover(marked: string, languageId = 'http', s = ls) {
  const { text, offset } = cursor(marked);
  const d = doc(text, languageId);
  const h = s.doHover(d, d.positionAt(offset));
  if (!h) return undefined;
  const range = h.range ? { offset: d.offsetAt(h.range.start), end: d.offsetAt(h.range.end) } : undefined;
  return { value: (h.contents as MarkupContent).value, text: range ? text.slice(range.offset, range.end) : '' };
}

describe('doHover', () => {
  it('explains a field name with its status, where it appears and links', () => {
    const h = hover('GET https://a.example/\nCache-Con|trol: no-cache\n');
    expect(h?.text).toBe('Cache-Control');
    expect(h?.value).toContain('**Cache-Control**');
    expect(h?.value).toContain('rfc9111');
  });

  it("names the vendor of a field of its own family, and says an unknown field is unknown", () => {
    const amz = hover('HTTP/1.1 200 OK\r\nx-amz-request|-id: 1\r\n\r\n', 'http-message');
    expect(amz?.value).toBe('**x-amz-request-id**\n\nA nonstandard field of Amazon Web Services, one of its own family of fields (`x-amz-*`): not registered with IANA; see its documentation.');
    expect(hover('HTTP/1.1 200 OK\r\nX-Ms-Ver|sion: 1\r\n\r\n', 'http-message', service({ locale: 'zh-CN' }))?.value).toContain('Microsoft Azure 的非标准字段');
    expect(hover('HTTP/1.1 200 OK\r\nX-Cus|tom: 1\r\n\r\n', 'http-message')?.value).toContain('Not a registered field');
  });

  it('marks a deprecated field and names its replacement', () => {
    const h = hover('HTTP/1.1 200 OK\r\nContent-M|D5: Q2hlY2sgSW50ZWdyaXR5IQ==\r\n\r\n', 'http-message');
    expect(h?.value).toMatch(/obsoleted|deprecated/);
    expect(h?.value).toMatch(/Repr-Digest|Content-Digest/);
  });

  it('explains a Cache-Control directive and humanises its duration', () => {
    const h = hover('GET https://a.example/\nCache-Control: no-cache, max-a|ge=86400\n');
    expect(h?.text).toBe('max-age=86400');
    expect(h?.value).toContain('1 day');
    // the seconds recipients use: capped at 2^31 (RFC 9111 §1.2.2), and none for an extension's number
    const capped = hover('HTTP/1.1 200 OK\r\nCache-Control: max-a|ge=99999999999999999999\r\n\r\n', 'http-message');
    expect(capped?.value).toContain('2147483648 = 68 years');
    expect(capped?.value).not.toContain('3170979198376');
    expect(hover('HTTP/1.1 200 OK\r\nCache-Control: fo|o=12\r\n\r\n', 'http-message')?.value).not.toContain('12 seconds');
    expect(hover('HTTP/1.1 200 OK\r\nAge: 9999|9999999\r\n\r\n', 'http-message')?.value).toBe('`99999999999` = 68 years 35 days');
  });

  it('says what a directive means where it stands: request or response, and the qualified forms', () => {
    // a request's no-cache and max-age speak of the client (RFC 9111 §5.2.1)
    const request = hover('GET https://a.example/\nCache-Control: no-ca|che, max-age=0\n');
    expect(request?.value).toContain('The client wants no stored response used without successful revalidation');
    expect(request?.value).not.toContain('Caches may store the response');
    expect(hover('GET https://a.example/\nCache-Control: max-a|ge=0\n')?.value).toContain('The client accepts a stored response no older than');
    // a response's no-cache, plain and qualified (§5.2.2.4), and a qualified private (§5.2.2.7)
    expect(hover('HTTP/1.1 200 OK\r\nCache-Control: no-c|ache\r\n\r\n', 'http-message')?.value).toContain('must revalidate it with the origin before every reuse');
    const fields = hover('HTTP/1.1 200 OK\r\nCache-Control: max-age=60, no-c|ache="Set-Cookie, X-Token"\r\n\r\n', 'http-message');
    expect(fields?.value).toContain('Caches may reuse the response without revalidation, but not these fields: Set-Cookie, X-Token.');
    const priv = hover('HTTP/1.1 200 OK\r\nCache-Control: max-age=60, priv|ate=Authorization\r\n\r\n', 'http-message', service({ locale: 'zh-CN' }));
    expect(priv?.value).toContain('共享缓存可以存储该响应，但不能存储这些字段：Authorization。');
    expect(hover('HTTP/1.1 200 OK\r\nCache-Control: max-a|ge=60\r\n\r\n', 'http-message')?.value).toContain('Fresh for this many seconds after it was generated.');
  });

  it('describes the member of a Structured Field Dictionary under the cursor: an Item, or an Inner List with its items', () => {
    const text = (marked: string) => hover(`HTTP/1.1 200 OK\r\n${marked}\r\n\r\n`, 'http-message');
    expect(text('Priority: u|=1, i')).toMatchObject({ text: 'u=1', value: 'Dictionary member `u` = 1 (integer)' });
    // an Inner List member (it threw before: the hover read the value an Item has)
    expect(text('Permissions-Policy: geoloc|ation=(), camera=(self "https://a.example")')?.value).toBe('Dictionary member `geolocation` = inner list (empty)');
    expect(text('Permissions-Policy: geolocation=(), cam|era=(self "https://a.example")')?.value).toBe('Dictionary member `camera` = inner list (self (token), https://a.example (string))');
    expect(hover('HTTP/1.1 200 OK\r\nPermissions-Policy: geoloc|ation=()\r\n\r\n', 'http-message', service({ locale: 'zh-CN' }))?.value).toBe('字典成员 `geolocation` = 内层列表 (空)');
  });

  it('shows an HTTP-date in UTC and relative to now', () => {
    const h = hover('HTTP/1.1 200 OK\r\nLast-Modified: Mon, 23 Nov 2|026 10:00:00 GMT\r\n\r\n', 'http-message');
    expect(h?.value).toContain('2026-11-23T10:00:00Z');
    expect(h?.value).toContain('1 day ago');
  });

  it('shows the caching summary on a response status line', () => {
    const h = hover('HTTP/1.1 2|00 OK\r\nDate: Tue, 24 Nov 2026 10:00:00 GMT\r\nCache-Control: public, max-age=3600\r\n\r\n', 'http-message');
    expect(h?.value).toContain('1 hour');
    expect(h?.value).toMatch(/shared cache/);
  });

  it('resolves a variable and says where it comes from', () => {
    const h = hover('@host = api.example.com\n\nGET https://{{ho|st}}/\n');
    expect(h?.text).toBe('{{host}}');
    expect(h?.value).toContain('`api.example.com`');
    expect(h?.value).toContain('@host');
  });

  it('masks secrets', () => {
    const h = hover('@apiToken = supersecretvalue\n\nGET https://a.example/\nAuthorization: Bearer {{api|Token}}\n');
    expect(h?.value).not.toContain('supersecretvalue');
    expect(h?.value).toContain('su••');
  });

  it("shows a value of the JetBrains HTTP Client's Java Faker methods httplens generates, and says which ones it does not", () => {
    const generated = hover('GET https://a.example/{{$random.name.first|Name}}\n')?.value ?? '';
    expect(generated).toMatch(/^\*\*\{\{\$random\.name\.firstName\}\}\*\* = `[A-Z][a-z]+`/);
    expect(generated).toContain('A dynamic variable ($random.name.firstName): a new value on every send.');
    expect(hover('GET https://a.example/{{$random.internet.ava|tar}}\n')?.value).toContain('A value of the Java Faker library that httplens does not generate: the JetBrains HTTP Client generates it when it sends the request');
  });

  it('says when a variable is undefined', () => {
    expect(hover('GET https://{{nowh|ere}}/\n')?.value).toContain('Not defined');
  });

  it("says how httpYac's questions are asked when the request is sent", () => {
    const input = hover('GET https://a.example/{{$input-ask|once Your name $value: Ada}}\n');
    expect(input?.value).toContain('Asked when the request is sent: “Your name”, in an input box. Proposed answer: `Ada`. Asked once a session;');
    expect(hover('GET https://a.example/{{$pass|word Password}}\n')?.value).toContain('in an input box that hides what is typed.');
    const pick = hover('GET https://a.example/{{$pi|ck Stage $value: dev,prod}}\n', 'http', service({ locale: 'zh-CN' }));
    expect(pick?.value).toContain('发送请求时询问：“Stage”，从 dev、prod 中选择一个。');
    // a JetBrains OAuth 2.0 token is got when the request is sent
    expect(hover('GET https://a.example/\nAuthorization: Bearer {{$auth.tok|en("api")}}\n')?.value).toContain('The access token of the OAuth 2.0 configuration “api” (Security.Auth of the selected environment), got when the request is sent');
    // an @prompt variable left unanswered keeps its own sentence
    expect(hover('# @prompt user\nGET https://a.example/{{us|er}}\n')?.value).toContain('The prompt was not answered.');
  });

  it('speaks Simplified Chinese', () => {
    const h = hover('GET https://a.example/\nCache-Control: max-a|ge=60\n', 'http', service({ locale: 'zh-CN' }));
    expect(h?.value).toMatch(/\p{Script=Han}/u);
    expect(h?.value).toContain('1 分钟');
  });

  it("shows a field's documentation in Simplified Chinese, not only its summary", () => {
    const h = hover('GET https://a.example/\nCache-Con|trol: max-age=60\n', 'http', service({ locale: 'zh-CN' }));
    // the zh-CN hover text of Cache-Control (registered by @httplens/core/locales/zh-CN), not the English one
    expect(h?.value).toContain('给沿途缓存的指令');
    expect(h?.value).not.toContain('Directives for caches along the way');
  });

  it('returns null where there is nothing to explain', () => {
    expect(hover('GET https://a.example/\n\n{"a": |1}\n')).toBeUndefined();
  });
});

describe('hovers on the parts of a file an editor user points at', () => {
  it('explains a Set-Cookie attribute and a CSP directive', () => {
    const cookie = hover('HTTP/1.1 200 OK\r\nSet-Cookie: id=1; Http|Only; Max-Age=3600\r\n\r\n', 'http-message');
    expect(cookie?.text).toBe('HttpOnly');
    expect(cookie?.value).toContain('JavaScript');
    expect(hover('HTTP/1.1 200 OK\r\nSet-Cookie: id=1; HttpOnly; Max-A|ge=3600\r\n\r\n', 'http-message')?.value).toContain('1 hour');
    const csp = hover("HTTP/1.1 200 OK\r\nContent-Security-Policy: default-src 'self'; frame-ance|stors 'none'\r\n\r\n", 'http-message');
    expect(csp?.text).toBe("frame-ancestors 'none'");
    expect(csp?.value).toContain('X-Frame-Options');
    expect(hover('HTTP/1.1 200 OK\r\nSet-Cookie: id=1; Same|Site=Lax\r\n\r\n', 'http-message', service({ locale: 'zh-CN' }))?.value).toMatch(/\p{Script=Han}/u);
  });

  it('explains a request name: the request, how to use its response, its references', () => {
    const h = hover('# @name lo|gin\nPOST https://a.example/login\n\n###\nGET https://a.example/{{login.response.body.$.id}}\n');
    expect(h?.text).toBe('login');
    expect(h?.value).toContain('POST https://a.example/login');
    expect(h?.value).toContain('{{login.response.body.$}}');
    expect(h?.value).toContain(': 1.');
  });

  it('explains a diagnostic code in a suppression comment, with a link to its page', () => {
    const h = hover('# httplens-disable-next-line HTTP30|01\nGET https://a.example/\nContent-Lenght: 1\n');
    expect(h?.text).toBe('HTTP3001');
    expect(h?.value).toContain('codes/HTTP3001');
  });
});

describe('where a variable comes from', () => {
  it('names the environment and, in parentheses, its file', async () => {
    const { parseEnvironmentFile } = await import('@httplens/http-file');
    const s = service();
    s.setEnvironments(parseEnvironmentFile(JSON.stringify({ $shared: { v: '1' }, dev: { host: 'localhost' } }), 'http-client.env.json'), 'dev');
    expect(hover('GET https://{{ho|st}}/\n', 'http', s)?.value).toContain('From the environment dev (http-client.env.json).');
    expect(hover('GET https://a.example/{{|v}}\n', 'http', s)?.value).toContain('From the environment $shared (http-client.env.json).');
  });
});
