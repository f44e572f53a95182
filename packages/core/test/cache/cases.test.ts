import { describe, expect, it } from 'vitest';
import { createStoredExchange, evaluateStoredResponse, explainCaching } from '@httplens/core';
import type { HttpMessage } from '@httplens/core';
import { at, req, res, T0 } from './helpers.js';

/**
 * Table-driven cases: request, response and clock -> storable, freshness lifetime,
 * current age, TTL and the reuse decision for a new request, for a shared or a
 * private cache. Each case names the RFC section it checks. Times are seconds
 * relative to T0; by default the request is sent and the response received at T0
 * (Date: T0), and the cache is asked at `now`.
 */
type H = Record<string, string | string[]>;
interface Case {
  section: string;
  name: string;
  cache: 'shared' | 'private';
  response: { status?: number; headers: H };
  request?: { method?: string; headers?: H; target?: string };
  /** The later request presented to the cache (default: the same as `request`). */
  next?: { method?: string; headers?: H; target?: string };
  clock?: { requestTime?: number; responseTime?: number; now?: number };
  options?: { heuristicFraction?: number; heuristicMaxLifetime?: number; targets?: string[]; originError?: boolean };
  expect: {
    storable: boolean;
    lifetime?: number;
    age?: number;
    ttl?: number;
    fresh?: boolean;
    heuristic?: boolean;
    mustRevalidate?: boolean;
    swr?: number;
    sie?: number;
    decision?: 'fresh' | 'stale-while-revalidate' | 'revalidate' | 'miss';
    reasons?: string[];
    /** Reasons the explanation must not give. */
    notReasons?: string[];
    revalidation?: string[];
  };
}

const cases: Case[] = [];
function add(section: string, name: string, cache: 'shared' | 'private' | 'both', c: Omit<Case, 'section' | 'name' | 'cache'>): void {
  if (cache === 'both') {
    cases.push({ section, name, cache: 'shared', ...c });
    cases.push({ section, name, cache: 'private', ...c });
  } else cases.push({ section, name, cache, ...c });
}
const D = at(0);

// ---- RFC 9111 §3: storing responses ----
add('RFC 9111 §3', 'GET 200 with max-age is stored', 'both', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60' } }, expect: { storable: true, lifetime: 60, age: 0, ttl: 60, decision: 'fresh' } });
add('RFC 9111 §3', 'HEAD 200 with max-age is stored', 'both', { request: { method: 'HEAD' }, response: { headers: { Date: D, 'Cache-Control': 'max-age=60' } }, expect: { storable: true, lifetime: 60, decision: 'fresh' } });
add('RFC 9111 §3', 'PUT responses are not stored', 'both', { request: { method: 'PUT' }, response: { headers: { Date: D, 'Cache-Control': 'max-age=60' } }, next: { method: 'GET' }, expect: { storable: false, ttl: 0, decision: 'miss', reasons: ['method-not-cacheable'] } });
add('RFC 9111 §3', 'DELETE responses are not stored', 'shared', { request: { method: 'DELETE' }, response: { headers: { Date: D, 'Cache-Control': 'max-age=60' } }, next: { method: 'GET' }, expect: { storable: false, decision: 'miss' } });
add('RFC 9110 §9.3.3', 'POST with max-age and matching Content-Location is stored', 'both', {
  request: { method: 'POST', target: '/r' },
  response: { headers: { Date: D, 'Cache-Control': 'max-age=60', 'Content-Location': '/r' } },
  next: { method: 'GET', target: '/r' },
  expect: { storable: true, lifetime: 60, decision: 'fresh', reasons: ['method-post'] },
});
add('RFC 9110 §9.3.3', 'POST with max-age but no Content-Location is not stored', 'both', { request: { method: 'POST' }, response: { headers: { Date: D, 'Cache-Control': 'max-age=60' } }, expect: { storable: false } });
add('RFC 9110 §9.3.3', 'POST without explicit freshness is not stored', 'shared', { request: { method: 'POST', target: '/r' }, response: { headers: { Date: D, 'Content-Location': '/r' } }, expect: { storable: false } });
add('RFC 9111 §3', '1xx is not final', 'both', { response: { status: 103, headers: { Date: D, 'Cache-Control': 'max-age=60' } }, expect: { storable: false, reasons: ['status-not-final'] } });
add('RFC 9111 §4.3.4', '304 is not stored, it updates', 'both', { response: { status: 304, headers: { Date: D, 'Cache-Control': 'max-age=60' } }, expect: { storable: false, reasons: ['status-304'] } });
add('RFC 9111 §5.2.2.5', 'no-store', 'both', { response: { headers: { Date: D, 'Cache-Control': 'no-store' } }, expect: { storable: false, ttl: 0, decision: 'miss', reasons: ['no-store'] } });
add('RFC 9111 §5.2.2.5', 'no-store beats max-age', 'both', { response: { headers: { Date: D, 'Cache-Control': 'max-age=600, no-store' } }, expect: { storable: false, lifetime: 600, ttl: 0, decision: 'miss' } });
add('RFC 9111 §5.2.2.5', 'NO-STORE in capitals (names are case-insensitive)', 'both', { response: { headers: { Date: D, 'Cache-Control': 'Max-Age=600, NO-STORE' } }, expect: { storable: false } });
add('RFC 9111 §5.2.1.5', 'request no-store prevents storing', 'both', { request: { headers: { 'Cache-Control': 'no-store' } }, response: { headers: { Date: D, 'Cache-Control': 'max-age=60' } }, expect: { storable: false, reasons: ['request-no-store'] } });
add('RFC 9111 §5.2.2.7', 'private: not in shared caches', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'private, max-age=60' } }, expect: { storable: false, decision: 'miss', reasons: ['private'] } });
add('RFC 9111 §5.2.2.7', 'private: stored in private caches', 'private', { response: { headers: { Date: D, 'Cache-Control': 'private, max-age=60' } }, expect: { storable: true, lifetime: 60, ttl: 60, decision: 'fresh' } });
add('RFC 9111 §3', 'private alone makes a 302 storable in a private cache', 'private', { response: { status: 302, headers: { Date: D, 'Cache-Control': 'private' } }, expect: { storable: true, lifetime: 0, ttl: 0, decision: 'miss' } });
add('RFC 9111 §5.2.2.7', 'private with a field list: shared caches store the rest', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'private="Set-Cookie", max-age=60' } }, expect: { storable: true, lifetime: 60, decision: 'fresh', reasons: ['private-fields'] } });
add('RFC 9111 §5.2.2.7', 'quoted private list with two fields', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'private="Set-Cookie, X-User", max-age=60' } }, expect: { storable: true, lifetime: 60 } });
add('RFC 9111 §3.5', 'Authorization: not stored by shared caches', 'shared', { request: { headers: { Authorization: 'Bearer x' } }, response: { headers: { Date: D, 'Cache-Control': 'max-age=60' } }, expect: { storable: false, reasons: ['authorization'] } });
add('RFC 9111 §3.5', 'Authorization: private caches store', 'private', { request: { headers: { Authorization: 'Bearer x' } }, response: { headers: { Date: D, 'Cache-Control': 'max-age=60' } }, expect: { storable: true, lifetime: 60, decision: 'fresh' } });
add('RFC 9111 §3.5', 'Authorization with public', 'shared', { request: { headers: { Authorization: 'Bearer x' } }, response: { headers: { Date: D, 'Cache-Control': 'public, max-age=60' } }, expect: { storable: true, lifetime: 60, reasons: ['authorization-allowed'] } });
add('RFC 9111 §3.5', 'Authorization with s-maxage', 'shared', { request: { headers: { Authorization: 'Bearer x' } }, response: { headers: { Date: D, 'Cache-Control': 's-maxage=60' } }, expect: { storable: true, lifetime: 60, mustRevalidate: true } });
add('RFC 9111 §3.5', 'Authorization with must-revalidate', 'shared', { request: { headers: { Authorization: 'Bearer x' } }, response: { headers: { Date: D, 'Cache-Control': 'must-revalidate, max-age=60' } }, expect: { storable: true, lifetime: 60, mustRevalidate: true } });
add('RFC 9111 §3', 'no explicit freshness, 302 is not heuristically cacheable', 'both', { response: { status: 302, headers: { Date: D, 'Last-Modified': at(-86400) } }, expect: { storable: false, reasons: ['no-explicit-freshness'] } });
add('RFC 9111 §3', '302 with max-age is stored', 'both', { response: { status: 302, headers: { Date: D, 'Cache-Control': 'max-age=60' } }, expect: { storable: true, lifetime: 60, decision: 'fresh' } });
add('RFC 9111 §3', '500 with max-age is stored (final, understood)', 'shared', { response: { status: 500, headers: { Date: D, 'Cache-Control': 'max-age=30' } }, expect: { storable: true, lifetime: 30, decision: 'fresh' } });
add('RFC 9111 §3', '503 without freshness is not stored', 'shared', { response: { status: 503, headers: { Date: D } }, expect: { storable: false } });
add('RFC 9111 §3', 's-maxage makes a 302 storable only in shared caches', 'shared', { response: { status: 302, headers: { Date: D, 'Cache-Control': 's-maxage=60' } }, expect: { storable: true, lifetime: 60 } });
add('RFC 9111 §3', 's-maxage does not make a 302 storable in a private cache', 'private', { response: { status: 302, headers: { Date: D, 'Cache-Control': 's-maxage=60' } }, expect: { storable: false } });
add('RFC 9111 §3', 'public makes a 307 storable', 'both', { response: { status: 307, headers: { Date: D, 'Cache-Control': 'public' } }, expect: { storable: true, lifetime: 0, decision: 'miss' } });
add('RFC 9111 §3', 'Expires makes a 303 storable', 'both', { response: { status: 303, headers: { Date: D, Expires: at(120) } }, expect: { storable: true, lifetime: 120, decision: 'fresh' } });
add('RFC 9111 §5.2.2.3', 'must-understand with a known status ignores no-store', 'both', { response: { headers: { Date: D, 'Cache-Control': 'must-understand, no-store, max-age=60' } }, expect: { storable: true, lifetime: 60, reasons: ['must-understand'] } });
add('RFC 9111 §5.2.2.3', 'must-understand with an unknown status is not stored', 'both', { response: { status: 299, headers: { Date: D, 'Cache-Control': 'must-understand, no-store, max-age=60' } }, expect: { storable: false, reasons: ['must-understand-unknown'] } });
add('RFC 9111 §3', 'an unknown status with max-age is stored', 'shared', { response: { status: 299, headers: { Date: D, 'Cache-Control': 'max-age=60' } }, expect: { storable: true, lifetime: 60 } });
for (const status of [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501]) {
  add('RFC 9110 §15.1', `heuristically cacheable status ${status}`, 'shared', {
    response: { status, headers: { Date: D, 'Last-Modified': at(-10 * 3600) } },
    expect: { storable: true, lifetime: 3600, heuristic: true, ttl: 3600, decision: 'fresh' },
  });
}
for (const status of [201, 202, 302, 303, 307, 400, 403, 500, 502]) {
  add('RFC 9110 §15.1', `status ${status} is not heuristically cacheable`, 'private', { response: { status, headers: { Date: D, 'Last-Modified': at(-10 * 3600) } }, expect: { storable: false } });
}

