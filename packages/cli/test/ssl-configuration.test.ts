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

// `send --env E` applies the JetBrains SSLConfiguration of E (http-client.private.env.json): the client certificate
// and key (paths relative to the file, PEM or DER) and `verifyHostCertificate: false`. The https server uses the
// transport's test certificates (signed by a test CA that nothing trusts) and answers 200 only to a client that
// presented the test certificate (that certificate is for a server, so the check is the server's own, not OpenSSL's).

const fixtures = join(import.meta.dirname, '..', '..', 'transport', 'test', 'fixtures', 'tls');
const certPem = readFileSync(join(fixtures, 'cert.pem'), 'utf8');
const keyPem = readFileSync(join(fixtures, 'key.pem'), 'utf8');
const fingerprint = new X509Certificate(certPem).fingerprint256;

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
  writeFileSync(join(work, 'api.http'), `GET ${base}/\n`);
  writeFileSync(join(work, 'http-client.env.json'), JSON.stringify({ mtls: { greeting: 'hi' }, der: {}, noCert: {}, verified: {}, missing: {}, locked: {} }));
  writeFileSync(
    join(work, 'http-client.private.env.json'),
    JSON.stringify({
      // relative to the file, and absolute
      mtls: { SSLConfiguration: { clientCertificate: 'certs/client.pem', clientCertificateKey: join(fixtures, 'key.pem'), verifyHostCertificate: false } },
      der: { SSLConfiguration: { clientCertificate: { path: 'certs/client.der', format: 'DER' }, clientCertificateKey: { path: 'certs/client-key.der', format: 'DER' }, verifyHostCertificate: false } },
      noCert: { SSLConfiguration: { verifyHostCertificate: false } },
      verified: { SSLConfiguration: { clientCertificate: 'certs/client.pem', clientCertificateKey: join(fixtures, 'key.pem') } },
      missing: { SSLConfiguration: { clientCertificate: 'certs/nothing.pem', verifyHostCertificate: false } },
      locked: { SSLConfiguration: { clientCertificate: 'certs/client.pem', clientCertificateKey: join(fixtures, 'key.pem'), hasCertificatePassphrase: true, verifyHostCertificate: false, format: 'PEM' } },
    }),
  );
});

afterAll(() => {
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function send(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), readStdin: () => '', stdoutIsTTY: false, stderrIsTTY: false, cwd: work, env: {} };
  const code = await main(['send', 'api.http', '--json', ...args], io);
  const text = out.join('');
  return { code, json: text ? (JSON.parse(text) as { response: { status: number; body: string } | null; error: { code: string } | null }[])[0] : undefined, err: err.join('') };
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

  it('stops with the path of a certificate it cannot read', async () => {
    const r = await send('--env', 'missing');
    expect(r.code).toBe(2);
    expect(r.err).toContain(join(work, 'certs', 'nothing.pem'));
    expect(r.err).toContain('ENOENT');
  });

  it('says what it cannot apply: a passphrase it cannot ask for, keys it does not know', async () => {
    const r = await send('--env', 'locked');
    expect(r.json?.response?.status).toBe(200);
    expect(r.err).toContain('hasCertificatePassphrase');
    expect(r.err).toContain('SSLConfiguration.format');
  });
});
