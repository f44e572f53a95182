import { defineCodes } from '../define.js';

const RFC9110 = 'https://www.rfc-editor.org/rfc/rfc9110';

/**
 * Codes of the 'syntax' area (HTTP2000-2999): generic grammar errors in field
 * values, reported by the grammar modules (src/grammar) and by `parseField`'s
 * character check, whatever the field.
 *
 * HTTP2000-2009 grammar, 2010-2019 characters and common value shapes.
 */
export const syntaxCodes = defineCodes([
  {
    code: 'HTTP2000',
    messageId: 'syntaxExpected',
    severity: 'error',
    area: 'syntax',
    message: { en: 'Expected {expected}, found {found}.', 'zh-CN': '此处应为 {expected}，实际为 {found}。' },
    title: { en: 'Unexpected character in a field value', 'zh-CN': '字段值中出现意外字符' },
    doc: `The field value does not match the field's grammar at this character. The message names the ABNF rule (or the literal) that the grammar expected there, for example \`token\`, \`quoted-string\` or \`"="\`, and the character found instead.

## How to fix

Compare the value with the field's definition (the hover of the field name links it). Common causes: a space inside a token, a missing \`=\` in a parameter, a separator such as \`/\` or \`@\` where only token characters are allowed (quote the value instead), or a list written with \`;\` instead of \`,\`.

See [RFC 9110 §5.6](${RFC9110}#section-5.6) for the common rules.`,
  },
  {
    code: 'HTTP2001',
    messageId: 'syntaxExpectedAtEnd',
    severity: 'error',
    area: 'syntax',
    message: { en: 'The value ends where {expected} was expected.', 'zh-CN': '字段值在此处结束，但此处应有 {expected}。' },
    title: { en: 'Field value ends too early', 'zh-CN': '字段值提前结束' },
    doc: `The field value stops before the grammar is complete: the rule named in the message (for example \`subtype\`, \`">"\` or \`last-pos\`) was expected at the end. The value is often truncated, or a template variable resolved to an empty string.

See [RFC 9110 §5.6](${RFC9110}#section-5.6).`,
  },
  {
    code: 'HTTP2002',
    messageId: 'quotedStringUnterminated',
    severity: 'error',
    area: 'syntax',
    message: { en: 'The quoted string is not closed: a closing double quote is missing.', 'zh-CN': '带引号的字符串没有闭合：缺少结尾的双引号。' },
    title: { en: 'Unterminated quoted string', 'zh-CN': '带引号的字符串未闭合' },
    doc: `\`quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE\`. The opening double quote has no matching closing quote, so the rest of the value is read as part of the string. A \`"\` inside the string must be escaped as \`\\"\`.

See [RFC 9110 §5.6.4](${RFC9110}#section-5.6.4).`,
  },
  {
    code: 'HTTP2003',
    messageId: 'listElementEmpty',
    severity: 'warning',
    area: 'syntax',
    message: { en: 'Empty list element: remove the extra comma.', 'zh-CN': '列表元素为空：请删除多余的逗号。' },
    title: { en: 'Empty list element', 'zh-CN': '列表元素为空' },
    doc: `In a comma-separated list (\`#rule\`), a recipient MUST accept and ignore empty elements such as \`a, , b\` or a trailing comma, but a sender MUST NOT generate them. Remove the extra comma.

See [RFC 9110 §5.6.1](${RFC9110}#section-5.6.1).`,
  },
  {
    code: 'HTTP2004',
    messageId: 'parameterWhitespace',
    severity: 'warning',
    area: 'syntax',
    fixable: true,
    message: { en: 'Whitespace around "=" in a parameter is not allowed.', 'zh-CN': '参数的 "=" 两侧不允许有空白。' },
    title: { en: 'Whitespace around "=" in a parameter', 'zh-CN': '参数 "=" 两侧有空白' },
    doc: `\`parameter = parameter-name "=" parameter-value\` has no whitespace around \`=\` (unlike auth-param, which allows "bad" whitespace). Many recipients do not accept \`charset = utf-8\`. Write \`charset=utf-8\`.

See [RFC 9110 §5.6.6](${RFC9110}#section-5.6.6).`,
  },
  {
    code: 'HTTP2005',
    messageId: 'parameterRepeated',
    severity: 'warning',
    area: 'syntax',
    message: { en: 'The parameter {name} appears more than once.', 'zh-CN': '参数 {name} 出现了不止一次。' },
    title: { en: 'Repeated parameter', 'zh-CN': '参数重复' },
    doc: `A parameter name appears twice in the same parameter list. Recipients disagree about which value wins (the first, the last, or an error), so the meaning is ambiguous. Keep one.

See [RFC 9110 §5.6.6](${RFC9110}#section-5.6.6).`,
  },
  {
    code: 'HTTP2006',
    messageId: 'commentUnterminated',
    severity: 'error',
    area: 'syntax',
    message: { en: 'The comment is not closed: a closing parenthesis is missing.', 'zh-CN': '注释没有闭合：缺少右括号。' },
    title: { en: 'Unterminated comment', 'zh-CN': '注释未闭合' },
    doc: `\`comment = "(" *( ctext / quoted-pair / comment ) ")"\`. Comments (in User-Agent, Server and Via) may nest; every \`(\` needs a matching \`)\`. A literal parenthesis inside a comment is escaped as \`\\(\`.

See [RFC 9110 §5.6.5](${RFC9110}#section-5.6.5).`,
  },
  {
    code: 'HTTP2007',
    messageId: 'ipLiteralInvalid',
    severity: 'error',
    area: 'syntax',
    message: { en: 'The bracketed host is not a valid IPv6 address.', 'zh-CN': '方括号中的主机不是有效的 IPv6 地址。' },
    title: { en: 'Invalid IP literal', 'zh-CN': 'IP 字面量无效' },
    doc: `A host in square brackets is an IP-literal: an IPv6 address (for example \`[2001:db8::1]\`) or an IPvFuture (\`[v1.x]\`). The text between the brackets is neither: too many groups, a group of more than four hex digits, or \`::\` used twice.

See [RFC 3986 §3.2.2](https://www.rfc-editor.org/rfc/rfc3986#section-3.2.2).`,
  },
  {
    code: 'HTTP2010',
    messageId: 'valueCrLf',
    severity: 'error',
    area: 'syntax',
    message: { en: 'CR or LF inside a field value.', 'zh-CN': '字段值中有 CR 或 LF。' },
    title: { en: 'CR or LF in a field value', 'zh-CN': '字段值中有 CR 或 LF' },
    doc: `A field value never contains CR or LF: a line break ends the field line, so a value with one is either cut short or, when copied into a message, injects another field or a body (header injection, request smuggling). A recipient MUST reject the message or replace the character with SP.

See [RFC 9110 §5.5](${RFC9110}#section-5.5).`,
  },
  {
    code: 'HTTP2011',
    messageId: 'valueNul',
    severity: 'error',
    area: 'syntax',
    message: { en: 'NUL character inside a field value.', 'zh-CN': '字段值中有 NUL 字符。' },
    title: { en: 'NUL in a field value', 'zh-CN': '字段值中有 NUL' },
    doc: `Field values containing NUL are invalid and dangerous: some recipients end the string there, others keep it. A recipient MUST reject the message or replace the NUL with SP.

See [RFC 9110 §5.5](${RFC9110}#section-5.5).`,
  },
  {
    code: 'HTTP2012',
    messageId: 'valueControlCharacter',
    severity: 'error',
    area: 'syntax',
    message: { en: 'Control character {char} inside a field value.', 'zh-CN': '字段值中有控制字符 {char}。' },
    title: { en: 'Control character in a field value', 'zh-CN': '字段值中有控制字符' },
    doc: `\`field-value = *field-content\` allows visible characters, SP, HTAB and obs-text. Other control characters (U+0001-U+001F except HTAB, and DEL) are invalid and many recipients reject the message. Remove the character or encode it.

See [RFC 9110 §5.5](${RFC9110}#section-5.5).`,
  },
  {
    code: 'HTTP2013',
    messageId: 'valueNonAscii',
    severity: 'warning',
    area: 'syntax',
    message: { en: 'Non-ASCII character {char} in a field value: encode it.', 'zh-CN': '字段值中有非 ASCII 字符 {char}：请先编码。' },
    title: { en: 'Non-ASCII character in a field value', 'zh-CN': '字段值中有非 ASCII 字符' },
    doc: `Field values are ASCII. Bytes above 0x7F (obs-text) are tolerated for historic reasons but their meaning is undefined: each recipient decodes them differently (Latin-1, UTF-8, or not at all), and characters beyond Latin-1 cannot be sent as single bytes at all. Encode the text: percent-encoding in URIs, RFC 8187 \`filename*=UTF-8''...\` in parameters, or a Structured Field Display String.

See [RFC 9110 §5.5](${RFC9110}#section-5.5) and [RFC 8187](https://www.rfc-editor.org/rfc/rfc8187).`,
  },
  {
    code: 'HTTP2014',
    messageId: 'valueEmpty',
    severity: 'error',
    area: 'syntax',
    message: { en: 'The value of {name} is empty.', 'zh-CN': '{name} 的字段值为空。' },
    title: { en: 'Empty field value', 'zh-CN': '字段值为空' },
    doc: `The field's grammar needs at least one element, but the value is empty (or only whitespace). An empty value is usually a template variable that resolved to nothing or a field left half-written. Give the field a value or remove it.

See [RFC 9110 §5.5](${RFC9110}#section-5.5).`,
  },
  {
    code: 'HTTP2015',
    messageId: 'dateObsoleteForm',
    severity: 'warning',
    area: 'syntax',
    fixable: true,
    message: { en: 'HTTP-date in the obsolete {form} form: senders MUST use IMF-fixdate ({suggestion}).', 'zh-CN': 'HTTP-date 使用了过时的 {form} 格式：发送方必须使用 IMF-fixdate（{suggestion}）。' },
    title: { en: 'HTTP-date not in IMF-fixdate', 'zh-CN': 'HTTP-date 不是 IMF-fixdate 格式' },
    doc: `Recipients MUST accept the obsolete rfc850 (\`Sunday, 06-Nov-94 08:49:37 GMT\`) and asctime (\`Sun Nov  6 08:49:37 1994\`) forms, but a sender MUST generate only IMF-fixdate: \`Sun, 06 Nov 1994 08:49:37 GMT\`. The two-digit rfc850 year is also ambiguous. The message shows the same instant in IMF-fixdate.

See [RFC 9110 §5.6.7](${RFC9110}#section-5.6.7).`,
  },
  {
    code: 'HTTP2016',
    messageId: 'dateInvalid',
    severity: 'error',
    area: 'syntax',
    message: { en: 'Not a valid HTTP-date ({reason}); expected for example {example}.', 'zh-CN': '不是有效的 HTTP-date（{reason}）；应类似 {example}。' },
    title: { en: 'Invalid HTTP-date', 'zh-CN': 'HTTP-date 无效' },
    doc: `An HTTP-date is \`Sun, 06 Nov 1994 08:49:37 GMT\`: a three-letter day name, a comma, a two-digit day, a three-letter month, a four-digit year, the time and \`GMT\`, case-sensitive and with single spaces. ISO 8601 dates, numeric time zones (\`+0000\`) and Unix timestamps are not HTTP-dates; recipients treat an invalid date as absent or, for Expires, as already expired. The reason names the part that failed.

See [RFC 9110 §5.6.7](${RFC9110}#section-5.6.7).`,
  },
  {
    code: 'HTTP2017',
    messageId: 'dateWeekdayMismatch',
    severity: 'warning',
    area: 'syntax',
    message: { en: 'The day name {written} does not match the date, which is a {actual}.', 'zh-CN': '星期名 {written} 与日期不符，该日期是 {actual}。' },
    title: { en: 'Day name does not match the date', 'zh-CN': '星期名与日期不符' },
    doc: `The date is valid but its day name is wrong: the value was probably built by hand or by a broken formatter. Recipients use the date and ignore the day name, so the mistake hints that other parts may be wrong too. Generate dates with a library that formats IMF-fixdate.

See [RFC 9110 §5.6.7](${RFC9110}#section-5.6.7).`,
  },
  {
    code: 'HTTP2018',
    messageId: 'languageTagInvalid',
    severity: 'error',
    area: 'syntax',
    message: { en: '{tag} is not a well-formed language tag.', 'zh-CN': '{tag} 不是格式正确的语言标签。' },
    title: { en: 'Invalid language tag', 'zh-CN': '语言标签无效' },
    doc: `A language tag is a sequence of subtags of one to eight letters or digits separated by hyphens: a primary language (\`en\`, \`zh\`), then optionally a script (\`Hans\`), a region (\`CN\`, \`419\`), variants and extensions, as in \`zh-Hans-CN\`. Underscores (\`zh_CN\`) are not allowed. Language ranges in Accept-Language also allow \`*\`.

See [RFC 5646 §2.1](https://www.rfc-editor.org/rfc/rfc5646#section-2.1) and [RFC 4647 §2.1](https://www.rfc-editor.org/rfc/rfc4647#section-2.1).`,
  },
  {
    code: 'HTTP2019',
    messageId: 'integerExpected',
    severity: 'error',
    area: 'syntax',
    message: { en: 'Expected a non-negative decimal integer, found {value}.', 'zh-CN': '此处应为非负十进制整数，实际为 {value}。' },
    title: { en: 'Not a non-negative integer', 'zh-CN': '不是非负整数' },
    doc: `The field (or directive) takes \`1*DIGIT\`: decimal digits only, with no sign, no decimal point, no exponent and no unit. Examples: \`0\`, \`3600\`.

See [RFC 9110 §5.6](${RFC9110}#section-5.6).`,
  },
]);
