// The JetBrains `SSLConfiguration` of the selected environment (http-client.private.env.json), as `httplens/requestAt`
// gives it, applied to the plan of a request: its client certificate and key, and `verifyHostCertificate: false`.
import type { SslConfiguration } from '@httplens/http-file';
import type { SendPlan } from './settings.js';

// The `ssl` of `httplens/requestAt`'s answer (null: no environment selected, or none there) is http-file's reading of
// the environment files, with the paths made absolute by the server.
export type { SslConfiguration, SslFile } from '@httplens/http-file';

/**
 * The file whose passphrase is asked for: the key's (the certificate's when the key is in the same file), when the
 * configuration says it has one (`hasCertificatePassphrase: true`) and names a client certificate; else undefined.
 */
export function passphraseFileOf(ssl: SslConfiguration | null | undefined): string | undefined {
  if (!ssl?.hasCertificatePassphrase || !ssl.clientCertificate) return undefined;
  return (ssl.clientCertificateKey ?? ssl.clientCertificate).path;
}

/**
 * A plan with the environment's `SSLConfiguration` over the settings': its client certificate (and key, and
 * `passphrase` when one was asked for) replaces the one `httplens.tls.certificates` gives the host, and
 * `verifyHostCertificate: false` sends without verifying the server's certificate. `formats` says which of the files
 * are DER (to convert after reading). Pure.
 */
export function withSslConfiguration(
  plan: SendPlan,
  ssl: SslConfiguration | null | undefined,
  passphrase?: string,
): { plan: SendPlan; formats: { cert?: 'PEM' | 'DER'; key?: 'PEM' | 'DER' } } {
  if (!ssl) return { plan, formats: {} };
  const out: SendPlan = { ...plan };
  const formats: { cert?: 'PEM' | 'DER'; key?: 'PEM' | 'DER' } = {};
  if (ssl.clientCertificate) {
    out.certificate = { cert: ssl.clientCertificate.path };
    formats.cert = ssl.clientCertificate.format;
    if (ssl.clientCertificateKey) {
      out.certificate.key = ssl.clientCertificateKey.path;
      formats.key = ssl.clientCertificateKey.format;
    }
    if (passphrase !== undefined) out.certificate.passphrase = passphrase;
  }
  if (ssl.verifyHostCertificate === false) out.rejectUnauthorized = false;
  return { plan: out, formats };
}

/**
 * The passphrase of a file, asked once per session: a known answer is given again, a new one asked with `ask` and
 * kept (undefined: the user cancelled, nothing kept). `forget` after a failure lets the next send ask again.
 */
export class Passphrases {
  private readonly known = new Map<string, string>();

  async get(file: string, ask: () => PromiseLike<string | undefined>): Promise<string | undefined> {
    const known = this.known.get(file);
    if (known !== undefined) return known;
    const answer = await ask();
    if (answer !== undefined) this.known.set(file, answer);
    return answer;
  }

  forget(file: string): void {
    this.known.delete(file);
  }
}
