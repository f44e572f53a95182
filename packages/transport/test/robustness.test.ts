import { once } from 'node:events';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createClient, openTunnel, Pool, redirectLocation, send } from '@httplens/transport';
import { afterEachTest, failure, onRequests, rawServer, sleep, type Running } from './servers.js';

const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

const { later, serve } = afterEachTest();

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

describe('interim responses without end', { timeout: 5000 }, () => {
  it('are bounded by limits.headerSize together', async () => {
    const server = await serve(rawServer((s) => onRequests(s, () => {
      const timer = setInterval(() => {
        if (s.destroyed) clearInterval(timer);
        else s.write('HTTP/1.1 100 Continue\r\n\r\n'.repeat(50));
      }, 1);
      s.on('close', () => clearInterval(timer));
    })));
    const started = performance.now();
    const e = await failure(send({ method: 'GET', url: server.url }, { pool: false, limits: { headerSize: 4096 } }));
    expect(e.code).toBe('HTTPLENS_RESPONSE_TOO_LARGE');
    expect(e.context.phase).toBe('head');
    expect(e.message).toBe('The interim (1xx) responses exceed 4096 bytes together');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('within the limit are all recorded', async () => {
    const server = await serve(rawServer((s) => onRequests(s, () => s.write(`${'HTTP/1.1 100 Continue\r\n\r\n'.repeat(100)}HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok`))));
    const r = await send({ method: 'GET', url: server.url }, { pool: false });
    expect(r.interim.length).toBe(101);
    expect(r.interim[100]?.status).toBe(103);
    expect(latin1(r.body)).toBe('ok');
  });
});

describe('bytes counted in errors', { timeout: 5000 }, () => {
  it('a reset in the middle of the body tells how many bytes were read', async () => {
    const sent = 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc';
    const server = await serve(rawServer((s) => onRequests(s, async () => {
      s.write(sent);
      await sleep(30);
      s.resetAndDestroy();
    })));
    const e = await failure(send({ method: 'GET', url: server.url }, { pool: false }));
    expect(e.code).toBe('HTTPLENS_CONNECTION_RESET');
    expect(e.context.phase).toBe('body');
    expect(e.context.bytesRead).toBe(sent.length);
    expect(e.message).toContain(`during body after ${sent.length} bytes`);
    expect(latin1(e.context.received ?? new Uint8Array())).toBe(sent);
  });

  it('a close in the middle of a head counts its bytes once', async () => {
    const sent = 'HTTP/1.1 200 OK\r\nX-A: 1\r\n';
    const server = await serve(rawServer((s) => onRequests(s, async () => {
      s.write(sent.slice(0, 10));
      await sleep(20);
      s.end(sent.slice(10));
    })));
    const e = await failure(send({ method: 'GET', url: server.url }, { pool: false }));
    expect(e.code).toBe('HTTPLENS_CONNECTION_CLOSED');
    expect(e.context.phase).toBe('head');
    expect(e.context.bytesRead).toBe(sent.length);
    expect(latin1(e.context.received ?? new Uint8Array())).toBe(sent);
  });

  it('a head over the limit that arrives in pieces counts no more bytes than were sent', async () => {
    const pieces = ['HTTP/1.1 200 OK\r\n', `X-A: ${'a'.repeat(600)}\r\n`, `X-B: ${'b'.repeat(600)}\r\n`];
    const server = await serve(rawServer((s) => onRequests(s, async () => {
      for (const p of pieces) {
        s.write(p);
        await sleep(20);
      }
    })));
    const e = await failure(send({ method: 'GET', url: server.url }, { pool: false, limits: { headerSize: 1000 } }));
    expect(e.code).toBe('HTTPLENS_RESPONSE_TOO_LARGE');
    expect(e.context.bytesRead).toBeLessThanOrEqual(pieces.join('').length);
    expect(e.context.bytesRead).toBeGreaterThan(1000);
  });
});

describe('chunk sizes', { timeout: 5000 }, () => {
  it('may have leading zeros (chunk-size = 1*HEXDIG)', async () => {
    const server = await serve(rawServer((s) => onRequests(s, () => s.end('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n00000000000000000003\r\nabc\r\n0000000000000000000\r\n\r\n'))));
    const r = await send({ method: 'GET', url: server.url }, { pool: false });
    expect(latin1(r.body)).toBe('abc');
  });

  it('of 2^52 or more are refused', async () => {
    const server = await serve(rawServer((s) => onRequests(s, () => s.end('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10000000000000\r\nabc'))));
    const e = await failure(send({ method: 'GET', url: server.url }, { pool: false }));
    expect(e.code).toBe('HTTPLENS_BAD_RESPONSE');
    expect(e.message).toBe('A chunk size is too large');
  });
});

/** Sockets that keep the event loop alive. */
const activeSockets = (): number => process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap').length;

describe('idle pooled connections', { timeout: 5000 }, () => {
  it('do not keep the process alive; a connection in use does', async () => {
    let release: (() => void) | undefined;
    const server = await serve(rawServer((s) => {
      s.unref(); // only the client's sockets are counted
      onRequests(s, (head) => {
        const answer = (): boolean => s.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
        if (head.startsWith('GET /wait')) release = answer;
        else answer();
      });
    }));
    const p = new Pool();
    later(() => p.close());
    await sleep(50); // the sockets of earlier tests finish closing
    const before = activeSockets();
    await send({ method: 'GET', url: `${server.url}/` }, { pool: p });
    await sleep(10);
    expect(p.stats()[`http://127.0.0.1:${server.port}`]?.idle).toBe(1);
    expect(activeSockets()).toBe(before);
    const waiting = send({ method: 'GET', url: `${server.url}/wait` }, { pool: p });
    await sleep(20);
    expect(activeSockets()).toBe(before + 1);
    release?.();
    const r = await waiting;
    expect(r.reused).toBe(true);
    expect(latin1(r.body)).toBe('ok');
    await sleep(10);
    expect(activeSockets()).toBe(before);
  });
});

describe('a Location with bytes above 0x7F', { timeout: 5000 }, () => {
  it('is followed byte for byte: UTF-8 keeps its meaning, other bytes are percent-encoded as they are', async () => {
    const targets: string[] = [];
    const server = await serve(rawServer((s) => onRequests(s, (head) => {
      const target = head.split(' ')[1] ?? '';
      targets.push(target);
      if (target === '/start') s.write(Buffer.concat([Buffer.from('HTTP/1.1 302 Found\r\nLocation: /caf'), Buffer.from([0xc3, 0xa9]), Buffer.from('?q='), Buffer.from([0xe9]), Buffer.from('\r\nContent-Length: 0\r\n\r\n')]));
      else s.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    })));
    const client = createClient({ followRedirects: true, cookies: false, proxy: false });
    later(() => client.close());
    const r = await client.send({ method: 'GET', url: `${server.url}/start` });
    expect(r.status).toBe(200);
    expect(targets).toEqual(['/start', '/caf%C3%A9?q=%E9']);
    expect(r.url).toBe(`${server.url}/caf%C3%A9?q=%E9`);
  });

  it('leaves a value that is not bytes to the URL parser', () => {
    expect(redirectLocation(302, [['Location', '/caf\u00e9\u4e2d']])).toBe('/caf\u00e9\u4e2d');
    expect(redirectLocation(302, [['Location', '/caf\u00c3\u00a9']])).toBe('/caf%C3%A9');
    expect(redirectLocation(302, [['Location', '/plain']])).toBe('/plain');
  });
});

describe('decoding the content', { timeout: 5000 }, () => {
  it('a corrupt coding keeps the response bytes in the error', async () => {
    const response = 'HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 10\r\n\r\n0123456789';
    const server = await serve(rawServer((s) => onRequests(s, () => s.write(response))));
    const e = await failure(send({ method: 'GET', url: server.url }, { pool: false }));
    expect(e.code).toBe('HTTPLENS_DECODE_FAILED');
    expect(latin1(e.context.received ?? new Uint8Array())).toBe(response);
    expect(e.context.bytesRead).toBe(response.length);
    expect(e.context.bytesWritten).toBeGreaterThan(0);
  });

  it('is ended by the AbortSignal (and timeouts.total)', async () => {
    const body = gzipSync(Buffer.alloc(48 * 1024 * 1024));
    const controller = new AbortController();
    const server = await serve(rawServer((s) => onRequests(s, () => {
      // Abort once the whole response is on its way: the call is then reading or decoding it.
      s.write(Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: ${body.length}\r\n\r\n`), body]), () => setTimeout(() => controller.abort(), 2));
    })));
    const started = performance.now();
    const e = await failure(send({ method: 'GET', url: server.url }, { pool: false, signal: controller.signal }));
    expect(e.code).toBe('HTTPLENS_ABORTED');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('the answer of a proxy to CONNECT', { timeout: 5000 }, () => {
  /** A proxy that answers the first bytes it reads with `answer` (pieces written one by one) and then echoes. */
  async function proxy(answer: string[]): Promise<Running> {
    return serve(rawServer((s) => {
      s.once('data', async () => {
        for (const piece of answer) {
          if (s.destroyed) return;
          s.write(piece);
          await sleep(1);
        }
        s.on('data', (d: Buffer) => s.write(d));
      });
    }));
  }
  const tunnel = (server: Running): Promise<Awaited<ReturnType<typeof openTunnel>>> =>
    openTunnel(new URL(server.url), 'example.com', 443, { url: server.url }, () => {}, { phase: 'connect', bytesRead: 0 });

  it('that is not HTTP is refused at once, not at the connect timeout', async () => {
    const server = await proxy(['SSH-2.0-OpenSSH_9.6\r\n']);
    const started = performance.now();
    const client = createClient({ proxy: server.url });
    later(() => client.close());
    const e = await failure(client.send({ method: 'GET', url: 'https://example.com/' }));
    expect(e.code).toBe('HTTPLENS_PROXY_CONNECT_FAILED');
    expect(e.message).toContain('malformed status line "SSH-2.0-OpenSSH_9.6"');
    expect(latin1(e.context.received ?? new Uint8Array())).toBe('SSH-2.0-OpenSSH_9.6\r\n');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('may end its lines with a bare LF, as a response may', async () => {
    const refused = await proxy(['HTTP/1.1 407 Proxy Authentication Required\nProxy-Authenticate: Basic\n\n']);
    const e = await failure(tunnel(refused));
    expect(e.code).toBe('HTTPLENS_PROXY_CONNECT_FAILED');
    expect(e.message).toContain('with 407 Proxy Authentication Required');
    const open = await proxy(['HTTP/1.1 200 OK\nVia: x\n\n']);
    const t = await tunnel(open);
    expect(t.status).toBe(200);
    expect(latin1(t.received)).toBe('HTTP/1.1 200 OK\nVia: x\n\n');
    t.socket.destroy();
  });

  it('is read byte by byte, and bytes after it stay on the socket', async () => {
    const answer = `HTTP/1.1 200 Connection established\r\nX-Long: ${'a'.repeat(300)}\r\n\r\n`;
    const server = await proxy([...answer.split(''), 'early']);
    const t = await tunnel(server);
    expect(latin1(t.received)).toBe(answer);
    t.socket.resume();
    const [first] = (await once(t.socket, 'data')) as [Buffer];
    expect(latin1(first).startsWith('e')).toBe(true);
    t.socket.destroy();
  });
});
