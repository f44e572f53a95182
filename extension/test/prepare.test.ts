import { describe, expect, it } from 'vitest';
import { prepareRequest } from '../src/prepare.js';

describe('prepareRequest', () => {
  it.each([
    [['Authorization', 'Basic user:pass'], [['Authorization', 'Basic dXNlcjpwYXNz']], false],
    [['Authorization', 'Basic user pass'], [['Authorization', 'Basic dXNlcjpwYXNz']], false],
    [['Authorization', 'Basic dXNlcjpwYXNz'], [['Authorization', 'Basic dXNlcjpwYXNz']], false],
    [['Authorization', 'Digest user pass'], [], true],
    [['Authorization', 'Digest username="x", realm="r"'], [['Authorization', 'Digest username="x", realm="r"']], false],
    [['X-Other', 'Basic a:b'], [['X-Other', 'Basic a:b']], false],
  ] as [[string, string], [string, string][], boolean][])('%j', (header, expected, digest) => {
    const r = prepareRequest({ method: 'GET', url: 'http://h/', headers: [header], body: null });
    expect(r.request.headers).toEqual(expected);
    expect(r.digest).toBe(digest);
    expect(r.request.body).toBeUndefined();
  });

  it('keeps a body', () => {
    expect(prepareRequest({ method: 'POST', url: 'http://h/', headers: [], body: 'x' }).request.body).toBe('x');
  });
});
