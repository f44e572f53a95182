import type { CodeDefinition, LocalizedText } from '../define.js';
import { defineCodes } from '../define.js';

const RFC9110 = 'https://www.rfc-editor.org/rfc/rfc9110';

function code(
  code: string,
  messageId: string,
  severity: CodeDefinition['severity'],
  message: LocalizedText,
  title: LocalizedText,
  doc: string,
  fixable?: boolean,
): CodeDefinition {
  const def: CodeDefinition = { code, messageId, severity, area: 'conditional', message, title, doc };
  if (fixable) def.fixable = true;
  return def;
}

/**
 * Codes of the 'conditional' area (HTTP3300-3399): validators, preconditions,
 * range requests and the date-valued fields. Reported by src/fields/conditional.ts.
 */
export const conditionalCodes = defineCodes([
  code('HTTP3300', 'etagUnquoted', 'error',
    { en: 'The entity tag {value} is not quoted: write "{value}".', 'zh-CN': '实体标签 {value} 没有加引号：应写作 "{value}"。' },
    { en: 'Unquoted entity tag', 'zh-CN': '实体标签未加引号' },
    `\`entity-tag = [ weak ] opaque-tag\` and \`opaque-tag = DQUOTE *etagc DQUOTE\`: the quotes are part of the tag. An unquoted ETag is invalid, and a cache or client that compares tags byte for byte will never match it against a quoted one, so conditional requests stop working.\n\nSee [RFC 9110 §8.8.3](${RFC9110}#section-8.8.3).`, true),
  code('HTTP3301', 'weakPrefixCase', 'error',
    { en: 'The weak prefix is "W/" (upper case), not {value}.', 'zh-CN': '弱验证器前缀是 "W/"（大写），而不是 {value}。' },
    { en: 'Lower-case weak prefix', 'zh-CN': '弱验证器前缀小写' },
    `\`weak = %s"W/"\` is case-sensitive. \`w/"x"\` is not a weak entity tag and is invalid.\n\nSee [RFC 9110 §8.8.3](${RFC9110}#section-8.8.3).`, true),
  code('HTTP3302', 'ifMatchWeak', 'warning',
    { en: 'A weak entity tag in If-Match never matches: If-Match uses the strong comparison.', 'zh-CN': 'If-Match 中的弱实体标签永远不会匹配：If-Match 使用强比较。' },
    { en: 'Weak entity tag in If-Match', 'zh-CN': 'If-Match 中的弱实体标签' },
    `If-Match compares entity tags with the strong comparison function, under which a weak tag never matches anything, so the precondition always fails (412). Use the strong tag, or If-None-Match for cache validation.\n\nSee [RFC 9110 §13.1.1](${RFC9110}#section-13.1.1).`),
  code('HTTP3303', 'starWithTags', 'error',
    { en: '"*" cannot be combined with entity tags.', 'zh-CN': '"*" 不能与实体标签同时出现。' },
    { en: '"*" with entity tags', 'zh-CN': '"*" 与实体标签并存' },
    `\`If-Match = "*" / #entity-tag\`: either "*" (any current representation) or a list of tags, not both.\n\nSee [RFC 9110 §13.1.1](${RFC9110}#section-13.1.1).`),
  code('HTTP3304', 'validatorInWrongField', 'error',
    { en: '{field} holds {kind}: send it in {suggestion}.', 'zh-CN': '{field} 中放的是 {kind}：应放在 {suggestion} 中。' },
    { en: 'Validator in the wrong field', 'zh-CN': '验证器放错了字段' },
    `Entity tags go in If-Match and If-None-Match; dates go in If-Modified-Since and If-Unmodified-Since. A tag in a date field (or a date in a tag field) is invalid, and the server ignores the precondition. If-Range takes either.\n\nSee [RFC 9110 §13.1](${RFC9110}#section-13.1).`),
  code('HTTP3305', 'dateIsTimestamp', 'error',
    { en: '{value} looks like a Unix timestamp: HTTP dates are written like Sun, 06 Nov 1994 08:49:37 GMT.', 'zh-CN': '{value} 看起来是 Unix 时间戳：HTTP 日期应写成 Sun, 06 Nov 1994 08:49:37 GMT 的形式。' },
    { en: 'Unix timestamp instead of an HTTP-date', 'zh-CN': '用 Unix 时间戳代替了 HTTP-date' },
    `Date-valued fields (Date, Last-Modified, If-Modified-Since, Sunset, ...) take an HTTP-date, not a number of seconds. Recipients treat the value as invalid. Format the time as IMF-fixdate (for example with \`new Date(ms).toUTCString()\`).\n\nSee [RFC 9110 §5.6.7](${RFC9110}#section-5.6.7).`, true),
  code('HTTP3306', 'dateIsIso8601', 'error',
    { en: '{value} is an ISO 8601 date: HTTP dates are written like Sun, 06 Nov 1994 08:49:37 GMT.', 'zh-CN': '{value} 是 ISO 8601 日期：HTTP 日期应写成 Sun, 06 Nov 1994 08:49:37 GMT 的形式。' },
    { en: 'ISO 8601 date instead of an HTTP-date', 'zh-CN': '用 ISO 8601 日期代替了 HTTP-date' },
    `HTTP does not accept ISO 8601 (\`2024-05-01T12:00:00Z\`) in date-valued fields. Recipients treat the value as invalid; for Expires that means "already expired". Use IMF-fixdate (\`toUTCString()\` in JavaScript).\n\nSee [RFC 9110 §5.6.7](${RFC9110}#section-5.6.7).`, true),
  code('HTTP3307', 'retryAfterNegative', 'error',
    { en: 'Retry-After {value} is negative: delay-seconds is a non-negative integer.', 'zh-CN': 'Retry-After 为负数 {value}：delay-seconds 是非负整数。' },
    { en: 'Negative Retry-After', 'zh-CN': 'Retry-After 为负数' },
    `\`Retry-After = HTTP-date / delay-seconds\` with \`delay-seconds = 1*DIGIT\`: a number of seconds from now, never negative. To ask for an immediate retry, send \`0\` or omit the field.\n\nSee [RFC 9110 §10.2.3](${RFC9110}#section-10.2.3).`),
  code('HTTP3308', 'ifRangeWeak', 'error',
    { en: 'If-Range cannot use a weak entity tag.', 'zh-CN': 'If-Range 不能使用弱实体标签。' },
    { en: 'Weak entity tag in If-Range', 'zh-CN': 'If-Range 中的弱实体标签' },
    `If-Range needs a strong validator: a client MUST NOT generate If-Range with a weak entity tag, and the server's strong comparison never matches one, so the full representation is always sent.\n\nSee [RFC 9110 §13.1.5](${RFC9110}#section-13.1.5).`),
  code('HTTP3310', 'rangeInverted', 'error',
    { en: 'The range {value} ends before it starts.', 'zh-CN': '范围 {value} 的终点在起点之前。' },
    { en: 'Range ends before it starts', 'zh-CN': '范围终点早于起点' },
    `In \`first-pos "-" last-pos\`, last-pos is not less than first-pos. A Range request with such a range is invalid (the server ignores the field), and such a Content-Range is invalid.\n\nSee [RFC 9110 §14.1.1](${RFC9110}#section-14.1.1).`),
  code('HTTP3311', 'rangeUnitUnknown', 'warning',
    { en: 'Unknown range unit {unit}: only "bytes" is registered.', 'zh-CN': '未知的范围单位 {unit}：只注册了 "bytes"。' },
    { en: 'Unknown range unit', 'zh-CN': '未知的范围单位' },
    `The only registered range unit is \`bytes\` ("none" in Accept-Ranges means no range support). Servers ignore a Range with a unit they do not know.\n\nSee [RFC 9110 §14.1](${RFC9110}#section-14.1).`),
  code('HTTP3312', 'contentRangeBeyondLength', 'error',
    { en: 'The range ends at {last} but the complete length is {length}.', 'zh-CN': '范围终点为 {last}，但完整长度只有 {length}。' },
    { en: 'Content-Range beyond the complete length', 'zh-CN': 'Content-Range 超出完整长度' },
    `A valid byte-range-resp has \`last-pos < complete-length\` (positions start at 0). A range that reaches past the end is invalid; recipients MUST NOT use it.\n\nSee [RFC 9110 §14.4](${RFC9110}#section-14.4).`),
  code('HTTP3313', 'acceptRangesNoneWithOthers', 'warning',
    { en: '"none" together with range units: "none" means no range is accepted.', 'zh-CN': '"none" 与范围单位同时出现："none" 表示不接受任何范围请求。' },
    { en: 'Accept-Ranges none with units', 'zh-CN': 'Accept-Ranges 的 none 与单位并存' },
    `\`Accept-Ranges: none\` tells clients not to attempt range requests; listing units beside it contradicts it. Send one or the other.\n\nSee [RFC 9110 §14.3](${RFC9110}#section-14.3).`),
]);
