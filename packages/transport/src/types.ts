import type { FieldLine, HttpMessage } from '@httplens/core';
import type { Socket } from 'node:net';
import type { ConnectionOptions as TlsConnectionOptions, PeerCertificate } from 'node:tls';
import type { Pool } from './pool.js';

/** A request as the user wrote it: the fields go on the wire in this order and case. */
export interface SendRequest {
  method: string;
  url: string | URL;
  headers?: [string, string][];
  /** Bytes, a string (UTF-8), or a stream of bytes (sent chunked unless a Content-Length is given). */
  body?: Uint8Array | string | AsyncIterable<Uint8Array>;
  /**
   * The request-target to write as it is, instead of the path and query of `url` as the URL parser encodes them (an
   * origin-form `/path?query` of visible ASCII: a space, a control or a non-ASCII character is HTTPLENS_INVALID_REQUEST).
   * For servers that need characters the URL parser would encode (`|`, `{`, `"`), as the JetBrains HTTP Client's
   * `# @no-auto-encoding` sends them. Redirects are followed to their own URL.
   */
  target?: string;
}

export interface LookupAddress {
  address: string;
  /** 4 or 6. */
  family: number;
}

/** Resolves a host name to addresses, tried in order; the default uses `dns.lookup` with `all: true`. */
export type LookupFunction = (hostname: string) => Promise<LookupAddress[]>;

/** All times in milliseconds; 0 disables a timeout. */
export interface Timeouts {
  /** Resolving and connecting (default 10 000). */
  connect?: number;
  /** The TLS handshake (default 10 000). */
  tls?: number;
  /** From the request written to the first response byte (default 30 000). */
  firstByte?: number;
  /** Between two bytes while the response is read (default 30 000). */
  idle?: number;
  /** The whole exchange, queueing in the pool included (default 0: none). */
  total?: number;
  /** How long to wait for `100 Continue` before sending the body anyway (default 1 000). */
  expectContinue?: number;
}

export interface Limits {
  /** Largest response head (status line and fields), and largest trailer section (default 64 KiB). */
  headerSize?: number;
  /** Largest body as it arrives (after chunked decoding); more is cut and `truncated` set (default 64 MiB). */
  bodySize?: number;
  /** Largest body after content decoding; more is cut and `truncated` set (default 64 MiB). */
  decodedSize?: number;
}

export interface SendOptions {
  /** Connect to this Unix domain socket instead of the URL's host (like curl's `--unix-socket`). */
  socketPath?: string;
  lookup?: LookupFunction;
  /**
   * Opens the TCP connection to one resolved address (default `net.connect`), like the
   * `createConnection` of Node's agents: a place to add socket options or route through a tunnel.
   */
  createConnection?: (options: { host: string; port: number; family: number }) => Socket;
  /**
   * Opens the connection itself instead of resolving and connecting to the URL's host: a
   * connection to an HTTP proxy, or a CONNECT tunnel through one (TLS for https: still runs over
   * the returned socket). Pass each socket it creates to `onSocket` so a timeout or abort closes it.
   * Give such requests a Pool of their own: connections are pooled by the URL's origin.
   */
  dial?: (target: { hostname: string; port: number; https: boolean }, onSocket: (socket: Socket) => void) => Promise<Socket>;
  /** Which request-target form to write; the default is origin-form (authority-form for CONNECT). */
  targetForm?: 'origin' | 'absolute' | 'authority' | 'asterisk';
  timeouts?: Timeouts;
  limits?: Limits;
  signal?: AbortSignal;
  /** Verify the server certificate (default true). */
  rejectUnauthorized?: boolean;
  /** The trust anchors (PEM), in place of Node's roots (`createClient`'s `ca` adds to them). */
  ca?: string | Uint8Array | (string | Uint8Array)[];
  /** Server name for SNI and certificate checking (default the URL host, unless it is an IP literal). */
  servername?: string;
  /** Further `tls.connect` options (client certificates, ciphers, minVersion). */
  tls?: TlsConnectionOptions;
  /** The pool to take connections from; `false` opens a fresh connection and closes it after. */
  pool?: Pool | false;
  /** Decode Content-Encoding (gzip, x-gzip, deflate, br) into `body` (default true). */
  decode?: boolean;
}

export interface Timings {
  /** From the call to the connection given to the request: taken from the pool, or its opening begun (waiting in the pool's queue, and a retry on a new connection, count here). */
  wait: number;
  /** Name resolution (0 for IP literals, Unix sockets and reused connections). */
  dns: number;
  /** TCP (or Unix socket) connect. */
  connect: number;
  /** TLS handshake. */
  tls: number;
  /** From the connection ready (opened, or taken from the pool) to the request's last byte flushed to the socket (or to the response's first byte, if that came first). */
  request: number;
  /** From the request head written to the first byte of the response. */
  firstByte: number;
  /** From the first byte to the last byte of the response. */
  download: number;
  /** From the call to the end of decoding. */
  total: number;
}

export interface TlsSummary {
  protocol: string | null;
  cipher: string;
  alpnProtocol: string | false;
  authorized: boolean;
  authorizationError?: string;
  certificate?: {
    subject: string;
    issuer: string;
    subjectAltName?: string;
    validFrom: string;
    validTo: string;
    fingerprint256: string;
    serialNumber: string;
  };
}

export interface InterimResponse {
  status: number;
  reason: string;
  headers: [string, string][];
}

export interface RedirectHop {
  url: string;
  status: number;
}

export interface SendResult {
  status: number;
  reason: string;
  /** `HTTP/1.1` or `HTTP/1.0`. */
  version: string;
  /** The header fields in order, names as received. */
  headers: [string, string][];
  /** Trailer fields of a chunked body. */
  trailers: [string, string][];
  /** The content, decoded from its Content-Encoding when `decode` is on. */
  body: Uint8Array;
  /** Content-codings removed from `body`, in the order applied by the server. */
  decoded: string[];
  /** The final response as parsed from `raw.received`; spans are offsets into `raw.received`. */
  message: HttpMessage;
  raw: { sent: Uint8Array; received: Uint8Array };
  timings: Timings;
  /** Whether the connection came from the pool. */
  reused: boolean;
  /** Redirects followed: `send` follows none (always empty); `createClient` fills it. */
  redirects: RedirectHop[];
  tls?: TlsSummary;
  remoteAddress: string;
  remotePort?: number;
  /** 1xx responses received before the final one (100 Continue, 103 Early Hints). */
  interim: InterimResponse[];
  /** The body was cut at `limits.bodySize` or `limits.decodedSize`. */
  truncated: boolean;
}

export type { FieldLine, PeerCertificate };
