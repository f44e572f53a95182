/** zh-CN hover texts of the caching fields (registry/fields/caching.ts), keyed by lower-case name. */
export const cachingFieldDocsZh: Readonly<Record<string, string>> = {
  age: '缓存对响应自源服务器生成或上次验证以来经过时间的估计（秒）。它的出现说明响应来自缓存。缓存会把它计入自己算出的年龄；结合 `max-age` 可以知道还剩多少新鲜度。',
  'cache-control': '给沿途缓存的指令。响应中：`max-age=N` 和 `s-maxage=N`（新鲜度寿命）、`no-cache`（每次都要重新验证）、`no-store`（绝不存储）、`private`（只允许浏览器缓存）、`public`、`must-revalidate`、`immutable`、`stale-while-revalidate=N`。请求中：`no-cache`、`no-store`、`max-age`、`max-stale`、`min-fresh`、`only-if-cached`。未知指令会被忽略。',
  expires: '一个 HTTP 日期，过了这个时间响应就被视为过期。`Cache-Control` 中的 `max-age` 优先于它。无效的日期（例如 `0`）表示"已经过期"。建议使用 `Cache-Control: max-age`，它不依赖双方时钟一致。',
  pragma: 'HTTP/1.0 的字段，唯一有定义的用法是请求中的 `Pragma: no-cache`。RFC 9111 已弃用它；存在 `Cache-Control` 时缓存会忽略它。响应中的 `Pragma: no-cache` 没有定义的含义：请用 `Cache-Control: no-cache` 或 `no-store`。',
  warning: '携带 `110 Response is Stale` 之类的警告码。RFC 9111 将其废止，因为它既没有被广泛生成，也没有展示给用户；没有替代字段。如今由 `Cache-Status` 字段报告缓存的处理情况。',
  'cdn-cache-control': 'RFC 9213：指令与 `Cache-Control` 相同，但采用结构化字段字典的形式，只由 CDN 缓存遵循（此时 CDN 忽略 `Cache-Control`）。源服务器可借此给 CDN 较长的寿命，给浏览器较短的寿命。CDN 还可以定义自己的定向字段，例如 `Cloudflare-CDN-Cache-Control`。',
  'cache-status': 'RFC 9211：一个结构化字段列表，每个缓存一项，离源服务器最近的在前：`ExampleCDN; hit; ttl=300, BrowserCache; fwd=stale`。参数包括 `hit`、`fwd`（转发原因：`uri-miss`、`stale`、`vary-miss` 等）、`fwd-status`、`ttl`、`stored`、`collapsed`、`key` 和 `detail`。它取代了 `X-Cache` 之类的自定义字段。',
  'cache-groups': 'RFC 9875：由字符串组成的结构化字段列表，给出响应所属的分组，以便用 `Cache-Group-Invalidation` 一起失效。',
  'cache-group-invalidation': 'RFC 9875：出现在对不安全请求的响应中，是由字符串组成的结构化字段列表，指明缓存应使哪些分组中（同一源的）已存储响应失效。',
  'surrogate-capability': '出自 W3C Edge Architecture 备忘录（ESI 时代）：代理服务器告诉源服务器自己的能力，例如 `abc="Surrogate/1.0 ESI/1.0"`。一些 CDN 和 Varnish 配置仍用它支持 Edge Side Includes。',
  'surrogate-control': '出自 W3C Edge Architecture 备忘录：给代理服务器的指令，例如 `max-age` 和 `content="ESI/1.0"`，代理服务器在转发前会删除它。Fastly 和 Akamai 支持它的变体；标准的后继者是 `CDN-Cache-Control`。',
  'x-cache': '未注册：CDN 和代理（Squid、Varnish、CloudFront、Fastly）会添加 `X-Cache: HIT` 或 `MISS`，格式和含义各不相同。`Cache-Status`（RFC 9211）对同样的信息做了标准化。',
  'cf-cache-status': '未注册。Cloudflare 报告它的缓存如何处理了这个请求：`HIT`、`MISS`、`EXPIRED`、`STALE`、`UPDATING`、`REVALIDATED`、`BYPASS`（源服务器的响应或请求使它没有进入缓存）或 `DYNAMIC`（按该区域的规则不可缓存，HTML 默认如此）。`Cache-Status`（RFC 9211）是这类信息的标准形式。',
  'x-served-by': '未注册。Fastly 列出处理该请求的每台缓存服务器及其数据中心代码，`cache-fra-etou8220158-FRA`；启用 shielding 时每一层一项，顺序与 `X-Cache` 和 `X-Cache-Hits` 相同。',
  'x-cache-hits': '未注册。Fastly 按 `X-Served-By` 的顺序，给出每台缓存服务器此前从缓存中提供该对象的次数，`0, 3`。与 `X-Cache: MISS` 同时出现的 0 表示该层未命中。',
};
