// Maps the `httplens.*` settings (and VS Code's `http.proxy*`) to the options of the transport's client.
// Pure: takes plain objects, returns plain objects; reading CA and certificate files is the caller's job.
import { isAbsolute, join } from 'node:path';
import { mergeDefaultHeaders, readDefaultHeaders, requestTimeouts, type RequestTimeouts } from '@httplens/http-file';
import type { ClientOptions, TlsSettings } from '@httplens/transport';

export interface TlsFiles {
  cert?: string;
  key?: string;
  pfx?: string;
  passphrase?: string;
}

export interface ExtensionSettings {
  timeouts: { connect: number; firstByte: number; idle: number; total: number };
  followRedirects: boolean;
  maxRedirects: number;
  /** host pattern -> CA file (PEM). */
  ca: Record<string, string>;
  /** host pattern -> client certificate files. */
  certificates: Record<string, TlsFiles>;
  /** Host patterns whose certificate is not verified. */
  insecureHosts: string[];
  proxy: string;
  proxyStrictSSL: boolean;
  noProxy: string[];
  /** `largeBodyLimit`: megabytes of body above which a response is large (status, head and size shown, not the body). */
  response: { column: 'beside' | 'active'; maxBodySize: number; prettyPrint: boolean; largeBodyLimit: number };
  historyMax: number;
  sendEnabled: 'auto' | 'on' | 'off';
  /** Headers added to a request that does not set them itself (`httplens.defaultHeaders` over `DEFAULT_HEADERS`). */
  defaultHeaders: [string, string][];
}

/**
 * The default headers of a request that does not set them: `User-Agent: httplens/<version>` (REST Client sends
 * `User-Agent: vscode-restclient`, httpYac `User-Agent: httpyac`; some servers refuse a request without one). The same
 * value is the default of `httplens.defaultHeaders` in package.json.
 */
export const DEFAULT_HEADERS: readonly (readonly [string, string])[] = [['User-Agent', 'httplens/0.1.0']];

/**
 * `DEFAULT_HEADERS` with `httplens.defaultHeaders` over them: an entry replaces the default of its name (in any case),
 * `null` or `""` sends no such header; an entry that cannot be sent (not a field name, a value on several lines) is
 * left out (`settingsProblems` says so).
 */
export function defaultHeadersOf(setting: unknown): [string, string][] {
  return mergeDefaultHeaders(DEFAULT_HEADERS, readDefaultHeaders(setting)?.overrides ?? {});
}

export const DEFAULT_SETTINGS: ExtensionSettings = {
  timeouts: { connect: 10_000, firstByte: 30_000, idle: 30_000, total: 0 },
  followRedirects: true,
  maxRedirects: 5,
  ca: {},
  certificates: {},
  insecureHosts: [],
  proxy: '',
  proxyStrictSSL: true,
  noProxy: [],
  response: { column: 'beside', maxBodySize: 1_048_576, prettyPrint: true, largeBodyLimit: 5 },
  historyMax: 50,
  sendEnabled: 'auto',
  defaultHeaders: DEFAULT_HEADERS.map(([name, value]) => [name, value]),
};

type Get = (key: string) => unknown;

function num(v: unknown, fallback: number, min = 0): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= min ? Math.floor(v) : fallback;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()) : [];
}

function record<T>(v: unknown, pick: (x: unknown) => T | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return out;
  for (const [k, x] of Object.entries(v)) {
    const picked = pick(x);
    if (picked !== undefined) out[k.trim().toLowerCase()] = picked;
  }
  return out;
}

/** A positive number of megabytes (fractions allowed), else the fallback. */
function megabytes(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback;
}

