import { parseHttpFile, resolveRequest, type StoredExchange } from '@httplens/http-file';
import { describe, expect, it } from 'vitest';
import { noteOf, prepareRequest, unresolvedVariables } from '../src/prepare.js';

describe('prepareRequest', () => {
  it.each([
    [['Authorization', 'Basic user:pass'], [['Authorization', 'Basic dXNlcjpwYXNz']], false],
    [['Authorization', 'Basic user pass'], [['Authorization', 'Basic dXNlcjpwYXNz']], false],
    [['Authorization', 'Basic dXNlcjpwYXNz'], [['Authorization', 'Basic dXNlcjpwYXNz']], false],
    [['Authorization', 'Digest user pass'], [], true],
    [['Authorization', 'Digest user  pass word '], [], true],
    [['Authorization', 'Digest username="x", realm="r"'], [['Authorization', 'Digest username="x", realm="r"']], false],
    [['X-Other', 'Basic a:b'], [['X-Other', 'Basic a:b']], false],
  ] as [[string, string], [string, string][], boolean][])('%j', (header, expected, digest) => {
    const r = prepareRequest({ method: 'GET', url: 'http://h/', headers: [header], body: null });
    expect(r.request.headers).toEqual(expected);
    expect(r.digest).toBe(digest);
    expect(r.request.body).toBeUndefined();
  });

  it.each([
    [['Authorization', 'Digest user pass'], null, { username: 'user', password: 'pass', scheme: 'digest' }],
    [['Authorization', 'Digest user  pass word '], null, { username: 'user', password: 'pass word', scheme: 'digest' }],
    [['Authorization', 'Basic a:b'], null, undefined],
    [['X-A', 'b'], { scheme: 'Digest', username: 'u', password: 'p' }, { username: 'u', password: 'p', scheme: 'digest' }],
    [['X-A', 'b'], { scheme: 'basic', username: 'u', password: 'p' }, undefined],
  ] as [[string, string], { scheme: string; username: string; password: string } | null, unknown][])('Digest credentials of %j and %j', (header, auth, expected) => {
    expect(prepareRequest({ method: 'GET', url: 'http://h/', headers: [header], body: null, auth }).auth).toEqual(expected);
  });

  it('adds the default headers the request does not set (names in any case) before its own', () => {
    const defaults: [string, string][] = [['User-Agent', 'httplens/0.1.0'], ['Accept', '*/*']];
    expect(prepareRequest({ method: 'GET', url: 'http://h/', headers: [['accept', 'text/html']], body: null }, defaults).request.headers).toEqual([
      ['User-Agent', 'httplens/0.1.0'],
      ['accept', 'text/html'],
    ]);
    expect(prepareRequest({ method: 'GET', url: 'http://h/', headers: [['USER-AGENT', 'mine']], body: null }, defaults).request.headers).toEqual([
      ['Accept', '*/*'],
      ['USER-AGENT', 'mine'],
    ]);
    // none by default; and a request whose Digest credentials were taken out gets no default Authorization
    expect(prepareRequest({ method: 'GET', url: 'http://h/', headers: [], body: null }).request.headers).toEqual([]);
    const withAuth: [string, string][] = [['Authorization', 'Bearer default']];
    expect(prepareRequest({ method: 'GET', url: 'http://h/', headers: [['Authorization', 'Digest u p']], body: null }, withAuth).request.headers).toEqual([]);
    expect(prepareRequest({ method: 'GET', url: 'http://h/', headers: [], body: null, auth: { scheme: 'digest', username: 'u', password: 'p' } }, withAuth).request.headers).toEqual([]);
    expect(prepareRequest({ method: 'GET', url: 'http://h/', headers: [], body: null }, withAuth).request.headers).toEqual(withAuth);
  });

  it('keeps a body', () => {
    expect(prepareRequest({ method: 'POST', url: 'http://h/', headers: [], body: 'x' }).request.body).toBe('x');
  });

  it('sends the exact bytes of a body that its text cannot carry (an included image)', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);
    const r = prepareRequest({ method: 'POST', url: 'http://h/', headers: [], body: new TextDecoder().decode(png), bodyBase64: Buffer.from(png).toString('base64') });
    expect(r.request.bytes).toEqual(png);
    expect(prepareRequest({ method: 'POST', url: 'http://h/', headers: [], body: 'x', bodyBase64: null }).request.bytes).toBeUndefined();
  });
});

describe('unresolvedVariables (values as httplens/requestAt reports them)', () => {
  const text = [
    '# @name login',
    'POST https://api.example.com/login',
    '',
    '###',
    'GET https://api.example.com/users/{{id}}?v={{version}}',
    'Authorization: Bearer {{login.response.body.$.token}}',
    'X-Id: {{id}}',
    '',
  ].join('\n');
  const valuesOf = (responses: Record<string, StoredExchange> = {}) =>
    resolveRequest(parseHttpFile(text), 1, { environment: { version: 'v1' }, responses }).values.map((v) => ({ expression: v.expression, value: v.value ?? null, source: v.source }));

  it('lists undefined variables and a chained response that is not there yet, once each', () => {
    expect(unresolvedVariables(valuesOf())).toEqual(['id', 'login.response.body.$.token']);
  });

  it('a chained value resolves once the named response is stored (as the extension passes it back after sending)', () => {
    const stored = { response: { status: 200, headers: [['Content-Type', 'application/json']] as [string, string][], body: '{"token":"t0k"}' } };
    const values = valuesOf({ login: stored });
    expect(unresolvedVariables(values)).toEqual(['id']);
    expect(values.find((v) => v.expression.startsWith('login'))?.value).toBe('t0k');
  });
});

describe('noteOf (# @note asks before sending)', () => {
  it.each([
    [{}, null],
    [{ note: true }, undefined],
    [{ Note: '  ' }, undefined],
    [{ note: 'This deletes the production database' }, 'This deletes the production database'],
    [{ name: 'x', 'no-redirect': true }, null],
  ] as [Record<string, string | true>, string | undefined | null][])('%j', (metadata, expected) => {
    expect(noteOf(metadata)).toBe(expected);
  });
});
