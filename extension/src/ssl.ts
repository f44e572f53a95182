// The JetBrains `SSLConfiguration` of the selected environment (http-client.private.env.json), as `httplens/requestAt`
// gives it, applied to the plan of a request: its client certificate and key, and `verifyHostCertificate: false`.
import { createPrivateKey, X509Certificate } from 'node:crypto';
import type { SendPlan } from './settings.js';

/** A certificate or key file named by an `SSLConfiguration`, its path absolute (the server resolves it). */
export interface SslFile {
  path: string;
  format: 'PEM' | 'DER';
}

/** The `ssl` of `httplens/requestAt`'s answer (null: no environment selected, or it has no `SSLConfiguration`). */
export interface SslConfiguration {
  clientCertificate?: SslFile;
  clientCertificateKey?: SslFile;
  hasCertificatePassphrase?: boolean;
  verifyHostCertificate?: boolean;
  /** What cannot be used, as `file: SSLConfiguration.key`. */
  ignored: string[];
}

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
 * A certificate or key file's bytes as the TLS layer takes them: PEM as it is, DER converted to PEM (a key in
 * PKCS #8, RSA's PKCS #1 or an EC key's SEC 1 encoding; an encrypted PKCS #8 key stays encrypted, in PEM, for the TLS
 * layer to decrypt with the passphrase). Throws, naming the file, when DER bytes are neither.
 */
export function tlsFileBytes(bytes: Uint8Array, format: 'PEM' | 'DER' | undefined, kind: 'certificate' | 'key', path: string): Uint8Array | string {
  if (format !== 'DER') return bytes;
  try {
    if (kind === 'certificate') return new X509Certificate(bytes).toString();
    for (const type of ['pkcs8', 'pkcs1', 'sec1'] as const) {
      try {
        return createPrivateKey({ key: Buffer.from(bytes), format: 'der', type }).export({ type: 'pkcs8', format: 'pem' }).toString();
      } catch (e) {
        // an encrypted PKCS #8 key: the same bytes in PEM, decrypted with the passphrase when connecting
        if (type === 'pkcs8' && (e as { code?: string }).code === 'ERR_MISSING_PASSPHRASE') return pemOf(bytes, 'ENCRYPTED PRIVATE KEY');
      }
    }
    throw new Error('not a private key in PKCS #8, PKCS #1 or SEC 1');
  } catch (e) {
    throw new Error(`cannot read the client ${kind} ${path} as DER: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function pemOf(der: Uint8Array, label: string): string {
  const base64 = Buffer.from(der).toString('base64');
  return `-----BEGIN ${label}-----\n${base64.replace(/.{64}/g, '$&\n').replace(/\n$/, '')}\n-----END ${label}-----\n`;
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