/** Reads the settings through `get('httplens.timeouts.connect')`-style keys; wrong types fall back to the defaults. */
export function readSettings(get: Get): ExtensionSettings {
  const d = DEFAULT_SETTINGS;
  const column = get('httplens.response.column');
  const sendEnabled = get('httplens.send.enabled');
  return {
    timeouts: {
      connect: num(get('httplens.timeouts.connect'), d.timeouts.connect),
      firstByte: num(get('httplens.timeouts.firstByte'), d.timeouts.firstByte),
      idle: num(get('httplens.timeouts.idle'), d.timeouts.idle),
      total: num(get('httplens.timeouts.total'), d.timeouts.total),
    },
    followRedirects: typeof get('httplens.followRedirects') === 'boolean' ? (get('httplens.followRedirects') as boolean) : d.followRedirects,
    maxRedirects: num(get('httplens.maxRedirects'), d.maxRedirects),
    ca: record(get('httplens.tls.ca'), (x) => (typeof x === 'string' && x !== '' ? x : undefined)),
    certificates: record(get('httplens.tls.certificates'), (x) => {
      if (typeof x !== 'object' || x === null) return undefined;
      const o = x as Record<string, unknown>;
      const files: TlsFiles = {};
      for (const k of ['cert', 'key', 'pfx', 'passphrase'] as const) if (typeof o[k] === 'string' && o[k] !== '') files[k] = o[k];
      return Object.keys(files).length > 0 ? files : undefined;
    }),
    insecureHosts: strings(get('httplens.tls.insecureHosts')).map((h) => h.toLowerCase()),
    proxy: typeof get('http.proxy') === 'string' ? (get('http.proxy') as string).trim() : '',
    proxyStrictSSL: get('http.proxyStrictSSL') !== false,
    noProxy: strings(get('http.noProxy')),
    response: {
      column: column === 'active' ? 'active' : 'beside',
      maxBodySize: num(get('httplens.response.maxBodySize'), d.response.maxBodySize, 1),
      prettyPrint: get('httplens.response.prettyPrint') !== false,
      largeBodyLimit: megabytes(get('httplens.response.largeBodyLimit'), d.response.largeBodyLimit),
    },
    historyMax: num(get('httplens.history.max'), d.historyMax),
    sendEnabled: sendEnabled === 'on' || sendEnabled === 'off' ? sendEnabled : 'auto',
    defaultHeaders: defaultHeadersOf(get('httplens.defaultHeaders')),
  };
}

/**
 * The settings whose value is set but cannot be used (wrong type, out of range, not one of the choices), each as
 * `key: why`. `readSettings` replaces them with their defaults or drops the entries; this says so.
 */
