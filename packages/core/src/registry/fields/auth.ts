import { mdn, rfc, type FieldDefinition } from './types.js';

/** Authentication and credentials (RFC 9110 Section 11 and extensions). */
export const authFields: readonly FieldDefinition[] = [
  {
    name: 'Authorization', status: 'permanent', appearsIn: 'request', list: false, trailer: 'forbidden',
    specUrl: rfc(9110, '11.6.2'), mdnUrl: mdn('Authorization'),
    summary: { en: 'Credentials for the origin server (Basic, Bearer, Digest).', 'zh-CN': '发给源服务器的凭据（Basic、Bearer、Digest）。' },
    docs: 'Credentials for the target resource: an authentication scheme and its parameters or token (`Bearer eyJ...`, `Basic dXNlcjpwYXNz`). A response to a request with `Authorization` is not stored by shared caches unless it says `public`, `s-maxage` or `must-revalidate`. Never send Basic credentials over plain HTTP.',
  },
  {
    name: 'WWW-Authenticate', status: 'permanent', appearsIn: 'response', list: true, trailer: 'forbidden',
    specUrl: rfc(9110, '11.6.1'), mdnUrl: mdn('WWW-Authenticate'),
    summary: { en: 'Authentication challenges for the origin server.', 'zh-CN': '源服务器发出的认证质询。' },
    docs: 'One or more challenges telling the client how to authenticate: `Bearer realm="api", error="invalid_token"`, `Basic realm="x", charset="UTF-8"`. Required in 401 responses. A comma separates challenges and also parameters, so parse it with care; servers often send one field line per challenge.',
  },
  {
    name: 'Proxy-Authenticate', status: 'permanent', appearsIn: 'response', list: true, trailer: 'forbidden',
    specUrl: rfc(9110, '11.7.1'), mdnUrl: mdn('Proxy-Authenticate'),
    summary: { en: 'Authentication challenges from a proxy.', 'zh-CN': '代理发出的认证质询。' },
    docs: 'Like `WWW-Authenticate`, but sent by a proxy in a 407 Proxy Authentication Required response. It applies to the next hop only: a proxy that forwards the response must not pass it on as its own challenge.',
  },
  {
    name: 'Proxy-Authorization', status: 'permanent', appearsIn: 'request', list: false, trailer: 'forbidden',
    specUrl: rfc(9110, '11.7.2'), mdnUrl: mdn('Proxy-Authorization'),
    summary: { en: 'Credentials for a proxy.', 'zh-CN': '发给代理的凭据。' },
    docs: 'Credentials for the proxy that asked with `Proxy-Authenticate`. The proxy that consumes them removes the field; it is not forwarded to the origin.',
  },
  {
    name: 'Authentication-Info', status: 'permanent', appearsIn: 'response', list: true, trailer: 'allowed',
    specUrl: rfc(9110, '11.6.3'),
    summary: { en: 'Information about a completed authentication exchange.', 'zh-CN': '已完成的认证交换的附加信息。' },
    docs: 'Sent by a server after successful authentication, with scheme-specific parameters: Digest authentication uses it for `nextnonce` and mutual authentication (`rspauth`). May be sent as a trailer.',
  },
  {
    name: 'Proxy-Authentication-Info', status: 'permanent', appearsIn: 'response', list: true, trailer: 'allowed',
    specUrl: rfc(9110, '11.7.3'),
    summary: { en: 'Like Authentication-Info, for a proxy.', 'zh-CN': '与 Authentication-Info 相同，但用于代理。' },
    docs: 'The proxy counterpart of `Authentication-Info`, consumed by the next hop.',
  },
  {
    name: 'Optional-WWW-Authenticate', status: 'permanent', appearsIn: 'response', list: true,
    specUrl: rfc(8053, '3'),
    summary: { en: 'An authentication challenge that does not require a 401.', 'zh-CN': '不必伴随 401 的认证质询。' },
    docs: 'Experimental (RFC 8053): offers authentication in a non-401 response, so a page can be shown to everyone while inviting users to sign in. Not implemented by browsers.',
  },
  {
    name: 'Authentication-Control', status: 'permanent', appearsIn: 'response', list: true,
    specUrl: rfc(8053, '4'),
    summary: { en: 'Controls how the client treats authentication (location-when-unauthenticated, logout).', 'zh-CN': '控制客户端如何处理认证（未认证时跳转、注销）。' },
    docs: 'Experimental (RFC 8053): parameters such as `location-when-unauthenticated`, `no-auth` and `logout-timeout` that tell a client how to behave around HTTP authentication. Not implemented by browsers.',
  },
  {
    name: 'DPoP', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: rfc(9449, '4.1'),
    summary: { en: 'A DPoP proof JWT binding an OAuth token to a key.', 'zh-CN': '将 OAuth 令牌绑定到密钥的 DPoP 证明 JWT。' },
    docs: 'OAuth 2.0 Demonstrating Proof of Possession (RFC 9449): a JWT signed with the client\'s private key, covering the method, URI and time, sent with `Authorization: DPoP <token>`. A stolen token is useless without the key.',
  },
  {
    name: 'DPoP-Nonce', status: 'permanent', appearsIn: 'response', list: false,
    specUrl: rfc(9449, '8'),
    summary: { en: 'A nonce the client must put in its next DPoP proof.', 'zh-CN': '客户端必须放入下一个 DPoP 证明的随机数。' },
    docs: 'RFC 9449: a server-provided nonce, usually with a `use_dpop_nonce` error, that the client includes in the `nonce` claim of later DPoP proofs, limiting how long a proof can be replayed.',
  },
  {
    name: 'Hobareg', status: 'permanent', appearsIn: 'response', list: false,
    specUrl: rfc(7486, '6.1.1'),
    summary: { en: 'Registration state in HTTP Origin-Bound Authentication (HOBA).', 'zh-CN': 'HTTP 源绑定认证（HOBA）中的注册状态。' },
    docs: 'Experimental HOBA (RFC 7486): `Hobareg: regok` or `reginwork` tells a JavaScript client the state of key registration. Rarely deployed.',
  },
  {
    name: 'Concealed-Auth-Export', status: 'permanent', appearsIn: 'request', list: false, structuredType: 'item',
    specUrl: rfc(9729),
    summary: { en: 'Key exporter output for the Concealed authentication scheme.', 'zh-CN': 'Concealed 认证方案的密钥导出材料。' },
    docs: 'RFC 9729: carries TLS key exporter material used by the Concealed HTTP authentication scheme, which lets a server authenticate clients without revealing that authentication is possible. Typically added by a front-end proxy for the backend.',
  },
  {
    name: 'Replay-Nonce', status: 'permanent', appearsIn: 'response', list: false,
    specUrl: rfc(8555, '6.5.1'),
    summary: { en: 'Anti-replay nonce of the ACME protocol.', 'zh-CN': 'ACME 协议的防重放随机数。' },
    docs: 'ACME (RFC 8555, used by Let\'s Encrypt): each response carries a fresh nonce that the client must include in the JWS of its next request.',
  },
  {
    name: 'Detached-JWS', status: 'permanent', appearsIn: 'both', list: false,
    specUrl: rfc(9635, '7.3.3'),
    summary: { en: 'Detached JSON Web Signature over the message (GNAP).', 'zh-CN': '对报文的分离式 JSON Web 签名（GNAP）。' },
    docs: 'Grant Negotiation and Authorization Protocol (RFC 9635): a JWS whose payload is the message content, used as one of GNAP\'s key-proofing methods. HTTP Message Signatures (`Signature`) are the more general mechanism.',
  },
  {
    name: 'Client-Cert', status: 'permanent', appearsIn: 'request', list: false, structuredType: 'item', itemType: 'byte-sequence',
    specUrl: rfc(9440, '2'),
    summary: { en: 'The TLS client certificate, passed on by a TLS-terminating proxy.', 'zh-CN': '由终结 TLS 的代理转交的 TLS 客户端证书。' },
    docs: 'RFC 9440: a reverse proxy that terminates TLS puts the client\'s certificate (DER, as a Structured Field Byte Sequence) here for the backend. The proxy must remove any such field sent by the client itself.',
  },
  {
    name: 'Client-Cert-Chain', status: 'permanent', appearsIn: 'request', list: true, structuredType: 'list',
    specUrl: rfc(9440, '2'),
    summary: { en: 'The client certificate chain, passed on by a TLS-terminating proxy.', 'zh-CN': '由终结 TLS 的代理转交的客户端证书链。' },
    docs: 'RFC 9440: the intermediate certificates of the client\'s chain, as a Structured Field List of Byte Sequences, alongside `Client-Cert`.',
  },
  {
    name: 'Sec-Token-Binding', status: 'permanent', appearsIn: 'request', list: false,
    specUrl: rfc(8473, '2'),
    summary: { en: 'Token Binding message (abandoned by browsers).', 'zh-CN': '令牌绑定消息（浏览器已放弃）。' },
    docs: 'Token Binding over HTTP (RFC 8473): proves possession of a key bound to the TLS connection. Chrome removed support and no browser ships it; DPoP and mutual TLS are used instead.',
  },
  {
    name: 'Include-Referred-Token-Binding-ID', status: 'permanent', appearsIn: 'response', list: false,
    specUrl: rfc(8473, '5.3'),
    summary: { en: 'Asks for a referred Token Binding on the redirect (abandoned).', 'zh-CN': '要求在重定向时带上被引用的令牌绑定（已被放弃）。' },
    docs: 'Token Binding over HTTP (RFC 8473): in a redirect, asks the client to include the Token Binding ID it uses with the redirecting server. Token Binding is not deployed.',
  },
  {
    name: 'Cert-Not-After', status: 'permanent', appearsIn: 'response', list: false,
    specUrl: rfc(8739, '3.3'),
    summary: { en: 'Expiry of a short-term ACME certificate.', 'zh-CN': '短期 ACME 证书的到期时间。' },
    docs: 'RFC 8739 (short-term automatically renewed certificates in ACME): the end of the validity period of the certificate returned.',
  },
  {
    name: 'Cert-Not-Before', status: 'permanent', appearsIn: 'response', list: false,
    specUrl: rfc(8739, '3.3'),
    summary: { en: 'Start of validity of a short-term ACME certificate.', 'zh-CN': '短期 ACME 证书的生效时间。' },
    docs: 'RFC 8739: the start of the validity period of the short-term certificate returned.',
  },
];
