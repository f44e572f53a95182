import { describe, expect, it } from 'vitest';
import { getField } from '@httplens/core';
import type { MarkupContent } from 'vscode-languageserver-types';
import { cursor, doc, expectCodeAt, service } from './helpers.js';
import { FIELD_VALUES } from '../src/values.js';

// Table-driven cursor-marker tests: one row per field, value or rule.
const ls = service();
const zh = service({ locale: 'zh-CN' });

const FIELDS = [
  'Accept', 'Accept-Encoding', 'Accept-Language', 'Authorization', 'Cache-Control', 'Content-Type', 'Content-Length', 'Cookie',
  'If-Match', 'If-None-Match', 'If-Modified-Since', 'If-Unmodified-Since', 'If-Range', 'Origin', 'Referer', 'User-Agent', 'Range',
  'Prefer', 'Expect', 'Max-Forwards', 'TE', 'Upgrade', 'Via', 'Forwarded', 'From', 'Priority', 'Content-Encoding', 'Content-Language',
  'Content-Disposition', 'Idempotency-Key', 'Sec-Fetch-Mode', 'Sec-Fetch-Site', 'Access-Control-Request-Method', 'Pragma', 'Connection',
];

describe('hover on field names (request)', () => {
  it.each(FIELDS)('%s', (name) => {
    const { text, offset } = cursor(`GET https://a.example/\n${name.slice(0, 1)}|${name.slice(1)}: x\n`);
    const d = doc(text);
    const h = ls.doHover(d, d.positionAt(offset));
    const info = getField(name);
    expect(info).toBeDefined();
    expect((h?.contents as MarkupContent).value).toContain(`**${info?.name}**`);
    expect((h?.contents as MarkupContent).value).toContain(info?.specUrl ?? '#');
    expect(d.offsetAt(h!.range!.start)).toBe(text.indexOf(name));
  });
});

const RESPONSE_FIELDS = ['Age', 'Cache-Control', 'ETag', 'Expires', 'Last-Modified', 'Location', 'Retry-After', 'Server', 'Set-Cookie', 'Vary', 'WWW-Authenticate', 'Strict-Transport-Security', 'Content-Security-Policy', 'X-Content-Type-Options', 'X-Frame-Options', 'Access-Control-Allow-Origin', 'Alt-Svc', 'Link', 'Allow', 'Accept-Ranges'];

describe('hover on field names in Simplified Chinese (response)', () => {
  it.each(RESPONSE_FIELDS)('%s', (name) => {
    const { text, offset } = cursor(`HTTP/1.1 200 OK\r\n${name}|: x\r\n\r\n`);
    const d = doc(text, 'http-message');
    const value = (zh.doHover(d, d.positionAt(offset))?.contents as MarkupContent | undefined)?.value ?? '';
    expect(value).toContain(getField(name)?.name ?? '?');
    expect(value).toMatch(/\p{Script=Han}/u);
  });
});

describe('completion of values for each field with known values', () => {
  it.each(Object.entries(FIELD_VALUES).map(([name, values]) => [name, values[0] as string]))('%s offers %s', (name, first) => {
    const { text, offset } = cursor(`POST https://a.example/\n${name}: |\n`);
    const d = doc(text);
    const items = ls.doComplete(d, d.positionAt(offset)).items;
    expect(items.map((i) => i.label)).toContain(first);
  });
});

const DURATIONS: [string, string][] = [
  ['max-age=60', '1 minute'],
  ['max-age=3600', '1 hour'],
  ['max-age=86400', '1 day'],
  ['max-age=604800', '7 days'],
  ['s-maxage=31536000', '1 year'],
  ['stale-while-revalidate=30', '30 seconds'],
  ['stale-if-error=7200', '2 hours'],
  ['max-age=90', '1 minute 30 seconds'],
];

describe('hover on Cache-Control durations', () => {
  it.each(DURATIONS)('%s is %s', (directive, human) => {
    const { text, offset } = cursor(`HTTP/1.1 200 OK\r\nCache-Control: public, ${directive.slice(0, 2)}|${directive.slice(2)}\r\n\r\n`);
    const d = doc(text, 'http-message');
    const value = (ls.doHover(d, d.positionAt(offset))?.contents as MarkupContent).value;
    expect(value).toContain(human);
  });
});

const RULES_IN_HTTP_FILES: [string, string, string][] = [
  ['HTTP0503', 'DELETE https://a.example/1\nContent-Type: text/plain\n\n[|gone|]\n', 'content on DELETE'],
  ['HTTP0503', 'HEAD https://a.example/1\nContent-Type: text/plain\n\n[|x|]\n', 'content on HEAD'],
  ['HTTP0506', 'POST https://a.example/1\n[|Max-Forwards: 0|]\n', 'Max-Forwards on POST'],
  ['HTTP0508', 'PUT https://a.example/1\n[|Range: bytes=0-9|]\n', 'Range on PUT'],
  ['HTTP0509', 'GET http://a.example/1\n[|Cookie|]: a=1\n', 'a cookie over http'],
  ['HTTP0509', 'GET http://a.example/1\n[|Proxy-Authorization|]: Basic eDp5\n', 'proxy credentials over http'],
  ['HTTP0510', 'GET https://a.example/1\n[|Expect: 100-continue|]\n', '100-continue without content'],
  ['HTTP0564', 'GET https://a.example/1\nConnection: close\n[|Upgrade: h2c|]\n', 'Upgrade not listed'],
  ['HTTP3001', 'GET https://a.example/1\n[|Max-Forward|]: 1\n', 'Max-Forward'],
  ['HTTP3001', 'GET https://a.example/1\n[|Accept-Range|]: bytes\n', 'Accept-Range'],
  ['HTTP3001', 'GET https://a.example/1\n[|Update|]: websocket\n', 'Update for Upgrade'],
];

describe('rules on .http requests', () => {
  it.each(RULES_IN_HTTP_FILES)('%s: %s', (code, text, _label) => {
    const r = expectCodeAt(ls, text, code);
    expect(r.got).toEqual(r.expected);
  });
});

const NO_FALSE_ALARMS = [
  'GET https://a.example/\nAuthorization: Basic user:pass\n',
  'GET https://a.example/\nAuthorization: Basic user pass\n',
  'GET https://a.example/\nAuthorization: Digest user pass\n',
  '@t = x\nGET https://a.example/\nAuthorization: Bearer {{t}}\n',
  'GET https://a.example/\n',
  'POST https://a.example/\nContent-Type: application/json\n\n{"a": 1}\n',
  'GET https://a.example/ HTTP/1.1\nAccept: */*\n',
  'OPTIONS https://a.example/\nOrigin: https://b.example\nAccess-Control-Request-Method: PUT\n',
];

describe('templates get no false errors or warnings', () => {
  it.each(NO_FALSE_ALARMS)('%j', (text) => {
    const d = doc(text);
    const bad = ls.doValidation(d).filter((x) => (x.severity ?? 1) <= 2);
    expect(bad.map((x) => `${x.code}: ${x.message}`)).toEqual([]);
  });
});
