import type { FieldLine, HttpMessage } from '../message/types.js';
import type { Locale } from '../types.js';
import type { CachingReason, HeuristicOptions } from './explain.js';
import { analyse, reasonsOf } from './explain.js';
import type { FieldIndex } from './policy.js';
import { firstValue, indexFields, requestPolicy, writtenOf } from './policy.js';
import { humanizeDuration } from './text.js';
import { normalizeLocale } from '../i18n.js';

/**
 * A stored exchange: the request and response as a cache keeps them, and when the
 * request was sent and the response received (ms since the epoch). Plain data:
 * `JSON.parse(JSON.stringify(stored))` is an equal stored exchange (use
 * `createStoredExchange` to drop bodies, which are byte arrays).
 */
export interface StoredExchange {
  request: HttpMessage;
  response: HttpMessage;
  requestTime: number;
  responseTime: number;
}

export type ReuseDecision = 'fresh' | 'stale-while-revalidate' | 'revalidate' | 'miss';

export interface EvaluateOptions extends HeuristicOptions {
  /** Default true. */
  shared?: boolean;
  /** ms since the epoch; default `Date.now()`. */
  now?: number;
  locale?: Locale;
  /** Targeted cache-control fields this cache obeys (RFC 9213), e.g. `['cdn-cache-control']`. */
  targets?: readonly string[];
  /**
   * The origin cannot be reached or answers 500, 502, 503 or 504: a stale response may
   * then be served within stale-if-error (RFC 5861 §4), unless a directive forbids stale responses.
   */
  originError?: boolean;
}

