import type { Socket } from 'node:net';
import { rootCertificates, type ConnectionOptions as TlsConnectionOptions, type SecureVersion } from 'node:tls';
import * as nodeTls from 'node:tls';
import { CookieJar, type SetCookieOutcome } from './cookies.js';
import { basicAuthorization, DigestSession, parseChallenges, pickDigestChallenge } from './digest.js';
import { TransportError } from './errors.js';
import { Pool } from './pool.js';
import { connectToProxy, maskProxyUrl, normalizeProxyUrl, openTunnel, bypassesProxy, parseNoProxy, proxyAuthorization, proxyFromEnvironment, type Environment, type ProxyOptions } from './proxy.js';
import { followRedirect, redirectLocation, requestKey, sameOrigin } from './redirects.js';
import { send } from './send.js';
import type { RedirectHop, SendOptions, SendRequest, SendResult } from './types.js';

/** TLS settings for every host, or for one host in `hosts`. */
export interface TlsSettings {
  /**
   * Extra trust anchors (PEM), added to Node's default store (Mozilla's roots, and on Node
   * 22.15+ also NODE_EXTRA_CA_CERTS and the system store under --use-system-ca).
   */
  ca?: string | Uint8Array | (string | Uint8Array)[];
  /** Also trust the operating system's store, where the Node version offers it (`tls.getCACertificates`, Node 22.15+); ignored elsewhere. */
  systemCa?: boolean;
  /** Client certificate chain (PEM). */
  cert?: string | Uint8Array;
  /** Private key of the client certificate (PEM). */
  key?: string | Uint8Array;
  /** Client certificate and key as PKCS#12. */
  pfx?: Uint8Array;
  /** Passphrase of `key` or `pfx`. */
  passphrase?: string;
  /** Lowest TLS version to accept (`'TLSv1.2'`, `'TLSv1.3'`). */
  minVersion?: SecureVersion;
  maxVersion?: SecureVersion;
  /** Server name for SNI and the certificate check. */
  servername?: string;
  /** Do not verify the server certificate (recorded as `insecure: true` in the result). */
  insecure?: boolean;
}

export interface Credentials {
  username: string;
  password: string;
  /**
   * `'auto'` (default) answers a 401 with the scheme it asks for (Digest preferred to Basic);
   * `'basic'` sends Basic at once, without waiting for a challenge; `'digest'` answers only Digest.
   */
  scheme?: 'auto' | 'basic' | 'digest';
}

export interface ClientOptions extends Omit<SendOptions, 'ca' | 'servername' | 'rejectUnauthorized'>, TlsSettings {
  /** Follow redirects (default false). */
  followRedirects?: boolean;
  /** Most redirects followed in one call (default 10); one more is HTTPLENS_TOO_MANY_REDIRECTS. */
  maxRedirects?: number;
  /** The cookie jar (default a new one); `false` sends and stores no cookies. */
  cookies?: CookieJar | false;
  /** Credentials for the origin of the request (never sent to another origin by a redirect). */
  auth?: Credentials;
  /** A proxy URL or settings; `false` for none (not even from the environment). Default: the environment. */
  proxy?: string | ProxyOptions | false;
  /** Where HTTP_PROXY, HTTPS_PROXY, ALL_PROXY and NO_PROXY are read (default `process.env`). */
  env?: Environment;
  /** TLS settings per host (`'host'` or `'host:port'`, the second wins), over the ones above. */
  hosts?: Record<string, TlsSettings>;
}

export interface ClientRedirectHop extends RedirectHop {
  /** The method of the request that was redirected. */
  method: string;
  /** Where the redirect pointed (resolved). */
  location: string;
}

export interface ClientResult extends SendResult {
  redirects: ClientRedirectHop[];
  /** The URL of the final response. */
  url: string;
  /** The certificate was not verified (the `insecure` option). */
  insecure: boolean;
  /** The proxy used (credentials removed), and the CONNECT exchange when a tunnel was opened. */
  proxy?: { url: string; tunnel?: { status: number; sent: Uint8Array; received: Uint8Array } };
  /** How a 401 was answered: the scheme, and whether the server accepted it. */
  auth?: { scheme: 'basic' | 'digest'; accepted: boolean };
  /** Earlier responses of this call (redirects and answered 401s), oldest first. */
  history: SendResult[];
  /** What the cookie jar did with each Set-Cookie field, in order. */
  cookies: SetCookieOutcome[];
}

