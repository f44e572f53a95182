import { describe, expect, it } from 'vitest';
import { parseCurl, parseHttpFile, resolveRequest, splitCommandLine, toCurl, toBase64 } from '@httplens/http-file';

const simple = (cmd: string) => {
  const r = parseCurl(cmd);
  return { method: r.method, url: r.url, headers: r.headers.map((h) => [h.name, h.value]), body: r.body, codes: r.diagnostics.map((d) => d.code) };
};

describe('splitCommandLine', () => {
  it.each([
    [`curl 'a b' "c \\"d\\" \\$e" f\\ g`, ['curl', 'a b', 'c "d" $e', 'f g']],
    ["curl $'x\\ny' 'it'\\''s'", ['curl', 'x\ny', "it's"]],
    ['curl \\\n  -H x \\\r\n  url', ['curl', '-H', 'x', 'url']],
    ['curl ^\n  -H "a: b" ^\n  ^"https://x/?a=1^&b=2^"', ['curl', '-H', 'a: b', 'https://x/?a=1&b=2']],
    ['curl ^"https://x/^" --data-raw ^"^{^\\^"a^\\^":1^}^"', ['curl', 'https://x/', '--data-raw', '{"a":1}']],
    ['curl "a""b"', ['curl', 'ab']],
  ])('%j', (input, words) => {
    expect(splitCommandLine(input).words.map((w) => w.value)).toEqual(words);
  });
  it('reports an unterminated quote', () => {
    expect(parseCurl("curl 'https://x").diagnostics.map((d) => d.code)).toEqual(['HTTP1044']);
  });
});

describe('parseCurl', () => {
  it.each([
    ['curl https://example.com', { method: 'GET', url: 'https://example.com', headers: [], body: undefined, codes: [] }],
    ['curl -X DELETE https://x/1', { method: 'DELETE', url: 'https://x/1', headers: [], body: undefined, codes: [] }],
    ['curl -XPUT https://x/1', { method: 'PUT', url: 'https://x/1', headers: [], body: undefined, codes: [] }],
    ["curl -H 'Accept: application/json' -H 'X-Empty;' https://x", { method: 'GET', url: 'https://x', headers: [['Accept', 'application/json'], ['X-Empty', '']], body: undefined, codes: [] }],
    ["curl -d 'a=1' -d b=2 https://x", { method: 'POST', url: 'https://x', headers: [['Content-Type', 'application/x-www-form-urlencoded']], body: 'a=1&b=2', codes: [] }],
    ["curl --data-raw '@literal' https://x", { method: 'POST', url: 'https://x', headers: [['Content-Type', 'application/x-www-form-urlencoded']], body: '@literal', codes: [] }],
    ["curl --data-binary '{\"a\":1}' -H 'Content-Type: application/json' https://x", { method: 'POST', url: 'https://x', headers: [['Content-Type', 'application/json']], body: '{"a":1}', codes: [] }],
    ["curl --data-urlencode 'q=a b&c' --data-urlencode '=x y' https://x", { method: 'POST', url: 'https://x', headers: [['Content-Type', 'application/x-www-form-urlencoded']], body: 'q=a%20b%26c&x%20y', codes: [] }],
    ['curl -G -d a=1 -d b=2 https://x/?z=0', { method: 'GET', url: 'https://x/?z=0&a=1&b=2', headers: [], body: undefined, codes: [] }],
    ['curl -I https://x', { method: 'HEAD', url: 'https://x', headers: [], body: undefined, codes: [] }],
    ['curl -u user:pass https://x', { method: 'GET', url: 'https://x', headers: [['Authorization', `Basic ${toBase64('user:pass')}`]], body: undefined, codes: [] }],
    ["curl -b 'a=1; b=2' -A 'agent/1' -e https://ref/ https://x", { method: 'GET', url: 'https://x', headers: [['Cookie', 'a=1; b=2'], ['User-Agent', 'agent/1'], ['Referer', 'https://ref/']], body: undefined, codes: [] }],
    ['curl --compressed -sSLk https://x', { method: 'GET', url: 'https://x', headers: [['Accept-Encoding', 'deflate, gzip']], body: undefined, codes: [] }],
    ['curl --url https://x -o out.txt', { method: 'GET', url: 'https://x', headers: [], body: undefined, codes: ['HTTP1046'] }],
    ['curl --frobnicate https://x', { method: 'GET', url: 'https://x', headers: [], body: undefined, codes: ['HTTP1042'] }],
    ['curl https://x -H', { method: 'GET', url: 'https://x', headers: [], body: undefined, codes: ['HTTP1043'] }],
    ['curl -H "A: b"', { method: 'GET', url: '', headers: [['A', 'b']], body: undefined, codes: ['HTTP1045'] }],
    ["curl --json '{\"a\":1}' https://x", { method: 'POST', url: 'https://x', headers: [['Content-Type', 'application/json'], ['Accept', 'application/json']], body: '{"a":1}', codes: [] }],
  ])('%s', (cmd, expected) => {
    expect(simple(cmd)).toEqual(expected);
  });

  it('-L, -k and --http2 are kept as options', () => {
    const r = parseCurl('curl -L -k --http2 https://x');
    expect([r.followRedirects, r.insecure, r.httpVersion]).toEqual([true, true, 'HTTP/2']);
  });

  it('-F builds a multipart body with file parts', () => {
    const r = parseCurl("curl -F 'name=value' -F 'file=@./photo.png;type=image/png' https://x/upload");
    expect(r.method).toBe('POST');
    expect(r.files).toEqual(['./photo.png']);
    expect(r.headers[0]?.value).toBe('multipart/form-data; boundary=----httplens-form-boundary');
    expect(r.body).toBe([
      '------httplens-form-boundary',
      'Content-Disposition: form-data; name="name"',
      '',
      'value',
      '------httplens-form-boundary',
      'Content-Disposition: form-data; name="file"; filename="photo.png"',
      'Content-Type: image/png',
      '',
      '< ./photo.png',
      '------httplens-form-boundary--',
    ].join('\n'));
  });

  it('reads a Windows cmd command with ^ continuations', () => {
    expect(simple('curl ^\n  -X POST ^\n  -H "Content-Type: application/json" ^\n  -d "{""a"":1}" ^\n  "https://x/"')).toEqual({
      method: 'POST', url: 'https://x/', headers: [['Content-Type', 'application/json']], body: '{"a":1}', codes: [],
    });
  });
});

