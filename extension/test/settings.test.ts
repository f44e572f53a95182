import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientOptionsFor, DEFAULT_HEADERS, DEFAULT_SETTINGS, defaultHeadersOf, hostMatches, planFor, readSettings, requestOptionsFor, settingsProblems } from '../src/settings.js';

const from = (values: Record<string, unknown>) => readSettings((k) => values[k]);

describe('settings mapping', () => {
  it('defaults when nothing is set or values have the wrong type', () => {
    expect(from({})).toEqual(DEFAULT_SETTINGS);
    expect(from({ 'httplens.timeouts.connect': 'x', 'httplens.timeouts.idle': -1, 'httplens.response.column': 'left', 'httplens.send.enabled': 1 })).toEqual(DEFAULT_SETTINGS);
  });

  it('says which set values cannot be used (they fall back to the defaults)', () => {
    const values: Record<string, unknown> = {
      'httplens.timeouts.connect': '5s',
      'httplens.timeouts.idle': -1,
      'httplens.response.maxBodySize': 0,
      'httplens.response.column': 'left',
      'httplens.followRedirects': 'yes',
      'httplens.tls.ca': '/etc/ca.pem',
      'httplens.tls.certificates': { api: { passphrase: 'p' }, ok: { pfx: '/c.p12' } },
      'httplens.tls.insecureHosts': 'localhost',
    };
    expect(settingsProblems((k) => values[k])).toEqual([
      'httplens.timeouts.connect: "5s" is not a number of milliseconds (0 or more)',
      'httplens.timeouts.idle: -1 is not a number of milliseconds (0 or more)',
      'httplens.response.maxBodySize: 0 is not a number (1 or more)',
      'httplens.followRedirects: "yes" is not true or false',
      'httplens.response.column: "left" is not "beside" or "active"',
      'httplens.tls.insecureHosts: "localhost" is not a list of host patterns',
      'httplens.tls.ca: "/etc/ca.pem" is not an object of host pattern -> PEM file',
      'httplens.tls.certificates["api"]: {"passphrase":"p"} names no cert, key or pfx file',
    ]);
    // the defaults of package.json are valid
    const defaults: Record<string, unknown> = { 'httplens.timeouts.connect': 10_000, 'httplens.tls.ca': {}, 'httplens.tls.certificates': {}, 'httplens.tls.insecureHosts': [], 'httplens.response.column': 'beside', 'httplens.send.enabled': 'auto', 'httplens.history.max': 0 };
    expect(settingsProblems((k) => defaults[k])).toEqual([]);
  });

  it('reads the large-response limit in megabytes, fractions allowed', () => {
    expect(from({ 'httplens.response.largeBodyLimit': 0.5 }).response.largeBodyLimit).toBe(0.5);
    expect(from({ 'httplens.response.largeBodyLimit': 0 }).response.largeBodyLimit).toBe(5);
    expect(settingsProblems((k) => ({ 'httplens.response.largeBodyLimit': '5MB' })[k])).toEqual(['httplens.response.largeBodyLimit: "5MB" is not a number of megabytes (more than 0)']);
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

  it('maps redirects, timeouts and VS Code proxy settings onto the client options', () => {
    expect(clientOptionsFor(DEFAULT_SETTINGS)).toEqual({
      followRedirects: true,
      maxRedirects: 5,
      timeouts: { connect: 10_000, tls: 10_000, firstByte: 30_000, idle: 30_000, total: 0 },
    });
    const s = from({
      'httplens.followRedirects': true,
      'httplens.maxRedirects': 2,
      'httplens.timeouts.connect': 1000,
      'httplens.timeouts.total': 5000,
      'http.proxy': 'http://user:pw@proxy:3128',
      'http.proxyStrictSSL': false,
      'http.noProxy': ['localhost', '.internal'],
    });
    expect(clientOptionsFor(s)).toEqual({
      followRedirects: true,
      maxRedirects: 2,
      timeouts: { connect: 1000, tls: 1000, firstByte: 30_000, idle: 30_000, total: 5000 },
      proxy: { url: 'http://user:pw@proxy:3128', strictSSL: false, noProxy: ['localhost', '.internal'] },
    });
    expect(clientOptionsFor(from({ 'httplens.followRedirects': false })).followRedirects).toBe(false);
    // 0 redirects: the redirect response is shown, not an error
    expect(clientOptionsFor(from({ 'httplens.maxRedirects': 0 })).followRedirects).toBe(false);
    // strict by default; no http.proxy leaves the proxy to the environment
    expect(clientOptionsFor(from({ 'http.proxy': 'http://p:1' })).proxy).toEqual({ url: 'http://p:1', strictSSL: true, noProxy: [] });
    expect('proxy' in clientOptionsFor(from({ 'http.proxy': '  ' }))).toBe(false);
  });

  it('maps per-host TLS and request metadata onto per-request options', () => {
    const s = from({ 'httplens.tls.insecureHosts': ['self-signed.test'], 'httplens.tls.certificates': { 'mtls.test:8443': { pfx: '/c.p12', passphrase: 'pw' } } });
    expect(requestOptionsFor('https://self-signed.test/x', planFor('https://self-signed.test/x', s), {})).toEqual({ hosts: { 'self-signed.test:443': { insecure: true } } });
    const pfx = new Uint8Array([1, 2]);
    expect(requestOptionsFor('https://MTLS.test:8443/', planFor('https://mtls.test:8443/', s), { pfx, ca: 'PEM' })).toEqual({ hosts: { 'mtls.test:8443': { pfx, passphrase: 'pw', ca: 'PEM' } } });
    expect(requestOptionsFor('http://[::1]:8080/', planFor('http://[::1]:8080/', from({ 'httplens.tls.insecureHosts': ['[::1]:8080'] })), {})).toEqual({ hosts: { '[::1]:8080': { insecure: true } } });
    expect(requestOptionsFor('https://other.test/', planFor('https://other.test/', s), {})).toEqual({});
    expect(requestOptionsFor('http://h/', planFor('http://h/', s), {}, { 'no-redirect': true, 'No-Cookie-Jar': true, name: 'x' })).toEqual({ followRedirects: false, cookies: false });
    expect(requestOptionsFor('http://h/', planFor('http://h/', s), {}, { name: 'x' })).toEqual({});
  });

  it("applies the request's own timeouts over the settings' timeouts", () => {
    const s = from({ 'httplens.timeouts.connect': 1000, 'httplens.timeouts.total': 5000 });
    const plan = planFor('http://h/', s);
    // from the file's dialect (resolveRequest's timeouts): an httpYac `# @timeout 250`
    expect(requestOptionsFor('http://h/', plan, {}, { timeout: '250' }, { total: 250 })).toEqual({ timeouts: { connect: 1000, tls: 1000, firstByte: 30_000, idle: 30_000, total: 250 } });
    // none in the file's dialect (REST Client): the client's timeouts stay
    expect(requestOptionsFor('http://h/', plan, {}, { timeout: '250' }, null)).toEqual({});
    // not given: read from the metadata as the auto dialect reads it (seconds, or with ms, s, m)
    expect(requestOptionsFor('http://h/', plan, {}, { timeout: '2', 'connection-timeout': '500 ms', 'no-redirect': true })).toEqual({
      followRedirects: false,
      timeouts: { connect: 500, tls: 1000, firstByte: 2000, idle: 2000, total: 5000 },
    });
    // a value it cannot read changes nothing
    expect(requestOptionsFor('http://h/', plan, {}, { timeout: 'soon' })).toEqual({});
    expect(requestOptionsFor('http://h/', plan, {}, { timeout: true })).toEqual({});
  });
});

describe('httplens.defaultHeaders', () => {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string; contributes: { configuration: { properties: Record<string, { default: unknown }> } } };

  it('defaults to User-Agent: httplens/<version>, the default of package.json too', () => {
    expect(DEFAULT_HEADERS).toEqual([['User-Agent', `httplens/${pkg.version}`]]);
    expect(pkg.contributes.configuration.properties['httplens.defaultHeaders']?.default).toEqual(Object.fromEntries(DEFAULT_HEADERS));
    expect(from({}).defaultHeaders).toEqual([['User-Agent', `httplens/${pkg.version}`]]);
    expect(from({ 'httplens.defaultHeaders': Object.fromEntries(DEFAULT_HEADERS) }).defaultHeaders).toEqual(DEFAULT_HEADERS);
  });

  it('puts the setting over the default: a name in any case replaces it, null or "" removes it, others are added', () => {
    expect(defaultHeadersOf({ 'user-agent': 'team/1', Accept: 'application/json' })).toEqual([['user-agent', 'team/1'], ['Accept', 'application/json']]);
    expect(defaultHeadersOf({ 'User-Agent': null })).toEqual([]);
    expect(defaultHeadersOf({ 'USER-AGENT': '' })).toEqual([]);
    expect(defaultHeadersOf({})).toEqual(DEFAULT_HEADERS);
    expect(defaultHeadersOf('User-Agent: x')).toEqual(DEFAULT_HEADERS);
  });

  it('leaves out, and reports, entries it cannot send', () => {
    const value = { 'Bad Name': 'x', 'X-Split': 'a\r\nX-Injected: 1', 'X-Number': 1, 'X-Ok': 'yes', 'X-None': null };
    expect(defaultHeadersOf(value)).toEqual([['User-Agent', DEFAULT_HEADERS[0]?.[1]], ['X-Ok', 'yes']]);
    expect(settingsProblems((k) => (k === 'httplens.defaultHeaders' ? value : undefined))).toEqual([
      'httplens.defaultHeaders["Bad Name"]: not a field name',
      'httplens.defaultHeaders["X-Split"]: "a\\r\\nX-Injected: 1" is not a field value on one line (or null for no such header)',
      'httplens.defaultHeaders["X-Number"]: 1 is not a field value on one line (or null for no such header)',
    ]);
    expect(settingsProblems((k) => (k === 'httplens.defaultHeaders' ? ['User-Agent: x'] : undefined))).toEqual(['httplens.defaultHeaders: ["User-Agent: x"] is not an object of field name -> value']);
    expect(settingsProblems((k) => (k === 'httplens.defaultHeaders' ? Object.fromEntries(DEFAULT_HEADERS) : undefined))).toEqual([]);
  });
});
