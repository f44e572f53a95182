/**
 * Every failure of `send` is a `TransportError`: a stable `code` that callers
 * match on (never the message), the underlying `cause`, and context about
 * where the exchange stood (host, port, phase, bytes read).
 */

export const ERROR_CODES = {
  HTTPLENS_INVALID_URL: {
    en: 'The URL cannot be parsed or has no host.',
    'zh-CN': '无法解析该 URL，或其中没有主机。',
  },
  HTTPLENS_INVALID_REQUEST: {
    en: 'The request is malformed (bad method, body framing that contradicts the body, bad option).',
    'zh-CN': '请求格式有误（方法无效、主体的分帧与主体不符、选项无效）。',
  },
  HTTPLENS_INVALID_HEADER: {
    en: 'A field name is not a token, or a name or value holds CR, LF, NUL or a character above U+00FF.',
    'zh-CN': '字段名不是 token，或字段名、字段值中含有 CR、LF、NUL 或大于 U+00FF 的字符。',
  },
  HTTPLENS_UNSUPPORTED: {
    en: 'A protocol or feature this transport does not send (a scheme other than http: and https:, a transfer coding other than chunked).',
    'zh-CN': '本传输层不发送的协议或功能（http: 和 https: 以外的协议、chunked 以外的传输编码）。',
  },
  HTTPLENS_DNS_FAILED: {
    en: 'The host name did not resolve.',
    'zh-CN': '主机名无法解析。',
  },
  HTTPLENS_CONNECT_REFUSED: {
    en: 'Every address refused the connection.',
    'zh-CN': '所有地址都拒绝了连接。',
  },
  HTTPLENS_CONNECT_FAILED: {
    en: 'The connection failed for another reason (unreachable, missing Unix socket).',
    'zh-CN': '因其他原因无法连接（网络不可达、Unix 套接字不存在）。',
  },
  HTTPLENS_CONNECT_TIMEOUT: {
    en: 'Resolving and connecting took longer than `timeouts.connect`.',
    'zh-CN': '解析和连接的时间超过了 `timeouts.connect`。',
  },
  HTTPLENS_TLS_TIMEOUT: {
    en: 'The TLS handshake took longer than `timeouts.tls`.',
    'zh-CN': 'TLS 握手的时间超过了 `timeouts.tls`。',
  },
  HTTPLENS_TLS_CERT_INVALID: {
    en: 'The server certificate failed verification (untrusted, expired, wrong name).',
    'zh-CN': '服务器证书未通过验证（不受信任、已过期、名称不符）。',
  },
  HTTPLENS_TLS_FAILED: {
    en: 'The TLS handshake failed for another reason (protocol or cipher mismatch, alert).',
    'zh-CN': 'TLS 握手因其他原因失败（协议或密码套件不匹配、收到警报）。',
  },
  HTTPLENS_FIRST_BYTE_TIMEOUT: {
    en: 'No byte of the response arrived within `timeouts.firstByte` after the request was written.',
    'zh-CN': '请求写出后，在 `timeouts.firstByte` 内没有收到响应的第一个字节。',
  },
  HTTPLENS_IDLE_TIMEOUT: {
    en: 'No byte arrived for `timeouts.idle` while the response was being read.',
    'zh-CN': '读取响应时，`timeouts.idle` 内没有收到任何字节。',
  },
  HTTPLENS_TOTAL_TIMEOUT: {
    en: 'The whole exchange took longer than `timeouts.total`.',
    'zh-CN': '整个交换的时间超过了 `timeouts.total`。',
  },
  HTTPLENS_ABORTED: {
    en: 'The AbortSignal given in the options was aborted.',
    'zh-CN': '选项中的 AbortSignal 已中止。',
  },
  HTTPLENS_CONNECTION_CLOSED: {
    en: 'The server closed the connection before the response was complete.',
    'zh-CN': '服务器在响应完整之前关闭了连接。',
  },
  HTTPLENS_CONNECTION_RESET: {
    en: 'The connection was reset (ECONNRESET, EPIPE) before the response was complete.',
    'zh-CN': '连接在响应完整之前被重置（ECONNRESET、EPIPE）。',
  },
  HTTPLENS_BAD_RESPONSE: {
    en: 'The response violates HTTP/1.1 framing (status line, field line, Content-Length, chunk size).',
    'zh-CN': '响应违反 HTTP/1.1 的报文分帧规则（状态行、字段行、Content-Length、块大小）。',
  },
  HTTPLENS_RESPONSE_TOO_LARGE: {
    en: 'The response head (or a trailer section) is larger than `limits.headerSize`.',
    'zh-CN': '响应首部（或尾部）超过了 `limits.headerSize`。',
  },
  HTTPLENS_DECODE_FAILED: {
    en: 'The content coding (gzip, deflate, br) is corrupt.',
    'zh-CN': '内容编码（gzip、deflate、br）的数据已损坏。',
  },
  HTTPLENS_REQUEST_BODY_FAILED: {
    en: 'The request body stream threw or produced something other than bytes.',
    'zh-CN': '请求主体的数据流抛出了错误，或产生了非字节的数据。',
  },
  HTTPLENS_POOL_CLOSED: {
    en: 'The pool was closed while the request waited for a connection.',
    'zh-CN': '请求等待连接时，连接池已关闭。',
  },
  HTTPLENS_TOO_MANY_REDIRECTS: {
    en: 'More redirects than `maxRedirects` allows.',
    'zh-CN': '重定向次数超过了 `maxRedirects` 的上限。',
  },
  HTTPLENS_REDIRECT_LOOP: {
    en: 'A redirect leads back to a URL already requested with the same method and body.',
    'zh-CN': '重定向回到了已经用相同方法和主体请求过的 URL（重定向循环）。',
  },
  HTTPLENS_PROXY_CONNECT_FAILED: {
    en: 'The proxy refused the CONNECT tunnel (a status other than 2xx, 407 included) or closed it.',
    'zh-CN': '代理拒绝建立 CONNECT 隧道（返回了 2xx 以外的状态码，包括 407），或关闭了隧道。',
  },
  HTTPLENS_SIGN_IN_REDIRECT: {
    en: 'The redirect URL of a browser sign-in is not an http URL on localhost, 127.0.0.1 or [::1], where the code could be received.',
    'zh-CN': '浏览器登录的重定向 URL 不是 localhost、127.0.0.1 或 [::1] 上的 http URL，无法在那里接收授权码。',
  },
  HTTPLENS_SIGN_IN_LISTEN: {
    en: 'The port of the redirect URL could not be listened on (in use, or not allowed).',
    'zh-CN': '无法在重定向 URL 的端口上监听（端口已被占用或不允许使用）。',
  },
  HTTPLENS_SIGN_IN_DENIED: {
    en: 'The authorization server sent the browser back with an error (RFC 6749 §4.1.2.1), such as access_denied.',
    'zh-CN': '授权服务器把浏览器送回时带有错误（RFC 6749 第 4.1.2.1 节），例如 access_denied。',
  },
  HTTPLENS_SIGN_IN_TIMEOUT: {
    en: 'The browser did not come back to the redirect URL in the time allowed.',
    'zh-CN': '浏览器没有在允许的时间内回到重定向 URL。',
  },
} as const satisfies Record<string, { en: string; 'zh-CN': string }>;

export type TransportErrorCode = keyof typeof ERROR_CODES;

export type Phase = 'request' | 'dns' | 'connect' | 'tls' | 'pool' | 'write' | 'head' | 'body' | 'trailers' | 'decode' | 'sign-in';

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

/** What a code means, in English or Simplified Chinese (for showing an error to people). */
export function describeErrorCode(code: TransportErrorCode, locale: 'en' | 'zh-CN' = 'en'): string {
  return ERROR_CODES[code][locale];
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
