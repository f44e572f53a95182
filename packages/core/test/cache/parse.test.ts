import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkCaching, DIRECTIVES, explainCaching, evaluateStoredResponse, getFieldParser, humanizeDuration, parseCacheControl, suggestDirective, updateStoredResponse } from '@httplens/core';
import type { CacheDirection } from '@httplens/core';
import { at, rawReq, rawRes, req, res, T0 } from './helpers.js';

type Row = [value: string, direction: CacheDirection | undefined, directives: string[], codes: string[]];

// input -> directives as `name` or `name=seconds` (delta) or `name=value` -> diagnostic codes
const rows: Row[] = [
  ['max-age=60', 'response', ['max-age=60s'], []],
  ['public, max-age=3600', 'response', ['public', 'max-age=3600s'], []],
  ['MAX-AGE=60, Public', 'response', ['max-age=60s', 'public'], []],
  ['max-age="60"', 'response', ['max-age=60s'], ['HTTP3107']],
  ['max-age=99999999999', 'response', ['max-age=2147483648s'], ['HTTP3108']],
  ['max-age=2147483648', 'response', ['max-age=2147483648s'], ['HTTP3116']],
  ['max-age=31536001', 'response', ['max-age=31536001s'], ['HTTP3116']],
  ['max-age=31536000', 'response', ['max-age=31536000s'], []],
  ['max-age=1h', 'response', ['max-age=1h'], ['HTTP3106']],
  ['max-age=-1', 'response', ['max-age=-1'], ['HTTP3106']],
  ['max-age', 'response', ['max-age'], ['HTTP3104']],
  ['max-age=', 'response', ['max-age='], ['HTTP3104']],
  ['s-maxage', 'response', ['s-maxage'], ['HTTP3104']],
  ['no-store=1', 'response', ['no-store=1'], ['HTTP3105']],
  ['public=true', 'response', ['public=true'], ['HTTP3105']],
  ['max-age=60, max-age=120', 'response', ['max-age=60s', 'max-age=120s'], ['HTTP3103']],
  ['no-cache, no-cache', 'response', ['no-cache', 'no-cache'], ['HTTP3103']],
  ['min-fresh=10', 'response', ['min-fresh=10s'], ['HTTP3109']],
  ['only-if-cached', 'response', ['only-if-cached'], ['HTTP3109']],
  ['max-stale=5', 'response', ['max-stale=5s'], ['HTTP3109']],
  ['public', 'request', ['public'], ['HTTP3110']],
  ['s-maxage=10', 'request', ['s-maxage=10s'], ['HTTP3110']],
  ['must-revalidate', 'request', ['must-revalidate'], ['HTTP3110']],
  ['immutable', 'request', ['immutable'], ['HTTP3110']],
  ['max-stale', 'request', ['max-stale'], []],
  ['max-stale=30', 'request', ['max-stale=30s'], []],
  ['min-fresh=5, no-cache, only-if-cached, no-store, no-transform', 'request', ['min-fresh=5s', 'no-cache', 'only-if-cached', 'no-store', 'no-transform'], []],
  ['stale-if-error=60', 'request', ['stale-if-error=60s'], []],
  ['no-cache="Set-Cookie"', 'request', ['no-cache=Set-Cookie'], ['HTTP3105']],
  ['no-store, max-age=60', 'response', ['no-store', 'max-age=60s'], ['HTTP3111']],
  ['no-store, s-maxage=60', 'response', ['no-store', 's-maxage=60s'], ['HTTP3111']],
  // Django's never_cache: a zero lifetime agrees with no-store (RFC 9111 §5.2.2.1, §5.2.2.5).
  ['max-age=0, no-cache, no-store, must-revalidate, private', 'response', ['max-age=0s', 'no-cache', 'no-store', 'must-revalidate', 'private'], []],
  ['no-store, s-maxage=0, stale-if-error=60', 'response', ['no-store', 's-maxage=0s', 'stale-if-error=60s'], ['HTTP3111']],
  ['public, private', 'response', ['public', 'private'], ['HTTP3112']],
  ['public, private="Set-Cookie"', 'response', ['public', 'private=Set-Cookie'], []],
  ['no-cache, max-age=60', 'response', ['no-cache', 'max-age=60s'], ['HTTP3113']],
  ['no-cache, max-age=0', 'response', ['no-cache', 'max-age=0s'], []],
  ['private=Set-Cookie', 'response', ['private=Set-Cookie'], ['HTTP3126']],
  ['no-cache=true', 'response', ['no-cache=true'], ['HTTP3102']],
  ['private=1', 'response', ['private=1'], ['HTTP3102']],
  ['no-cache=true', 'request', ['no-cache=true'], ['HTTP3105']],
  ['no-cache="Set-Cookie, X-A"', 'response', ['no-cache=Set-Cookie, X-A'], []],
  ['no-cache="Set Cookie"', 'response', ['no-cache=Set Cookie'], ['HTTP3127']],
  ['no-cache=', 'response', ['no-cache='], ['HTTP3127']],
  ['max-age="60', 'response', ['max-age=60s'], ['HTTP3127']],
  ['max-age = 60', 'response', ['max-age=60s'], ['HTTP3127']],
  ['max-age=60 public', 'response', ['max-age=60s'], ['HTTP3127']],
  ['=60, public', 'response', ['public'], ['HTTP3100']],
  ['"x", public', 'response', ['public'], ['HTTP3100']],
  ['s-max-age=600', 'response', ['s-max-age=600'], ['HTTP3102']],
  ['max_age=600', 'response', ['max_age=600'], ['HTTP3102']],
  ['nocache', 'response', ['nocache'], ['HTTP3102']],
  ['no_store', 'response', ['no_store'], ['HTTP3102']],
  ['must-revalidat', 'response', ['must-revalidat'], ['HTTP3102']],
  ['stale-while-revalidat=5', 'response', ['stale-while-revalidat=5'], ['HTTP3102']],
  ['community="UCI"', 'response', ['community=UCI'], ['HTTP3101']],
  ['pre-check=0, post-check=0', 'response', ['pre-check=0', 'post-check=0'], ['HTTP3101', 'HTTP3101']],
  ['must-understand, no-store', 'response', ['must-understand', 'no-store'], []],
  ['must-understand', 'response', ['must-understand'], ['HTTP3128']],
  ['stale-while-revalidate=30, max-age=60', 'response', ['stale-while-revalidate=30s', 'max-age=60s'], []],
  ['stale-if-error', 'response', ['stale-if-error'], ['HTTP3104']],
  ['', 'response', [], []],
  [' , ,, ', 'response', [], []],
  ['max-age=60,', 'response', ['max-age=60s'], []],
  ['max-age=60, s-maxage=120, must-revalidate, proxy-revalidate, no-transform, public, immutable, stale-if-error=5', 'response', ['max-age=60s', 's-maxage=120s', 'must-revalidate', 'proxy-revalidate', 'no-transform', 'public', 'immutable', 'stale-if-error=5s'], []],
  ['max-age=60', undefined, ['max-age=60s'], []],
  ['public, min-fresh=5', undefined, ['public', 'min-fresh=5s'], []],
];

