import { createPrivateKey, X509Certificate } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../src/io.js';
import { main } from '../src/main.js';
import { capture } from './capture.js';

// `send --env E` applies the JetBrains SSLConfiguration of E (http-client.private.env.json): the client certificate
// and key (paths relative to the file, PEM or DER) and `verifyHostCertificate: false`. The https server uses the
// transport's test certificates (signed by a test CA that nothing trusts) and answers 200 only to a client that
// presented the test certificate (that certificate is for a server, so the check is the server's own, not OpenSSL's).

const fixtures = join(import.meta.dirname, '..', '..', 'transport', 'test', 'fixtures', 'tls');
const certPem = readFileSync(join(fixtures, 'cert.pem'), 'utf8');
const keyPem = readFileSync(join(fixtures, 'key.pem'), 'utf8');
const fingerprint = new X509Certificate(certPem).fingerprint256;

const PASSPHRASE = 'correct horse battery staple';

let server: Server;
let base: string;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'httplens-ssl-'));
  server = createServer({ key: keyPem, cert: certPem, requestCert: true, rejectUnauthorized: false }, (req, res) => {
    const peer = (req.socket as TLSSocket).getPeerCertificate();
    const known = peer.fingerprint256 === fingerprint;
    res.writeHead(known ? 200 : 403, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
    res.end(known ? `hello ${peer.subject.CN}` : 'a client certificate is required');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  mkdirSync(join(work, 'certs'));
  copyFileSync(join(fixtures, 'cert.pem'), join(work, 'certs', 'client.pem'));
  // the same certificate and key as DER
  writeFileSync(join(work, 'certs', 'client.der'), new X509Certificate(certPem).raw);
  writeFileSync(join(work, 'certs', 'client-key.der'), createPrivateKey(keyPem).export({ type: 'pkcs8', format: 'der' }));
  // the same key encrypted (PEM and DER), as `openssl pkcs8 -topk8 -v2 aes-256-cbc` writes it
  const key = createPrivateKey(keyPem);
  writeFileSync(join(work, 'certs', 'encrypted-key.pem'), key.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: PASSPHRASE }));
  writeFileSync(join(work, 'certs', 'encrypted-key.der'), key.export({ type: 'pkcs8', format: 'der', cipher: 'aes-256-cbc', passphrase: PASSPHRASE }));
  writeFileSync(join(work, 'api.http'), `GET ${base}/\n`);
  writeFileSync(
    join(work, 'http-client.env.json'),
    JSON.stringify({ mtls: { greeting: 'hi' }, der: {}, noCert: {}, verified: {}, missing: {}, locked: {}, encrypted: {}, encryptedDer: {} }),
  );
  writeFileSync(
    join(work, 'http-client.private.env.json'),
    JSON.stringify({
      // relative to the file, and absolute
      mtls: { SSLConfiguration: { clientCertificate: 'certs/client.pem', clientCertificateKey: join(fixtures, 'key.pem'), verifyHostCertificate: false } },
      der: { SSLConfiguration: { clientCertificate: { path: 'certs/client.der', format: 'DER' }, clientCertificateKey: { path: 'certs/client-key.der', format: 'DER' }, verifyHostCertificate: false } },
      noCert: { SSLConfiguration: { verifyHostCertificate: false } },
      verified: { SSLConfiguration: { clientCertificate: 'certs/client.pem', clientCertificateKey: join(fixtures, 'key.pem') } },
      missing: { SSLConfiguration: { clientCertificate: 'certs/nothing.pem', verifyHostCertificate: false } },
      encrypted: { SSLConfiguration: { clientCertificate: 'certs/client.pem', clientCertificateKey: 'certs/encrypted-key.pem', hasCertificatePassphrase: true, verifyHostCertificate: false } },
      encryptedDer: {
        SSLConfiguration: { clientCertificate: 'certs/client.pem', clientCertificateKey: { path: 'certs/encrypted-key.der', format: 'DER' }, hasCertificatePassphrase: true, verifyHostCertificate: false },
      },
      locked: { SSLConfiguration: { clientCertificate: 'certs/client.pem', clientCertificateKey: join(fixtures, 'key.pem'), hasCertificatePassphrase: true, verifyHostCertificate: false, format: 'PEM' } },
    }),
  );
});

