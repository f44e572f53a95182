import { createPrivateKey, generateKeyPairSync, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tlsFileContents } from '../src/tls-files.js';

describe('tlsFileContents: client certificate and key files for the TLS options', () => {
  it('converts DER certificates and keys to PEM, leaves PEM as it is, and names a file it cannot read', () => {
    const pem = readFileSync(join(import.meta.dirname, 'fixtures/tls/cert.pem'));
    expect(tlsFileContents(pem, 'PEM', 'certificate', '/c.pem')).toBe(pem);
    const der = new X509Certificate(pem).raw;
    const converted = tlsFileContents(der, 'DER', 'certificate', '/c.der') as string;
    expect(new X509Certificate(converted).fingerprint256).toBe(new X509Certificate(pem).fingerprint256);
    for (const [type, options] of [['pkcs8', { type: 'pkcs8' }], ['pkcs1', { type: 'pkcs1' }]] as const) {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
      const bytes = privateKey.export({ ...options, format: 'der' });
      expect(tlsFileContents(bytes, 'DER', 'key', `/k.${type}.der`)).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    }
    // an encrypted PKCS #8 key stays encrypted, for TLS to open with the passphrase
    const encrypted = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'der', cipher: 'aes-256-cbc', passphrase: 'pw' });
    const wrapped = tlsFileContents(encrypted, 'DER', 'key', '/k.enc.der') as string;
    expect(wrapped).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
    expect(createPrivateKey({ key: wrapped, passphrase: 'pw' }).asymmetricKeyType).toBe('ec');
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'sec1', format: 'der' });
    expect(tlsFileContents(ec, 'DER', 'key', '/k.ec.der')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(() => tlsFileContents(new Uint8Array([1, 2, 3]), 'DER', 'key', '/bad.der')).toThrow('cannot read the client key /bad.der as DER');
  });
});
