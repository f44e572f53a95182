import { defineCodes } from '../define.js';

const rfc = (n: number, section: string) => `[RFC ${n}, Section ${section}](https://www.rfc-editor.org/rfc/rfc${n}#section-${section})`;

/**
 * Codes of the 'message' area (HTTP0500-0999): rules that need more than one
 * field, the status code or the method. Reported by `lintMessage` (src/lint).
 * 0500-0549 requests, 0550-0649 responses, 0650-0699 responses judged with their request.
 */
export const messageCodes = defineCodes([
  // ---------------------------------------------------------------- requests
  {
    code: 'HTTP0502',
    messageId: 'hostTargetMismatch',
    severity: 'warning',
    area: 'message',
    message: {
      en: 'Host {host} differs from the authority of the absolute-form target ({authority}); recipients use the target.',
      'zh-CN': 'Host {host} 与绝对形式请求目标中的主机（{authority}）不一致；接收方以请求目标为准。',
    },
    title: { en: 'Host disagrees with the target', 'zh-CN': 'Host 与请求目标不一致' },
    doc: `A request whose target is in absolute form (\`GET http://a.example/ HTTP/1.1\`) with a \`Host\` naming another authority.

## Why

A client MUST send a \`Host\` identical to the authority of an absolute-form target, and a server MUST ignore \`Host\` in favour of the target (${rfc(9112, '3.2.2')}). Two components that disagree about which one wins can be fooled into serving or caching content for the wrong host.

## How to fix

Make \`Host\` equal to the target's authority (host and, when not the default, port).
`,
  },
  {
    code: 'HTTP0503',
    messageId: 'contentOnBodilessMethod',
    severity: 'warning',
    area: 'message',
    message: {
      en: 'A {method} request with content: it has no defined meaning and some servers reject it.',
      'zh-CN': '{method} 请求带有内容：其含义未定义，部分服务器会拒绝。',
    },
    title: { en: 'Content on GET, HEAD or DELETE', 'zh-CN': 'GET、HEAD 或 DELETE 带有内容' },
    doc: `A \`GET\`, \`HEAD\` or \`DELETE\` request that carries content.

## Why

Content in these requests has no generally defined semantics, cannot change the meaning of the request, and may lead some implementations to reject it or to close the connection (${rfc(9110, '9.3.1')}, ${rfc(9110, '9.3.2')}, ${rfc(9110, '9.3.5')}). Caches ignore it when they key responses.

## How to fix

Move the data into the URI (query) or use a method that defines content, such as \`POST\`, or \`QUERY\` for a safe query with content.
`,
  },
  {
    code: 'HTTP0504',
    messageId: 'contentOnTrace',
    severity: 'error',
    area: 'message',
    message: { en: 'A TRACE request must not carry content.', 'zh-CN': 'TRACE 请求不得带有内容。' },
    title: { en: 'Content on TRACE', 'zh-CN': 'TRACE 带有内容' },
    doc: `A \`TRACE\` request with content.

## Why

A client MUST NOT send content in a \`TRACE\` request (${rfc(9110, '9.3.8')}).

## How to fix

Remove the content (and its \`Content-Length\` or \`Transfer-Encoding\`).
`,
  },
  {
    code: 'HTTP0505',
    messageId: 'expectUnsupported',
    severity: 'warning',
    area: 'message',
    message: {
      en: 'Expect: {value} is not defined; servers answer 417 (Expectation Failed). Only 100-continue is.',
      'zh-CN': 'Expect: {value} 没有定义，服务器会返回 417（Expectation Failed）。只定义了 100-continue。',
    },
    title: { en: 'Unsupported expectation', 'zh-CN': '不支持的期望' },
    doc: `An \`Expect\` field with a value other than \`100-continue\`.

## Why

The only expectation defined is \`100-continue\`; a server that receives any other MAY answer 417 (Expectation Failed) (${rfc(9110, '10.1.1')}). An \`Expect: 100-continue\` on a request without content is also pointless: a client MUST NOT send it then.

## How to fix

Remove the field, or use \`Expect: 100-continue\` on a request with content.
`,
  },
  {
    code: 'HTTP0506',
    messageId: 'maxForwardsIgnored',
    severity: 'info',
    area: 'message',
    message: {
      en: 'Max-Forwards only applies to TRACE and OPTIONS; recipients ignore it on {method}.',
      'zh-CN': 'Max-Forwards 只对 TRACE 和 OPTIONS 有效；接收方会忽略 {method} 请求中的它。',
    },
    title: { en: 'Max-Forwards ignored', 'zh-CN': 'Max-Forwards 被忽略' },
    doc: `\`Max-Forwards\` on a method other than \`TRACE\` or \`OPTIONS\`.

## Why

A recipient MAY ignore \`Max-Forwards\` for any other method (${rfc(9110, '7.6.2')}).

## How to fix

Remove the field, or use it with \`TRACE\` or \`OPTIONS\` to probe a chain of proxies.
`,
  },
  {
    code: 'HTTP0507',
    messageId: 'ifModifiedSinceIgnored',
    severity: 'info',
    area: 'message',
    message: {
      en: 'If-Modified-Since is ignored because the request also has If-None-Match.',
      'zh-CN': '请求中同时有 If-None-Match，因此 If-Modified-Since 会被忽略。',
    },
    title: { en: 'If-Modified-Since ignored', 'zh-CN': 'If-Modified-Since 被忽略' },
    doc: `A request with both \`If-None-Match\` and \`If-Modified-Since\`.

## Why

A recipient MUST ignore \`If-Modified-Since\` when the request contains \`If-None-Match\` (${rfc(9110, '13.1.3')}): entity tags are the more accurate validator. Sending both is allowed (for old caches), but only the entity tag decides.

## How to fix

Nothing is wrong; the hint explains which condition is evaluated. Remove \`If-Modified-Since\` if you only target current servers.
`,
  },
  {
    code: 'HTTP0508',
    messageId: 'rangeOnNonGet',
    severity: 'warning',
    area: 'message',
    message: { en: 'Range only applies to GET; a server ignores it on {method}.', 'zh-CN': 'Range 只适用于 GET；服务器会忽略 {method} 请求中的它。' },
    title: { en: 'Range on a method other than GET', 'zh-CN': 'Range 用于 GET 以外的方法' },
    doc: `A \`Range\` field on a method other than \`GET\`.

## Why

A server MUST ignore \`Range\` on methods other than \`GET\` (${rfc(9110, '14.2')}).

## How to fix

Remove the field, or send a \`GET\`.
`,
  },
  {
    code: 'HTTP0509',
    messageId: 'credentialsOverPlainHttp',
    severity: 'info',
    area: 'message',
    message: {
      en: '{field} is sent over plain http: anyone on the path can read it.',
      'zh-CN': '{field} 经由明文 http 发送：路径上的任何人都能读取。',
    },
    title: { en: 'Credentials over plain HTTP', 'zh-CN': '凭据经明文 HTTP 发送' },
    doc: `\`Authorization\`, \`Proxy-Authorization\` or \`Cookie\` on a request to an \`http:\` URL.

## Why

Without TLS, credentials travel in clear text; Basic credentials are only base64-encoded (${rfc(7617, '4')}, ${rfc(9110, '11.1')}).

## How to fix

Use \`https:\`. For local development servers this is often acceptable: turn the rule off with \`"severity": { "HTTP0509": "off" }\`.
`,
  },
  {
    code: 'HTTP0510',
    messageId: 'expectWithoutContent',
    severity: 'warning',
    area: 'message',
    message: { en: 'Expect: 100-continue on a request without content.', 'zh-CN': '没有内容的请求带有 Expect: 100-continue。' },
    title: { en: '100-continue without content', 'zh-CN': '没有内容却要求 100-continue' },
    doc: `\`Expect: 100-continue\` on a request that has no content.

## Why

A client MUST NOT send a 100-continue expectation in a request that does not include content (${rfc(9110, '10.1.1')}).

## How to fix

Remove the \`Expect\` field.
`,
  },
  // --------------------------------------------------------------- responses
  {
    code: 'HTTP0550',
    messageId: 'redirectWithoutLocation',
    severity: 'warning',
    area: 'message',
    message: { en: 'A {status} redirect without Location: clients cannot follow it.', 'zh-CN': '{status} 重定向没有 Location：客户端无法跟随。' },
    title: { en: 'Redirect without Location', 'zh-CN': '重定向缺少 Location' },
    doc: `A 301, 302, 303, 307 or 308 response without a \`Location\` field.

## Why

The server SHOULD (301, 302, 303, 307) or MUST (308 carries the same expectation) generate a \`Location\` with the new URI (${rfc(9110, '15.4')}); without it, user agents show the response itself.

## How to fix

Add \`Location\` with the target URI.
`,
  },
  {
    code: 'HTTP0551',
    messageId: 'createdWithoutLocation',
    severity: 'info',
    area: 'message',
    message: {
      en: '201 Created without Location: the created resource is taken to be the request target.',
      'zh-CN': '201 Created 没有 Location：新建的资源会被认为就是请求目标。',
    },
    title: { en: '201 without Location', 'zh-CN': '201 缺少 Location' },
    doc: `A 201 (Created) response without \`Location\`.

## Why

The primary resource created is identified by \`Location\`, or, when it is absent, by the target URI (${rfc(9110, '15.3.2')}). After a \`POST\` to a collection, the target URI is rarely the new resource.

## How to fix

Add \`Location\` with the URI of the created resource.
`,
  },
  {
    code: 'HTTP0552',
    messageId: 'partialWithoutContentRange',
    severity: 'error',
    area: 'message',
    message: {
      en: '206 Partial Content needs Content-Range, or a multipart/byteranges Content-Type.',
      'zh-CN': '206 Partial Content 需要 Content-Range，或 multipart/byteranges 类型的 Content-Type。',
    },
    title: { en: '206 without Content-Range', 'zh-CN': '206 缺少 Content-Range' },
    doc: `A 206 (Partial Content) response with neither \`Content-Range\` nor a \`multipart/byteranges\` content type.

## Why

A single-part 206 MUST carry \`Content-Range\`; a multipart one MUST have \`Content-Type: multipart/byteranges\` (${rfc(9110, '15.3.7')}). Without them the client cannot place the bytes.

## How to fix

Add \`Content-Range: bytes first-last/complete-length\`.
`,
  },
  {
    code: 'HTTP0553',
    messageId: 'contentOnBodilessStatus',
    severity: 'error',
    area: 'message',
    message: { en: 'A {status} response cannot have content.', 'zh-CN': '{status} 响应不能带有内容。' },
    title: { en: 'Content on 1xx, 204 or 304', 'zh-CN': '1xx、204 或 304 带有内容' },
    doc: `Content after a 1xx, 204 (No Content) or 304 (Not Modified) response.

## Why

These responses end at the empty line after the header section (${rfc(9112, '6.3')}, ${rfc(9110, '15.3.5')}, ${rfc(9110, '15.4.5')}). Bytes after it are read as the start of the next response: on a persistent connection this desynchronises the client.

## How to fix

Send no content; remove \`Transfer-Encoding\` and any non-zero \`Content-Length\`.
`,
  },
  {
    code: 'HTTP0554',
    messageId: 'contentLengthOnBodilessStatus',
    severity: 'error',
    area: 'message',
    message: { en: 'A {status} response must not send Content-Length.', 'zh-CN': '{status} 响应不得发送 Content-Length。' },
    title: { en: 'Content-Length on 1xx or 204', 'zh-CN': '1xx 或 204 带有 Content-Length' },
    doc: `\`Content-Length\` on a 1xx or 204 response.

## Why

A server MUST NOT send \`Content-Length\` in a 1xx (Informational) or 204 (No Content) response (${rfc(9110, '8.6')}).

## How to fix

Remove \`Content-Length\`.
`,
  },
  {
    code: 'HTTP0555',
    messageId: 'notModifiedMissingFields',
    severity: 'info',
    area: 'message',
    message: {
      en: '304 without {fields}: caches update the stored response from the fields a 304 carries.',
      'zh-CN': '304 缺少 {fields}：缓存会用 304 带来的字段更新已存储的响应。',
    },
    title: { en: '304 without the fields of a 200', 'zh-CN': '304 缺少 200 会带的字段' },
    doc: `A 304 (Not Modified) response that lacks the validator and freshness fields a 200 would carry.

## Why

The server MUST generate in a 304 the fields it would have sent in a 200 among \`Cache-Control\`, \`Content-Location\`, \`Date\`, \`ETag\`, \`Expires\` and \`Vary\` (${rfc(9110, '15.4.5')}). Caches update the stored response with them (${rfc(9111, '4.3.4')}); without \`ETag\` and \`Cache-Control\` or \`Expires\`, the stored response stays stale and is revalidated again at once.

## How to fix

Send the same \`ETag\`, \`Cache-Control\`, \`Expires\` and \`Vary\` as the 200.
`,
  },
  {
    code: 'HTTP0556',
    messageId: 'unauthorizedWithoutChallenge',
    severity: 'error',
    area: 'message',
    message: { en: '401 Unauthorized must carry WWW-Authenticate.', 'zh-CN': '401 Unauthorized 必须带有 WWW-Authenticate。' },
    title: { en: '401 without WWW-Authenticate', 'zh-CN': '401 缺少 WWW-Authenticate' },
    doc: `A 401 (Unauthorized) response without \`WWW-Authenticate\`.

## Why

The server generating a 401 MUST send a \`WWW-Authenticate\` field with at least one challenge (${rfc(9110, '15.5.2')}). Clients cannot know how to authenticate otherwise. If the client is authenticated but not allowed, 403 (Forbidden) is the right status.

## How to fix

Add \`WWW-Authenticate: Bearer realm="api"\` (or the scheme you use), or answer 403.
`,
  },
  {
    code: 'HTTP0557',
    messageId: 'methodNotAllowedWithoutAllow',
    severity: 'error',
    area: 'message',
    message: { en: '405 Method Not Allowed must carry Allow.', 'zh-CN': '405 Method Not Allowed 必须带有 Allow。' },
    title: { en: '405 without Allow', 'zh-CN': '405 缺少 Allow' },
    doc: `A 405 (Method Not Allowed) response without \`Allow\`.

## Why

The origin server MUST generate an \`Allow\` field listing the target's supported methods (${rfc(9110, '15.5.6')}).

## How to fix

Add \`Allow: GET, HEAD\` (the methods the resource supports; an empty value means none).
`,
  },
  {
    code: 'HTTP0558',
    messageId: 'proxyAuthWithoutChallenge',
    severity: 'error',
    area: 'message',
    message: { en: '407 Proxy Authentication Required must carry Proxy-Authenticate.', 'zh-CN': '407 Proxy Authentication Required 必须带有 Proxy-Authenticate。' },
    title: { en: '407 without Proxy-Authenticate', 'zh-CN': '407 缺少 Proxy-Authenticate' },
    doc: `A 407 response without \`Proxy-Authenticate\`.

## Why

The proxy MUST send a \`Proxy-Authenticate\` field with a challenge (${rfc(9110, '15.5.8')}).

## How to fix

Add \`Proxy-Authenticate\` with the scheme the proxy accepts.
`,
  },
  {
    code: 'HTTP0559',
    messageId: 'rangeNotSatisfiableWithoutContentRange',
    severity: 'warning',
    area: 'message',
    message: {
      en: '416 Range Not Satisfiable should carry Content-Range: bytes */length.',
      'zh-CN': '416 Range Not Satisfiable 应带有 Content-Range: bytes */长度。',
    },
    title: { en: '416 without Content-Range', 'zh-CN': '416 缺少 Content-Range' },
    doc: `A 416 (Range Not Satisfiable) response without \`Content-Range\`.

## Why

A server generating 416 to a byte-range request SHOULD send \`Content-Range: bytes */complete-length\` so the client learns the current length (${rfc(9110, '15.5.17')}).

## How to fix

Add \`Content-Range: bytes */12345\`.
`,
  },
  {
    code: 'HTTP0560',
    messageId: 'dateMissing',
    severity: 'warning',
    area: 'message',
    message: { en: 'The response has no Date field.', 'zh-CN': '响应没有 Date 首部字段。' },
    title: { en: 'Date missing', 'zh-CN': '缺少 Date' },
    doc: `A 2xx, 3xx or 4xx response without \`Date\`.

## Why

An origin server with a clock MUST send \`Date\` in 2xx, 3xx and 4xx responses (${rfc(9110, '6.6.1')}). Caches compute the age and the freshness lifetime of \`Expires\` from it (${rfc(9111, '4.2')}).

## How to fix

Add \`Date\` in IMF-fixdate form (\`Date: Sun, 06 Nov 1994 08:49:37 GMT\`); most servers do it by default.
`,
  },
  {
    code: 'HTTP0561',
    messageId: 'contentTypeMissing',
    severity: 'warning',
    area: 'message',
    message: { en: 'Content without Content-Type: recipients have to guess (sniff) its type.', 'zh-CN': '内容没有 Content-Type：接收方只能去猜测（嗅探）类型。' },
    title: { en: 'Content-Type missing', 'zh-CN': '缺少 Content-Type' },
    doc: `A message with content but no \`Content-Type\`.

## Why

A sender that generates content SHOULD send \`Content-Type\` (${rfc(9110, '8.3')}); otherwise the recipient may assume \`application/octet-stream\` or sniff, which is a security risk for browsers.

## How to fix

Add \`Content-Type\` with the media type (and a charset for text).
`,
  },
  {
    code: 'HTTP0562',
    messageId: 'contentLengthMismatch',
    severity: 'error',
    area: 'message',
    message: {
      en: 'Content-Length says {declared} bytes, but the content has {actual}.',
      'zh-CN': 'Content-Length 声明 {declared} 字节，但内容有 {actual} 字节。',
    },
    title: { en: 'Content-Length disagrees with the content', 'zh-CN': 'Content-Length 与内容不符' },
    doc: `A valid \`Content-Length\` that differs from the length of the content given with the message.

## Why

\`Content-Length\` frames the message on HTTP/1.1 (${rfc(9112, '6.3')}). A wrong value truncates the content or makes the rest of it be read as the next message.

## How to fix

Let the server or framework compute \`Content-Length\`, or send the content it announces. (A malformed value is reported by the \`Content-Length\` field parser, not here.)
`,
  },
  {
    code: 'HTTP0563',
    messageId: 'hopByHopField',
    severity: 'info',
    area: 'message',
    message: {
      en: '{name} is a hop-by-hop field: HTTP/2 and HTTP/3 forbid it.',
      'zh-CN': '{name} 是逐跳首部：HTTP/2 和 HTTP/3 禁止使用。',
    },
    title: { en: 'Connection-specific field', 'zh-CN': '连接专用字段' },
    doc: `A connection-specific (hop-by-hop) field: \`Connection\` and the fields it lists, \`Keep-Alive\`, \`Proxy-Connection\`, \`Transfer-Encoding\`, \`Upgrade\`.

## Why

They describe one HTTP/1.1 connection; proxies remove them (${rfc(9110, '7.6.1')}), and HTTP/2 and HTTP/3 treat a message carrying them as malformed (${rfc(9113, '8.2.2')}, ${rfc(9114, '4.2')}). Code that copies them blindly into an HTTP/2 response breaks clients.

## How to fix

Nothing is wrong on HTTP/1.1. When moving to HTTP/2, make sure these fields are not forwarded; \`TE: trailers\` is the only exception. Not reported: \`Transfer-Encoding\` on HTTP/1.x (it frames the body there) and the fields of a \`101 Switching Protocols\`, which needs \`Connection\` and \`Upgrade\`.
`,
  },
  {
    code: 'HTTP0564',
    messageId: 'upgradeWithoutConnection',
    severity: 'warning',
    area: 'message',
    message: { en: 'Upgrade without "Connection: upgrade": intermediaries may forward it.', 'zh-CN': '有 Upgrade 却没有 "Connection: upgrade"：中间方可能会转发它。' },
    title: { en: 'Upgrade not listed in Connection', 'zh-CN': 'Connection 未列出 upgrade' },
    doc: `An \`Upgrade\` field that is not listed in \`Connection\`.

## Why

A sender of \`Upgrade\` MUST also send \`Connection: upgrade\` so that intermediaries do not forward the upgrade request (${rfc(9110, '7.8')}).

## How to fix

Add \`Connection: upgrade\`.
`,
  },
  {
    code: 'HTTP0565',
    messageId: 'varyStar',
    severity: 'warning',
    area: 'message',
    message: { en: 'Vary: * means no cache can reuse this response.', 'zh-CN': 'Vary: * 意味着任何缓存都无法复用此响应。' },
    title: { en: 'Vary: *', 'zh-CN': '使用 Vary: *' },
    doc: `A response with \`Vary: *\`.

## Why

\`*\` signals that the response depends on more than request fields, so a stored response never matches a later request (${rfc(9111, '4.1')}, ${rfc(9110, '12.5.5')}).

## How to fix

List the request fields the response varies on (\`Vary: Accept-Encoding\`), or send \`Cache-Control: no-store\` if the response must not be cached.
`,
  },
  {
    code: 'HTTP0566',
    messageId: 'varyUserAgent',
    severity: 'warning',
    area: 'message',
    message: { en: 'Vary: User-Agent fragments caches into one copy per browser version.', 'zh-CN': 'Vary: User-Agent 会让缓存为每个浏览器版本各存一份。' },
    title: { en: 'Vary on User-Agent', 'zh-CN': '按 User-Agent 变化' },
    doc: `A response that varies on \`User-Agent\`.

## Why

\`User-Agent\` has thousands of distinct values, so caches keep a separate copy for each and hit rates collapse (${rfc(9111, '4.1')}). Many shared caches refuse to store such responses.

## How to fix

Vary on the narrower signal you use, such as Client Hints (\`Sec-CH-UA-Mobile\`), or serve the same response to every user agent.
`,
  },
  {
    code: 'HTTP0567',
    messageId: 'setCookieMaxAgeAndExpires',
    severity: 'info',
    area: 'message',
    message: { en: 'Set-Cookie has both Max-Age and Expires; Max-Age wins.', 'zh-CN': 'Set-Cookie 同时有 Max-Age 和 Expires；以 Max-Age 为准。' },
    title: { en: 'Max-Age and Expires together', 'zh-CN': '同时有 Max-Age 和 Expires' },
    doc: `A \`Set-Cookie\` with both \`Max-Age\` and \`Expires\`.

## Why

When both are present, \`Max-Age\` takes precedence (RFC 6265bis, Section 5.7). Sending both is common for very old clients, but the two often disagree after edits.

## How to fix

Keep the two consistent, or send only \`Max-Age\`.
`,
  },
  {
    code: 'HTTP0568',
    messageId: 'corsWildcardWithCredentials',
    severity: 'error',
    area: 'message',
    message: {
      en: 'Access-Control-Allow-Origin: * with Access-Control-Allow-Credentials: true: browsers reject the response.',
      'zh-CN': 'Access-Control-Allow-Origin: * 与 Access-Control-Allow-Credentials: true 同时出现：浏览器会拒绝该响应。',
    },
    title: { en: 'CORS wildcard with credentials', 'zh-CN': 'CORS 通配符与凭据同用' },
    doc: `\`Access-Control-Allow-Origin: *\` together with \`Access-Control-Allow-Credentials: true\`.

## Why

The Fetch standard's CORS check fails for a credentialed request when the allowed origin is \`*\` ([Fetch, CORS check](https://fetch.spec.whatwg.org/#cors-check)).

## How to fix

Echo the request's \`Origin\` (after checking it against an allow-list) and add \`Vary: Origin\`.
`,
  },
  {
    code: 'HTTP0569',
    messageId: 'contentEncodingOnNotModified',
    severity: 'warning',
    area: 'message',
    message: {
      en: '{status} with Content-Encoding {coding}: caches combine it with the stored content, which may be coded differently.',
      'zh-CN': '{status} 带有 Content-Encoding {coding}：缓存会把它与已存储的内容合并，而后者的编码可能不同。',
    },
    title: { en: 'Content-Encoding on 304 or 206', 'zh-CN': '304 或 206 带有 Content-Encoding' },
    doc: `A 304 or 206 response with a \`Content-Encoding\` that differs from what the request accepts, or a 304 that announces a content coding.

## Why

Caches update the stored response's fields from a 304 (${rfc(9111, '4.3.4')}) and combine 206 parts with stored ones (${rfc(9111, '3.4')}); a \`Content-Encoding\` that disagrees with the stored content corrupts it. A 206 is a range of the *encoded* representation.

## How to fix

Send the same \`Content-Encoding\` as the full response, honour the request's \`Accept-Encoding\`, and make the representation's \`ETag\` differ per coding.
`,
  },
  {
    code: 'HTTP0570',
    messageId: 'weakETagOnPartial',
    severity: 'warning',
    area: 'message',
    message: { en: 'A 206 response with a weak ETag: ranges need a strong validator.', 'zh-CN': '206 响应带有弱 ETag：范围请求需要强验证器。' },
    title: { en: 'Weak ETag on a range response', 'zh-CN': '范围响应带有弱 ETag' },
    doc: `A 206 (Partial Content) whose \`ETag\` is weak (\`W/"..."\`).

## Why

Combining ranges requires a strong validator (${rfc(9110, '8.8.1')}, ${rfc(9110, '13.1.5')}): a weak ETag says "semantically equivalent", not "byte for byte identical", so a client cannot safely resume with \`If-Range\`.

## How to fix

Send a strong ETag for representations that support ranges.
`,
  },
  {
    code: 'HTTP0571',
    messageId: 'lastModifiedAfterDate',
    severity: 'warning',
    area: 'message',
    message: {
      en: 'Last-Modified ({lastModified}) is later than Date ({date}).',
      'zh-CN': 'Last-Modified（{lastModified}）晚于 Date（{date}）。',
    },
    title: { en: 'Last-Modified in the future', 'zh-CN': 'Last-Modified 晚于 Date' },
    doc: `A \`Last-Modified\` later than the response's \`Date\`.

## Why

An origin server MUST NOT send a \`Last-Modified\` later than its \`Date\`; it must replace it with the \`Date\` value (${rfc(9110, '8.8.2.1')}). Heuristic freshness and \`If-Modified-Since\` validation go wrong with a future time.

## How to fix

Check the clock and the source of the modification time.
`,
  },
  {
    code: 'HTTP0572',
    messageId: 'relativeLocation',
    severity: 'info',
    area: 'message',
    message: { en: 'Location is a relative reference; it is resolved against the request URI.', 'zh-CN': 'Location 是相对引用，会相对于请求 URI 进行解析。' },
    title: { en: 'Relative Location', 'zh-CN': '相对 Location' },
    doc: `A \`Location\` that is a relative reference (\`/login\`).

## Why

Relative references are allowed and resolved against the target URI (${rfc(9110, '10.2.2')}); very old clients (before RFC 7231) required an absolute URI, and behind proxies the resolved URI may not be what you expect.

## How to fix

Nothing needs fixing for current clients; send an absolute URI when old clients matter.
`,
  },
  {
    code: 'HTTP0573',
    messageId: 'dateOffClock',
    severity: 'warning',
    area: 'message',
    message: {
      en: "Date ({date}) is {skew} {direction} this computer's clock when the response arrived.",
      'zh-CN': 'Date（{date}）比响应到达时本机的时钟{direction} {skew}。',
    },
    title: { en: "Date off this computer's clock", 'zh-CN': 'Date 与本机时钟不一致' },
    doc: `A response just received carries a \`Date\` outside the time of the exchange (from the request sent to the response received), by more than a few seconds.

## Why

\`Date\` is when the origin generated the response (${rfc(9110, '6.6.1')}); caches compute a response's age from it (${rfc(9111, '4.2.3')}: the apparent age is the time received minus \`Date\`). A server clock that is behind makes every response look old on arrival, and it goes stale early; one that is ahead hides the age a cache in between added. \`Expires\` and \`Last-Modified\` written from the same clock are off by as much. Either of the two clocks may be the wrong one.

## How to fix

Synchronise the server's clock (NTP), and this computer's if it is the one off. httplens reports this only for a response it has just received (\`httplens send\`, \`httplens check\`, the editor), never for a saved message.
`,
  },
  // ------------------------------ what `httplens check` sees across requests
  {
    code: 'HTTP0700',
    messageId: 'etagNotHonoured',
    severity: 'warning',
    area: 'message',
    message: { en: 'If-None-Match with the current ETag got {status}, not 304 Not Modified.', 'zh-CN': '带当前 ETag 的 If-None-Match 得到的是 {status}，而不是 304 Not Modified。' },
    title: { en: 'If-None-Match not honoured', 'zh-CN': '未遵从 If-None-Match' },
    doc: `A conditional GET carrying the response's own \`ETag\` in \`If-None-Match\` was answered with the full response.

## Why

When the selected representation's entity tag matches, the server should answer 304 (Not Modified) (${rfc(9110, '13.1.2')}, ${rfc(9110, '13.2.2')}); caches and browsers then reuse what they have instead of downloading it again.

## How to fix

Evaluate \`If-None-Match\` before generating the response (most frameworks have middleware for it), and make sure the \`ETag\` is stable between requests.
`,
  },
  {
    code: 'HTTP0701',
    messageId: 'lastModifiedNotHonoured',
    severity: 'info',
    area: 'message',
    message: { en: 'If-Modified-Since with the current Last-Modified got {status}, not 304 Not Modified.', 'zh-CN': '带当前 Last-Modified 的 If-Modified-Since 得到的是 {status}，而不是 304 Not Modified。' },
    title: { en: 'If-Modified-Since not honoured', 'zh-CN': '未遵从 If-Modified-Since' },
    doc: `A conditional GET carrying the response's own \`Last-Modified\` in \`If-Modified-Since\` was answered with the full response.

## Why

A server should answer 304 when the representation has not been modified since the given date (${rfc(9110, '13.1.3')}); clients that only know \`Last-Modified\` rely on it.

## How to fix

Compare \`If-Modified-Since\` with the modification time (at one-second precision) before generating the response.
`,
  },
  {
    code: 'HTTP0702',
    messageId: 'rangeNotHonoured',
    severity: 'warning',
    area: 'message',
    message: { en: 'Accept-Ranges: bytes is advertised, but Range: bytes=0-0 got {status}.', 'zh-CN': '声明了 Accept-Ranges: bytes，但 Range: bytes=0-0 得到的是 {status}。' },
    title: { en: 'Advertised ranges not served', 'zh-CN': '声明支持范围请求却未提供' },
    doc: `The response says \`Accept-Ranges: bytes\`, but a byte-range request was not answered with 206 (Partial Content).

## Why

\`Accept-Ranges\` tells clients they can resume downloads and seek in media (${rfc(9110, '14.3')}); when ranges are then ignored, clients download everything again.

## How to fix

Serve ranges (206 with \`Content-Range\`), or stop sending \`Accept-Ranges: bytes\` (send \`none\`).
`,
  },
  {
    code: 'HTTP0703',
    messageId: 'varyMissingForEncoding',
    severity: 'warning',
    area: 'message',
    message: { en: 'The content coding depends on Accept-Encoding ({with} vs {without}), but Vary does not list Accept-Encoding.', 'zh-CN': '内容编码取决于 Accept-Encoding（{with} 与 {without}），但 Vary 没有列出 Accept-Encoding。' },
    title: { en: 'Negotiated coding without Vary', 'zh-CN': '协商了编码却没有 Vary' },
    doc: `Requests with and without \`Accept-Encoding: gzip\` got differently coded responses, and \`Vary\` does not name \`Accept-Encoding\`.

## Why

A cache keys stored responses by URL and the request fields named in \`Vary\` (${rfc(9111, '4.1')}, ${rfc(9110, '12.5.5')}). Without \`Vary: Accept-Encoding\`, a shared cache may serve a gzip-coded response to a client that cannot decode it.

## How to fix

Add \`Vary: Accept-Encoding\` to every response whose coding is negotiated.
`,
  },
  {
    code: 'HTTP0704',
    messageId: 'headDiffersFromGet',
    severity: 'warning',
    area: 'message',
    message: { en: 'HEAD and GET disagree on {field}: {head} vs {get}.', 'zh-CN': 'HEAD 与 GET 的 {field} 不一致：{head} 与 {get}。' },
    title: { en: 'HEAD differs from GET', 'zh-CN': 'HEAD 与 GET 不一致' },
    doc: `A \`HEAD\` request got a different status or different representation fields than the \`GET\` for the same URL.

## Why

The server should send the same header fields in response to \`HEAD\` as it would for \`GET\` (${rfc(9110, '9.3.2')}); caches and link checkers use \`HEAD\` to learn about a resource without downloading it.

## How to fix

Route \`HEAD\` through the \`GET\` handler and drop only the content.
`,
  },
  {
    code: 'HTTP0705',
    messageId: 'validatorMissing',
    severity: 'info',
    area: 'message',
    message: { en: 'The response has neither ETag nor Last-Modified: clients cannot revalidate it.', 'zh-CN': '响应既没有 ETag 也没有 Last-Modified：客户端无法重新验证它。' },
    title: { en: 'No validator', 'zh-CN': '没有验证器' },
    doc: `A cacheable response with no \`ETag\` and no \`Last-Modified\`.

## Why

Without a validator, once the response is stale a cache has to download it again in full; with one, a 304 of a few hundred bytes is enough (${rfc(9111, '4.3')}, ${rfc(9110, '8.8')}).

## How to fix

Send an \`ETag\` (a hash or version of the content) or \`Last-Modified\`.
`,
  },
  {
    code: 'HTTP0706',
    messageId: 'compressionNotUsed',
    severity: 'info',
    area: 'message',
    message: { en: '{type} of {size} bytes is sent uncompressed although the request accepts gzip.', 'zh-CN': '{type} 内容共 {size} 字节，请求接受 gzip，却未经压缩发送。' },
    title: { en: 'Compressible content sent uncompressed', 'zh-CN': '可压缩的内容未压缩' },
    doc: `A text-like response (HTML, CSS, JavaScript, JSON, XML, SVG) of more than 1 KiB was sent without a content coding, although the request said \`Accept-Encoding: gzip\`.

## Why

Text compresses to a fraction of its size; content codings exist for this (${rfc(9110, '8.4')}).

## How to fix

Enable gzip or Brotli for text types in the server or CDN, and send \`Vary: Accept-Encoding\`.
`,
  },
  {
    code: 'HTTP0707',
    messageId: 'strongEtagAcrossCodings',
    severity: 'warning',
    area: 'message',
    message: { en: 'The {with} and {without} responses carry the same strong ETag {etag}.', 'zh-CN': '{with} 响应与 {without} 响应带有同一个强 ETag {etag}。' },
    title: { en: 'One strong ETag for two content codings', 'zh-CN': '两种内容编码共用一个强 ETag' },
    doc: `Requests with and without \`Accept-Encoding: gzip\` got differently coded responses with the same strong entity tag.

## Why

A gzip-coded response and an uncoded one are different representations, and a strong validator is unique across all representations of a resource (${rfc(9110, '8.8.1')}, ${rfc(9110, '8.8.3')}). With one strong ETag for both, a cache holding the gzip-coded response may have it validated by a request for the uncoded one (and the reverse), and byte ranges of one coding may be combined with those of the other.

## How to fix

Make the tags differ per coding (Apache appends \`-gzip\`), or send a weak ETag (\`W/"..."\`) for the coded response, as nginx does.
`,
  },
  {
    code: 'HTTP0708',
    messageId: 'notModifiedMissingField',
    severity: 'warning',
    area: 'message',
    message: { en: 'The 304 response to {condition} has no {field}, which the 200 response has.', 'zh-CN': '对 {condition} 的 304 响应没有 200 响应中有的 {field}。' },
    title: { en: '304 without a field of the 200', 'zh-CN': '304 缺少 200 中的字段' },
    doc: `A 304 (Not Modified) answer to a conditional GET lacks a field that the full response carries: one of \`Cache-Control\`, \`Content-Location\`, \`Date\`, \`ETag\`, \`Expires\` and \`Vary\`.

## Why

A server generating a 304 must send those of these fields that it would have sent in a 200 to the same request (${rfc(9110, '15.4.5')}). Caches update the stored response with the fields of the 304 (${rfc(9111, '4.3.4')}); without them, freshness and validators of the stored copy are not refreshed, and a cache may consider it stale again at once.

## How to fix

Send the same \`Cache-Control\`, \`Expires\`, \`ETag\`, \`Vary\`, \`Content-Location\` and \`Date\` on 304 responses as on 200 responses (most servers do; custom handlers that answer 304 early often forget them).

HTTP0555 notes a single 304 that has none of \`ETag\`, \`Cache-Control\` and \`Expires\`; this finding compares the 304 with the 200 the same server sent.
`,
  },
  // --------------------------------------------- responses with their request
  {
    code: 'HTTP0650',
    messageId: 'contentInHeadResponse',
    severity: 'error',
    area: 'message',
    message: { en: 'A response to HEAD cannot have content.', 'zh-CN': '对 HEAD 的响应不能带有内容。' },
    title: { en: 'Content in a response to HEAD', 'zh-CN': 'HEAD 的响应带有内容' },
    doc: `A response to a \`HEAD\` request followed by content.

## Why

A response to \`HEAD\` ends at the empty line after its header section (${rfc(9112, '6.3')}, ${rfc(9110, '9.3.2')}); bytes after it are read as the next response.

## How to fix

Send the same header section as for \`GET\` but no content.
`,
  },
  {
    code: 'HTTP0651',
    messageId: 'optionsWithoutAllow',
    severity: 'info',
    area: 'message',
    message: { en: 'The response to OPTIONS has no Allow field.', 'zh-CN': '对 OPTIONS 的响应没有 Allow 首部字段。' },
    title: { en: 'OPTIONS without Allow', 'zh-CN': 'OPTIONS 响应缺少 Allow' },
    doc: `A successful response to \`OPTIONS\` without \`Allow\`.

## Why

A server generating a successful response to \`OPTIONS\` SHOULD send the fields that indicate optional features it implements, such as \`Allow\` (${rfc(9110, '9.3.7')}).

## How to fix

Add \`Allow\` with the supported methods.
`,
  },
  {
    code: 'HTTP0652',
    messageId: 'notModifiedUnconditional',
    severity: 'warning',
    area: 'message',
    message: {
      en: '304 Not Modified answers a request that was not a conditional GET or HEAD.',
      'zh-CN': '304 Not Modified 回应的并不是条件 GET 或 HEAD 请求。',
    },
    title: { en: '304 to an unconditional request', 'zh-CN': '对非条件请求返回 304' },
    doc: `A 304 response to a request without \`If-None-Match\` or \`If-Modified-Since\`, or to a method other than \`GET\` and \`HEAD\`.

## Why

304 is only defined as the answer to a conditional \`GET\` or \`HEAD\` whose condition evaluated false (${rfc(9110, '15.4.5')}); a client without a stored response has nothing to show.

## How to fix

Answer 200 with the representation when the request has no condition.
`,
  },
  {
    code: 'HTTP0653',
    messageId: 'preconditionFailedUnconditional',
    severity: 'warning',
    area: 'message',
    message: {
      en: '412 Precondition Failed answers a request without preconditions.',
      'zh-CN': '412 Precondition Failed 回应的请求并没有前提条件。',
    },
    title: { en: '412 without a precondition', 'zh-CN': '没有前提条件却返回 412' },
    doc: `A 412 response to a request without \`If-Match\`, \`If-None-Match\`, \`If-Modified-Since\` or \`If-Unmodified-Since\`.

## Why

412 says that a condition in the request evaluated false (${rfc(9110, '15.5.13')}); with no condition sent, the client cannot act on it.

## How to fix

Use another status, such as 409 (Conflict) or 428 (Precondition Required) to ask for a condition.
`,
  },
  {
    code: 'HTTP0654',
    messageId: 'rangeNotSatisfiableWithoutRange',
    severity: 'warning',
    area: 'message',
    message: { en: '416 Range Not Satisfiable answers a request without Range.', 'zh-CN': '416 Range Not Satisfiable 回应的请求并没有 Range。' },
    title: { en: '416 without a Range request', 'zh-CN': '没有 Range 请求却返回 416' },
    doc: `A 416 response to a request without \`Range\`.

## Why

416 means that none of the requested ranges overlap the representation (${rfc(9110, '15.5.17')}); without \`Range\` it makes no sense.

## How to fix

Answer 200 with the full representation.
`,
  },
]);
