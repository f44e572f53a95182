import { rfc, type FieldDefinition } from './types.js';

const HISTORIC = 'https://datatracker.ietf.org/doc/status-change-http-experiments-to-historic';
const PEP = 'https://www.w3.org/TR/WD-http-pep';
const OPS = 'https://www.w3.org/TR/NOTE-OPS-OverHTTP';
const PICS = 'https://www.w3.org/TR/REC-PICS-labels-961031';
const JEPI = 'https://www.w3.org/TR/NOTE-jepi';
const ODATA = 'http://docs.oasis-open.org/odata/odata/v4.01/odata-v4.01-part1-protocol.html';
const REPEATABLE = 'https://docs.oasis-open.org/odata/repeatable-requests/v1.0/cs01/repeatable-requests-v1.0-cs01.html';
const CMCD = 'https://cdn.cta.tech/cta/media/media/resources/standards/pdfs/cta-5004-final.pdf';
const CMSD = 'https://cdn.cta.tech/cta/media/media/resources/standards/pdfs/cta-5006-final.pdf';

/** Extension frameworks, experiments moved to historic, application protocols (OData, OSLC, CTA media) and reserved names. */
export const extensionFields: readonly FieldDefinition[] = [
  // RFC 2774, the HTTP Extension Framework (experimental, moved to Historic).
  {
    name: 'Man', status: 'obsoleted', appearsIn: 'request', list: true, replacedBy: [],
    specUrl: rfc(2774, '3'),
    summary: { en: 'HTTP Extension Framework: mandatory end-to-end extension.', 'zh-CN': 'HTTP 扩展框架：强制的端到端扩展。' },
    docs: `The HTTP Extension Framework (RFC 2774) declared extensions the recipient had to understand, used with \`M-\` prefixed methods. The experiment never gained adoption and was moved to Historic (${HISTORIC}).`,
  },
  {
    name: 'Opt', status: 'obsoleted', appearsIn: 'request', list: true, replacedBy: [],
    specUrl: rfc(2774, '3'),
    summary: { en: 'HTTP Extension Framework: optional end-to-end extension.', 'zh-CN': 'HTTP 扩展框架：可选的端到端扩展。' },
    docs: 'The HTTP Extension Framework (RFC 2774) declared optional extensions with it. Moved to Historic with the rest of the framework; no implementations remain.',
  },
  {
    name: 'C-Man', status: 'obsoleted', appearsIn: 'request', list: true, replacedBy: [],
    specUrl: rfc(2774, '3'),
    summary: { en: 'HTTP Extension Framework: mandatory hop-by-hop extension.', 'zh-CN': 'HTTP 扩展框架：强制的逐跳扩展。' },
    docs: 'The hop-by-hop form of `Man` in the HTTP Extension Framework (RFC 2774), listed in `Connection`. Historic.',
  },
  {
    name: 'C-Opt', status: 'obsoleted', appearsIn: 'request', list: true, replacedBy: [],
    specUrl: rfc(2774, '3'),
    summary: { en: 'HTTP Extension Framework: optional hop-by-hop extension.', 'zh-CN': 'HTTP 扩展框架：可选的逐跳扩展。' },
    docs: 'The hop-by-hop form of `Opt` in the HTTP Extension Framework (RFC 2774). Historic.',
  },
  {
    name: 'Ext', status: 'obsoleted', appearsIn: 'response', list: false, replacedBy: [],
    specUrl: rfc(2774, '4'),
    summary: { en: 'HTTP Extension Framework: mandatory extensions were honoured.', 'zh-CN': 'HTTP 扩展框架：已遵循强制扩展。' },
    docs: 'In the HTTP Extension Framework (RFC 2774), an empty response field confirming that the end-to-end mandatory extensions of the request were obeyed. Historic.',
  },
  {
    name: 'C-Ext', status: 'obsoleted', appearsIn: 'response', list: false, replacedBy: [],
    specUrl: rfc(2774, '4'),
    summary: { en: 'HTTP Extension Framework: hop-by-hop mandatory extensions were honoured.', 'zh-CN': 'HTTP 扩展框架：已遵循逐跳强制扩展。' },
    docs: 'The hop-by-hop form of `Ext` in the HTTP Extension Framework (RFC 2774), confirming hop-by-hop mandatory extensions. Historic.',
  },
  // W3C Protocol Extension Protocol (PEP), 1997 working draft.
  {
    name: 'PEP', status: 'obsoleted', appearsIn: 'both', list: true, replacedBy: [],
    specUrl: PEP,
    summary: { en: 'Protocol Extension Protocol: declares an extension (1997 draft).', 'zh-CN': '协议扩展协议：声明一个扩展（1997 年草案）。' },
    docs: 'From the W3C PEP working draft, the precursor of RFC 2774. Never standardised; not implemented.',
  },
  {
    name: 'PEP-Info', status: 'obsoleted', appearsIn: 'both', list: true, replacedBy: [],
    specUrl: PEP,
    summary: { en: 'Protocol Extension Protocol: extension policy information.', 'zh-CN': '协议扩展协议：扩展策略信息。' },
    docs: 'From the W3C PEP working draft: information about the extension policy of a resource. Not implemented.',
  },
  {
    name: 'C-PEP', status: 'obsoleted', appearsIn: 'both', list: true, replacedBy: [],
    specUrl: PEP,
    summary: { en: 'Protocol Extension Protocol: hop-by-hop extension declaration.', 'zh-CN': '协议扩展协议：逐跳的扩展声明。' },
    docs: 'The hop-by-hop form of `PEP` in the W3C PEP working draft. Moved to Historic along with the HTTP experiments.',
  },
  {
    name: 'C-PEP-Info', status: 'deprecated', appearsIn: 'both', list: true,
    specUrl: PEP,
    summary: { en: 'Protocol Extension Protocol: hop-by-hop policy information.', 'zh-CN': '协议扩展协议：逐跳的策略信息。' },
    docs: 'The hop-by-hop form of `PEP-Info` in the W3C PEP working draft. The registry lists it as deprecated; nothing implements it.',
  },
  // W3C notes of the late 1990s.
  {
    name: 'GetProfile', status: 'obsoleted', appearsIn: 'request', list: false, replacedBy: [],
    specUrl: OPS,
    summary: { en: 'Open Profiling Standard: asks for user profile data (1997 note).', 'zh-CN': '开放配置文件标准：请求用户配置数据（1997 年备忘录）。' },
    docs: 'From the W3C note on the Open Profiling Standard over HTTP, a proposal for exchanging user profile data that was superseded by P3P and never deployed.',
  },
  {
    name: 'SetProfile', status: 'obsoleted', appearsIn: 'response', list: false, replacedBy: [],
    specUrl: OPS,
    summary: { en: 'Open Profiling Standard: stores user profile data (1997 note).', 'zh-CN': '开放配置文件标准：保存用户配置数据（1997 年备忘录）。' },
    docs: 'From the W3C note on the Open Profiling Standard over HTTP. Never deployed.',
  },
  {
    name: 'ProfileObject', status: 'obsoleted', appearsIn: 'both', list: false, replacedBy: [],
    specUrl: OPS,
    summary: { en: 'Open Profiling Standard: a profile object (1997 note).', 'zh-CN': '开放配置文件标准：配置文件对象（1997 年备忘录）。' },
    docs: 'From the W3C note on the Open Profiling Standard over HTTP. Never deployed.',
  },
  {
    name: 'PICS-Label', status: 'obsoleted', appearsIn: 'response', list: false, replacedBy: [],
    specUrl: PICS,
    summary: { en: 'PICS content rating label (obsolete W3C recommendation).', 'zh-CN': 'PICS 内容分级标签（过时的 W3C 推荐标准）。' },
    docs: 'Platform for Internet Content Selection: content rating labels, once read by Internet Explorer\'s Content Advisor. The W3C has retired PICS.',
  },
  {
    name: 'Protocol', status: 'obsoleted', appearsIn: 'both', list: false, replacedBy: [],
    specUrl: PICS,
    summary: { en: 'PICS protocol declaration (obsolete).', 'zh-CN': 'PICS 协议声明（已过时）。' },
    docs: 'Part of the PICS label distribution over HTTP. Obsolete.',
  },
  {
    name: 'Protocol-Request', status: 'obsoleted', appearsIn: 'request', list: false, replacedBy: [],
    specUrl: PICS,
    summary: { en: 'Requests PICS labels with the response (obsolete).', 'zh-CN': '请求随响应发送 PICS 标签（已过时）。' },
    docs: 'Part of the PICS label distribution over HTTP: asked the server to send labels with the document. Obsolete.',
  },
  {
    name: 'Protocol-Info', status: 'deprecated', appearsIn: 'response', list: false,
    specUrl: JEPI,
    summary: { en: 'Joint Electronic Payment Initiative: payment protocol information.', 'zh-CN': '联合电子支付倡议：支付协议信息。' },
    docs: 'From the 1997 W3C note on the Joint Electronic Payment Initiative (JEPI), which negotiated payment protocols over HTTP using the PEP framework. Never deployed.',
  },
  {
    name: 'Protocol-Query', status: 'deprecated', appearsIn: 'request', list: false,
    specUrl: JEPI,
    summary: { en: 'Joint Electronic Payment Initiative: payment protocol query.', 'zh-CN': '联合电子支付倡议：支付协议查询。' },
    docs: 'From the 1997 W3C JEPI note: asked which payment protocols a party supports. Never deployed.',
  },
  {
    name: 'Security-Scheme', status: 'obsoleted', appearsIn: 'both', list: false, replacedBy: [],
    specUrl: rfc(2660),
    summary: { en: 'Secure HTTP (S-HTTP) version marker (historic).', 'zh-CN': '安全 HTTP（S-HTTP）的版本标记（历史字段）。' },
    docs: 'Secure HTTP (RFC 2660) wrapped messages in its own cryptographic envelope. HTTPS (HTTP over TLS) won; S-HTTP was moved to Historic.',
  },
  {
    name: 'Safe', status: 'obsoleted', appearsIn: 'response', list: false, replacedBy: [],
    specUrl: rfc(2310),
    summary: { en: 'Said the request was safe to repeat (historic experiment).', 'zh-CN': '表明请求可以安全地重复（历史性实验）。' },
    docs: 'RFC 2310 proposed `Safe: yes` so that a user agent could resubmit a POST without warning the user. Moved to Historic; the safe QUERY method covers the use case today.',
  },
  {
    name: 'Accept-Additions', status: 'permanent', appearsIn: 'request', list: true,
    specUrl: rfc(2324, '2.2.1'),
    summary: { en: 'HTCPCP: milk, syrup or alcohol for your coffee (April Fools).', 'zh-CN': 'HTCPCP：给咖啡加奶、糖浆或酒（愚人节 RFC）。' },
    docs: 'The Hyper Text Coffee Pot Control Protocol (RFC 2324, an April Fools\' RFC, the origin of 418 I\'m a teapot): `Accept-Additions: Cream; Whisky`. Registered permanent, but it only makes sense with `BREW` requests to a coffee pot.',
  },
  // OASIS: OData, OSLC and repeatable requests.
  {
    name: 'OData-Version', status: 'permanent', appearsIn: 'both', list: false,
    specUrl: `${ODATA}#sec_HeaderODataVersion`,
    summary: { en: 'OData protocol version of the message (4.0, 4.01).', 'zh-CN': '报文使用的 OData 协议版本（4.0、4.01）。' },
    docs: 'OASIS OData: the protocol version the message conforms to, `4.0` or `4.01`. Services reject requests with a version they do not support.',
  },
  {
    name: 'OData-MaxVersion', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: `${ODATA}#sec_HeaderODataMaxVersion`,
    summary: { en: 'Highest OData version the client accepts.', 'zh-CN': '客户端接受的最高 OData 版本。' },
    docs: 'OASIS OData: the maximum protocol version the client can handle in the response.',
  },
  {
    name: 'OData-EntityId', status: 'permanent', appearsIn: 'response', list: false,
    specUrl: 'http://docs.oasis-open.org/odata/odata/v4.01/csprd05/part1-protocol/odata-v4.01-csprd05-part1-protocol.html#_Toc14172735',
    summary: { en: 'OData: identifier of the created or updated entity.', 'zh-CN': 'OData：新建或更新的实体的标识符。' },
    docs: 'OASIS OData: in a 204 response to a create or upsert, the entity id of the resource (which may differ from its edit URL).',
  },
  {
    name: 'OData-Isolation', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: `${ODATA}#sec_HeaderIsolationODataIsolation`,
    summary: { en: 'OData: snapshot isolation for the request.', 'zh-CN': 'OData：为请求使用快照隔离。' },
    docs: 'OASIS OData: `snapshot` asks the service to execute the request (and following pages) against a consistent snapshot; a service that cannot answers 412.',
  },
  {
    name: 'Isolation', status: 'provisional', appearsIn: 'request', list: false,
    specUrl: `${ODATA}#sec_HeaderIsolationODataIsolation`,
    summary: { en: 'OData 4.01: unprefixed form of OData-Isolation.', 'zh-CN': 'OData 4.01：OData-Isolation 不带前缀的形式。' },
    docs: 'OASIS OData 4.01 allows `Isolation: snapshot` as the unprefixed name of `OData-Isolation`.',
  },
  {
    name: 'OSLC-Core-Version', status: 'permanent', appearsIn: 'both', list: false,
    specUrl: 'https://docs.oasis-open-projects.org/oslc-op/core/v3.0/oslc-core.html',
    summary: { en: 'OSLC Core specification version (2.0, 3.0).', 'zh-CN': 'OSLC Core 规范版本（2.0、3.0）。' },
    docs: 'OASIS Open Services for Lifecycle Collaboration: the OSLC Core version a client expects or a server implements.',
  },
  {
    name: 'Configuration-Context', status: 'provisional', appearsIn: 'request', list: false,
    specUrl: 'https://docs.oasis-open-projects.org/oslc-op/config/v1.0/psd01/config-resources.html#configcontext',
    summary: { en: 'OSLC configuration management: the configuration to resolve in.', 'zh-CN': 'OSLC 配置管理：在哪个配置中解析资源。' },
    docs: 'OASIS OSLC Configuration Management: the URI of a configuration (a stream or baseline) in which versioned resources are to be resolved.',
  },
  {
    name: 'Repeatability-Request-ID', status: 'provisional', appearsIn: 'request', list: false,
    specUrl: REPEATABLE,
    summary: { en: 'Repeatable requests: unique ID that makes a retry safe.', 'zh-CN': '可重复请求：使重试变得安全的唯一 ID。' },
    docs: 'OASIS Repeatable Requests: a unique ID (with `Repeatability-First-Sent`) that lets the server recognise a retried non-idempotent request and return the original result instead of executing it again. Comparable to the `Idempotency-Key` draft.',
  },
  {
    name: 'Repeatability-Client-ID', status: 'provisional', appearsIn: 'request', list: false,
    specUrl: REPEATABLE,
    summary: { en: 'Repeatable requests: identifies the client issuing request IDs.', 'zh-CN': '可重复请求：标识发出请求 ID 的客户端。' },
    docs: 'OASIS Repeatable Requests: scopes `Repeatability-Request-ID` to a client, so IDs from different clients cannot collide.',
  },
  {
    name: 'Repeatability-First-Sent', status: 'provisional', appearsIn: 'request', list: false,
    specUrl: REPEATABLE,
    summary: { en: 'Repeatable requests: when the request was first sent.', 'zh-CN': '可重复请求：请求第一次发送的时间。' },
    docs: 'OASIS Repeatable Requests: an HTTP-date of the first attempt, so the server knows how long it must remember the request ID.',
  },
  {
    name: 'Repeatability-Result', status: 'provisional', appearsIn: 'response', list: false,
    specUrl: REPEATABLE,
    summary: { en: 'Repeatable requests: `accepted` or `rejected` repeatability.', 'zh-CN': '可重复请求：可重复性被 `accepted`（接受）或 `rejected`（拒绝）。' },
    docs: 'OASIS Repeatable Requests: tells the client whether the server honoured the repeatability fields (`accepted`) or not (`rejected`).',
  },
  // CTA WAVE media delivery.
  {
    name: 'CMCD-Object', status: 'provisional', appearsIn: 'request', list: true, structuredType: 'dictionary',
    specUrl: CMCD,
    summary: { en: 'Common Media Client Data: keys about the requested object.', 'zh-CN': '通用媒体客户端数据：关于所请求对象的键。' },
    docs: 'CTA-5004 Common Media Client Data: a Structured Field Dictionary with keys that vary per object, such as encoded bitrate `br`, object duration `d` and object type `ot`. Lets CDNs correlate logs with player behaviour.',
  },
  {
    name: 'CMCD-Request', status: 'provisional', appearsIn: 'request', list: true, structuredType: 'dictionary',
    specUrl: CMCD,
    summary: { en: 'Common Media Client Data: keys about the request (buffer length...).', 'zh-CN': '通用媒体客户端数据：关于请求的键（缓冲区长度等）。' },
    docs: 'CTA-5004: a Structured Field Dictionary with keys that vary per request, such as buffer length `bl`, measured throughput `mtp` and deadline `dl`.',
  },
  {
    name: 'CMCD-Session', status: 'provisional', appearsIn: 'request', list: true, structuredType: 'dictionary',
    specUrl: CMCD,
    summary: { en: 'Common Media Client Data: keys constant over a session.', 'zh-CN': '通用媒体客户端数据：会话期间不变的键。' },
    docs: 'CTA-5004: a Structured Field Dictionary with keys that stay the same over a playback session, such as session ID `sid`, content ID `cid` and streaming format `sf`.',
  },
  {
    name: 'CMCD-Status', status: 'provisional', appearsIn: 'request', list: true, structuredType: 'dictionary',
    specUrl: CMCD,
    summary: { en: 'Common Media Client Data: keys that change rarely (buffer starvation...).', 'zh-CN': '通用媒体客户端数据：很少变化的键（缓冲区耗尽等）。' },
    docs: 'CTA-5004: a Structured Field Dictionary with keys that change rarely, such as buffer starvation `bs` and requested maximum throughput `rtp`.',
  },
  {
    name: 'CMSD-Static', status: 'provisional', appearsIn: 'response', list: false,
    specUrl: CMSD,
    summary: { en: 'Common Media Server Data: properties of the object that do not change.', 'zh-CN': '通用媒体服务器数据：对象不变的属性。' },
    docs: 'CTA-5006 Common Media Server Data: keys the origin attaches to a media object that stay valid as it travels, such as its availability time and whether it is a startup segment.',
  },
  {
    name: 'CMSD-Dynamic', status: 'provisional', appearsIn: 'response', list: false,
    specUrl: CMSD,
    summary: { en: 'Common Media Server Data: per-hop delivery information.', 'zh-CN': '通用媒体服务器数据：每一跳的传输信息。' },
    docs: 'CTA-5006: keys each server along the path adds about delivery conditions, such as estimated throughput and whether the server is overloaded, so players can adapt.',
  },
  {
    name: 'CTA-Common-Access-Token', status: 'provisional', appearsIn: 'request', list: false,
    specUrl: 'https://www.iana.org/assignments/http-fields/http-fields.xhtml',
    summary: { en: 'CTA Common Access Token for CDN access control.', 'zh-CN': '用于 CDN 访问控制的 CTA 通用访问令牌。' },
    docs: 'The CTA Common Access Token (registered by the Consumer Technology Association): a CWT (CBOR Web Token) that CDNs validate to authorise access to media, with claims such as expiry and allowed URIs.',
  },
  {
    name: 'AMP-Cache-Transform', status: 'provisional', appearsIn: 'request', list: false,
    specUrl: 'https://github.com/ampproject/amphtml/blob/main/docs/spec/amp-cache-transform.md',
    summary: { en: 'AMP caches: which signed exchange transforms the client accepts.', 'zh-CN': 'AMP 缓存：客户端接受哪些签名交换转换。' },
    docs: 'Sent by AMP caches when fetching documents, to request signed exchanges of AMP pages transformed for a given cache. Only relevant to AMP publishers.',
  },
  {
    name: 'EDIINT-Features', status: 'provisional', appearsIn: 'both', list: true,
    specUrl: rfc(6017),
    summary: { en: 'EDIINT (AS2) features the sender supports.', 'zh-CN': '发送方支持的 EDIINT（AS2）特性。' },
    docs: 'RFC 6017: AS2 business-to-business messaging implementations announce optional features such as `multiple-attachments` and `CEM`.',
  },
  {
    name: 'OSCORE', status: 'permanent', appearsIn: 'both', list: false,
    specUrl: rfc(8613, '11.1'),
    summary: { en: 'OSCORE option carried over HTTP (object security for CoAP).', 'zh-CN': '通过 HTTP 携带的 OSCORE 选项（CoAP 的对象安全）。' },
    docs: 'RFC 8613: when an OSCORE-protected CoAP message is mapped to HTTP, this field carries the base64url-encoded OSCORE option; the content is the encrypted COSE object.',
  },
  {
    name: '*', status: 'permanent', appearsIn: 'both', list: false,
    specUrl: rfc(9110, '12.5.5'),
    summary: { en: 'Reserved: `*` has a special meaning in Vary.', 'zh-CN': '保留名称：`*` 在 Vary 中有特殊含义。' },
    docs: 'Reserved because `Vary: *` means "the response varies on more than request fields", so no field may be named `*`.',
  },
];
