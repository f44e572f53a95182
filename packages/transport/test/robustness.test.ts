import { afterEach, describe, expect, it } from 'vitest';
import { send, TransportError } from '@httplens/transport';
import { onRequests, rawServer, sleep, type Running } from './servers.js';

const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

let cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});
async function serve(server: Promise<Running>): Promise<Running> {
  const s = await server;
  cleanup.push(() => s.close());
  return s;
}
async function failure(p: Promise<unknown>): Promise<TransportError> {
  const e = await p.catch((error: unknown) => error);
  expect(e).toBeInstanceOf(TransportError);
  return e as TransportError;
}

describe('a server that does not speak HTTP', { timeout: 5000 }, () => {
  // These servers send a greeting and wait: with the default timeouts the call would
  // otherwise end only at the idle timeout (30 s).
  const banners: [string, string][] = [
    ['SSH', 'SSH-2.0-OpenSSH_9.6\r\n'],
    ['SMTP', '220 mail.example.com ESMTP ready\r\n'],
    ['a status line with a one-digit version', 'HTTP/1 200 OK\r\n'],
    ['a status line with a tab', 'HTTP/1.1\t200 OK\r\n'],
  ];
  for (const [name, banner] of banners) {
    it(`is refused as soon as its first line cannot be a status line: ${name}`, async () => {
      const server = await serve(rawServer((s) => s.write(banner)));
      const started = performance.now();
      const e = await failure(send({ method: 'GET', url: server.url }, { pool: false }));
      expect(e.code).toBe('HTTPLENS_BAD_RESPONSE');
      expect(e.context.phase).toBe('head');
      expect(e.message).toBe(`Invalid status line ${JSON.stringify(banner.replace(/\r\n$/u, ''))}`);
      expect(latin1(e.context.received ?? new Uint8Array())).toBe(banner);
      expect(performance.now() - started).toBeLessThan(1000);
    });
  }

  it('is refused from its first bytes, before a line ends', async () => {
    const server = await serve(rawServer((s) => s.write('+OK')));
    const e = await failure(send({ method: 'GET', url: server.url }, { pool: false }));
    expect(e.code).toBe('HTTPLENS_BAD_RESPONSE');
    expect(e.message).toBe('Invalid status line "+OK"');
  });

  it('answering with text and closing is a bad response, not a closed connection', async () => {
    const server = await serve(rawServer((s) => onRequests(s, () => s.end('hello world'))));
    const e = await failure(send({ method: 'GET', url: server.url }, { pool: false }));
    expect(e.code).toBe('HTTPLENS_BAD_RESPONSE');
  });

  it('still reads a valid status line sent one byte at a time', async () => {
    const response = 'HTTP/1.1 200\r\nContent-Length: 2\r\n\r\nok';
    const server = await serve(rawServer((s) => onRequests(s, async () => {
      for (const c of response) {
        if (s.destroyed) return;
        s.write(c);
        await sleep(1);
      }
    })));
    const r = await send({ method: 'GET', url: server.url }, { pool: false });
    expect(r.status).toBe(200);
    expect(r.reason).toBe('');
    expect(latin1(r.body)).toBe('ok');
  });
});
