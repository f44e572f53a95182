import { defineCodes } from '../define.js';

const RFC9651 = 'https://www.rfc-editor.org/rfc/rfc9651';

/**
 * Codes of the 'structured' area (HTTP3800-3899): Structured Field syntax
 * (RFC 9651) of the fields that are defined as Structured Fields, and the checks
 * of each such field's own specification. Reported by the parsers in
 * src/fields/structured.ts.
 *
 * HTTP3800-3812: the value is not a valid Structured Field.
 * HTTP3820-3823: the value parses but its shape does not fit the field.
 * HTTP3830-: checks of one field's specification.
 */
export const structuredCodes = defineCodes([
  // ---- Structured Field syntax -------------------------------------------------
  {
    code: 'HTTP3800',
    messageId: 'sfEmptyItem',
    severity: 'error',
    area: 'structured',
    message: {
      en: '{field} is empty, but it is a Structured Field Item and must hold a value.',
      'zh-CN': '{field} 的值为空，但它是结构化字段 Item，必须有一个值。',
    },
    title: { en: 'Empty Structured Field item', 'zh-CN': '结构化字段 Item 为空' },
    doc: `The field is defined as a Structured Field of type Item ([RFC 9651, Section 3.3](${RFC9651}#section-3.3)), and its value is empty (or only spaces).

## Why

A List or Dictionary may be empty, but an Item always has a value: a recipient that parses the field as RFC 9651 requires fails on the empty string and ignores the whole field ([RFC 9651, Section 4.2](${RFC9651}#section-4.2)).

## How to fix

Send the value the field's specification asks for, or leave the field out entirely.
`,
  },
  {
    code: 'HTTP3801',
    messageId: 'sfExpectedItem',
    severity: 'error',
    area: 'structured',
    message: {
      en: '{field}: expected an item here (integer, decimal, string, token, byte sequence, boolean, date or display string).',
      'zh-CN': '{field}：此处应为一个 Item（整数、小数、字符串、Token、字节序列、布尔值、日期或显示字符串）。',
    },
    title: { en: 'Structured Field item expected', 'zh-CN': '此处应为结构化字段 Item' },
    doc: `At this position the Structured Field grammar needs a Bare Item, and the character found cannot start one ([RFC 9651, Section 4.2.3.1](${RFC9651}#section-4.2.3.1)).

## Why

Each type of Bare Item starts with a distinctive character: a digit or \`-\` for numbers, \`"\` for strings, a letter or \`*\` for tokens, \`:\` for byte sequences, \`?\` for booleans, \`@\` for dates and \`%\` for display strings. Anything else (a quote \`'\`, a bracket, an empty member between two commas) makes RFC 9651 parsing fail, and a recipient then ignores the whole field.

## How to fix

Write the value with the syntax the field defines. Common causes are single quotes instead of double quotes, a missing value after \`=\`, and a value copied from an older, non-structured version of the field.
`,
  },
  {
    code: 'HTTP3802',
    messageId: 'sfExpectedKey',
    severity: 'error',
    area: 'structured',
    message: {
      en: '{field}: expected a key here (a lower-case letter or "*", then lower-case letters, digits, "_", "-", "." or "*").',
      'zh-CN': '{field}：此处应为一个键（以小写字母或 "*" 开头，后接小写字母、数字、"_"、"-"、"." 或 "*"）。',
    },
    title: { en: 'Structured Field key expected', 'zh-CN': '此处应为结构化字段的键' },
    doc: `Dictionary member names and parameter names are keys ([RFC 9651, Section 3.1.2](${RFC9651}#section-3.1.2)): they start with a lower-case letter or \`*\` and contain only lower-case letters, digits, \`_\`, \`-\`, \`.\` and \`*\`.

## Why

Keys are case-sensitive and upper-case letters are not allowed, so \`U=1\` is not the same as \`u=1\`: it is a syntax error, and the recipient ignores the field.

## How to fix

Write keys in lower case, and check that nothing but a key follows \`;\` or starts a dictionary member.
`,
  },
  {
    code: 'HTTP3803',
    messageId: 'sfExpectedComma',
    severity: 'error',
    area: 'structured',
    message: {
      en: '{field}: expected "," between members here.',
      'zh-CN': '{field}：此处成员之间应为 ","。',
    },
    title: { en: 'Comma expected between members', 'zh-CN': '成员之间缺少逗号' },
    doc: `Members of a Structured Field List or Dictionary are separated by commas, with optional spaces or tabs around them ([RFC 9651, Section 3.1](${RFC9651}#section-3.1)). After a member ended, something other than \`,\` followed.

## Why

Usually parameters were written with a separator other than \`;\`, or two values were written side by side with only a space. The whole field fails to parse and is ignored.

## How to fix

Separate members with \`,\` and attach parameters with \`;\`, for example \`a;x=1, b\`.
`,
  },
  {
    code: 'HTTP3804',
    messageId: 'sfTrailingComma',
    severity: 'error',
    area: 'structured',
    message: {
      en: '{field}: the value ends with ",".',
      'zh-CN': '{field}：值以 "," 结尾。',
    },
    title: { en: 'Trailing comma', 'zh-CN': '末尾多余的逗号' },
    doc: `A Structured Field List or Dictionary must not end with a comma ([RFC 9651, Section 4.2.1](${RFC9651}#section-4.2.1)).

## Why

Classic comma-separated fields tolerate empty elements, Structured Fields do not: a trailing comma makes the whole field fail to parse, so it is ignored.

## How to fix

Remove the final comma. If several field lines were combined, check that none of them is empty.
`,
  },
  {
    code: 'HTTP3805',
    messageId: 'sfTrailingCharacters',
    severity: 'error',
    area: 'structured',
    message: {
      en: '{field}: unexpected text after the end of the {sfType}.',
      'zh-CN': '{field}：{sfType} 结束之后还有多余的文本。',
    },
    title: { en: 'Text after the Structured Field value', 'zh-CN': '结构化字段值之后有多余文本' },
    doc: `The value parsed as a complete Structured Field, but more text follows ([RFC 9651, Section 4.2](${RFC9651}#section-4.2)).

## Why

For an Item field this often means the field was sent twice and combined with a comma, or that a list was sent where one item is allowed. Trailing text makes the whole field invalid.

## How to fix

Send exactly one value of the field's type, and do not repeat a singleton field.
`,
  },
  {
    code: 'HTTP3806',
    messageId: 'sfInvalidNumber',
    severity: 'error',
    area: 'structured',
    message: {
      en: '{field}: invalid number (an integer has at most 15 digits; a decimal at most 12 digits, ".", and 1 to 3 digits).',
      'zh-CN': '{field}：数字无效（整数最多 15 位；小数整数部分最多 12 位，"." 之后 1 到 3 位）。',
    },
    title: { en: 'Invalid Structured Field number', 'zh-CN': '结构化字段数字无效' },
    doc: `Integers have at most 15 digits and decimals at most 12 digits before the point and one to three after it ([RFC 9651, Sections 3.3.1 and 3.3.2](${RFC9651}#section-3.3.1)). Exponents, a leading \`+\` and a bare \`.5\` are not allowed.

## Why

These limits keep every number exact in common number types; a recipient fails on anything longer and ignores the field.

## How to fix

Round decimals to three fractional digits, and write \`0.5\` rather than \`.5\` or \`5e-1\`.
`,
  },
  {
    code: 'HTTP3807',
    messageId: 'sfInvalidString',
    severity: 'error',
    area: 'structured',
    message: {
      en: '{field}: invalid string (printable ASCII only, \\" and \\\\ are the only escapes, and it ends with a double quote).',
      'zh-CN': '{field}：字符串无效（只能含可打印 ASCII 字符，只允许 \\" 和 \\\\ 两种转义，且以双引号结束）。',
    },
    title: { en: 'Invalid Structured Field string', 'zh-CN': '结构化字段字符串无效' },
    doc: `A Structured Field String is enclosed in double quotes, holds only printable ASCII (space to \`~\`), and escapes only \`"\` and \`\\\` with a backslash ([RFC 9651, Section 3.3.3](${RFC9651}#section-3.3.3)).

## Why

Non-ASCII characters, tabs, other backslash escapes and a missing closing quote make the field fail to parse.

## How to fix

Close the string, remove the unsupported escape, and send non-ASCII text as a Display String (\`%"f%c3%bc%c3%bc"\`) where the field allows one.
`,
  },
  {
    code: 'HTTP3808',
    messageId: 'sfInvalidByteSequence',
    severity: 'error',
    area: 'structured',
    message: {
      en: '{field}: invalid byte sequence (base64 between colons, "=" padding only at the end).',
      'zh-CN': '{field}：字节序列无效（应为两个冒号之间的 base64，"=" 填充只能在末尾）。',
    },
    title: { en: 'Invalid Structured Field byte sequence', 'zh-CN': '结构化字段字节序列无效' },
    doc: `A Byte Sequence is base64 ([RFC 4648, Section 4](https://www.rfc-editor.org/rfc/rfc4648#section-4)) between two colons ([RFC 9651, Section 3.3.5](${RFC9651}#section-3.3.5)).

## Why

The base64url alphabet (\`-\` and \`_\`), spaces inside the value, padding in the middle and a missing closing colon all make the field fail to parse.

## How to fix

Encode with the standard base64 alphabet and padding, and write it as \`:aGVsbG8=:\`.
`,
  },
  {
    code: 'HTTP3809',
    messageId: 'sfInvalidBoolean',
    severity: 'error',
    area: 'structured',
    message: {
      en: '{field}: a boolean is written ?1 (true) or ?0 (false).',
      'zh-CN': '{field}：布尔值只能写作 ?1（真）或 ?0（假）。',
    },
    title: { en: 'Invalid Structured Field boolean', 'zh-CN': '结构化字段布尔值无效' },
    doc: `Booleans are \`?1\` and \`?0\` ([RFC 9651, Section 3.3.6](${RFC9651}#section-3.3.6)); \`?true\`, \`?yes\` and a lone \`?\` are errors.

## Why

The whole field fails to parse and is ignored.

## How to fix

Write \`?1\` or \`?0\`. In a parameter or dictionary member, a true value can be written by the key alone (\`;incremental\` or \`i\`).
`,
  },
  {
    code: 'HTTP3810',
    messageId: 'sfInvalidDate',
    severity: 'error',
    area: 'structured',
    message: {
      en: '{field}: a date is "@" followed by an integer number of seconds since 1970-01-01T00:00:00Z.',
      'zh-CN': '{field}：日期的写法是 "@" 后接一个整数，表示自 1970-01-01T00:00:00Z 起的秒数。',
    },
    title: { en: 'Invalid Structured Field date', 'zh-CN': '结构化字段日期无效' },
    doc: `A Structured Field Date is \`@\` followed by an Integer, the seconds since the Unix epoch ([RFC 9651, Section 3.3.7](${RFC9651}#section-3.3.7)), for example \`@1688169599\`.

## Why

Fractions of a second, spaces after \`@\` and dates written as text are syntax errors, so the field is ignored.

## How to fix

Convert the time to whole seconds since 1970-01-01T00:00:00Z and write it after \`@\`.
`,
  },
  {
    code: 'HTTP3811',
    messageId: 'sfInvalidDisplayString',
    severity: 'error',
    area: 'structured',
    message: {
      en: '{field}: invalid display string (%"...", printable ASCII with "%" followed by two lower-case hex digits, valid UTF-8).',
      'zh-CN': '{field}：显示字符串无效（应为 %"..."，可打印 ASCII，"%" 后接两位小写十六进制数字，且为有效的 UTF-8）。',
    },
    title: { en: 'Invalid Structured Field display string', 'zh-CN': '结构化字段显示字符串无效' },
    doc: `A Display String carries Unicode text as \`%"..."\` where every byte that is not printable ASCII, and every \`%\` and \`"\`, is percent-encoded in UTF-8 with lower-case hex digits ([RFC 9651, Section 3.3.8](${RFC9651}#section-3.3.8)).

## Why

Upper-case hex digits, raw non-ASCII characters and byte sequences that are not valid UTF-8 make the field fail to parse.

## How to fix

Encode the text as UTF-8 and percent-encode with lower-case digits: \`%"f%c3%bc%c3%bc"\` for "füü".
`,
  },
  {
    code: 'HTTP3812',
    messageId: 'sfInvalidInnerList',
    severity: 'error',
    area: 'structured',
    message: {
      en: '{field}: invalid inner list (items separated by spaces, closed with ")").',
      'zh-CN': '{field}：内部列表无效（各项以空格分隔，并以 ")" 结束）。',
    },
    title: { en: 'Invalid Structured Field inner list', 'zh-CN': '结构化字段内部列表无效' },
    doc: `An Inner List is written \`(a b c)\`: items separated by spaces, in parentheses, optionally followed by parameters ([RFC 9651, Section 3.1.1](${RFC9651}#section-3.1.1)).

## Why

Commas inside the parentheses, a missing \`)\` and nested parentheses are syntax errors, so the field is ignored.

## How to fix

Separate inner-list items with single spaces and close the list: \`("a" "b");p=1\`.
`,
  },
  // ---- the value parses, but does not fit the field ------------------------------
  {
    code: 'HTTP3820',
    messageId: 'sfWrongType',
    severity: 'error',
    area: 'structured',
    message: {
      en: '{field}: expected {expected} here, found {actual}.',
      'zh-CN': '{field}：此处应为 {expected}，实际为 {actual}。',
    },
    title: { en: 'Wrong Structured Field type for this field', 'zh-CN': '结构化字段类型不符合该字段的定义' },
    doc: `The value is valid RFC 9651 syntax, but the field's specification asks for another type at this position: for example a String where a Token is written, or an Integer where a Boolean is required.

## Why

Structured Field types are distinct: \`"same-origin"\` (a String) is not \`same-origin\` (a Token), \`1\` is not \`?1\`, and \`5\` is not \`5.0\`. A recipient that checks the type treats the value as invalid and usually ignores the member or the whole field ([RFC 9651, Section 2](${RFC9651}#section-2)).

## How to fix

Write the value with the type the field defines; the message names the type expected and the type found.
`,
  },
  {
    code: 'HTTP3821',
    messageId: 'sfUnknownValue',
    severity: 'warning',
    area: 'structured',
    message: {
      en: '{field}: unknown value {value}; expected one of {allowed}.',
      'zh-CN': '{field}：未知的值 {value}；应为以下之一：{allowed}。',
    },
    title: { en: 'Value not defined for this field', 'zh-CN': '该字段未定义此值' },
    doc: `The field takes one of a fixed set of tokens, and this one is not among them.

## Why

Recipients treat an unknown value like a missing field, so a misspelled policy such as \`require-corps\` silently turns the policy off.

## How to fix

Use one of the listed values; their meaning is in the field's specification (linked from the field's hover).
`,
  },
  {
    code: 'HTTP3822',
    messageId: 'sfUnknownKey',
    severity: 'info',
    area: 'structured',
    message: {
      en: '{field}: {key} is not defined for this field; recipients ignore it.',
      'zh-CN': '{field}：该字段未定义 {key}，接收方会忽略它。',
    },
    title: { en: 'Unknown member or parameter', 'zh-CN': '未知的成员或参数' },
    doc: `A dictionary member or a parameter that the field's specification does not define.

## Why

Structured Fields are extensible: recipients ignore keys they do not know, so this is not an error. It is reported because an unknown key is often a typo (\`urgency=1\` for \`u=1\` in Priority), and a typo means the intended setting has no effect.

## How to fix

Check the spelling against the field's specification. If the key is an intentional extension, ignore this note or turn it off with \`"severity": { "HTTP3822": "off" }\`.
`,
  },
  {
    code: 'HTTP3823',
    messageId: 'sfMissingKey',
    severity: 'error',
    area: 'structured',
    message: {
      en: '{field}: the required {key} is missing.',
      'zh-CN': '{field}：缺少必需的 {key}。',
    },
    title: { en: 'Required member or parameter missing', 'zh-CN': '缺少必需的成员或参数' },
    doc: `The field's specification requires a dictionary member or parameter that the value does not have, for example \`match\` in Use-As-Dictionary.

## Why

Without it the recipient cannot apply the field and ignores it.

## How to fix

Add the missing key with a value of the right type.
`,
  },
  {
    code: 'HTTP3824',
    messageId: 'sfKeyReplaced',
    severity: 'warning',
    area: 'structured',
    message: {
      en: '{field}: {key} is given again later, so this value is replaced by the last one.',
      'zh-CN': '{field}：{key} 在后面再次出现，因此这个值被最后一个值取代。',
    },
    title: { en: 'Member or parameter given twice', 'zh-CN': '成员或参数重复出现' },
    doc: `A Dictionary member or a parameter appears more than once. RFC 9651 keeps the last value, in the position of the first ([RFC 9651, Sections 4.2.2 and 4.2.3.2](${RFC9651}#section-4.2.2)); the earlier value is silently dropped.

## Why

Repeated keys usually come from two field lines being combined (by a proxy or a framework), or from a configuration that sets the same directive in two places. Which one wins is then a matter of order, not intent: \`Priority: u=1, u=5\` means urgency 5.

## How to fix

Give each key once. When the field is assembled from several sources, decide which one takes precedence before sending.
`,
  },
  // ---- checks of one field's specification ---------------------------------------
  {
    code: 'HTTP3830',
    messageId: 'priorityUrgencyRange',
    severity: 'error',
    area: 'structured',
    message: {
      en: 'Priority urgency u={value} is outside 0 to 7.',
      'zh-CN': 'Priority 的紧急度 u={value} 不在 0 到 7 的范围内。',
    },
    title: { en: 'Priority urgency out of range', 'zh-CN': 'Priority 紧急度超出范围' },
    doc: `The urgency parameter \`u\` of the Priority field is an Integer from 0 (highest) to 7 (lowest); the default is 3 ([RFC 9218, Section 4.1](https://www.rfc-editor.org/rfc/rfc9218#section-4.1)).

## Why

A value outside the range is ignored, so the request or response gets the default urgency 3, not the one intended.

## How to fix

Use an integer from 0 to 7, e.g. \`Priority: u=1, i\`.
`,
  },
  {
    code: 'HTTP3831',
    messageId: 'cacheStatusFwdUnknown',
    severity: 'warning',
    area: 'structured',
    message: {
      en: 'Cache-Status: fwd={value} is not a defined forward reason (bypass, method, uri-miss, vary-miss, miss, request, stale, partial).',
      'zh-CN': 'Cache-Status：fwd={value} 不是已定义的转发原因（bypass、method、uri-miss、vary-miss、miss、request、stale、partial）。',
    },
    title: { en: 'Unknown Cache-Status forward reason', 'zh-CN': '未知的 Cache-Status 转发原因' },
    doc: `The \`fwd\` parameter of Cache-Status says why a cache forwarded the request, as one of the tokens \`bypass\`, \`method\`, \`uri-miss\`, \`vary-miss\`, \`miss\`, \`request\`, \`stale\` or \`partial\` ([RFC 9211, Section 2.2](https://www.rfc-editor.org/rfc/rfc9211#section-2.2)).

## Why

Tools that read Cache-Status (debuggers, monitoring) only understand the defined reasons.

## How to fix

Use the closest defined reason, and put extra detail in the \`detail\` parameter.
`,
  },
  {
    code: 'HTTP3832',
    messageId: 'proxyStatusErrorUnknown',
    severity: 'warning',
    area: 'structured',
    message: {
      en: 'Proxy-Status: error={value} is not a registered proxy error type.',
      'zh-CN': 'Proxy-Status：error={value} 不是已注册的代理错误类型。',
    },
    title: { en: 'Unknown Proxy-Status error type', 'zh-CN': '未知的 Proxy-Status 错误类型' },
    doc: `The \`error\` parameter of Proxy-Status takes a token from the HTTP Proxy Error Types registry, such as \`dns_timeout\`, \`connection_refused\`, \`tls_certificate_error\` or \`http_response_incomplete\` ([RFC 9209, Section 2.3](https://www.rfc-editor.org/rfc/rfc9209#section-2.3)).

## Why

An unregistered type tells the reader nothing they can act on; registered types have defined meanings and extra parameters.

## How to fix

Use the registered type that fits (\`proxy_internal_error\` when none does) and describe specifics in \`details\`.
`,
  },
  {
    code: 'HTTP3833',
    messageId: 'digestAlgorithmUnknown',
    severity: 'warning',
    area: 'structured',
    message: {
      en: '{field}: unknown digest algorithm {algorithm}.',
      'zh-CN': '{field}：未知的摘要算法 {algorithm}。',
    },
    title: { en: 'Unknown digest algorithm', 'zh-CN': '未知的摘要算法' },
    doc: `Content-Digest and Repr-Digest are dictionaries keyed by algorithm names from the Hash Algorithms for HTTP Digest Fields registry; \`sha-256\` and \`sha-512\` are the active ones ([RFC 9530, Section 5](https://www.rfc-editor.org/rfc/rfc9530#section-5)).

## Why

Recipients ignore digests with algorithms they do not know, so the content is not checked at all.

## How to fix

Use \`sha-256\` or \`sha-512\` (names are lower case), e.g. \`Content-Digest: sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:\`.
`,
  },
  {
    code: 'HTTP3834',
    messageId: 'digestAlgorithmInsecure',
    severity: 'warning',
    area: 'structured',
    message: {
      en: '{field}: {algorithm} is deprecated and insecure; use sha-256 or sha-512.',
      'zh-CN': '{field}：{algorithm} 已弃用且不安全，请改用 sha-256 或 sha-512。',
    },
    title: { en: 'Insecure digest algorithm', 'zh-CN': '不安全的摘要算法' },
    doc: `The algorithms \`md5\`, \`sha\`, \`unixsum\`, \`unixcksum\`, \`adler\` and \`crc32c\` are registered only as deprecated ([RFC 9530, Section 5](https://www.rfc-editor.org/rfc/rfc9530#section-5)).

## Why

They are either checksums or broken hash functions: collisions are easy to produce, so they do not protect integrity.

## How to fix

Send \`sha-256\` or \`sha-512\` instead, or in addition for old recipients.
`,
  },
  {
    code: 'HTTP3835',
    messageId: 'digestLengthMismatch',
    severity: 'error',
    area: 'structured',
    message: {
      en: '{field}: a {algorithm} digest is {expected} bytes long, this one has {actual}.',
      'zh-CN': '{field}：{algorithm} 摘要应为 {expected} 字节，此处为 {actual} 字节。',
    },
    title: { en: 'Digest has the wrong length', 'zh-CN': '摘要长度错误' },
    doc: `A SHA-256 digest is 32 bytes and a SHA-512 digest 64 bytes ([RFC 9530, Section 5](https://www.rfc-editor.org/rfc/rfc9530#section-5)).

## Why

A value of another length cannot be a digest of this algorithm: often the hex text of the digest was base64-encoded, or the digest was truncated. Every integrity check will fail.

## How to fix

Base64-encode the raw digest bytes (not their hex form) between colons.
`,
  },
  {
    code: 'HTTP3836',
    messageId: 'wantDigestPreferenceRange',
    severity: 'error',
    area: 'structured',
    message: {
      en: '{field}: preference {value} is outside 0 to 10.',
      'zh-CN': '{field}：偏好值 {value} 不在 0 到 10 的范围内。',
    },
    title: { en: 'Digest preference out of range', 'zh-CN': '摘要偏好值超出范围' },
    doc: `Want-Content-Digest and Want-Repr-Digest map algorithms to an Integer preference from 0 ("not acceptable") to 10 (most preferred) ([RFC 9530, Section 4](https://www.rfc-editor.org/rfc/rfc9530#section-4)).

## Why

Values outside the range are undefined, so the recipient may ignore the preference.

## How to fix

Use integers from 0 to 10, e.g. \`Want-Content-Digest: sha-512=10, sha-256=3\`.
`,
  },
  {
    code: 'HTTP3837',
    messageId: 'signatureEmpty',
    severity: 'error',
    area: 'structured',
    message: {
      en: 'Signature {label} is an empty byte sequence.',
      'zh-CN': 'Signature {label} 是一个空的字节序列。',
    },
    title: { en: 'Empty HTTP message signature', 'zh-CN': 'HTTP 报文签名为空' },
    doc: `Each member of the Signature field is a Byte Sequence holding the signature bytes for the label ([RFC 9421, Section 4.2](https://www.rfc-editor.org/rfc/rfc9421#section-4.2)).

## Why

An empty signature can never verify; it usually means that signing failed and the error was not handled.

## How to fix

Check the signing step and send the signature bytes base64-encoded between colons.
`,
  },
  {
    code: 'HTTP3838',
    messageId: 'signatureInputExpired',
    severity: 'warning',
    area: 'structured',
    message: {
      en: 'Signature-Input {label}: expires ({expires}) is not after created ({created}).',
      'zh-CN': 'Signature-Input {label}：expires（{expires}）不晚于 created（{created}）。',
    },
    title: { en: 'Signature expires before it was created', 'zh-CN': '签名的过期时间早于创建时间' },
    doc: `The \`created\` and \`expires\` parameters of a signature are UNIX timestamps; \`expires\` must be later than \`created\` ([RFC 9421, Section 2.3](https://www.rfc-editor.org/rfc/rfc9421#section-2.3)).

## Why

A signature that expires when (or before) it is created is rejected by every verifier.

## How to fix

Check the clock and the units (seconds, not milliseconds) used to compute the two values.
`,
  },
  {
    code: 'HTTP3839',
    messageId: 'signatureInputDuplicateComponent',
    severity: 'error',
    area: 'structured',
    message: {
      en: '{field} {label}: the component {component} is listed more than once.',
      'zh-CN': '{field} {label}：组件 {component} 出现了不止一次。',
    },
    title: { en: 'Duplicate covered component', 'zh-CN': '覆盖组件重复' },
    doc: `The covered components of a signature (the inner list of a Signature-Input member, or of an Accept-Signature member that requests a signature) must not contain the same component identifier, with the same parameters, twice ([RFC 9421, Section 2.5](https://www.rfc-editor.org/rfc/rfc9421#section-2.5)).

## Why

Verifiers fail on a repeated component while building the signature base, so the signature cannot be verified.

## How to fix

List each component once, in the order used to create the signature base.
`,
  },
  {
    code: 'HTTP3840',
    messageId: 'acceptChUnknownHint',
    severity: 'info',
    area: 'structured',
    message: {
      en: 'Accept-CH: {value} is not a known client hint.',
      'zh-CN': 'Accept-CH：{value} 不是已知的客户端提示。',
    },
    title: { en: 'Unknown client hint', 'zh-CN': '未知的客户端提示' },
    doc: `Accept-CH lists the client hint fields a server wants in later requests ([RFC 8942, Section 3.1](https://www.rfc-editor.org/rfc/rfc8942#section-3.1)), such as \`Sec-CH-UA-Model\` or \`Sec-CH-Prefers-Color-Scheme\`.

## Why

Browsers ignore names they do not know; a misspelled hint is never sent.

## How to fix

Check the name against the client hints the browsers support (for example the User-Agent Client Hints specification).
`,
  },
  {
    code: 'HTTP3841',
    messageId: 'permissionsPolicyAllowlist',
    severity: 'error',
    area: 'structured',
    message: {
      en: 'Permissions-Policy {feature}: {value} is not an allowlist entry (*, self, src or a quoted origin).',
      'zh-CN': 'Permissions-Policy {feature}：{value} 不是有效的允许列表项（*、self、src 或带引号的来源）。',
    },
    title: { en: 'Invalid Permissions-Policy allowlist entry', 'zh-CN': 'Permissions-Policy 允许列表项无效' },
    doc: `Each feature of Permissions-Policy maps to an allowlist: the token \`*\`, the tokens \`self\` or \`src\`, an origin as a String (\`"https://example.com"\`), or an inner list of these; \`()\` allows no origin ([Permissions Policy, Section 5.2](https://w3c.github.io/webappsec-permissions-policy/#structured-header-serialization)).

## Why

The header was designed after Feature-Policy, whose syntax (\`'self'\`, bare URLs) is different; browsers drop entries they cannot understand, which changes who may use the feature.

## How to fix

Write origins in double quotes and keywords as tokens: \`geolocation=(self "https://maps.example.com")\`.
`,
  },
  {
    code: 'HTTP3842',
    messageId: 'clientHintBrandVersionMissing',
    severity: 'warning',
    area: 'structured',
    message: {
      en: '{field}: brand {brand} has no v parameter.',
      'zh-CN': '{field}：品牌 {brand} 缺少 v 参数。',
    },
    title: { en: 'Client hint brand without version', 'zh-CN': '客户端提示品牌缺少版本' },
    doc: `Sec-CH-UA and Sec-CH-UA-Full-Version-List are lists of brand names (Strings) each with a \`v\` parameter holding the version as a String: \`"Chromium";v="124"\` ([User-Agent Client Hints, Section 3](https://wicg.github.io/ua-client-hints/#http-ua-hints)).

## Why

A brand without a version cannot be used for the comparisons servers make with this hint.

## How to fix

Add \`;v="<version>"\` to each brand.
`,
  },
  {
    code: 'HTTP3843',
    messageId: 'reportingEndpointInsecure',
    severity: 'warning',
    area: 'structured',
    message: {
      en: 'Reporting-Endpoints {name}: {url} is not a secure (https) URL, so browsers ignore this endpoint.',
      'zh-CN': 'Reporting-Endpoints {name}：{url} 不是安全的（https）URL，浏览器会忽略这个端点。',
    },
    title: { en: 'Insecure reporting endpoint', 'zh-CN': '不安全的报告端点' },
    doc: `Each member of Reporting-Endpoints maps an endpoint name to a URL String ([Reporting API, Section 3.2](https://w3c.github.io/reporting/#header)). Endpoints whose URL is not potentially trustworthy (https, or a local address) are skipped.

## Why

Reports are never delivered to such an endpoint.

## How to fix

Use an \`https:\` URL for the endpoint.
`,
  },
  {
    code: 'HTTP3844',
    messageId: 'idempotencyKeyEmpty',
    severity: 'error',
    area: 'structured',
    message: {
      en: 'Idempotency-Key is an empty string.',
      'zh-CN': 'Idempotency-Key 是一个空字符串。',
    },
    title: { en: 'Empty idempotency key', 'zh-CN': '幂等键为空' },
    doc: `Idempotency-Key is a String item that identifies one logical request, typically a UUID ([draft-ietf-httpapi-idempotency-key-header, Section 2](https://datatracker.ietf.org/doc/html/draft-ietf-httpapi-idempotency-key-header#section-2)).

## Why

An empty key identifies nothing: every retry of every request shares it, so the server either rejects the request or, worse, treats unrelated requests as duplicates.

## How to fix

Generate a unique key per operation, e.g. \`Idempotency-Key: "8e03978e-40d5-43e8-bc93-6894a57f9324"\`.
`,
  },
  {
    code: 'HTTP3845',
    messageId: 'deprecationLegacyForm',
    severity: 'error',
    area: 'structured',
    message: {
      en: 'Deprecation must be a Structured Field Date such as @1688169599; this is the form of an older draft.',
      'zh-CN': 'Deprecation 必须是结构化字段日期，例如 @1688169599；这是旧版草案的写法。',
    },
    title: { en: 'Deprecation in a pre-RFC form', 'zh-CN': 'Deprecation 使用了 RFC 之前的写法' },
    doc: `RFC 9745 defines Deprecation as a Date item: \`Deprecation: @1688169599\` ([RFC 9745, Section 2.1](https://www.rfc-editor.org/rfc/rfc9745#section-2.1)). Drafts before it used \`true\` or an HTTP-date.

## Why

Clients that implement the RFC cannot parse the old forms and miss the deprecation notice.

## How to fix

Send the date of deprecation as \`@\` followed by seconds since the epoch (it may lie in the past or the future).
`,
  },
  {
    code: 'HTTP3846',
    messageId: 'dictionaryHashLength',
    severity: 'error',
    area: 'structured',
    message: {
      en: 'Available-Dictionary must be the 32-byte SHA-256 hash of the dictionary; this one has {actual} bytes.',
      'zh-CN': 'Available-Dictionary 必须是字典的 32 字节 SHA-256 哈希；此处为 {actual} 字节。',
    },
    title: { en: 'Dictionary hash has the wrong length', 'zh-CN': '字典哈希长度错误' },
    doc: `Available-Dictionary is a Byte Sequence holding the SHA-256 hash of the dictionary the client has ([RFC 9842, Section 2.2](https://www.rfc-editor.org/rfc/rfc9842#section-2.2)).

## Why

Any other length cannot match a dictionary, so compression with that dictionary never happens.

## How to fix

Send the 32 raw bytes of the SHA-256 hash, base64-encoded between colons.
`,
  },
  {
    code: 'HTTP3847',
    messageId: 'dictionaryIdTooLong',
    severity: 'error',
    area: 'structured',
    message: {
      en: '{field}: the dictionary id has {length} characters; at most 1024 are allowed.',
      'zh-CN': '{field}：字典 id 有 {length} 个字符，最多允许 1024 个。',
    },
    title: { en: 'Dictionary id too long', 'zh-CN': '字典 id 过长' },
    doc: `The \`id\` of Use-As-Dictionary and the Dictionary-ID field are Strings of at most 1024 characters ([RFC 9842, Sections 2.1.3 and 2.3](https://www.rfc-editor.org/rfc/rfc9842#section-2.1.3)).

## Why

Clients do not store or echo longer ids.

## How to fix

Use a short identifier, such as a version or a hash prefix.
`,
  },
  {
    code: 'HTTP3848',
    messageId: 'useAsDictionaryTypeUnknown',
    severity: 'warning',
    area: 'structured',
    message: {
      en: 'Use-As-Dictionary: type={value} is not supported; only raw is defined.',
      'zh-CN': 'Use-As-Dictionary：type={value} 不受支持，目前只定义了 raw。',
    },
    title: { en: 'Unknown dictionary type', 'zh-CN': '未知的字典类型' },
    doc: `The \`type\` member of Use-As-Dictionary is a Token naming the dictionary format; only \`raw\` is defined, and it is the default ([RFC 9842, Section 2.1.4](https://www.rfc-editor.org/rfc/rfc9842#section-2.1.4)).

## Why

Clients do not store a dictionary of a type they do not support, so it is never used.

## How to fix

Leave \`type\` out or set it to \`raw\`.
`,
  },
  {
    code: 'HTTP3849',
    messageId: 'clientCertNotDer',
    severity: 'error',
    area: 'structured',
    message: {
      en: '{field}: the byte sequence does not look like a DER-encoded certificate.',
      'zh-CN': '{field}：该字节序列看起来不是 DER 编码的证书。',
    },
    title: { en: 'Client certificate is not DER', 'zh-CN': '客户端证书不是 DER 编码' },
    doc: `Client-Cert and Client-Cert-Chain carry certificates as Byte Sequences of their DER encoding ([RFC 9440, Section 2](https://www.rfc-editor.org/rfc/rfc9440#section-2)). A DER certificate starts with an ASN.1 SEQUENCE (byte 0x30).

## Why

A common mistake is to put the PEM text (with \`-----BEGIN CERTIFICATE-----\`) or a URL-encoded PEM in the field; the backend then cannot parse the certificate.

## How to fix

Strip the PEM armour, base64-decode it to DER, and send that as the byte sequence.
`,
  },
  {
    code: 'HTTP3850',
    messageId: 'secFetchUserFalse',
    severity: 'warning',
    area: 'structured',
    message: {
      en: 'Sec-Fetch-User is only ever sent as ?1; leave the field out instead of sending ?0.',
      'zh-CN': 'Sec-Fetch-User 只会以 ?1 发送；不应发送 ?0，而应省略该字段。',
    },
    title: { en: 'Sec-Fetch-User with ?0', 'zh-CN': 'Sec-Fetch-User 为 ?0' },
    doc: `Browsers send \`Sec-Fetch-User: ?1\` for navigations triggered by user activation, and omit the field otherwise ([Fetch Metadata, Section 2.4](https://w3c.github.io/webappsec-fetch-metadata/#sec-fetch-user-header)).

## Why

\`?0\` is never sent by a browser, so a request carrying it was built by hand or by a tool imitating a browser incorrectly.

## How to fix

Drop the field when the request was not triggered by the user.
`,
  },
  {
    code: 'HTTP3851',
    messageId: 'acceptQueryMediaType',
    severity: 'error',
    area: 'structured',
    message: {
      en: 'Accept-Query: {value} is not a media type (type/subtype).',
      'zh-CN': 'Accept-Query：{value} 不是媒体类型（type/subtype）。',
    },
    title: { en: 'Accept-Query member is not a media type', 'zh-CN': 'Accept-Query 成员不是媒体类型' },
    doc: `Accept-Query lists the query formats a resource accepts in QUERY requests, as media types written as Tokens or Strings, e.g. \`"application/jsonpath", application/sql\` ([The HTTP QUERY Method, Section 3](https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-safe-method-w-body#section-3)).

## Why

A member that is not \`type/subtype\` cannot be matched against a request's Content-Type.

## How to fix

Write full media types; put media-type parameters as Structured Field parameters (\`application/sql;charset="UTF-8"\`).
`,
  },
  {
    code: 'HTTP3852',
    messageId: 'reportOnlyWithoutEndpoint',
    severity: 'info',
    area: 'structured',
    message: {
      en: '{field} has no report-to parameter: it enforces nothing and reports nowhere.',
      'zh-CN': '{field} 没有 report-to 参数：它既不强制执行任何策略，也不向任何地方报告。',
    },
    title: { en: 'Report-only policy without an endpoint', 'zh-CN': '仅报告策略没有报告端点' },
    doc: `The \`-Report-Only\` variants of Cross-Origin-Embedder-Policy and Cross-Origin-Opener-Policy only send violation reports, to the endpoint named by the \`report-to\` parameter ([HTML, Cross-origin opener policies](https://html.spec.whatwg.org/multipage/browsers.html#the-coop-headers)). Without it they have no effect at all.

## Why

The field looks like a policy is being tested, but no report is ever produced.

## How to fix

Add \`;report-to="<endpoint>"\` naming an endpoint of Reporting-Endpoints, or remove the field.
`,
  },
  {
    code: 'HTTP3853',
    messageId: 'permissionsPolicyUnknownFeature',
    severity: 'info',
    area: 'structured',
    message: {
      en: 'Permissions-Policy: {feature} is not a known policy-controlled feature.',
      'zh-CN': 'Permissions-Policy：{feature} 不是已知的受策略控制的特性。',
    },
    title: { en: 'Unknown Permissions-Policy feature', 'zh-CN': '未知的 Permissions-Policy 特性' },
    doc: `The keys of Permissions-Policy name policy-controlled features such as \`camera\`, \`geolocation\` or \`fullscreen\` ([Permissions Policy features](https://github.com/w3c/webappsec-permissions-policy/blob/main/features.md)).

## Why

Browsers ignore features they do not know (and log a console warning); a misspelled feature leaves the default policy in place.

## How to fix

Check the spelling against the feature list. Features from Feature-Policy such as \`vr\` were renamed or removed.
`,
  },
  {
    code: 'HTTP3854',
    messageId: 'storageAccessRetryOrigin',
    severity: 'error',
    area: 'structured',
    message: {
      en: 'Activate-Storage-Access: retry needs an allowed-origin parameter.',
      'zh-CN': 'Activate-Storage-Access：retry 需要 allowed-origin 参数。',
    },
    title: { en: 'Storage access retry without origin', 'zh-CN': '存储访问重试缺少来源' },
    doc: `Activate-Storage-Access is a Token item, \`load\` or \`retry\`; \`retry\` must carry \`allowed-origin\` (a String origin, or the token \`*\`) ([Storage Access Headers](https://privacycg.github.io/storage-access-headers/#activate-storage-access-header)).

## Why

Without \`allowed-origin\` the browser ignores the retry request.

## How to fix

Write \`Activate-Storage-Access: retry; allowed-origin="https://top.example"\`.
`,
  },
  {
    code: 'HTTP3855',
    messageId: 'criticalChUnknownHint',
    severity: 'info',
    area: 'structured',
    message: {
      en: 'Critical-CH: {value} is not a known client hint.',
      'zh-CN': 'Critical-CH：{value} 不是已知的客户端提示。',
    },
    title: { en: 'Unknown critical client hint', 'zh-CN': '未知的关键客户端提示' },
    doc: `Critical-CH lists the client hints without which the response would differ enough that the browser should retry the request with them ([Client Hint Reliability, Section 3](https://datatracker.ietf.org/doc/html/draft-davidben-http-client-hint-reliability#section-3)). Each must be a hint the browser knows and that Accept-CH also requests.

## Why

A hint the browser does not know is never sent, so listing it as critical has no effect, and a misspelling hides the hint that was meant.

## How to fix

Check the name against the client hints the browsers support, and list it in Accept-CH as well.
`,
  },
  {
    code: 'HTTP3856',
    messageId: 'noVarySearchExceptWithoutParams',
    severity: 'warning',
    area: 'structured',
    message: {
      en: 'No-Vary-Search: except only applies together with params (true); browsers ignore the whole field.',
      'zh-CN': 'No-Vary-Search：except 只能与值为真的 params 一起使用；浏览器会忽略整个字段。',
    },
    title: { en: 'No-Vary-Search except without params', 'zh-CN': 'No-Vary-Search 的 except 缺少 params' },
    doc: `\`except\` lists the query parameters that still vary the response when \`params\` says that, by default, none do ([No-Vary-Search, Section 2](https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-no-vary-search#section-2)). Without \`params\` (or with \`params=?0\` or a list), \`except\` has no meaning, and the field is treated as absent.

## Why

The cache then matches only identical URLs, which is probably not what was intended.

## How to fix

Write \`No-Vary-Search: params, except=("id")\`.
`,
  },
  {
    code: 'HTTP3857',
    messageId: 'noVarySearchUnknownKey',
    severity: 'warning',
    area: 'structured',
    message: {
      en: 'No-Vary-Search: {key} is not key-order, params or except; browsers ignore the whole field.',
      'zh-CN': 'No-Vary-Search：{key} 不是 key-order、params 或 except；浏览器会忽略整个字段。',
    },
    title: { en: 'Unknown No-Vary-Search key', 'zh-CN': '未知的 No-Vary-Search 键' },
    doc: `No-Vary-Search is a Dictionary with the keys \`key-order\` (Boolean), \`params\` (Boolean or Inner List of Strings) and \`except\` (Inner List of Strings) ([No-Vary-Search, Section 2](https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-no-vary-search#section-2)). Unlike most Structured Fields, an unknown key is not skipped: the whole field falls back to the default, where every query parameter matters.

## Why

A typo such as \`param\` silently turns the field off.

## How to fix

Use only the three defined keys.
`,
  },
  {
    code: 'HTTP3858',
    messageId: 'concealedAuthExportLength',
    severity: 'error',
    area: 'structured',
    message: {
      en: 'Concealed-Auth-Export must hold the 48-byte key exporter output; this one has {actual} bytes.',
      'zh-CN': 'Concealed-Auth-Export 必须是 48 字节的密钥导出器输出；此处为 {actual} 字节。',
    },
    title: { en: 'Concealed-Auth-Export has the wrong length', 'zh-CN': 'Concealed-Auth-Export 长度错误' },
    doc: `In a split deployment of the Concealed HTTP authentication scheme, the frontend that terminates TLS passes the 48-byte output of the TLS keying material exporter to the backend in Concealed-Auth-Export, a Byte Sequence item ([RFC 9729](https://www.rfc-editor.org/rfc/rfc9729)).

## Why

The backend needs exactly these bytes to verify the client's proof; any other length makes every authentication fail.

## How to fix

Send the 48 raw bytes of the exporter output, base64-encoded between colons, and strip the field from requests that arrive from clients.
`,
  },
  {
    code: 'HTTP3859',
    messageId: 'clientHintNotPositive',
    severity: 'error',
    area: 'structured',
    message: {
      en: '{field} must be a positive number; {value} is not.',
      'zh-CN': '{field} 必须是正数；{value} 不是。',
    },
    title: { en: 'Client hint out of range', 'zh-CN': '客户端提示超出范围' },
    doc: `The device client hints carry sizes and ratios: Sec-CH-Viewport-Width, Sec-CH-Viewport-Height and Sec-CH-Width are Integers of CSS pixels, Sec-CH-DPR a Decimal ratio of device pixels to CSS pixels ([Responsive Image Client Hints](https://wicg.github.io/responsive-image-client-hints/)). None of them can be zero or negative.

## Why

A server that picks an image size from the hint would compute nonsense, so browsers never send such values: the request was built by hand or by a faulty tool.

## How to fix

Send the real value, or leave the hint out.
`,
  },
  {
    code: 'HTTP3860',
    messageId: 'cmcdKeyMisplaced',
    severity: 'warning',
    area: 'structured',
    message: {
      en: '{field}: {key} belongs in {expected}.',
      'zh-CN': '{field}：{key} 应放在 {expected} 中。',
    },
    title: { en: 'CMCD key in the wrong field', 'zh-CN': 'CMCD 键放错了字段' },
    doc: `Common Media Client Data (CTA-5004) splits its keys over four fields by how often they change: CMCD-Object (\`br\`, \`d\`, \`ot\`, \`tb\`), CMCD-Request (\`bl\`, \`dl\`, \`mtp\`, \`nor\`, \`nrr\`, \`su\`), CMCD-Session (\`cid\`, \`pr\`, \`sf\`, \`sid\`, \`st\`, \`v\`) and CMCD-Status (\`bs\`, \`rtp\`) ([CTA-5004](https://cdn.cta.tech/cta/media/media/resources/standards/pdfs/cta-5004-final.pdf)).

## Why

CDNs and analytics that read CMCD look for each key in its own field; a key in another field may be ignored, and keys that rarely change in a per-request field defeat the header compression the split was designed for.

## How to fix

Move the key to the field named in the message.
`,
  },
]);
