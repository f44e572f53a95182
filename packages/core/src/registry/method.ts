import type { LocalizedText } from '../codes/define.js';
import type { Locale } from '../types.js';
import { rfc } from './fields/types.js';

/**
 * What a request's content means for a method: `expected` (POST, PUT), `optional`
 * (defined, but may be absent), `undefined-semantics` (GET, HEAD, DELETE, CONNECT:
 * content has no defined meaning and may be rejected), `forbidden` (TRACE).
 */
export type RequestContent = 'expected' | 'optional' | 'undefined-semantics' | 'forbidden';

interface MethodDefinition {
  name: string;
  safe: boolean;
  idempotent: boolean;
  /** `yes`: responses are cacheable; `limited`: only with explicit freshness and a matching Content-Location (POST). */
  cacheable: 'yes' | 'limited' | 'no';
  requestContent: RequestContent;
  /** Whether a successful response may carry content (false for HEAD and CONNECT's tunnel). */
  responseContent: boolean;
  specUrl: string;
  /** `registered` in the IANA method registry, or `reserved` (PRI, the HTTP/2 connection preface). */
  status?: 'registered' | 'reserved';
  description: LocalizedText;
}

export interface MethodInfo {
  name: string;
  safe: boolean;
  idempotent: boolean;
  cacheable: 'yes' | 'limited' | 'no';
  requestContent: RequestContent;
  responseContent: boolean;
  status: 'registered' | 'reserved';
  specUrl: string;
  mdnUrl?: string;
  description: string;
}

const s = (section: string) => rfc(9110, section);
const dav = (section: string) => rfc(4918, section);
const deltav = (section: string) => rfc(3253, section);
const QUERY_SPEC = 'https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-safe-method-w-body-14#section-2';

