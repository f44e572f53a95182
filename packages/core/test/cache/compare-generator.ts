/**
 * The header combinations on which httplens is compared with the npm package
 * `http-cache-semantics` (a deterministic, seeded generator), and the adapter that
 * runs both on one combination with the same clock.
 */
import { rng } from '../message/corpus.js';
import CachePolicy from 'http-cache-semantics';
import { createStoredExchange, evaluateStoredResponse, explainCaching } from '@httplens/core';
import { req, res, T0 } from './helpers.js';

export interface Combination {
  id: string;
  shared: boolean;
  method: string;
  status: number;
  requestHeaders: [string, string][];
  responseHeaders: [string, string][];
  /** The later request presented to the cache. */
  nextHeaders: [string, string][];
  /** Seconds after the response was received (at T0). */
  elapsed: number;
}

export interface Verdict {
  storable: boolean;
  /** Freshness lifetime usable without validation, seconds (0 when reuse always needs validation). */
  lifetime: number;
  /** hit: served without the origin; swr: served stale while revalidating; origin: the origin is contacted. */
  reuse: 'hit' | 'swr' | 'origin';
}

const HEURISTIC = new Set([200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501]);
const date = (seconds: number): string => new Date(T0 + seconds * 1000).toUTCString();

/**
 * Generates `count` combinations of status, method, Cache-Control directives,
 * Expires, Last-Modified, ETag, Age, Vary, Authorization, request directives and
 * elapsed time. Date always equals the response time and the request is sent at the
 * same instant (http-cache-semantics models neither apparent age nor response delay).
 */
export function generate(count: number, seed = 9111): Combination[] {
  const rnd = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const chance = (p: number): boolean => rnd() < p;
  const seconds = [0, 1, 30, 60, 300, 3600, 86400] as const;
  const out: Combination[] = [];
  for (let i = 0; i < count; i++) {
    const shared = chance(0.5);
    const method = chance(0.85) ? 'GET' : 'HEAD';
    const status = pick([200, 200, 200, 203, 204, 300, 301, 302, 303, 307, 308, 404, 405, 410, 414, 501]);
    const cc: string[] = [];
    if (chance(0.5)) cc.push(`max-age=${pick(seconds)}`);
    if (chance(0.2)) cc.push(`s-maxage=${pick(seconds)}`);
    if (chance(0.12)) cc.push('no-cache');
    if (chance(0.08)) cc.push('no-store');
    if (chance(0.1) && (shared || HEURISTIC.has(status))) cc.push('private');
    if (chance(0.2)) cc.push('public');
    // Left out where http-cache-semantics breaks a rule on purpose (see the listed
    // differences): stale-while-revalidate beside no-cache, or beside s-maxage in a
    // shared cache (RFC 9111 §4.2.4); `private` alone on a status that is not
    // heuristically cacheable in a private cache (RFC 9111 §3).
    const sMaxageShared = shared && cc.some((d) => d.startsWith('s-maxage'));
    const noCache = cc.includes('no-cache');
    if (chance(0.3) && !sMaxageShared && !noCache) cc.push(`stale-while-revalidate=${pick(seconds)}`);
    if (chance(0.1)) cc.push(`stale-if-error=${pick(seconds)}`);
    if (chance(0.1)) cc.push('immutable');
    if (chance(0.05)) cc.push('no-transform');
    // Shuffle the directive order.
    for (let k = cc.length - 1; k > 0; k--) {
      const j = Math.floor(rnd() * (k + 1));
      [cc[k], cc[j]] = [cc[j] as string, cc[k] as string];
    }
    const responseHeaders: [string, string][] = [['Date', date(0)]];
    if (cc.length > 0) responseHeaders.push(['Cache-Control', cc.join(', ')]);
    if (chance(0.25)) responseHeaders.push(['Expires', date(pick([-60, 0, 60, 600, 7200, 172800]))]);
    if (chance(0.4)) responseHeaders.push(['Last-Modified', date(-pick([10, 600, 36000, 864000]))]);
    if (chance(0.5)) responseHeaders.push(['ETag', pick(['"v1"', 'W/"v1"', '"abc"'])]);
    if (chance(0.15)) responseHeaders.push(['Age', String(pick([0, 5, 100, 4000]))]);
    const vary = chance(0.2);
    if (vary) responseHeaders.push(['Vary', 'Accept-Encoding']);
    const requestHeaders: [string, string][] = [['Host', 'example.com']];
    if (chance(0.6)) requestHeaders.push(['Accept-Encoding', 'gzip']);
    if (chance(0.1)) requestHeaders.push(['Authorization', 'Bearer t']);
    const nextHeaders: [string, string][] = requestHeaders.map(([n, v]) => [n, v]);
    if (vary && chance(0.3)) {
      const idx = nextHeaders.findIndex(([n]) => n === 'Accept-Encoding');
      if (idx >= 0) nextHeaders[idx] = ['Accept-Encoding', 'br'];
      else nextHeaders.push(['Accept-Encoding', 'br']);
    }
    if (chance(0.3)) {
      // max-stale is not sent against no-cache or a shared cache's s-maxage, which forbid serving stale (RFC 9111 §4.2.4).
      const staleOk = !noCache && !sMaxageShared;
      const directives = ['no-cache', 'max-age=0', 'max-age=30', 'max-age=600', 'min-fresh=30', 'min-fresh=600', ...(staleOk ? ['max-stale', 'max-stale=45', 'max-stale=1000'] : [])];
      nextHeaders.push(['Cache-Control', pick(directives)]);
    }
    if (chance(0.08) && !nextHeaders.some(([n]) => n === 'Cache-Control')) nextHeaders.push(['Pragma', 'no-cache']);
    const elapsed = pick([0, 10, 29, 59, 61, 100, 299, 301, 3000, 3599, 3601, 5000, 86399, 86401, 100000]);
    out.push({ id: `g${i}`, shared, method, status, requestHeaders, responseHeaders, nextHeaders, elapsed });
  }
  return out;
}