export interface Client {
  readonly cookies: CookieJar | undefined;
  send(request: SendRequest, options?: ClientOptions): Promise<ClientResult>;
  /** Closes the client's idle connections. */
  close(): void;
}

const TLS_KEYS = ['cert', 'key', 'pfx', 'passphrase', 'minVersion', 'maxVersion'] as const;

function hasField(headers: readonly [string, string][] | undefined, name: string): boolean {
  return (headers ?? []).some(([n]) => n.toLowerCase() === name);
}

function settingsFor(url: URL, options: ClientOptions): TlsSettings {
  const hosts = options.hosts ?? {};
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const port = url.port === '' ? (url.protocol === 'https:' ? '443' : '80') : url.port;
  return { ...pick(options), ...hosts[host.toLowerCase()], ...hosts[`${host.toLowerCase()}:${port}`], ...hosts[`[${host.toLowerCase()}]:${port}`] };
}

function pick(options: TlsSettings): TlsSettings {
  const out: TlsSettings = {};
  for (const k of ['ca', 'systemCa', 'servername', 'insecure', ...TLS_KEYS] as const) if (options[k] !== undefined) (out as Record<string, unknown>)[k] = options[k];
  return out;
}

function proxyFor(url: URL, options: ClientOptions): ProxyOptions | undefined {
  const p = options.proxy;
  if (p === false) return undefined;
  if (p === undefined) return proxyFromEnvironment(url, options.env ?? process.env);
  const proxy: ProxyOptions = typeof p === 'string' ? { url: p } : p;
  if (bypassesProxy(url, parseNoProxy(proxy.noProxy))) return undefined;
  return proxy;
}

/**
 * A client: `send()` of this package plus what a session needs across requests: redirects
 * (opt-in), a cookie jar, Basic and Digest authentication (a 401 answered once), proxies
 * (HTTP with absolute-form, HTTPS through CONNECT, the environment's HTTP_PROXY/NO_PROXY),
 * and TLS settings per host.
 */