export interface StoredResponseEvaluation {
  /**
   * - `fresh`: serve the stored response without contacting the origin (also when a
   *   request's max-stale accepts a stale one; then `stale` is true);
   * - `stale-while-revalidate`: serve it stale and revalidate in the background (RFC 5861);
   * - `revalidate`: send a conditional request (`revalidationHeaders`) and wait;
   * - `miss`: the stored response cannot be used; forward the request.
   */
  decision: ReuseDecision;
  /** The served response would be stale. */
  stale: boolean;
  /** Current age of the stored response, seconds. */
  currentAge: number;
  freshnessLifetime: number;
  /** For `revalidate` and `stale-while-revalidate`: the conditional fields to add to the forwarded request. */
  revalidationHeaders?: FieldLine[];
  /** With only-if-cached and no usable response, the cache answers 504 (Gateway Timeout) instead of forwarding. */
  gatewayTimeout?: boolean;
  reasons: CachingReason[];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/** Fields a cache does not store or update (RFC 9111 §3.1, §3.2): hop-by-hop and proxy fields. */
const NOT_STORED = new Set(['connection', 'proxy-connection', 'keep-alive', 'te', 'transfer-encoding', 'upgrade', 'proxy-authenticate', 'proxy-authentication-info', 'proxy-authorization']);

/** A synthetic field line (spans relative to the line `Name: value`). */
export function makeFieldLine(name: string, value: string): FieldLine {
  const nameLength = name.length;
  return {
    name,
    value,
    span: { offset: 0, length: nameLength + 2 + value.length },
    nameSpan: { offset: 0, length: nameLength },
    valueSpan: { offset: nameLength + 2, length: value.length },
  };
}

function connectionListed(fields: readonly FieldLine[]): Set<string> {
  const names = new Set<string>();
  for (const f of fields) {
    if (f.name.toLowerCase() !== 'connection') continue;
    for (const part of f.value.split(',')) {
      const n = part.trim().toLowerCase();
      if (n) names.add(n);
    }
  }
  return names;
}

function headOnly(message: HttpMessage, drop: (name: string) => boolean): HttpMessage {
  const out: HttpMessage = {
    kind: message.kind,
    version: message.version,
    fields: message.fields.filter((f) => !drop(f.name.toLowerCase())).map((f) => ({ name: f.name, value: f.value, span: { ...f.span }, nameSpan: { ...f.nameSpan }, valueSpan: { ...f.valueSpan } })),
    trailers: [],
    diagnostics: [],
  };
  if (message.method !== undefined) out.method = message.method;
  if (message.target !== undefined) out.target = message.target;
  if (message.status !== undefined) out.status = message.status;
  if (message.reason !== undefined) out.reason = message.reason;
  return out;
}

/**
 * Builds the exchange a cache stores: heads only (no bodies, no diagnostics), without
 * the fields a cache must not store (RFC 9111 §3.1: hop-by-hop fields, fields named by
 * Connection). The result is plain JSON data.
 */
export function createStoredExchange(request: HttpMessage, response: HttpMessage, times: { requestTime: number; responseTime: number }): StoredExchange {
  const hop = connectionListed(response.fields);
  return {
    request: headOnly(request, () => false),
    response: headOnly(response, (n) => NOT_STORED.has(n) || hop.has(n)),
    requestTime: times.requestTime,
    responseTime: times.responseTime,
  };
}

/** Fields whose values are case-insensitive tokens, compared case-insensitively for Vary. */
const CASE_INSENSITIVE = new Set(['accept-encoding', 'accept-charset', 'accept-language', 'te', 'origin', 'accept', 'x-requested-with']);

/**
 * Normalises a selecting field for Vary matching (RFC 9111 §4.1): field lines
 * combined, list members trimmed, empty members dropped, whitespace around commas
 * and semicolons removed, case folded where the field is case-insensitive.
 * Returns `undefined` when the field is absent.
 */
export function normalizeVaryValue(index: FieldIndex, name: string): string | undefined {
  const lines = index.get(name);
  if (!lines || lines.length === 0) return undefined;
  const members: string[] = [];
  for (const line of lines) {
    let inQuote = false;
    let start = 0;
    const v = String(line.value ?? '');
    for (let i = 0; i <= v.length; i++) {
      const c = i < v.length ? v.charCodeAt(i) : 44;
      if (inQuote) {
        if (c === 92) i++;
        else if (c === 34) inQuote = false;
        continue;
      }
      if (c === 34) inQuote = true;
      else if (c === 44) {
        const m = v
          .slice(start, i)
          .split(';')
          .map((s) => s.trim())
          .join(';');
        if (m.length > 0) members.push(m);
        start = i + 1;
      }
    }
  }
  const joined = members.join(',');
  return CASE_INSENSITIVE.has(name) ? joined.toLowerCase() : joined;
}

function hostOf(index: FieldIndex): string | undefined {
  const h = firstValue(index, 'host');
  return h === undefined ? undefined : h.trim().toLowerCase();
}

/**
 * What a cache does with a new request when it holds a stored exchange
 * (RFC 9111 §4: URI and method match, Vary, request directives, freshness,
 * stale-while-revalidate, validation). Never throws on field values.
 */
export function evaluateStoredResponse(stored: StoredExchange, request: HttpMessage, options: EvaluateOptions = {}): StoredResponseEvaluation {
  const locale: Locale = options.locale === 'zh-CN' || options.locale === 'en' || options.locale === undefined ? (options.locale ?? 'en') : normalizeLocale(options.locale);
  const zh = locale === 'zh-CN';
  const now = typeof options.now === 'number' && Number.isFinite(options.now) ? options.now : Date.now();
  const reasons: CachingReason[] = [];
  // Each call site builds the sentence of the requested locale only.
  const say = (code: string, section: string, message: string): void => {
    reasons.push({ code, section, message });
  };
  const storedReqIndex = indexFields(stored.request?.fields);
  const reqIndex = indexFields(request?.fields);
  const method = request?.method ?? 'GET';
  const storedMethod = stored.request?.method ?? 'GET';

  const a = analyse(stored.response, {
    request: stored.request,
    shared: options.shared,
    now,
    requestTime: stored.requestTime,
    responseTime: stored.responseTime,
    locale,
    heuristicFraction: options.heuristicFraction,
    heuristicMaxLifetime: options.heuristicMaxLifetime,
    targets: options.targets,
  });
  const base = { stale: false, currentAge: a.currentAge, freshnessLifetime: a.freshnessLifetime };
  const revalidationHeaders = (): FieldLine[] => a.conditionalHeaders.map((h) => makeFieldLine(h.name, h.value));
  const miss = (): StoredResponseEvaluation => ({ decision: 'miss', ...base, reasons });

  // Unsafe methods go to the origin and invalidate the stored response (RFC 9111 §4.4).
  if (!SAFE_METHODS.has(method)) {
    say('unsafe-method', 'RFC 9111 §4.4', zh ? `${method} 是不安全方法：请求会发往源服务器，若响应不是错误响应，此 URI（以及 Location、Content-Location 所指）的已存储响应会失效。` : `${method} is unsafe: the request goes to the origin, and a non-error response invalidates the stored response for this URI (and for its Location and Content-Location).`);
    return miss();
  }
  // The URI and the method must match (RFC 9111 §4).
  const storedTarget = stored.request?.target;
  if (storedTarget !== undefined && request?.target !== undefined && storedTarget !== request.target) {
    say('uri-mismatch', 'RFC 9111 §4', zh ? `已存储的响应属于 ${storedTarget}，而不是 ${request.target}。` : `The stored response is for ${storedTarget}, not ${request.target}.`);
    return miss();
  }
  const storedHost = hostOf(storedReqIndex);
  const host = hostOf(reqIndex);
  if (storedHost !== undefined && host !== undefined && storedHost !== host) {
    say('uri-mismatch', 'RFC 9111 §4', zh ? `已存储的响应属于主机 ${storedHost}，而不是 ${host}。` : `The stored response is for host ${storedHost}, not ${host}.`);
    return miss();
  }
  const methodOk = method === storedMethod || (method === 'HEAD' && storedMethod === 'GET') || (storedMethod === 'POST' && (method === 'GET' || method === 'HEAD'));
  if (!methodOk) {
    say('method-mismatch', 'RFC 9111 §4', zh ? `${storedMethod} 请求的响应不能用于回答 ${method} 请求。` : `A response to ${storedMethod} cannot answer a ${method} request.`);
    return miss();
  }
  if (!a.storable) {
    const why = reasonsOf(a).find((r) => r.code !== 'targeted-field' && r.code !== 'targeted-field-ignored');
    say('not-storable', 'RFC 9111 §3', zh ? `已存储的响应本不应被缓存保存${why ? `：${why.message}` : '。'}` : `The stored response is not one a cache may keep${why ? `: ${why.message}` : '.'}`);
    return miss();
  }
  // Vary (RFC 9111 §4.1).
  if (a.varyStar) {
    say('vary-star', 'RFC 9111 §4.1', zh ? 'Vary: * 永远无法与新请求匹配。' : 'Vary: * never matches a new request.');
    return miss();
  }
  for (const name of a.vary) {
    const was = normalizeVaryValue(storedReqIndex, name);
    const is = normalizeVaryValue(reqIndex, name);
    if (was !== is) {
      const show = (v: string | undefined): string => (v === undefined ? (zh ? '（无）' : '(absent)') : `"${v}"`);
      say('vary-mismatch', 'RFC 9111 §4.1', zh ? `Vary 中的 ${name} 不同：已存储的请求是 ${show(was)}，本请求是 ${show(is)}。` : `Vary: ${name} differs: the stored request had ${show(was)}, this one has ${show(is)}.`);
      return miss();
    }
  }
  if (a.vary.length > 0) say('vary-match', 'RFC 9111 §4.1', zh ? `本请求与已存储请求在 ${a.vary.join('、')} 上一致。` : `The request matches the stored one on ${a.vary.join(', ')}.`);

  const rp = requestPolicy(reqIndex);
  const onlyIfCached = rp.onlyIfCached;
  const toOrigin = (code: string, section: string, message: string): StoredResponseEvaluation => {
    say(code, section, message);
    if (onlyIfCached) {
      say('only-if-cached', 'RFC 9111 §5.2.1.7', zh ? 'only-if-cached：缓存不得联系源服务器，因此以 504（网关超时）作答。' : 'only-if-cached: the cache must not contact the origin, so it answers 504 (Gateway Timeout).');
      return { decision: 'miss', ...base, gatewayTimeout: true, reasons };
    }
    const headers = revalidationHeaders();
    if (headers.length === 0) {
      say('no-validators', 'RFC 9111 §4.3.1', zh ? '已存储的响应没有验证器，因此请求会无条件转发。' : 'The stored response has no validators, so the request is forwarded unconditionally.');
      return { decision: 'miss', ...base, reasons };
    }
    say('revalidate', 'RFC 9111 §4.3.1', zh ? `缓存用 ${headers.map((h) => `${h.name}: ${h.value}`).join('，')} 重新验证。` : `The cache revalidates with ${headers.map((h) => `${h.name}: ${h.value}`).join(', ')}.`);
    return { decision: 'revalidate', ...base, revalidationHeaders: headers, reasons };
  };

  const age = a.currentAge;
  const lifetime = a.freshnessLifetime;
  // whole seconds, as in explainCaching's sentences
  const ageText = humanizeDuration(age, locale);
  if (rp.noCache) {
    return rp.pragma
      ? toOrigin('request-pragma-no-cache', 'RFC 9111 §5.4', zh ? '请求带有 Pragma: no-cache 而没有 Cache-Control，按 no-cache 处理：已存储的响应必须重新验证。' : 'The request has Pragma: no-cache and no Cache-Control, which counts as no-cache: the stored response must be revalidated.')
      : toOrigin('request-no-cache', 'RFC 9111 §5.2.1.4', zh ? '请求中有 no-cache：已存储的响应在使用前必须重新验证。' : 'The request says no-cache: the stored response must be revalidated before it is used.');
  }
  if (a.noCache) {
    return toOrigin('no-cache', 'RFC 9111 §5.2.2.4', zh ? '已存储的响应带有 no-cache：每次复用前都必须重新验证。' : 'The stored response has no-cache: it must be revalidated before every reuse.');
  }
  if (typeof rp.maxAge === 'number' && age > rp.maxAge) {
    return toOrigin('request-max-age', 'RFC 9111 §5.2.1.1', zh ? `请求只接受不超过 ${humanizeDuration(rp.maxAge, locale)} 的响应（max-age=${rp.maxAge}）；已存储的响应已有 ${ageText}。` : `The request accepts responses up to ${humanizeDuration(rp.maxAge, locale)} old (max-age=${rp.maxAge}); the stored one is ${ageText} old.`);
  }
  if (typeof rp.minFresh === 'number' && lifetime - age < rp.minFresh) {
    return toOrigin('request-min-fresh', 'RFC 9111 §5.2.1.3', zh ? `请求要求至少还剩 ${humanizeDuration(rp.minFresh, locale)} 的新鲜度（min-fresh=${rp.minFresh}）；已存储的响应只剩 ${humanizeDuration(Math.max(0, lifetime - Math.floor(age)), locale)}。` : `The request wants at least ${humanizeDuration(rp.minFresh, locale)} of freshness left (min-fresh=${rp.minFresh}); the stored response has ${humanizeDuration(Math.max(0, lifetime - Math.floor(age)), locale)}.`);
  }
  if (lifetime > age) {
    say('fresh', 'RFC 9111 §4.2', zh ? `已存储的响应是新鲜的（年龄 ${ageText}，寿命 ${humanizeDuration(lifetime, locale)}）：直接由缓存提供。` : `The stored response is fresh (age ${ageText}, lifetime ${humanizeDuration(lifetime, locale)}): it is served from the cache.`);
    return { decision: 'fresh', ...base, reasons };
  }
  const staleness = age - lifetime;
  const stalenessText = humanizeDuration(staleness, locale);
  if (a.mustRevalidate) {
    const p = a.policy;
    const [directive, section] = p.mustRevalidate ? ['must-revalidate', 'RFC 9111 §5.2.2.2'] : p.proxyRevalidate ? ['proxy-revalidate', 'RFC 9111 §5.2.2.8'] : ['s-maxage', 'RFC 9111 §5.2.2.10'];
    const written = writtenOf(p, directive);
    return toOrigin('must-revalidate', section, zh ? `已存储的响应已过期 ${stalenessText}，必须重新验证（${written}）。` : `The stored response is stale by ${stalenessText} and must be revalidated (${written}).`);
  }
  if (rp.maxStale === true || (typeof rp.maxStale === 'number' && staleness <= rp.maxStale)) {
    say('request-max-stale', 'RFC 9111 §5.2.1.2', zh ? `已存储的响应已过期 ${stalenessText}，但请求可以接受（max-stale${rp.maxStale === true ? '' : `=${rp.maxStale}`}）：直接由缓存提供。` : `The stored response is stale by ${stalenessText}, which the request accepts (max-stale${rp.maxStale === true ? '' : `=${rp.maxStale}`}): it is served from the cache.`);
    return { decision: 'fresh', ...base, stale: true, reasons };
  }
  if (options.originError) {
    // stale-if-error from the response (0 when no-cache or must-revalidate forbid it) or from the request
    const requestWindow = typeof rp.staleIfError === 'number' && !a.noCache && !a.mustRevalidate ? rp.staleIfError : 0;
    const window = Math.max(a.staleIfError, requestWindow);
    if (window > 0 && staleness < window) {
      say('stale-if-error', 'RFC 5861 §4', zh ? `源服务器出错，已存储的响应过期 ${stalenessText}，仍在 stale-if-error=${window} 的范围内：由缓存提供。` : `The origin failed and the stored response is stale by ${stalenessText}, within stale-if-error=${window}: it is served from the cache.`);
      return { decision: 'fresh', ...base, stale: true, reasons };
    }
  }
  if (a.staleWhileRevalidate > 0 && staleness < a.staleWhileRevalidate) {
    say('stale-while-revalidate', 'RFC 5861 §3', zh ? `已存储的响应已过期 ${stalenessText}，仍在 stale-while-revalidate=${a.staleWhileRevalidate} 的范围内：先提供它，同时在后台重新验证。` : `The stored response is stale by ${stalenessText}, within stale-while-revalidate=${a.staleWhileRevalidate}: it is served while the cache revalidates in the background.`);
    const headers = revalidationHeaders();
    const out: StoredResponseEvaluation = { decision: 'stale-while-revalidate', ...base, stale: true, reasons };
    if (headers.length > 0) out.revalidationHeaders = headers;
    return out;
  }
  return toOrigin('stale', 'RFC 9111 §4.2.4', zh ? `已存储的响应已过期 ${stalenessText}。` : `The stored response is stale by ${stalenessText}.`);
}

/**
 * Applies a 304 (Not Modified) to a stored exchange (RFC 9111 §4.3.4, §3.2): when the
 * 304's validators select the stored response, its fields replace the stored ones of
 * the same name, except Content-Length and the fields a cache does not store; the
 * stored response is then as new as the 304 (request and response time `now`).
 * Returns a new stored exchange; when the 304 does not select the stored response,
 * returns the stored exchange unchanged.
 */
export function updateStoredResponse(stored: StoredExchange, notModified: HttpMessage, now: number | { requestTime: number; responseTime: number }): StoredExchange {
  const times = typeof now === 'number' ? { requestTime: now, responseTime: now } : now;
  const storedIndex = indexFields(stored.response.fields);
  const updateIndex = indexFields(notModified.fields);
  // Selection (RFC 9111 §4.3.4): a strong or weak ETag in the 304 must match the stored one.
  const newTag = firstValue(updateIndex, 'etag')?.trim();
  const oldTag = firstValue(storedIndex, 'etag')?.trim();
  if (newTag !== undefined && newTag !== '') {
    const strip = (t: string): string => (t.startsWith('W/') ? t.slice(2) : t);
    if (oldTag === undefined || strip(oldTag) !== strip(newTag)) return stored;
  } else {
    const newLm = firstValue(updateIndex, 'last-modified')?.trim();
    const oldLm = firstValue(storedIndex, 'last-modified')?.trim();
    if (newLm !== undefined && oldLm !== undefined && newLm !== oldLm) return stored;
  }
  const hop = connectionListed(notModified.fields);
  const skip = (n: string): boolean => NOT_STORED.has(n) || hop.has(n) || n === 'content-length';
  const replaced = new Set<string>();
  for (const f of notModified.fields) {
    const n = f.name.toLowerCase();
    if (!skip(n)) replaced.add(n);
  }
  // Stored order is kept: the 304's lines of a field take the place of the stored ones; new fields go last.
  const linesOf = (name: string): FieldLine[] => notModified.fields.filter((f) => f.name.toLowerCase() === name).map((f) => makeFieldLine(f.name, f.value));
  const placed = new Set<string>();
  const fields: FieldLine[] = [];
  for (const f of stored.response.fields) {
    const n = f.name.toLowerCase();
    if (!replaced.has(n)) fields.push({ ...f });
    else if (!placed.has(n)) {
      placed.add(n);
      fields.push(...linesOf(n));
    }
  }
  for (const n of replaced) if (!placed.has(n)) fields.push(...linesOf(n));
  return {
    request: stored.request,
    response: { ...stored.response, fields, diagnostics: [], trailers: [] },
    requestTime: times.requestTime,
    responseTime: times.responseTime,
  };
}
