import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server } from 'node:https';
import { once } from 'node:events';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Pool, send, TransportError } from '@httplens/transport';
import { rawServer } from './servers.js';

// A test CA and a localhost certificate (see fixtures/tls/README.md): test keys, not secrets.
const fixtures = join(import.meta.dirname, 'fixtures', 'tls');
const ca = readFileSync(join(fixtures, 'ca.pem'), 'utf8');
const cert = readFileSync(join(fixtures, 'cert.pem'), 'utf8');
const key = readFileSync(join(fixtures, 'key.pem'), 'utf8');
const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

async function failure(p: Promise<unknown>): Promise<TransportError> {
  const e = await p.catch((error: unknown) => error);
  expect(e).toBeInstanceOf(TransportError);
  return e as TransportError;
}

describe('https', { timeout: 10_000 }, () => {
  let server: Server;
  let port = 0;
  const servernames: (string | false | null)[] = [];
  const alpn: (string | false | null)[] = [];
  beforeAll(async () => {
    server = createHttpsServer({ key, cert, ALPNProtocols: ['h2', 'http/1.1'] }, (req, res) => {
      const socket = req.socket as TLSSocket;
      servernames.push(socket.servername);
      alpn.push(socket.alpnProtocol);
      res.setHeader('Content-Type', 'text/plain');
      res.end(`secure ${req.url ?? ''}`);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    port = address.port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  const localhost = async () => [{ address: '127.0.0.1', family: 4 }];

  it('verifies the certificate against the given CA, sends SNI and offers only http/1.1', async () => {
    const r = await send({ method: 'GET', url: `https://localhost:${port}/a` }, { ca, lookup: localhost, pool: false });
    expect(latin1(r.body)).toBe('secure /a');
    expect(latin1(r.raw.sent)).toBe(`GET /a HTTP/1.1\r\nHost: localhost:${port}\r\n\r\n`);
    expect(latin1(r.raw.received)).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(servernames.at(-1)).toBe('localhost');
    expect(alpn.at(-1)).toBe('http/1.1');
    expect(r.tls).toMatchObject({ alpnProtocol: 'http/1.1', authorized: true });
    expect(r.tls?.protocol).toMatch(/^TLSv1\.[23]$/);
    expect(r.tls?.cipher.length).toBeGreaterThan(0);
    expect(r.tls?.certificate?.subject).toBe('CN=localhost');
    expect(r.tls?.certificate?.issuer).toBe('CN=httplens test CA');
    expect(r.tls?.certificate?.subjectAltName).toContain('DNS:localhost');
    expect(r.tls?.certificate?.fingerprint256).toMatch(/^[0-9A-F:]{95}$/);
    expect(r.timings.tls).toBeGreaterThan(0);
  });

  it('checks an IP literal against the certificate without SNI', async () => {
    const r = await send({ method: 'GET', url: `https://127.0.0.1:${port}/ip` }, { ca, pool: false });
    expect(latin1(r.body)).toBe('secure /ip');
    expect(servernames.at(-1)).toBe(false);
  });

  it('reuses a TLS connection through the pool', async () => {
    const pool = new Pool();
    const a = await send({ method: 'GET', url: `https://127.0.0.1:${port}/1` }, { ca, pool });
    const b = await send({ method: 'GET', url: `https://127.0.0.1:${port}/2` }, { ca, pool });
    pool.close();
    expect([a.reused, b.reused]).toEqual([false, true]);
    expect(b.timings.tls).toBe(0);
    expect(b.tls?.certificate?.subject).toBe('CN=localhost');
  });

  it('rejects an untrusted certificate by default', async () => {
    const e = await failure(send({ method: 'GET', url: `https://127.0.0.1:${port}/` }, { pool: false }));
    expect(e.code).toBe('HTTPLENS_TLS_CERT_INVALID');
    expect(e.context).toMatchObject({ host: '127.0.0.1', port, phase: 'tls' });
  });

  it('rejects a certificate for another name', async () => {
    const e = await failure(send({ method: 'GET', url: `https://wrong.test:${port}/` }, { ca, lookup: localhost, pool: false }));
    expect(e.code).toBe('HTTPLENS_TLS_CERT_INVALID');
    expect((e.cause as { code?: string }).code).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
  });

  it('accepts any certificate when verification is off, and says so', async () => {
    const r = await send({ method: 'GET', url: `https://127.0.0.1:${port}/` }, { rejectUnauthorized: false, pool: false });
    expect(r.status).toBe(200);
    expect(r.tls?.authorized).toBe(false);
    expect(r.tls?.authorizationError).toBeTruthy();
  });

  it('reports a server that does not speak TLS', async () => {
    const plain = await rawServer((s) => s.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
    try {
      const e = await failure(send({ method: 'GET', url: `https://127.0.0.1:${plain.port}/` }, { pool: false }));
      expect(e.code).toBe('HTTPLENS_TLS_FAILED');
      expect(e.context.phase).toBe('tls');
    } finally {
      await plain.close();
    }
  });

  it('times out a handshake that never ends', async () => {
    const silent = await rawServer(() => {});
    try {
      const e = await failure(send({ method: 'GET', url: `https://127.0.0.1:${silent.port}/` }, { pool: false, timeouts: { tls: 100 } }));
      expect(e.code).toBe('HTTPLENS_TLS_TIMEOUT');
      expect(e.context.phase).toBe('tls');
    } finally {
      await silent.close();
    }
  });
});
