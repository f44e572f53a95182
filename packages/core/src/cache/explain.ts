import type { HttpMessage } from '../message/types.js';
import type { Locale } from '../types.js';
import { isNamed } from '../message/chars.js';
import type { FieldLine } from '../message/types.js';
import type { Segment } from './parse.js';
import { parseDeltaSeconds, scanDirectives } from './parse.js';
import type { ResponsePolicy } from './policy.js';
import { indexFields, responsePolicyFrom, targetedPolicy, writtenOf } from './policy.js';
import { httpDateTime } from './dates.js';
import { humanizeDuration } from './text.js';
import { normalizeLocale } from '../i18n.js';

export interface HeuristicOptions {
  /** Fraction of (Date - Last-Modified) used as a heuristic freshness lifetime (RFC 9111 §4.2.2); default 0.1. */
  heuristicFraction?: number;
  /** Upper bound of a heuristic freshness lifetime, in seconds; default 604800 (7 days). `Infinity` for none. */
  heuristicMaxLifetime?: number;
}

export interface ExplainCachingOptions extends HeuristicOptions {
  /** The request that produced the response (method, Authorization, Cache-Control: no-store). Default: a GET without fields. */
  request?: HttpMessage;
  /** A shared cache (proxy, CDN) rather than a private one (browser); default true. */
  shared?: boolean;
  /** The clock, ms since the epoch; default `Date.now()`. */
  now?: number;
  /** When the request was sent, ms since the epoch; default `responseTime`. */
  requestTime?: number;
  /** When the response was received, ms since the epoch; default `now`. */
  responseTime?: number;
  locale?: Locale;
  /**
   * Targeted cache-control fields this cache obeys, in order (RFC 9213 §2.2), for example
   * `['cdn-cache-control']` for a CDN. The first valid, non-empty one replaces
   * Cache-Control and Expires. Default: none.
   */
  targets?: readonly string[];
}

/** One step of the explanation: a stable code and a sentence in the requested locale. */
export interface CachingReason {
  code: string;
  message: string;
  /** The specification section the step applies, for example `RFC 9111 §4.2.1`. */
  section: string;
}

export interface CachingValidators {
  /** The entity tag, as written. */
  etag?: string;
  weak?: boolean;
  /** The Last-Modified value, as written (when it is a valid HTTP-date). */
  lastModified?: string;
}

export interface CachingExplanation {
  storable: boolean;
  /** Seconds. */
  freshnessLifetime: number;
  /** The lifetime is heuristic (RFC 9111 §4.2.2). */
  heuristic: boolean;
  /** Seconds, per RFC 9111 §4.2.3. */
  currentAge: number;
  /** Stored and within its freshness lifetime (RFC 9111 §4.2). */
  fresh: boolean;
  /** Seconds the response may still be reused without contacting the origin (0 with no-cache or Vary: *). */
  ttl: number;
  /** Once stale, it must not be served without revalidation (must-revalidate; for shared caches also proxy-revalidate and s-maxage). */
  mustRevalidate: boolean;
  /** Every reuse needs revalidation (unqualified no-cache). */
  noCache: boolean;
  /** Seconds a stale response may be served while revalidating in the background (RFC 5861), 0 when not allowed. */
  staleWhileRevalidate: number;
  /** Seconds a stale response may be served when the origin fails (RFC 5861), 0 when not allowed. */
  staleIfError: number;
  immutable: boolean;
  validators: CachingValidators;
  /** The conditional fields a cache sends to revalidate (If-None-Match, If-Modified-Since). */
  conditionalHeaders: { name: string; value: string }[];
  /** Lower-case field names of Vary (secondary cache keys); `*` when present. */
  vary: string[];
  /** The cache-control field that decided (Cache-Control, or a targeted field). */
  policyField: string;
  reasons: CachingReason[];
  /** One paragraph for hovers and the command line. */
  summary: string;
}

/** Status codes defined as heuristically cacheable (RFC 9110 §15.1). */
export const HEURISTICALLY_CACHEABLE: ReadonlySet<number> = new Set([200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501]);

/** Status codes defined by RFC 9110, which this cache model understands (304 is an update, never stored). */
const UNDERSTOOD = new Set([
  200, 201, 202, 203, 204, 205, 206, 300, 301, 302, 303, 305, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417,
  421, 422, 426, 500, 501, 502, 503, 504, 505,
]);

/** 1 for a heuristically cacheable status, 2 for one understood only, by status code (a read instead of a Set lookup). */
const STATUS_KIND = new Uint8Array(1000);
for (const status of UNDERSTOOD) STATUS_KIND[status] = 2;
for (const status of HEURISTICALLY_CACHEABLE) STATUS_KIND[status] = 1;

/** Whether the status is understood (RFC 9110), and whether it is heuristically cacheable. */
function statusKind(status: number): number {
  return Number.isInteger(status) && status >= 0 && status < 1000 ? (STATUS_KIND[status] as number) : 0;
}

const DEFAULT_FRACTION = 0.1;
const DEFAULT_HEURISTIC_MAX = 604800;

/** The facts of an explanation, without its sentences (`reasons`, `summary`). */
type Facts = Omit<CachingExplanation, 'reasons' | 'summary'>;