export function createClient(defaults: ClientOptions = {}): Client {
  const jar = defaults.cookies === false ? undefined : (defaults.cookies ?? new CookieJar());
  const digest = new DigestSession();
  const pools = new Map<string, Pool>();
  const poolFor = (key: string): Pool => {
    let pool = pools.get(key);
    if (!pool) {
      pool = new Pool();
      pools.set(key, pool);
    }
    return pool;
  };

  async function sendOne(request: SendRequest & { url: string }, options: ClientOptions, original: URL): Promise<{ result: SendResult; insecure: boolean; proxy?: ClientResult['proxy']; authScheme?: 'basic' | 'digest' }> {
    const url = new URL(request.url);
    const tls = settingsFor(url, options);
    const insecure = url.protocol === 'https:' && tls.insecure === true;
    const headers: [string, string][] = [...(request.headers ?? [])];
    const jarCookies = options.cookies === false ? undefined : (options.cookies ?? jar)?.cookieHeader(url);
    if (jarCookies !== undefined) {
      const i = headers.findIndex(([n]) => n.toLowerCase() === 'cookie');
      const own = headers[i];
      if (own === undefined) headers.push(['Cookie', jarCookies]);
      else headers[i] = [own[0], `${own[1]}; ${jarCookies}`];
    }
    let authScheme: 'basic' | 'digest' | undefined;
    const auth = options.auth;
    if (auth && sameOrigin(url, original) && !hasField(headers, 'authorization')) {
      const target = request.target ?? `${url.pathname || '/'}${url.search}`;
      const body = typeof request.body === 'string' || request.body instanceof Uint8Array ? request.body : undefined;
      const answer = digest.authorize(url.origin, { username: auth.username, password: auth.password, method: request.method, uri: target, ...(body === undefined ? {} : { body }) });
      if (answer !== undefined) {
        headers.push(['Authorization', answer]);
        authScheme = 'digest';
      } else if (auth.scheme === 'basic') {
        headers.push(['Authorization', basicAuthorization(auth.username, auth.password)]);
        authScheme = 'basic';
      }
    }
    const sendOptions: SendOptions = {};
    for (const k of ['socketPath', 'lookup', 'targetForm', 'timeouts', 'limits', 'signal', 'pool', 'decode'] as const) {
      if (options[k] !== undefined) (sendOptions as Record<string, unknown>)[k] = options[k];
    }
    const anchors = trustAnchors(tls);
    if (anchors !== undefined) sendOptions.ca = anchors;
    if (tls.servername !== undefined) sendOptions.servername = tls.servername;
    sendOptions.rejectUnauthorized = !insecure;
    const tlsOptions: TlsConnectionOptions = { ...options.tls };
    for (const k of TLS_KEYS) if (tls[k] !== undefined) (tlsOptions as Record<string, unknown>)[k] = typeof tls[k] === 'object' ? Buffer.from(tls[k] as Uint8Array) : tls[k];
    if (Object.keys(tlsOptions).length > 0) sendOptions.tls = tlsOptions;
    const perRequestTls = options.hosts !== defaults.hosts || TLS_KEYS.some((k) => options[k] !== defaults[k]) || options.ca !== defaults.ca || options.systemCa !== defaults.systemCa || options.tls !== defaults.tls;

    const proxy = options.socketPath === undefined ? proxyFor(url, options) : undefined;
    let proxyInfo: ClientResult['proxy'];
    let poolKey = `direct|${insecure}`;
    if (proxy) {
      const proxyUrl = normalizeProxyUrl(proxy.url);
      if (!proxyUrl) throw new TransportError('HTTPLENS_INVALID_URL', `Invalid proxy URL: ${proxy.url}`, { phase: 'request', bytesRead: 0 });
      proxyInfo = { url: maskProxyUrl(proxyUrl) };
      poolKey = `${proxyUrl.href}|${insecure}`;
      const context = { phase: 'connect' as const, bytesRead: 0 };
      if (url.protocol === 'https:') {
        sendOptions.dial = async (target, onSocket): Promise<Socket> => {
          const tunnel = await openTunnel(proxyUrl, target.hostname, target.port, proxy, onSocket, context);
          if (proxyInfo) proxyInfo.tunnel = { status: tunnel.status, sent: tunnel.sent, received: tunnel.received };
          return tunnel.socket;
        };
      } else {
        sendOptions.targetForm = 'absolute';
        const pa = proxyAuthorization(proxyUrl);
        if (pa !== undefined && !hasField(headers, 'proxy-authorization')) headers.push(['Proxy-Authorization', pa]);
        for (const [n, v] of proxy.headers ?? []) headers.push([n, v]);
        sendOptions.dial = (_target, onSocket) => connectToProxy(proxyUrl, proxy, onSocket, context);
      }
    }
    if (options.pool === undefined) sendOptions.pool = perRequestTls ? false : poolFor(poolKey);
    const result = await send({ ...request, headers }, sendOptions);
    return { result, insecure, ...(proxyInfo ? { proxy: proxyInfo } : {}), ...(authScheme ? { authScheme } : {}) };
  }

  async function clientSend(input: SendRequest, perRequest: ClientOptions = {}): Promise<ClientResult> {
    const options: ClientOptions = { ...defaults, ...perRequest };
    if (perRequest.hosts !== undefined) options.hosts = { ...defaults.hosts, ...perRequest.hosts };
    const cookieJar = options.cookies === false ? undefined : (options.cookies ?? jar);
    const follow = options.followRedirects === true;
    const max = options.maxRedirects ?? 10;
    let request: SendRequest & { url: string } = { ...input, url: typeof input.url === 'string' ? input.url : input.url.href };
    let original: URL;
    try {
      original = new URL(request.url);
    } catch (cause) {
      throw new TransportError('HTTPLENS_INVALID_URL', `Invalid URL: ${request.url}`, { phase: 'request', bytesRead: 0 }, cause);
    }
    const history: SendResult[] = [];
    const redirects: ClientRedirectHop[] = [];
    const outcomes: SetCookieOutcome[] = [];
    const visited = new Set<string>([requestKey(request, cookieJar?.cookieHeader(original) ?? '')]);
    let answered = false;
    const started = performance.now();
    let authInfo: ClientResult['auth'];
    let anyInsecure = false;
    // Bounded: each pass either returns, answers a 401 (at most once per URL), or follows a redirect (at most `max`).
    for (let pass = 0; pass < 2 * (max + 2); pass++) {
      const { result, insecure, proxy, authScheme } = await sendOne(request, remaining(options, started), original);
      anyInsecure ||= insecure;
      const url = new URL(request.url);
      if (cookieJar) outcomes.push(...cookieJar.storeResponse(result.headers, url));
      if (authScheme !== undefined) authInfo = { scheme: authScheme, accepted: result.status !== 401 };

      const auth = options.auth;
      if (result.status === 401 && auth && !answered && sameOrigin(url, original) && !hasField(input.headers, 'authorization') && replayable(request)) {
        const challenges = parseChallenges(result.headers.filter(([n]) => n.toLowerCase() === 'www-authenticate').map(([, v]) => v));
        const d = auth.scheme === 'basic' ? undefined : pickDigestChallenge(challenges);
        const basic = auth.scheme !== 'digest' && challenges.some((c) => c.scheme.toLowerCase() === 'basic');
        if (d) {
          digest.challenge(url.origin, d);
          answered = true;
          history.push(result);
          continue;
        }
        if (basic && authScheme !== 'basic') {
          answered = true;
          history.push(result);
          options.auth = { ...auth, scheme: 'basic' };
          continue;
        }
      }
      const location = follow ? redirectLocation(result.status, result.headers) : undefined;
      const step = location === undefined ? undefined : followRedirect(request, result.status, location);
      const streamBody = step !== undefined && !step.methodChanged && request.body !== undefined && !replayable(request);
      if (step === undefined || streamBody) {
        return finish(result, request.url, redirects, history, outcomes, anyInsecure, proxy, authInfo);
      }
      if (redirects.length >= max) {
        throw new TransportError('HTTPLENS_TOO_MANY_REDIRECTS', `More than ${max} redirects (the last from ${request.url} to ${step.request.url})`, { host: url.hostname, phase: 'request', bytesRead: 0, received: result.raw.received });
      }
      redirects.push({ url: request.url, status: result.status, method: request.method, location: step.request.url });
      const key = requestKey(step.request, cookieJar?.cookieHeader(step.request.url) ?? '');
      if (visited.has(key)) {
        throw new TransportError('HTTPLENS_REDIRECT_LOOP', `Redirect loop: ${step.request.url} was already requested (${redirects.map((r) => `${r.status} ${r.url}`).join(' -> ')})`, { host: url.hostname, phase: 'request', bytesRead: 0, received: result.raw.received });
      }
      visited.add(key);
      history.push(result);
      request = step.request;
      answered = false;
    }
    throw new TransportError('HTTPLENS_TOO_MANY_REDIRECTS', `More than ${max} redirects`, { phase: 'request', bytesRead: 0 });
  }

  return {
    cookies: jar,
    send: clientSend,
    close() {
      for (const pool of pools.values()) pool.close();
      pools.clear();
    },
  };
}