function headerObject(pairs: readonly [string, string][]): Record<string, string> {
  const h: Record<string, string> = {};
  for (const [n, v] of pairs) {
    const k = n.toLowerCase();
    h[k] = h[k] === undefined ? v : `${h[k]}, ${v}`;
  }
  return h;
}

/** httplens on one combination. */
export function ours(c: Combination): Verdict {
  const request = req(c.method, c.requestHeaders, '/r');
  const response = res(c.status, c.responseHeaders);
  const now = T0 + c.elapsed * 1000;
  const options = { request, shared: c.shared, now, requestTime: T0, responseTime: T0, heuristicMaxLifetime: Infinity };
  const e = explainCaching(response, options);
  const stored = createStoredExchange(request, response, { requestTime: T0, responseTime: T0 });
  const ev = evaluateStoredResponse(stored, req(c.method, c.nextHeaders, '/r'), { shared: c.shared, now, heuristicMaxLifetime: Infinity });
  const usable = e.storable && !e.noCache && !e.vary.includes('*');
  return {
    storable: e.storable,
    lifetime: usable ? e.freshnessLifetime : 0,
    reuse: ev.decision === 'fresh' ? 'hit' : ev.decision === 'stale-while-revalidate' ? 'swr' : 'origin',
  };
}

/** http-cache-semantics on one combination, with its clock set to ours. */
export function theirs(c: Combination): Verdict {
  let clock = T0;
  class Clocked extends CachePolicy {
    now(): number {
      return clock;
    }
  }
  const request = { method: c.method, url: '/r', headers: headerObject(c.requestHeaders) };
  const response = { status: c.status, headers: headerObject(c.responseHeaders) };
  const policy = new Clocked(request, response, { shared: c.shared, immutableMinTimeToLive: 0 });
  clock = T0 + c.elapsed * 1000;
  const r = policy.evaluateRequest({ method: c.method, url: '/r', headers: headerObject(c.nextHeaders) });
  return {
    storable: policy.storable(),
    lifetime: policy.maxAge(),
    reuse: r.response ? (r.revalidation ? 'swr' : 'hit') : 'origin',
  };
}

export interface Difference {
  id: string;
  aspect: 'storable' | 'lifetime' | 'reuse';
  ours: unknown;
  theirs: unknown;
}

export function differences(c: Combination): Difference[] {
  const a = ours(c);
  const b = theirs(c);
  const out: Difference[] = [];
  if (a.storable !== b.storable) out.push({ id: c.id, aspect: 'storable', ours: a.storable, theirs: b.storable });
  if (Math.abs(a.lifetime - b.lifetime) > 1e-6) out.push({ id: c.id, aspect: 'lifetime', ours: a.lifetime, theirs: b.lifetime });
  // Reuse is compared for responses both would store: http-cache-semantics leaves
  // it to the caller not to store what storable() refuses.
  if (a.storable && b.storable && a.reuse !== b.reuse) out.push({ id: c.id, aspect: 'reuse', ours: a.reuse, theirs: b.reuse });
  return out;
}
