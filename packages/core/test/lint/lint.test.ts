import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AREA_RANGES, createLintMemo, getCodeDefinition, lintMessage, lintParsedMessage, messageFromHeaders, parseMessage, type HttpMessage } from '@httplens/core';

const CRLF = (lines: string[], body = '') => `${lines.join('\r\n')}\r\n\r\n${body}`;
const codes = (input: Parameters<typeof lintMessage>[0], options?: Parameters<typeof lintMessage>[1]) =>
  lintMessage(input, options).map((d) => d.code);

describe('lintMessage', () => {
  it('reports a Content-Length that disagrees with the content of a message built by hand (HTTP0562)', () => {
    const parsed = parseMessage(CRLF(['POST /items HTTP/1.1', 'Host: a.example', 'Content-Type: text/plain', 'Content-Length: 4'], 'abcd'));
    const body = parsed.body;
    expect(body).toBeDefined();
    const edited: HttpMessage = { ...parsed, body: { ...body!, bytes: new TextEncoder().encode('abcdefgh') } };
    const diagnostics = lintMessage(edited, { origin: 'template' });
    const cl = parsed.fields.find((f) => f.name === 'Content-Length')!;
    expect(diagnostics.filter((d) => d.code === 'HTTP0562')).toMatchObject([{ span: cl.valueSpan, args: { declared: 4, actual: 8 } }]);
    expect(lintMessage(parsed).map((d) => d.code)).not.toContain('HTTP0562');
  });

  it('applies per-code severity overrides and turns codes off', () => {
    const text = CRLF(['HTTP/1.1 200 OK', 'Content-Length: 2'], 'ok');
    expect(codes(text)).toEqual(expect.arrayContaining(['HTTP0560', 'HTTP0561']));
    const overridden = lintMessage(text, { severity: { HTTP0560: 'off', HTTP0561: 'error' } });
    expect(overridden.map((d) => d.code)).not.toContain('HTTP0560');
    expect(overridden.find((d) => d.code === 'HTTP0561')?.severity).toBe('error');
  });

  it('renders messages in Simplified Chinese', () => {
    const [d] = lintMessage(CRLF(['HTTP/1.1 405 Method Not Allowed', 'Date: Tue, 24 Nov 2026 10:00:00 GMT', 'Content-Length: 0']), { locale: 'zh-CN' }).filter((x) => x.code === 'HTTP0557');
    expect(d?.message).toBe(getCodeDefinition('HTTP0557')?.message['zh-CN']);
  });

  it("says how far a just-received response's Date is off this computer's clock, in both languages (HTTP0573)", () => {
    const t0 = Date.UTC(2026, 10, 24, 10, 0, 0);
    const response = (date: number) => CRLF(['HTTP/1.1 200 OK', `Date: ${new Date(date).toUTCString()}`, 'Content-Length: 0']);
    const message = (date: number, locale: 'en' | 'zh-CN') =>
      lintMessage(response(date), { locale, requestTime: t0, responseTime: t0 + 100 }).find((d) => d.code === 'HTTP0573')?.message;
    expect(message(t0 - 300_000, 'en')).toBe("Date (Tue, 24 Nov 2026 09:55:00 GMT) is 5 minutes behind this computer's clock when the response arrived.");
    expect(message(t0 + 90_000, 'en')).toBe("Date (Tue, 24 Nov 2026 10:01:30 GMT) is 1 minute 30 seconds ahead of this computer's clock when the response arrived.");
    expect(message(t0 - 300_000, 'zh-CN')).toBe('Date（Tue, 24 Nov 2026 09:55:00 GMT）比响应到达时本机的时钟慢 5 分钟。');
    // within the exchange and its tolerance, or without the times of an exchange: nothing
    expect(message(t0 - 5_000, 'en')).toBeUndefined();
    expect(message(t0 + 5_000, 'en')).toBeUndefined();
    expect(lintMessage(response(t0 - 300_000), { now: t0 }).some((d) => d.code === 'HTTP0573')).toBe(false);
  });

  it('lints messages built from header objects', () => {
    const message = messageFromHeaders({ status: 401, headers: { 'content-type': 'text/plain', date: 'Tue, 24 Nov 2026 10:00:00 GMT' } });
    expect(codes(message)).toContain('HTTP0556');
  });

  it('skips what the sender fills in for templates, and values holding {{...}}', () => {
    const template = CRLF(['GET /users/{{id}} HTTP/1.1', 'Authorization: Bearer {{token}}', 'Accept: {{accept}}']);
    expect(codes(template, { origin: 'template' })).toEqual([]);
    expect(codes(template)).toContain('HTTP0014');
  });

  it('never reports two diagnostics of the same area on the same span', () => {
    const messy = CRLF(
      ['HTTP/1.1 206 Partial Content', 'Content-Length: 4', 'Content-Length: 4', 'Vary: *, User-Agent', 'ETag: W/"x"', 'Connection: Keep-Alive, Keep-Alive', 'Keep-Alive: timeout=5'],
      'abcd',
    );
    const areaOf = (code: string) =>
      Object.entries(AREA_RANGES).find(([, [lo, hi]]) => Number(code.slice(4)) >= lo && Number(code.slice(4)) <= hi)?.[0];
    const seen = new Set<string>();
    for (const d of lintMessage(messy)) {
      const key = `${areaOf(d.code)}@${d.span.offset}:${d.span.length}:${d.messageId}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  it('never throws, and keeps spans inside the input, on arbitrary messages', () => {
    const line = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ':', ' ', '\t', '\r', '\n', '/', ',', ';', '=', '"', '{', '}', '\u0000', '\u00ff') });
    const head = fc.constantFrom('HTTP/1.1 200 OK', 'HTTP/1.1 304 Not Modified', 'HTTP/1.1 206 X', 'GET / HTTP/1.1', 'HEAD /a HTTP/1.1', 'OPTIONS * HTTP/1.1', '');
    const name = fc.constantFrom('Host', 'Content-Length', 'Transfer-Encoding', 'Vary', 'Set-Cookie', 'ETag', 'Location', 'Connection', 'Upgrade', 'Expect', 'Date', 'Last-Modified', 'Content-Encoding', 'X');
    const field = fc.tuple(name, line).map(([n, v]) => `${n}: ${v}`);
    const message = fc.tuple(head, fc.array(field, { maxLength: 8 }), line).map(([h, fs, body]) => `${[h, ...fs].join('\r\n')}\r\n\r\n${body}`);
    const request = fc.option(fc.record({ method: fc.constantFrom('GET', 'HEAD', 'OPTIONS', 'POST'), fields: fc.constant([{ name: 'Range', value: 'bytes=0-1' }]) }), { nil: undefined });
    fc.assert(
      fc.property(message, request, fc.constantFrom('wire', 'template') as fc.Arbitrary<'wire' | 'template'>, (text, req, origin) => {
        const diagnostics = lintMessage(text, req ? { request: req, origin } : { origin });
        for (const d of diagnostics) {
          expect(d.span.offset).toBeGreaterThanOrEqual(0);
          expect(d.span.offset + d.span.length).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same diagnostics with a memo shared by a batch of messages as without it', () => {
    // Few distinct values, so the messages of a batch repeat them and the memo is used.
    const value = fc.constantFrom('', ' ', 'a', 'gzip, br', 'no-cache', 'max-age=60, max-age=60', 'text/html; charset=x', '"v1"', 'W/"x", *', 'bytes=0-1', '\u00ff', 'a\u0000b', '{{x}}', 'Sun, 06 Nov 1994 08:49:37 GMT', 'id=1; Expires=Sun, 06 Nov 2094 08:49:37 GMT');
    const name = fc.constantFrom('Accept-Encoding', 'accept-encoding', 'Cache-Control', 'Content-Type', 'ETag', 'If-None-Match', 'Range', 'Date', 'Set-Cookie', 'Pragma', 'X-Custom');
    const head = fc.constantFrom('HTTP/1.1 200 OK', 'GET / HTTP/1.1', 'POST /a HTTP/1.1');
    const message = fc.tuple(head, fc.array(fc.tuple(name, value), { maxLength: 6 })).map(([h, fs]) => `${[h, ...fs.map(([n, v]) => `${n}: ${v}`)].join('\r\n')}\r\n\r\n`);
    fc.assert(
      fc.property(fc.array(message, { minLength: 1, maxLength: 6 }), fc.constantFrom('wire', 'template') as fc.Arbitrary<'wire' | 'template'>, fc.constantFrom('en', 'zh-CN') as fc.Arbitrary<'en' | 'zh-CN'>, (texts, origin, locale) => {
        const memo = createLintMemo();
        for (const text of texts) {
          const parsed = parseMessage(text, { requireHost: false });
          const plain = lintParsedMessage(parsed, { origin, locale, now: 0, source: text });
          const memoised = lintParsedMessage(parsed, { origin, locale, now: 0, source: text, memo });
          expect(memoised).toEqual(plain);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary input', () => {
    for (const input of ['', '\r\n', 'HTTP/1.1', 'GET', '\u0000\u0001', 'HTTP/1.1 999 X\r\n:\r\n\r\n', 'GET / HTTP/1.1\r\nHost\r\n\r\n']) {
      expect(() => lintMessage(input)).not.toThrow();
    }
  });
});