type GetCACertificates = (type: 'default' | 'system' | 'bundled' | 'extra') => string[];

/**
 * node:tls replaces its whole store when `ca` is given; the client adds to it instead: the
 * default store (with NODE_EXTRA_CA_CERTS where `tls.getCACertificates` exists, Mozilla's roots
 * otherwise), the system store when asked for and offered, then the given anchors.
 */
function trustAnchors(settings: TlsSettings): (string | Uint8Array)[] | undefined {
  const get = (nodeTls as { getCACertificates?: GetCACertificates }).getCACertificates;
  const extra = settings.ca === undefined ? [] : Array.isArray(settings.ca) ? settings.ca : [settings.ca];
  const system = settings.systemCa === true && get ? get('system') : [];
  if (extra.length === 0 && system.length === 0) return undefined;
  return [...(get ? get('default') : rootCertificates), ...system, ...extra];
}

/** `timeouts.total` bounds the whole call: each hop gets what is left of it. */
function remaining(options: ClientOptions, started: number): ClientOptions {
  const total = options.timeouts?.total;
  if (total === undefined || total <= 0) return options;
  const left = total - (performance.now() - started);
  if (left <= 0) throw new TransportError('HTTPLENS_TOTAL_TIMEOUT', `The request took longer than ${total} ms`, { phase: 'request', bytesRead: 0 });
  return { ...options, timeouts: { ...options.timeouts, total: Math.max(1, Math.floor(left)) } };
}

function replayable(request: SendRequest): boolean {
  return request.body === undefined || typeof request.body === 'string' || request.body instanceof Uint8Array;
}

function finish(
  result: SendResult,
  url: string,
  redirects: ClientRedirectHop[],
  history: SendResult[],
  cookies: SetCookieOutcome[],
  insecure: boolean,
  proxy: ClientResult['proxy'],
  auth: ClientResult['auth'],
): ClientResult {
  // Keep the result object (its `message` is parsed lazily) and add the client's facts to it.
  const out = result as ClientResult;
  out.redirects = redirects;
  out.url = url;
  out.insecure = insecure;
  out.history = history;
  out.cookies = cookies;
  if (proxy) out.proxy = proxy;
  if (auth) out.auth = auth;
  return out;
}
