/** Values offered by completion, per field (lower-case name). Data, not code. */

export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'CONNECT', 'QUERY', 'PROPFIND', 'PROPPATCH', 'MKCOL', 'COPY', 'MOVE', 'LOCK', 'UNLOCK', 'SEARCH', 'REPORT'] as const;

export const HTTP_VERSIONS = ['HTTP/1.1', 'HTTP/1.0', 'HTTP/2'] as const;

/** Fields people write most: offered first. */
export const COMMON_FIELDS = new Set([
  'accept', 'accept-encoding', 'accept-language', 'authorization', 'cache-control', 'content-type', 'content-length', 'cookie',
  'if-match', 'if-none-match', 'if-modified-since', 'origin', 'referer', 'user-agent', 'range', 'prefer', 'x-requested-with',
  'set-cookie', 'location', 'etag', 'last-modified', 'vary', 'expires', 'date', 'content-encoding', 'access-control-allow-origin',
]);

export const MEDIA_TYPES = [
  'application/json', 'application/problem+json', 'application/merge-patch+json', 'application/json-patch+json', 'application/ld+json',
  'application/x-www-form-urlencoded', 'multipart/form-data', 'multipart/byteranges', 'application/xml', 'text/xml', 'application/graphql-response+json',
  'application/octet-stream', 'application/pdf', 'application/zip', 'application/gzip', 'application/javascript', 'text/javascript',
  'application/x-ndjson', 'application/cbor', 'application/msgpack', 'application/yaml', 'application/vnd.api+json', 'application/hal+json',
  'text/plain', 'text/html', 'text/css', 'text/csv', 'text/markdown', 'text/event-stream', 'text/calendar',
  'image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/svg+xml', 'image/x-icon',
  'audio/mpeg', 'audio/ogg', 'video/mp4', 'video/webm', 'font/woff2', 'font/woff', 'application/wasm', '*/*',
];

const CODINGS = ['gzip', 'br', 'zstd', 'deflate', 'compress', 'identity', '*'];
const LANGUAGES = ['en', 'en-US', 'en-GB', 'zh-CN', 'zh-TW', 'zh-Hans', 'ja', 'ko', 'de', 'fr', 'es', 'pt-BR', 'ru', 'it', '*'];