// ---- RFC 9111 §4.2.1: freshness lifetime ----
add('RFC 9111 §4.2.1', 's-maxage first in shared caches', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, s-maxage=3600' } }, expect: { storable: true, lifetime: 3600, mustRevalidate: true } });
add('RFC 9111 §4.2.1', 's-maxage ignored by private caches', 'private', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, s-maxage=3600' } }, expect: { storable: true, lifetime: 60, mustRevalidate: false } });
add('RFC 9111 §4.2.1', 'max-age before Expires', 'both', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60', Expires: at(3600) } }, expect: { storable: true, lifetime: 60, reasons: ['expires-ignored'] } });
add('RFC 9111 §5.3', 's-maxage makes shared caches ignore Expires', 'shared', { response: { headers: { Date: D, 'Cache-Control': 's-maxage=10', Expires: at(3600) } }, expect: { storable: true, lifetime: 10 } });
add('RFC 9111 §5.3', 'private caches use Expires beside s-maxage', 'private', { response: { headers: { Date: D, 'Cache-Control': 's-maxage=10', Expires: at(3600) } }, expect: { storable: true, lifetime: 3600 } });
add('RFC 9111 §4.2.1', 'Expires minus Date', 'both', { response: { headers: { Date: D, Expires: at(300) } }, expect: { storable: true, lifetime: 300, ttl: 300, decision: 'fresh' } });
add('RFC 9111 §4.2.1', 'Expires minus Date when Date is in the past', 'shared', { response: { headers: { Date: at(-100), Expires: at(200) } }, clock: { now: 0 }, expect: { storable: true, lifetime: 300, age: 100, ttl: 200 } });
add('RFC 9111 §4.2.1', 'Expires without Date uses the response time', 'both', { response: { headers: { Expires: at(300) } }, clock: { responseTime: 0, now: 0 }, expect: { storable: true, lifetime: 300, age: 0 } });
add('RFC 9111 §4.2.1', 'Expires before Date: lifetime 0', 'both', { response: { headers: { Date: D, Expires: at(-300) } }, expect: { storable: true, lifetime: 0, ttl: 0, fresh: false } });
add('RFC 9111 §5.3', 'Expires: 0 is already expired', 'both', { response: { headers: { Date: D, Expires: '0' } }, expect: { storable: true, lifetime: 0, ttl: 0, decision: 'miss', reasons: ['expires-invalid'] } });
add('RFC 9111 §5.3', 'Expires: -1 is already expired', 'shared', { response: { headers: { Date: D, Expires: '-1' } }, expect: { storable: true, lifetime: 0 } });
add('RFC 9111 §5.3', 'an invalid Expires date is already expired', 'both', { response: { headers: { Date: D, Expires: 'tomorrow' } }, expect: { storable: true, lifetime: 0, fresh: false } });
add('RFC 9111 §5.3', 'Expires with lower-case gmt is invalid', 'shared', { response: { headers: { Date: D, Expires: 'Thu, 01 Jan 2026 13:00:00 gmt' } }, expect: { storable: true, lifetime: 0 } });
add('RFC 9110 §5.6.7', 'Expires in rfc850 form', 'shared', { response: { headers: { Date: D, Expires: 'Thursday, 01-Jan-26 13:00:00 GMT' } }, expect: { storable: true, lifetime: 3600 } });
add('RFC 9110 §5.6.7', 'Expires in asctime form', 'shared', { response: { headers: { Date: D, Expires: 'Thu Jan  1 13:00:00 2026' } }, expect: { storable: true, lifetime: 3600 } });
add('RFC 9111 §4.2.1', 'invalid max-age means stale, Expires ignored', 'both', { response: { headers: { Date: D, 'Cache-Control': 'max-age=abc', Expires: at(3600) } }, expect: { storable: true, lifetime: 0, reasons: ['lifetime-invalid'] } });
add('RFC 9111 §4.2.1', 'negative max-age is invalid', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=-1' } }, expect: { storable: true, lifetime: 0, fresh: false } });
add('RFC 9111 §4.2.1', 'invalid s-maxage in a shared cache: stale', 'shared', { response: { headers: { Date: D, 'Cache-Control': 's-maxage=1.5, max-age=60' } }, expect: { storable: true, lifetime: 0 } });
add('RFC 9111 §4.2.1', 'invalid s-maxage ignored by a private cache', 'private', { response: { headers: { Date: D, 'Cache-Control': 's-maxage=1.5, max-age=60' } }, expect: { storable: true, lifetime: 60 } });
add('RFC 9111 §4.2.1', 'duplicate max-age: the first wins', 'both', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, max-age=3600' } }, expect: { storable: true, lifetime: 60 } });
add('RFC 9111 §4.2.1', 'duplicate max-age across field lines: the first wins', 'shared', { response: { headers: { Date: D, 'Cache-Control': ['max-age=120', 'max-age=10'] } }, expect: { storable: true, lifetime: 120 } });
add('RFC 9111 §1.2.2', 'quoted delta-seconds are accepted', 'both', { response: { headers: { Date: D, 'Cache-Control': 'max-age="90"' } }, expect: { storable: true, lifetime: 90 } });
add('RFC 9111 §1.2.2', 'delta-seconds above 2^31 are capped', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=99999999999999999999' } }, expect: { storable: true, lifetime: 2147483648 } });
add('RFC 9111 §1.2.2', 'exactly 2^31', 'private', { response: { headers: { Date: D, 'Cache-Control': 'max-age=2147483648' } }, expect: { storable: true, lifetime: 2147483648 } });
add('RFC 9111 §5.2', 'directive names are case-insensitive', 'both', { response: { headers: { Date: D, 'Cache-Control': 'MAX-AGE=45' } }, expect: { storable: true, lifetime: 45 } });
add('RFC 9111 §5.2.3', 'unknown extensions are ignored', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'community="UCI", max-age=45' } }, expect: { storable: true, lifetime: 45 } });
add('RFC 9111 §5.2.3', 'a misspelled s-maxage is ignored', 'shared', { response: { headers: { Date: D, 'Cache-Control': 's-max-age=600, max-age=60' } }, expect: { storable: true, lifetime: 60, mustRevalidate: false } });
add('RFC 9111 §4.2.1', 'max-age=0 is stored but stale', 'both', { response: { headers: { Date: D, 'Cache-Control': 'max-age=0', ETag: '"v1"' } }, expect: { storable: true, lifetime: 0, ttl: 0, fresh: false, decision: 'revalidate', revalidation: ['If-None-Match: "v1"'] } });

// ---- RFC 9111 §4.2.2: heuristic freshness ----
add('RFC 9111 §4.2.2', '10% of Date minus Last-Modified', 'both', { response: { headers: { Date: D, 'Last-Modified': at(-1000) } }, expect: { storable: true, lifetime: 100, heuristic: true, ttl: 100 } });
add('RFC 9111 §4.2.2', 'heuristic capped at 7 days by default', 'shared', { response: { headers: { Date: D, 'Last-Modified': at(-365 * 86400) } }, expect: { storable: true, lifetime: 604800, heuristic: true, reasons: ['heuristic-capped'] } });
add('RFC 9111 §4.2.2', 'configurable fraction', 'shared', { response: { headers: { Date: D, 'Last-Modified': at(-1000) } }, options: { heuristicFraction: 0.2 }, expect: { storable: true, lifetime: 200, heuristic: true } });
add('RFC 9111 §4.2.2', 'configurable cap', 'private', { response: { headers: { Date: D, 'Last-Modified': at(-100000) } }, options: { heuristicMaxLifetime: 60 }, expect: { storable: true, lifetime: 60 } });
add('RFC 9111 §4.2.2', 'no cap with Infinity', 'private', { response: { headers: { Date: D, 'Last-Modified': at(-365 * 86400 * 10) } }, options: { heuristicMaxLifetime: Infinity }, expect: { storable: true, lifetime: 365 * 8640 * 10 } });
add('RFC 9111 §4.2.2', 'no Last-Modified: no heuristic lifetime', 'both', { response: { headers: { Date: D } }, expect: { storable: true, lifetime: 0, heuristic: false, decision: 'miss' } });
add('RFC 9111 §4.2.2', 'Last-Modified after Date: no heuristic', 'shared', { response: { headers: { Date: D, 'Last-Modified': at(100) } }, expect: { storable: true, lifetime: 0, heuristic: false } });
add('RFC 9111 §4.2.2', 'invalid Last-Modified: no heuristic', 'shared', { response: { headers: { Date: D, 'Last-Modified': 'yesterday' } }, expect: { storable: true, lifetime: 0 } });
add('RFC 9111 §4.2.2', 'no heuristic when explicit freshness is present', 'shared', { response: { headers: { Date: D, 'Last-Modified': at(-100000), 'Cache-Control': 'max-age=5' } }, expect: { storable: true, lifetime: 5, heuristic: false } });
add('RFC 9111 §4.2.2', 'public allows a heuristic for a 302', 'both', { response: { status: 302, headers: { Date: D, 'Last-Modified': at(-1000), 'Cache-Control': 'public' } }, expect: { storable: true, lifetime: 100, heuristic: true } });
add('RFC 9111 §4.2.2', 'heuristic uses the response time without Date', 'private', { response: { headers: { 'Last-Modified': at(-1000) } }, clock: { responseTime: 0, now: 50 }, expect: { storable: true, lifetime: 100, age: 50, ttl: 50 } });
add('RFC 9111 §4.2.2', 'heuristic response ages into staleness', 'shared', { response: { headers: { Date: D, 'Last-Modified': at(-1000) } }, clock: { now: 150 }, expect: { storable: true, lifetime: 100, age: 150, fresh: false, decision: 'revalidate', revalidation: [`If-Modified-Since: ${at(-1000)}`] } });

// ---- RFC 9111 §4.2.3: current age ----
add('RFC 9111 §4.2.3', 'resident time', 'both', { response: { headers: { Date: D, 'Cache-Control': 'max-age=600' } }, clock: { now: 100 }, expect: { storable: true, lifetime: 600, age: 100, ttl: 500, decision: 'fresh' } });
add('RFC 9111 §4.2.3', 'Age adds to the age', 'both', { response: { headers: { Date: D, 'Cache-Control': 'max-age=600', Age: '100' } }, expect: { storable: true, age: 100, ttl: 500 } });
add('RFC 9111 §4.2.3', 'Age plus resident time', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=600', Age: '100' } }, clock: { now: 200 }, expect: { storable: true, age: 300, ttl: 300 } });
add('RFC 9111 §4.2.3', 'apparent age from Date', 'both', { response: { headers: { Date: at(-120), 'Cache-Control': 'max-age=600' } }, clock: { now: 0 }, expect: { storable: true, age: 120, ttl: 480 } });
add('RFC 9111 §4.2.3', 'apparent age larger than Age wins', 'shared', { response: { headers: { Date: at(-120), Age: '30', 'Cache-Control': 'max-age=600' } }, expect: { storable: true, age: 120 } });
add('RFC 9111 §4.2.3', 'corrected Age larger than apparent age wins', 'shared', { response: { headers: { Date: at(-30), Age: '120', 'Cache-Control': 'max-age=600' } }, expect: { storable: true, age: 120 } });
add('RFC 9111 §4.2.3', 'response delay corrects Age', 'both', { response: { headers: { Date: D, Age: '10', 'Cache-Control': 'max-age=600' } }, clock: { requestTime: -5, responseTime: 0, now: 0 }, expect: { storable: true, age: 15, ttl: 585 } });
add('RFC 9111 §4.2.3', 'Date in the future: apparent age 0', 'shared', { response: { headers: { Date: at(500), 'Cache-Control': 'max-age=600' } }, expect: { storable: true, age: 0, ttl: 600 } });
add('RFC 9111 §4.2.3', 'invalid Age is ignored', 'shared', { response: { headers: { Date: D, Age: 'ten', 'Cache-Control': 'max-age=600' } }, expect: { storable: true, age: 0 } });
add('RFC 9111 §4.2.3', 'negative Age is ignored', 'private', { response: { headers: { Date: D, Age: '-5', 'Cache-Control': 'max-age=600' } }, expect: { storable: true, age: 0 } });
add('RFC 9111 §4.2.3', 'Age above the lifetime: stale on arrival', 'both', { response: { headers: { Date: D, Age: '700', 'Cache-Control': 'max-age=600' } }, expect: { storable: true, age: 700, fresh: false, ttl: 0, decision: 'miss' } });
add('RFC 9111 §4.2', 'fresh exactly until age equals lifetime', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60' } }, clock: { now: 60 }, expect: { storable: true, age: 60, fresh: false, ttl: 0, decision: 'miss' } });
add('RFC 9111 §4.2', 'one second before expiry is fresh', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60' } }, clock: { now: 59 }, expect: { storable: true, age: 59, fresh: true, ttl: 1, decision: 'fresh' } });
add('RFC 9111 §4.2.3', 'invalid Date uses the response time', 'shared', { response: { headers: { Date: 'now', 'Cache-Control': 'max-age=60' } }, clock: { now: 10 }, expect: { storable: true, age: 10 } });

// ---- RFC 9111 §4.2.4, §5.2.2: must-revalidate, proxy-revalidate, no-cache ----
add('RFC 9111 §5.2.2.2', 'must-revalidate: fresh is served', 'both', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, must-revalidate', ETag: '"a"' } }, clock: { now: 30 }, expect: { storable: true, mustRevalidate: true, decision: 'fresh' } });
add('RFC 9111 §5.2.2.2', 'must-revalidate: stale is revalidated', 'both', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, must-revalidate', ETag: '"a"' } }, clock: { now: 90 }, expect: { storable: true, mustRevalidate: true, decision: 'revalidate' } });
add('RFC 9111 §5.2.2.2', 'must-revalidate beats max-stale', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, must-revalidate', ETag: '"a"' } }, next: { headers: { 'Cache-Control': 'max-stale' } }, clock: { now: 90 }, expect: { storable: true, decision: 'revalidate' } });
add('RFC 9111 §5.2.2.8', 'proxy-revalidate binds shared caches', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, proxy-revalidate', ETag: '"a"' } }, next: { headers: { 'Cache-Control': 'max-stale=600' } }, clock: { now: 90 }, expect: { storable: true, mustRevalidate: true, decision: 'revalidate' } });
add('RFC 9111 §5.2.2.8', 'proxy-revalidate does not bind private caches', 'private', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, proxy-revalidate', ETag: '"a"' } }, next: { headers: { 'Cache-Control': 'max-stale=600' } }, clock: { now: 90 }, expect: { storable: true, mustRevalidate: false, decision: 'fresh' } });
add('RFC 9111 §5.2.2.10', 's-maxage implies proxy-revalidate', 'shared', { response: { headers: { Date: D, 'Cache-Control': 's-maxage=60, stale-while-revalidate=600', ETag: '"a"' } }, clock: { now: 90 }, expect: { storable: true, mustRevalidate: true, swr: 0, decision: 'revalidate' } });
add('RFC 9111 §5.2.2.4', 'no-cache: stored, revalidated every time', 'both', { response: { headers: { Date: D, 'Cache-Control': 'no-cache', ETag: '"a"' } }, expect: { storable: true, ttl: 0, decision: 'revalidate', reasons: ['no-cache'] } });
add('RFC 9111 §5.2.2.4', 'no-cache with max-age: still revalidated', 'both', { response: { headers: { Date: D, 'Cache-Control': 'no-cache, max-age=600', ETag: '"a"' } }, clock: { now: 10 }, expect: { storable: true, lifetime: 600, fresh: true, ttl: 0, decision: 'revalidate' } });
add('RFC 9111 §5.2.2.4', 'no-cache without validators: a full fetch', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'no-cache' } }, expect: { storable: true, decision: 'miss' } });
add('RFC 9111 §5.2.2.4', 'no-cache with a field list allows reuse', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'no-cache="Set-Cookie", max-age=60' } }, expect: { storable: true, ttl: 60, decision: 'fresh', reasons: ['no-cache-fields'] } });
add('RFC 9111 §5.2.2.4', 'no-cache forbids stale-if-error', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'no-cache, stale-if-error=600' } }, expect: { storable: true, sie: 0 } });

// ---- RFC 5861: stale-while-revalidate, stale-if-error ----
add('RFC 5861 §3', 'within stale-while-revalidate', 'both', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, stale-while-revalidate=30', ETag: '"a"' } }, clock: { now: 70 }, expect: { storable: true, swr: 30, fresh: false, decision: 'stale-while-revalidate', revalidation: ['If-None-Match: "a"'] } });
add('RFC 5861 §3', 'past stale-while-revalidate', 'both', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, stale-while-revalidate=30', ETag: '"a"' } }, clock: { now: 95 }, expect: { storable: true, decision: 'revalidate' } });
add('RFC 5861 §3', 'stale-while-revalidate at its boundary', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, stale-while-revalidate=30', ETag: '"a"' } }, clock: { now: 90 }, expect: { storable: true, decision: 'revalidate' } });
add('RFC 5861 §3', 'stale-while-revalidate while fresh: served fresh', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, stale-while-revalidate=30' } }, clock: { now: 10 }, expect: { storable: true, decision: 'fresh' } });
add('RFC 5861 §3', 'must-revalidate disables stale-while-revalidate', 'both', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, stale-while-revalidate=30, must-revalidate', ETag: '"a"' } }, clock: { now: 70 }, expect: { storable: true, swr: 0, decision: 'revalidate', reasons: ['stale-while-revalidate-ignored'] } });
add('RFC 5861 §3', 'stale-while-revalidate without validators', 'private', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, stale-while-revalidate=30' } }, clock: { now: 70 }, expect: { storable: true, decision: 'stale-while-revalidate' } });
add('RFC 5861 §3', 'quoted stale-while-revalidate', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, stale-while-revalidate="30"' } }, clock: { now: 70 }, expect: { storable: true, swr: 30, decision: 'stale-while-revalidate' } });
add('RFC 5861 §3', 'invalid stale-while-revalidate', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, stale-while-revalidate=soon' } }, clock: { now: 70 }, expect: { storable: true, swr: 0, decision: 'miss' } });
add('RFC 5861 §4', 'stale-if-error window', 'both', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, stale-if-error=86400' } }, expect: { storable: true, sie: 86400, reasons: ['stale-if-error'] } });
add('RFC 5861 §4', 'must-revalidate disables stale-if-error', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, stale-if-error=86400, must-revalidate' } }, expect: { storable: true, sie: 0, reasons: ['stale-if-error-ignored'] } });
add('RFC 5861 §4', 's-maxage disables stale-if-error in shared caches only', 'private', { response: { headers: { Date: D, 'Cache-Control': 's-maxage=60, max-age=60, stale-if-error=100' } }, expect: { storable: true, sie: 100 } });
add('RFC 5861 §4', 's-maxage disables stale-if-error in shared caches', 'shared', { response: { headers: { Date: D, 'Cache-Control': 's-maxage=60, max-age=60, stale-if-error=100' } }, expect: { storable: true, sie: 0 } });

add('RFC 5861 §4', 'origin error within stale-if-error: served stale', 'both', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, stale-if-error=600', ETag: '"a"' } }, clock: { now: 300 }, options: { originError: true }, expect: { storable: true, sie: 600, decision: 'fresh', reasons: ['stale-if-error'] } });
add('RFC 5861 §4', 'origin error past stale-if-error', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, stale-if-error=600', ETag: '"a"' } }, clock: { now: 700 }, options: { originError: true }, expect: { storable: true, decision: 'revalidate' } });
add('RFC 5861 §4', 'no origin error: stale-if-error does not apply', 'private', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, stale-if-error=600', ETag: '"a"' } }, clock: { now: 300 }, expect: { storable: true, decision: 'revalidate' } });
add('RFC 5861 §4', 'request stale-if-error on an origin error', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60', ETag: '"a"' } }, next: { headers: { 'Cache-Control': 'stale-if-error=300' } }, clock: { now: 200 }, options: { originError: true }, expect: { storable: true, decision: 'fresh' } });
add('RFC 9111 §4.2.4', 'must-revalidate forbids stale-if-error on an origin error', 'both', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, stale-if-error=600, must-revalidate', ETag: '"a"' } }, next: { headers: { 'Cache-Control': 'stale-if-error=600' } }, clock: { now: 300 }, options: { originError: true }, expect: { storable: true, decision: 'revalidate' } });

// ---- RFC 8246: immutable ----
add('RFC 8246 §2', 'immutable with max-age', 'both', { response: { headers: { Date: D, 'Cache-Control': 'public, max-age=31536000, immutable' } }, clock: { now: 86400 }, expect: { storable: true, lifetime: 31536000, ttl: 31536000 - 86400, decision: 'fresh', reasons: ['immutable'] } });
add('RFC 8246 §2', 'immutable without a lifetime does nothing', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'immutable' } }, expect: { storable: true, lifetime: 0, reasons: ['immutable-no-lifetime'] } });
add('RFC 8246 §2', 'request no-cache still revalidates an immutable response', 'private', { response: { headers: { Date: D, 'Cache-Control': 'max-age=600, immutable', ETag: '"a"' } }, next: { headers: { 'Cache-Control': 'no-cache' } }, expect: { storable: true, decision: 'revalidate' } });

// ---- RFC 9111 §4.3.1: validators ----
add('RFC 9111 §4.3.1', 'ETag and Last-Modified give both conditionals', 'both', {
  response: { headers: { Date: D, 'Cache-Control': 'max-age=0', ETag: 'W/"x"', 'Last-Modified': at(-60) } },
  expect: { storable: true, decision: 'revalidate', revalidation: ['If-None-Match: W/"x"', `If-Modified-Since: ${at(-60)}`] },
});
add('RFC 9111 §4.3.1', 'Last-Modified alone', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=0', 'Last-Modified': at(-60) } }, expect: { storable: true, decision: 'revalidate', revalidation: [`If-Modified-Since: ${at(-60)}`] } });
add('RFC 9111 §4.3.1', 'invalid Last-Modified is no validator', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=0', 'Last-Modified': 'last week' } }, expect: { storable: true, decision: 'miss' } });
add('RFC 9111 §4.3.1', 'no validators: miss when stale', 'private', { response: { headers: { Date: D, 'Cache-Control': 'max-age=10' } }, clock: { now: 20 }, expect: { storable: true, decision: 'miss', reasons: ['no-validators'] } });

// ---- RFC 9111 §4.1: Vary ----
add('RFC 9111 §4.1', 'Vary matches', 'both', { request: { headers: { 'Accept-Encoding': 'gzip' } }, response: { headers: { Date: D, 'Cache-Control': 'max-age=60', Vary: 'Accept-Encoding' } }, expect: { storable: true, decision: 'fresh' } });
add('RFC 9111 §4.1', 'Vary mismatch', 'both', { request: { headers: { 'Accept-Encoding': 'gzip' } }, next: { headers: { 'Accept-Encoding': 'br' } }, response: { headers: { Date: D, 'Cache-Control': 'max-age=60', Vary: 'Accept-Encoding' } }, expect: { storable: true, decision: 'miss', reasons: ['vary-mismatch'] } });
add('RFC 9111 §4.1', 'Vary normalises whitespace', 'shared', { request: { headers: { 'Accept-Encoding': 'gzip, br' } }, next: { headers: { 'Accept-Encoding': 'gzip,br' } }, response: { headers: { Date: D, 'Cache-Control': 'max-age=60', Vary: 'Accept-Encoding' } }, expect: { storable: true, decision: 'fresh' } });
add('RFC 9111 §4.1', 'Vary normalises case of case-insensitive fields', 'shared', { request: { headers: { 'Accept-Encoding': 'GZIP' } }, next: { headers: { 'Accept-Encoding': 'gzip' } }, response: { headers: { Date: D, 'Cache-Control': 'max-age=60', Vary: 'accept-encoding' } }, expect: { storable: true, decision: 'fresh' } });
add('RFC 9111 §4.1', 'Vary combines field lines', 'private', { request: { headers: { Accept: ['text/html', 'application/json'] } }, next: { headers: { Accept: 'text/html, application/json' } }, response: { headers: { Date: D, 'Cache-Control': 'max-age=60', Vary: 'Accept' } }, expect: { storable: true, decision: 'fresh' } });
add('RFC 9111 §4.1', 'Vary: absent in both matches', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60', Vary: 'Origin' } }, expect: { storable: true, decision: 'fresh' } });
add('RFC 9111 §4.1', 'Vary: present in one only', 'shared', { next: { headers: { Origin: 'https://a.example' } }, response: { headers: { Date: D, 'Cache-Control': 'max-age=60', Vary: 'Origin' } }, expect: { storable: true, decision: 'miss' } });
add('RFC 9111 §4.1', 'Vary is case-sensitive for other fields', 'shared', { request: { headers: { 'X-Token': 'abc' } }, next: { headers: { 'X-Token': 'ABC' } }, response: { headers: { Date: D, 'Cache-Control': 'max-age=60', Vary: 'X-Token' } }, expect: { storable: true, decision: 'miss' } });
add('RFC 9111 §4.1', 'Vary: * never matches', 'both', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60', Vary: '*' } }, expect: { storable: true, ttl: 0, decision: 'miss', reasons: ['vary-star'] } });
add('RFC 9111 §4.1', 'Vary with two fields', 'shared', { request: { headers: { 'Accept-Encoding': 'gzip', 'Accept-Language': 'en' } }, next: { headers: { 'Accept-Encoding': 'gzip', 'Accept-Language': 'fr' } }, response: { headers: { Date: D, 'Cache-Control': 'max-age=60', Vary: 'Accept-Encoding, Accept-Language' } }, expect: { storable: true, decision: 'miss' } });

// ---- RFC 9111 §5.2.1: request directives ----
const FRESH600 = { headers: { Date: D, 'Cache-Control': 'max-age=600', ETag: '"a"' } };
add('RFC 9111 §5.2.1.4', 'request no-cache revalidates', 'both', { response: FRESH600, next: { headers: { 'Cache-Control': 'no-cache' } }, expect: { storable: true, decision: 'revalidate', reasons: ['request-no-cache'] } });
add('RFC 9111 §5.4', 'Pragma: no-cache without Cache-Control', 'both', { response: FRESH600, next: { headers: { Pragma: 'no-cache' } }, expect: { storable: true, decision: 'revalidate', reasons: ['request-pragma-no-cache'] } });
add('RFC 9111 §5.4', 'Pragma: no-cache is ignored when Cache-Control is present', 'shared', { response: FRESH600, next: { headers: { Pragma: 'no-cache', 'Cache-Control': 'max-age=3600' } }, expect: { storable: true, decision: 'fresh' } });
add('RFC 9111 §5.4', 'Pragma: no-cache in a response has no effect', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=600', Pragma: 'no-cache' } }, expect: { storable: true, ttl: 600, decision: 'fresh' } });
add('RFC 9111 §5.2.1.1', 'request max-age older than allowed', 'both', { response: FRESH600, clock: { now: 100 }, next: { headers: { 'Cache-Control': 'max-age=50' } }, expect: { storable: true, age: 100, decision: 'revalidate', reasons: ['request-max-age'] } });
add('RFC 9111 §5.2.1.1', 'request max-age satisfied', 'shared', { response: FRESH600, clock: { now: 100 }, next: { headers: { 'Cache-Control': 'max-age=100' } }, expect: { storable: true, decision: 'fresh' } });
add('RFC 9111 §5.2.1.1', 'request max-age=0', 'private', { response: FRESH600, clock: { now: 1 }, next: { headers: { 'Cache-Control': 'max-age=0' } }, expect: { storable: true, decision: 'revalidate' } });
add('RFC 9111 §5.2.1.3', 'min-fresh not satisfied', 'both', { response: FRESH600, clock: { now: 500 }, next: { headers: { 'Cache-Control': 'min-fresh=200' } }, expect: { storable: true, ttl: 100, decision: 'revalidate', reasons: ['request-min-fresh'] } });
add('RFC 9111 §5.2.1.3', 'min-fresh satisfied', 'shared', { response: FRESH600, clock: { now: 300 }, next: { headers: { 'Cache-Control': 'min-fresh=200' } }, expect: { storable: true, decision: 'fresh' } });
add('RFC 9111 §5.2.1.2', 'max-stale without a value accepts any staleness', 'both', { response: FRESH600, clock: { now: 5000 }, next: { headers: { 'Cache-Control': 'max-stale' } }, expect: { storable: true, fresh: false, decision: 'fresh', reasons: ['request-max-stale'] } });
add('RFC 9111 §5.2.1.2', 'max-stale within the limit', 'shared', { response: FRESH600, clock: { now: 700 }, next: { headers: { 'Cache-Control': 'max-stale=100' } }, expect: { storable: true, decision: 'fresh' } });
add('RFC 9111 §5.2.1.2', 'max-stale beyond the limit', 'shared', { response: FRESH600, clock: { now: 701 }, next: { headers: { 'Cache-Control': 'max-stale=100' } }, expect: { storable: true, decision: 'revalidate' } });
add('RFC 9111 §5.2.1.2', 'max-stale does not override no-cache', 'private', { response: { headers: { Date: D, 'Cache-Control': 'no-cache, max-age=10', ETag: '"a"' } }, clock: { now: 20 }, next: { headers: { 'Cache-Control': 'max-stale' } }, expect: { storable: true, decision: 'revalidate' } });
add('RFC 9111 §5.2.1.7', 'only-if-cached with a fresh response', 'both', { response: FRESH600, next: { headers: { 'Cache-Control': 'only-if-cached' } }, expect: { storable: true, decision: 'fresh' } });
add('RFC 9111 §5.2.1.7', 'only-if-cached with a stale response: 504', 'both', { response: FRESH600, clock: { now: 700 }, next: { headers: { 'Cache-Control': 'only-if-cached' } }, expect: { storable: true, decision: 'miss', reasons: ['only-if-cached'] } });
add('RFC 9111 §5.2.1.5', 'request no-store does not stop reuse of a stored response', 'shared', { response: FRESH600, next: { headers: { 'Cache-Control': 'no-store' } }, expect: { storable: true, decision: 'fresh' } });
add('RFC 9111 §5.2.1', 'request directive names are case-insensitive', 'shared', { response: FRESH600, next: { headers: { 'Cache-Control': 'No-Cache' } }, expect: { storable: true, decision: 'revalidate' } });

// ---- RFC 9111 §4, §4.4: URI, method, unsafe methods ----
add('RFC 9111 §4.4', 'POST invalidates: the request goes to the origin', 'both', { response: FRESH600, next: { method: 'POST' }, expect: { storable: true, decision: 'miss', reasons: ['unsafe-method'] } });
add('RFC 9111 §4.4', 'PUT invalidates', 'shared', { response: FRESH600, next: { method: 'PUT' }, expect: { storable: true, decision: 'miss', reasons: ['unsafe-method'] } });
add('RFC 9111 §4.4', 'DELETE invalidates', 'private', { response: FRESH600, next: { method: 'DELETE' }, expect: { storable: true, decision: 'miss', reasons: ['unsafe-method'] } });
add('RFC 9111 §4.4', 'PATCH invalidates', 'shared', { response: FRESH600, next: { method: 'PATCH' }, expect: { storable: true, decision: 'miss' } });
add('RFC 9111 §4', 'HEAD is answered from a stored GET', 'both', { response: FRESH600, next: { method: 'HEAD' }, expect: { storable: true, decision: 'fresh' } });
add('RFC 9111 §4', 'GET is not answered from a stored HEAD', 'shared', { request: { method: 'HEAD' }, response: FRESH600, next: { method: 'GET' }, expect: { storable: true, decision: 'miss', reasons: ['method-mismatch'] } });
add('RFC 9111 §4', 'another URI is a miss', 'both', { response: FRESH600, next: { target: '/other' }, expect: { storable: true, decision: 'miss', reasons: ['uri-mismatch'] } });
add('RFC 9111 §4', 'another host is a miss', 'shared', { request: { headers: { Host: 'a.example' } }, next: { headers: { Host: 'b.example' } }, response: FRESH600, expect: { storable: true, decision: 'miss' } });
add('RFC 9111 §4', 'host compared case-insensitively', 'shared', { request: { headers: { Host: 'A.example' } }, next: { headers: { Host: 'a.EXAMPLE' } }, response: FRESH600, expect: { storable: true, decision: 'fresh' } });

// ---- RFC 9213: targeted fields ----
add('RFC 9213 §2.2', 'CDN-Cache-Control replaces Cache-Control for a CDN', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60', 'CDN-Cache-Control': 'max-age=3600' } }, options: { targets: ['cdn-cache-control'] }, expect: { storable: true, lifetime: 3600, reasons: ['targeted-field'] } });
add('RFC 9213 §2.2', 'CDN-Cache-Control no-store', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60', 'CDN-Cache-Control': 'no-store' } }, options: { targets: ['cdn-cache-control'] }, expect: { storable: false } });
add('RFC 9213 §2.2', 'CDN-Cache-Control replaces Expires too', 'shared', { response: { headers: { Date: D, Expires: at(9999), 'CDN-Cache-Control': 'max-age=10' } }, options: { targets: ['cdn-cache-control'] }, expect: { storable: true, lifetime: 10 } });
add('RFC 9213 §2.2', 'an invalid CDN-Cache-Control is ignored whole', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60', 'CDN-Cache-Control': 'max-age=3600, private="a' } }, options: { targets: ['cdn-cache-control'] }, expect: { storable: true, lifetime: 60, reasons: ['targeted-field-ignored'] } });
add('RFC 9213 §2.1', 'a member of the wrong type is ignored', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60', 'CDN-Cache-Control': 'max-age="3600", s-maxage=30' } }, options: { targets: ['cdn-cache-control'] }, expect: { storable: true, lifetime: 30 } });
add('RFC 9213 §2.2', 'an upper-case key makes CDN-Cache-Control invalid', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60', 'CDN-Cache-Control': 'Max-Age=3600' } }, options: { targets: ['cdn-cache-control'] }, expect: { storable: true, lifetime: 60 } });
add('RFC 9213 §2.2', 'caches not targeted ignore CDN-Cache-Control', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60', 'CDN-Cache-Control': 'max-age=3600' } }, expect: { storable: true, lifetime: 60 } });
add('RFC 9213 §2.2', 'private caches ignore targeted fields', 'private', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60', 'CDN-Cache-Control': 'no-store' } }, options: { targets: ['cdn-cache-control'] }, expect: { storable: true, lifetime: 60 } });
add('RFC 9213 §2.2', 'the first valid target wins', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60', 'Example-CDN-Cache-Control': 'max-age=5', 'CDN-Cache-Control': 'max-age=3600' } }, options: { targets: ['example-cdn-cache-control', 'cdn-cache-control'] }, expect: { storable: true, lifetime: 5 } });
add('RFC 9213 §2.1', 'a boolean flag and must-revalidate in CDN-Cache-Control', 'shared', { response: { headers: { Date: D, 'CDN-Cache-Control': 'max-age=60, must-revalidate', ETag: '"a"' } }, options: { targets: ['cdn-cache-control'] }, clock: { now: 90 }, expect: { storable: true, mustRevalidate: true, decision: 'revalidate' } });

// ---- RFC 9111 §7.3: Set-Cookie does not inhibit caching ----
const COOKIE = 'sid=31d4d96e407aad42; Path=/; Secure; HttpOnly';
add('RFC 9111 §7.3', 'a shared cache reuses a response that sets a cookie, cookie and all', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60', 'Set-Cookie': COOKIE } }, expect: { storable: true, lifetime: 60, decision: 'fresh', reasons: ['set-cookie'] } });
add('RFC 9111 §7.3', 's-maxage gives shared caches the cookie even with max-age=0', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=0, s-maxage=600', 'Set-Cookie': COOKIE } }, expect: { storable: true, lifetime: 600, reasons: ['set-cookie'] } });
add('RFC 9111 §7.3', 'a private cache keeps the cookie of its own user', 'private', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60', 'Set-Cookie': COOKIE } }, expect: { storable: true, lifetime: 60, notReasons: ['set-cookie'] } });
add('RFC 9111 §5.2.2.4', 'no-cache="Set-Cookie" keeps the cookie out of reuse', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, no-cache="Set-Cookie"', 'Set-Cookie': COOKIE } }, expect: { storable: true, decision: 'fresh', reasons: ['no-cache-fields'], notReasons: ['set-cookie'] } });
add('RFC 9111 §5.2.2.7', 'private="Set-Cookie" keeps the cookie out of shared caches', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, private="Set-Cookie"', 'Set-Cookie': COOKIE } }, expect: { storable: true, reasons: ['private-fields'], notReasons: ['set-cookie'] } });
add('RFC 9111 §5.2.2.7', 'private naming another field leaves the cookie shared', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=60, private="X-User"', 'Set-Cookie': COOKIE } }, expect: { storable: true, reasons: ['private-fields', 'set-cookie'] } });
add('RFC 9111 §5.2.2.4', 'no-cache: every reuse asks the origin, which sets its own cookie', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'no-cache, max-age=60', 'Set-Cookie': COOKIE, ETag: '"v1"' } }, expect: { storable: true, decision: 'revalidate', notReasons: ['set-cookie'] } });
add('RFC 9111 §7.3', 'no lifetime, no reuse without the origin', 'shared', { response: { headers: { Date: D, 'Cache-Control': 'max-age=0', 'Set-Cookie': COOKIE } }, expect: { storable: true, lifetime: 0, notReasons: ['set-cookie'] } });

function message(_kind: 'request', spec: Case['request']): HttpMessage {
  return req(spec?.method ?? 'GET', spec?.headers ?? {}, spec?.target ?? '/');
}

describe('caching table (RFC 9111, 5861, 8246, 9213)', () => {
  it('has at least 150 cases, shared and private, each naming its section', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(cases.some((c) => c.cache === 'shared')).toBe(true);
    expect(cases.some((c) => c.cache === 'private')).toBe(true);
    for (const c of cases) expect(c.section).toMatch(/^RFC \d{4} §\d/);
  });

  it.each(cases.map((c) => [`${c.section} ${c.cache}: ${c.name}`, c] as const))('%s', (_label, c) => {
    const clock = { requestTime: 0, responseTime: 0, now: 0, ...c.clock };
    const shared = c.cache === 'shared';
    const request = message('request', c.request);
    const response = res(c.response.status ?? 200, c.response.headers);
    const e = explainCaching(response, {
      request,
      shared,
      now: T0 + clock.now * 1000,
      requestTime: T0 + clock.requestTime * 1000,
      responseTime: T0 + clock.responseTime * 1000,
      ...c.options,
    });
    const x = c.expect;
    expect(e.storable).toBe(x.storable);
    if (x.lifetime !== undefined) expect(e.freshnessLifetime).toBeCloseTo(x.lifetime, 6);
    if (x.age !== undefined) expect(e.currentAge).toBeCloseTo(x.age, 6);
    if (x.ttl !== undefined) expect(e.ttl).toBeCloseTo(x.ttl, 6);
    if (x.fresh !== undefined) expect(e.fresh).toBe(x.fresh);
    if (x.heuristic !== undefined) expect(e.heuristic).toBe(x.heuristic);
    if (x.mustRevalidate !== undefined) expect(e.mustRevalidate).toBe(x.mustRevalidate);
    if (x.swr !== undefined) expect(e.staleWhileRevalidate).toBe(x.swr);
    if (x.sie !== undefined) expect(e.staleIfError).toBe(x.sie);
    for (const code of x.reasons ?? []) {
      const all = [...e.reasons.map((r) => r.code)];
      if (!all.includes(code)) {
        const stored = createStoredExchange(request, response, { requestTime: T0 + clock.requestTime * 1000, responseTime: T0 + clock.responseTime * 1000 });
        const ev = evaluateStoredResponse(stored, c.next ? message('request', c.next) : request, { shared, now: T0 + clock.now * 1000, ...c.options });
        expect([...all, ...ev.reasons.map((r) => r.code)]).toContain(code);
      }
    }
    for (const code of x.notReasons ?? []) expect(e.reasons.map((r) => r.code)).not.toContain(code);
    if (x.reasons?.includes('set-cookie')) expect(e.summary).toContain('It sets a cookie');
    // Every reason has a code, a section and a sentence in both languages.
    const zh = explainCaching(response, { request, shared, now: T0 + clock.now * 1000, requestTime: T0 + clock.requestTime * 1000, responseTime: T0 + clock.responseTime * 1000, locale: 'zh-CN', ...c.options });
    expect(zh.reasons.map((r) => r.code)).toEqual(e.reasons.map((r) => r.code));
    for (const r of zh.reasons) expect(r.message).toMatch(/\p{Script=Han}/u);
    expect(e.summary.length).toBeGreaterThan(20);
    expect(zh.summary).toMatch(/\p{Script=Han}/u);

    const stored = createStoredExchange(request, response, { requestTime: T0 + clock.requestTime * 1000, responseTime: T0 + clock.responseTime * 1000 });
    // A stored exchange is plain JSON data.
    const roundTripped = JSON.parse(JSON.stringify(stored)) as typeof stored;
    expect(roundTripped).toEqual(stored);
    const next = c.next ? message('request', c.next) : request;
    const ev = evaluateStoredResponse(roundTripped, next, { shared, now: T0 + clock.now * 1000, ...c.options });
    if (x.decision !== undefined) expect(ev.decision).toBe(x.decision);
    if (x.revalidation !== undefined) expect((ev.revalidationHeaders ?? []).map((h) => `${h.name}: ${h.value}`)).toEqual(x.revalidation);
  });
});
