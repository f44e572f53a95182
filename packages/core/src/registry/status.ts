import type { LocalizedText } from '../codes/define.js';
import type { Locale } from '../types.js';
import { rfc } from './fields/types.js';

/**
 * The registration state of a status code: `registered` in the IANA HTTP Status Code
 * Registry, `deprecated` (305), `unused` (306, 418), `obsoleted` (510), `temporary`
 * (a temporary IANA registration) or `nonstandard` (common, never registered).
 */
export type StatusCodeStatus = 'registered' | 'deprecated' | 'unused' | 'obsoleted' | 'temporary' | 'nonstandard';

export type StatusClass = 'informational' | 'successful' | 'redirection' | 'client-error' | 'server-error';

interface StatusDefinition {
  code: number;
  reason: string;
  /** Earlier reason phrases (RFC 2616, RFC 7231, RFC 4918) and common informal ones. */
  aliases?: readonly string[];
  status?: StatusCodeStatus;
  specUrl: string;
  /** Cacheable by default: heuristic freshness allowed (RFC 9110, Section 15.1). */
  heuristicallyCacheable?: boolean;
  description: LocalizedText;
}

export interface StatusInfo {
  code: number;
  reason: string;
  aliases: readonly string[];
  status: StatusCodeStatus;
  class: StatusClass;
  specUrl: string;
  mdnUrl?: string;
  heuristicallyCacheable: boolean;
  description: string;
}

const s = (section: string) => rfc(9110, section);

