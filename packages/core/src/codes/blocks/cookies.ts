import type { CodeDefinition, LocalizedText } from '../define.js';
import { defineCodes } from '../define.js';

const BIS = 'https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis';

function code(
  code: string,
  messageId: string,
  severity: CodeDefinition['severity'],
  message: LocalizedText,
  title: LocalizedText,
  doc: string,
  fixable?: boolean,
): CodeDefinition {
  const def: CodeDefinition = { code, messageId, severity, area: 'cookies', message, title, doc };
  if (fixable) def.fixable = true;
  return def;
}

/**
 * Codes of the 'cookies' area (HTTP3500-3599): Set-Cookie and Cookie
 * (RFC 6265bis). Reported by src/fields/cookies.ts.
 */
export const cookiesCodes = defineCodes([
  code('HTTP3500', 'cookieSecurePrefix', 'error',
    { en: 'The cookie {name} starts with __Secure- but has no Secure attribute: browsers reject it.', 'zh-CN': 'Cookie {name} 以 __Secure- 开头却没有 Secure 属性：浏览器会拒绝它。' },
    { en: '__Secure- cookie without Secure', 'zh-CN': '__Secure- Cookie 缺少 Secure' },
    `A cookie whose name starts with \`__Secure-\` (case-insensitive) is only accepted when it has the Secure attribute and is set from a secure origin. Add \`Secure\` or rename the cookie.\n\nSee [RFC 6265bis §4.1.3.1](${BIS}#section-4.1.3.1).`, true),
  code('HTTP3501', 'cookieHostPrefix', 'error',
    { en: 'The cookie {name} starts with __Host-: it needs Secure, Path=/ and no Domain (check {attribute}).', 'zh-CN': 'Cookie {name} 以 __Host- 开头：必须带 Secure、Path=/ 且没有 Domain（请检查 {attribute}）。' },
    { en: '__Host- cookie rules broken', 'zh-CN': '违反 __Host- Cookie 规则' },
    `A \`__Host-\` cookie is locked to the host that set it: it MUST have Secure, MUST have \`Path=/\` and MUST NOT have a Domain attribute. Browsers reject the cookie otherwise.\n\nSee [RFC 6265bis §4.1.3.2](${BIS}#section-4.1.3.2).`),
  code('HTTP3502', 'sameSiteNoneWithoutSecure', 'error',
    { en: 'SameSite=None without Secure: browsers reject the cookie.', 'zh-CN': 'SameSite=None 却没有 Secure：浏览器会拒绝该 Cookie。' },
    { en: 'SameSite=None without Secure', 'zh-CN': 'SameSite=None 缺少 Secure' },
    `Browsers only accept \`SameSite=None\` (cookies sent in cross-site requests) together with \`Secure\`. Without it the whole Set-Cookie is ignored. Add \`Secure\` (and serve over HTTPS).\n\nSee [RFC 6265bis §4.1.2.7](${BIS}#section-4.1.2.7) and [MDN](https://developer.mozilla.org/docs/Web/HTTP/Reference/Headers/Set-Cookie#samesitesamesite-value).`, true),
  code('HTTP3503', 'sameSiteInvalid', 'warning',
    { en: 'SameSite={value} is not Strict, Lax or None: the attribute is ignored.', 'zh-CN': 'SameSite={value} 不是 Strict、Lax 或 None：该属性会被忽略。' },
    { en: 'Invalid SameSite value', 'zh-CN': 'SameSite 取值无效' },
    `SameSite takes \`Strict\`, \`Lax\` or \`None\` (case-insensitive). Any other value is ignored and the browser's default (usually Lax) applies.\n\nSee [RFC 6265bis §5.6.7](${BIS}#section-5.6.7).`),
  code('HTTP3504', 'cookieExpiresInvalid', 'warning',
    { en: 'Expires={value} is not a date: the cookie becomes a session cookie.', 'zh-CN': 'Expires={value} 不是日期：该 Cookie 会变成会话 Cookie。' },
    { en: 'Invalid cookie Expires', 'zh-CN': 'Cookie 的 Expires 无效' },
    `Expires takes a date in the HTTP-date form (\`Wed, 21 Oct 2015 07:28:00 GMT\`). A value the browser cannot parse is ignored, so the cookie lives only until the browser closes. Prefer Max-Age for relative lifetimes.\n\nSee [RFC 6265bis §4.1.2.1](${BIS}#section-4.1.2.1).`),
  code('HTTP3505', 'cookieMaxAgeInvalid', 'warning',
    { en: 'Max-Age={value} is not an integer number of seconds: the attribute is ignored.', 'zh-CN': 'Max-Age={value} 不是整数秒：该属性会被忽略。' },
    { en: 'Invalid cookie Max-Age', 'zh-CN': 'Cookie 的 Max-Age 无效' },
    `\`max-age-av = "Max-Age" "=" non-zero-digit *DIGIT\`; browsers also accept 0 and negative numbers (delete the cookie). Anything else, such as \`1h\` or \`3600.0\`, is ignored.\n\nSee [RFC 6265bis §5.6.2](${BIS}#section-5.6.2).`),
  code('HTTP3506', 'cookieAttributeUnknown', 'info',
    { en: 'Unknown cookie attribute {name}: browsers ignore it.', 'zh-CN': '未知的 Cookie 属性 {name}：浏览器会忽略它。' },
    { en: 'Unknown cookie attribute', 'zh-CN': '未知的 Cookie 属性' },
    `The cookie attributes are Expires, Max-Age, Domain, Path, Secure, HttpOnly, SameSite and Partitioned (plus Priority in Chromium). Others are ignored.\n\nSee [RFC 6265bis §5.6](${BIS}#section-5.6).`),
  code('HTTP3507', 'cookieAttributeMisspelled', 'warning',
    { en: 'Unknown cookie attribute {name}: did you mean {suggestion}?', 'zh-CN': '未知的 Cookie 属性 {name}：是否想写 {suggestion}？' },
    { en: 'Misspelled cookie attribute', 'zh-CN': 'Cookie 属性拼写错误' },
    `An unknown attribute close to a known one (\`HttpOnley\`, \`Secrue\`, \`SameStie\`) is ignored, so the protection it was meant to add is missing.\n\nSee [RFC 6265bis §5.6](${BIS}#section-5.6).`, true),
  code('HTTP3508', 'cookieAttributeRepeated', 'warning',
    { en: 'The attribute {name} appears more than once: the last one wins.', 'zh-CN': '属性 {name} 出现了不止一次：以最后一个为准。' },
    { en: 'Repeated cookie attribute', 'zh-CN': 'Cookie 属性重复' },
    `When an attribute appears more than once, user agents use the last occurrence. Keep one.\n\nSee [RFC 6265bis §5.7](${BIS}#section-5.7).`),
  code('HTTP3509', 'cookieDomainLeadingDot', 'hint',
    { en: 'The leading "." of Domain is ignored.', 'zh-CN': 'Domain 开头的 "." 会被忽略。' },
    { en: 'Leading dot in Domain', 'zh-CN': 'Domain 以点开头' },
    `\`Domain=.example.com\` and \`Domain=example.com\` mean the same: the cookie is sent to the domain and its subdomains. The dot is a leftover of RFC 2109.\n\nSee [RFC 6265bis §5.6.3](${BIS}#section-5.6.3).`, true),
  code('HTTP3510', 'cookiePathNotAbsolute', 'warning',
    { en: 'Path={value} does not start with "/": the default path is used instead.', 'zh-CN': 'Path={value} 不以 "/" 开头：将改用默认路径。' },
    { en: 'Cookie Path not absolute', 'zh-CN': 'Cookie 的 Path 不是绝对路径' },
    `A Path attribute that is empty or does not begin with "/" is replaced by the default path (the directory of the request URI), which is rarely what was meant.\n\nSee [RFC 6265bis §5.6.4](${BIS}#section-5.6.4).`),
  code('HTTP3511', 'cookieSeparator', 'warning',
    { en: 'Cookie pairs are separated by "; " (a semicolon and one space).', 'zh-CN': 'Cookie 键值对之间用 "; "（一个分号加一个空格）分隔。' },
    { en: 'Cookie separator', 'zh-CN': 'Cookie 分隔符' },
    `\`cookie-string = cookie-pair *( ";" SP cookie-pair )\`. Most servers also accept \`;\` without the space, but strict parsers do not, and some split on ", " instead.\n\nSee [RFC 6265bis §4.2.1](${BIS}#section-4.2.1).`, true),
  code('HTTP3512', 'cookieAttributeInCookie', 'warning',
    { en: '{name} is a Set-Cookie attribute: in Cookie it is sent as a cookie of that name.', 'zh-CN': '{name} 是 Set-Cookie 的属性：放在 Cookie 中会被当作同名 Cookie 发送。' },
    { en: 'Cookie attribute in Cookie', 'zh-CN': 'Cookie 字段中出现 Cookie 属性' },
    `The Cookie request field carries only name=value pairs. Attributes such as Path, Domain, Expires, Secure or HttpOnly belong to Set-Cookie; in Cookie they become cookies named "Path" and so on. The value was probably copied from a Set-Cookie.\n\nSee [RFC 6265bis §4.2](${BIS}#section-4.2).`),
  code('HTTP3513', 'cookiePartitionedWithoutSecure', 'error',
    { en: 'Partitioned without Secure: browsers reject the cookie.', 'zh-CN': 'Partitioned 却没有 Secure：浏览器会拒绝该 Cookie。' },
    { en: 'Partitioned without Secure', 'zh-CN': 'Partitioned 缺少 Secure' },
    `Partitioned cookies (CHIPS) MUST be Secure. Add \`Secure\`.\n\nSee [CHIPS](https://datatracker.ietf.org/doc/html/draft-cutler-httpbis-partitioned-cookies).`, true),
  code('HTTP3514', 'cookieLifetimeCapped', 'info',
    { en: 'A lifetime of {days} days is capped to 400 days by browsers.', 'zh-CN': '{days} 天的有效期会被浏览器限制为 400 天。' },
    { en: 'Cookie lifetime above 400 days', 'zh-CN': 'Cookie 有效期超过 400 天' },
    `User agents cap Expires and Max-Age at 400 days (34560000 seconds) in the future. Longer lifetimes are silently shortened.\n\nSee [RFC 6265bis §5.6.1](${BIS}#section-5.6.1).`),
]);
