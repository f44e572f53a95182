import { describe, expect, it } from 'vitest';
import { prepareRequest } from '../src/prepare.js';

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

  it('keeps a body', () => {
    expect(prepareRequest({ method: 'POST', url: 'http://h/', headers: [], body: 'x' }).request.body).toBe('x');
  });
});
