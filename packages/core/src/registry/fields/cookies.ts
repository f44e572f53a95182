import { mdn, rfc, type FieldDefinition } from './types.js';

/** HTTP state management (RFC 6265 and the obsoleted RFC 2965). */
export const cookieFields: readonly FieldDefinition[] = [
  {
    name: 'Cookie', status: 'permanent', appearsIn: 'request', list: false, trailer: 'forbidden',
    specUrl: rfc(6265, '5.4'), mdnUrl: mdn('Cookie'),
    summary: { en: 'Cookies the user agent stored for this request.', 'zh-CN': '用户代理为此请求保存的 Cookie。' },
    docs: 'The stored cookies that match the request, as `name=value` pairs separated by `; ` (a semicolon, not a comma). User agents send one `Cookie` line in HTTP/1.1; HTTP/2 may split it into several. Cookies carry no attributes on the way back: the server cannot tell their path, expiry or origin.',
  },
  {
    name: 'Set-Cookie', status: 'permanent', appearsIn: 'response', list: false, repeatable: true, trailer: 'forbidden',
    specUrl: rfc(6265, '4.1'), mdnUrl: mdn('Set-Cookie'),
    summary: { en: 'Stores a cookie in the user agent.', 'zh-CN': '让用户代理保存一个 Cookie。' },
    docs: 'Sets one cookie: `id=a3fWa; Max-Age=2592000; Path=/; Secure; HttpOnly; SameSite=Lax`. Not a list (the `Expires` date contains a comma), so each cookie needs its own field line, the one exception to the rule that repeated fields combine. Mark session cookies `Secure`, `HttpOnly` and `SameSite`; a `__Host-` name prefix pins the cookie to the host.',
  },
  {
    name: 'Cookie2', status: 'obsoleted', appearsIn: 'request', list: false, replacedBy: ['Cookie'],
    specUrl: rfc(2965, '3.3.5'),
    summary: { en: 'Announced RFC 2965 cookie support (obsoleted).', 'zh-CN': '声明支持 RFC 2965 Cookie（已废止）。' },
    docs: 'RFC 2965 user agents sent `Cookie2: $Version="1"` to tell servers they understood `Set-Cookie2`. RFC 6265 obsoleted it; browsers never adopted it widely. Just send `Cookie`.',
  },
  {
    name: 'Set-Cookie2', status: 'obsoleted', appearsIn: 'response', list: true, replacedBy: ['Set-Cookie'],
    specUrl: rfc(2965, '3.2.2'),
    summary: { en: 'RFC 2965 cookies (obsoleted by Set-Cookie).', 'zh-CN': 'RFC 2965 的 Cookie（已被 Set-Cookie 取代）。' },
    docs: 'The RFC 2965 way to set cookies, with `Version`, `Port` and `CommentURL` attributes. RFC 6265 obsoleted it and no current browser processes it: use `Set-Cookie`.',
  },
];