afterAll(() => {
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function send(...args: string[]) {
  return sendWith({}, ...args);
}

/** `env`: the process environment; `readSecret`: a terminal that answers (and records the prompts it was asked). */
async function sendWith(options: { env?: Record<string, string>; readSecret?: Io['readSecret'] }, ...args: string[]) {
  const c = capture({ cwd: work, env: options.env ?? {}, ...(options.readSecret ? { readSecret: options.readSecret } : {}) });
  const code = await main(['send', 'api.http', '--json', ...args], c.io);
  const text = c.out();
  return { code, json: text ? (JSON.parse(text) as { response: { status: number; body: string } | null; error: { code: string } | null }[])[0] : undefined, out: text, err: c.err() };
}

describe('send --env: SSLConfiguration', () => {
  it('presents the client certificate and key of the environment (PEM, relative and absolute paths) and skips verification', async () => {
    const r = await send('--env', 'mtls');
    expect(r.err).toBe('');
    expect(r.json?.response).toMatchObject({ status: 200, body: 'hello localhost' });
  });

  it('reads DER files when the object form says so', async () => {
    expect((await send('--env', 'der')).json?.response).toMatchObject({ status: 200, body: 'hello localhost' });
  });

  it('sends no certificate without one, and verifies the server unless verifyHostCertificate is false', async () => {
    expect((await send('--env', 'noCert')).json?.response?.status).toBe(403);
    // the test CA is trusted nowhere
    expect((await send('--env', 'verified')).json?.error?.code).toBe('HTTPLENS_TLS_CERT_INVALID');
    expect((await send()).json?.error?.code).toBe('HTTPLENS_TLS_CERT_INVALID');
  });

  it("does not verify the server for a request with httpYac's # @noRejectUnauthorized, and only for it", async () => {
    writeFileSync(join(work, 'unverified.http'), `# @noRejectUnauthorized\nGET ${base}/\n\n###\nGET ${base}/again\n`);
    const c = capture({ cwd: work, env: {} });
    await main(['send', 'unverified.http', '--all', '--json'], c.io);
    const out = JSON.parse(c.out()) as { response: { status: number } | null; error: { code: string } | null }[];
    // no client certificate: the server answers 403, but the exchange took place
    expect(out.map((o) => o.response?.status ?? o.error?.code)).toEqual([403, 'HTTPLENS_TLS_CERT_INVALID']);
  });

  it('stops with the path of a certificate it cannot read', async () => {
    const r = await send('--env', 'missing');
    expect(r.code).toBe(2);
    expect(r.err).toContain(join(work, 'certs', 'nothing.pem'));
    expect(r.err).toContain('ENOENT');
  });

  it('says what it does not apply: keys it does not know, hasCertificatePassphrase with a key that is not encrypted', async () => {
    const r = await sendWith({ readSecret: () => Promise.reject(new Error('asked')) }, '--env', 'locked');
    expect(r.json?.response?.status).toBe(200);
    expect(r.err).toContain('hasCertificatePassphrase');
    expect(r.err).toContain('not encrypted');
    expect(r.err).toContain('SSLConfiguration.format');
  });
});

describe('send --env: an encrypted client key', () => {
  it('takes the passphrase from HTTPLENS_CERT_PASSPHRASE (PEM and DER keys) and never prints it', async () => {
    for (const env of ['encrypted', 'encryptedDer']) {
      const r = await sendWith({ env: { HTTPLENS_CERT_PASSPHRASE: PASSPHRASE } }, '--env', env);
      expect(r.code, r.err).toBe(0);
      expect(r.err).toBe('');
      expect(r.json?.response).toMatchObject({ status: 200, body: 'hello localhost' });
      expect(r.out).not.toContain(PASSPHRASE);
    }
  });

  it('asks once on a terminal, naming the key and the environment, when the variable is not set', async () => {
    const prompts: string[] = [];
    const r = await sendWith({ readSecret: (prompt) => (prompts.push(prompt), Promise.resolve(PASSPHRASE)) }, '--env', 'encrypted');
    expect(r.json?.response).toMatchObject({ status: 200, body: 'hello localhost' });
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).toContain(join(work, 'certs', 'encrypted-key.pem'));
    expect(prompts[0]).toContain("'encrypted'");
    expect(r.err + r.out).not.toContain(PASSPHRASE);
  });

  it('the variable wins over asking', async () => {
    const r = await sendWith({ env: { HTTPLENS_CERT_PASSPHRASE: PASSPHRASE }, readSecret: () => Promise.reject(new Error('asked')) }, '--env', 'encrypted');
    expect(r.json?.response?.status).toBe(200);
  });

  it('without a terminal and without the variable, stops (exit 2) naming the variable', async () => {
    const r = await send('--env', 'encrypted');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('HTTPLENS_CERT_PASSPHRASE');
    expect(r.err).toContain(join(work, 'certs', 'encrypted-key.pem'));
  });

  it('stops (exit 2) with a clear message on a wrong passphrase, from the variable or typed, and on giving up', async () => {
    const fromVariable = await sendWith({ env: { HTTPLENS_CERT_PASSPHRASE: 'wrong' } }, '--env', 'encrypted');
    expect(fromVariable.code).toBe(2);
    expect(fromVariable.out).toBe('');
    expect(fromVariable.err).toContain('the passphrase from HTTPLENS_CERT_PASSPHRASE does not decrypt the client key');
    expect(fromVariable.err).not.toContain('wrong');
    const typed = await sendWith({ readSecret: () => Promise.resolve('wrong') }, '--env', 'encryptedDer');
    expect(typed.code).toBe(2);
    expect(typed.err).toContain(`the passphrase does not decrypt the client key ${join(work, 'certs', 'encrypted-key.der')}`);
    const cancelled = await sendWith({ readSecret: () => Promise.resolve(undefined) }, '--env', 'encrypted');
    expect(cancelled.code).toBe(2);
    expect(cancelled.err).toContain('no passphrase given');
  });
});
