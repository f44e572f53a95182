import { describe, expect, it } from 'vitest';
import { parseEnvironmentFile, sslConfigurationOf } from '../src/index.js';

// JetBrains' SSLConfiguration (http-client.private.env.json): not a variable, read by its own accessor.
const privateFile = JSON.stringify({
  dev: {
    token: 'abc',
    SSLConfiguration: { clientCertificate: 'cert.pem', clientCertificateKey: 'MyFolder/key.pem', hasCertificatePassphrase: true },
  },
  sslTest: { SSLConfiguration: { verifyHostCertificate: false } },
  der: { SSLConfiguration: { clientCertificate: { path: 'file.crt', format: 'PEM' }, clientCertificateKey: { path: 'file.key', format: 'der' } } },
  odd: { SSLConfiguration: { clientCertificate: 3, clientCertificateKey: { path: 'k', format: 'PKCS12' }, verifyHostCertificate: 'no', caCertificate: 'ca.pem' } },
  plain: { host: 'x' },
});

describe('sslConfigurationOf', () => {
  it('reads the keys of the JetBrains documentation', () => {
    expect(sslConfigurationOf(privateFile, 'dev')).toEqual({
      clientCertificate: { path: 'cert.pem', format: 'PEM' },
      clientCertificateKey: { path: 'MyFolder/key.pem', format: 'PEM' },
      hasCertificatePassphrase: true,
      ignored: [],
    });
    expect(sslConfigurationOf(privateFile, 'sslTest')).toEqual({ verifyHostCertificate: false, ignored: [] });
  });

  it('reads the object form with its format (PEM or DER, in any case)', () => {
    expect(sslConfigurationOf(JSON.parse(privateFile) as Record<string, unknown>, 'der')).toEqual({
      clientCertificate: { path: 'file.crt', format: 'PEM' },
      clientCertificateKey: { path: 'file.key', format: 'DER' },
      ignored: [],
    });
  });

  it('names the keys it cannot use', () => {
    expect(sslConfigurationOf(privateFile, 'odd')).toEqual({ ignored: ['clientCertificate', 'clientCertificateKey', 'verifyHostCertificate', 'caCertificate'] });
  });

  it('is undefined for an environment without one, an unknown environment, or text that is not JSON', () => {
    expect(sslConfigurationOf(privateFile, 'plain')).toBeUndefined();
    expect(sslConfigurationOf(privateFile, 'nope')).toBeUndefined();
    expect(sslConfigurationOf('{ "dev": ', 'dev')).toBeUndefined();
    expect(sslConfigurationOf('', 'dev')).toBeUndefined();
  });

  it('leaves the variables as parseEnvironmentFile reads them', () => {
    expect(parseEnvironmentFile(privateFile, 'http-client.private.env.json').environments.dev).toEqual({ token: { value: 'abc', source: 'http-client.private.env.json' } });
  });
});
