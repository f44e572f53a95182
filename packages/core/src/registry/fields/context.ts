import { mdn, rfc, type FieldDefinition } from './types.js';

const UA_ATTRIBUTES = 'https://datatracker.ietf.org/doc/html/draft-mutz-http-attributes-01';
const OBJECT_HEADERS = 'https://www.w3.org/Protocols/HTTP/Object_Headers.html';
const GITHUB_RATE_LIMITS = 'https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#checking-the-status-of-your-rate-limit';
const RATELIMIT_DRAFT = 'https://datatracker.ietf.org/doc/html/draft-ietf-httpapi-ratelimit-headers';
const RATELIMIT_DRAFT_06 = 'https://datatracker.ietf.org/doc/html/draft-ietf-httpapi-ratelimit-headers-06';

/** Request context, response context, preferences, deprecation, tracing, push and the historic user-agent attributes. */
export const contextFields: readonly FieldDefinition[] = [
  {
    name: 'User-Agent', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: rfc(9110, '10.1.5'), mdnUrl: mdn('User-Agent'),
    summary: { en: 'The client software (product tokens and comments).', 'zh-CN': '客户端软件（产品标识与注释）。' },
    docs: 'Product tokens with optional versions and comments, most significant first: `httplens/0.1 (+https://httplens.dev)`. Browsers send long, historically compatible strings and are reducing them; prefer feature detection or User-Agent Client Hints to sniffing.',
  },
  {
    name: 'From', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: rfc(9110, '10.1.2'), mdnUrl: mdn('From'),
    summary: { en: 'E-mail address of the person responsible for the requests.', 'zh-CN': '对请求负责的人的电子邮件地址。' },
    docs: 'A mailbox such as `crawler-admin@example.com`, sent by robots so that a site operator can contact whoever runs them. Browsers never send it.',
  },
  {
    name: 'Referer', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: rfc(9110, '10.1.3'), mdnUrl: mdn('Referer'),
    summary: { en: 'The page the request came from (misspelled in the spec).', 'zh-CN': '请求来自哪个页面（规范中的拼写错误沿用至今）。' },
    docs: 'The URI of the resource from which the target URI was obtained, without fragment or credentials. Browsers trim it according to `Referrer-Policy` (by default to the origin for cross-origin requests). The misspelling of "referrer" dates from the original proposal and is permanent.',
  },
  {
    name: 'Server', status: 'permanent', appearsIn: 'response', list: false,
    specUrl: rfc(9110, '10.2.4'), mdnUrl: mdn('Server'),
    summary: { en: 'The origin server software.', 'zh-CN': '源服务器软件。' },
    docs: 'Product tokens describing the origin server software: `nginx`, `Apache/2.4.62 (Debian)`. Detailed versions help attackers find vulnerable servers; keep it short or omit it.',
  },
  {
    name: 'Date', status: 'permanent', appearsIn: 'both', list: false, trailer: 'forbidden',
    specUrl: rfc(9110, '6.6.1'), mdnUrl: mdn('Date'),
    summary: { en: 'When the message was generated (HTTP-date, GMT).', 'zh-CN': '报文生成的时间（HTTP 日期，GMT）。' },
    docs: 'An HTTP-date in IMF-fixdate form, `Sun, 06 Nov 1994 08:49:37 GMT`. An origin server with a clock must send it in responses (except 1xx and 5xx where it may not); caches use it to compute the age of a response.',
  },
  {
    name: 'Allow', status: 'permanent', appearsIn: 'response', list: true,
    specUrl: rfc(9110, '10.2.1'), mdnUrl: mdn('Allow'),
    summary: { en: 'Methods the target resource supports.', 'zh-CN': '目标资源支持的方法。' },
    docs: 'The methods supported by the target resource: `GET, HEAD, OPTIONS`. Required in 405 Method Not Allowed responses, and usual in responses to OPTIONS. An empty value means no method is allowed.',
  },
  {
    name: 'Location', status: 'permanent', appearsIn: 'response', list: false, trailer: 'forbidden',
    specUrl: rfc(9110, '10.2.2'), mdnUrl: mdn('Location'),
    summary: { en: 'Redirect target (3xx) or the created resource (201).', 'zh-CN': '重定向目标（3xx）或新创建的资源（201）。' },
    docs: 'A URI reference, resolved against the request URI. In 3xx responses it is the redirect target; in 201 Created it identifies the new resource. A relative reference (`/login`) is allowed. If it has no fragment, the client keeps the original one.',
  },
  {
    name: 'Retry-After', status: 'permanent', appearsIn: 'response', list: false, trailer: 'forbidden',
    specUrl: rfc(9110, '10.2.3'), mdnUrl: mdn('Retry-After'),
    summary: { en: 'How long to wait before retrying (seconds or a date).', 'zh-CN': '重试前需要等待多久（秒数或日期）。' },
    docs: 'A delay in seconds (`120`) or an HTTP-date. Sent with 503 Service Unavailable and 429 Too Many Requests to say when to come back, and with 3xx to ask the client to wait before following the redirect.',
  },
  {
    name: 'Refresh', status: 'permanent', appearsIn: 'response', list: false,
    specUrl: 'https://html.spec.whatwg.org/multipage/browsing-the-web.html#refresh', mdnUrl: mdn('Refresh'),
    summary: { en: 'Reload or redirect the page after a delay.', 'zh-CN': '延迟一段时间后刷新或跳转页面。' },
    docs: 'The HTTP equivalent of `<meta http-equiv="refresh">`: `5; url=https://example.com/next` navigates after 5 seconds. Breaks the back button and accessibility expectations; a 3xx redirect is usually better.',
  },
  {
    name: 'Ping-From', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: 'https://html.spec.whatwg.org/multipage/links.html#ping-from',
    summary: { en: 'Page whose hyperlink-auditing ping this is.', 'zh-CN': '该超链接审计 ping 来自哪个页面。' },
    docs: 'Sent with the POST that `<a ping="...">` makes when a link is followed: the address of the document containing the link.',
  },
  {
    name: 'Ping-To', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: 'https://html.spec.whatwg.org/multipage/links.html#ping-to',
    summary: { en: 'Target of the followed hyperlink, in a ping.', 'zh-CN': 'ping 中被访问的超链接的目标。' },
    docs: 'Sent with the POST that `<a ping="...">` makes: the URL the user navigated to.',
  },
  {
    name: 'Last-Event-ID', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: 'https://html.spec.whatwg.org/multipage/server-sent-events.html#last-event-id',
    summary: { en: 'Resume a server-sent event stream after this event.', 'zh-CN': '从此事件之后继续服务器发送事件流。' },
    docs: 'Sent by `EventSource` when it reconnects: the `id` of the last server-sent event received, so the server can resume the stream without loss.',
  },
  {
    name: 'Prefer', status: 'permanent', appearsIn: 'request', list: true,
    specUrl: rfc(7240, '2'), mdnUrl: mdn('Prefer'),
    summary: { en: 'Optional server behaviours the client prefers (return=minimal, respond-async).', 'zh-CN': '客户端偏好的可选服务器行为（return=minimal、respond-async）。' },
    docs: 'Preferences the server may honour: `return=minimal` or `return=representation`, `respond-async`, `wait=10`, `handling=strict` or `lenient`. A server that honoured one says so in `Preference-Applied`; responses that vary with it need `Vary: Prefer`.',
  },
  {
    name: 'Preference-Applied', status: 'permanent', appearsIn: 'response', list: true,
    specUrl: rfc(7240, '3'), mdnUrl: mdn('Preference-Applied'),
    summary: { en: 'Which Prefer preferences the server applied.', 'zh-CN': '服务器应用了哪些 Prefer 偏好。' },
    docs: 'Echoes the preferences from `Prefer` that the server honoured, such as `return=minimal`.',
  },
  {
    name: 'Accept-CH', status: 'permanent', appearsIn: 'response', list: true, structuredType: 'list',
    specUrl: rfc(8942, '3.1'), mdnUrl: mdn('Accept-CH'),
    summary: { en: 'Client Hints the server wants in later requests.', 'zh-CN': '服务器希望在后续请求中收到的客户端提示。' },
    docs: 'RFC 8942: a Structured Field List of Client Hint names, such as `Sec-CH-UA-Platform-Version, Sec-CH-Prefers-Color-Scheme`. Browsers then send those hints to the origin over HTTPS. Remember `Vary` for responses that depend on them.',
  },
  {
    name: 'Deprecation', status: 'permanent', appearsIn: 'response', list: false, structuredType: 'item',
    specUrl: rfc(9745, '2'),
    summary: { en: 'The resource is (or will be) deprecated, since a date.', 'zh-CN': '该资源已经（或将要）被弃用，以及起始日期。' },
    docs: 'RFC 9745: a Structured Field Date such as `@1688169599`, the moment the resource was or will be deprecated. Usually accompanied by `Link: <...>; rel="deprecation"` with details and by `Sunset`.',
  },
  {
    name: 'Sunset', status: 'permanent', appearsIn: 'response', list: false,
    specUrl: rfc(8594, '3'),
    summary: { en: 'When the resource is expected to stop responding.', 'zh-CN': '资源预计停止响应的时间。' },
    docs: 'RFC 8594: an HTTP-date after which the resource is likely to become unavailable, used to announce API retirements. `Link: <...>; rel="sunset"` can point to a policy.',
  },
  {
    name: 'Server-Timing', status: 'permanent', appearsIn: 'response', list: true, trailer: 'allowed',
    specUrl: 'https://www.w3.org/TR/server-timing/', mdnUrl: mdn('Server-Timing'),
    summary: { en: 'Server-side timing metrics shown in developer tools.', 'zh-CN': '在开发者工具中显示的服务器端计时指标。' },
    docs: 'Metrics such as `db;dur=53, cache;desc="Cache Read";dur=23.2`, shown in browser developer tools and exposed to scripts (cross-origin only with `Timing-Allow-Origin`). Can be sent as a trailer, once the timings are known. Do not leak internal details to everyone.',
  },
  {
    name: 'Traceparent', status: 'permanent', appearsIn: 'both', list: false,
    specUrl: 'https://www.w3.org/TR/trace-context/#traceparent-header',
    summary: { en: 'W3C Trace Context: trace and parent span IDs.', 'zh-CN': 'W3C 追踪上下文：追踪 ID 与父跨度 ID。' },
    docs: 'W3C Trace Context: `00-<32 hex trace-id>-<16 hex parent-id>-<2 hex flags>`, propagated by OpenTelemetry and other tracers so that a distributed trace can be reassembled.',
  },
  {
    name: 'Tracestate', status: 'permanent', appearsIn: 'both', list: true,
    specUrl: 'https://www.w3.org/TR/trace-context/#tracestate-header',
    summary: { en: 'W3C Trace Context: vendor-specific trace data.', 'zh-CN': 'W3C 追踪上下文：厂商特定的追踪数据。' },
    docs: 'W3C Trace Context: up to 32 `key=value` entries of vendor-specific data that accompany `Traceparent`.',
  },
  {
    name: 'Topic', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: rfc(8030, '5.4'),
    summary: { en: 'Web Push: replaces a pending message with the same topic.', 'zh-CN': 'Web 推送：替换主题相同的待发消息。' },
    docs: 'Web Push (RFC 8030): a short name; a new push message with the same topic replaces one that has not been delivered yet.',
  },
  {
    name: 'TTL', status: 'permanent', appearsIn: 'both', list: false,
    specUrl: rfc(8030, '5.2'),
    summary: { en: 'Web Push: seconds the push service keeps the message.', 'zh-CN': 'Web 推送：推送服务保留消息的秒数。' },
    docs: 'Web Push (RFC 8030): how long, in seconds, the push service should keep an undelivered message. Required in requests to the push service, which may answer with a lower value.',
  },
  {
    name: 'Urgency', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: rfc(8030, '5.3'),
    summary: { en: 'Web Push: urgency of the message (very-low to high).', 'zh-CN': 'Web 推送：消息的紧急程度（very-low 到 high）。' },
    docs: 'Web Push (RFC 8030): `very-low`, `low`, `normal` or `high`, so that a device on battery can defer less urgent messages.',
  },
  {
    name: 'SLUG', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: rfc(5023, '9.7'),
    summary: { en: 'AtomPub: suggested name for the created resource\'s URI.', 'zh-CN': 'AtomPub：为新建资源的 URI 建议的名称。' },
    docs: 'Atom Publishing Protocol (RFC 5023): percent-encoded text the client suggests the server use in the URI of the member it creates with POST.',
  },
  {
    name: 'SoapAction', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: 'https://www.w3.org/TR/2000/NOTE-SOAP-20000508',
    summary: { en: 'SOAP 1.1: the intent of the SOAP request.', 'zh-CN': 'SOAP 1.1：SOAP 请求的意图。' },
    docs: 'SOAP 1.1: a quoted URI identifying the intent of the request, `"http://example.com/GetQuote"`; an empty string `""` means the intent is the request URI. SOAP 1.2 moved it into the `action` parameter of `Content-Type: application/soap+xml`.',
  },
  {
    name: 'Meter', status: 'permanent', appearsIn: 'both', list: true,
    specUrl: rfc(2227),
    summary: { en: 'Hit-metering and usage limiting between caches and servers.', 'zh-CN': '缓存与服务器之间的命中计量与使用限制。' },
    docs: 'RFC 2227 let proxies report how often they served a cached response, so origins could count hits without disabling caching. Never widely deployed.',
  },
  {
    name: 'Set-Txn', status: 'permanent', appearsIn: 'response', list: false,
    specUrl: 'https://datatracker.ietf.org/doc/html/draft-ietf-scim-events-15#section-3',
    summary: { en: 'SCIM events: the transaction identifier of a change.', 'zh-CN': 'SCIM 事件：某次变更的事务标识符。' },
    docs: 'SCIM Events: returned by a SCIM service provider with the identifier of the transaction a write produced, so that clients can correlate it with the security events it publishes.',
  },
  {
    name: 'X-Requested-With', status: 'nonstandard', appearsIn: 'request', list: false,
    specUrl: mdn('X-Requested-With'),
    summary: { en: '`XMLHttpRequest` marker added by JavaScript libraries.', 'zh-CN': 'JavaScript 库添加的 `XMLHttpRequest` 标记。' },
    docs: 'Not registered. jQuery and similar libraries add `X-Requested-With: XMLHttpRequest` so that servers can tell scripted requests apart. Because it is not a CORS-safelisted field, a cross-origin request with it needs a preflight, which is why some sites used it as a weak CSRF defence. `fetch()` does not add it; Android WebView puts the app package name in it.',
  },
  {
    name: 'X-Powered-By', status: 'nonstandard', discouraged: 'exposes-details', appearsIn: 'response', list: false,
    specUrl: mdn('X-Powered-By'),
    advice: { en: 'Remove it: it tells attackers which framework and version to target, and no client uses it.', 'zh-CN': '删除它：它会告诉攻击者目标框架和版本，而且没有客户端使用它。' },
    summary: { en: 'Framework that generated the response (remove it).', 'zh-CN': '生成响应的框架（建议删除）。' },
    docs: 'Not registered. Added by PHP, Express, ASP.NET and others: `X-Powered-By: PHP/8.3.1`. It serves no protocol purpose and helps attackers fingerprint the stack; disable it (`app.disable(\'x-powered-by\')`, `expose_php = Off`).',
  },
  {
    name: 'X-AspNet-Version', status: 'nonstandard', discouraged: 'exposes-details', appearsIn: 'response', list: false,
    specUrl: 'https://learn.microsoft.com/en-us/dotnet/api/system.web.configuration.httpruntimesection.enableversionheader',
    advice: { en: 'Remove it: set `enableVersionHeader="false"` in `<httpRuntime>`.', 'zh-CN': '删除它：在 `<httpRuntime>` 中设置 `enableVersionHeader="false"`。' },
    summary: { en: 'ASP.NET runtime version (remove it).', 'zh-CN': 'ASP.NET 运行时版本（建议删除）。' },
    docs: 'Not registered. Added by ASP.NET (`X-AspNet-Version: 4.0.30319`). It serves no protocol purpose and tells attackers which runtime to target.',
  },
  {
    name: 'X-AspNetMvc-Version', status: 'nonstandard', discouraged: 'exposes-details', appearsIn: 'response', list: false,
    specUrl: 'https://learn.microsoft.com/en-us/dotnet/api/system.web.mvc.mvchandler.disablemvcresponseheader',
    advice: { en: 'Remove it: set `MvcHandler.DisableMvcResponseHeader = true` at startup.', 'zh-CN': '删除它：在启动时设置 `MvcHandler.DisableMvcResponseHeader = true`。' },
    summary: { en: 'ASP.NET MVC version (remove it).', 'zh-CN': 'ASP.NET MVC 版本（建议删除）。' },
    docs: 'Not registered. Added by ASP.NET MVC (`X-AspNetMvc-Version: 5.2`). Like `X-Powered-By`, it only helps attackers fingerprint the stack.',
  },
  {
    name: 'X-Request-ID', status: 'nonstandard', appearsIn: 'both', list: false,
    specUrl: 'https://devcenter.heroku.com/articles/http-request-id',
    summary: { en: 'Correlation ID of a request across services and logs.', 'zh-CN': '在各服务和日志之间关联请求的 ID。' },
    docs: 'Not registered: a unique ID set by the client or the first proxy and echoed in the response, so logs of different services can be correlated. W3C `Traceparent` is the standard for distributed tracing.',
  },
  {
    name: 'X-RateLimit-Limit', status: 'nonstandard', appearsIn: 'response', list: false,
    specUrl: GITHUB_RATE_LIMITS,
    summary: { en: 'Requests allowed in the current rate-limit window (de facto).', 'zh-CN': '当前限流窗口内允许的请求数（事实惯例）。' },
    docs: 'Not registered, but sent by GitHub and many other APIs: the number of requests the client may make in the current window, `X-RateLimit-Limit: 5000`. Each API chooses its window and what it counts. The IETF draft fields `RateLimit-Policy` and `RateLimit` standardise this information.',
  },
  {
    name: 'X-RateLimit-Remaining', status: 'nonstandard', appearsIn: 'response', list: false,
    specUrl: GITHUB_RATE_LIMITS,
    summary: { en: 'Requests left in the current rate-limit window (de facto).', 'zh-CN': '当前限流窗口内剩余的请求数（事实惯例）。' },
    docs: 'Not registered, but sent by GitHub and many other APIs: how many requests the client may still make before the window resets, `X-RateLimit-Remaining: 4999`. At 0, further requests are refused (429 Too Many Requests, or 403 at some APIs) until the reset.',
  },
  {
    name: 'X-RateLimit-Reset', status: 'nonstandard', appearsIn: 'response', list: false,
    specUrl: GITHUB_RATE_LIMITS,
    summary: { en: 'When the rate-limit window resets: a Unix time or seconds, by API.', 'zh-CN': '限流窗口何时重置：Unix 时间或秒数，因 API 而异。' },
    docs: 'Not registered. When the current window ends, in a form each API chooses: GitHub sends the Unix time in seconds (`X-RateLimit-Reset: 1735689600`), other APIs the seconds left (`60`). A client cannot tell which without the API\'s documentation; the IETF draft `RateLimit` field gives seconds left.',
  },
  {
    name: 'RateLimit-Policy', status: 'nonstandard', appearsIn: 'response', list: true,
    specUrl: RATELIMIT_DRAFT,
    summary: { en: 'The quota policies that apply to the client (IETF draft).', 'zh-CN': '适用于客户端的配额策略（IETF 草案）。' },
    docs: 'An IETF HTTPAPI draft (`draft-ietf-httpapi-ratelimit-headers`): the quota policies of the server. In the current draft each policy is a member of a Structured Field List, `"default";q=100;w=60` (100 quota units per 60-second window). Earlier drafts used other forms and are still deployed, so the value is not checked.',
  },
  {
    name: 'RateLimit', status: 'nonstandard', appearsIn: 'response', list: true,
    specUrl: RATELIMIT_DRAFT,
    summary: { en: 'Quota left and seconds until it resets (IETF draft).', 'zh-CN': '剩余配额及距重置的秒数（IETF 草案）。' },
    docs: 'An IETF HTTPAPI draft: for a policy of `RateLimit-Policy`, the quota left and the seconds until it resets, `"default";r=50;t=30`. Libraries written against earlier drafts send `limit=100, remaining=50, reset=30` here, or the separate `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`; the value is not checked.',
  },
  {
    name: 'RateLimit-Limit', status: 'nonstandard', appearsIn: 'response', list: false,
    specUrl: RATELIMIT_DRAFT_06,
    summary: { en: 'Request quota of the window (early rate-limit drafts).', 'zh-CN': '窗口内的请求配额（早期限流草案）。' },
    docs: 'From the early drafts of the IETF rate-limit fields (up to draft 06), still sent by GitLab and by rate-limiting libraries: the quota of the current window, `RateLimit-Limit: 100`. The current draft moves it into `RateLimit-Policy`.',
  },
  {
    name: 'RateLimit-Remaining', status: 'nonstandard', appearsIn: 'response', list: false,
    specUrl: RATELIMIT_DRAFT_06,
    summary: { en: 'Quota left in the window (early rate-limit drafts).', 'zh-CN': '窗口内剩余的配额（早期限流草案）。' },
    docs: 'From the early drafts of the IETF rate-limit fields (up to draft 06), still sent by GitLab and by rate-limiting libraries: the quota left in the current window, `RateLimit-Remaining: 42`. The current draft moves it into the `r` parameter of `RateLimit`.',
  },
  {
    name: 'RateLimit-Reset', status: 'nonstandard', appearsIn: 'response', list: false,
    specUrl: RATELIMIT_DRAFT_06,
    summary: { en: 'When the window resets (early rate-limit drafts).', 'zh-CN': '窗口何时重置（早期限流草案）。' },
    docs: 'From the early drafts of the IETF rate-limit fields (up to draft 06): the seconds until the quota resets, `RateLimit-Reset: 30`. GitLab sends a Unix time here instead. The current draft moves it into the `t` parameter of `RateLimit`.',
  },
  {
    name: 'CF-Ray', status: 'nonstandard', appearsIn: 'both', list: false,
    specUrl: 'https://developers.cloudflare.com/fundamentals/reference/cloudflare-ray-id/',
    summary: { en: 'Cloudflare\'s ID of the request, ending with the data centre code.', 'zh-CN': 'Cloudflare 为请求分配的 ID，以数据中心代码结尾。' },
    docs: 'Not registered. Cloudflare adds it to the responses it serves and to the requests it forwards to the origin: a hexadecimal ID of the request followed by the code of the data centre that handled it, `8d2a5f0b9c1e4a7b-FRA`. Quote it to Cloudflare support or search the logs for it.',
  },

  {
    name: 'X-Robots-Tag', status: 'nonstandard', appearsIn: 'response', list: true,
    specUrl: 'https://developers.google.com/search/docs/crawling-indexing/robots-meta-tag#xrobotstag', mdnUrl: mdn('X-Robots-Tag'),
    summary: { en: 'Indexing rules for search engine crawlers (noindex, nofollow).', 'zh-CN': '给搜索引擎爬虫的索引规则（noindex、nofollow）。' },
    docs: 'Not registered, but honoured by the major search engines: the rules of `<meta name="robots">` (`noindex`, `nofollow`, `noarchive`, `unavailable_after: <date>`) for any response, including PDFs and images. Can be limited to one crawler: `googlebot: noindex`.',
  },

  {
    name: 'Idempotency-Key', status: 'nonstandard', appearsIn: 'request', list: false, structuredType: 'item', itemType: 'string',
    specUrl: 'https://datatracker.ietf.org/doc/html/draft-ietf-httpapi-idempotency-key-header',
    summary: { en: 'Makes a POST or PATCH safe to retry: the server runs it once per key.', 'zh-CN': '使 POST 或 PATCH 可以安全重试：服务器对每个键只执行一次。' },
    docs: 'An IETF HTTPAPI draft (used by Stripe, PayPal and others): a unique Structured Field String, `"8e03978e-40d5-43e8-bc93-6894a57f9324"`, that lets the server recognise a retried non-idempotent request and replay the first result. A conflicting reuse gets 422; a concurrent one 409.',
  },
  {
    name: 'Title', status: 'nonstandard', appearsIn: 'response', list: false,
    specUrl: OBJECT_HEADERS,
    summary: { en: 'Title of the document (early HTTP drafts).', 'zh-CN': '文档标题（早期 HTTP 草案）。' },
    docs: 'Not registered. An early HTTP object header carrying the document title, listed in the 1992 W3C HTTP design notes and never standardised. Ignored by every current client.',
  },
  {
    name: 'Public', status: 'obsoleted', appearsIn: 'response', list: true, replacedBy: ['Allow'],
    specUrl: rfc(2068, '14.35'),
    summary: { en: 'Methods the server supports (removed; use Allow).', 'zh-CN': '服务器支持的方法（已移除；请用 Allow）。' },
    docs: 'RFC 2068 defined it to list the methods the server (rather than the resource) supports. RFC 2616 dropped it; `Allow` lists the methods of the target resource.',
  },
  {
    name: 'URI', status: 'obsoleted', appearsIn: 'response', list: true, replacedBy: ['Location', 'Content-Location'],
    specUrl: rfc(2068, '19.6.2.5'),
    summary: { en: 'URIs of the resource (removed from HTTP/1.1).', 'zh-CN': '资源的 URI（已从 HTTP/1.1 中移除）。' },
    docs: 'An HTTP/1.0-era field giving URIs by which the resource can be identified, kept in an appendix of RFC 2068 and dropped later. `Location` and `Content-Location` cover its uses.',
  },
  {
    name: 'UA-Color', status: 'nonstandard', appearsIn: 'request', list: false, replacedBy: ['Sec-CH-Prefers-Color-Scheme'],
    specUrl: UA_ATTRIBUTES,
    summary: { en: 'Colour depth of the client display (historic).', 'zh-CN': '客户端显示器的颜色深度（历史字段）。' },
    docs: 'Not registered. From a 1996 draft on user-agent display attributes, later sent by Internet Explorer Mobile: the display\'s colour depth, such as `color8`. Client Hints replace this family of fields.',
  },
  {
    name: 'UA-CPU', status: 'nonstandard', appearsIn: 'request', list: false, replacedBy: ['Sec-CH-UA-Arch'],
    specUrl: UA_ATTRIBUTES,
    summary: { en: 'CPU architecture of the client (historic).', 'zh-CN': '客户端的 CPU 架构（历史字段）。' },
    docs: 'Not registered. Sent by Internet Explorer on some systems (`UA-CPU: AMD64`). User-Agent Client Hints (`Sec-CH-UA-Arch`) carry this today, on request.',
  },
  {
    name: 'UA-Disp', status: 'nonstandard', appearsIn: 'request', list: false, replacedBy: ['Sec-CH-Viewport-Width'],
    specUrl: UA_ATTRIBUTES,
    summary: { en: 'Size and colour depth of the client display (historic).', 'zh-CN': '客户端显示器的尺寸和颜色深度（历史字段）。' },
    docs: 'Not registered. From the 1996 user-agent display attributes draft: width, height and colour depth of the display, such as `640, 480, 8`. Client Hints replace it.',
  },
  {
    name: 'UA-OS', status: 'nonstandard', appearsIn: 'request', list: false, replacedBy: ['Sec-CH-UA-Platform'],
    specUrl: UA_ATTRIBUTES,
    summary: { en: 'Operating system of the client (historic).', 'zh-CN': '客户端的操作系统（历史字段）。' },
    docs: 'Not registered. Sent by Internet Explorer Mobile (`UA-OS: Windows CE`). User-Agent Client Hints (`Sec-CH-UA-Platform`) carry this today.',
  },
  {
    name: 'UA-Pixels', status: 'nonstandard', appearsIn: 'request', list: false, replacedBy: ['Sec-CH-Viewport-Width'],
    specUrl: UA_ATTRIBUTES,
    summary: { en: 'Screen resolution of the client (historic).', 'zh-CN': '客户端的屏幕分辨率（历史字段）。' },
    docs: 'Not registered. The display resolution, such as `240x320`, sent by Internet Explorer Mobile. Responsive design and Client Hints replace it.',
  },
];
