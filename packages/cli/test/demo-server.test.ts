import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteRange, parseRequest } from '../src/demo/server.js';

describe('the demo server reading requests', () => {
  it('never throws on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        parseRequest(Buffer.from(bytes));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (target, field) => {
        parseRequest(Buffer.from(`GET ${target} HTTP/1.1\r\n${field}\r\n\r\n`, 'latin1'));
      }),
      { numRuns: 500 },
    );
  });

  it('reads back what a well-formed request holds, and waits for the rest of it', () => {
    const token = fc.stringMatching(/^[a-z][\w-]{0,11}$/);
    fc.assert(
      fc.property(
        fc.constantFrom('GET', 'POST', 'PUT', 'HEAD'),
        fc.stringMatching(/^\/[a-z0-9/]{0,20}$/),
        fc.array(fc.tuple(token, fc.stringMatching(/^[\x21-\x7e]{0,20}$/)), { maxLength: 5 }),
        fc.uint8Array({ maxLength: 64 }),
        (method, path, fields, body) => {
          const headers = fields.filter(([n]) => !/^(?:content-length|transfer-encoding)$/i.test(n));
          const head = `${method} ${path} HTTP/1.1\r\n${headers.map(([n, v]) => `${n}: ${v}\r\n`).join('')}Content-Length: ${body.length}\r\n\r\n`;
          const bytes = Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from(body), Buffer.from('GET / HTTP/1.1\r\n')]);
          const parsed = parseRequest(bytes);
          expect(parsed && 'request' in parsed).toBe(true);
          if (!parsed || !('request' in parsed)) return;
          expect(parsed.request.method).toBe(method);
          expect(parsed.request.path).toBe(path);
          expect(parsed.request.headers.slice(0, headers.length)).toEqual(headers);
          expect([...parsed.request.body]).toEqual([...body]);
          expect(parsed.used).toBe(head.length + body.length);
          if (body.length > 0) expect(parseRequest(bytes.subarray(0, head.length + body.length - 1))).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });

  // input -> expected
  const bad: [string, string][] = [
    ['GET /\r\n\r\n', 'bad request line'],
    ['GET / HTTP/2\r\n\r\n', 'bad request line'],
    ['GET / HTTP/1.1\r\nno colon\r\n\r\n', 'bad field line'],
    ['GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n', 'bad Content-Length'],
    ['GET / HTTP/1.1\r\nContent-Length: 1e3\r\n\r\n', 'bad Content-Length'],
    ['POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n', 'chunked request bodies are not supported by the demo'],
    ['GET http://[ HTTP/1.1\r\n\r\n', 'bad request target'],
  ];
  it.each(bad)('%j -> %s', (input, error) => {
    expect(parseRequest(Buffer.from(input, 'latin1'))).toEqual({ error });
  });

  it('refuses a head over 64 KiB', () => {
    expect(parseRequest(Buffer.alloc(70 * 1024, 0x61))).toEqual({ error: 'head too large' });
    expect(parseRequest(Buffer.alloc(1024, 0x61))).toBeUndefined();
  });
});

describe('byte ranges of the demo server', () => {
  // Range value, representation size -> expected
  const table: [string | undefined, number, ReturnType<typeof byteRange>][] = [
    ['bytes=0-0', 10, { start: 0, end: 0 }],
    ['bytes=2-', 10, { start: 2, end: 9 }],
    ['bytes=5-100', 10, { start: 5, end: 9 }],
    ['bytes=-3', 10, { start: 7, end: 9 }],
    ['bytes=-30', 10, { start: 0, end: 9 }],
    ['bytes=-0', 10, 'unsatisfiable'],
    ['bytes=10-', 10, 'unsatisfiable'],
    ['bytes=5-2', 10, undefined],
    ['bytes=-', 10, undefined],
    ['bytes=0-1,3-4', 10, undefined],
    ['items=0-1', 10, undefined],
    [undefined, 10, undefined],
  ];
  it.each(table)('%j of %i bytes -> %j', (value, size, expected) => {
    expect(byteRange(value, size)).toEqual(expected);
  });

  it('always answers a range inside the representation', () => {
    fc.assert(
      fc.property(fc.option(fc.nat(200), { nil: undefined }), fc.option(fc.nat(200), { nil: undefined }), fc.integer({ min: 1, max: 150 }), (a, b, size) => {
        const r = byteRange(`bytes=${a ?? ''}-${b ?? ''}`, size);
        if (r && r !== 'unsatisfiable') {
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThan(size);
          expect(r.start).toBeLessThanOrEqual(r.end);
        }
      }),
    );
  });
});
