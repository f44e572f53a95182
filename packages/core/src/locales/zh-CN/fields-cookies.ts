/** zh-CN hover texts of the cookie fields (registry/fields/cookies.ts). */
export const cookieFieldDocsZh: Readonly<Record<string, string>> = {
  cookie: '与请求匹配的已保存 Cookie，以 `name=value` 对表示，用 `; `（分号，而非逗号）分隔。在 HTTP/1.1 中用户代理只发送一行 `Cookie`；HTTP/2 可能将其拆成多行。回传时 Cookie 不带属性：服务器无法得知它的路径、过期时间或来源。',
  'set-cookie': '设置一个 Cookie：`id=a3fWa; Max-Age=2592000; Path=/; Secure; HttpOnly; SameSite=Lax`。它不是列表（`Expires` 日期中含有逗号），所以每个 Cookie 都要单独一行字段，这是"重复字段可以合并"规则的唯一例外。会话 Cookie 应标记 `Secure`、`HttpOnly` 和 `SameSite`；名称前缀 `__Host-` 会把 Cookie 限定在当前主机。',
  cookie2: 'RFC 2965 的用户代理发送 `Cookie2: $Version="1"`，告诉服务器它理解 `Set-Cookie2`。RFC 6265 将其废止，浏览器也从未广泛采用。直接发送 `Cookie` 即可。',
  'set-cookie2': 'RFC 2965 设置 Cookie 的方式，带有 `Version`、`Port` 和 `CommentURL` 属性。RFC 6265 将其废止，当前没有浏览器处理它：请使用 `Set-Cookie`。',
};
