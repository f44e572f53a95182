const RFC9110 = 'https://www.rfc-editor.org/rfc/rfc9110';

/** Simplified Chinese doc pages (markdown) of the 'conditional' codes, keyed by code. */
export const conditionalDocsZh: Readonly<Record<string, string>> = {
  HTTP3300: `\`entity-tag = [ weak ] opaque-tag\`，\`opaque-tag = DQUOTE *etagc DQUOTE\`：引号是实体标签的一部分。没有引号的 ETag 无效，逐字节比较标签的缓存或客户端永远无法把它与带引号的标签匹配，条件请求因此失效。\n\n见 [RFC 9110 第 8.8.3 节](${RFC9110}#section-8.8.3)。`,
  HTTP3301: `\`weak = %s"W/"\` 区分大小写。\`w/"x"\` 不是弱实体标签，而是无效值。\n\n见 [RFC 9110 第 8.8.3 节](${RFC9110}#section-8.8.3)。`,
  HTTP3302: `If-Match 用强比较函数比较实体标签，而在强比较下弱标签永远不会匹配，所以前提条件总是失败（412）。请使用强标签；做缓存验证请用 If-None-Match。\n\n见 [RFC 9110 第 13.1.1 节](${RFC9110}#section-13.1.1)。`,
  HTTP3303: `\`If-Match = "*" / #entity-tag\`：要么是 "*"（任意当前表示），要么是标签列表，二者不能同时出现。\n\n见 [RFC 9110 第 13.1.1 节](${RFC9110}#section-13.1.1)。`,
  HTTP3304: `实体标签放在 If-Match 和 If-None-Match 中；日期放在 If-Modified-Since 和 If-Unmodified-Since 中。日期字段里放标签（或标签字段里放日期）都是无效的，服务器会忽略该前提条件。If-Range 两者皆可。\n\n见 [RFC 9110 第 13.1 节](${RFC9110}#section-13.1)。`,
  HTTP3305: `日期类字段（Date、Last-Modified、If-Modified-Since、Sunset 等）取值为 HTTP-date，而不是秒数。接收方会把该值视为无效。请把时间格式化为 IMF-fixdate（例如用 \`new Date(ms).toUTCString()\`）。\n\n见 [RFC 9110 第 5.6.7 节](${RFC9110}#section-5.6.7)。`,
  HTTP3306: `HTTP 的日期类字段不接受 ISO 8601 格式（\`2024-05-01T12:00:00Z\`）。接收方会把该值视为无效；对 Expires 来说就是"已经过期"。请使用 IMF-fixdate（JavaScript 中用 \`toUTCString()\`）。\n\n见 [RFC 9110 第 5.6.7 节](${RFC9110}#section-5.6.7)。`,
  HTTP3307: `\`Retry-After = HTTP-date / delay-seconds\`，其中 \`delay-seconds = 1*DIGIT\`：从现在起的秒数，不会是负数。想让客户端立即重试，请发送 \`0\` 或省略该字段。\n\n见 [RFC 9110 第 10.2.3 节](${RFC9110}#section-10.2.3)。`,
  HTTP3308: `If-Range 需要强验证器：客户端不得在 If-Range 中使用弱实体标签，服务器的强比较也永远不会匹配它，结果总是发送完整表示。\n\n见 [RFC 9110 第 13.1.5 节](${RFC9110}#section-13.1.5)。`,
  HTTP3310: `在 \`first-pos "-" last-pos\` 中，last-pos 不能小于 first-pos。含这种范围的 Range 请求无效（服务器会忽略该字段），这样的 Content-Range 也无效。\n\n见 [RFC 9110 第 14.1.1 节](${RFC9110}#section-14.1.1)。`,
  HTTP3311: `唯一注册的范围单位是 \`bytes\`（Accept-Ranges 中的 "none" 表示不支持范围请求）。服务器会忽略单位不认识的 Range。\n\n见 [RFC 9110 第 14.1 节](${RFC9110}#section-14.1)。`,
  HTTP3312: `有效的 byte-range-resp 满足 \`last-pos < complete-length\`（位置从 0 开始）。超出末尾的范围无效，接收方不得使用。\n\n见 [RFC 9110 第 14.4 节](${RFC9110}#section-14.4)。`,
  HTTP3313: `\`Accept-Ranges: none\` 告诉客户端不要尝试范围请求；在它旁边再列出单位就自相矛盾了。二者只能选一个。\n\n见 [RFC 9110 第 14.3 节](${RFC9110}#section-14.3)。`,
};
