import { parseMessage } from '@httplens/core';
import { describe, expect, it } from 'vitest';
import { ResponseReader, TransportError } from '@httplens/transport';
import { RESPONSES } from './responses.js';


function feed(reader: ResponseReader, pieces: string[]): void {
  for (const p of pieces) reader.push(Buffer.from(p, 'latin1'));
}

function snapshot(reader: ResponseReader): unknown {
  return {
    done: reader.done,
    status: reader.head?.status,
    reason: reader.head?.reason,
    headers: reader.head?.headers,
    trailers: reader.trailers,
    interim: reader.interim,
    body: Buffer.concat(reader.body).toString('latin1'),
    received: Buffer.concat(reader.received).toString('latin1'),
    framing: reader.framing,
    keepAlive: reader.keepAlive,
  };
}

const reader = (method = 'GET'): ResponseReader => new ResponseReader({ method, headerSize: 65536, bodySize: 1 << 20 });

describe('ResponseReader', { timeout: 10_000 }, () => {
  for (const [name, response, method] of RESPONSES) {
    describe(name, () => {
      const whole = reader(method);
      feed(whole, [response]);
      const expected = snapshot(whole);

      it('reads the whole response in one piece', () => {
        expect(whole.done).toBe(true);
        expect(Buffer.concat(whole.received).toString('latin1')).toBe(response);
      });

      it('reads the same at every split position', () => {
        for (let i = 1; i < response.length; i++) {
          const r = reader(method);
          feed(r, [response.slice(0, i), response.slice(i)]);
          expect(snapshot(r), `split at ${i}`).toEqual(expected);
        }
      });

      it('reads the same byte by byte', () => {
        const r = reader(method);
        feed(r, [...response]);
        expect(snapshot(r)).toEqual(expected);
      });

      it('reads the same at every pair of split positions', () => {
        for (let i = 1; i < response.length; i += 3) {
          for (let j = i + 1; j < response.length; j += 2) {
            const r = reader(method);
            feed(r, [response.slice(0, i), response.slice(i, j), response.slice(j)]);
            expect(snapshot(r), `split at ${i} and ${j}`).toEqual(expected);
          }
        }
      });

      it("agrees with core's parseMessage on the final response", () => {
        const offset = whole.head?.offset ?? 0;
        const core = parseMessage(Buffer.from(response, 'latin1'), { expect: 'response', requestMethod: method ?? 'GET', offset });
        expect(core.status).toBe(whole.head?.status);
        expect(core.fields.map((f) => [f.name, f.value])).toEqual(whole.head?.headers);
        expect(core.headSpan).toEqual({ offset, length: whole.head?.length });
        expect(core.trailers.map((f) => [f.name, f.value])).toEqual(whole.trailers);
        expect(Buffer.from(core.body?.bytes ?? []).toString('latin1')).toBe(Buffer.concat(whole.body).toString('latin1'));
      });
    });
  }

  it('returns 101 as the final response, without a body, and gives up the connection', () => {
    const r = reader();
    feed(r, ['HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n']);
    expect(r.done).toBe(true);
    expect(r.head?.status).toBe(101);
    expect(r.interim).toEqual([]);
    expect(r.framing).toBe('none');
    expect(r.keepAlive).toBe(false);
  });

  it('keeps bytes after the end out of the exchange and marks them', () => {
    const r = reader();
    feed(r, ['HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\naEXTRA']);
    expect(r.done).toBe(true);
    expect(r.extra).toBe(true);
    expect(Buffer.concat(r.received).toString('latin1')).toBe('HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na');
    expect(r.keepAlive).toBe(false);
  });

  it('marks bytes after the end the same when they come in a later piece', () => {
    const r = reader();
    feed(r, ['HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na', 'EXTRA']);
    expect(r.extra).toBe(true);
    expect(r.keepAlive).toBe(false);
    expect(Buffer.concat(r.received).toString('latin1')).toBe('HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na');
  });

  it('completes a close-delimited body at the end of input only', () => {
    const r = reader();
    feed(r, ['HTTP/1.0 200 OK\r\n\r\nab', 'cd']);
    expect(r.done).toBe(false);
    r.end();
    expect(r.done).toBe(true);
    expect(Buffer.concat(r.body).toString()).toBe('abcd');
  });

  it('throws coded errors on an incomplete response at the end of input', () => {
    const r = reader();
    feed(r, ['HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab']);
    expect(() => r.end()).toThrow(TransportError);
    const empty = reader();
    try {
      empty.end();
      expect.unreachable();
    } catch (error) {
      expect((error as TransportError).code).toBe('HTTPLENS_CONNECTION_CLOSED');
      expect((error as TransportError).context.bytesRead).toBe(0);
    }
  });

  it('reads a head split into single bytes in linear time', () => {
    // The head is kept in one growing buffer: reading 8n bytes one by one costs about 8x n.
    const pieces = (n: number): Buffer[] => [...`HTTP/1.1 200 OK\r\n${'X-A: b\r\n'.repeat(n)}Content-Length: 0\r\n\r\n`].map((c) => Buffer.from(c, 'latin1'));
    const once = (input: Buffer[]): number => {
      const r = new ResponseReader({ method: 'GET', headerSize: 1 << 24, bodySize: 1 });
      const before = process.cpuUsage();
      for (const p of input) r.push(p);
      const used = process.cpuUsage(before);
      expect(r.done).toBe(true);
      return (used.user + used.system) / 1000;
    };
    const n = pieces(2000);
    const n8 = pieces(16000);
    once(n);
    once(n8);
    // Process CPU time, interleaved; a noisy measurement is taken again (up to three attempts).
    const median = (v: number[]): number => v.sort((x, y) => x - y)[v.length >> 1] ?? 0;
    let ratio = Infinity;
    for (let attempt = 0; attempt < 3 && ratio > 12; attempt++) {
      const small: number[] = [];
      const large: number[] = [];
      for (let k = 0; k < 9; k++) {
        small.push(once(n));
        large.push(once(n8));
      }
      ratio = median(large) / Math.max(median(small), 0.05);
    }
    expect(ratio).toBeLessThanOrEqual(12);
  });
});
