import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, TransportError } from '@httplens/transport';

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const openssl = hasOpenssl();
if (!openssl && process.env.CI === 'true') throw new Error('openssl is needed to make the test CA');

interface Pki {
  ca: string;
  serverKey: string;
  serverCert: string;
  clientKey: string;
  clientCert: string;
  clientKeyEncrypted: string;
  clientPfx: Buffer;
}

/** A CA, a server certificate for localhost/127.0.0.1 and a client certificate, made now with openssl (valid 2 days). */
function makePki(dir: string): Pki {
  const run = (...args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  };
  const key = (name: string): void => run('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', name);
  key('ca.key');
  run('req', '-x509', '-new', '-key', 'ca.key', '-subj', '/CN=httplens client-test CA', '-days', '2', '-out', 'ca.pem', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  const leaf = (name: string, cn: string, ext: string): void => {
    key(`${name}.key`);
    run('req', '-new', '-key', `${name}.key`, '-subj', `/CN=${cn}`, '-out', `${name}.csr`);
    writeFileSync(join(dir, `${name}.ext`), ext);
    run('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2', '-extfile', `${name}.ext`, '-out', `${name}.pem`);
  };
  leaf('server', 'localhost', 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
  leaf('client', 'httplens client', 'extendedKeyUsage=clientAuth\n');
  run('pkey', '-in', 'client.key', '-aes256', '-passout', 'pass:s3cret', '-out', 'client-enc.key');
  run('pkcs12', '-export', '-inkey', 'client.key', '-in', 'client.pem', '-passout', 'pass:s3cret', '-out', 'client.p12');
  const read = (f: string): string => readFileSync(join(dir, f), 'utf8');
  return {
    ca: read('ca.pem'),
    serverKey: read('server.key'),
    serverCert: read('server.pem'),
    clientKey: read('client.key'),
    clientCert: read('client.pem'),
    clientKeyEncrypted: read('client-enc.key'),
    clientPfx: readFileSync(join(dir, 'client.p12')),
  };
}

async function listen(server: Server): Promise<number> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const a = server.address();
  if (a === null || typeof a === 'string') throw new Error('no port');
  return a.port;
}

const text = (b: Uint8Array): string => Buffer.from(b).toString('utf8');

describe.skipIf(!openssl)('TLS options', { timeout: 30_000 }, () => {
  let dir: string;
  let pki: Pki;
  let mtls: Server;
  let old: Server;
  let port = 0;
  let oldPort = 0;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'httplens-pki-'));
    pki = makePki(dir);
    mtls = createServer({ key: pki.serverKey, cert: pki.serverCert, ca: pki.ca, requestCert: true, rejectUnauthorized: true }, (req, res) => {
      const peer = (req.socket as TLSSocket).getPeerCertificate();
      res.end(`hello ${String(peer.subject?.CN ?? 'nobody')}`);
    });
    port = await listen(mtls);
    old = createServer({ key: pki.serverKey, cert: pki.serverCert, maxVersion: 'TLSv1.2' }, (_req, res) => res.end('tls 1.2'));
    oldPort = await listen(old);
  });
  afterAll(async () => {
    for (const s of [mtls, old]) {
      s.closeAllConnections();
      await new Promise((r) => s.close(r));
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('presents a client certificate and key (PEM)', async () => {
    const client = createClient({ proxy: false, ca: pki.ca, cert: pki.clientCert, key: pki.clientKey });
    const r = await client.send({ method: 'GET', url: `https://localhost:${port}/` });
    expect(text(r.body)).toBe('hello httplens client');
    expect(r.insecure).toBe(false);
    expect(r.tls?.authorized).toBe(true);
    client.close();
  });

  it('opens an encrypted key, and a PKCS#12 file, with the passphrase', async () => {
    const a = createClient({ proxy: false, ca: pki.ca, cert: pki.clientCert, key: pki.clientKeyEncrypted, passphrase: 's3cret' });
    expect(text((await a.send({ method: 'GET', url: `https://localhost:${port}/` })).body)).toBe('hello httplens client');
    const b = createClient({ proxy: false, ca: pki.ca, pfx: pki.clientPfx, passphrase: 's3cret' });
    expect(text((await b.send({ method: 'GET', url: `https://localhost:${port}/` })).body)).toBe('hello httplens client');
    a.close();
    b.close();
  });

  it('is refused without a client certificate', async () => {
    const client = createClient({ proxy: false, ca: pki.ca });
    const e = await client.send({ method: 'GET', url: `https://localhost:${port}/` }).catch((error: unknown) => error);
    expect(e).toBeInstanceOf(TransportError);
    // TLS 1.3 reports the refusal after the handshake: an alert, a reset or a close.
    expect(['HTTPLENS_TLS_FAILED', 'HTTPLENS_CONNECTION_RESET', 'HTTPLENS_CONNECTION_CLOSED']).toContain((e as TransportError).code);
    client.close();
  });

  it('applies per-host settings to that host only ("host:port" over "host")', async () => {
    const client = createClient({
      proxy: false,
      ca: pki.ca,
      hosts: { localhost: { cert: pki.clientCert, key: pki.clientKey }, [`127.0.0.1:${port + 1}`]: { cert: pki.clientCert, key: pki.clientKey } },
    });
    expect(text((await client.send({ method: 'GET', url: `https://localhost:${port}/` })).body)).toBe('hello httplens client');
    const e = await client.send({ method: 'GET', url: `https://127.0.0.1:${port}/` }).catch((error: unknown) => error);
    expect(e).toBeInstanceOf(TransportError);
    const perRequest = await client.send({ method: 'GET', url: `https://127.0.0.1:${port}/` }, { hosts: { [`127.0.0.1:${port}`]: { cert: pki.clientCert, key: pki.clientKey } } });
    expect(text(perRequest.body)).toBe('hello httplens client');
    client.close();
  });

  it('adds the CA to the default trust store instead of replacing it, systemCa where Node offers it', async () => {
    const client = createClient({ proxy: false, ca: [pki.ca], systemCa: true });
    const r = await client.send({ method: 'GET', url: `https://localhost:${oldPort}/` });
    expect(r.tls?.authorized).toBe(true);
    // With only the roots of the default store, the test CA is unknown.
    const e = await createClient({ proxy: false, systemCa: true }).send({ method: 'GET', url: `https://localhost:${oldPort}/` }).catch((error: unknown) => error);
    expect((e as TransportError).code).toBe('HTTPLENS_TLS_CERT_INVALID');
    client.close();
  });

  it('needs the CA; insecure skips verification, is recorded, and does not leak to later requests', async () => {
    const client = createClient({ proxy: false });
    const e = await client.send({ method: 'GET', url: `https://localhost:${oldPort}/` }).catch((error: unknown) => error);
    expect((e as TransportError).code).toBe('HTTPLENS_TLS_CERT_INVALID');
    const r = await client.send({ method: 'GET', url: `https://localhost:${oldPort}/` }, { insecure: true });
    expect(text(r.body)).toBe('tls 1.2');
    expect(r.insecure).toBe(true);
    expect(r.tls?.authorized).toBe(false);
    const after = await client.send({ method: 'GET', url: `https://localhost:${oldPort}/` }).catch((error: unknown) => error);
    expect((after as TransportError).code).toBe('HTTPLENS_TLS_CERT_INVALID');
    const plain = await client.send({ method: 'GET', url: 'http://127.0.0.1:1/' }, { insecure: true }).catch((error: unknown) => error);
    expect((plain as TransportError).code).toBe('HTTPLENS_CONNECT_REFUSED');
    client.close();
  });

  it('refuses a server below minVersion', async () => {
    const client = createClient({ proxy: false, ca: pki.ca });
    const ok = await client.send({ method: 'GET', url: `https://localhost:${oldPort}/` });
    expect(ok.tls?.protocol).toBe('TLSv1.2');
    const e = await client.send({ method: 'GET', url: `https://localhost:${oldPort}/` }, { minVersion: 'TLSv1.3' }).catch((error: unknown) => error);
    expect((e as TransportError).code).toBe('HTTPLENS_TLS_FAILED');
    client.close();
  });
});