function show(d: { name: string; value?: string; seconds?: number; fields?: string[] }): string {
  if (d.seconds !== undefined) return `${d.name}=${d.seconds}s`;
  return d.value === undefined ? d.name : `${d.name}=${d.value}`;
}

describe('parseCacheControl (RFC 9111 §5.2)', () => {
  it.each(rows)('%j (%s)', (value, direction, directives, codes) => {
    const r = parseCacheControl(value, { direction });
    expect(r.directives.map(show)).toEqual(directives);
    expect(r.diagnostics.map((d) => d.code).sort()).toEqual([...codes].sort());
    for (const d of r.diagnostics) {
      expect(d.span.offset).toBeGreaterThanOrEqual(0);
      expect(d.span.offset + d.span.length).toBeLessThanOrEqual(value.length);
    }
  });

  it('gives exact spans for directives and values', () => {
    const r = parseCacheControl('public,  max-age="60"');
    expect(r.directives[1]).toMatchObject({ name: 'max-age', span: { offset: 9, length: 12 }, nameSpan: { offset: 9, length: 7 }, valueSpan: { offset: 17, length: 4 }, quoted: true, seconds: 60 });
    const quoted = r.diagnostics.find((d) => d.code === 'HTTP3107');
    expect(quoted?.span).toEqual({ offset: 17, length: 4 });
  });

  it('says which duplicate wins', () => {
    const r = parseCacheControl('max-age=60, max-age=120');
    expect(r.diagnostics[0]).toMatchObject({ code: 'HTTP3103', span: { offset: 12, length: 11 }, args: { name: 'max-age', first: 'max-age=60' } });
    expect(r.directives[1]?.duplicate).toBe(true);
  });

  it('suggests the intended directive', () => {
    expect(suggestDirective('s-max-age')).toBe('s-maxage');
    expect(suggestDirective('max_age')).toBe('max-age');
    expect(suggestDirective('MaxAge')).toBe('max-age');
    expect(suggestDirective('no cache')).toBe('no-cache');
    expect(suggestDirective('privat')).toBe('private');
    expect(suggestDirective('stale-while-revalidat')).toBe('stale-while-revalidate');
    expect(suggestDirective('stale-if-eror')).toBe('stale-if-error');
    expect(suggestDirective('community')).toBeUndefined();
    expect(suggestDirective('max-age')).toBeUndefined();
  });

  it('checks immutable and must-revalidate without freshness when told about Expires', () => {
    expect(parseCacheControl('immutable', { direction: 'response', expires: false }).diagnostics.map((d) => d.code)).toEqual(['HTTP3114']);
    expect(parseCacheControl('immutable', { direction: 'response', expires: true }).diagnostics).toEqual([]);
    expect(parseCacheControl('must-revalidate', { direction: 'response', expires: false }).diagnostics.map((d) => d.code)).toEqual(['HTTP3115']);
    expect(parseCacheControl('must-revalidate, max-age=60', { direction: 'response', expires: false }).diagnostics).toEqual([]);
    expect(parseCacheControl('immutable', { direction: 'response' }).diagnostics).toEqual([]);
  });

  it('localises messages', () => {
    const en = parseCacheControl('s-max-age=1', { direction: 'response' }).diagnostics[0];
    const zh = parseCacheControl('s-max-age=1', { direction: 'response', locale: 'zh-CN' }).diagnostics[0];
    expect(en?.message).toBe("Unknown cache directive 's-max-age': did you mean 's-maxage'?");
    expect(zh?.message).toBe('未知的缓存指令“s-max-age”：是否想写“s-maxage”？');
    const problem = parseCacheControl('max-age = 1', { locale: 'zh-CN' }).diagnostics[0];
    expect(problem?.message).toMatch(/\p{Script=Han}/u);
  });

  it('never throws and keeps spans inside the input (fast-check)', () => {
    const alphabet = fc.constantFrom(...'max-age=s,"\\ no-cache private=public 0123456789\t;_Aé'.split(''));
    for (const arb of [fc.string(), fc.string({ unit: alphabet, maxLength: 60 })]) {
      fc.assert(
        fc.property(arb, fc.constantFrom<CacheDirection | undefined>('request', 'response', undefined), (value, direction) => {
          const r = parseCacheControl(value, { direction, expires: false });
          for (const d of [...r.diagnostics, ...r.directives]) {
            expect(d.span.offset).toBeGreaterThanOrEqual(0);
            expect(d.span.offset + d.span.length).toBeLessThanOrEqual(value.length);
          }
        }),
        { numRuns: 500 },
      );
    }
  });

  it('grows linearly (8n over n at most 12)', () => {
    // Runs of n and 8n are interleaved and the medians compared; on a loaded machine a
    // single attempt can be disturbed (garbage collection dominates on a busy host),
    // so the best of five attempts counts (a quadratic scan gives about 64 every time).
    const unit = 'max-age=60, "x", no-cache="a, b", s-max-age=1, ';
    const small = unit.repeat(100);
    const large = unit.repeat(800);
    for (let k = 0; k < 3; k++) parseCacheControl(large);
    // CPU time of this process, so that other processes on the host disturb less.
    const cpu = (f: () => void): number => {
      const t = process.cpuUsage();
      f();
      const d = process.cpuUsage(t);
      return d.user + d.system;
    };
    const attempt = (): number => {
      const a: number[] = [];
      const b: number[] = [];
      for (let k = 0; k < 15; k++) {
        a.push(cpu(() => parseCacheControl(small)));
        b.push(cpu(() => parseCacheControl(large)));
      }
      const median = (xs: number[]): number => xs.sort((x, y) => x - y)[7] as number;
      return median(b) / Math.max(median(a), 1);
    };
    let best = Infinity;
    for (let i = 0; i < 5 && best > 12; i++) best = Math.min(best, attempt());
    expect(best).toBeLessThanOrEqual(12);
  });
});