/** The internal result: the facts plus what `evaluateStoredResponse` needs. */
export interface Analysis extends Facts {
  policy: ResponsePolicy;
  varyStar: boolean;
  /** What the analysis read, for rendering its sentences later (`reasonsOf`). */
  inputs: Inputs;
}

/**
 * Everything an explanation reads from the messages and the options, resolved once.
 * The decisions are a function of it alone, so the sentences can be rendered later
 * (and only when read) with the same outcome, whatever happens to the messages since.
 */
interface Inputs {
  locale: Locale;
  shared: boolean;
  now: number;
  responseTime: number;
  requestTime: number;
  fraction: number;
  heuristicMax: number;
  method: string;
  status: number;
  /** The request target, when a request was given. */
  target: string | undefined;
  policy: ResponsePolicy;
  policyField: string;
  /** Targeted fields that were present (RFC 9213), in order: how they are written and whether this cache follows it. */
  targeted: { label: string; followed: boolean }[] | undefined;
  /** Expires, when it applies (not under a targeted field). */
  expires: string | undefined;
  contentLocation: string | undefined;
  /** The Date, when it is a valid HTTP-date (ms). */
  dateTime: number | undefined;
  lastModified: string | undefined;
  /** The Last-Modified, when it is a valid HTTP-date (ms). */
  lastModifiedTime: number | undefined;
  age: string | undefined;
  etag: string | undefined;
  /** The Vary lines, joined. */
  vary: string | undefined;
  requestNoStore: boolean;
  requestAuthorization: boolean;
  /** The response has a Set-Cookie line. */
  setCookie: boolean;
}

