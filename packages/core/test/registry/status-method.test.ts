import { describe, expect, it } from 'vitest';
import { getMethod, getStatus, listMethods, listStatusCodes, statusClass } from '@httplens/core';

const HAN = /\p{Script=Han}/u;

/** The IANA HTTP Status Code Registry (every assigned code). */
const IANA_STATUS_CODES = [
  100, 101, 102, 103, 104, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 306, 307, 308,
  400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424, 425,
  426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
];

/** The IANA HTTP Method Registry: name, safe, idempotent. */
const IANA_METHODS: [string, boolean, boolean][] = [
  ['ACL', false, true], ['BASELINE-CONTROL', false, true], ['BIND', false, true], ['CHECKIN', false, true], ['CHECKOUT', false, true],
  ['CONNECT', false, false], ['COPY', false, true], ['DELETE', false, true], ['GET', true, true], ['HEAD', true, true],
  ['LABEL', false, true], ['LINK', false, true], ['LOCK', false, false], ['MERGE', false, true], ['MKACTIVITY', false, true],
  ['MKCALENDAR', false, true], ['MKCOL', false, true], ['MKREDIRECTREF', false, true], ['MKWORKSPACE', false, true],
  ['MOVE', false, true], ['OPTIONS', true, true], ['ORDERPATCH', false, true], ['PATCH', false, false], ['POST', false, false],
  ['PRI', true, true], ['PROPFIND', true, true], ['PROPPATCH', false, true], ['PUT', false, true], ['QUERY', true, true],
  ['REBIND', false, true], ['REPORT', true, true], ['SEARCH', true, true], ['TRACE', true, true], ['UNBIND', false, true],
  ['UNCHECKOUT', false, true], ['UNLINK', false, true], ['UNLOCK', false, true], ['UPDATE', false, true],
  ['UPDATEREDIRECTREF', false, true], ['VERSION-CONTROL', false, true],
];

describe('getStatus', () => {
  it('knows every IANA-registered code, and only common extras besides', () => {
    for (const code of IANA_STATUS_CODES) expect(getStatus(code), String(code)).toBeDefined();
    const extras = listStatusCodes().filter((c) => !IANA_STATUS_CODES.includes(c));
    for (const code of extras) expect(getStatus(code)?.status, String(code)).toBe('nonstandard');
    for (const code of IANA_STATUS_CODES) expect(getStatus(code)?.status).not.toBe('nonstandard');
  });

  it.each(listStatusCodes().map((c) => [c] as const))('%i has both descriptions', (code) => {
    const en = getStatus(code);
    const zh = getStatus(code, { locale: 'zh-CN' });
    expect(en?.description.length).toBeGreaterThan(10);
    expect(zh?.description).toMatch(HAN);
    expect(zh?.description).not.toBe(en?.description);
    expect(en?.class).toBe(statusClass(code));
    expect(en?.specUrl).toMatch(/^https:\/\//);
  });

  it.each([
    [200, { reason: 'OK', class: 'successful', heuristicallyCacheable: true, specUrl: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1' }],
    [305, { reason: 'Use Proxy', status: 'deprecated' }],
    [306, { reason: '(Unused)', status: 'unused' }],
    [413, { reason: 'Content Too Large', aliases: ['Request Entity Too Large', 'Payload Too Large'] }],
    [414, { reason: 'URI Too Long', aliases: ['Request-URI Too Long'] }],
    [416, { reason: 'Range Not Satisfiable', aliases: ['Requested Range Not Satisfiable'] }],
    [422, { reason: 'Unprocessable Content', aliases: ['Unprocessable Entity'] }],
    [418, { status: 'unused', aliases: ["I'm a teapot"] }],
    [308, { reason: 'Permanent Redirect', heuristicallyCacheable: true }],
    [421, { reason: 'Misdirected Request' }],
    [425, { reason: 'Too Early', specUrl: 'https://www.rfc-editor.org/rfc/rfc8470#section-5.2' }],
    [426, { reason: 'Upgrade Required' }],
    [428, { reason: 'Precondition Required' }],
    [429, { reason: 'Too Many Requests', heuristicallyCacheable: false }],
    [431, { reason: 'Request Header Fields Too Large' }],
    [451, { reason: 'Unavailable For Legal Reasons' }],
    [510, { status: 'obsoleted' }],
    [499, { status: 'nonstandard', class: 'client-error' }],
  ] as const)('%i', (code, expected) => {
    expect(getStatus(code)).toMatchObject(expected);
  });

  it('returns undefined for unassigned codes and classifies any code', () => {
    expect(getStatus(299)).toBeUndefined();
    expect(getStatus(600)).toBeUndefined();
    expect(statusClass(299)).toBe('successful');
    expect(statusClass(99)).toBeUndefined();
    expect(statusClass(600)).toBeUndefined();
    expect(statusClass(200.5)).toBeUndefined();
  });
});

describe('getMethod', () => {
  it.each(IANA_METHODS)('%s: safe %s, idempotent %s, as registered', (name, safe, idempotent) => {
    const m = getMethod(name);
    expect(m).toMatchObject({ name, safe, idempotent });
    if (m?.safe) expect(m.idempotent).toBe(true);
    expect(getMethod(name, { locale: 'zh-CN' })?.description).toMatch(HAN);
    expect(m?.description.length).toBeGreaterThan(20);
  });

  it('lists exactly the registered methods', () => {
    expect(listMethods().sort()).toEqual(IANA_METHODS.map((m) => m[0]).sort());
  });

  it.each([
    ['GET', { cacheable: 'yes', requestContent: 'undefined-semantics', responseContent: true }],
    ['HEAD', { cacheable: 'yes', responseContent: false }],
    ['POST', { cacheable: 'limited', requestContent: 'expected' }],
    ['QUERY', { safe: true, idempotent: true, cacheable: 'yes', requestContent: 'expected' }],
    ['TRACE', { requestContent: 'forbidden' }],
    ['PRI', { status: 'reserved' }],
    ['PATCH', { mdnUrl: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Methods/PATCH' }],
  ] as const)('%s semantics', (name, expected) => {
    expect(getMethod(name)).toMatchObject(expected);
  });

  it('is case-sensitive, as method names are', () => {
    expect(getMethod('get')).toBeUndefined();
    expect(getMethod('FROB')).toBeUndefined();
  });
});
