import { mdn, rfc, type FieldDefinition } from './types.js';

/** Caching (RFC 9111 and its extensions). */
export const cachingFields: readonly FieldDefinition[] = [
  {
    name: 'Age', status: 'permanent', appearsIn: 'response', list: false, trailer: 'forbidden',
    specUrl: rfc(9111, '5.1'), mdnUrl: mdn('Age'),
    summary: { en: 'Seconds since the response was generated or validated at the origin.', 'zh-CN': '自响应在源服务器生成或验证以来经过的秒数。' },
    docs: 'A cache\'s estimate, in seconds, of the time since the response was generated or last validated by the origin server. Its presence shows the response came from a cache. Caches add it to the age they compute; with `max-age` it tells how much freshness is left.',
  },
  {
    name: 'Cache-Control', status: 'permanent', appearsIn: 'both', list: true, trailer: 'forbidden',
    specUrl: rfc(9111, '5.2'), mdnUrl: mdn('Cache-Control'),
    summary: { en: 'Caching directives (max-age, no-store, private, no-cache).', 'zh-CN': '缓存指令（max-age、no-store、private、no-cache）。' },
    docs: 'Directives for caches along the way. In responses: `max-age=N` and `s-maxage=N` (freshness lifetime), `no-cache` (always revalidate), `no-store` (never store), `private` (browser cache only), `public`, `must-revalidate`, `immutable`, `stale-while-revalidate=N`. In requests: `no-cache`, `no-store`, `max-age`, `max-stale`, `min-fresh`, `only-if-cached`. Unknown directives are ignored.',
  },
  {
    name: 'Expires', status: 'permanent', appearsIn: 'response', list: false, trailer: 'forbidden',
    specUrl: rfc(9111, '5.3'), mdnUrl: mdn('Expires'),
    summary: { en: 'Date after which the response is stale.', 'zh-CN': '响应过期的日期时间。' },
    docs: 'An HTTP-date after which the response is considered stale. `max-age` in `Cache-Control` overrides it. An invalid date, such as `0`, means "already expired". Prefer `Cache-Control: max-age`, which does not depend on clocks agreeing.',
  },
  {
    name: 'Pragma', status: 'deprecated', appearsIn: 'both', list: true, trailer: 'forbidden', replacedBy: ['Cache-Control'],
    specUrl: rfc(9111, '5.4'), mdnUrl: mdn('Pragma'),
    summary: { en: 'HTTP/1.0 cache control (`no-cache`); deprecated.', 'zh-CN': 'HTTP/1.0 的缓存控制（`no-cache`）；已弃用。' },
    docs: 'An HTTP/1.0 field whose only defined use is `Pragma: no-cache` in requests. RFC 9111 deprecates it; caches ignore it when `Cache-Control` is present. `Pragma: no-cache` in a response has no defined meaning: use `Cache-Control: no-cache` or `no-store`.',
  },
  {
    name: 'Warning', status: 'obsoleted', appearsIn: 'both', list: true, trailer: 'forbidden', replacedBy: [],
    specUrl: rfc(9111, '5.5'), mdnUrl: mdn('Warning'),
    summary: { en: 'Warnings about the response status (obsoleted).', 'zh-CN': '关于响应状态的警告（已废止）。' },
    docs: 'Carried warn codes such as `110 Response is Stale`. RFC 9111 obsoleted it because it was not widely generated or shown to users; nothing replaces it. The `Cache-Status` field now reports what caches did.',
  },
  {
    name: 'CDN-Cache-Control', status: 'permanent', appearsIn: 'response', list: true, structuredType: 'dictionary',
    specUrl: rfc(9213, '2'),
    summary: { en: 'Cache-Control aimed at CDNs only.', 'zh-CN': '只针对 CDN 的 Cache-Control。' },
    docs: 'RFC 9213: the same directives as `Cache-Control`, but as a Structured Field Dictionary, obeyed only by CDN caches (which then ignore `Cache-Control`). Lets an origin give a CDN a long lifetime and browsers a short one. CDNs may define their own targeted fields, such as `Cloudflare-CDN-Cache-Control`.',
  },
  {
    name: 'Cache-Status', status: 'permanent', appearsIn: 'response', list: true, structuredType: 'list',
    specUrl: rfc(9211, '2'),
    summary: { en: 'How caches along the path handled the request.', 'zh-CN': '路径上各缓存如何处理了该请求。' },
    docs: 'RFC 9211: a Structured Field List with one member per cache, the one nearest the origin first: `ExampleCDN; hit; ttl=300, BrowserCache; fwd=stale`. Parameters include `hit`, `fwd` (why it went forward: `uri-miss`, `stale`, `vary-miss`...), `fwd-status`, `ttl`, `stored`, `collapsed`, `key` and `detail`. It replaces ad-hoc fields such as `X-Cache`.',
  },
  {
    name: 'Cache-Groups', status: 'permanent', appearsIn: 'response', list: true, structuredType: 'list',
    specUrl: rfc(9875, '2'),
    summary: { en: 'Named groups a cached response belongs to.', 'zh-CN': '缓存的响应所属的命名分组。' },
    docs: 'RFC 9875: a Structured Field List of Strings naming the groups the response belongs to, so that all of them can be invalidated together by `Cache-Group-Invalidation`.',
  },
  {
    name: 'Cache-Group-Invalidation', status: 'permanent', appearsIn: 'response', list: true, structuredType: 'list',
    specUrl: rfc(9875, '3'),
    summary: { en: 'Invalidates cached responses of the named groups.', 'zh-CN': '使指定分组中的缓存响应失效。' },
    docs: 'RFC 9875: in a response to an unsafe request, a Structured Field List of Strings naming cache groups whose stored responses (from the same origin) the cache should invalidate.',
  },
  {
    name: 'Surrogate-Capability', status: 'provisional', appearsIn: 'request', list: true,
    specUrl: 'https://www.w3.org/TR/edge-arch',
    summary: { en: 'Capabilities of a surrogate (reverse proxy), per Edge Architecture.', 'zh-CN': '代理服务器（反向代理）的能力，出自 Edge Architecture。' },
    docs: 'From the W3C Edge Architecture note (ESI era): a surrogate tells the origin what it can do, such as `abc="Surrogate/1.0 ESI/1.0"`. Still used by some CDNs and Varnish setups for Edge Side Includes.',
  },
  {
    name: 'Surrogate-Control', status: 'provisional', appearsIn: 'response', list: true,
    specUrl: 'https://www.w3.org/TR/edge-arch',
    summary: { en: 'Cache directives for surrogates (reverse proxies), per Edge Architecture.', 'zh-CN': '给代理服务器（反向代理）的缓存指令，出自 Edge Architecture。' },
    docs: 'From the W3C Edge Architecture note: directives such as `max-age` and `content="ESI/1.0"` aimed at surrogates, which remove the field before forwarding. Fastly and Akamai honour variants of it; `CDN-Cache-Control` is the standard successor.',
  },
  {
    name: 'X-Cache', status: 'nonstandard', appearsIn: 'response', list: true, replacedBy: ['Cache-Status'],
    specUrl: rfc(9211, '1'),
    summary: { en: 'Vendor-specific cache hit or miss report.', 'zh-CN': '厂商自定义的缓存命中或未命中报告。' },
    docs: 'Not registered: CDNs and proxies (Squid, Varnish, CloudFront, Fastly) add `X-Cache: HIT` or `MISS`, each with its own format and meaning. `Cache-Status` (RFC 9211) standardises the same information.',
  },
  {
    name: 'CF-Cache-Status', status: 'nonstandard', appearsIn: 'response', list: false,
    specUrl: 'https://developers.cloudflare.com/cache/concepts/cache-responses/',
    summary: { en: 'What Cloudflare\'s cache did: HIT, MISS, DYNAMIC, BYPASS...', 'zh-CN': 'Cloudflare 缓存做了什么：HIT、MISS、DYNAMIC、BYPASS 等。' },
    docs: 'Not registered. Cloudflare\'s report of what its cache did with the request: `HIT`, `MISS`, `EXPIRED`, `STALE`, `UPDATING`, `REVALIDATED`, `BYPASS` (the origin\'s response or the request kept it out of the cache) or `DYNAMIC` (not eligible for caching under the zone\'s rules, which is the default for HTML). `Cache-Status` (RFC 9211) is the standard form of this information.',
  },
  {
    name: 'X-Served-By', status: 'nonstandard', appearsIn: 'response', list: true,
    specUrl: 'https://www.fastly.com/documentation/reference/http/http-headers/X-Served-By/',
    summary: { en: 'The Fastly cache servers that handled the request.', 'zh-CN': '处理该请求的 Fastly 缓存服务器。' },
    docs: 'Not registered. Fastly names each cache server that handled the request, with its data centre code, `cache-fra-etou8220158-FRA`; with shielding there is one entry per layer, in the order of `X-Cache` and `X-Cache-Hits`.',
  },
  {
    name: 'X-Cache-Hits', status: 'nonstandard', appearsIn: 'response', list: true,
    specUrl: 'https://www.fastly.com/documentation/reference/http/http-headers/X-Cache-Hits/',
    summary: { en: 'How often each Fastly cache server had served the object.', 'zh-CN': '每台 Fastly 缓存服务器提供该对象的次数。' },
    docs: 'Not registered. Fastly gives, for each cache server of `X-Served-By` in the same order, how many times it had served this object from its cache, `0, 3`. A count of 0 beside `X-Cache: MISS` is a miss at that layer.',
  },
];
