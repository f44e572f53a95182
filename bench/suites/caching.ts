import CachePolicy from 'http-cache-semantics';
import cacheControlParser from 'cache-control-parser';
import { explainCaching, messageFromHeaders, parseCacheControl } from '@httplens/core';
import { assertSame, defineSuite, type BenchCase } from '../harness.js';

const ccParse = cacheControlParser.parse;
const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
const date = (s: number): string => new Date(NOW + s * 1000).toUTCString();

/** Responses as origins and CDNs send them (Date equal to the clock, as both libraries agree then). */
const RESPONSES: { status: number; headers: Record<string, string> }[] = [
  { status: 200, headers: { date: date(0), 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=3600', etag: '"33a64df5"', vary: 'Accept-Encoding', 'content-length': '5120' } },
  { status: 200, headers: { date: date(0), 'content-type': 'application/javascript', 'cache-control': 'public, max-age=31536000, immutable', 'last-modified': date(-86400 * 30) } },
  { status: 200, headers: { date: date(0), 'content-type': 'application/json', 'cache-control': 'private, no-cache', etag: 'W/"a1"' } },
  { status: 200, headers: { date: date(0), 'content-type': 'text/css', expires: date(600), 'last-modified': date(-7200) } },
  { status: 301, headers: { date: date(0), location: 'https://example.com/', 'cache-control': 's-maxage=600, max-age=60' } },
  { status: 404, headers: { date: date(0), 'content-type': 'text/html', 'last-modified': date(-36000) } },
  { status: 200, headers: { date: date(0), 'cache-control': 'no-store', 'set-cookie': 'id=1; HttpOnly' } },
  { status: 200, headers: { date: date(0), 'cache-control': 'max-age=60, stale-while-revalidate=30, stale-if-error=600', age: '12', etag: '"v9"' } },
];

const MESSAGES = RESPONSES.map((r) => messageFromHeaders({ status: r.status, headers: r.headers }));

const REQUEST = { method: 'GET', url: '/', headers: { host: 'example.com', 'accept-encoding': 'gzip, br' } };

class Clocked extends CachePolicy {
  now(): number {
    return NOW;
  }
}

function oursOne(r: (typeof RESPONSES)[number]): { storable: boolean; lifetime: number } {
  const message = messageFromHeaders({ status: r.status, headers: r.headers });
  const e = explainCaching(message, { now: NOW, heuristicMaxLifetime: Infinity });
  return { storable: e.storable, lifetime: e.storable && !e.noCache ? e.freshnessLifetime : 0 };
}

function peerOne(r: (typeof RESPONSES)[number]): { storable: boolean; lifetime: number } {
  const policy = new Clocked(REQUEST, r, { shared: true, immutableMinTimeToLive: 0 });
  const storable = policy.storable();
  policy.timeToLive();
  return { storable, lifetime: policy.maxAge() };
}

/** The peer on the same responses: new CachePolicy + storable + timeToLive. */
const PEER = {
  name: 'http-cache-semantics',
  fn: (): void => {
    for (const r of RESPONSES) {
      const policy = new CachePolicy(REQUEST, r);
      policy.storable();
      policy.timeToLive();
    }
  },
};

const CC_VALUES = [
  'public, max-age=3600',
  'private, no-cache, no-store, must-revalidate',
  'max-age=0, s-maxage=600, stale-while-revalidate=30',
  'public, max-age=31536000, immutable',
  'no-cache',
  'max-age=60, stale-if-error=86400, proxy-revalidate, no-transform',
];

/** Both parsers' answers in one shape: directive -> number (delta-seconds) or true. */
function oursDirectives(value: string): Record<string, number | true> {
  const out: Record<string, number | true> = {};
  for (const d of parseCacheControl(value).directives) {
    if (d.name in out) continue;
    out[d.name] = d.seconds ?? true;
  }
  return out;
}

function peerDirectives(value: string): Record<string, number | true> {
  const out: Record<string, number | true> = {};
  for (const [k, v] of Object.entries(ccParse(value))) out[k] = typeof v === 'number' ? v : true;
  return out;
}

const sorted = (o: Record<string, unknown>): [string, unknown][] => Object.entries(o).sort(([a], [b]) => a.localeCompare(b));

export default defineSuite({
  name: 'caching',
  description:
    'Caching: messageFromHeaders + explainCaching (storable, lifetime, age, TTL, validators, Vary; the sentences are written when read, so a third case also reads the summary) against http-cache-semantics (new CachePolicy + storable + timeToLive) on 8 typical responses; parseCacheControl against cache-control-parser on 6 values. Default options on both sides.',
  cases: () => {
    const cases: BenchCase[] = [
      {
        name: 'explain a response (8 responses)',
        ours: {
          name: '@httplens/core',
          fn: () => {
            for (const r of RESPONSES) explainCaching(messageFromHeaders({ status: r.status, headers: r.headers }));
          },
        },
        peers: [PEER],
        verify: () => {
          for (const r of RESPONSES) assertSame(`explain ${JSON.stringify(r.headers)}`, oursOne(r), peerOne(r));
        },
        target: { peer: 'http-cache-semantics', ratio: 2 },
      },
      {
        // What a hover or the command line does: the same, and the summary read (which writes the reasons too).
        name: 'explain a response and read its summary (8 responses)',
        ours: {
          name: '@httplens/core',
          fn: () => {
            for (const r of RESPONSES) void explainCaching(messageFromHeaders({ status: r.status, headers: r.headers })).summary;
          },
        },
        peers: [PEER],
        verify: () => {
          for (const r of RESPONSES) {
            assertSame(`explain ${JSON.stringify(r.headers)}`, oursOne(r), peerOne(r));
            if (explainCaching(messageFromHeaders({ status: r.status, headers: r.headers })).summary.length === 0) throw new Error('empty summary');
          }
        },
      },
      {
        // The same work without messageFromHeaders, to show the share of each part.
        name: 'explain a parsed message (8 responses, messages built beforehand)',
        ours: { name: '@httplens/core', fn: () => MESSAGES.map((m) => explainCaching(m)) },
        peers: [PEER],
        verify: () => {
          for (const r of RESPONSES) assertSame(`explain ${JSON.stringify(r.headers)}`, oursOne(r), peerOne(r));
        },
      },
      {
        name: 'parse Cache-Control (6 values)',
        ours: { name: '@httplens/core', fn: () => CC_VALUES.map((v) => parseCacheControl(v)) },
        peers: [{ name: 'cache-control-parser', fn: () => CC_VALUES.map((v) => ccParse(v)) }],
        verify: () => {
          for (const v of CC_VALUES) assertSame(`parse ${v}`, sorted(oursDirectives(v)), sorted(peerDirectives(v)));
        },
        unit: { label: 'MB/s', perCall: CC_VALUES.reduce((n, v) => n + v.length, 0), scale: 1e6 },
        target: { peer: 'cache-control-parser', ratio: 2 },
      },
    ];
    return cases;
  },
});
