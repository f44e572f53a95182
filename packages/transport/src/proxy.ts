import { BlockList, connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { basicAuthorization } from './digest.js';
import { fromSocketError, TransportError, type ErrorContext } from './errors.js';
import { couldBeStatusLine, findSectionEnd, firstLine } from './reader.js';

/**
 * Proxies: choosing one (options, then HTTP_PROXY / HTTPS_PROXY / NO_PROXY), and opening a
 * connection to it, or a CONNECT tunnel through it (RFC 9110 §9.3.6).
 */

export interface ProxyOptions {
  /** The proxy URL, `http://[user:password@]host:port` (or `https://` for a TLS connection to the proxy). */
  url: string;
  /** Hosts reached without the proxy, in NO_PROXY syntax (a string or a list of entries). */
  noProxy?: string | readonly string[];
  /** Verify the certificate of an `https://` proxy (default true; VS Code's `http.proxyStrictSSL`). */
  strictSSL?: boolean;
  /** Trust anchors for an `https://` proxy. */
  ca?: string | Uint8Array | (string | Uint8Array)[];
  /** More fields for the CONNECT request (after Host and Proxy-Authorization). */
  headers?: [string, string][];
}

export type Environment = Record<string, string | undefined>;

/** A NO_PROXY entry: `*`, a host or IP, a domain (with or without a leading dot), a CIDR block; each with an optional port. */
export interface NoProxyRule {
  kind: 'all' | 'host' | 'cidr';
  /** Lowercase host or domain without a leading dot (kind 'host'); the block text for 'cidr'. */
  value: string;
  port?: number;
  blocks?: BlockList;
}

/**
 * Parses NO_PROXY as curl and most tools do: entries separated by commas or spaces; `*` alone
 * turns the proxy off for every host; `example.com`, `.example.com` and `*.example.com` all match
 * example.com and every subdomain; `host:port` and `[v6]:port` only that port; `10.0.0.0/8`
 * and `fd00::/8` a range of addresses. Nothing in it throws: unreadable entries are skipped.
 */
export function parseNoProxy(value: string | readonly string[] | undefined): NoProxyRule[] {
  if (value === undefined) return [];
  const entries = (typeof value === 'string' ? [value] : value).flatMap((v) => v.split(/[\s,]+/u)).filter((e) => e !== '');
  const rules: NoProxyRule[] = [];
  for (const raw of entries) {
    let entry = raw.toLowerCase();
    if (entry === '*') {
      rules.push({ kind: 'all', value: '*' });
      continue;
    }
    let port: number | undefined;
    if (entry.startsWith('[')) {
      const close = entry.indexOf(']');
      if (close === -1) continue;
      const after = entry.slice(close + 1);
      if (after.startsWith(':') && /^\d+$/u.test(after.slice(1))) port = Number(after.slice(1));
      entry = entry.slice(1, close);
    } else if (isIP(entry.split('/')[0] ?? '') !== 6) {
      const colon = entry.lastIndexOf(':');
      if (colon !== -1) {
        const p = entry.slice(colon + 1);
        if (!/^\d+$/u.test(p)) continue;
        port = Number(p);
        entry = entry.slice(0, colon);
      }
    }
    if (entry.startsWith('*.')) entry = entry.slice(2);
    else if (entry.startsWith('.')) entry = entry.slice(1);
    if (entry === '') continue;
    const slash = entry.indexOf('/');
    if (slash !== -1) {
      const address = entry.slice(0, slash);
      const bits = Number(entry.slice(slash + 1));
      const family = isIP(address);
      if (family === 0 || !Number.isInteger(bits) || bits < 0 || bits > (family === 4 ? 32 : 128)) continue;
      const blocks = new BlockList();
      blocks.addSubnet(address, bits, family === 4 ? 'ipv4' : 'ipv6');
      rules.push({ kind: 'cidr', value: entry, blocks, ...(port === undefined ? {} : { port }) });
      continue;
    }
    rules.push({ kind: 'host', value: entry, ...(port === undefined ? {} : { port }) });
  }
  return rules;
}

function portOf(url: URL): number {
  if (url.port !== '') return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}

function hostnameOf(url: URL): string {
  const h = url.hostname.toLowerCase();
  return h.startsWith('[') ? h.slice(1, -1) : h;
}

/** Whether `url` is reached directly under these NO_PROXY rules. */
export function bypassesProxy(url: URL, rules: readonly NoProxyRule[]): boolean {
  const host = hostnameOf(url);
  const port = portOf(url);
  const family = isIP(host);
  for (const rule of rules) {
    if (rule.kind === 'all') return true;
    if (rule.port !== undefined && rule.port !== port) continue;
    if (rule.kind === 'cidr') {
      if (family !== 0 && rule.blocks?.check(host, family === 4 ? 'ipv4' : 'ipv6') === true) return true;
      continue;
    }
    if (host === rule.value || (family === 0 && host.endsWith(`.${rule.value}`))) return true;
  }
  return false;
}

function variable(env: Environment, name: string): string | undefined {
  const v = env[name.toLowerCase()] ?? env[name.toUpperCase()];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

/** Accepts `host:port` without a scheme, as curl does. */
export function normalizeProxyUrl(value: string): URL | undefined {
  try {
    return new URL(/^[a-z][a-z\d+.-]*:\/\//iu.test(value) ? value : `http://${value}`);
  } catch {
    return undefined;
  }
}

/**
 * The proxy the environment asks for: `http_proxy`/`HTTP_PROXY` for http: URLs,
 * `https_proxy`/`HTTPS_PROXY` for https:, then `all_proxy`/`ALL_PROXY`; the lowercase name wins.
 * `no_proxy`/`NO_PROXY` lists the hosts reached directly.
 */
export function proxyFromEnvironment(url: URL, env: Environment): ProxyOptions | undefined {
  const value = variable(env, url.protocol === 'https:' ? 'https_proxy' : 'http_proxy') ?? variable(env, 'all_proxy');
  if (value === undefined) return undefined;
  const noProxy = variable(env, 'no_proxy');
  if (bypassesProxy(url, parseNoProxy(noProxy))) return undefined;
  return noProxy === undefined ? { url: value } : { url: value, noProxy };
}

/**
 * The Proxy-Authorization for credentials in the proxy URL (Basic, percent-decoded), or undefined. A `%` that starts
 * no escape (`http://user:50%off@proxy`) is kept as written, as curl keeps it, instead of failing the request.
 */
export function proxyAuthorization(proxy: URL): string | undefined {
  if (proxy.username === '' && proxy.password === '') return undefined;
  return basicAuthorization(lenientDecode(proxy.username), lenientDecode(proxy.password));
}

function lenientDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The proxy URL without its credentials, for showing and recording. */
export function maskProxyUrl(proxy: URL): string {
  const u = new URL(proxy.href);
  if (u.username !== '' || u.password !== '') {
    u.username = '';
    u.password = '';
  }
  return u.href.replace(/\/$/u, '');
}

/** Opens a connection to the proxy itself (TLS when its URL is https:). */
export function connectToProxy(proxy: URL, options: ProxyOptions, onSocket: (socket: Socket) => void, context: ErrorContext): Promise<Socket> {
  const host = hostnameOf(proxy);
  const port = portOf(proxy);
  return new Promise<Socket>((resolve, reject) => {
    let socket: Socket;
    const event = proxy.protocol === 'https:' ? 'secureConnect' : 'connect';
    if (proxy.protocol === 'https:') {
      socket = tlsConnect({
        host,
        port,
        ...(isIP(host) === 0 ? { servername: host } : {}),
        rejectUnauthorized: options.strictSSL ?? true,
        ...(options.ca === undefined ? {} : { ca: (Array.isArray(options.ca) ? options.ca : [options.ca]).map((c) => (typeof c === 'string' ? c : Buffer.from(c))) }),
      });
    } else if (proxy.protocol === 'http:') {
      socket = netConnect({ host, port });
    } else {
      reject(new TransportError('HTTPLENS_UNSUPPORTED', `Unsupported proxy scheme ${proxy.protocol} (only http: and https:)`, { ...context, phase: 'connect' }));
      return;
    }
    onSocket(socket);
    const ctx = { ...context, host, port, phase: 'connect' as const };
    const onError = (error: Error): void => {
      socket.destroy();
      reject(fromSocketError(error, ctx));
    };
    socket.once('error', onError);
    socket.once(event, () => {
      socket.removeListener('error', onError);
      socket.setNoDelay(true);
      resolve(socket);
    });
  });
}

export interface Tunnel {
  socket: Socket;
  /** The CONNECT request as sent, and the proxy's response head as received. */
  sent: Uint8Array;
  received: Uint8Array;
  status: number;
}

const MAX_CONNECT_HEAD = 64 * 1024;

/**
 * Asks the proxy for a tunnel to `host:port` with CONNECT and waits for its 2xx answer; the
 * socket then carries the bytes of the target (TLS runs over it for https:). A status other than
 * 2xx (407 Proxy Authentication Required included) rejects with HTTPLENS_PROXY_CONNECT_FAILED.
 */
export async function openTunnel(proxy: URL, host: string, port: number, options: ProxyOptions, onSocket: (socket: Socket) => void, context: ErrorContext): Promise<Tunnel> {
  const socket = await connectToProxy(proxy, options, onSocket, context);
  const authority = `${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
  let head = `CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n`;
  const auth = proxyAuthorization(proxy);
  const extra = options.headers ?? [];
  if (auth !== undefined && !extra.some(([n]) => n.toLowerCase() === 'proxy-authorization')) head += `Proxy-Authorization: ${auth}\r\n`;
  for (const [n, v] of extra) {
    if (/[\r\n\0]/u.test(n + v)) throw new TransportError('HTTPLENS_INVALID_HEADER', `Invalid proxy header ${JSON.stringify(n)}`, { ...context, phase: 'request', field: n });
    head += `${n}: ${v}\r\n`;
  }
  head += '\r\n';
  const sent = Buffer.from(head, 'latin1');
  const ctx: ErrorContext = { ...context, host: hostnameOf(proxy), port: portOf(proxy), phase: 'head' };
  return new Promise<Tunnel>((resolve, reject) => {
    // The answer so far, in a buffer that doubles as it fills (a proxy may answer byte by byte).
    let buffer = Buffer.alloc(0);
    let length = 0;
    const finish = (error?: TransportError): void => {
      socket.removeListener('data', onData);
      socket.removeListener('error', onError);
      socket.removeListener('close', onClose);
      if (error) {
        socket.destroy();
        reject(error);
      }
    };
    const malformed = (all: Buffer): TransportError =>
      new TransportError('HTTPLENS_PROXY_CONNECT_FAILED', `The proxy ${maskProxyUrl(proxy)} answered CONNECT with a malformed status line ${JSON.stringify(firstLine(all))}`, { ...ctx, bytesRead: length, received: Buffer.from(all) });
    const onData = (chunk: Buffer): void => {
      const before = length;
      if (length + chunk.length > buffer.length) {
        const grown = Buffer.allocUnsafe(Math.max(length + chunk.length, buffer.length * 2, 1024));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      chunk.copy(buffer, length);
      length += chunk.length;
      const all = buffer.subarray(0, length);
      // The head ends with an empty line: CRLF CRLF, or bare LFs (read as the response reader does).
      const end = findSectionEnd(all, Math.max(0, before - 3), 0);
      if (end === -1) {
        // Something that is not HTTP (the greeting of another protocol) is refused at once.
        if (!couldBeStatusLine(all)) finish(malformed(all));
        else if (length > MAX_CONNECT_HEAD) finish(new TransportError('HTTPLENS_RESPONSE_TOO_LARGE', 'The proxy response to CONNECT is larger than 64 KiB', { ...ctx, bytesRead: length }));
        return;
      }
      const received = all.subarray(0, end);
      const line = firstLine(received);
      const match = /^HTTP\/1\.[01] (\d{3})(?: .*)?$/u.exec(line);
      const status = match ? Number(match[1]) : 0;
      if (status === 0) {
        finish(malformed(all));
        return;
      }
      if (status < 200 || status > 299) {
        finish(
          new TransportError(
            'HTTPLENS_PROXY_CONNECT_FAILED',
            `The proxy ${maskProxyUrl(proxy)} answered CONNECT ${authority} with ${line.slice(9)}`,
            { ...ctx, bytesRead: length, received: Buffer.from(all) },
          ),
        );
        return;
      }
      finish();
      const rest = Buffer.from(all.subarray(end));
      socket.pause();
      if (rest.length > 0) socket.unshift(rest);
      resolve({ socket, sent, received: Buffer.from(received), status });
    };
    const onError = (error: Error): void => finish(fromSocketError(error, { ...ctx, bytesRead: length }));
    const onClose = (): void =>
      finish(new TransportError('HTTPLENS_PROXY_CONNECT_FAILED', `The proxy ${maskProxyUrl(proxy)} closed the connection before answering CONNECT`, { ...ctx, bytesRead: length }));
    socket.on('data', onData);
    socket.once('error', onError);
    socket.once('close', onClose);
    socket.write(sent);
  });
}
