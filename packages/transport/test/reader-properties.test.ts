import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ResponseReader, TransportError } from '@httplens/transport';
import { applyEdits, cut, edits, interestingByte } from './mutate.js';
import { RESPONSES } from './responses.js';

/**
 * Whatever a server sends, the reader either reads a response or throws a coded TransportError, and how the
 * bytes are cut into pieces by the network changes neither the response nor the error.
 */

type Outcome =
  | { error: string; phase: string | undefined }
  | { done: boolean; status?: number; headers?: [string, string][]; interim: number[]; body: string; trailers: [string, string][]; framing: string; keepAlive: boolean; extra: boolean; received: string };

const LIMITS = { headerSize: 512, bodySize: 256 };

function read(pieces: Buffer[], method: string, close: boolean): Outcome {
  const r = new ResponseReader({ method, ...LIMITS });
  try {
    for (const p of pieces) r.push(p);
    if (close) r.end();
  } catch (error) {
    if (!(error instanceof TransportError)) throw error;
    expect(Object.keys(ERROR_CODES)).toContain(error.code);
    return { error: error.code, phase: error.context.phase };
  }
  return {
    done: r.done,
    status: r.head?.status,
    headers: r.head?.headers,
    interim: r.interim.map((i) => i.status),
    body: Buffer.concat(r.body).toString('latin1'),
    trailers: r.trailers,
    framing: r.framing,
    keepAlive: r.keepAlive,
    extra: r.extra,
    received: Buffer.concat(r.received).toString('latin1'),
  };
}

/** A valid response with some of its bytes replaced, removed or inserted. */
const mutated = fc
  .tuple(fc.constantFrom(...RESPONSES), edits(6, 1))
  .map(([[, response, method], list]) => ({ bytes: applyEdits(response, list), method: method ?? 'GET' }));

/** Bytes from the start of a status line on, mostly of the characters that matter. */
const arbitrary = fc
  .tuple(fc.constantFrom('', 'HTTP/1.1 ', 'HTTP/1.1 200 OK\r\n', 'HTTP/1.0 100 x\r\n\r\nHTTP/1.1 200 OK\r\n'), fc.array(interestingByte, { maxLength: 200 }), fc.constantFrom('GET', 'HEAD'))
  .map(([start, rest, method]) => ({ bytes: Buffer.concat([Buffer.from(start, 'latin1'), Buffer.from(rest)]), method }));

describe('ResponseReader on any bytes', { timeout: 60_000 }, () => {
  for (const [name, input] of [['valid responses with a few bytes changed', mutated], ['arbitrary bytes after a status line', arbitrary]] as const) {
    it(`${name}: reads a response or throws a coded error, the same however the bytes are cut`, () => {
      fc.assert(
        fc.property(input, fc.array(fc.nat(), { maxLength: 8 }), fc.boolean(), ({ bytes, method }, at, close) => {
          const whole = read([bytes], method, close);
          const pieces = read(cut(bytes, at), method, close);
          expect(pieces).toEqual(whole);
          const single = read([...bytes].map((b) => Buffer.of(b)), method, close);
          expect(single).toEqual(whole);
          if (!('error' in whole)) {
            // Nothing is lost or invented: the exchange's bytes are a prefix of what arrived, all of it unless more came after the end.
            expect(bytes.toString('latin1').startsWith(whole.received)).toBe(true);
            if (!whole.extra) expect(whole.received.length).toBe(bytes.length);
            if (close) expect(whole.done).toBe(true);
            expect(whole.body.length).toBeLessThanOrEqual(LIMITS.bodySize);
          }
        }),
        { numRuns: 3000 },
      );
    });
  }
});
