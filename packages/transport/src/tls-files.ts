import { createPrivateKey, X509Certificate } from 'node:crypto';

/**
 * A client certificate or key file in the form the TLS options take: PEM bytes as they are; a DER certificate as PEM;
 * a DER key (PKCS #8, else RSA's PKCS #1, else an EC key's SEC 1) as PKCS #8 PEM, an encrypted PKCS #8 key staying
 * encrypted (in PEM) for the TLS layer to open with the passphrase. Throws, naming `path`, when DER bytes are neither.
 * (JetBrains' `SSLConfiguration` names DER files with `"format": "DER"`.)
 */
export function tlsFileContents(bytes: Uint8Array, format: 'PEM' | 'DER' | undefined, kind: 'certificate' | 'key', path: string): Uint8Array | string {
  if (format !== 'DER') return bytes;
  try {
    if (kind === 'certificate') return new X509Certificate(bytes).toString();
    for (const type of ['pkcs8', 'pkcs1', 'sec1'] as const) {
      try {
        return createPrivateKey({ key: Buffer.from(bytes), format: 'der', type }).export({ type: 'pkcs8', format: 'pem' }).toString();
      } catch (e) {
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
