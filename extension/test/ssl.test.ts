import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, planFor, requestOptionsFor } from '../src/settings.js';
import { passphraseFileOf, Passphrases, withSslConfiguration, type SslConfiguration } from '../src/ssl.js';

const settings = { ...DEFAULT_SETTINGS, certificates: { 'api.example': { pfx: '/settings/client.p12', passphrase: 'from-settings' } } };

describe("the environment's SSLConfiguration", () => {
  it('replaces the client certificate of the settings and skips verification for verifyHostCertificate false', () => {
    const ssl: SslConfiguration = {
      clientCertificate: { path: '/ws/certs/client.crt', format: 'PEM' },
      clientCertificateKey: { path: '/ws/certs/client.key', format: 'DER' },
      hasCertificatePassphrase: true,
      verifyHostCertificate: false,
      ignored: [],
    };
    const plan = planFor('https://api.example/', settings);
    expect(plan.rejectUnauthorized).toBe(true);
    const { plan: applied, formats } = withSslConfiguration(plan, ssl, 's3cret');
    expect(applied.certificate).toEqual({ cert: '/ws/certs/client.crt', key: '/ws/certs/client.key', passphrase: 's3cret' });
    expect(applied.rejectUnauthorized).toBe(false);
    expect(formats).toEqual({ cert: 'PEM', key: 'DER' });
    // the plan given is left as it was
    expect(plan.certificate).toEqual({ pfx: '/settings/client.p12', passphrase: 'from-settings' });
    // the transport gets them for the request's host only
    const cert = new Uint8Array([1]);
    const key = new Uint8Array([2]);
    expect(requestOptionsFor('https://api.example/', applied, { cert, key }).hosts).toEqual({ 'api.example:443': { insecure: true, cert, key, passphrase: 's3cret' } });
  });

  it('leaves the plan alone without a configuration, and keeps the settings certificate when it names none', () => {
    const plan = planFor('https://api.example/', settings);
    expect(withSslConfiguration(plan, null).plan).toBe(plan);
    const onlyVerify = withSslConfiguration(plan, { verifyHostCertificate: true, ignored: [] }).plan;
    expect(onlyVerify).toEqual(plan);
  });

  it('asks for a passphrase only when the configuration says there is one, for the key file (else the certificate)', () => {
    const cert = { path: '/c.pem', format: 'PEM' as const };
    expect(passphraseFileOf(null)).toBeUndefined();
    expect(passphraseFileOf({ clientCertificate: cert, ignored: [] })).toBeUndefined();
    expect(passphraseFileOf({ hasCertificatePassphrase: true, ignored: [] })).toBeUndefined();
    expect(passphraseFileOf({ clientCertificate: cert, hasCertificatePassphrase: true, ignored: [] })).toBe('/c.pem');
    expect(passphraseFileOf({ clientCertificate: cert, clientCertificateKey: { path: '/k.pem', format: 'PEM' }, hasCertificatePassphrase: true, ignored: [] })).toBe('/k.pem');
  });

  it('keeps a passphrase per file once given, asks again after a cancel or when forgotten', async () => {
    const passphrases = new Passphrases();
    const answers = [undefined, 'one', 'two'];
    let asked = 0;
    const ask = () => Promise.resolve(answers[asked++]);
    expect(await passphrases.get('/k.pem', ask)).toBeUndefined();
    expect(await passphrases.get('/k.pem', ask)).toBe('one');
    expect(await passphrases.get('/k.pem', ask)).toBe('one');
    expect(asked).toBe(2);
    passphrases.forget('/k.pem');
    expect(await passphrases.get('/k.pem', ask)).toBe('two');
    expect(asked).toBe(3);
  });
});