function num(v: number | undefined, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

function dateTime(text: string | undefined): number | undefined {
  return text === undefined ? undefined : httpDateTime(text);
}

function valueOf(f: FieldLine): string {
  return String(f.value ?? '');
}

/**
 * Explains what a shared or private cache does with a response, step by step
 * (RFC 9111 §3 storing, §4.2 freshness, §4.2.3 age, §4.3 validation, §4.1 Vary).
 */
export function explainCaching(response: HttpMessage, options: ExplainCachingOptions = {}): CachingExplanation {
  return decide(gather(response, options), undefined);
}

/** The facts of `explainCaching` plus what `evaluateStoredResponse` needs, without the sentences (see `reasonsOf`). */
export function analyse(response: HttpMessage, options: ExplainCachingOptions = {}): Analysis {
  const inputs = gather(response, options);
  // the spread copies the facts (own fields) without the sentences (read through accessors)
  const facts = decide(inputs, undefined);
  return { ...facts, policy: inputs.policy, varyStar: facts.vary.includes('*'), inputs };
}

/** The reasons of an analysis, in its locale (rendered on request: `evaluateStoredResponse` needs them only for a response it cannot use). */
export function reasonsOf(a: Analysis): CachingReason[] {
  return decide(a.inputs, []).reasons;
}

/**
 * The explanation `explainCaching` returns. The facts are worked out when it is made; the
 * sentences (`reasons`, `summary`) are written from the same inputs the first time either is
 * read, and kept. `JSON.stringify` writes every field, the sentences included.
 */
class Explanation implements CachingExplanation {
  storable: boolean;
  freshnessLifetime: number;
  heuristic: boolean;
  currentAge: number;
  fresh: boolean;
  ttl: number;
  mustRevalidate: boolean;
  noCache: boolean;
  staleWhileRevalidate: number;
  staleIfError: number;
  immutable: boolean;
  validators: CachingValidators;
  conditionalHeaders: { name: string; value: string }[];
  vary: string[];
  policyField: string;
  #inputs: Inputs;
  #reasons: CachingReason[] | undefined;
  #summary: string | undefined;
  /** The decisions rendered with their sentences, made once for `reasons` and `summary` both. */
  #rendered: CachingExplanation | undefined;

  constructor(
    inputs: Inputs,
    reasons: CachingReason[] | undefined,
    storable: boolean,
    freshnessLifetime: number,
    heuristic: boolean,
    currentAge: number,
    fresh: boolean,
    ttl: number,
    mustRevalidate: boolean,
    noCache: boolean,
    staleWhileRevalidate: number,
    staleIfError: number,
    immutable: boolean,
    validators: CachingValidators,
    conditionalHeaders: { name: string; value: string }[],
    vary: string[],
  ) {
    this.storable = storable;
    this.freshnessLifetime = freshnessLifetime;
    this.heuristic = heuristic;
    this.currentAge = currentAge;
    this.fresh = fresh;
    this.ttl = ttl;
    this.mustRevalidate = mustRevalidate;
    this.noCache = noCache;
    this.staleWhileRevalidate = staleWhileRevalidate;
    this.staleIfError = staleIfError;
    this.immutable = immutable;
    this.validators = validators;
    this.conditionalHeaders = conditionalHeaders;
    this.vary = vary;
    this.policyField = inputs.policyField;
    this.#inputs = inputs;
    this.#reasons = reasons;
    this.#summary = undefined;
    this.#rendered = undefined;
  }

  /** From the decisions, not from fields a caller may have changed since. */
  #render(): CachingExplanation {
    return (this.#rendered ??= decide(this.#inputs, []));
  }

  get reasons(): CachingReason[] {
    return (this.#reasons ??= this.#render().reasons);
  }

  set reasons(value: CachingReason[]) {
    this.#reasons = value;
  }

  get summary(): string {
    return (this.#summary ??= summarise(this.#inputs, this.#render()));
  }

  set summary(value: string) {
    this.#summary = value;
  }

  toJSON(): CachingExplanation {
    return {
      storable: this.storable,
      freshnessLifetime: this.freshnessLifetime,
      heuristic: this.heuristic,
      currentAge: this.currentAge,
      fresh: this.fresh,
      ttl: this.ttl,
      mustRevalidate: this.mustRevalidate,
      noCache: this.noCache,
      staleWhileRevalidate: this.staleWhileRevalidate,
      staleIfError: this.staleIfError,
      immutable: this.immutable,
      validators: this.validators,
      conditionalHeaders: this.conditionalHeaders,
      vary: this.vary,
      policyField: this.policyField,
      reasons: this.reasons,
      summary: this.summary,
    };
  }
}

/**
 * Reads the messages and the options once. The fields that caching looks at are picked
 * in one pass by name (ASCII case-insensitive), without an index of every field.
 */
function gather(response: HttpMessage, options: ExplainCachingOptions): Inputs {
  const locale: Locale = options.locale === 'zh-CN' || options.locale === 'en' || options.locale === undefined ? (options.locale ?? 'en') : normalizeLocale(options.locale);
  const shared = options.shared !== false;
  const now = typeof options.now === 'number' && Number.isFinite(options.now) ? options.now : Date.now();
  const responseTime = num(options.responseTime, now);
  const requestTime = num(options.requestTime, responseTime);
  const fraction = num(options.heuristicFraction, DEFAULT_FRACTION);
  const heuristicMax = typeof options.heuristicMaxLifetime === 'number' && options.heuristicMaxLifetime >= 0 ? options.heuristicMaxLifetime : DEFAULT_HEURISTIC_MAX;
  const request = options.request;

  let cacheControl: Segment[] | undefined;
  let expires: string | undefined;
  let contentLocation: string | undefined;
  let date: string | undefined;
  let lastModified: string | undefined;
  let age: string | undefined;
  let etag: string | undefined;
  let vary: string | undefined;
  let setCookie = false;
  const fields = response?.fields;
  if (fields) {
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i] as FieldLine;
      if (!f || typeof f.name !== 'string') continue;
      const name = f.name;
      // Compared by length first: most fields are none of these.
      switch (name.length) {
        case 3:
          if (age === undefined && isNamed(name, 'age')) age = valueOf(f);
          break;
        case 4:
          if (isNamed(name, 'date')) date ??= valueOf(f);
          else if (isNamed(name, 'etag')) etag ??= valueOf(f);
          else if (isNamed(name, 'vary')) vary = vary === undefined ? valueOf(f) : `${vary}, ${valueOf(f)}`;
          break;
        case 7:
          if (expires === undefined && isNamed(name, 'expires')) expires = valueOf(f);
          break;
        case 10:
          if (!setCookie && isNamed(name, 'set-cookie')) setCookie = true;
          break;
        case 13:
          if (isNamed(name, 'cache-control')) (cacheControl ??= []).push({ value: valueOf(f), offset: f.valueSpan?.offset ?? 0 });
          else if (lastModified === undefined && isNamed(name, 'last-modified')) lastModified = valueOf(f);
          break;
        case 16:
          if (contentLocation === undefined && isNamed(name, 'content-location')) contentLocation = valueOf(f);
          break;
        default:
          break;
      }
    }
  }

  // Which field sets the policy: a targeted field (RFC 9213) or Cache-Control.
  let policy: ResponsePolicy | undefined;
  let policyField = 'Cache-Control';
  let targeted: Inputs['targeted'];
  if (shared && options.targets) {
    const res = indexFields(fields);
    for (const target of options.targets) {
      const name = target.toLowerCase();
      if (!res.has(name)) continue;
      const p = targetedPolicy(res, name);
      const label = res.get(name)?.[0]?.name ?? target;
      (targeted ??= []).push({ label, followed: p !== undefined });
      if (p) {
        policy = p;
        policyField = label;
        break;
      }
    }
  }
  const useExpires = !policy;
  policy ??= responsePolicyFrom(scanDirectives(cacheControl ?? NO_SEGMENTS, 'response', undefined));

  let requestNoStore = false;
  let requestAuthorization = false;
  const requestFields = request?.fields;
  if (requestFields) {
    let requestCacheControl: Segment[] | undefined;
    for (const f of requestFields) {
      if (!f || typeof f.name !== 'string') continue;
      if (isNamed(f.name, 'cache-control')) (requestCacheControl ??= []).push({ value: valueOf(f), offset: f.valueSpan?.offset ?? 0 });
      else if (isNamed(f.name, 'authorization')) requestAuthorization = true;
    }
    if (requestCacheControl) {
      for (const d of scanDirectives(requestCacheControl, 'request', undefined)) {
        if (d.name === 'no-store') {
          requestNoStore = true;
          break;
        }
      }
    }
  }

  return {
    locale,
    shared,
    now,
    responseTime,
    requestTime,
    fraction,
    heuristicMax,
    method: request?.method ?? 'GET',
    status: typeof response?.status === 'number' ? response.status : 200,
    target: request?.target,
    policy,
    policyField,
    targeted,
    expires: useExpires ? expires : undefined,
    contentLocation,
    dateTime: dateTime(date),
    lastModified,
    lastModifiedTime: dateTime(lastModified),
    age,
    etag,
    vary,
    requestNoStore,
    requestAuthorization,
    setCookie,
  };
}

const NO_SEGMENTS: Segment[] = [];

type Say = (code: string, section: string, message: string) => void;

/**
 * The steps of the explanation (RFC 9111 §3 storing, §4.2 freshness, §4.2.3 age, §4.3
 * validation, §4.1 Vary), as an explanation whose `summary` is still to be written. With
 * `reasons`, each step also gets its sentence in the locale there (`say?.(...)` evaluates
 * the sentence only when there is a `say`); without, the facts alone are worked out.
 */
function decide(inputs: Inputs, reasons: CachingReason[] | undefined): CachingExplanation {
  const say: Say | undefined = reasons
    ? (code, section, message) => {
        reasons.push({ code, section, message });
      }
    : undefined;
  const { locale, shared, now, responseTime, requestTime, fraction, heuristicMax, method, status } = inputs;
  const zh = locale === 'zh-CN';
  const cacheName = shared ? (zh ? '共享缓存' : 'Shared caches') : zh ? '私有缓存' : 'Private caches';
  if (say && inputs.targeted) {
    for (const { label, followed } of inputs.targeted) {
      if (followed) say('targeted-field', 'RFC 9213 §2.2', zh ? `此缓存遵循 ${label}，它取代了 Cache-Control 和 Expires。` : `This cache follows ${label}, which replaces Cache-Control and Expires for it.`);
      else say('targeted-field-ignored', 'RFC 9213 §2.2', zh ? `${label} 不是有效且非空的字典，此缓存忽略它。` : `${label} is not a valid, non-empty Dictionary, so this cache ignores it.`);
    }
  }
  const p = inputs.policy;
  const w = (name: string): string => writtenOf(p, name);

  // ---- Storing (RFC 9111 §3) ----
  // The first reason that refuses storing is the one told.
  let storable = true;
  const explicitMaxAge = p.maxAge !== undefined;
  const explicitSMaxage = shared && p.sMaxage !== undefined;
  const expiresText = inputs.expires;
  const hasExpires = expiresText !== undefined;

  if (method !== 'GET' && method !== 'HEAD') {
    const contentLocation = inputs.contentLocation;
    const target = inputs.target;
    if (method === 'POST' && (explicitMaxAge || explicitSMaxage || hasExpires) && contentLocation !== undefined && target !== undefined && contentLocation === target) {
      say?.('method-post', 'RFC 9110 §9.3.3', zh ? 'POST 响应带有显式新鲜度，且 Content-Location 与请求目标相同，因此可以存储，用来响应之后的 GET 和 HEAD 请求。' : 'A POST response with explicit freshness and a Content-Location equal to the target may be stored, to answer later GET and HEAD requests.');
    } else {
      if (storable) say?.('method-not-cacheable', 'RFC 9111 §3', zh ? `缓存不存储 ${method} 请求的响应（只存储 GET 和 HEAD 的响应，以及带显式新鲜度且 Content-Location 相符的 POST 响应）。` : `Caches do not store responses to ${method} requests (only GET and HEAD, and POST with explicit freshness and a matching Content-Location).`);
      storable = false;
    }
  }
  if (status < 200) {
    if (storable) say?.('status-not-final', 'RFC 9111 §3', zh ? `状态码 ${status} 不是最终响应；只有最终响应才会被存储。` : `Status ${status} is not final; only final responses are stored.`);
    storable = false;
  } else if (status === 304) {
    if (storable) say?.('status-304', 'RFC 9111 §4.3.4', zh ? '304（未修改）响应本身不会被存储：它用来更新被验证的已存储响应。' : 'A 304 (Not Modified) response is not stored itself: it updates the stored response it validates.');
    storable = false;
  }
  const kind = statusKind(status);
  const understood = kind !== 0;
  if (p.mustUnderstand) {
    if (!understood) {
      if (storable) say?.('must-understand-unknown', 'RFC 9111 §5.2.2.3', zh ? `must-understand：此缓存不了解状态码 ${status} 的缓存规则，因此不存储该响应。` : `must-understand: this cache does not know the caching rules of status ${status}, so it does not store the response.`);
      storable = false;
    } else if (p.noStore && storable) {
      say?.('must-understand', 'RFC 9111 §5.2.2.3', zh ? `must-understand：缓存理解状态码 ${status}，因此忽略 no-store。` : `must-understand: the cache understands status ${status}, so it ignores no-store.`);
    }
  }
  if (inputs.requestNoStore) {
    if (storable) say?.('request-no-store', 'RFC 9111 §5.2.1.5', zh ? '请求中有 no-store：缓存不得存储该响应。' : 'The request says no-store: caches must not store the response.');
    storable = false;
  }
  if (p.noStore && !(p.mustUnderstand && understood)) {
    if (storable) say?.('no-store', 'RFC 9111 §5.2.2.5', zh ? `${w('no-store')}：缓存不得存储此响应。` : `${w('no-store')}: caches must not store this response.`);
    storable = false;
  }
  if (shared && p.private === true) {
    if (storable) say?.('private', 'RFC 9111 §5.2.2.7', zh ? `${w('private')}：共享缓存不得存储此响应，只有用户自己的（私有）缓存可以。` : `${w('private')}: shared caches must not store this response; only the user's own (private) cache may.`);
    storable = false;
  } else if (shared && Array.isArray(p.private) && storable) {
    say?.('private-fields', 'RFC 9111 §5.2.2.7', zh ? `${w('private')}：共享缓存可以存储该响应，但不得存储 ${p.private.join(', ')}。` : `${w('private')}: shared caches may store the response without ${p.private.join(', ')}.`);
  }
  if (shared && inputs.requestAuthorization) {
    if (p.public || p.mustRevalidate || p.sMaxage !== undefined) {
      const which = p.public ? 'public' : p.mustRevalidate ? 'must-revalidate' : 's-maxage';
      if (storable) say?.('authorization-allowed', 'RFC 9111 §3.5', zh ? `请求带有 Authorization，但 ${which} 允许共享缓存存储该响应。` : `The request has Authorization, but ${which} lets shared caches store the response.`);
    } else {
      if (storable) say?.('authorization', 'RFC 9111 §3.5', zh ? '请求带有 Authorization，而响应中没有 public、s-maxage 或 must-revalidate：共享缓存不得存储它。' : 'The request has Authorization and the response has no public, s-maxage or must-revalidate: shared caches must not store it.');
      storable = false;
    }
  }
  const heuristicStatus = kind === 1;
  if (storable) {
    const signal = p.public || (!shared && p.private !== undefined) || hasExpires || explicitMaxAge || explicitSMaxage || heuristicStatus;
    if (!signal) {
      say?.('no-explicit-freshness', 'RFC 9111 §3', zh ? `状态码 ${status} 不可按启发式规则缓存，且响应中没有 max-age、${shared ? 's-maxage、' : ''}Expires 或 public：缓存不会存储它。` : `Status ${status} is not heuristically cacheable and the response has no max-age, ${shared ? 's-maxage, ' : ''}Expires or public: caches do not store it.`);
      storable = false;
    }
  }
  if (storable) say?.('storable', 'RFC 9111 §3', zh ? `${cacheName}可以存储此响应。` : `${cacheName} may store this response.`);

  // ---- Vary (RFC 9111 §4.1) ----
  const vary: string[] = [];
  let varyStar = false;
  const varyValue = inputs.vary;
  if (varyValue !== undefined) {
    // member by member, without splitting into an array first
    let start = 0;
    while (start <= varyValue.length) {
      let comma = varyValue.indexOf(',', start);
      if (comma < 0) comma = varyValue.length;
      const name = varyValue.slice(start, comma).trim().toLowerCase();
      start = comma + 1;
      if (name.length === 0 || vary.includes(name)) continue;
      vary.push(name);
      if (name === '*') varyStar = true;
    }
  }

  // ---- Freshness lifetime (RFC 9111 §4.2.1, §4.2.2) ----
  const date = inputs.dateTime ?? responseTime;
  let lifetime = 0;
  let heuristic = false;
  let lifetimeSource = '';
  const lifetimeSection = 'RFC 9111 §4.2.1';
  if (explicitSMaxage) {
    lifetime = p.sMaxage ?? 0;
    lifetimeSource = w('s-maxage');
    if (p.sMaxage === null) say?.('lifetime-invalid', 'RFC 9111 §4.2.1', zh ? `${lifetimeSource} 不是有效的秒数，因此响应被视为过期。` : `${lifetimeSource} is not valid delta-seconds, so the response counts as stale.`);
  } else if (explicitMaxAge) {
    lifetime = p.maxAge ?? 0;
    lifetimeSource = w('max-age');
    if (p.maxAge === null) say?.('lifetime-invalid', 'RFC 9111 §4.2.1', zh ? `${lifetimeSource} 不是有效的秒数，因此响应被视为过期。` : `${lifetimeSource} is not valid delta-seconds, so the response counts as stale.`);
  } else if (hasExpires) {
    const expiresTime = httpDateTime(expiresText);
    if (expiresTime !== undefined) {
      lifetime = Math.max(0, (expiresTime - date) / 1000);
      lifetimeSource = zh ? 'Expires 减去 Date' : 'Expires minus Date';
    } else {
      lifetime = 0;
      lifetimeSource = 'Expires';
      say?.('expires-invalid', 'RFC 9111 §5.3', zh ? `Expires“${expiresText}”不是有效日期，因此缓存将响应视为已经过期。` : `Expires "${expiresText}" is not a valid date, so caches treat the response as already expired.`);
    }
  } else if (heuristicStatus || p.public) {
    const lastModified = inputs.lastModifiedTime;
    if (lastModified !== undefined && lastModified < date) {
      const raw = ((date - lastModified) / 1000) * fraction;
      lifetime = Math.min(raw, heuristicMax);
      heuristic = true;
      const pct = `${Math.round(fraction * 1000) / 10}%`;
      lifetimeSource = zh ? `启发式：Date 与 Last-Modified 之差的 ${pct}` : `heuristic: ${pct} of the time since Last-Modified`;
      if (raw > heuristicMax) {
        say?.('heuristic-capped', 'RFC 9111 §4.2.2', zh ? `启发式寿命（${humanizeDuration(raw, locale)}）被限制为 ${humanizeDuration(heuristicMax, locale)}。` : `The heuristic lifetime (${humanizeDuration(raw, locale)}) is capped at ${humanizeDuration(heuristicMax, locale)}.`);
      }
    } else {
      lifetimeSource = '';
    }
  }
  if (hasExpires && (explicitMaxAge || explicitSMaxage)) {
    say?.('expires-ignored', 'RFC 9111 §5.3', zh ? `因为有 ${lifetimeSource}，Expires 被忽略。` : `Expires is ignored because of ${lifetimeSource}.`);
  }

  // ---- Revalidation rules (RFC 9111 §4.2.4, §5.2.2) ----
  const noCache = p.noCache === true;
  let mustRevalidateBy = '';
  if (p.mustRevalidate) mustRevalidateBy = w('must-revalidate');
  else if (shared && p.proxyRevalidate) mustRevalidateBy = w('proxy-revalidate');
  else if (shared && p.sMaxage !== undefined) mustRevalidateBy = w('s-maxage');
  const mustRevalidate = mustRevalidateBy !== '';
  const swrWritten = typeof p.staleWhileRevalidate === 'number' ? p.staleWhileRevalidate : 0;
  const sieWritten = typeof p.staleIfError === 'number' ? p.staleIfError : 0;
  const staleAllowed = !mustRevalidate && !noCache;
  const staleWhileRevalidate = staleAllowed ? swrWritten : 0;
  const staleIfError = staleAllowed ? sieWritten : 0;

  // The lifetime sentence (the one users read first).
  if (storable && say) {
    const d = humanizeDuration(lifetime, locale);
    if (lifetime > 0 && lifetimeSource) {
      let text = zh ? `${cacheName}可以将此响应存储 ${d}（${lifetimeSource}）` : `${cacheName} may store this response for ${d} (${lifetimeSource})`;
      if (mustRevalidate) {
        text += zh ? `，之后必须重新验证（${mustRevalidateBy}）` : `, then must revalidate it (${mustRevalidateBy})`;
      } else if (staleWhileRevalidate > 0) {
        const s = humanizeDuration(staleWhileRevalidate, locale);
        text += zh
          ? `，之后在重新验证期间还可以提供过期内容 ${s}（${w('stale-while-revalidate')}）`
          : `, then may serve it stale for ${s} while revalidating (${w('stale-while-revalidate')})`;
      }
      say(heuristic ? 'lifetime-heuristic' : 'lifetime', heuristic ? 'RFC 9111 §4.2.2' : lifetimeSection, zh ? `${text}。` : `${text}.`);
    } else if (lifetime > 0) {
      say('lifetime', lifetimeSection, zh ? `${cacheName}可以将此响应存储 ${d}。` : `${cacheName} may store this response for ${d}.`);
    } else {
      say(
        'lifetime-zero',
        lifetimeSection,
        zh
          ? `响应没有新鲜度寿命${lifetimeSource ? `（${lifetimeSource}）` : ''}：一经存储即已过期，每次复用都需要重新验证${mustRevalidate ? `（${mustRevalidateBy}）` : ''}。`
          : `The response has no freshness lifetime${lifetimeSource ? ` (${lifetimeSource})` : ''}: it is stale as soon as it is stored, and each reuse needs revalidation${mustRevalidate ? ` (${mustRevalidateBy})` : ''}.`,
      );
    }
  }

  // ---- Current age (RFC 9111 §4.2.3) ----
  const ageText = inputs.age;
  const ageParsed = ageText === undefined ? -1 : parseDeltaSeconds(ageText.trim());
  const ageValue = ageParsed < 0 ? 0 : ageParsed;
  const apparentAge = Math.max(0, (responseTime - date) / 1000);
  const responseDelay = Math.max(0, (responseTime - requestTime) / 1000);
  const correctedAgeValue = ageValue + responseDelay;
  const correctedInitialAge = Math.max(apparentAge, correctedAgeValue);
  const residentTime = Math.max(0, (now - responseTime) / 1000);
  const currentAge = correctedInitialAge + residentTime;
  // The sentences count whole seconds, as Age does (RFC 9111 §5.1): the age told and the time left add up to the lifetime.
  const shownAge = Math.floor(currentAge);
  if (storable && say) {
    const sep = zh ? '，' : ', ';
    let parts = '';
    if (ageValue > 0) parts = zh ? `Age ${ageValue} 秒` : `Age ${ageValue}s`;
    if (apparentAge >= 1) parts = joined(parts, sep, zh ? `Date 之后 ${humanizeDuration(apparentAge, locale)}收到` : `received ${humanizeDuration(apparentAge, locale)} after its Date`);
    if (responseDelay >= 1) parts = joined(parts, sep, zh ? `响应延迟 ${humanizeDuration(responseDelay, locale)}` : `${humanizeDuration(responseDelay, locale)} response delay`);
    if (residentTime >= 1) parts = joined(parts, sep, zh ? `已在缓存中 ${humanizeDuration(residentTime, locale)}` : `${humanizeDuration(residentTime, locale)} in the cache`);
    const detail = parts !== '' ? (zh ? `（${parts}）` : ` (${parts})`) : '';
    say('age', 'RFC 9111 §4.2.3', zh ? `其当前年龄为 ${humanizeDuration(shownAge, locale)}${detail}。` : `Its current age is ${humanizeDuration(shownAge, locale)}${detail}.`);
  }

  const fresh = storable && lifetime > currentAge;
  const ttl = fresh && !noCache && !varyStar ? lifetime - currentAge : 0;
  if (storable && say) {
    if (fresh) {
      say('fresh', 'RFC 9111 §4.2', zh ? `它现在是新鲜的，还剩 ${humanizeDuration(lifetime - shownAge, locale)}。` : `It is fresh now, for ${humanizeDuration(lifetime - shownAge, locale)} more.`);
    } else if (lifetime > 0) {
      say('stale', 'RFC 9111 §4.2', zh ? `它现在已过期，超出寿命 ${humanizeDuration(currentAge - lifetime, locale)}。` : `It is stale now, ${humanizeDuration(currentAge - lifetime, locale)} past its lifetime.`);
    }
    if (noCache) {
      say('no-cache', 'RFC 9111 §5.2.2.4', zh ? `${w('no-cache')}：缓存可以存储它，但每次复用前都必须向源服务器重新验证。` : `${w('no-cache')}: caches may store it, but must revalidate it with the origin before every reuse.`);
    } else if (Array.isArray(p.noCache)) {
      say('no-cache-fields', 'RFC 9111 §5.2.2.4', zh ? `${w('no-cache')}：复用时可以不带 ${p.noCache.join(', ')}；若要复用这些字段则需要重新验证。` : `${w('no-cache')}: the response may be reused without ${p.noCache.join(', ')}; reusing those fields needs revalidation.`);
    }
    // RFC 9111 §7.3: Set-Cookie does not keep a response out of shared caches; unless no-cache or private names it,
    // the cookie is served with the response
    if (shared && inputs.setCookie && lifetime > 0 && !noCache && !names(p.noCache, 'set-cookie') && !names(p.private, 'set-cookie')) {
      say('set-cookie', 'RFC 9111 §7.3', zh ? '它带有 Set-Cookie：复用它的共享缓存会把同一个 Cookie 交给它提供该响应的每一个用户。' : 'It sets a cookie: a shared cache that reuses it gives the same cookie to every user it serves it to.');
    }
    if (mustRevalidate && lifetime > 0) {
      say('must-revalidate', p.mustRevalidate ? 'RFC 9111 §5.2.2.2' : p.proxyRevalidate ? 'RFC 9111 §5.2.2.8' : 'RFC 9111 §5.2.2.10', zh ? `${mustRevalidateBy}：过期后未经重新验证不得提供，即使源服务器无法访问也不行。` : `${mustRevalidateBy}: once stale, it must not be served without revalidation, not even when the origin is unreachable.`);
    }
    if (swrWritten > 0) {
      if (staleWhileRevalidate > 0) say('stale-while-revalidate', 'RFC 5861 §3', zh ? `${w('stale-while-revalidate')}：过期后，缓存可以在后台重新验证的同时继续提供它 ${humanizeDuration(swrWritten, locale)}。` : `${w('stale-while-revalidate')}: after it becomes stale, caches may serve it for ${humanizeDuration(swrWritten, locale)} while revalidating in the background.`);
      else say('stale-while-revalidate-ignored', 'RFC 9111 §4.2.4', zh ? `${w('stale-while-revalidate')} 不起作用，因为 ${noCache ? w('no-cache') : mustRevalidateBy} 禁止提供过期响应。` : `${w('stale-while-revalidate')} has no effect because ${noCache ? w('no-cache') : mustRevalidateBy} forbids serving stale responses.`);
    }
    if (sieWritten > 0) {
      if (staleIfError > 0) say('stale-if-error', 'RFC 5861 §4', zh ? `${w('stale-if-error')}：源服务器出错时，缓存可以在 ${humanizeDuration(sieWritten, locale)}内提供过期内容。` : `${w('stale-if-error')}: when the origin fails, caches may serve it stale for ${humanizeDuration(sieWritten, locale)}.`);
      else say('stale-if-error-ignored', 'RFC 9111 §4.2.4', zh ? `${w('stale-if-error')} 不起作用，因为 ${noCache ? w('no-cache') : mustRevalidateBy} 禁止提供过期响应。` : `${w('stale-if-error')} has no effect because ${noCache ? w('no-cache') : mustRevalidateBy} forbids serving stale responses.`);
    }
    if (p.immutable) {
      if (lifetime > 0) say('immutable', 'RFC 8246 §2', zh ? 'immutable：在新鲜期间，客户端无需重新验证，即使重新加载也不必。' : 'immutable: while it is fresh, clients need not revalidate it, not even on reload.');
      else say('immutable-no-lifetime', 'RFC 8246 §2', zh ? '没有新鲜度寿命时，immutable 不起作用。' : 'immutable has no effect without a freshness lifetime.');
    }
  }

  // ---- Validators (RFC 9111 §4.3.1) ----
  const validators: CachingValidators = {};
  const conditionalHeaders: { name: string; value: string }[] = [];
  const etag = inputs.etag;
  if (etag !== undefined && etag.trim() !== '') {
    validators.etag = etag.trim();
    validators.weak = validators.etag.startsWith('W/');
    conditionalHeaders.push({ name: 'If-None-Match', value: validators.etag });
  }
  const lastModifiedText = inputs.lastModified;
  if (lastModifiedText !== undefined && inputs.lastModifiedTime !== undefined) {
    validators.lastModified = lastModifiedText.trim();
    conditionalHeaders.push({ name: 'If-Modified-Since', value: validators.lastModified });
  }
  if (storable && say) {
    if (conditionalHeaders.length > 0) {
      let list = '';
      for (const h of conditionalHeaders) list = joined(list, zh ? '，' : ', ', `${h.name}: ${h.value}`);
      say('validators', 'RFC 9111 §4.3.1', zh ? `重新验证时，缓存会发送 ${list}；若得到 304（未修改）响应，即可复用已存储的内容。` : `To revalidate, a cache sends ${list}; a 304 (Not Modified) answer lets it reuse the stored body.`);
    } else {
      say('no-validators', 'RFC 9111 §4.3.1', zh ? '没有 ETag 或 Last-Modified，缓存无法重新验证：一旦过期，就要重新获取整个响应。' : 'There is no ETag or Last-Modified, so a cache cannot revalidate: once stale, the whole response is fetched again.');
    }
    if (varyStar) {
      say('vary-star', 'RFC 9111 §4.1', zh ? 'Vary: * 表示已存储的副本永远无法与之后的请求匹配，因此永远不会被复用。' : 'Vary: * means a stored copy never matches a later request, so it is never reused.');
    } else if (vary.length > 0) {
      say('vary', 'RFC 9111 §4.1', zh ? `只有 ${joinAll(vary, '、')} 相同（规范化之后）的请求才会复用已存储的响应。` : `The stored response is reused only for requests with the same ${joinAll(vary, ', ')} (after normalisation).`);
    }
  }

  return new Explanation(
    inputs,
    reasons,
    storable,
    lifetime,
    heuristic,
    currentAge,
    fresh,
    ttl,
    mustRevalidate,
    noCache,
    staleWhileRevalidate,
    staleIfError,
    p.immutable,
    validators,
    conditionalHeaders,
    vary,
  );
}

/** One paragraph for hovers and the command line, from the facts and the reasons. */
function summarise(inputs: Inputs, f: CachingExplanation): string {
  const reasons = f.reasons;
  const zh = inputs.locale === 'zh-CN';
  const locale = inputs.locale;
  const cacheName = inputs.shared ? (zh ? '共享缓存' : 'Shared caches') : zh ? '私有缓存' : 'Private caches';
  if (!f.storable) {
    const why = reasons.find((r) => r.code !== 'targeted-field' && r.code !== 'targeted-field-ignored' && r.code !== 'authorization-allowed' && r.code !== 'private-fields');
    return zh ? `${cacheName}不会存储此响应。${why ? why.message : ''}每个请求都会发往源服务器。` : `${cacheName} will not store this response. ${why ? why.message : ''} Every request goes to the origin.`;
  }
  const lifetimeReason = reasons.find((r) => r.code === 'lifetime' || r.code === 'lifetime-heuristic' || r.code === 'lifetime-zero');
  // sentences joined as they come (concatenation, not an array and a join)
  const sep = zh ? '' : ' ';
  let text = lifetimeReason ? lifetimeReason.message : '';
  if (f.vary.includes('*')) text = joined(text, sep, zh ? '但由于 Vary: *，它永远不会被复用。' : 'Because of Vary: *, it is never reused.');
  else if (f.noCache) text = joined(text, sep, zh ? '由于 no-cache，每次复用前都要重新验证。' : 'Because of no-cache, every reuse is revalidated first.');
  else if (f.fresh) {
    // whole seconds, as in the reasons: the age and the time left add up to the lifetime
    const age = Math.floor(f.currentAge);
    const left = humanizeDuration(f.freshnessLifetime - age, locale);
    text = joined(text, sep, zh ? `当前年龄 ${humanizeDuration(age, locale)}，还可直接复用 ${left}。` : `At its current age of ${humanizeDuration(age, locale)} it can be reused for ${left} more.`);
  }
  else if (f.freshnessLifetime > 0) text = joined(text, sep, zh ? `当前年龄 ${humanizeDuration(f.currentAge, locale)}，已经过期。` : `At its current age of ${humanizeDuration(f.currentAge, locale)} it is already stale.`);
  if (f.conditionalHeaders.length > 0) {
    let names = '';
    for (const h of f.conditionalHeaders) names = joined(names, zh ? ' 和 ' : ' and ', h.name);
    text = joined(text, sep, zh ? `可以用 ${names} 重新验证。` : `It can be revalidated with ${names}.`);
  } else text = joined(text, sep, zh ? '它没有验证器，过期后必须重新完整获取。' : 'It has no validators, so once stale it is fetched again in full.');
  const cookie = reasons.find((r) => r.code === 'set-cookie');
  return cookie ? joined(text, sep, cookie.message) : text;
}

/** Whether a qualified `no-cache` or `private` (a field list) names `field`. */
function names(list: boolean | readonly string[] | undefined, field: string): boolean {
  return Array.isArray(list) && list.includes(field);
}

/** `a` and `b` with `sep` between, or `b` alone when `a` is empty (what joining a list gives). */
function joined(a: string, sep: string, b: string): string {
  return a === '' ? b : a + sep + b;
}

/** `list.join(sep)` by concatenation: no flat copy is made until the text is read. */
function joinAll(list: readonly string[], sep: string): string {
  let out = '';
  for (let i = 0; i < list.length; i++) out = i === 0 ? (list[i] as string) : out + sep + (list[i] as string);
  return out;
}