const METHOD_DEFINITIONS: readonly MethodDefinition[] = [
  { name: 'GET', safe: true, idempotent: true, cacheable: 'yes', requestContent: 'undefined-semantics', responseContent: true, specUrl: s('9.3.1'), description: { en: 'Transfers a current representation of the target resource. Safe, idempotent and cacheable; content in a GET request has no defined meaning and may be rejected.', 'zh-CN': '获取目标资源的当前表示。安全、幂等、可缓存；GET 请求中的内容没有定义的含义，可能被拒绝。' } },
  { name: 'HEAD', safe: true, idempotent: true, cacheable: 'yes', requestContent: 'undefined-semantics', responseContent: false, specUrl: s('9.3.2'), description: { en: 'Like GET, but the response has no content: only the header section (Content-Length still gives the size GET would send).', 'zh-CN': '与 GET 相同，但响应没有内容，只有首部（Content-Length 仍然给出 GET 会发送的大小）。' } },
  { name: 'POST', safe: false, idempotent: false, cacheable: 'limited', requestContent: 'expected', responseContent: true, specUrl: s('9.3.3'), description: { en: 'Has the target resource process the enclosed content according to its own semantics: submit a form, create a member, start an action. Neither safe nor idempotent: do not retry it blindly.', 'zh-CN': '让目标资源按自身的语义处理所附的内容：提交表单、创建成员、触发操作。既不安全也不幂等：不要盲目重试。' } },
  { name: 'PUT', safe: false, idempotent: true, cacheable: 'no', requestContent: 'expected', responseContent: true, specUrl: s('9.3.4'), description: { en: 'Creates or replaces the target resource\'s state with the enclosed representation. Idempotent: sending it twice has the same effect as once.', 'zh-CN': '用所附的表示创建或替换目标资源的状态。幂等：发送两次与发送一次效果相同。' } },
  { name: 'DELETE', safe: false, idempotent: true, cacheable: 'no', requestContent: 'undefined-semantics', responseContent: true, specUrl: s('9.3.5'), description: { en: 'Removes the association between the target URI and its current functionality. Idempotent; content has no defined meaning.', 'zh-CN': '解除目标 URI 与其当前功能之间的关联。幂等；请求内容没有定义的含义。' } },
  { name: 'CONNECT', safe: false, idempotent: false, cacheable: 'no', requestContent: 'undefined-semantics', responseContent: false, specUrl: s('9.3.6'), description: { en: 'Asks a proxy to open a tunnel to the host and port in the request target (`CONNECT example.com:443`), typically for TLS.', 'zh-CN': '要求代理建立到请求目标中主机和端口的隧道（`CONNECT example.com:443`），通常用于 TLS。' } },
  { name: 'OPTIONS', safe: true, idempotent: true, cacheable: 'no', requestContent: 'optional', responseContent: true, specUrl: s('9.3.7'), description: { en: 'Asks which communication options the resource (or with `*`, the server) supports; browsers use it for CORS preflights.', 'zh-CN': '询问资源（或用 `*` 询问服务器）支持哪些通信选项；浏览器用它进行 CORS 预检。' } },
  { name: 'TRACE', safe: true, idempotent: true, cacheable: 'no', requestContent: 'forbidden', responseContent: true, specUrl: s('9.3.8'), description: { en: 'Echoes the received request back as `message/http`, for diagnosing proxy chains. A client must not send content; servers usually disable TRACE because it can leak credentials.', 'zh-CN': '把收到的请求以 `message/http` 原样回显，用于诊断代理链。客户端不得发送内容；服务器通常会禁用 TRACE，因为它可能泄露凭据。' } },
  { name: 'PATCH', safe: false, idempotent: false, cacheable: 'no', requestContent: 'expected', responseContent: true, specUrl: rfc(5789, '2'), description: { en: 'Applies a set of changes (a patch document such as JSON Patch or JSON Merge Patch) to the resource. Not idempotent in general; use `If-Match` to avoid conflicts.', 'zh-CN': '把一组修改（补丁文档，如 JSON Patch 或 JSON Merge Patch）应用到资源上。一般不幂等；请用 `If-Match` 避免冲突。' } },
  { name: 'QUERY', safe: true, idempotent: true, cacheable: 'yes', requestContent: 'expected', responseContent: true, specUrl: QUERY_SPEC, description: { en: 'A safe, idempotent request whose content carries the query (like GET with a body); responses are cacheable, with the content part of the cache key. See `Accept-Query`.', 'zh-CN': '一种安全、幂等的请求，查询放在内容中（类似带主体的 GET）；响应可缓存，内容是缓存键的一部分。参见 `Accept-Query`。' } },
  { name: 'PROPFIND', safe: true, idempotent: true, cacheable: 'no', requestContent: 'optional', responseContent: true, specUrl: dav('9.1'), description: { en: 'WebDAV: retrieves properties of a resource and, with `Depth`, of its members; answered with 207 Multi-Status.', 'zh-CN': 'WebDAV：获取资源的属性，配合 `Depth` 还可获取其成员的属性；以 207 Multi-Status 响应。' } },
  { name: 'PROPPATCH', safe: false, idempotent: true, cacheable: 'no', requestContent: 'expected', responseContent: true, specUrl: dav('9.2'), description: { en: 'WebDAV: sets and removes properties of a resource, atomically.', 'zh-CN': 'WebDAV：原子地设置和删除资源的属性。' } },
  { name: 'MKCOL', safe: false, idempotent: true, cacheable: 'no', requestContent: 'optional', responseContent: true, specUrl: dav('9.3'), description: { en: 'WebDAV: creates a collection (a directory) at the target URI.', 'zh-CN': 'WebDAV：在目标 URI 处创建集合（目录）。' } },
  { name: 'COPY', safe: false, idempotent: true, cacheable: 'no', requestContent: 'optional', responseContent: true, specUrl: dav('9.8'), description: { en: 'WebDAV: copies the resource to the URI in `Destination`.', 'zh-CN': 'WebDAV：把资源复制到 `Destination` 给出的 URI。' } },
  { name: 'MOVE', safe: false, idempotent: true, cacheable: 'no', requestContent: 'optional', responseContent: true, specUrl: dav('9.9'), description: { en: 'WebDAV: moves the resource to the URI in `Destination`.', 'zh-CN': 'WebDAV：把资源移动到 `Destination` 给出的 URI。' } },
  { name: 'LOCK', safe: false, idempotent: false, cacheable: 'no', requestContent: 'optional', responseContent: true, specUrl: dav('9.10'), description: { en: 'WebDAV: takes out or refreshes a lock on the resource; the response carries `Lock-Token`.', 'zh-CN': 'WebDAV：锁定资源或刷新锁；响应中带有 `Lock-Token`。' } },
  { name: 'UNLOCK', safe: false, idempotent: true, cacheable: 'no', requestContent: 'undefined-semantics', responseContent: true, specUrl: dav('9.11'), description: { en: 'WebDAV: removes the lock named in `Lock-Token`.', 'zh-CN': 'WebDAV：解除 `Lock-Token` 指定的锁。' } },
  { name: 'SEARCH', safe: true, idempotent: true, cacheable: 'no', requestContent: 'expected', responseContent: true, specUrl: rfc(5323, '2'), description: { en: 'WebDAV SEARCH: runs a query (in a grammar listed by `DASL`) against the resource\'s scope.', 'zh-CN': 'WebDAV SEARCH：在资源范围内执行查询（查询语法见 `DASL`）。' } },
  { name: 'REPORT', safe: true, idempotent: true, cacheable: 'no', requestContent: 'expected', responseContent: true, specUrl: deltav('3.6'), description: { en: 'WebDAV versioning: obtains a report about the resource (version history, CalDAV and CardDAV queries).', 'zh-CN': 'WebDAV 版本控制：获取关于资源的报告（版本历史、CalDAV 和 CardDAV 查询）。' } },
  { name: 'VERSION-CONTROL', safe: false, idempotent: true, cacheable: 'no', requestContent: 'optional', responseContent: true, specUrl: deltav('3.5'), description: { en: 'WebDAV versioning: puts a resource under version control.', 'zh-CN': 'WebDAV 版本控制：把资源纳入版本控制。' } },
  { name: 'CHECKOUT', safe: false, idempotent: true, cacheable: 'no', requestContent: 'optional', responseContent: true, specUrl: deltav('4.3'), description: { en: 'WebDAV versioning: makes a checked-in version-controlled resource editable.', 'zh-CN': 'WebDAV 版本控制：让已签入的受控资源可以编辑（签出）。' } },
  { name: 'CHECKIN', safe: false, idempotent: true, cacheable: 'no', requestContent: 'optional', responseContent: true, specUrl: deltav('4.4'), description: { en: 'WebDAV versioning: creates a new version from a checked-out resource.', 'zh-CN': 'WebDAV 版本控制：从已签出的资源创建新版本（签入）。' } },
  { name: 'UNCHECKOUT', safe: false, idempotent: true, cacheable: 'no', requestContent: 'optional', responseContent: true, specUrl: deltav('4.5'), description: { en: 'WebDAV versioning: cancels a checkout, restoring the checked-in state.', 'zh-CN': 'WebDAV 版本控制：取消签出，恢复到签入时的状态。' } },
  { name: 'MKWORKSPACE', safe: false, idempotent: true, cacheable: 'no', requestContent: 'optional', responseContent: true, specUrl: deltav('6.3'), description: { en: 'WebDAV versioning: creates a workspace.', 'zh-CN': 'WebDAV 版本控制：创建工作区。' } },
  { name: 'UPDATE', safe: false, idempotent: true, cacheable: 'no', requestContent: 'expected', responseContent: true, specUrl: deltav('7.1'), description: { en: 'WebDAV versioning: updates a resource to the state of a given version.', 'zh-CN': 'WebDAV 版本控制：把资源更新为指定版本的状态。' } },
  { name: 'LABEL', safe: false, idempotent: true, cacheable: 'no', requestContent: 'expected', responseContent: true, specUrl: deltav('8.2'), description: { en: 'WebDAV versioning: adds, sets or removes a label on a version.', 'zh-CN': 'WebDAV 版本控制：为版本添加、设置或删除标签。' } },
  { name: 'MERGE', safe: false, idempotent: true, cacheable: 'no', requestContent: 'expected', responseContent: true, specUrl: deltav('11.2'), description: { en: 'WebDAV versioning: merges a version into a checked-in resource.', 'zh-CN': 'WebDAV 版本控制：把某个版本合并到已签入的资源中。' } },
  { name: 'MKACTIVITY', safe: false, idempotent: true, cacheable: 'no', requestContent: 'optional', responseContent: true, specUrl: deltav('13.5'), description: { en: 'WebDAV versioning: creates an activity (used by Subversion over WebDAV).', 'zh-CN': 'WebDAV 版本控制：创建活动（Subversion 通过 WebDAV 使用）。' } },
  { name: 'BASELINE-CONTROL', safe: false, idempotent: true, cacheable: 'no', requestContent: 'optional', responseContent: true, specUrl: deltav('12.6'), description: { en: 'WebDAV versioning: places a collection under baseline control.', 'zh-CN': 'WebDAV 版本控制：把集合纳入基线控制。' } },
  { name: 'ORDERPATCH', safe: false, idempotent: true, cacheable: 'no', requestContent: 'expected', responseContent: true, specUrl: rfc(3648, '7'), description: { en: 'WebDAV ordered collections: changes the order of a collection\'s members.', 'zh-CN': 'WebDAV 有序集合：修改集合成员的顺序。' } },
  { name: 'ACL', safe: false, idempotent: true, cacheable: 'no', requestContent: 'expected', responseContent: true, specUrl: rfc(3744, '8.1'), description: { en: 'WebDAV access control: replaces the access control list of a resource.', 'zh-CN': 'WebDAV 访问控制：替换资源的访问控制列表。' } },
  { name: 'MKCALENDAR', safe: false, idempotent: true, cacheable: 'no', requestContent: 'optional', responseContent: true, specUrl: rfc(4791, '5.3.1'), description: { en: 'CalDAV: creates a calendar collection.', 'zh-CN': 'CalDAV：创建日历集合。' } },
  { name: 'BIND', safe: false, idempotent: true, cacheable: 'no', requestContent: 'expected', responseContent: true, specUrl: rfc(5842, '4'), description: { en: 'WebDAV bindings: adds another URI (binding) for an existing resource.', 'zh-CN': 'WebDAV 绑定：为已有资源添加另一个 URI（绑定）。' } },
  { name: 'UNBIND', safe: false, idempotent: true, cacheable: 'no', requestContent: 'expected', responseContent: true, specUrl: rfc(5842, '5'), description: { en: 'WebDAV bindings: removes a binding from a collection.', 'zh-CN': 'WebDAV 绑定：从集合中删除一个绑定。' } },
  { name: 'REBIND', safe: false, idempotent: true, cacheable: 'no', requestContent: 'expected', responseContent: true, specUrl: rfc(5842, '6'), description: { en: 'WebDAV bindings: moves a binding to another collection, atomically.', 'zh-CN': 'WebDAV 绑定：原子地把一个绑定移到另一个集合。' } },
  { name: 'MKREDIRECTREF', safe: false, idempotent: true, cacheable: 'no', requestContent: 'expected', responseContent: true, specUrl: rfc(4437, '6'), description: { en: 'WebDAV redirect references: creates a redirect reference resource.', 'zh-CN': 'WebDAV 重定向引用：创建重定向引用资源。' } },
  { name: 'UPDATEREDIRECTREF', safe: false, idempotent: true, cacheable: 'no', requestContent: 'expected', responseContent: true, specUrl: rfc(4437, '7'), description: { en: 'WebDAV redirect references: changes the target of a redirect reference.', 'zh-CN': 'WebDAV 重定向引用：修改重定向引用的目标。' } },
  { name: 'LINK', safe: false, idempotent: true, cacheable: 'no', requestContent: 'undefined-semantics', responseContent: true, specUrl: rfc(2068, '19.6.1.2'), description: { en: 'From RFC 2068: established relationships (links) between resources, carried in `Link`. Dropped from HTTP/1.1 and unused.', 'zh-CN': '出自 RFC 2068：在资源之间建立关系（链接），关系由 `Link` 携带。已从 HTTP/1.1 中删除，无人使用。' } },
  { name: 'UNLINK', safe: false, idempotent: true, cacheable: 'no', requestContent: 'undefined-semantics', responseContent: true, specUrl: rfc(2068, '19.6.1.3'), description: { en: 'From RFC 2068: removed relationships set up by LINK. Dropped from HTTP/1.1 and unused.', 'zh-CN': '出自 RFC 2068：删除由 LINK 建立的关系。已从 HTTP/1.1 中删除，无人使用。' } },
  { name: 'PRI', safe: true, idempotent: true, cacheable: 'no', requestContent: 'forbidden', responseContent: false, status: 'reserved', specUrl: rfc(9113, '3.4'), description: { en: 'Reserved: `PRI * HTTP/2.0` starts the HTTP/2 connection preface, so that HTTP/1.1 servers reject it. Never a real request.', 'zh-CN': '保留：`PRI * HTTP/2.0` 是 HTTP/2 连接前言的开头，使 HTTP/1.1 服务器会拒绝它。它从来不是真正的请求。' } },
];

const byName = new Map<string, MethodDefinition>(METHOD_DEFINITIONS.map((m) => [m.name, m]));

const MDN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH']);

/**
 * A request method and its semantics. Method names are case-sensitive
 * (RFC 9110, Section 9.1): `get` is not GET, and returns undefined.
 */
export function getMethod(name: string, options: { locale?: Locale } = {}): MethodInfo | undefined {
  const def = byName.get(name);
  if (!def) return undefined;
  const info: MethodInfo = {
    name: def.name,
    safe: def.safe,
    idempotent: def.idempotent,
    cacheable: def.cacheable,
    requestContent: def.requestContent,
    responseContent: def.responseContent,
    status: def.status ?? 'registered',
    specUrl: def.specUrl,
    description: def.description[options.locale ?? 'en'],
  };
  if (MDN_METHODS.has(def.name)) info.mdnUrl = `https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Methods/${def.name}`;
  return info;
}

/** Every known method name. */
export function listMethods(): string[] {
  return METHOD_DEFINITIONS.map((m) => m.name);
}
