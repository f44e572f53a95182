import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, hostMatches, planFor, readSettings, redirectStep } from '../src/settings.js';

const from = (values: Record<string, unknown>) => readSettings((k) => values[k]);

describe('settings mapping', () => {
  it('defaults when nothing is set or values have the wrong type', () => {
    expect(from({})).toEqual(DEFAULT_SETTINGS);
    expect(from({ 'httplens.timeouts.connect': 'x', 'httplens.timeouts.idle': -1, 'httplens.response.column': 'left', 'httplens.send.enabled': 1 })).toEqual(DEFAULT_SETTINGS);
  });

  it('reads timeouts, TLS tables, proxy settings', () => {
    const s = from({
      'httplens.timeouts.connect': 500.7,
      'httplens.timeouts.total': 2000,
      'httplens.tls.ca': { 'Internal.example:8443': '/ca.pem', bad: 3 },
      'httplens.tls.certificates': { '*.corp': { cert: '/c.pem', key: '/k.pem', other: 'x' }, empty: {} },
      'httplens.tls.insecureHosts': ['LocalHost', '', 4],
      'http.proxy': ' http://proxy:3128 ',
      'http.noProxy': ['.internal'],
      'httplens.send.enabled': 'off',
    });
    expect(s.timeouts).toEqual({ connect: 500, firstByte: 30_000, idle: 30_000, total: 2000 });
    expect(s.ca).toEqual({ 'internal.example:8443': '/ca.pem' });
    expect(s.certificates).toEqual({ '*.corp': { cert: '/c.pem', key: '/k.pem' } });
    expect(s.insecureHosts).toEqual(['localhost']);
    expect(s.proxy).toBe('http://proxy:3128');
    expect(s.sendEnabled).toBe('off');
  });

  it.each([
    ['example.com', 'example.com', '443', true],
    ['example.com', 'EXAMPLE.com', '80', true],
    ['example.com', 'api.example.com', '443', false],
    ['example.com:8443', 'example.com', '8443', true],
    ['example.com:8443', 'example.com', '443', false],
    ['*.example.com', 'api.example.com', '443', true],
    ['*.example.com', 'example.com', '443', false],
    ['.example.com', 'example.com', '443', true],
    ['.example.com', 'a.b.example.com', '443', true],
    ['.example.com', 'badexample.com', '443', false],
    ['*', 'anything', '1', true],
    ['[::1]:8080', '[::1]', '8080', true],
    ['::1', '::1', '80', true],
  ])('hostMatches(%s, %s, %s) = %s', (pattern, host, port, expected) => {
    expect(hostMatches(pattern, host, port)).toBe(expected);
  });

  it('plans per host: insecure, CA, certificate, proxy and noProxy', () => {
    const s = from({
      'httplens.tls.ca': { '*': '/all.pem', 'special.test': '/special.pem' },
      'httplens.tls.certificates': { 'mtls.test:8443': { pfx: '/c.p12', passphrase: 'pw' } },
      'httplens.tls.insecureHosts': ['self-signed.test'],
      'http.proxy': 'http://proxy:3128',
      'http.noProxy': ['localhost', '.internal'],
    });
    expect(planFor('https://self-signed.test/', s)).toMatchObject({ rejectUnauthorized: false, caFile: '/all.pem', proxy: 'http://proxy:3128' });
    expect(planFor('https://special.test/', s)).toMatchObject({ rejectUnauthorized: true, caFile: '/special.pem' });
    expect(planFor('https://mtls.test:8443/', s).certificate).toEqual({ pfx: '/c.p12', passphrase: 'pw' });
    expect(planFor('https://mtls.test/', s).certificate).toBeUndefined();
    expect(planFor('http://localhost:3000/', s).proxy).toBeUndefined();
    expect(planFor('http://db.internal/', s).proxy).toBeUndefined();
    expect(planFor('not a url', s).rejectUnauthorized).toBe(true);
  });

  it.each([
    [301, '/b', 'http://h/a', 'POST', { url: 'http://h/b', method: 'GET', dropBody: true, crossOrigin: false }],
    [302, 'http://h/b', 'http://h/a', 'PUT', { url: 'http://h/b', method: 'PUT', dropBody: false, crossOrigin: false }],
    [303, 'https://other/x#frag', 'http://h/a', 'PUT', { url: 'https://other/x', method: 'GET', dropBody: true, crossOrigin: true }],
    [303, '/x', 'http://h/a', 'HEAD', { url: 'http://h/x', method: 'HEAD', dropBody: false, crossOrigin: false }],
    [307, '../c?q', 'http://h/a/b', 'POST', { url: 'http://h/c?q', method: 'POST', dropBody: false, crossOrigin: false }],
    [308, 'x', 'http://h/a/b', 'DELETE', { url: 'http://h/a/x', method: 'DELETE', dropBody: false, crossOrigin: false }],
    [200, '/b', 'http://h/a', 'GET', undefined],
    [304, '/b', 'http://h/a', 'GET', undefined],
    [302, undefined, 'http://h/a', 'GET', undefined],
    [302, 'ftp://h/x', 'http://h/a', 'GET', undefined],
    [302, 'http://[bad', 'http://h/a', 'GET', undefined],
  ])('redirect %i to %s from %s (%s)', (status, location, current, method, expected) => {
    expect(redirectStep(status, location, current, method)).toEqual(expected);
  });
});
