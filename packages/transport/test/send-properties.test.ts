import fc from 'fast-check';
import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, Pool, send, TransportError } from '@httplens/transport';
import { applyEdits, cut, edits } from './mutate.js';
import { RESPONSES } from './responses.js';
import { afterEachTest, onRequests, rawServer, sleep } from './servers.js';

/**
 * A server that answers each request with bad bytes, cut anywhere, then closes or keeps the connection: every
 * request ends with a response or a coded error within its timeouts, and what one answer left on a connection
 * never shows up in the response to a later request on the same pool.
 */

interface Answer {
  pieces: Buffer[];
  close: boolean;
}

const { later, serve } = afterEachTest();

const TOTAL = 2000;
const CLEAN = 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-Clean: yes\r\n\r\nclean';
const answer: fc.Arbitrary<Answer> = fc
  .tuple(
    // Responses for a GET only (a HEAD response would frame differently).
    fc.constantFrom(...RESPONSES.filter(([, , method]) => method === undefined).map(([, r]) => r)),
    edits(4),
    fc.constantFrom('', 'HTTP/1.1 200 OK\r\n\r\n', 'junk', '\r\n'),
    fc.array(fc.nat(), { maxLength: 4 }),
    fc.boolean(),
  )
  .map(([response, list, after, at, close]) => ({
    pieces: cut(Buffer.concat([applyEdits(response, list), Buffer.from(after, 'latin1')]), at).filter((p) => p.length > 0),
    close,
  }));

/** Writes the pieces of an answer a millisecond apart (so the client reads them separately); resolves after the last. */
function write(socket: Socket, a: Answer): Promise<void> {
  return new Promise((resolve) => {
    let i = 0;
    const next = (): void => {
      const piece = a.pieces[i++];
      if (socket.destroyed) resolve();
      else if (piece) {
        socket.write(piece);
        setTimeout(next, 1);
      } else {
        if (a.close) socket.end();
        resolve();
      }
    };
    next();
  });
}

describe('send against a server answering with bad bytes', { timeout: 120_000 }, () => {
  it('ends every request with a response or a coded error, and a clean answer after them is read clean', async () => {
    const answers: Answer[] = [];
    // Bytes a server sends after a response are noticed when they arrive before the next request is written; those that
    // arrive later cannot be told from the next response, by any client. So each request waits for the server to have
    // written the whole answer before it, and for the client's side to have read it.
    let written = Promise.resolve();
    const server = await serve(
      rawServer((socket) =>
        onRequests(socket, (head) => {
          const path = head.split(' ')[1] ?? '';
          const a = path === '/clean' ? { pieces: [Buffer.from(CLEAN, 'latin1')], close: false } : answers[Number(path.slice(1))];
          if (a) written = write(socket, a);
          else socket.destroy();
        }),
      ),
    );
    const settled = async (): Promise<void> => {
      await written;
      await sleep(5);
    };
    const codes = new Map<string, number>();
    let responses = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(answer, { minLength: 1, maxLength: 4 }), async (sequence) => {
        const pool = new Pool();
        later(() => pool.close());
        const limits = { headerSize: 4096, bodySize: 4096 };
        const options = { pool, timeouts: { idle: 150, total: TOTAL }, limits };
        for (const a of sequence) {
          answers.push(a);
          const started = performance.now();
          try {
            await send({ method: 'GET', url: `${server.url}/${answers.length - 1}` }, options);
            responses++;
          } catch (error) {
            expect(error).toBeInstanceOf(TransportError);
            const code = (error as TransportError).code;
            expect(Object.keys(ERROR_CODES)).toContain(code);
            codes.set(code, (codes.get(code) ?? 0) + 1);
          }
          // the total timeout, and time for a busy machine to run the timer
          expect(performance.now() - started).toBeLessThan(TOTAL + 2000);
          await settled();
        }
        const clean = await send({ method: 'GET', url: `${server.url}/clean` }, { pool, limits });
        expect(clean.status).toBe(200);
        expect(clean.headers).toContainEqual(['X-Clean', 'yes']);
        expect(Buffer.from(clean.body).toString('latin1')).toBe('clean');
        pool.close();
      }),
      { numRuns: 60 },
    );
    // The answers exercised both outcomes.
    expect(responses).toBeGreaterThan(0);
    expect(codes.size).toBeGreaterThan(0);
  });
});
