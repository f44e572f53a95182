/**
 * Every failure of `send` is a `TransportError`: a stable `code` that callers
 * match on (never the message), the underlying `cause`, and context about
 * where the exchange stood (host, port, phase, bytes read).
 */

export const ERROR_CODES = {
  HTTPLENS_INVALID_URL: 'The URL cannot be parsed or has no host.',
  HTTPLENS_INVALID_REQUEST: 'The request is malformed (bad method, body framing that contradicts the body, bad option).',
  HTTPLENS_INVALID_HEADER: 'A field name is not a token, or a name or value holds CR, LF, NUL or a character above U+00FF.',
  HTTPLENS_UNSUPPORTED: 'A protocol or feature this transport does not send (a scheme other than http/https, HTTP/2, a proxy).',
  HTTPLENS_DNS_FAILED: 'The host name did not resolve.',
  HTTPLENS_CONNECT_REFUSED: 'Every address refused the connection.',
  HTTPLENS_CONNECT_FAILED: 'The connection failed for another reason (unreachable, missing Unix socket).',
  HTTPLENS_CONNECT_TIMEOUT: 'Resolving and connecting took longer than `timeouts.connect`.',
  HTTPLENS_TLS_TIMEOUT: 'The TLS handshake took longer than `timeouts.tls`.',
  HTTPLENS_TLS_CERT_INVALID: 'The server certificate failed verification (untrusted, expired, wrong name).',
  HTTPLENS_TLS_FAILED: 'The TLS handshake failed for another reason (protocol or cipher mismatch, alert).',
  HTTPLENS_FIRST_BYTE_TIMEOUT: 'No byte of the response arrived within `timeouts.firstByte` after the request was written.',
  HTTPLENS_IDLE_TIMEOUT: 'No byte arrived for `timeouts.idle` while the response was being read.',
  HTTPLENS_TOTAL_TIMEOUT: 'The whole exchange took longer than `timeouts.total`.',
  HTTPLENS_ABORTED: 'The AbortSignal given in the options was aborted.',
  HTTPLENS_CONNECTION_CLOSED: 'The server closed the connection before the response was complete.',
  HTTPLENS_CONNECTION_RESET: 'The connection was reset (ECONNRESET, EPIPE) before the response was complete.',
  HTTPLENS_BAD_RESPONSE: 'The response violates HTTP/1.1 framing (status line, field line, Content-Length, chunk size).',
  HTTPLENS_RESPONSE_TOO_LARGE: 'The response head (or a trailer section) is larger than `limits.headerSize`.',
  HTTPLENS_DECODE_FAILED: 'The content coding (gzip, deflate, br) is corrupt.',
  HTTPLENS_REQUEST_BODY_FAILED: 'The request body stream threw or produced something other than bytes.',
  HTTPLENS_POOL_CLOSED: 'The pool was closed while the request waited for a connection.',
} as const;

export type TransportErrorCode = keyof typeof ERROR_CODES;

export type Phase = 'request' | 'dns' | 'connect' | 'tls' | 'pool' | 'write' | 'head' | 'body' | 'trailers' | 'decode';

export interface ErrorContext {
  host?: string;
  port?: number;
  /** Unix domain socket path, when one is used. */
  socketPath?: string;
  phase: Phase;
  /** Bytes of the response read so far (interim responses included). */
  bytesRead: number;
  /** Bytes of the request written so far. */
  bytesWritten?: number;
  /** The bytes of the response received so far (a partial response). */
  received?: Uint8Array;
  /** The field name for `HTTPLENS_INVALID_HEADER`. */
  field?: string;
  /** Whether the failing exchange ran on a reused connection. */
  reused?: boolean;
}

export class TransportError extends Error {
  override readonly name = 'TransportError';
  readonly code: TransportErrorCode;
  readonly context: ErrorContext;

  constructor(code: TransportErrorCode, message: string, context: ErrorContext, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
    this.context = context;
  }
}

export function isTransportError(value: unknown): value is TransportError {
  return value instanceof TransportError;
}

/** Node system error codes of a refused or failed connection. */
const REFUSED = new Set(['ECONNREFUSED']);
const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA', 'ENODATA']);
const RESET = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);

/** TLS verification error codes from OpenSSL as Node reports them. */
const CERT = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'INVALID_CA',
  'HOSTNAME_MISMATCH',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_TLS_CERT_ALTNAME_FORMAT',
]);

export function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** Maps a Node socket error to our code, given the phase it happened in. */
export function fromSocketError(error: unknown, context: ErrorContext): TransportError {
  if (error instanceof TransportError) return error;
  const code = errnoCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  const where = context.socketPath ?? `${context.host ?? ''}:${context.port ?? ''}`;
  if (code !== undefined && DNS.has(code)) return new TransportError('HTTPLENS_DNS_FAILED', `Cannot resolve ${context.host ?? ''}: ${detail}`, { ...context, phase: 'dns' }, error);
  if (code !== undefined && CERT.has(code)) return new TransportError('HTTPLENS_TLS_CERT_INVALID', `The certificate of ${where} is not valid: ${detail}`, { ...context, phase: 'tls' }, error);
  if (context.phase === 'connect') {
    if (code !== undefined && REFUSED.has(code)) return new TransportError('HTTPLENS_CONNECT_REFUSED', `Connection to ${where} refused`, context, error);
    return new TransportError('HTTPLENS_CONNECT_FAILED', `Cannot connect to ${where}: ${detail}`, context, error);
  }
  if (context.phase === 'tls') return new TransportError('HTTPLENS_TLS_FAILED', `TLS handshake with ${where} failed: ${detail}`, context, error);
  if (code !== undefined && RESET.has(code)) return new TransportError('HTTPLENS_CONNECTION_RESET', `Connection to ${where} was reset during ${context.phase} after ${context.bytesRead} bytes`, context, error);
  return new TransportError('HTTPLENS_CONNECTION_CLOSED', `Connection to ${where} failed during ${context.phase} after ${context.bytesRead} bytes: ${detail}`, context, error);
}
