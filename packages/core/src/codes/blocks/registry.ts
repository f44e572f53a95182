import { defineCodes } from '../define.js';

/**
 * Codes of the 'registry' area (HTTP3000-3099): what the field registry alone can
 * tell about a field name, before any value is parsed. Reported by
 * `checkFieldName` and `checkFieldSection` (src/registry/checks.ts).
 */
export const registryCodes = defineCodes([
  {
    code: 'HTTP3000',
    messageId: 'unknownField',
    severity: 'hint',
    area: 'registry',
    message: {
      en: 'Unknown field {name}: it is neither registered with IANA nor a widely used nonstandard field.',
      'zh-CN': '未知首部字段 {name}：它既未在 IANA 注册，也不是常见的非标准字段。',
    },
    title: { en: 'Unknown field', 'zh-CN': '未知首部字段' },
    doc: `A field name that is neither in the IANA HTTP Field Name Registry nor in httplens's list of widely used nonstandard fields. A name in a vendor's own family of fields is not reported: \`x-amz-\` and \`x-amzn-\` (Amazon Web Services), \`x-goog-\` and \`x-guploader-\` (Google Cloud), \`x-ms-\` (Microsoft Azure), \`cf-\` (Cloudflare), \`x-vercel-\`, \`x-github-\`, \`x-b3-\` (Zipkin B3 trace propagation) and \`x-datadog-\`.

## Why

HTTP lets anyone define fields, so an unknown field is not an error: recipients that do not recognise a field ignore it ([RFC 9110, Section 5.1](https://www.rfc-editor.org/rfc/rfc9110#section-5.1)). The hint is there because an unknown name is often a private extension worth documenting, or a typo that no one will notice, since the field is silently ignored.

## How to fix

- If the field is your application's own, nothing needs fixing. Consider registering it ([RFC 9110, Section 16.3](https://www.rfc-editor.org/rfc/rfc9110#section-16.3)) if others will use it, and avoid the \`X-\` prefix for new fields ([RFC 6648](https://www.rfc-editor.org/rfc/rfc6648)).
- If you meant a standard field, correct the name. When the name is close to a known one, httplens reports HTTP3001 instead, with a suggestion.
- Turn the hint off with \`"severity": { "HTTP3000": "off" }\` in the configuration.
`,
  },
  {
    code: 'HTTP3001',
    messageId: 'fieldMisspelled',
    severity: 'warning',
    area: 'registry',
    fixable: true,
    message: {
      en: 'Unknown field {name}: did you mean {suggestion}?',
      'zh-CN': '未知首部字段 {name}：是否想写 {suggestion}？',
    },
    title: { en: 'Misspelled field name', 'zh-CN': '字段名拼写错误' },
    doc: `An unknown field name that is one or two keystrokes away from a known field, or that appears in httplens's table of misspellings seen in real traffic (\`Content-Lenght\`, \`Authorizaiton\`, \`Max-Forward\`, \`Accept-Range\`, \`Update\` for \`Upgrade\`, \`Referrer\` for \`Referer\`).

## Why

Recipients ignore fields they do not recognise ([RFC 9110, Section 5.1](https://www.rfc-editor.org/rfc/rfc9110#section-5.1)). A misspelled \`Authorization\` means the request is sent without credentials; a misspelled \`Cache-Control\` means the response is cached by heuristics. Nothing fails loudly: the field just has no effect.

Field names are case-insensitive, so \`content-length\` and \`COntent-Length\` are not misspellings (see HTTP3012 for the usual casing).

## How to fix

Replace the name with the suggested one (the quick fix does this). If the name really is a private field of yours that happens to look like a standard one, rename it so that readers are not misled.
`,
  },
  {
    code: 'HTTP3002',
    messageId: 'fieldDeprecated',
    severity: 'warning',
    area: 'registry',
    message: {
      en: '{name} is deprecated: recipients may ignore it.',
      'zh-CN': '{name} 已弃用：接收方可能会忽略它。',
    },
    title: { en: 'Deprecated field', 'zh-CN': '已弃用的首部字段' },
    doc: `The field is registered with the status **deprecated** in the IANA HTTP Field Name Registry and has no direct replacement.

## Why

A deprecated field is still defined, but its use is discouraged: modern recipients often ignore it. For example, \`Accept-Charset\` is deprecated by [RFC 9110, Section 12.5.2](https://www.rfc-editor.org/rfc/rfc9110#section-12.5.2) because UTF-8 is nearly universal and the field adds to fingerprinting surface.

## How to fix

Remove the field unless a known recipient still needs it. The field's hover text explains the situation for each field.
`,
  },
  {
    code: 'HTTP3003',
    messageId: 'fieldDeprecatedReplaced',
    severity: 'warning',
    area: 'registry',
    message: {
      en: '{name} is deprecated: use {replacement} instead.',
      'zh-CN': '{name} 已弃用：请改用 {replacement}。',
    },
    title: { en: 'Deprecated field with a replacement', 'zh-CN': '有替代字段的已弃用首部字段' },
    doc: `The field is registered as **deprecated** in the IANA HTTP Field Name Registry and another field does its job today.

## Why

Deprecated fields remain defined for compatibility, but recipients increasingly ignore them. \`Pragma: no-cache\` is the classic case: [RFC 9111, Section 5.4](https://www.rfc-editor.org/rfc/rfc9111#section-5.4) deprecates \`Pragma\`, and \`Cache-Control\` has carried its meaning since HTTP/1.1.

## How to fix

Send the replacement named in the message. Keep the old field next to it only when you must still serve HTTP/1.0-era software, and make sure both say the same thing.
`,
  },
  {
    code: 'HTTP3004',
    messageId: 'fieldObsoleted',
    severity: 'warning',
    area: 'registry',
    message: {
      en: '{name} is obsoleted: no current specification defines it, and recipients ignore it.',
      'zh-CN': '{name} 已废止：现行规范都不再定义它，接收方会忽略它。',
    },
    title: { en: 'Obsoleted field', 'zh-CN': '已废止的首部字段' },
    doc: `The field is registered as **obsoleted** in the IANA HTTP Field Name Registry: the specification that defined it has been withdrawn or replaced, with nothing taking over its role.

## Why

Obsoleted fields have no effect on current software. \`Warning\`, for instance, was obsoleted by [RFC 9111, Section 5.5](https://www.rfc-editor.org/rfc/rfc9111#section-5.5) because caches and clients never used it consistently. Sending such a field only adds bytes, and it can mislead people reading the message.

## How to fix

Remove the field.
`,
  },
  {
    code: 'HTTP3005',
    messageId: 'fieldObsoletedReplaced',
    severity: 'warning',
    area: 'registry',
    message: {
      en: '{name} is obsoleted: use {replacement} instead.',
      'zh-CN': '{name} 已废止：请改用 {replacement}。',
    },
    title: { en: 'Obsoleted field with a replacement', 'zh-CN': '有替代字段的已废止首部字段' },
    doc: `The field is registered as **obsoleted** in the IANA HTTP Field Name Registry and a newer field does its job.

## Why

Recipients no longer implement obsoleted fields. Examples: \`Content-MD5\` was removed from HTTP/1.1 in [RFC 7231, Appendix B](https://www.rfc-editor.org/rfc/rfc7231#appendix-B), and integrity is now carried by \`Content-Digest\` or \`Repr-Digest\` ([RFC 9530](https://www.rfc-editor.org/rfc/rfc9530)); \`Set-Cookie2\` and \`Cookie2\` ([RFC 2965](https://www.rfc-editor.org/rfc/rfc2965)) were obsoleted by \`Set-Cookie\` and \`Cookie\` ([RFC 6265](https://www.rfc-editor.org/rfc/rfc6265)).

## How to fix

Send the replacement named in the message instead. The two are seldom drop-in equivalents: read the replacement's hover text for its syntax.
`,
  },
  {
    code: 'HTTP3006',
    messageId: 'fieldSuperseded',
    severity: 'info',
    area: 'registry',
    message: {
      en: '{name} is superseded by {replacement}.',
      'zh-CN': '{name} 已被 {replacement} 取代。',
    },
    title: { en: 'Superseded field', 'zh-CN': '已被取代的首部字段' },
    doc: `The field still works, but a newer, standard field does the same job better. The field is not deprecated in the IANA registry (or is not registered at all): this is advice, not a protocol error.

## Why

Examples:

- \`X-Frame-Options\` is registered as permanent, but the \`frame-ancestors\` directive of \`Content-Security-Policy\` ([CSP Level 3](https://www.w3.org/TR/CSP3/#directive-frame-ancestors)) is more expressive and takes precedence in browsers that support both.
- \`X-Forwarded-For\`, \`X-Forwarded-Host\` and \`X-Forwarded-Proto\` are de-facto conventions; \`Forwarded\` ([RFC 7239](https://www.rfc-editor.org/rfc/rfc7239)) carries the same information in one standard field.
- \`Proxy-Connection\` was never standard; \`Connection\` is the field HTTP/1.1 defines.

## How to fix

Send the replacement. Keep the old field only while recipients you depend on still need it.
`,
  },
  {
    code: 'HTTP3007',
    messageId: 'requestFieldInResponse',
    severity: 'warning',
    area: 'registry',
    message: {
      en: '{name} is a request field: it has no meaning in a response.',
      'zh-CN': '{name} 是请求首部字段：在响应中没有意义。',
    },
    title: { en: 'Request field in a response', 'zh-CN': '响应中出现请求首部字段' },
    doc: `A field that its specification defines for requests only (for example \`Accept\`, \`Authorization\`, \`If-None-Match\`, \`Range\`, \`User-Agent\`) appears in a response.

## Why

Recipients of the response ignore it, so whatever the sender meant to say is lost. Often a server copies request fields into its response by mistake, or the intended field is a response counterpart: \`Accept-Ranges\` rather than \`Range\`, \`ETag\` rather than \`If-None-Match\`, \`Vary\` rather than \`Accept\`.

## How to fix

Remove the field from the response, or replace it with the response field that says what you meant. See [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110) for the role of each field.
`,
  },
  {
    code: 'HTTP3008',
    messageId: 'responseFieldInRequest',
    severity: 'warning',
    area: 'registry',
    message: {
      en: '{name} is a response field: it has no meaning in a request.',
      'zh-CN': '{name} 是响应首部字段：在请求中没有意义。',
    },
    title: { en: 'Response field in a request', 'zh-CN': '请求中出现响应首部字段' },
    doc: `A field that its specification defines for responses only (for example \`Set-Cookie\`, \`Location\`, \`ETag\`, \`Access-Control-Allow-Origin\`, \`WWW-Authenticate\`) appears in a request.

## Why

Servers ignore it. A frequent cause is a CORS misunderstanding: \`Access-Control-Allow-Origin\` must be sent by the server, and adding it to the request changes nothing (and may trigger a preflight). Another is sending \`Set-Cookie\` instead of \`Cookie\`.

## How to fix

Remove the field, or use its request counterpart: \`Cookie\` rather than \`Set-Cookie\`, \`If-None-Match\` rather than \`ETag\`, \`Authorization\` rather than \`WWW-Authenticate\`.
`,
  },
  {
    code: 'HTTP3009',
    messageId: 'singletonFieldRepeated',
    severity: 'warning',
    area: 'registry',
    message: {
      en: '{name} appears {count} times, but it takes a single value: recipients may use any one of them.',
      'zh-CN': '{name} 出现了 {count} 次，但它只能有一个值：接收方可能采用其中任意一个。',
    },
    title: { en: 'Repeated singleton field', 'zh-CN': '单值首部字段重复出现' },
    doc: `A field whose value is not a comma-separated list (for example \`Content-Type\`, \`Location\`, \`ETag\`, \`Authorization\`) appears more than once in the same section.

## Why

[RFC 9110, Section 5.3](https://www.rfc-editor.org/rfc/rfc9110#section-5.3) forbids a sender from generating several field lines with the same name unless the field is defined as a list (or is a known exception such as \`Set-Cookie\`). Recipients handle the duplicates differently: some keep the first, some the last, some join them with a comma and then fail to parse the result. Different readings of the same message by a proxy and a server are the raw material of security bugs.

\`Content-Length\` and \`Host\` are reported by the message parser, where a duplicate changes how the message is framed or routed.

## How to fix

Send the field once. Merge the values if both are needed, or remove the one that is wrong.
`,
  },
  {
    code: 'HTTP3010',
    messageId: 'invalidFieldNameCharacter',
    severity: 'error',
    area: 'registry',
    message: {
      en: 'Invalid character {character} in field name {name}: a field name is a token.',
      'zh-CN': '字段名 {name} 中含有非法字符 {character}：字段名必须是 token。',
    },
    title: { en: 'Invalid character in a field name', 'zh-CN': '字段名含有非法字符' },
    doc: `A field name contains a character that is not allowed: a space, a separator such as \`(\`, \`)\`, \`/\`, \`:\`, \`;\`, \`@\`, \`[\`, \`]\`, \`{\`, \`}\`, \`"\`, a control character or a non-ASCII character.

## Why

[RFC 9110, Section 5.1](https://www.rfc-editor.org/rfc/rfc9110#section-5.1) defines a field name as a \`token\`: letters, digits and \`!#$%&'*+-.^_\`|~\`. A server must reject a message with an invalid field name (often with 400 Bad Request), and a space before the colon is a known request-smuggling vector ([RFC 9112, Section 5.1](https://www.rfc-editor.org/rfc/rfc9112#section-5.1)).

## How to fix

Use only token characters in the name. Separate words with \`-\` (\`X-Request-Id\`, not \`X Request Id\`), and remove any space between the name and the colon.
`,
  },
  {
    code: 'HTTP3011',
    messageId: 'emptyFieldName',
    severity: 'error',
    area: 'registry',
    message: {
      en: 'Empty field name: a field line must start with a name.',
      'zh-CN': '字段名为空：字段行必须以字段名开头。',
    },
    title: { en: 'Empty field name', 'zh-CN': '字段名为空' },
    doc: `A field line has nothing before its colon.

## Why

A field name is a \`token\` of at least one character ([RFC 9110, Section 5.1](https://www.rfc-editor.org/rfc/rfc9110#section-5.1)). Recipients reject the message or drop the line, and different recipients may disagree on where the header section ends.

## How to fix

Add the field name, or remove the line. A line that starts with whitespace is an obsolete continuation of the previous line (obs-fold), which is not allowed either.
`,
  },
  {
    code: 'HTTP3012',
    messageId: 'fieldNameCasing',
    severity: 'hint',
    area: 'registry',
    fixable: true,
    message: {
      en: '{name} is usually written {canonical}; field names are case-insensitive, so this is only a matter of style.',
      'zh-CN': '{name} 通常写作 {canonical}；字段名不区分大小写，这只是书写风格问题。',
    },
    title: { en: 'Unusual casing of a field name', 'zh-CN': '字段名的大小写不常见' },
    doc: `A known field is written with mixed casing that differs from its registered form, such as \`COntent-Length\` for \`Content-Length\`.

## Why

Field names are case-insensitive ([RFC 9110, Section 5.1](https://www.rfc-editor.org/rfc/rfc9110#section-5.1)), so this is not an error and recipients behave the same. HTTP/2 and HTTP/3 even send names in lower case. Names written entirely in lower case are accepted without a hint; an irregular mix of cases is usually a typo, and the registered form is easier to read and search for.

## How to fix

Write the name as registered (the quick fix does this), or in lower case.
`,
  },
  {
    code: 'HTTP3013',
    messageId: 'fieldNotAllowedInTrailer',
    severity: 'warning',
    area: 'registry',
    message: {
      en: '{name} must not be sent in a trailer section: recipients do not process it there.',
      'zh-CN': '{name} 不得出现在尾部中：接收方不会在那里处理它。',
    },
    title: { en: 'Field not allowed in a trailer section', 'zh-CN': '尾部中不允许的首部字段' },
    doc: `A field that controls framing, routing, authentication, caching or content processing appears in the trailer section of a chunked message.

## Why

Trailer fields arrive after the content, too late for decisions that have to be made before it. [RFC 9110, Section 6.5.1](https://www.rfc-editor.org/rfc/rfc9110#section-6.5.1) forbids a sender from generating trailer fields needed for message framing (\`Transfer-Encoding\`, \`Content-Length\`), routing (\`Host\`), request modifiers (controls and conditionals such as \`Cache-Control\`, \`If-Match\`), authentication (\`Authorization\`, \`Set-Cookie\`), response control data (\`Age\`, \`Expires\`, \`Location\`) or how to process the content (\`Content-Encoding\`, \`Content-Type\`, \`Content-Range\`, \`Trailer\`). Recipients must not merge such fields into the header section; most discard them.

## How to fix

Move the field into the header section. Trailers are meant for metadata computed while sending, such as \`Content-Digest\` or \`Server-Timing\`.
`,
  },
  {
    code: 'HTTP3014',
    messageId: 'fieldIneffective',
    severity: 'info',
    area: 'registry',
    message: {
      en: '{name} has no effect in current browsers and can be removed.',
      'zh-CN': '{name} 在当前的浏览器中不起作用，可以删除。',
    },
    title: { en: 'Field without effect', 'zh-CN': '不起作用的首部字段' },
    doc: `The field is still registered, but the browsers that once acted on it have removed their support, and nothing replaces it.

## Why

\`Public-Key-Pins\` (HTTP Public Key Pinning, [RFC 7469](https://www.rfc-editor.org/rfc/rfc7469)) is the main case: a wrong or lost pin locked users out of sites for months, so every browser removed it; Certificate Transparency now catches misissued certificates without any field. Sending it costs bytes and suggests a protection that does not exist.

## How to fix

Remove the field. The field's hover text says what protects against the same threat today.
`,
  },
  {
    code: 'HTTP3015',
    messageId: 'fieldExposesDetails',
    severity: 'info',
    area: 'registry',
    message: {
      en: '{name} tells anyone which software and version produced the response; no client needs it.',
      'zh-CN': '{name} 会向任何人透露生成响应的软件及其版本；没有客户端需要它。',
    },
    title: { en: 'Field that exposes implementation details', 'zh-CN': '暴露实现细节的首部字段' },
    doc: `Fields such as \`X-Powered-By\`, \`X-AspNet-Version\` and \`X-AspNetMvc-Version\` are added by frameworks by default. They take no part in the protocol.

## Why

They tell an attacker which framework and version to look up in vulnerability databases, at no benefit to any client. Security guides (for example the [OWASP Secure Headers Project](https://owasp.org/www-project-secure-headers/)) recommend removing them.

## How to fix

Turn the field off in the framework: \`app.disable('x-powered-by')\` in Express, \`expose_php = Off\` in PHP, \`enableVersionHeader="false"\` in ASP.NET. Keep \`Server\` short for the same reason.
`,
  },
]);