describe('toCurl', () => {
  it.each([
    [{ method: 'GET', url: 'https://x/', headers: [] }, 'curl https://x/'],
    [{ method: 'POST', url: 'https://x/', headers: [['Content-Type', 'application/json']] as [string, string][], body: '{"a":"it\'s"}' }, `curl https://x/ -H 'Content-Type: application/json' --data-raw '{"a":"it'\\''s"}'`],
    [{ method: 'DELETE', url: 'https://x/1', headers: [{ name: 'X-Empty', value: '' }] }, "curl -X DELETE https://x/1 -H 'X-Empty;'"],
    [{ method: 'HEAD', url: 'https://x/?a=1&b=2', headers: [] }, "curl -I 'https://x/?a=1&b=2'"],
  ])('%j', (input, expected) => {
    expect(toCurl(input)).toBe(expected);
  });

  it('round-trips through parseCurl (posix and cmd)', () => {
    const req = { method: 'PATCH', url: 'https://x/a b?q="1"', headers: [['A', 'x & y ^ z'], ['B', "it's"], ['Content-Type', 'text/plain']] as [string, string][], body: 'line1\nline2 "q" 100%' };
    for (const shell of ['posix', 'cmd'] as const) {
      for (const multiline of [false, true]) {
        const back = parseCurl(toCurl(req, { shell, multiline }));
        expect([back.method, back.url, back.headers.map((h) => [h.name, h.value]), back.body]).toEqual([req.method, req.url, req.headers, req.body]);
      }
    }
  });
});

describe('curl commands inside .http files', () => {
  it('parses and resolves a curl request (REST Client)', () => {
    const text = "@host = example.com\n###\ncurl -X POST 'https://{{host}}/api' \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"a\":1}'\n###\nGET https://x/";
    const file = parseHttpFile(text);
    expect(file.requests.map((r) => [r.method, r.url])).toEqual([['POST', 'https://{{host}}/api'], ['GET', 'https://x/']]);
    expect(file.requests[0]?.headers.map((h) => text.slice(h.span.offset, h.span.offset + h.span.length))).toEqual(["'Content-Type: application/json'"]);
    const r = resolveRequest(file, 0);
    expect([r.method, r.url, r.body]).toEqual(['POST', 'https://example.com/api', '{"a":1}']);
  });
});
