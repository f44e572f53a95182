import { describe, expect, it } from 'vitest';
import { createStoredExchange, evaluateStoredResponse, parseMessage, updateStoredResponse } from '@httplens/core';
import { at, req, res, T0 } from './helpers.js';

const names = (m: { fields: { name: string; value: string }[] }): string[] => m.fields.map((f) => `${f.name}: ${f.value}`);

describe('createStoredExchange (RFC 9111 §3.1)', () => {
  it('keeps heads only, drops hop-by-hop fields and the fields named by Connection, and is plain JSON', () => {
    const raw = 'HTTP/1.1 200 OK\r\nDate: ' + at(0) + '\r\nConnection: close, X-Hop\r\nKeep-Alive: timeout=5\r\nX-Hop: 1\r\nCache-Control: max-age=60\r\nContent-Length: 2\r\n\r\nhi';
    const response = parseMessage(raw, { expect: 'response' });
    expect(response.body?.bytes.length).toBe(2);
    const stored = createStoredExchange(req('GET'), response, { requestTime: T0, responseTime: T0 });
    expect(names(stored.response)).toEqual([`Date: ${at(0)}`, 'Cache-Control: max-age=60', 'Content-Length: 2']);
    expect(stored.response.body).toBeUndefined();
    expect(JSON.parse(JSON.stringify(stored))).toEqual(stored);
  });
});

describe('updateStoredResponse (RFC 9111 §4.3.4, §3.2)', () => {
  const stored = createStoredExchange(req('GET'), res(200, { Date: at(0), 'Cache-Control': 'max-age=60', ETag: '"v1"', 'Content-Length': '10', 'X-Old': 'a' }), { requestTime: T0, responseTime: T0 });

  it.each([
    ['a 304 with the same ETag freshens the stored response', { Date: at(600), ETag: '"v1"', 'Cache-Control': 'max-age=120', 'X-Old': 'b' }, true, [`Date: ${at(600)}`, 'Cache-Control: max-age=120', 'ETag: "v1"', 'Content-Length: 10', 'X-Old: b']],
    ['a weak ETag matches weakly', { Date: at(600), ETag: 'W/"v1"' }, true, [`Date: ${at(600)}`, 'Cache-Control: max-age=60', 'ETag: W/"v1"', 'Content-Length: 10', 'X-Old: a']],
    ['another ETag does not select the stored response', { Date: at(600), ETag: '"v2"' }, false, []],
    ['Content-Length of a 304 is not applied', { Date: at(600), ETag: '"v1"', 'Content-Length': '0' }, true, [`Date: ${at(600)}`, 'Cache-Control: max-age=60', 'ETag: "v1"', 'Content-Length: 10', 'X-Old: a']],
    ['hop-by-hop fields of a 304 are not stored', { Date: at(600), Connection: 'keep-alive', 'Keep-Alive': 'timeout=5' }, true, [`Date: ${at(600)}`, 'Cache-Control: max-age=60', 'ETag: "v1"', 'Content-Length: 10', 'X-Old: a']],
    ['new fields go last', { Date: at(600), ETag: '"v1"', 'X-New': 'n' }, true, [`Date: ${at(600)}`, 'Cache-Control: max-age=60', 'ETag: "v1"', 'Content-Length: 10', 'X-Old: a', 'X-New: n']],
  ] as const)('%s', (_name, headers, updated, fields) => {
    const out = updateStoredResponse(stored, res(304, headers), T0 + 600_000);
    if (!updated) {
      expect(out).toBe(stored);
      return;
    }
    expect(names(out.response)).toEqual(fields);
    expect(out.responseTime).toBe(T0 + 600_000);
    expect(out.response.status).toBe(200);
  });

  it('makes a stale response fresh again', () => {
    const later = T0 + 600_000;
    expect(evaluateStoredResponse(stored, req('GET'), { now: later }).decision).toBe('revalidate');
    const out = updateStoredResponse(stored, res(304, { Date: at(600), ETag: '"v1"' }), later);
    expect(evaluateStoredResponse(out, req('GET'), { now: later + 30_000 }).decision).toBe('fresh');
    expect(evaluateStoredResponse(out, req('GET'), { now: later + 61_000 }).decision).toBe('revalidate');
  });

  it('takes separate request and response times', () => {
    const out = updateStoredResponse(stored, res(304, { Date: at(600), ETag: '"v1"' }), { requestTime: T0 + 590_000, responseTime: T0 + 600_000 });
    expect(out.requestTime).toBe(T0 + 590_000);
    expect(evaluateStoredResponse(out, req('GET'), { now: T0 + 600_000 }).currentAge).toBe(10);
  });
});

describe('evaluateStoredResponse reasons', () => {
  it('are localised', () => {
    const stored = createStoredExchange(req('GET'), res(200, { Date: at(0), 'Cache-Control': 'max-age=60', ETag: '"v1"' }), { requestTime: T0, responseTime: T0 });
    const en = evaluateStoredResponse(stored, req('GET'), { now: T0 + 120_000 });
    const zh = evaluateStoredResponse(stored, req('GET'), { now: T0 + 120_000, locale: 'zh-CN' });
    expect(en.reasons.map((r) => r.code)).toEqual(['stale', 'revalidate']);
    expect(en.reasons[0]?.message).toBe('The stored response is stale by 1 minute.');
    expect(zh.reasons[0]?.message).toBe('已存储的响应已过期 1 分钟。');
  });
});
