import { defineCodes } from '../define.js';

/**
 * Codes of the 'caching' area (HTTP3100-3199): Cache-Control and the other caching
 * fields (RFC 9111, RFC 5861, RFC 8246, RFC 9213). Reported by `parseCacheControl`,
 * the caching field parsers (src/fields/caching.ts) and `checkCaching` (src/cache).
 */
export const cachingCodes = defineCodes([
  {
    code: 'HTTP3100',
    messageId: 'cacheDirectiveExpected',
    severity: 'error',
    area: 'caching',
    message: {
      en: "Expected a cache directive name, found '{found}'.",
      'zh-CN': "此处应为缓存指令名，实际为“{found}”。",
    },
    title: { en: "Cache directive expected", 'zh-CN': "应为缓存指令" },
    doc: `A cache-control field (Cache-Control, CDN-Cache-Control, Surrogate-Control) contains something that is not a directive: a stray character, a lone \`=\` or a quoted string without a name.

## Why

The grammar is \`#cache-directive\` with \`cache-directive = token [ "=" ( token / quoted-string ) ]\` ([RFC 9111, Section 5.2](https://www.rfc-editor.org/rfc/rfc9111#section-5.2)). Caches skip what they cannot parse, and some drop the whole field, so the intended directives may have no effect.

## How to fix

Write each directive as a name, optionally followed by \`=\` and a value, separated by commas: \`Cache-Control: public, max-age=3600\`.
`,
  },
  {
    code: 'HTTP3101',
    messageId: 'cacheDirectiveUnknown',
    severity: 'info',
    area: 'caching',
    message: {
      en: "Unknown cache directive '{name}': caches that do not recognise it ignore it.",
      'zh-CN': "未知的缓存指令“{name}”：不认识它的缓存会忽略它。",
    },
    title: { en: "Unknown cache directive", 'zh-CN': "未知的缓存指令" },
    doc: `A directive that is not in the IANA Hypertext Transfer Protocol Cache Directive Registry nor a known extension.

## Why

Cache-Control is extensible: a cache MUST ignore directives it does not understand ([RFC 9111, Section 5.2.3](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.3)). The directive is kept in the parse result, but no standard cache acts on it.

## How to fix

If it is an extension understood by your own caches, nothing needs fixing. Otherwise check the name against the registered directives: \`max-age\`, \`s-maxage\`, \`no-cache\`, \`no-store\`, \`private\`, \`public\`, \`must-revalidate\`, \`proxy-revalidate\`, \`must-understand\`, \`no-transform\`, \`immutable\`, \`stale-while-revalidate\`, \`stale-if-error\`, and in requests \`max-stale\`, \`min-fresh\`, \`only-if-cached\`.
`,
  },
  {
    code: 'HTTP3102',
    messageId: 'cacheDirectiveMisspelled',
    severity: 'warning',
    area: 'caching',
    message: {
      en: "Unknown cache directive '{name}': did you mean '{suggestion}'?",
      'zh-CN': "未知的缓存指令“{name}”：是否想写“{suggestion}”？",
    },
    title: { en: "Misspelled cache directive", 'zh-CN': "缓存指令拼写错误" },
    doc: `A directive name close to a registered one: \`s-max-age\` for \`s-maxage\`, \`max_age\` for \`max-age\`, \`nocache\` for \`no-cache\`; or a flag written with a boolean, \`no-cache=true\` or \`private=1\`, which caches read as a list of one field named \`true\` or \`1\`, so the response is reused without revalidation.

## Why

Caches ignore directives they do not recognise ([RFC 9111, Section 5.2.3](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.3)), so a misspelled directive silently has no effect: \`Cache-Control: s-max-age=600\` leaves shared caches to use \`max-age\` or heuristics instead.

## How to fix

Use the suggested name.
`,
  },
  {
    code: 'HTTP3103',
    messageId: 'cacheDirectiveDuplicate',
    severity: 'warning',
    area: 'caching',
    message: {
      en: "'{name}' appears more than once; the first occurrence ({first}) is used.",
      'zh-CN': "“{name}”出现了不止一次；以第一次出现的（{first}）为准。",
    },
    title: { en: "Duplicate cache directive", 'zh-CN': "重复的缓存指令" },
    doc: `The same directive appears twice, in one field line or across several Cache-Control lines.

## Why

When a directive has more than one value, caches either use the first occurrence or consider the response stale ([RFC 9111, Section 4.2.1](https://www.rfc-editor.org/rfc/rfc9111#section-4.2.1)). Different caches choose differently, so the outcome is unpredictable. httplens uses the first occurrence, as the RFC suggests.

## How to fix

Keep one occurrence of each directive.
`,
  },
  {
    code: 'HTTP3104',
    messageId: 'cacheDirectiveArgumentMissing',
    severity: 'error',
    area: 'caching',
    message: {
      en: "'{name}' requires an argument: {expected}.",
      'zh-CN': "“{name}”需要一个参数：{expected}。",
    },
    title: { en: "Cache directive argument missing", 'zh-CN': "缺少缓存指令参数" },
    doc: `A directive that needs a value was written without one, for example \`max-age\` or \`s-maxage=\`.

## Why

\`max-age\`, \`s-maxage\`, \`min-fresh\`, \`stale-while-revalidate\` and \`stale-if-error\` take delta-seconds ([RFC 9111, Section 5.2](https://www.rfc-editor.org/rfc/rfc9111#section-5.2), [RFC 5861, Section 3](https://www.rfc-editor.org/rfc/rfc5861#section-3)). Without it, caches treat the freshness information as invalid and the response as stale ([RFC 9111, Section 4.2.1](https://www.rfc-editor.org/rfc/rfc9111#section-4.2.1)).

## How to fix

Add the number of seconds: \`max-age=3600\`.
`,
  },
  {
    code: 'HTTP3105',
    messageId: 'cacheDirectiveArgumentForbidden',
    severity: 'error',
    area: 'caching',
    message: {
      en: "'{name}' takes no argument; '{value}' is ignored.",
      'zh-CN': "“{name}”不带参数；“{value}”会被忽略。",
    },
    title: { en: "Unexpected cache directive argument", 'zh-CN': "缓存指令不应带参数" },
    doc: `A directive that takes no value has one, for example \`no-store=1\` or \`public=true\`; or, in a request, \`no-cache="Set-Cookie"\` (the field list is only defined in responses).

## Why

The registered definitions give these directives no argument ([RFC 9111, Section 5.2](https://www.rfc-editor.org/rfc/rfc9111#section-5.2)). Recipients may ignore the argument, or the whole directive.

## How to fix

Remove the \`=\` and the value.
`,
  },
  {
    code: 'HTTP3106',
    messageId: 'cacheDirectiveDeltaInvalid',
    severity: 'error',
    area: 'caching',
    message: {
      en: "'{name}' needs delta-seconds (a non-negative integer), not '{value}'; caches treat the freshness information as invalid.",
      'zh-CN': "“{name}”需要秒数（非负整数），而不是“{value}”；缓存会把这份新鲜度信息视为无效。",
    },
    title: { en: "Invalid delta-seconds", 'zh-CN': "无效的秒数" },
    doc: `A directive that takes delta-seconds has a value that is not a non-negative decimal integer: \`max-age=1h\`, \`max-age=-1\`, \`max-age=3.5\`.

## Why

\`delta-seconds = 1*DIGIT\` ([RFC 9111, Section 1.2.2](https://www.rfc-editor.org/rfc/rfc9111#section-1.2.2)). Caches are encouraged to consider a response with invalid freshness information stale ([RFC 9111, Section 4.2.1](https://www.rfc-editor.org/rfc/rfc9111#section-4.2.1)).

## How to fix

Write the number of seconds as digits only: \`max-age=3600\`.
`,
  },
  {
    code: 'HTTP3107',
    messageId: 'cacheDirectiveQuotedDelta',
    severity: 'warning',
    area: 'caching',
    message: {
      en: "'{name}' has a quoted value; recipients accept it, but senders must write {name}={value}.",
      'zh-CN': "“{name}”的值带了引号；接收方会接受，但发送方应写成 {name}={value}。",
    },
    title: { en: "Quoted delta-seconds", 'zh-CN': "秒数带了引号" },
    doc: `A delta-seconds argument written as a quoted string: \`max-age="3600"\`.

## Why

Senders MUST use the token form for \`max-age\`, \`s-maxage\`, \`max-stale\` and \`min-fresh\`; recipients are asked to accept the quoted form anyway ([RFC 9111, Section 5.2.1.1](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.1.1), [RFC 9111, Section 5.2.2.1](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2.1)). Older caches may not.

## How to fix

Remove the quotes: \`max-age=3600\`.
`,
  },
  {
    code: 'HTTP3108',
    messageId: 'deltaSecondsCapped',
    severity: 'warning',
    area: 'caching',
    message: {
      en: "'{name}={value}' is greater than 2147483648 seconds; recipients use 2147483648 (about 68 years).",
      'zh-CN': "“{name}={value}”超过 2147483648 秒；接收方按 2147483648（约 68 年）处理。",
    },
    title: { en: "delta-seconds beyond 2^31", 'zh-CN': "秒数超过 2^31" },
    doc: `A delta-seconds value (in a cache directive or in Age) larger than 2^31.

## Why

A recipient that receives a delta-seconds value greater than the greatest integer it can represent, or if any of its subsequent calculations overflows, MUST consider the value to be 2147483648 (2^31) ([RFC 9111, Section 1.2.2](https://www.rfc-editor.org/rfc/rfc9111#section-1.2.2)).

## How to fix

Use a value no larger than a year or so; freshness beyond that is seldom useful (see HTTP3116).
`,
  },
  {
    code: 'HTTP3109',
    messageId: 'cacheDirectiveRequestOnly',
    severity: 'warning',
    area: 'caching',
    message: {
      en: "'{name}' is a request directive; it has no meaning in a response.",
      'zh-CN': "“{name}”是请求指令，在响应中没有意义。",
    },
    title: { en: "Request directive in a response", 'zh-CN': "响应中出现请求指令" },
    doc: `A directive defined only for requests (\`max-stale\`, \`min-fresh\`, \`only-if-cached\`) appears in a response.

## Why

Request and response directives are separate registries of meaning ([RFC 9111, Section 5.2.1](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.1), [RFC 9111, Section 5.2.2](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2)). In a response these directives are ignored.

## How to fix

Remove the directive, or use the response counterpart: \`max-age\`, \`s-maxage\`, \`stale-while-revalidate\`.
`,
  },
  {
    code: 'HTTP3110',
    messageId: 'cacheDirectiveResponseOnly',
    severity: 'warning',
    area: 'caching',
    message: {
      en: "'{name}' is a response directive; it has no meaning in a request.",
      'zh-CN': "“{name}”是响应指令，在请求中没有意义。",
    },
    title: { en: "Response directive in a request", 'zh-CN': "请求中出现响应指令" },
    doc: `A directive defined only for responses (\`public\`, \`private\`, \`s-maxage\`, \`must-revalidate\`, \`proxy-revalidate\`, \`must-understand\`, \`immutable\`, \`stale-while-revalidate\`) appears in a request.

## Why

Caches act on request directives listed in [RFC 9111, Section 5.2.1](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.1); response directives in a request are ignored.

## How to fix

Remove the directive from the request. To ask for a fresh response, use \`no-cache\` or \`max-age=0\`.
`,
  },
  {
    code: 'HTTP3111',
    messageId: 'cacheNoStoreConflict',
    severity: 'warning',
    area: 'caching',
    message: {
      en: "no-store forbids storing the response, so '{other}' has no effect.",
      'zh-CN': "no-store 禁止存储响应，因此“{other}”不起作用。",
    },
    title: { en: "no-store with freshness directives", 'zh-CN': "no-store 与新鲜度指令并存" },
    doc: `\`no-store\` appears beside directives that only matter for a stored response: \`max-age\`, \`s-maxage\`, \`stale-while-revalidate\`, \`stale-if-error\`, \`immutable\`. A zero lifetime (\`no-store, max-age=0\`) is not reported: it agrees with \`no-store\`.

## Why

A cache MUST NOT store a response with \`no-store\` ([RFC 9111, Section 5.2.2.5](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2.5)); the most restrictive directive is honoured when directives conflict ([RFC 9111, Section 4.2.1](https://www.rfc-editor.org/rfc/rfc9111#section-4.2.1)). The other directives suggest that caching was intended, which is worth checking.

## How to fix

Decide: either remove \`no-store\`, or remove the freshness directives. For "store but check every time", use \`no-cache\`.
`,
  },
  {
    code: 'HTTP3112',
    messageId: 'cachePublicPrivateConflict',
    severity: 'warning',
    area: 'caching',
    message: {
      en: "public and private appear together; caches honour the more restrictive private.",
      'zh-CN': "public 与 private 同时出现；缓存按更严格的 private 处理。",
    },
    title: { en: "public with private", 'zh-CN': "public 与 private 并存" },
    doc: `A response carries both \`public\` and \`private\` (without a field list).

## Why

When directives conflict, the most restrictive one is honoured ([RFC 9111, Section 4.2.1](https://www.rfc-editor.org/rfc/rfc9111#section-4.2.1)): shared caches do not store the response ([RFC 9111, Section 5.2.2.7](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2.7)).

## How to fix

Keep the one you mean: \`private\` for per-user content, \`public\` for content any cache may store.
`,
  },
  {
    code: 'HTTP3113',
    messageId: 'cacheNoCacheMaxAgeRedundant',
    severity: 'info',
    area: 'caching',
    message: {
      en: "no-cache makes caches revalidate before every reuse, so max-age={value} only matters for stale-if-error and max-stale.",
      'zh-CN': "no-cache 要求缓存每次复用前都重新验证，因此 max-age={value} 只对 stale-if-error 和 max-stale 有意义。",
    },
    title: { en: "no-cache with max-age", 'zh-CN': "no-cache 与 max-age 并存" },
    doc: `\`no-cache\` (without a field list) appears with \`max-age\` or \`s-maxage\`.

## Why

With \`no-cache\`, a cache MUST NOT use the response without successful validation, even while it is fresh ([RFC 9111, Section 5.2.2.4](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2.4)). The freshness lifetime therefore does not save a request. It is harmless, but often a sign of copied headers.

## How to fix

Use \`no-cache\` alone for "always revalidate", or \`max-age=N\` alone for "reuse for N seconds".
`,
  },
  {
    code: 'HTTP3114',
    messageId: 'cacheImmutableWithoutLifetime',
    severity: 'warning',
    area: 'caching',
    message: {
      en: "immutable has no effect without a freshness lifetime (max-age, s-maxage or Expires).",
      'zh-CN': "没有新鲜度寿命（max-age、s-maxage 或 Expires）时，immutable 不起作用。",
    },
    title: { en: "immutable without freshness", 'zh-CN': "immutable 缺少新鲜度寿命" },
    doc: `\`immutable\` appears in a response that has no explicit freshness lifetime.

## Why

\`immutable\` tells clients not to revalidate a response *while it is fresh* ([RFC 8246, Section 2](https://www.rfc-editor.org/rfc/rfc8246#section-2)). Without \`max-age\`, \`s-maxage\` or \`Expires\`, the response is stale at once (or fresh only by heuristics), so the directive does nothing.

## How to fix

Add a long lifetime: \`Cache-Control: public, max-age=31536000, immutable\`.
`,
  },
  {
    code: 'HTTP3115',
    messageId: 'cacheMustRevalidateWithoutFreshness',
    severity: 'info',
    area: 'caching',
    message: {
      en: "must-revalidate without freshness information: the response is stale as soon as it is stored (unless heuristics apply), so every reuse needs revalidation.",
      'zh-CN': "must-revalidate 缺少新鲜度信息：响应一经存储就已过期（除非适用启发式规则），因此每次复用都要重新验证。",
    },
    title: { en: "must-revalidate without freshness", 'zh-CN': "must-revalidate 缺少新鲜度信息" },
    doc: `\`must-revalidate\` appears without \`max-age\`, \`s-maxage\` or \`Expires\`.

## Why

\`must-revalidate\` only takes effect once the response is stale ([RFC 9111, Section 5.2.2.2](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2.2)). Without explicit freshness the response is stale at once, or fresh for a heuristic lifetime that the sender did not choose ([RFC 9111, Section 4.2.2](https://www.rfc-editor.org/rfc/rfc9111#section-4.2.2)).

## How to fix

Say what you mean: \`no-cache\` for "revalidate every time", or \`max-age=N, must-revalidate\` for "reuse for N seconds, then never serve stale".
`,
  },
  {
    code: 'HTTP3116',
    messageId: 'cacheLifetimeOverYear',
    severity: 'info',
    area: 'caching',
    message: {
      en: "'{name}={value}' is more than a year ({duration}).",
      'zh-CN': "“{name}={value}”超过一年（{duration}）。",
    },
    title: { en: "Freshness over a year", 'zh-CN': "新鲜度超过一年" },
    doc: `A freshness lifetime longer than 31536000 seconds (365 days).

## Why

RFC 9111 sets no upper limit, but HTTP/1.1 long advised against more than a year, and caches evict entries long before that ([RFC 9111, Section 4.2.1](https://www.rfc-editor.org/rfc/rfc9111#section-4.2.1)). A year with \`immutable\` is the usual idiom for versioned assets.

## How to fix

Use \`max-age=31536000\` (one year) for content that never changes at this URL.
`,
  },
  {
    code: 'HTTP3117',
    messageId: 'pragmaNoCacheInResponse',
    severity: 'warning',
    area: 'caching',
    message: {
      en: "Pragma: no-cache has no defined meaning in a response; use Cache-Control: no-cache.",
      'zh-CN': "Pragma: no-cache 在响应中没有定义的含义；请使用 Cache-Control: no-cache。",
    },
    title: { en: "Pragma: no-cache in a response", 'zh-CN': "响应中的 Pragma: no-cache" },
    doc: `A response carries \`Pragma: no-cache\`.

## Why

Pragma is deprecated and defined only for requests: caches MUST treat \`Pragma: no-cache\` in a request without Cache-Control as \`Cache-Control: no-cache\`, but the field has no meaning in responses ([RFC 9111, Section 5.4](https://www.rfc-editor.org/rfc/rfc9111#section-5.4)). Some caches honour it anyway, so its effect is unpredictable.

## How to fix

Send \`Cache-Control: no-cache\` (or \`no-store\`) instead.
`,
  },
  {
    code: 'HTTP3118',
    messageId: 'expiresInvalid',
    severity: 'warning',
    area: 'caching',
    message: {
      en: "Expires '{value}' is not a valid HTTP-date ({reason}); caches treat it as already expired.",
      'zh-CN': "Expires 的值“{value}”不是有效的 HTTP 日期（{reason}）；缓存会将其视为已经过期。",
    },
    title: { en: "Invalid Expires", 'zh-CN': "无效的 Expires" },
    doc: `The Expires value is not an HTTP-date in one of its three forms (\`Sun, 06 Nov 1994 08:49:37 GMT\` is the one to send).

## Why

A cache recipient MUST interpret invalid date formats as representing a time in the past, that is, already expired ([RFC 9111, Section 5.3](https://www.rfc-editor.org/rfc/rfc9111#section-5.3)). The response is stored stale.

## How to fix

Send an IMF-fixdate ([RFC 9110, Section 5.6.7](https://www.rfc-editor.org/rfc/rfc9110#section-5.6.7)), or better, \`Cache-Control: max-age=N\`, which does not depend on clocks.
`,
  },
  {
    code: 'HTTP3119',
    messageId: 'expiresZero',
    severity: 'info',
    area: 'caching',
    message: {
      en: "Expires: {value} is not a date; caches treat it as already expired. Cache-Control: no-cache or max-age=0 says this clearly.",
      'zh-CN': "Expires: {value} 不是日期；缓存会将其视为已经过期。Cache-Control: no-cache 或 max-age=0 能更明确地表达这一点。",
    },
    title: { en: "Expires: 0", 'zh-CN': "Expires 为 0" },
    doc: `\`Expires: 0\` (or \`-1\`), a common way to say "already expired".

## Why

It is not a valid HTTP-date, and RFC 9111 names it explicitly: caches MUST treat invalid dates, especially the value "0", as in the past ([RFC 9111, Section 5.3](https://www.rfc-editor.org/rfc/rfc9111#section-5.3)). It works, but it is an invalid value that linters and older software may flag.

## How to fix

Use \`Cache-Control: no-cache\` (store, but revalidate) or \`Cache-Control: max-age=0\`.
`,
  },
  {
    code: 'HTTP3120',
    messageId: 'expiresIgnored',
    severity: 'info',
    area: 'caching',
    message: {
      en: "Expires is ignored because Cache-Control has {directive}.",
      'zh-CN': "因为 Cache-Control 中有 {directive}，Expires 会被忽略。",
    },
    title: { en: "Expires beside max-age", 'zh-CN': "Expires 与 max-age 并存" },
    doc: `The response has both Expires and \`max-age\` (or \`s-maxage\`).

## Why

If a response includes \`max-age\`, a recipient MUST ignore Expires; shared caches also ignore it when \`s-maxage\` is present ([RFC 9111, Section 5.3](https://www.rfc-editor.org/rfc/rfc9111#section-5.3)). Sending both is common for HTTP/1.0 caches, which are rare now.

## How to fix

Nothing is wrong; make sure both say the same thing, or drop Expires.
`,
  },
  {
    code: 'HTTP3121',
    messageId: 'targetedFieldInvalid',
    severity: 'error',
    area: 'caching',
    message: {
      en: "{field} is not a valid Structured Fields Dictionary ({error}); caches ignore the whole field.",
      'zh-CN': "{field} 不是有效的结构化字段字典（{error}）；缓存会忽略整个字段。",
    },
    title: { en: "Invalid targeted cache-control field", 'zh-CN': "无效的定向缓存控制字段" },
    doc: `A targeted cache-control field such as CDN-Cache-Control does not parse as a Structured Fields Dictionary.

## Why

Targeted fields are Dictionaries ([RFC 9213, Section 2.1](https://www.rfc-editor.org/rfc/rfc9213#section-2.1), [RFC 9651, Section 3.2](https://www.rfc-editor.org/rfc/rfc9651#section-3.2)). A cache that fails to parse one MUST ignore the whole field and falls back to the next target or to Cache-Control ([RFC 9213, Section 2.2](https://www.rfc-editor.org/rfc/rfc9213#section-2.2)). Syntax that Cache-Control tolerates, such as quoted numbers (\`max-age="60"\`) or upper-case names, is invalid here.

## How to fix

Write lower-case keys, integer values without quotes and flags without values: \`CDN-Cache-Control: max-age=600, must-revalidate\`.
`,
  },
  {
    code: 'HTTP3122',
    messageId: 'surrogateControlProvisional',
    severity: 'info',
    area: 'caching',
    message: {
      en: "Surrogate-Control is provisional and understood only by some CDNs; CDN-Cache-Control (RFC 9213) is the standard way to target them.",
      'zh-CN': "Surrogate-Control 是临时注册的字段，只有部分 CDN 理解；定向控制 CDN 的标准方式是 CDN-Cache-Control（RFC 9213）。",
    },
    title: { en: "Surrogate-Control", 'zh-CN': "Surrogate-Control 字段" },
    doc: `A response uses Surrogate-Control, from the W3C Edge Architecture note; the IANA registry lists it as provisional.

## Why

Only some CDNs read it, with vendor-specific directive sets, and they usually strip it before forwarding. RFC 9213 standardises the same idea as CDN-Cache-Control ([RFC 9213, Section 2](https://www.rfc-editor.org/rfc/rfc9213#section-2)).

## How to fix

Consider \`CDN-Cache-Control\` with the same directives, or keep Surrogate-Control if your CDN documents it.
`,
  },
  {
    code: 'HTTP3123',
    messageId: 'ageInvalid',
    severity: 'error',
    area: 'caching',
    message: {
      en: "Age must be delta-seconds (a non-negative integer), not '{value}'; caches ignore it.",
      'zh-CN': "Age 必须是秒数（非负整数），而不是“{value}”；缓存会忽略它。",
    },
    title: { en: "Invalid Age", 'zh-CN': "无效的 Age" },
    doc: `The Age value is not a non-negative decimal integer.

## Why

\`Age = delta-seconds\` ([RFC 9111, Section 5.1](https://www.rfc-editor.org/rfc/rfc9111#section-5.1)). An invalid Age cannot enter the current-age calculation ([RFC 9111, Section 4.2.3](https://www.rfc-editor.org/rfc/rfc9111#section-4.2.3)), so caches downstream may think the response is younger than it is.

## How to fix

Send the number of seconds since the response was generated or validated at the origin, digits only.
`,
  },
  {
    code: 'HTTP3124',
    messageId: 'warningValueInvalid',
    severity: 'info',
    area: 'caching',
    message: {
      en: "Warning value does not parse ({problem}); the field is obsolete, so recipients ignore it anyway.",
      'zh-CN': "Warning 的值无法解析（{problem}）；该字段已废止，接收方本来也会忽略它。",
    },
    title: { en: "Malformed Warning", 'zh-CN': "Warning 格式错误" },
    doc: `A Warning value that does not follow \`warn-code SP warn-agent SP warn-text [ SP warn-date ]\`, for example a missing quoted text or a code that is not three digits.

## Why

Warning was defined in RFC 7234 Section 5.5 and obsoleted by RFC 9111 ([RFC 9111, Section 5.5](https://www.rfc-editor.org/rfc/rfc9111#section-5.5)); the registry check reports the field itself as obsolete. A malformed value adds nothing, not even to the software that still reads it.

## How to fix

Remove the field. If you keep it for old clients, write it as \`Warning: 110 - "Response is Stale"\`.
`,
  },
  {
    code: 'HTTP3125',
    messageId: 'pragmaWithoutCacheControl',
    severity: 'hint',
    area: 'caching',
    message: {
      en: "Pragma: no-cache is only for HTTP/1.0 caches; add Cache-Control: no-cache as well.",
      'zh-CN': "Pragma: no-cache 只针对 HTTP/1.0 缓存；请同时加上 Cache-Control: no-cache。",
    },
    title: { en: "Pragma without Cache-Control", 'zh-CN': "只有 Pragma 没有 Cache-Control" },
    doc: `A request sends \`Pragma: no-cache\` but no Cache-Control.

## Why

Caches MUST treat it as \`Cache-Control: no-cache\` when Cache-Control is absent ([RFC 9111, Section 5.4](https://www.rfc-editor.org/rfc/rfc9111#section-5.4)), but Pragma is deprecated and a sender SHOULD send Cache-Control too.

## How to fix

Add \`Cache-Control: no-cache\` and keep Pragma only if HTTP/1.0 caches matter.
`,
  },
  {
    code: 'HTTP3126',
    messageId: 'cacheFieldListTokenForm',
    severity: 'warning',
    area: 'caching',
    message: {
      en: "'{name}' lists field names in the token form; senders should quote the list: {name}=\"{value}\".",
      'zh-CN': "“{name}”以 token 形式列出字段名；发送方应把列表加上引号：{name}=\"{value}\"。",
    },
    title: { en: "Field list without quotes", 'zh-CN': "字段列表未加引号" },
    doc: `\`private\` or \`no-cache\` with a field list written without quotes: \`no-cache=Set-Cookie\`.

## Why

These directives use the quoted-string form; a sender SHOULD NOT generate the token form, even for a single field name ([RFC 9111, Section 5.2.2.4](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2.4), [RFC 9111, Section 5.2.2.7](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2.7)). Some caches treat the unquoted form as an unqualified \`no-cache\` or \`private\`.

## How to fix

Quote the list: \`no-cache="Set-Cookie"\`.
`,
  },
  {
    code: 'HTTP3127',
    messageId: 'cacheDirectiveSyntax',
    severity: 'error',
    area: 'caching',
    message: {
      en: "Cache directive {name}: {problem}.",
      'zh-CN': "缓存指令 {name}：{problem}。",
    },
    title: { en: "Malformed cache directive", 'zh-CN': "缓存指令格式错误" },
    doc: `A directive's value is malformed: an unterminated quoted string, whitespace around \`=\`, an invalid field name in a field list, or text after a value without a comma.

## Why

\`cache-directive = token [ "=" ( token / quoted-string ) ]\` allows no whitespace around \`=\` ([RFC 9111, Section 5.2](https://www.rfc-editor.org/rfc/rfc9111#section-5.2)). Caches parse such values differently, or drop them.

## How to fix

Write \`name=value\` without spaces, close every quote, and separate directives with commas.
`,
  },
  {
    code: 'HTTP3128',
    messageId: 'mustUnderstandWithoutNoStore',
    severity: 'hint',
    area: 'caching',
    message: {
      en: "must-understand should come with no-store, so that caches that do not implement it do not store the response.",
      'zh-CN': "must-understand 应与 no-store 一起使用，这样不理解它的缓存就不会存储该响应。",
    },
    title: { en: "must-understand without no-store", 'zh-CN': "must-understand 缺少 no-store" },
    doc: `A response has \`must-understand\` but not \`no-store\`.

## Why

\`must-understand\` limits storing to caches that understand the status code. Caches that do not implement \`must-understand\` would otherwise store the response as usual; the directive is meant to be paired with \`no-store\` as their fallback ([RFC 9111, Section 5.2.2.3](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2.3)).

## How to fix

\`Cache-Control: must-understand, no-store\`.
`,
  },
  {
    code: 'HTTP3129',
    messageId: 'setCookieSharedCacheable',
    severity: 'warning',
    area: 'caching',
    message: {
      en: "Shared caches may store this response with its Set-Cookie and give it to other users for {duration} ({directive}).",
      'zh-CN': "共享缓存可以连同 Set-Cookie 一起存储此响应，并在 {duration}内（{directive}）把它交给其他用户。",
    },
    title: { en: "Set-Cookie in a response shared caches may reuse", 'zh-CN': "共享缓存可复用的响应中带有 Set-Cookie" },
    doc: `A response sets a cookie and has a freshness lifetime for shared caches (\`s-maxage\`, \`max-age\` or Expires), without \`private\`, \`no-store\` or \`no-cache\` that would keep the cookie out of them.

## Why

Set-Cookie does not stop a cache from storing a response: "a cacheable response with a Set-Cookie header field can be (and often is) used to satisfy subsequent requests to caches" ([RFC 9111, Section 7.3](https://www.rfc-editor.org/rfc/rfc9111#section-7.3)). A CDN or proxy that keeps this response hands the same cookie, often a session identifier, to every user it serves the response to until it goes stale. Some CDNs refuse to cache such responses, others strip the cookie, others keep it.

## How to fix

- A response for one user: \`Cache-Control: private, max-age=...\` (browsers may still keep it), or \`no-store\`.
- A shared response that also sets a cookie: \`no-cache="Set-Cookie"\` or \`private="Set-Cookie"\` tells caches not to reuse the cookie, though some caches ignore the field list and treat the response as \`no-cache\` or \`private\` as a whole.
- Better still, set the cookie on a response that is not cached, and keep cacheable responses free of Set-Cookie.
`,
  },
]);
