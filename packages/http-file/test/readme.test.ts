import { expect, it } from 'vitest';
import { parseHttpFile, requestTimeouts, resolveRequest, toHttpMessage, toCurl } from '@httplens/http-file';

// The README's main example, kept honest.
it('README example', () => {
  const file = parseHttpFile(`@host = api.example.com

### Log in
# @name login
# @prompt user Your user name
POST https://{{host}}/login
Content-Type: application/json

{"user": "{{user}}"}

> {% client.global.set("token", response.body.token); %}
`, { dialect: 'auto' });
  const req = file.requests[0];
  expect([req?.name, req?.title, req?.method, req?.url, req?.body?.text]).toEqual(['login', 'Log in', 'POST', 'https://{{host}}/login', '{"user": "{{user}}"}']);
  expect(req?.scripts.map((s) => [s.kind, s.script])).toEqual([['response-handler', 'client.global.set("token", response.body.token);']]);
  expect(file.diagnostics).toEqual([]);
  const resolved = resolveRequest(file, 0, { prompt: { user: 'alice' } });
  expect([resolved.url, resolved.body]).toEqual(['https://api.example.com/login', '{"user": "alice"}']);
  expect(resolved.values[0]?.source).toEqual({ kind: 'file', name: 'host', span: { offset: 0, length: 23 } });
  const message = toHttpMessage(resolved);
  expect(new TextDecoder().decode(message.bytes)).toBe('POST /login HTTP/1.1\r\nHost: api.example.com\r\nContent-Type: application/json\r\nContent-Length: 17\r\n\r\n{"user": "alice"}');
  expect(toCurl({ method: 'GET', url: 'https://x/?a=1&b=2', headers: [['Accept', 'text/html']] })).toBe("curl 'https://x/?a=1&b=2' -H 'Accept: text/html'");
});

it('README timeouts example', () => {
  const file = parseHttpFile('# @timeout 600\n// @connection-timeout 2 m\nGET https://example.com/slow\n', { dialect: 'jetbrains' });
  const request = file.requests[0];
  if (!request) throw new Error('no request');
  expect(requestTimeouts(request.metadata, 'jetbrains')).toEqual({ timeouts: { firstByte: 600000, idle: 600000, connect: 120000 }, diagnostics: [] });
  expect(resolveRequest(file, 0).timeouts).toEqual({ firstByte: 600000, idle: 600000, connect: 120000 });
});