export function settingsProblems(get: Get): string[] {
  const problems: string[] = [];
  const show = (v: unknown) => JSON.stringify(v) ?? String(v);
  const check = (key: string, ok: (v: unknown) => boolean, expected: string) => {
    const v = get(key);
    if (v !== undefined && v !== null && !ok(v)) problems.push(`${key}: ${show(v)} is not ${expected}`);
  };
  const isNum = (min: number) => (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= min;
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  for (const k of ['connect', 'firstByte', 'idle', 'total']) check(`httplens.timeouts.${k}`, isNum(0), 'a number of milliseconds (0 or more)');
  check('httplens.maxRedirects', isNum(0), 'a number (0 or more)');
  check('httplens.response.maxBodySize', isNum(1), 'a number (1 or more)');
  check('httplens.history.max', isNum(0), 'a number (0 or more)');
  check('httplens.response.largeBodyLimit', (v) => typeof v === 'number' && Number.isFinite(v) && v > 0, 'a number of megabytes (more than 0)');
  for (const k of ['httplens.followRedirects', 'httplens.response.prettyPrint']) check(k, (v) => typeof v === 'boolean', 'true or false');
  check('httplens.response.column', (v) => v === 'beside' || v === 'active', '"beside" or "active"');
  check('httplens.send.enabled', (v) => v === 'auto' || v === 'on' || v === 'off', '"auto", "on" or "off"');
  check('httplens.tls.insecureHosts', (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'), 'a list of host patterns');
  const ca = get('httplens.tls.ca');
  if (ca !== undefined && ca !== null) {
    if (!isObject(ca)) problems.push(`httplens.tls.ca: ${show(ca)} is not an object of host pattern -> PEM file`);
    else for (const [k, v] of Object.entries(ca)) if (typeof v !== 'string' || v === '') problems.push(`httplens.tls.ca["${k}"]: ${show(v)} is not a file path`);
  }
  const headers = get('httplens.defaultHeaders');
  if (headers !== undefined && headers !== null) {
    const read = readDefaultHeaders(headers);
    if (!read) problems.push(`httplens.defaultHeaders: ${show(headers)} is not an object of field name -> value`);
    else
      for (const { name, value, reason } of read.invalid) {
        problems.push(reason === 'name' ? `httplens.defaultHeaders["${name}"]: not a field name` : `httplens.defaultHeaders["${name}"]: ${show(value)} is not a field value on one line (or null for no such header)`);
      }
  }
  const certs = get('httplens.tls.certificates');
  if (certs !== undefined && certs !== null) {
    if (!isObject(certs)) problems.push(`httplens.tls.certificates: ${show(certs)} is not an object of host pattern -> { cert, key } or { pfx, passphrase }`);
    else
      for (const [k, v] of Object.entries(certs)) {
        if (!isObject(v) || !['cert', 'key', 'pfx'].some((f) => typeof v[f] === 'string' && v[f] !== '')) problems.push(`httplens.tls.certificates["${k}"]: ${show(v)} names no cert, key or pfx file`);
      }
  }
  return problems;
}

/**
 * Whether a host pattern matches: `example.com` (any port), `example.com:8443`, `*.example.com`
 * (subdomains only), `.example.com` (the domain and its subdomains, as in no_proxy), `*` (all).
 */
export function hostMatches(pattern: string, host: string, port: string): boolean {
  const p = pattern.trim().toLowerCase();
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (p === '*') return true;
  let namePart = p;
  let portPart: string | undefined;
  const colon = p.lastIndexOf(':');
  const bracketed = p.startsWith('[') && p[colon - 1] === ']';
  if (colon > 0 && (bracketed || !p.slice(0, colon).includes(':')) && /^\d+$/.test(p.slice(colon + 1))) {
    namePart = p.slice(0, colon);
    portPart = p.slice(colon + 1);
  }
  namePart = namePart.replace(/^\[|\]$/g, '');
  if (portPart !== undefined && portPart !== port) return false;
  if (namePart.startsWith('*.')) return h.endsWith(namePart.slice(1)) && h.length > namePart.length - 1;
  if (namePart.startsWith('.')) return h === namePart.slice(1) || h.endsWith(namePart);
  return h === namePart;
}

function defaultPort(protocol: string): string {
  return protocol === 'https:' ? '443' : '80';
}

export interface SendPlan {
  timeouts: { connect: number; firstByte: number; idle: number; total: number };
  rejectUnauthorized: boolean;
  /** CA file to read and add as trust anchor. */
  caFile?: string;
  /** Client certificate files to read. */
  certificate?: TlsFiles;
  /** The proxy VS Code would use for this URL (informational: the client applies `http.noProxy` itself). */
  proxy?: string;
}

function lookup<T>(table: Record<string, T>, host: string, port: string): T | undefined {
  let star: T | undefined;
  for (const [pattern, value] of Object.entries(table)) {
    if (pattern === '*') star = value;
    else if (hostMatches(pattern, host, port)) return value;
  }
  return star;
}

/**
 * The CA and certificate files of a plan as paths to read: `~/` is the home folder and a relative path is taken
 * from `base` (the workspace folder), as REST Client does for its certificate settings. Pure: `home` and `base` given.
 */
export function resolvePlanPaths(plan: SendPlan, base: string | undefined, home: string): SendPlan {
  const resolvePath = (p: string): string => {
    if (p === '~' || p.startsWith('~/') || p.startsWith('~\\')) return join(home, p.slice(1));
    if (isAbsolute(p) || base === undefined) return p;
    return join(base, p);
  };
  const out: SendPlan = { ...plan };
  if (plan.caFile !== undefined) out.caFile = resolvePath(plan.caFile);
  if (plan.certificate) {
    const c: TlsFiles = { ...plan.certificate };
    for (const k of ['cert', 'key', 'pfx'] as const) if (c[k] !== undefined) c[k] = resolvePath(c[k]);
    out.certificate = c;
  }
  return out;
}

/** Transport options for one URL. */
export function planFor(url: string, settings: ExtensionSettings): SendPlan {
  let host = '';
  let port = '';
  let protocol = 'http:';
  try {
    const u = new URL(url);
    host = u.hostname;
    protocol = u.protocol;
    port = u.port || defaultPort(u.protocol);
  } catch {
    // an invalid URL gets the defaults; the transport reports it
  }
  const plan: SendPlan = {
    timeouts: { ...settings.timeouts },
    rejectUnauthorized: !settings.insecureHosts.some((p) => hostMatches(p, host, port)),
  };
  const ca = lookup(settings.ca, host, port);
  if (ca) plan.caFile = ca;
  const cert = lookup(settings.certificates, host, port);
  if (cert) plan.certificate = cert;
  if (settings.proxy && !settings.noProxy.some((p) => hostMatches(p, host, port)) && (protocol === 'http:' || protocol === 'https:')) plan.proxy = settings.proxy;
  return plan;
}

/**
 * The options of the workspace's client (`createClient`): redirects, timeouts and VS Code's proxy settings.
 * An empty `http.proxy` leaves the proxy to the environment (HTTP_PROXY, HTTPS_PROXY, NO_PROXY), as VS Code does.
 * `maxRedirects: 0` means redirect responses are shown, not followed.
 */
export function clientOptionsFor(settings: ExtensionSettings): ClientOptions {
  const t = settings.timeouts;
  const options: ClientOptions = {
    followRedirects: settings.followRedirects && settings.maxRedirects > 0,
    maxRedirects: settings.maxRedirects,
    timeouts: { connect: t.connect, tls: t.connect, firstByte: t.firstByte, idle: t.idle, total: t.total },
  };
  if (settings.proxy !== '') options.proxy = { url: settings.proxy, strictSSL: settings.proxyStrictSSL, noProxy: settings.noProxy };
  return options;
}

/** The contents of the files a `SendPlan` names (read by the caller). */
export interface TlsFileContents {
  ca?: string;
  cert?: Uint8Array;
  key?: Uint8Array;
  pfx?: Uint8Array;
}

/**
 * Per-request options of the client for one request: the TLS settings of its host (given as `hosts['host:port']`,
 * so a redirect to another host does not inherit them), the request metadata `# @no-redirect`, `# @no-cookie-jar`,
 * and the request's own timeouts over the settings' (`httplens.timeouts.*`, in `plan`).
 *
 * `timeouts`: the request's limits as the file's dialect reads `# @timeout` and `# @connection-timeout` (the
 * `timeouts` of `resolveRequest`; `null` for none). When it is not given they are read from `metadata` as the `auto`
 * dialect reads them (the JetBrains HTTP Client's reading: seconds, or `500 ms`, `30 s`, `2 m`), which is never
 * stricter than httpYac's reading of the same line.
 */
export function requestOptionsFor(url: string, plan: SendPlan, files: TlsFileContents, metadata: Record<string, string | true> = {}, timeouts?: RequestTimeouts | null): ClientOptions {
  const options: ClientOptions = {};
  const tls: TlsSettings = {};
  if (!plan.rejectUnauthorized) tls.insecure = true;
  if (files.ca !== undefined) tls.ca = files.ca;
  if (files.cert !== undefined) tls.cert = files.cert;
  if (files.key !== undefined) tls.key = files.key;
  if (files.pfx !== undefined) tls.pfx = files.pfx;
  if (plan.certificate?.passphrase !== undefined) tls.passphrase = plan.certificate.passphrase;
  if (Object.keys(tls).length > 0) {
    try {
      const u = new URL(url);
      options.hosts = { [`${u.hostname.toLowerCase()}:${u.port || defaultPort(u.protocol)}`]: tls };
    } catch {
      // an invalid URL is reported by the transport
    }
  }
  const has = (name: string) => Object.keys(metadata).some((k) => k.toLowerCase() === name);
  if (has('no-redirect')) options.followRedirects = false;
  if (has('no-cookie-jar')) options.cookies = false;
  const own = timeouts === undefined ? metadataTimeouts(metadata) : (timeouts ?? {});
  if (Object.keys(own).length > 0) {
    // per-request timeouts replace the client's: the settings' limits, then the request's own
    const t = plan.timeouts;
    options.timeouts = { connect: t.connect, tls: t.connect, firstByte: t.firstByte, idle: t.idle, total: t.total, ...own };
  }
  return options;
}

/** `# @timeout` and `# @connection-timeout` of a metadata record, read as the `auto` dialect reads them. */
function metadataTimeouts(metadata: Record<string, string | true>): RequestTimeouts {
  const entries: { key: string; value?: string }[] = [];
  for (const [key, value] of Object.entries(metadata)) entries.push(value === true ? { key } : { key, value });
  return requestTimeouts(entries, 'auto').timeouts;
}

/**
 * The `httplens.tls.insecureHosts` pattern for the host of `url` (`host:port`, `[::1]:8443`; the port left out when it
 * is the default), offered when its certificate fails verification. Undefined for a URL that is not https.
 */
export function insecureHostFor(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:') return undefined;
    return u.port ? `${u.hostname.toLowerCase()}:${u.port}` : u.hostname.toLowerCase();
  } catch {
    return undefined;
  }
}