const STATUS_DEFINITIONS: readonly StatusDefinition[] = [
  { code: 100, reason: 'Continue', specUrl: s('15.2.1'), description: { en: 'The request head was received; the client may send the content (answer to `Expect: 100-continue`).', 'zh-CN': '已收到请求首部，客户端可以继续发送内容（对 `Expect: 100-continue` 的回应）。' } },
  { code: 101, reason: 'Switching Protocols', specUrl: s('15.2.2'), description: { en: 'The server switches the connection to the protocol named in `Upgrade`, such as WebSocket.', 'zh-CN': '服务器把连接切换到 `Upgrade` 中指定的协议，例如 WebSocket。' } },
  { code: 102, reason: 'Processing', specUrl: rfc(2518, '10.1'), description: { en: 'WebDAV: the server is still working on the request. Removed from RFC 4918 and rarely sent today.', 'zh-CN': 'WebDAV：服务器仍在处理请求。RFC 4918 已将其删除，如今很少使用。' } },
  { code: 103, reason: 'Early Hints', specUrl: rfc(8297, '2'), description: { en: 'Early `Link` fields (preload, preconnect) sent before the final response, so the browser can start fetching.', 'zh-CN': '在最终响应之前提前发送 `Link` 字段（preload、preconnect），让浏览器提早开始获取资源。' } },
  { code: 104, reason: 'Upload Resumption Supported', status: 'temporary', specUrl: 'https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/', description: { en: 'Resumable uploads (temporary registration): the server supports resuming this upload and gives its location.', 'zh-CN': '可续传上传（临时注册）：服务器支持续传这次上传，并给出上传位置。' } },
  { code: 200, reason: 'OK', specUrl: s('15.3.1'), heuristicallyCacheable: true, description: { en: 'The request succeeded; the content depends on the method (the representation for GET).', 'zh-CN': '请求成功；内容取决于方法（对 GET 而言是资源的表示）。' } },
  { code: 201, reason: 'Created', specUrl: s('15.3.2'), description: { en: 'A new resource was created; `Location` identifies it.', 'zh-CN': '已创建新资源；`Location` 给出它的标识。' } },
  { code: 202, reason: 'Accepted', specUrl: s('15.3.3'), description: { en: 'The request was accepted for processing, which has not completed (asynchronous work).', 'zh-CN': '请求已被接受处理，但处理尚未完成（异步任务）。' } },
  { code: 203, reason: 'Non-Authoritative Information', specUrl: s('15.3.4'), heuristicallyCacheable: true, description: { en: 'Success, but a transforming proxy modified the origin server\'s content.', 'zh-CN': '请求成功，但进行了转换的代理修改了源服务器的内容。' } },
  { code: 204, reason: 'No Content', specUrl: s('15.3.5'), heuristicallyCacheable: true, description: { en: 'Success with no content; a 204 response never has a body.', 'zh-CN': '请求成功，没有内容；204 响应永远不带主体。' } },
  { code: 205, reason: 'Reset Content', specUrl: s('15.3.6'), description: { en: 'Success; the client should reset the document view (for example clear a form). No content.', 'zh-CN': '请求成功；客户端应重置文档视图（例如清空表单）。没有内容。' } },
  { code: 206, reason: 'Partial Content', specUrl: s('15.3.7'), heuristicallyCacheable: true, description: { en: 'The content is one or more ranges of the representation, as asked for by `Range`.', 'zh-CN': '内容是按 `Range` 请求的表示的一个或多个范围。' } },
  { code: 207, reason: 'Multi-Status', specUrl: rfc(4918, '11.1'), description: { en: 'WebDAV: an XML body reports a separate status for each of several resources.', 'zh-CN': 'WebDAV：XML 主体为多个资源分别报告状态。' } },
  { code: 208, reason: 'Already Reported', specUrl: rfc(5842, '7.1'), description: { en: 'WebDAV bindings: members already listed earlier in this Multi-Status are not repeated.', 'zh-CN': 'WebDAV 绑定：本次 Multi-Status 中已经列出过的成员不再重复。' } },
  { code: 226, reason: 'IM Used', specUrl: rfc(3229, '10.4.1'), description: { en: 'Delta encoding: the content is the result of instance manipulations (`IM`) on the current instance.', 'zh-CN': '差量编码：内容是对当前实例应用实例操作（`IM`）后的结果。' } },
  { code: 300, reason: 'Multiple Choices', specUrl: s('15.4.1'), heuristicallyCacheable: true, description: { en: 'Several representations are available; the client or user picks one.', 'zh-CN': '有多个可用的表示，由客户端或用户选择其一。' } },
  { code: 301, reason: 'Moved Permanently', specUrl: s('15.4.2'), heuristicallyCacheable: true, description: { en: 'The resource has a new permanent URI in `Location`. Clients may change POST to GET when following it; use 308 to prevent that.', 'zh-CN': '资源已永久迁移到 `Location` 给出的新 URI。客户端跟随时可能把 POST 改为 GET；要避免这一点请用 308。' } },
  { code: 302, reason: 'Found', aliases: ['Moved Temporarily'], specUrl: s('15.4.3'), description: { en: 'The resource is temporarily at the URI in `Location`. Clients may change POST to GET; use 307 to prevent that.', 'zh-CN': '资源暂时位于 `Location` 给出的 URI。客户端可能把 POST 改为 GET；要避免这一点请用 307。' } },
  { code: 303, reason: 'See Other', specUrl: s('15.4.4'), description: { en: 'The result is at another URI, to be fetched with GET (the usual answer after a POST form).', 'zh-CN': '结果位于另一个 URI，应使用 GET 获取（常用于 POST 表单之后）。' } },
  { code: 304, reason: 'Not Modified', specUrl: s('15.4.5'), description: { en: 'The cached representation is still valid (answer to a conditional GET); no content.', 'zh-CN': '缓存的表示仍然有效（对条件 GET 的回应）；没有内容。' } },
  { code: 305, reason: 'Use Proxy', status: 'deprecated', specUrl: s('15.4.6'), description: { en: 'Deprecated: asked the client to repeat the request through a proxy. Clients ignore it for security reasons.', 'zh-CN': '已弃用：要求客户端通过代理重新发送请求。出于安全原因，客户端会忽略它。' } },
  { code: 306, reason: '(Unused)', aliases: ['Switch Proxy'], status: 'unused', specUrl: s('15.4.7'), description: { en: 'Unused: defined in an early draft and reserved since. Never send it.', 'zh-CN': '未使用：曾在早期草案中定义，此后一直保留。不要发送。' } },
  { code: 307, reason: 'Temporary Redirect', specUrl: s('15.4.8'), description: { en: 'Temporarily at the URI in `Location`; the client must repeat the same method and content.', 'zh-CN': '资源暂时位于 `Location` 给出的 URI；客户端必须用相同的方法和内容重新请求。' } },
  { code: 308, reason: 'Permanent Redirect', specUrl: s('15.4.9'), heuristicallyCacheable: true, description: { en: 'Permanently at the URI in `Location`; the client must repeat the same method and content.', 'zh-CN': '资源已永久迁移到 `Location` 给出的 URI；客户端必须用相同的方法和内容重新请求。' } },
  { code: 400, reason: 'Bad Request', specUrl: s('15.5.1'), description: { en: 'The server cannot process the request because of a client error (malformed syntax, invalid framing).', 'zh-CN': '由于客户端错误（语法错误、分帧无效），服务器无法处理该请求。' } },
  { code: 401, reason: 'Unauthorized', specUrl: s('15.5.2'), description: { en: 'Authentication is required or failed; the response carries `WWW-Authenticate` challenges.', 'zh-CN': '需要认证或认证失败；响应中带有 `WWW-Authenticate` 质询。' } },
  { code: 402, reason: 'Payment Required', specUrl: s('15.5.3'), description: { en: 'Reserved for future use; some APIs use it for billing problems.', 'zh-CN': '保留供将来使用；有些 API 用它表示计费问题。' } },
  { code: 403, reason: 'Forbidden', specUrl: s('15.5.4'), description: { en: 'The server understood the request but refuses it; authenticating again will not help.', 'zh-CN': '服务器理解该请求，但拒绝执行；重新认证也无济于事。' } },
  { code: 404, reason: 'Not Found', specUrl: s('15.5.5'), heuristicallyCacheable: true, description: { en: 'No current representation exists for the target resource (or the server will not say).', 'zh-CN': '目标资源当前没有表示（或者服务器不愿透露）。' } },
  { code: 405, reason: 'Method Not Allowed', specUrl: s('15.5.6'), heuristicallyCacheable: true, description: { en: 'The resource does not support this method; `Allow` lists those it does.', 'zh-CN': '资源不支持该方法；`Allow` 列出它支持的方法。' } },
  { code: 406, reason: 'Not Acceptable', specUrl: s('15.5.7'), description: { en: 'No representation matches the request\'s `Accept*` fields.', 'zh-CN': '没有与请求的 `Accept*` 字段相匹配的表示。' } },
  { code: 407, reason: 'Proxy Authentication Required', specUrl: s('15.5.8'), description: { en: 'A proxy requires authentication; see `Proxy-Authenticate`.', 'zh-CN': '代理要求认证；见 `Proxy-Authenticate`。' } },
  { code: 408, reason: 'Request Timeout', specUrl: s('15.5.9'), description: { en: 'The server gave up waiting for the complete request and closes the connection.', 'zh-CN': '服务器等不到完整的请求，放弃等待并关闭连接。' } },
  { code: 409, reason: 'Conflict', specUrl: s('15.5.10'), description: { en: 'The request conflicts with the current state of the resource (for example an edit conflict).', 'zh-CN': '请求与资源的当前状态冲突（例如编辑冲突）。' } },
  { code: 410, reason: 'Gone', specUrl: s('15.5.11'), heuristicallyCacheable: true, description: { en: 'The resource is gone for good, with no forwarding address.', 'zh-CN': '资源已永久消失，且没有转移地址。' } },
  { code: 411, reason: 'Length Required', specUrl: s('15.5.12'), description: { en: 'The server refuses a request without `Content-Length`.', 'zh-CN': '服务器拒绝没有 `Content-Length` 的请求。' } },
  { code: 412, reason: 'Precondition Failed', specUrl: s('15.5.13'), description: { en: 'A condition in `If-Match`, `If-Unmodified-Since` or similar evaluated to false.', 'zh-CN': '`If-Match`、`If-Unmodified-Since` 等字段中的条件为假。' } },
  { code: 413, reason: 'Content Too Large', aliases: ['Request Entity Too Large', 'Payload Too Large'], specUrl: s('15.5.14'), description: { en: 'The request content is larger than the server will process.', 'zh-CN': '请求内容超出了服务器愿意处理的大小。' } },
  { code: 414, reason: 'URI Too Long', aliases: ['Request-URI Too Long'], specUrl: s('15.5.15'), heuristicallyCacheable: true, description: { en: 'The target URI is longer than the server will interpret.', 'zh-CN': '目标 URI 超出了服务器愿意解析的长度。' } },
  { code: 415, reason: 'Unsupported Media Type', specUrl: s('15.5.16'), description: { en: 'The content\'s media type or coding is not supported for this method and resource.', 'zh-CN': '对该方法和资源而言，内容的媒体类型或编码不受支持。' } },
  { code: 416, reason: 'Range Not Satisfiable', aliases: ['Requested Range Not Satisfiable'], specUrl: s('15.5.17'), description: { en: 'None of the requested ranges overlap the representation; `Content-Range` gives its length.', 'zh-CN': '所请求的范围与表示没有任何重叠；`Content-Range` 给出表示的长度。' } },
  { code: 417, reason: 'Expectation Failed', specUrl: s('15.5.18'), description: { en: 'The expectation in `Expect` cannot be met.', 'zh-CN': '无法满足 `Expect` 中的期望。' } },
  { code: 418, reason: '(Unused)', aliases: ["I'm a teapot"], status: 'unused', specUrl: s('15.5.19'), description: { en: 'Reserved because of the April Fools\' "I\'m a teapot" (RFC 2324), which is deployed as a joke. Never assigned.', 'zh-CN': '由于愚人节 RFC 2324 的 "I\'m a teapot" 作为玩笑被广泛部署，该码被保留，不会再分配。' } },
  { code: 421, reason: 'Misdirected Request', specUrl: s('15.5.20'), description: { en: 'The request reached a server that is not configured for this origin (often connection reuse across hosts).', 'zh-CN': '请求到达了未配置该源的服务器（通常是跨主机复用连接所致）。' } },
  { code: 422, reason: 'Unprocessable Content', aliases: ['Unprocessable Entity'], specUrl: s('15.5.21'), description: { en: 'The content is well-formed but semantically invalid (validation errors).', 'zh-CN': '内容格式正确，但语义无效（校验错误）。' } },
  { code: 423, reason: 'Locked', specUrl: rfc(4918, '11.3'), description: { en: 'WebDAV: the resource is locked.', 'zh-CN': 'WebDAV：资源已被锁定。' } },
  { code: 424, reason: 'Failed Dependency', specUrl: rfc(4918, '11.4'), description: { en: 'WebDAV: the method failed because another action it depended on failed.', 'zh-CN': 'WebDAV：方法失败，因为它所依赖的另一个操作失败了。' } },
  { code: 425, reason: 'Too Early', specUrl: rfc(8470, '5.2'), description: { en: 'The server will not process a request that might be replayed (TLS early data); retry after the handshake.', 'zh-CN': '服务器不处理可能被重放的请求（TLS 早期数据）；请在握手完成后重试。' } },
  { code: 426, reason: 'Upgrade Required', specUrl: s('15.5.22'), description: { en: 'The client must switch to the protocol named in `Upgrade`.', 'zh-CN': '客户端必须切换到 `Upgrade` 中指定的协议。' } },
  { code: 428, reason: 'Precondition Required', specUrl: rfc(6585, '3'), description: { en: 'The server requires conditional requests (`If-Match`) to prevent lost updates.', 'zh-CN': '服务器要求使用条件请求（`If-Match`）以防止更新丢失。' } },
  { code: 429, reason: 'Too Many Requests', specUrl: rfc(6585, '4'), description: { en: 'Rate limited; `Retry-After` says when to try again.', 'zh-CN': '请求频率受限；`Retry-After` 说明何时可以重试。' } },
  { code: 431, reason: 'Request Header Fields Too Large', specUrl: rfc(6585, '5'), description: { en: 'The header section, or one field, is too large (often oversized cookies).', 'zh-CN': '首部或其中某个字段过大（常见原因是 Cookie 过大）。' } },
  { code: 451, reason: 'Unavailable For Legal Reasons', specUrl: rfc(7725, '3'), description: { en: 'Access is denied because of a legal demand, such as censorship or a court order.', 'zh-CN': '由于法律要求（例如审查或法院命令）而拒绝访问。' } },
  { code: 500, reason: 'Internal Server Error', specUrl: s('15.6.1'), description: { en: 'The server hit an unexpected condition.', 'zh-CN': '服务器遇到了意外情况。' } },
  { code: 501, reason: 'Not Implemented', specUrl: s('15.6.2'), heuristicallyCacheable: true, description: { en: 'The server does not support the functionality required, such as an unknown method.', 'zh-CN': '服务器不支持所需的功能，例如未知的方法。' } },
  { code: 502, reason: 'Bad Gateway', specUrl: s('15.6.3'), description: { en: 'A gateway or proxy got an invalid response from the upstream server.', 'zh-CN': '网关或代理从上游服务器收到了无效的响应。' } },
  { code: 503, reason: 'Service Unavailable', specUrl: s('15.6.4'), description: { en: 'Temporarily overloaded or down for maintenance; `Retry-After` may say for how long.', 'zh-CN': '暂时过载或停机维护；`Retry-After` 可能说明持续多久。' } },
  { code: 504, reason: 'Gateway Timeout', specUrl: s('15.6.5'), description: { en: 'A gateway or proxy did not get a timely response from the upstream server.', 'zh-CN': '网关或代理未能及时从上游服务器得到响应。' } },
  { code: 505, reason: 'HTTP Version Not Supported', specUrl: s('15.6.6'), description: { en: 'The server does not support the major HTTP version of the request.', 'zh-CN': '服务器不支持请求所用的 HTTP 主版本。' } },
  { code: 506, reason: 'Variant Also Negotiates', specUrl: rfc(2295, '8.1'), description: { en: 'Transparent content negotiation is misconfigured: the chosen variant negotiates itself.', 'zh-CN': '透明内容协商配置错误：所选的变体本身也要进行协商。' } },
  { code: 507, reason: 'Insufficient Storage', specUrl: rfc(4918, '11.5'), description: { en: 'WebDAV: the server cannot store what is needed to complete the request.', 'zh-CN': 'WebDAV：服务器无法存储完成请求所需的数据。' } },
  { code: 508, reason: 'Loop Detected', specUrl: rfc(5842, '7.2'), description: { en: 'WebDAV: an infinite loop was found while processing a `Depth: infinity` request.', 'zh-CN': 'WebDAV：处理 `Depth: infinity` 请求时发现了无限循环。' } },
  { code: 510, reason: 'Not Extended', status: 'obsoleted', specUrl: rfc(2774, '7'), description: { en: 'Obsoleted with the HTTP Extension Framework: a mandatory extension was missing.', 'zh-CN': '已随 HTTP 扩展框架一同废止：缺少必需的扩展。' } },
  { code: 511, reason: 'Network Authentication Required', specUrl: rfc(6585, '6'), description: { en: 'A captive portal requires the client to authenticate to get network access.', 'zh-CN': '强制门户要求客户端认证后才能访问网络。' } },
  // Common codes that were never registered.
  { code: 444, reason: 'No Response', status: 'nonstandard', specUrl: 'https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return', description: { en: 'nginx only: the server closed the connection without sending a response. Never seen by clients.', 'zh-CN': '仅 nginx 使用：服务器没有发送响应就关闭了连接。客户端永远看不到它。' } },
  { code: 499, reason: 'Client Closed Request', status: 'nonstandard', specUrl: 'https://nginx.org/en/docs/http/ngx_http_core_module.html', description: { en: 'nginx log status: the client closed the connection before the response was sent.', 'zh-CN': 'nginx 日志状态码：客户端在响应发出前关闭了连接。' } },
  { code: 520, reason: 'Web Server Returned an Unknown Error', status: 'nonstandard', specUrl: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/', description: { en: 'Cloudflare: the origin returned an empty, unknown or unexpected response.', 'zh-CN': 'Cloudflare：源服务器返回了空的、未知的或意外的响应。' } },
  { code: 521, reason: 'Web Server Is Down', status: 'nonstandard', specUrl: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/', description: { en: 'Cloudflare: the origin refused the connection.', 'zh-CN': 'Cloudflare：源服务器拒绝了连接。' } },
  { code: 522, reason: 'Connection Timed Out', status: 'nonstandard', specUrl: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/', description: { en: 'Cloudflare: the TCP connection to the origin timed out.', 'zh-CN': 'Cloudflare：与源服务器的 TCP 连接超时。' } },
  { code: 524, reason: 'A Timeout Occurred', status: 'nonstandard', specUrl: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/', description: { en: 'Cloudflare: the origin accepted the connection but did not answer in time.', 'zh-CN': 'Cloudflare：源服务器接受了连接，但没有及时响应。' } },
];

const byCode = new Map<number, StatusDefinition>();
for (const def of STATUS_DEFINITIONS) {
  if (byCode.has(def.code)) throw new Error(`status ${def.code} defined twice`);
  byCode.set(def.code, def);
}

/** The class of any three-digit status code, by its first digit; undefined outside 100-599. */
export function statusClass(code: number): StatusClass | undefined {
  if (!Number.isInteger(code) || code < 100 || code > 599) return undefined;
  return (['informational', 'successful', 'redirection', 'client-error', 'server-error'] as const)[Math.floor(code / 100) - 1];
}

/** MDN has a page for every registered code except the unused ones. */
function mdnStatusUrl(def: StatusDefinition): string | undefined {
  if (def.status === 'unused' && def.code !== 418) return undefined;
  if (def.status === 'nonstandard' || def.status === 'temporary' || def.code === 305 || def.code === 510) return undefined;
  return `https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/${def.code}`;
}

/**
 * A status code: reason phrase, earlier phrases, registration state, class,
 * specification and description in the requested locale. Undefined for a code
 * that is neither registered nor commonly used (see `statusClass` for those).
 */
export function getStatus(code: number, options: { locale?: Locale } = {}): StatusInfo | undefined {
  const def = byCode.get(code);
  if (!def) return undefined;
  const info: StatusInfo = {
    code: def.code,
    reason: def.reason,
    aliases: def.aliases ?? [],
    status: def.status ?? 'registered',
    class: statusClass(def.code) as StatusClass,
    specUrl: def.specUrl,
    heuristicallyCacheable: def.heuristicallyCacheable ?? false,
    description: def.description[options.locale ?? 'en'],
  };
  const mdnUrl = mdnStatusUrl(def);
  if (mdnUrl) info.mdnUrl = mdnUrl;
  return info;
}

/** Every known status code, ascending. */
export function listStatusCodes(): number[] {
  return [...byCode.keys()].sort((a, b) => a - b);
}