export const FIELD_VALUES: Readonly<Record<string, readonly string[]>> = {
  accept: MEDIA_TYPES,
  'content-type': MEDIA_TYPES.filter((m) => !m.includes('*')),
  'accept-encoding': CODINGS,
  'content-encoding': CODINGS.filter((c) => c !== '*' && c !== 'identity'),
  te: ['trailers', 'gzip', 'deflate'],
  'transfer-encoding': ['chunked', 'gzip', 'deflate'],
  'accept-language': LANGUAGES,
  'content-language': LANGUAGES.filter((l) => l !== '*'),
  'accept-charset': ['utf-8', 'iso-8859-1', '*'],
  connection: ['keep-alive', 'close', 'upgrade'],
  upgrade: ['websocket', 'h2c'],
  expect: ['100-continue'],
  pragma: ['no-cache'],
  authorization: ['Bearer ', 'Basic ', 'Digest ', 'Negotiate ', 'AWS4-HMAC-SHA256 '],
  'proxy-authorization': ['Basic ', 'Bearer ', 'Digest '],
  'referrer-policy': ['no-referrer', 'no-referrer-when-downgrade', 'origin', 'origin-when-cross-origin', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin', 'unsafe-url'],
  'sec-fetch-site': ['cross-site', 'same-origin', 'same-site', 'none'],
  'sec-fetch-mode': ['cors', 'navigate', 'no-cors', 'same-origin', 'websocket'],
  'sec-fetch-dest': ['audio', 'document', 'embed', 'empty', 'font', 'frame', 'iframe', 'image', 'manifest', 'object', 'script', 'serviceworker', 'sharedworker', 'style', 'track', 'video', 'worker', 'xslt'],
  'sec-fetch-user': ['?1'],
  'x-content-type-options': ['nosniff'],
  'x-frame-options': ['DENY', 'SAMEORIGIN'],
  'cross-origin-resource-policy': ['same-site', 'same-origin', 'cross-origin'],
  'cross-origin-opener-policy': ['same-origin', 'same-origin-allow-popups', 'unsafe-none', 'noopener-allow-popups'],
  'cross-origin-embedder-policy': ['require-corp', 'credentialless', 'unsafe-none'],
  'access-control-request-method': METHODS.slice(0, 9),
  'access-control-allow-methods': METHODS.slice(0, 9),
  allow: METHODS.slice(0, 9),
  'accept-ranges': ['bytes', 'none'],
  prefer: ['return=minimal', 'return=representation', 'respond-async', 'wait=10', 'handling=strict', 'handling=lenient'],
  'x-requested-with': ['XMLHttpRequest'],
  'content-disposition': ['attachment; filename="file.txt"', 'inline', 'form-data; name="field"'],
  'clear-site-data': ['"cache"', '"cookies"', '"storage"', '"executionContexts"', '"*"'],
  priority: ['u=0', 'u=3', 'u=7', 'i'],
};

const RC = 'REST Client';
const JB = 'JetBrains HTTP Client';
const HY = 'httpYac';

/** Metadata keys after `# @` / `// @`, with the tools that read them (a dialect's completion offers its tool's keys). */
export const METADATA_KEYS: readonly { key: string; snippet: string; tools: readonly string[]; en: string; zh: string }[] = [
  { key: 'name', snippet: 'name ${1:requestName}', tools: [RC, JB, HY], en: 'Name the request, so others can use its response: {{name.response.body.$.id}}.', zh: '为请求命名，以便其他请求引用它的响应：{{name.response.body.$.id}}。' },
  { key: 'no-redirect', snippet: 'no-redirect', tools: [RC, JB, HY], en: 'Do not follow redirects for this request.', zh: '此请求不跟随重定向。' },
  { key: 'no-cookie-jar', snippet: 'no-cookie-jar', tools: [RC, JB, HY], en: 'Do not send or store cookies for this request.', zh: '此请求不发送也不保存 Cookie。' },
  { key: 'note', snippet: 'note', tools: [RC, HY], en: 'Ask for confirmation before sending.', zh: '发送前先确认。' },
  { key: 'prompt', snippet: 'prompt ${1:variable} ${2:description}', tools: [RC, HY], en: 'Ask for a value when the request is sent.', zh: '发送请求时询问变量的值。' },
  { key: 'timeout', snippet: 'timeout ${1:5000 ms}', tools: [JB, HY], en: 'Time limit for this request: httpYac reads milliseconds (500 or 500 ms) for the whole exchange; the JetBrains HTTP Client (and httplens with the auto dialect) seconds of waiting for data, or with a unit: 500 ms, 30 s, 2 m.', zh: '此请求的超时时间：httpYac 读作整个交换的毫秒数（500 或 500 ms）；JetBrains HTTP Client（以及使用 auto 方言的 httplens）读作等待数据的秒数，也可以带单位：500 ms、30 s、2 m。' },
  { key: 'connection-timeout', snippet: 'connection-timeout ${1:10}', tools: [JB], en: 'Time limit for connecting, in seconds or with a unit: 500 ms, 30 s, 2 m.', zh: '建立连接的时间限制，单位为秒，也可以带单位：500 ms、30 s、2 m。' },
  { key: 'no-log', snippet: 'no-log', tools: [JB, HY], en: 'Do not keep this request and its response in the history.', zh: '不在历史记录中保存此请求及其响应。' },
  { key: 'ref', snippet: 'ref ${1:requestName}', tools: [HY], en: 'Send the named request first when it has no response yet; its response is then a variable: {{requestName.token}}.', zh: '当具名请求还没有响应时先发送它；之后它的响应就是变量：{{requestName.token}}。' },
  { key: 'forceRef', snippet: 'forceRef ${1:requestName}', tools: [HY], en: 'Send the named request first, every time.', zh: '每次都先发送具名请求。' },
  { key: 'import', snippet: 'import ${1:./other.http}', tools: [HY], en: "Bring in another file: its variables, and its named requests for # @ref.", zh: '引入另一个文件：它的变量，以及供 # @ref 使用的具名请求。' },
  { key: 'sleep', snippet: 'sleep ${1:1000}', tools: [HY], en: 'Wait this many milliseconds before sending.', zh: '发送前等待这么多毫秒。' },
  { key: 'disabled', snippet: 'disabled', tools: [HY], en: 'Do not send this request (with a variable: when its value is not empty, false, 0 or null).', zh: '不发送此请求（带变量时：当其值不为空、false、0 或 null 时）。' },
  { key: 'noRejectUnauthorized', snippet: 'noRejectUnauthorized', tools: [HY], en: 'Send this request without verifying the server certificate.', zh: '发送此请求时不验证服务器证书。' },
  { key: 'loop', snippet: 'loop for ${1:item} of ${2:items}', tools: [HY], en: 'Send the request once for each element, with {{item}} and {{$index}}: for 3, for id of [1, 2], or for id of a variable holding a JSON array.', zh: '对每个元素各发送一次请求，可使用 {{item}} 和 {{$index}}：for 3、for id of [1, 2]，或 for id of 一个值为 JSON 数组的变量。' },
  { key: 'tag', snippet: 'tag ${1:smoke}', tools: [HY], en: 'Tags of the request, separated by commas: httplens send --tag smoke sends the requests that have it.', zh: '请求的标签，以逗号分隔：httplens send --tag smoke 会发送带有该标签的请求。' },
];
