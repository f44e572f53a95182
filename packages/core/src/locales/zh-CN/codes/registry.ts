/** Simplified Chinese doc pages (markdown) of the 'registry' codes, keyed by code. */
export const registryDocsZh: Readonly<Record<string, string>> = {
  HTTP3000: `该字段名既不在 IANA HTTP 字段名注册表中，也不在 httplens 收录的常见非标准字段列表中。属于某个厂商自有字段族的名称不会报告：\`x-amz-\` 和 \`x-amzn-\`（Amazon Web Services）、\`x-goog-\` 和 \`x-guploader-\`（Google Cloud）、\`x-ms-\`（Microsoft Azure）、\`cf-\`（Cloudflare）、\`x-vercel-\`、\`x-github-\`、\`x-b3-\`（Zipkin B3 跟踪传播）和 \`x-datadog-\`。

## 原因

HTTP 允许任何人定义新的首部字段，因此未知字段本身不是错误：接收方会忽略不认识的字段（[RFC 9110 第 5.1 节](https://www.rfc-editor.org/rfc/rfc9110#section-5.1)）。之所以给出提示，是因为未知字段往往是值得写进文档的私有扩展，或者是无人察觉的拼写错误——字段被悄悄忽略，不会报错。

## 如何修复

- 如果这是你的应用自己的字段，无需修改。若其他人也会用到，可以考虑注册它（[RFC 9110 第 16.3 节](https://www.rfc-editor.org/rfc/rfc9110#section-16.3)），新字段不要再用 \`X-\` 前缀（[RFC 6648](https://www.rfc-editor.org/rfc/rfc6648)）。
- 如果本想写一个标准字段，请更正字段名。字段名与已知字段很接近时，httplens 会改报 HTTP3001 并给出建议。
- 可在配置中写 \`"severity": { "HTTP3000": "off" }\` 关闭此提示。
`,
  HTTP3001: `一个未知字段名与某个已知字段只差一两个字符，或者出现在 httplens 收集的真实流量拼写错误表中（\`Content-Lenght\`、\`Authorizaiton\`、\`Max-Forward\`、\`Accept-Range\`、把 \`Upgrade\` 写成 \`Update\`、把 \`Referer\` 写成 \`Referrer\`）。

## 原因

接收方会忽略不认识的字段（[RFC 9110 第 5.1 节](https://www.rfc-editor.org/rfc/rfc9110#section-5.1)）。\`Authorization\` 拼错，请求就等于没带凭据；\`Cache-Control\` 拼错，响应就只能按启发式规则缓存。不会有任何明显的失败，字段只是不起作用。

字段名不区分大小写，所以 \`content-length\` 和 \`COntent-Length\` 都不算拼写错误（常见写法见 HTTP3012）。

## 如何修复

把字段名换成建议的名称（快速修复会自动完成）。如果这确实是你自己的私有字段，只是碰巧像某个标准字段，请改个名字，以免误导读者。
`,
  HTTP3002: `该字段在 IANA HTTP 字段名注册表中的状态是**已弃用**，且没有直接的替代字段。

## 原因

已弃用的字段仍有定义，但不建议再使用：现代的接收方常常忽略它。例如 [RFC 9110 第 12.5.2 节](https://www.rfc-editor.org/rfc/rfc9110#section-12.5.2) 弃用了 \`Accept-Charset\`，因为 UTF-8 几乎已经通用，而这个字段还会增加浏览器指纹的信息量。

## 如何修复

除非已知某个接收方仍然需要，否则删除该字段。每个字段的悬停说明里都有具体情况。
`,
  HTTP3003: `该字段在 IANA HTTP 字段名注册表中登记为**已弃用**，如今由另一个字段承担它的作用。

## 原因

已弃用的字段为了兼容仍保留定义，但越来越多的接收方会忽略它。\`Pragma: no-cache\` 是典型例子：[RFC 9111 第 5.4 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.4) 弃用了 \`Pragma\`，而从 HTTP/1.1 起它的含义就由 \`Cache-Control\` 表达。

## 如何修复

改为发送诊断消息中给出的替代字段。只有在必须兼容 HTTP/1.0 时代的软件时才同时保留旧字段，并确保两者含义一致。
`,
  HTTP3004: `该字段在 IANA HTTP 字段名注册表中登记为**已废止**：定义它的规范已被撤回或取代，也没有别的字段接替它的作用。

## 原因

已废止的字段对现行软件不起作用。例如 \`Warning\` 被 [RFC 9111 第 5.5 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.5) 废止，因为缓存和客户端从未一致地使用它。发送这样的字段只会多占字节，还可能误导阅读报文的人。

## 如何修复

删除该字段。
`,
  HTTP3005: `该字段在 IANA HTTP 字段名注册表中登记为**已废止**，已有更新的字段承担它的作用。

## 原因

接收方已不再实现已废止的字段。例如 \`Content-MD5\` 在 [RFC 7231 附录 B](https://www.rfc-editor.org/rfc/rfc7231#appendix-B) 中被移出 HTTP/1.1，完整性校验现在由 \`Content-Digest\` 或 \`Repr-Digest\` 承担（[RFC 9530](https://www.rfc-editor.org/rfc/rfc9530)）；\`Set-Cookie2\` 和 \`Cookie2\`（[RFC 2965](https://www.rfc-editor.org/rfc/rfc2965)）已被 \`Set-Cookie\` 和 \`Cookie\`（[RFC 6265](https://www.rfc-editor.org/rfc/rfc6265)）取代。

## 如何修复

改为发送诊断消息中给出的替代字段。两者很少能直接互换：请查看替代字段的悬停说明了解其语法。
`,
  HTTP3006: `该字段仍然有效，但已有更新的标准字段能更好地完成同样的工作。它在 IANA 注册表中并未被弃用（或者根本没有注册）：这是建议，而不是协议错误。

## 原因

例如：

- \`X-Frame-Options\` 在注册表中是永久状态，但 \`Content-Security-Policy\` 的 \`frame-ancestors\` 指令（[CSP Level 3](https://www.w3.org/TR/CSP3/#directive-frame-ancestors)）表达能力更强，并且在两者都支持的浏览器中优先生效。
- \`X-Forwarded-For\`、\`X-Forwarded-Host\` 和 \`X-Forwarded-Proto\` 是事实上的惯例；\`Forwarded\`（[RFC 7239](https://www.rfc-editor.org/rfc/rfc7239)）用一个标准字段携带同样的信息。
- \`Proxy-Connection\` 从来不是标准；HTTP/1.1 定义的是 \`Connection\`。

## 如何修复

改为发送替代字段。只有在你依赖的接收方仍然需要时才保留旧字段。
`,
  HTTP3007: `一个规范只为请求定义的字段（例如 \`Accept\`、\`Authorization\`、\`If-None-Match\`、\`Range\`、\`User-Agent\`）出现在响应中。

## 原因

响应的接收方会忽略它，发送方想表达的意思就此丢失。常见原因是服务器误把请求首部复制到响应里，或者本想发送对应的响应字段：应该是 \`Accept-Ranges\` 而不是 \`Range\`，\`ETag\` 而不是 \`If-None-Match\`，\`Vary\` 而不是 \`Accept\`。

## 如何修复

从响应中删除该字段，或换成表达本意的响应字段。各字段的作用见 [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110)。
`,
  HTTP3008: `一个规范只为响应定义的字段（例如 \`Set-Cookie\`、\`Location\`、\`ETag\`、\`Access-Control-Allow-Origin\`、\`WWW-Authenticate\`）出现在请求中。

## 原因

服务器会忽略它。常见原因是对 CORS 的误解：\`Access-Control-Allow-Origin\` 必须由服务器发送，把它加到请求里毫无作用（还可能触发预检请求）。另一个常见原因是把 \`Cookie\` 错写成 \`Set-Cookie\`。

## 如何修复

删除该字段，或改用对应的请求字段：用 \`Cookie\` 而不是 \`Set-Cookie\`，用 \`If-None-Match\` 而不是 \`ETag\`，用 \`Authorization\` 而不是 \`WWW-Authenticate\`。
`,
  HTTP3009: `一个字段值不是逗号分隔列表的字段（例如 \`Content-Type\`、\`Location\`、\`ETag\`、\`Authorization\`）在同一部分中出现了不止一次。

## 原因

[RFC 9110 第 5.3 节](https://www.rfc-editor.org/rfc/rfc9110#section-5.3) 规定，除非字段定义为列表（或是 \`Set-Cookie\` 这类已知例外），发送方不得生成多个同名字段行。接收方对重复字段的处理各不相同：有的取第一个，有的取最后一个，有的用逗号拼接后再解析失败。代理和服务器对同一报文理解不一致，正是安全漏洞的温床。

\`Content-Length\` 和 \`Host\` 的重复由报文解析器报告，因为它们的重复会改变报文的分帧或路由。

## 如何修复

只发送一次该字段。如果两个值都需要，把它们合并；否则删除错误的那一个。
`,
  HTTP3010: `字段名中含有不允许的字符：空格、\`(\`、\`)\`、\`/\`、\`:\`、\`;\`、\`@\`、\`[\`、\`]\`、\`{\`、\`}\`、\`"\` 等分隔符、控制字符或非 ASCII 字符。

## 原因

[RFC 9110 第 5.1 节](https://www.rfc-editor.org/rfc/rfc9110#section-5.1) 把字段名定义为 \`token\`：字母、数字和 \`!#$%&'*+-.^_\`|~\`。服务器必须拒绝字段名非法的报文（通常返回 400 Bad Request），而冒号前的空格更是已知的请求走私手法（[RFC 9112 第 5.1 节](https://www.rfc-editor.org/rfc/rfc9112#section-5.1)）。

## 如何修复

字段名只使用 token 字符。单词之间用 \`-\` 连接（写 \`X-Request-Id\`，不要写 \`X Request Id\`），并删除字段名与冒号之间的空格。
`,
  HTTP3011: `字段行的冒号前面什么也没有。

## 原因

字段名是至少一个字符的 \`token\`（[RFC 9110 第 5.1 节](https://www.rfc-editor.org/rfc/rfc9110#section-5.1)）。接收方会拒绝该报文或丢弃这一行，不同的接收方对首部在哪里结束也可能产生分歧。

## 如何修复

补上字段名，或删除这一行。以空白开头的行是上一行的过时续行（obs-fold），同样不允许。
`,
  HTTP3012: `一个已知字段的大小写写法与注册时的形式不同，而且大小写混杂，例如把 \`Content-Length\` 写成 \`COntent-Length\`。

## 原因

字段名不区分大小写（[RFC 9110 第 5.1 节](https://www.rfc-editor.org/rfc/rfc9110#section-5.1)），所以这不是错误，接收方的行为也完全相同；HTTP/2 和 HTTP/3 甚至一律用小写发送字段名。全小写的写法不会得到提示；不规则的大小写混杂通常是笔误，而注册时的写法更易读，也更容易搜索。

## 如何修复

按注册时的形式书写字段名（快速修复会自动完成），或者全部小写。
`,
  HTTP3013: `一个控制分帧、路由、认证、缓存或内容处理的字段出现在分块报文的尾部中。

## 原因

尾部字段在内容之后才到达，对于必须在内容之前作出的决定来说太迟了。[RFC 9110 第 6.5.1 节](https://www.rfc-editor.org/rfc/rfc9110#section-6.5.1) 禁止发送方在尾部生成以下字段：报文分帧所需的字段（\`Transfer-Encoding\`、\`Content-Length\`）、路由字段（\`Host\`）、请求修饰字段（控制和条件字段，如 \`Cache-Control\`、\`If-Match\`）、认证字段（\`Authorization\`、\`Set-Cookie\`）、响应控制数据（\`Age\`、\`Expires\`、\`Location\`）以及决定如何处理内容的字段（\`Content-Encoding\`、\`Content-Type\`、\`Content-Range\`、\`Trailer\`）。接收方不得把这些字段合并到首部中，大多数会直接丢弃。

## 如何修复

把该字段移到首部中。尾部用于发送过程中才能算出的元数据，例如 \`Content-Digest\` 或 \`Server-Timing\`。
`,
  HTTP3014: `该字段仍在注册表中，但曾经处理它的浏览器都已取消支持，也没有替代字段。

## 原因

最典型的是 \`Public-Key-Pins\`（HTTP 公钥固定，[RFC 7469](https://www.rfc-editor.org/rfc/rfc7469)）：错误或丢失的固定会把用户挡在站点之外长达数月，所以所有浏览器都移除了它；如今证书透明度无需任何字段就能发现误签发的证书。发送它只会浪费字节，还会让人误以为存在并不存在的保护。

## 如何修复

删除该字段。字段的悬停说明会介绍如今防御同类威胁的方法。
`,
  HTTP3015: `\`X-Powered-By\`、\`X-AspNet-Version\`、\`X-AspNetMvc-Version\` 等字段是框架默认添加的，它们不参与协议。

## 原因

它们告诉攻击者该去漏洞数据库里查哪个框架和版本，对任何客户端都没有好处。安全指南（例如 [OWASP 安全首部项目](https://owasp.org/www-project-secure-headers/)）建议删除它们。

## 如何修复

在框架中关闭该字段：Express 中用 \`app.disable('x-powered-by')\`，PHP 中设置 \`expose_php = Off\`，ASP.NET 中设置 \`enableVersionHeader="false"\`。出于同样的原因，\`Server\` 也应尽量简短。
`,
};