describe('caching field parsers', () => {
  const parse = (name: string, value: string, direction?: CacheDirection) => getFieldParser(name)?.parse(value, { name, direction, locale: 'en' });
  it.each([
    ['Cache-Control', 'max-age=60', 'response', []],
    ['Cache-Control', 'private, public', 'response', ['HTTP3112']],
    ['CDN-Cache-Control', 'max-age=600, must-revalidate', 'response', []],
    ['CDN-Cache-Control', 'max-age="600"', 'response', ['HTTP3106']],
    ['CDN-Cache-Control', 'Max-Age=600', 'response', ['HTTP3121']],
    ['CDN-Cache-Control', 'max-age=600,', 'response', ['HTTP3121']],
    ['CDN-Cache-Control', 'no-store=1', 'response', ['HTTP3105']],
    ['CDN-Cache-Control', 's-max-age=1', 'response', ['HTTP3102']],
    ['CDN-Cache-Control', 'max-age', 'response', ['HTTP3104']],
    ['CDN-Cache-Control', 'private="set-cookie"', 'response', []],
    ['CDN-Cache-Control', 'min-fresh=1', 'response', ['HTTP3109']],
    ['Cloudflare-CDN-Cache-Control', 'max-age=60', 'response', []],
    ['Surrogate-Control', 'max-age=60', 'response', ['HTTP3122']],
    ['Surrogate-Control', 'max-age=60+30, content="ESI/1.0"', 'response', ['HTTP3122']],
    ['Surrogate-Control', 'max-age=x, no-store-remote, whatever', 'response', ['HTTP3122', 'HTTP3106', 'HTTP3101']],
    ['Surrogate-Control', 'max-age', 'response', ['HTTP3122', 'HTTP3104']],
    // Fastly reads RFC 5861's directives from Surrogate-Control too
    ['Surrogate-Control', 'max-age=86400, stale-while-revalidate=60, stale-if-error=86400', 'response', ['HTTP3122']],
    ['Surrogate-Control', 'max-age=60, stale-while-revalidate', 'response', ['HTTP3122', 'HTTP3104']],
    ['Surrogate-Control', 'stale-if-error=1d', 'response', ['HTTP3122', 'HTTP3106']],
    ['Cache-Control', 'max-age="60', 'response', ['HTTP3127']],
    ['Cache-Control', 'max-age="99999999999"', 'response', ['HTTP3107', 'HTTP3108']],
    ['Cache-Control', 'no-store, max-age=99999999', 'response', ['HTTP3116', 'HTTP3111']],
    ['Cache-Control', 'only-if-cached, only-if-cached', 'response', ['HTTP3109', 'HTTP3109']],
    ['Pragma', 'no-cache', 'request', []],
    ['Pragma', 'no-cache', 'response', ['HTTP3117']],
    ['Pragma', 'x-thing=1', 'response', []],
    ['Expires', 'Thu, 01 Jan 2026 12:00:00 GMT', 'response', []],
    ['Expires', '0', 'response', ['HTTP3119']],
    ['Expires', '-1', 'response', ['HTTP3119']],
    ['Expires', 'never', 'response', ['HTTP3118']],
    ['Expires', '2026-01-01T00:00:00Z', 'response', ['HTTP3118']],
    ['Age', '60', 'response', []],
    ['Age', '6O', 'response', ['HTTP3123']],
    ['Age', '-1', 'response', ['HTTP3123']],
    ['Age', '99999999999', 'response', ['HTTP3108']],
    ['Warning', '110 - "Response is Stale"', 'response', []],
    ['Warning', '199 cache.example "Misc" "Thu, 01 Jan 2026 12:00:00 GMT", 214 - "Transformed"', 'response', []],
    ['Warning', '1100 - "x"', 'response', ['HTTP3124']],
    ['Warning', '110 - Stale', 'response', ['HTTP3124']],
  ] as const)('%s: %s (%s)', (name, value, direction, codes) => {
    const r = parse(name, value, direction);
    expect(r).toBeDefined();
    expect(r?.diagnostics.map((d) => d.code)).toEqual(codes);
  });

  it('points at what is missing at the end of a Warning value with an empty span there, inside the value', () => {
    for (const value of ['718 ', '110 agent ']) {
      const d = getFieldParser('warning')?.parse(value, { name: 'Warning', locale: 'en' }).diagnostics ?? [];
      expect(d.map((x) => x.code), value).toEqual(['HTTP3124']);
      expect(d[0]!.span.offset + d[0]!.span.length, value).toBeLessThanOrEqual(value.length);
    }
  });

  it('gives Expires problems in Chinese', () => {
    const r = getFieldParser('expires')?.parse('Thu, 01 Jan 2026 12:00:00 UTC', { name: 'Expires', locale: 'zh-CN' });
    expect(r?.diagnostics[0]?.message).toContain('应为“GMT”');
  });

  it('never throws on arbitrary values (fast-check)', () => {
    const names = ['cache-control', 'cdn-cache-control', 'surrogate-control', 'pragma', 'expires', 'age', 'warning'];
    const alphabet = fc.constantFrom(...'max-age=s,"\\ no-cache private=public only-if-cached 0123456789\t;_A'.split(''));
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 50 })), fc.constantFrom<CacheDirection | undefined>('request', 'response', undefined), (name, value, direction) => {
        const r = parse(name, value, direction);
        for (const d of r?.diagnostics ?? []) expect(d.span.offset + d.span.length).toBeLessThanOrEqual(value.length);
        // never two diagnostics of one area on one span
        const keys = (r?.diagnostics ?? []).map((d) => `${d.code.slice(0, 6)}:${d.span.offset}:${d.span.length}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('checkCaching (fields together)', () => {
  it.each([
    [{ 'Cache-Control': 'max-age=60', Expires: at(60) }, ['HTTP3120']],
    [{ 'Cache-Control': 's-maxage=60', Expires: at(60) }, ['HTTP3120']],
    [{ Expires: at(60) }, []],
    // Google's `Expires: -1` beside max-age=0: the Expires parser reports it (HTTP3119), once.
    [{ 'Cache-Control': 'private, max-age=0', Expires: '-1' }, []],
    [{ 'Cache-Control': 'max-age=60', Expires: 'tomorrow' }, []],
    [{ 'Cache-Control': 'immutable' }, ['HTTP3114']],
    [{ 'Cache-Control': 'immutable', Expires: at(60) }, []],
    [{ 'Cache-Control': 'must-revalidate' }, ['HTTP3115']],
    [{ 'Cache-Control': 'must-revalidate, no-cache' }, []],
    [{ 'Cache-Control': 'must-revalidate, max-age=10' }, []],
    // RFC 9111 §7.3: a cookie in a response shared caches may reuse
    [{ 'Cache-Control': 'public, max-age=600', 'Set-Cookie': 'sid=1' }, ['HTTP3129']],
    [{ 'Cache-Control': 'max-age=0, s-maxage=600', 'Set-Cookie': 'sid=1' }, ['HTTP3129']],
    [{ 'Cache-Control': 'max-age=600, private="X-User"', 'Set-Cookie': 'sid=1' }, ['HTTP3129']],
    [{ Date: at(0), Expires: at(3600), 'Set-Cookie': 'sid=1' }, ['HTTP3129']],
    [{ 'Cache-Control': 'max-age=600, s-maxage=0', 'Set-Cookie': 'sid=1' }, []],
    [{ 'Cache-Control': 'private, max-age=600', 'Set-Cookie': 'sid=1' }, []],
    [{ 'Cache-Control': 'max-age=600, PRIVATE="Set-Cookie"', 'Set-Cookie': 'sid=1' }, []],
    [{ 'Cache-Control': 'max-age=600, no-cache="set-cookie, x-a"', 'Set-Cookie': 'sid=1' }, []],
    [{ 'Cache-Control': 'no-cache, max-age=600', 'Set-Cookie': 'sid=1' }, []],
    [{ 'Cache-Control': 'no-store, max-age=600', 'Set-Cookie': 'sid=1' }, []],
    [{ Date: at(0), Expires: at(0), 'Set-Cookie': 'sid=1' }, []],
    [{ Expires: at(3600), 'Set-Cookie': 'sid=1' }, []],
    [{ 'Set-Cookie': 'sid=1', 'Last-Modified': at(-86400) }, []],
  ] as const)('%j', (headers, codes) => {
    const r = checkCaching(res(200, headers));
    expect(r.map((d) => d.code)).toEqual(codes);
  });
  it('places diagnostics on the field lines', () => {
    const message = res(200, [
      ['Cache-Control', 'max-age=60'],
      ['Expires', at(60)],
    ]);
    const [d] = checkCaching(message);
    expect(d?.span).toEqual(message.fields[1]?.valueSpan);
  });
  it('places HTTP3129 on the first Set-Cookie name, with the lifetime in words', () => {
    const message = res(200, [
      ['Cache-Control', 's-maxage=3600'],
      ['Set-Cookie', 'a=1'],
      ['Set-Cookie', 'b=2'],
    ]);
    const found = checkCaching(message, { locale: 'zh-CN' });
    expect(found.map((d) => [d.code, d.severity])).toEqual([['HTTP3129', 'warning']]);
    expect(found[0]?.span).toEqual(message.fields[1]?.nameSpan);
    expect(found[0]?.message).toBe('共享缓存可以连同 Set-Cookie 一起存储此响应，并在 1 小时内（s-maxage=3600）把它交给其他用户。');
    expect(checkCaching(message)[0]?.message).toBe('Shared caches may store this response with its Set-Cookie and give it to other users for 1 hour (s-maxage=3600).');
  });
  it('flags a request with Pragma: no-cache only', () => {
    expect(checkCaching(req('GET', { Pragma: 'no-cache' })).map((d) => d.code)).toEqual(['HTTP3125']);
    expect(checkCaching(req('GET', { Pragma: 'no-cache', 'Cache-Control': 'no-cache' }))).toEqual([]);
  });
});

describe('humanizeDuration', () => {
  it.each([
    [0, '0 seconds', '0 秒'],
    [1, '1 second', '1 秒'],
    [90, '1 minute 30 seconds', '1 分钟 30 秒'],
    [3600, '1 hour', '1 小时'],
    [3661, '1 hour 1 minute', '1 小时 1 分钟'],
    [86400 * 2 + 7200, '2 days 2 hours', '2 天 2 小时'],
    [31536000, '1 year', '1 年'],
    [2147483648, '68 years 35 days', '68 年 35 天'],
    [59.9, '59 seconds', '59 秒'],
  ])('%d', (s, en, zh) => {
    expect(humanizeDuration(s)).toBe(en);
    expect(humanizeDuration(s, 'zh-CN')).toBe(zh);
  });
});

describe('explanations', () => {
  it('reads like the issue asks, in both languages', () => {
    const response = res(200, { Date: at(0), 'Cache-Control': 's-maxage=3600, must-revalidate', ETag: '"v1"' });
    const en = explainCaching(response, { shared: true, now: T0 });
    expect(en.reasons.map((r) => r.message)).toContain('Shared caches may store this response for 1 hour (s-maxage=3600), then must revalidate it (must-revalidate).');
    const zh = explainCaching(response, { shared: true, now: T0, locale: 'zh-CN' });
    expect(zh.reasons.map((r) => r.message)).toContain('共享缓存可以将此响应存储 1 小时（s-maxage=3600），之后必须重新验证（must-revalidate）。');
    expect(en.summary).toBe(
      'Shared caches may store this response for 1 hour (s-maxage=3600), then must revalidate it (must-revalidate). At its current age of 0 seconds it can be reused for 1 hour more. It can be revalidated with If-None-Match.',
    );
    expect(zh.summary).toContain('共享缓存可以将此响应存储 1 小时');
  });

  it('writes the sentences when first read, the same whichever is read first, and into JSON', () => {
    const response = res(200, { Date: at(-30), 'Cache-Control': 'max-age=60, stale-while-revalidate=30', 'Last-Modified': at(-3600) });
    const options = { shared: true, now: T0 };
    const a = explainCaching(response, options);
    const b = explainCaching(response, options);
    const summaryFirst = a.summary;
    const reasonsAfter = a.reasons;
    const reasonsFirst = b.reasons;
    expect(b.summary).toBe(summaryFirst);
    expect(reasonsFirst).toEqual(reasonsAfter);
    expect(reasonsFirst.map((r) => r.code)).toEqual(['storable', 'lifetime', 'age', 'fresh', 'stale-while-revalidate', 'validators']);
    expect(summaryFirst).toContain('for 1 minute (max-age=60), then may serve it stale for 30 seconds');
    // read once, kept: the same list each time
    expect(a.reasons).toBe(reasonsAfter);

    const json = JSON.parse(JSON.stringify(explainCaching(response, options))) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'storable', 'freshnessLifetime', 'heuristic', 'currentAge', 'fresh', 'ttl', 'mustRevalidate', 'noCache', 'staleWhileRevalidate', 'staleIfError', 'immutable', 'validators',
      'conditionalHeaders', 'vary', 'policyField', 'reasons', 'summary',
    ]);
    expect(json.summary).toBe(summaryFirst);
    expect(json.reasons).toEqual(reasonsFirst);
    expect(json.ttl).toBe(30);
  });

  it('writes the sentences from the decisions, not from fields changed afterwards; both can be replaced', () => {
    const response = res(200, { Date: at(0), 'Cache-Control': 'max-age=600' });
    const untouched = explainCaching(response, { now: T0 }).summary;
    const e = explainCaching(response, { now: T0 });
    e.ttl = 0;
    e.fresh = false;
    expect(e.summary).toBe(untouched);
    e.summary = 'mine';
    e.reasons = [];
    expect(e.summary).toBe('mine');
    expect(e.reasons).toEqual([]);
    expect(JSON.parse(JSON.stringify(e))).toMatchObject({ summary: 'mine', reasons: [], ttl: 0 });
  });

  it('tells ages in whole seconds, so the age told and the time left add up to the lifetime', () => {
    const response = res(200, { Date: at(0), 'Cache-Control': 'max-age=300' });
    // received when it was sent, read 0.3 s later: age 0.3 s, 299.7 s left
    const soon = explainCaching(response, { now: T0 + 300, responseTime: T0 });
    expect([soon.currentAge, soon.ttl]).toEqual([0.3, 299.7]);
    expect(soon.summary).toContain('At its current age of 0 seconds it can be reused for 5 minutes more.');
    expect(soon.reasons.map((r) => r.message)).toEqual(expect.arrayContaining(['Its current age is 0 seconds.', 'It is fresh now, for 5 minutes more.']));
    const zh = explainCaching(response, { now: T0 + 300, responseTime: T0, locale: 'zh-CN' });
    expect(zh.summary).toContain('当前年龄 0 秒，还可直接复用 5 分钟。');
    // 61.5 s in the cache: 61 s told, 3 min 59 s left
    const later = explainCaching(response, { now: T0 + 61_500, responseTime: T0 });
    expect(later.summary).toContain('At its current age of 1 minute 1 second it can be reused for 3 minutes 59 seconds more.');
    expect(later.reasons.find((r) => r.code === 'age')?.message).toBe('Its current age is 1 minute 1 second (1 minute 1 second in the cache).');
    // half a second before it goes stale, the half second is not told as none
    expect(explainCaching(response, { now: T0 + 299_500, responseTime: T0 }).summary).toContain('can be reused for 1 second more.');
  });

  it('accepts editor locale tags such as zh-cn', () => {
    const response = res(200, { Date: at(0), 'Cache-Control': 'max-age=60' });
    const locale = 'zh-cn' as unknown as 'zh-CN';
    expect(explainCaching(response, { now: T0, locale }).summary).toMatch(/\p{Script=Han}/u);
    expect(parseCacheControl('max_age=1', { locale }).diagnostics[0]?.message).toMatch(/\p{Script=Han}/u);
  });

  it('explains why a response is not stored', () => {
    const e = explainCaching(res(200, { 'Cache-Control': 'private' }), { shared: true });
    expect(e.summary).toMatch(/^Shared caches will not store this response\. private: shared caches must not store/);
  });

  it('never throws on arbitrary header values (fast-check)', () => {
    const names = ['Cache-Control', 'Expires', 'Date', 'Age', 'Last-Modified', 'ETag', 'Vary', 'Pragma', 'CDN-Cache-Control', 'Authorization', 'Content-Location'];
    const headers = fc.array(fc.tuple(fc.constantFrom(...names), fc.oneof(fc.string(), fc.constantFrom('max-age=60', 'no-cache', '0', at(60), 'Accept', '*', '"x"', 'max-stale'))), { maxLength: 8 });
    fc.assert(
      fc.property(headers, headers, fc.integer({ min: 100, max: 599 }), fc.boolean(), fc.integer({ min: -1e6, max: 1e6 }), fc.constantFrom('GET', 'HEAD', 'POST', 'PUT'), fc.boolean(), (resH, reqH, status, shared, dt, method, raw) => {
        // raw: field values exactly as generated (control characters included); else through messageFromHeaders
        const response = raw ? rawRes(status, resH) : res(status, resH);
        const request = raw ? rawReq(method, reqH) : req(method, reqH);
        const e = explainCaching(response, { request, shared, now: T0 + dt * 1000, responseTime: T0, requestTime: T0 - 1000, targets: ['cdn-cache-control'] });
        expect(Number.isFinite(e.freshnessLifetime) && Number.isFinite(e.currentAge) && Number.isFinite(e.ttl)).toBe(true);
        expect(e.ttl).toBeGreaterThanOrEqual(0);
        const stored = { request, response, requestTime: T0 - 1000, responseTime: T0 };
        const ev = evaluateStoredResponse(stored, req('GET', reqH), { shared, now: T0 + dt * 1000 });
        expect(['fresh', 'stale-while-revalidate', 'revalidate', 'miss']).toContain(ev.decision);
        updateStoredResponse(stored, res(304, resH), T0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('directive names are recognised in any case, and only whole', () => {
  it('every registered name, in lower, upper and mixed case; its prefixes and extensions are extensions', () => {
    const mixed = (name: string): string => [...name].map((ch, k) => (k % 2 === 0 ? ch.toUpperCase() : ch)).join('');
    for (const spec of DIRECTIVES) {
      for (const written of [spec.name, spec.name.toUpperCase(), mixed(spec.name)]) {
        const delta = spec.response === 'delta' || spec.request === 'delta';
        const r = parseCacheControl(delta ? `${written}=5` : written, { direction: spec.response ? 'response' : 'request' });
        expect(r.directives.map((d) => d.name), written).toEqual([spec.name]);
        // a delta directive gets its seconds: it was recognised as registered
        if (delta) expect(r.directives[0]?.seconds, written).toBe(5);
        expect(r.diagnostics.filter((d) => d.code === 'HTTP3101' || d.code === 'HTTP3102'), written).toEqual([]);
      }
      for (const other of [spec.name.slice(0, -1), `${spec.name}x`, `${spec.name}-`, `x${spec.name}`]) {
        const r = parseCacheControl(other);
        expect(r.directives.map((d) => d.name), other).toEqual([other]);
        expect(r.directives[0]?.seconds, other).toBeUndefined();
        expect(r.diagnostics.some((d) => d.code === 'HTTP3101' || d.code === 'HTTP3102'), other).toBe(true);
      }
    }
  });
});
