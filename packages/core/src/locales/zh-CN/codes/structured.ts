/** Simplified Chinese doc pages (markdown) of the 'structured' codes, keyed by code. */
const RFC9651 = 'https://www.rfc-editor.org/rfc/rfc9651';

export const structuredDocsZh: Readonly<Record<string, string>> = {
  HTTP3800: `该字段被定义为 Item 类型的结构化字段（[RFC 9651 第 3.3 节](${RFC9651}#section-3.3)），但它的值为空（或只有空格）。

## 原因

List 和 Dictionary 可以为空，Item 却必须有值：按 RFC 9651 解析该字段的接收方遇到空字符串会解析失败，并忽略整个字段（[RFC 9651 第 4.2 节](${RFC9651}#section-4.2)）。

## 如何修复

按字段规范给出应有的值，或者干脆不发送该字段。
`,
  HTTP3801: `在此位置，结构化字段语法要求一个 Bare Item，而这里的字符不能作为任何 Item 的开头（[RFC 9651 第 4.2.3.1 节](${RFC9651}#section-4.2.3.1)）。

## 原因

每种 Bare Item 都以特定字符开头：数字以数字或 \`-\` 开头，字符串以 \`"\` 开头，Token 以字母或 \`*\` 开头，字节序列以 \`:\` 开头，布尔值以 \`?\` 开头，日期以 \`@\` 开头，显示字符串以 \`%\` 开头。其他字符（单引号 \`'\`、括号、两个逗号之间的空成员）都会使 RFC 9651 解析失败，接收方随即忽略整个字段。

## 如何修复

按字段定义的语法书写。常见原因有：用了单引号而不是双引号、\`=\` 后面缺少值、值是从该字段旧的非结构化版本照抄过来的。
`,
  HTTP3802: `Dictionary 成员名和参数名都是键（[RFC 9651 第 3.1.2 节](${RFC9651}#section-3.1.2)）：以小写字母或 \`*\` 开头，只能包含小写字母、数字、\`_\`、\`-\`、\`.\` 和 \`*\`。

## 原因

键区分大小写且不允许大写字母，所以 \`U=1\` 并不等于 \`u=1\`，而是语法错误，接收方会忽略该字段。

## 如何修复

键一律写成小写，并确认 \`;\` 之后或 Dictionary 成员开头只有键。
`,
  HTTP3803: `结构化字段 List 或 Dictionary 的成员之间以逗号分隔，逗号两侧可以有空格或制表符（[RFC 9651 第 3.1 节](${RFC9651}#section-3.1)）。这里一个成员结束后，跟着的却不是 \`,\`。

## 原因

通常是参数没有用 \`;\` 连接，或者两个值之间只隔了一个空格。整个字段解析失败并被忽略。

## 如何修复

成员之间用 \`,\` 分隔，参数用 \`;\` 连接，例如 \`a;x=1, b\`。
`,
  HTTP3804: `结构化字段 List 或 Dictionary 不能以逗号结尾（[RFC 9651 第 4.2.1 节](${RFC9651}#section-4.2.1)）。

## 原因

传统的逗号分隔字段允许空元素，结构化字段不允许：末尾的逗号会让整个字段解析失败，从而被忽略。

## 如何修复

删除最后的逗号。如果多行字段被合并，检查其中是否有空行。
`,
  HTTP3805: `值已经解析为一个完整的结构化字段，但后面还有文本（[RFC 9651 第 4.2 节](${RFC9651}#section-4.2)）。

## 原因

对 Item 字段而言，这通常意味着该字段被发送了两次并用逗号合并，或者在只允许一个 Item 的地方发送了列表。多余的文本使整个字段无效。

## 如何修复

只发送一个符合字段类型的值，不要重复发送单例字段。
`,
  HTTP3806: `整数最多 15 位；小数的整数部分最多 12 位，小数点后 1 到 3 位（[RFC 9651 第 3.3.1 和 3.3.2 节](${RFC9651}#section-3.3.1)）。不允许指数、前导 \`+\`，也不允许 \`.5\` 这种写法。

## 原因

这些限制保证数字在常见数值类型中精确无误；更长的数字会让接收方解析失败并忽略该字段。

## 如何修复

把小数四舍五入到三位小数，写 \`0.5\` 而不是 \`.5\` 或 \`5e-1\`。
`,
  HTTP3807: `结构化字段字符串用双引号括起，只能包含可打印 ASCII 字符（空格到 \`~\`），并且只能用反斜杠转义 \`"\` 和 \`\\\`（[RFC 9651 第 3.3.3 节](${RFC9651}#section-3.3.3)）。

## 原因

非 ASCII 字符、制表符、其他反斜杠转义以及缺少结束引号，都会使字段解析失败。

## 如何修复

补上结束引号，删除不支持的转义；在字段允许时，把非 ASCII 文本写成显示字符串（\`%"f%c3%bc%c3%bc"\`）。
`,
  HTTP3808: `字节序列是写在两个冒号之间的 base64（[RFC 4648 第 4 节](https://www.rfc-editor.org/rfc/rfc4648#section-4)，[RFC 9651 第 3.3.5 节](${RFC9651}#section-3.3.5)）。

## 原因

使用 base64url 字母表（\`-\` 和 \`_\`）、值中间有空格、填充出现在中间、缺少结束冒号，都会使字段解析失败。

## 如何修复

用标准 base64 字母表和填充编码，写成 \`:aGVsbG8=:\`。
`,
  HTTP3809: `布尔值只能是 \`?1\` 和 \`?0\`（[RFC 9651 第 3.3.6 节](${RFC9651}#section-3.3.6)）；\`?true\`、\`?yes\` 和单独的 \`?\` 都是错误。

## 原因

整个字段解析失败并被忽略。

## 如何修复

写 \`?1\` 或 \`?0\`。在参数或 Dictionary 成员中，值为真时可以只写键（\`;incremental\` 或 \`i\`）。
`,
  HTTP3810: `结构化字段日期是 \`@\` 后接一个整数，表示自 Unix 纪元起的秒数（[RFC 9651 第 3.3.7 节](${RFC9651}#section-3.3.7)），例如 \`@1688169599\`。

## 原因

秒的小数部分、\`@\` 后的空格、以文本形式书写的日期都是语法错误，字段会被忽略。

## 如何修复

把时间换算为自 1970-01-01T00:00:00Z 起的整秒数，写在 \`@\` 之后。
`,
  HTTP3811: `显示字符串以 \`%"..."\` 的形式携带 Unicode 文本：所有非可打印 ASCII 的字节以及 \`%\` 和 \`"\`，都要按 UTF-8 用小写十六进制数字进行百分号编码（[RFC 9651 第 3.3.8 节](${RFC9651}#section-3.3.8)）。

## 原因

大写十六进制数字、未编码的非 ASCII 字符、不是有效 UTF-8 的字节序列，都会使字段解析失败。

## 如何修复

把文本编码为 UTF-8，再用小写数字做百分号编码：“füü” 写作 \`%"f%c3%bc%c3%bc"\`。
`,
  HTTP3812: `内部列表写作 \`(a b c)\`：各项以空格分隔并放在括号内，后面可以跟参数（[RFC 9651 第 3.1.1 节](${RFC9651}#section-3.1.1)）。

## 原因

括号内使用逗号、缺少 \`)\`、括号嵌套都是语法错误，字段会被忽略。

## 如何修复

内部列表各项之间用单个空格分隔，并闭合括号：\`("a" "b");p=1\`。
`,
  HTTP3820: `值符合 RFC 9651 语法，但该字段的规范要求此处是另一种类型：例如在应写 Token 的地方写了字符串，或在要求布尔值的地方写了整数。

## 原因

结构化字段的各种类型互不相同：\`"same-origin"\`（字符串）不等于 \`same-origin\`（Token），\`1\` 不等于 \`?1\`，\`5\` 也不等于 \`5.0\`。会检查类型的接收方把这种值视为无效，通常忽略该成员或整个字段（[RFC 9651 第 2 节](${RFC9651}#section-2)）。

## 如何修复

按字段定义的类型书写；诊断信息给出了应有的类型和实际的类型。
`,
  HTTP3821: `该字段只接受一组固定的 Token，而这个值不在其中。

## 原因

接收方把未知值当作字段不存在，因此像 \`require-corps\` 这样拼错的策略会悄无声息地让策略失效。

## 如何修复

改用列出的值之一；各个值的含义见字段规范（字段的悬停提示中有链接）。
`,
  HTTP3822: `字段规范没有定义的 Dictionary 成员或参数。

## 原因

结构化字段是可扩展的：接收方会忽略不认识的键，所以这不是错误。之所以提示，是因为未知的键往往是拼写错误（例如在 Priority 中把 \`u=1\` 写成 \`urgency=1\`），而拼写错误意味着想要的设置没有生效。

## 如何修复

对照字段规范检查拼写。如果这是有意的扩展，可以忽略此提示，或在配置中写 \`"severity": { "HTTP3822": "off" }\` 关闭它。
`,
  HTTP3823: `字段规范要求的某个 Dictionary 成员或参数不存在，例如 Use-As-Dictionary 中的 \`match\`。

## 原因

缺少它，接收方就无法应用该字段，只能忽略。

## 如何修复

补上缺少的键，并给出正确类型的值。
`,
  HTTP3824: `某个 Dictionary 成员或参数出现了不止一次。RFC 9651 保留最后一个值，位置则沿用第一次出现的位置（[RFC 9651 第 4.2.2 节和第 4.2.3.2 节](${RFC9651}#section-4.2.2)）；较早的值被悄悄丢弃。

## 原因

重复的键通常来自两行字段被合并（由代理或框架合并），或者同一条指令在配置的两个地方都设置了。最终哪个值生效取决于顺序而不是意图：\`Priority: u=1, u=5\` 的紧急度是 5。

## 如何修复

每个键只给一次。如果字段由多个来源拼成，发送前先决定以哪个来源为准。
`,
  HTTP3830: `Priority 字段的紧急度参数 \`u\` 是 0（最高）到 7（最低）之间的整数，默认值为 3（[RFC 9218 第 4.1 节](https://www.rfc-editor.org/rfc/rfc9218#section-4.1)）。

## 原因

超出范围的值会被忽略，请求或响应得到的是默认紧急度 3，而不是想要的值。

## 如何修复

使用 0 到 7 之间的整数，例如 \`Priority: u=1, i\`。
`,
  HTTP3831: `Cache-Status 的 \`fwd\` 参数说明缓存为何转发了请求，取值为以下 Token 之一：\`bypass\`、\`method\`、\`uri-miss\`、\`vary-miss\`、\`miss\`、\`request\`、\`stale\`、\`partial\`（[RFC 9211 第 2.2 节](https://www.rfc-editor.org/rfc/rfc9211#section-2.2)）。

## 原因

读取 Cache-Status 的工具（调试器、监控系统）只理解这些已定义的原因。

## 如何修复

使用最接近的已定义原因，把更多细节写进 \`detail\` 参数。
`,
  HTTP3832: `Proxy-Status 的 \`error\` 参数取自 HTTP 代理错误类型注册表中的 Token，例如 \`dns_timeout\`、\`connection_refused\`、\`tls_certificate_error\`、\`http_response_incomplete\`（[RFC 9209 第 2.3 节](https://www.rfc-editor.org/rfc/rfc9209#section-2.3)）。

## 原因

未注册的类型无法让读者据此采取行动；已注册的类型有明确的含义和附加参数。

## 如何修复

使用合适的已注册类型（都不合适时用 \`proxy_internal_error\`），具体情况写进 \`details\`。
`,
  HTTP3833: `Content-Digest 和 Repr-Digest 是以算法名为键的 Dictionary，算法名取自 HTTP 摘要字段哈希算法注册表；当前有效的是 \`sha-256\` 和 \`sha-512\`（[RFC 9530 第 5 节](https://www.rfc-editor.org/rfc/rfc9530#section-5)）。

## 原因

接收方会忽略算法未知的摘要，内容因此完全得不到校验。

## 如何修复

使用 \`sha-256\` 或 \`sha-512\`（算法名为小写），例如 \`Content-Digest: sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:\`。
`,
  HTTP3834: `算法 \`md5\`、\`sha\`、\`unixsum\`、\`unixcksum\`、\`adler\` 和 \`crc32c\` 在注册表中只以已弃用的状态存在（[RFC 9530 第 5 节](https://www.rfc-editor.org/rfc/rfc9530#section-5)）。

## 原因

它们要么只是校验和，要么是已被攻破的哈希函数：很容易构造碰撞，起不到保护完整性的作用。

## 如何修复

改为发送 \`sha-256\` 或 \`sha-512\`；如需兼容旧的接收方，可同时发送。
`,
  HTTP3835: `SHA-256 摘要长 32 字节，SHA-512 摘要长 64 字节（[RFC 9530 第 5 节](https://www.rfc-editor.org/rfc/rfc9530#section-5)）。

## 原因

其他长度的值不可能是该算法的摘要：常见情况是把摘要的十六进制文本再做了 base64 编码，或者摘要被截断。所有完整性校验都会失败。

## 如何修复

对摘要的原始字节（而不是它的十六进制形式）做 base64 编码，写在两个冒号之间。
`,
  HTTP3836: `Want-Content-Digest 和 Want-Repr-Digest 把算法映射为 0（“不可接受”）到 10（最偏好）之间的整数偏好值（[RFC 9530 第 4 节](https://www.rfc-editor.org/rfc/rfc9530#section-4)）。

## 原因

超出范围的值没有定义，接收方可能忽略该偏好。

## 如何修复

使用 0 到 10 的整数，例如 \`Want-Content-Digest: sha-512=10, sha-256=3\`。
`,
  HTTP3837: `Signature 字段的每个成员都是一个字节序列，保存该标签对应的签名字节（[RFC 9421 第 4.2 节](https://www.rfc-editor.org/rfc/rfc9421#section-4.2)）。

## 原因

空签名永远无法通过验证，这通常说明签名步骤失败了而错误没有被处理。

## 如何修复

检查签名步骤，把签名字节做 base64 编码后写在两个冒号之间发送。
`,
  HTTP3838: `签名的 \`created\` 和 \`expires\` 参数都是 UNIX 时间戳，\`expires\` 必须晚于 \`created\`（[RFC 9421 第 2.3 节](https://www.rfc-editor.org/rfc/rfc9421#section-2.3)）。

## 原因

在创建时（或更早）就已过期的签名会被所有验证方拒绝。

## 如何修复

检查计算这两个值时使用的时钟和单位（应为秒，而不是毫秒）。
`,
  HTTP3839: `签名的覆盖组件（Signature-Input 成员中的内部列表，或 Accept-Signature 中请求签名的成员的内部列表）不能包含两个参数相同的相同组件标识符（[RFC 9421 第 2.5 节](https://www.rfc-editor.org/rfc/rfc9421#section-2.5)）。

## 原因

验证方在构建签名基串时遇到重复组件会失败，签名因此无法验证。

## 如何修复

每个组件只列一次，顺序与创建签名基串时一致。
`,
  HTTP3840: `Accept-CH 列出服务器希望在后续请求中收到的客户端提示字段（[RFC 8942 第 3.1 节](https://www.rfc-editor.org/rfc/rfc8942#section-3.1)），例如 \`Sec-CH-UA-Model\` 或 \`Sec-CH-Prefers-Color-Scheme\`。

## 原因

浏览器会忽略不认识的名称；拼错的提示永远不会被发送。

## 如何修复

对照浏览器支持的客户端提示（例如 User-Agent Client Hints 规范）检查名称。
`,
  HTTP3841: `Permissions-Policy 的每个特性都对应一个允许列表：Token \`*\`、Token \`self\` 或 \`src\`、以字符串表示的源（\`"https://example.com"\`），或由这些组成的内部列表；\`()\` 表示不允许任何源（[Permissions Policy 第 5.2 节](https://w3c.github.io/webappsec-permissions-policy/#structured-header-serialization)）。

## 原因

该首部继承自 Feature-Policy，而后者的语法（\`'self'\`、不加引号的 URL）不同；浏览器会丢弃无法理解的项，从而改变了谁可以使用该特性。

## 如何修复

源写在双引号中，关键字写成 Token：\`geolocation=(self "https://maps.example.com")\`。
`,
  HTTP3842: `Sec-CH-UA 和 Sec-CH-UA-Full-Version-List 是品牌名（字符串）的列表，每个品牌带有一个 \`v\` 参数，以字符串表示版本：\`"Chromium";v="124"\`（[User-Agent Client Hints 第 3 节](https://wicg.github.io/ua-client-hints/#http-ua-hints)）。

## 原因

没有版本的品牌无法用于服务器基于该提示所做的比较。

## 如何修复

为每个品牌加上 \`;v="<版本>"\`。
`,
  HTTP3843: `Reporting-Endpoints 的每个成员把端点名映射为一个 URL 字符串（[Reporting API 第 3.2 节](https://w3c.github.io/reporting/#header)）。URL 不是潜在可信（https 或本地地址）的端点会被跳过。

## 原因

报告永远不会发送到这样的端点。

## 如何修复

为端点使用 \`https:\` URL。
`,
  HTTP3844: `Idempotency-Key 是一个字符串 Item，用于标识一个逻辑请求，通常是 UUID（[draft-ietf-httpapi-idempotency-key-header 第 2 节](https://datatracker.ietf.org/doc/html/draft-ietf-httpapi-idempotency-key-header#section-2)）。

## 原因

空键什么也标识不了：所有请求的所有重试都共享它，服务器要么拒绝请求，要么更糟，把无关的请求当作重复请求。

## 如何修复

为每个操作生成唯一的键，例如 \`Idempotency-Key: "8e03978e-40d5-43e8-bc93-6894a57f9324"\`。
`,
  HTTP3845: `RFC 9745 把 Deprecation 定义为日期 Item：\`Deprecation: @1688169599\`（[RFC 9745 第 2.1 节](https://www.rfc-editor.org/rfc/rfc9745#section-2.1)）。在它之前的草案使用 \`true\` 或 HTTP 日期。

## 原因

实现了该 RFC 的客户端无法解析旧写法，会错过弃用通知。

## 如何修复

以 \`@\` 后接自纪元起的秒数发送弃用日期（可以是过去或将来的时间）。
`,
  HTTP3846: `Available-Dictionary 是一个字节序列，保存客户端所持字典的 SHA-256 哈希（[RFC 9842 第 2.2 节](https://www.rfc-editor.org/rfc/rfc9842#section-2.2)）。

## 原因

其他长度不可能与任何字典匹配，因此永远不会用该字典进行压缩。

## 如何修复

发送 SHA-256 哈希的 32 个原始字节，base64 编码后写在两个冒号之间。
`,
  HTTP3847: `Use-As-Dictionary 的 \`id\` 和 Dictionary-ID 字段都是最多 1024 个字符的字符串（[RFC 9842 第 2.1.3 节和第 2.3 节](https://www.rfc-editor.org/rfc/rfc9842#section-2.1.3)）。

## 原因

客户端不会保存或回传更长的 id。

## 如何修复

使用简短的标识符，例如版本号或哈希前缀。
`,
  HTTP3848: `Use-As-Dictionary 的 \`type\` 成员是表示字典格式的 Token；目前只定义了 \`raw\`，它也是默认值（[RFC 9842 第 2.1.4 节](https://www.rfc-editor.org/rfc/rfc9842#section-2.1.4)）。

## 原因

客户端不会保存自己不支持的类型的字典，它永远不会被使用。

## 如何修复

省略 \`type\`，或把它设为 \`raw\`。
`,
  HTTP3849: `Client-Cert 和 Client-Cert-Chain 以字节序列携带证书的 DER 编码（[RFC 9440 第 2 节](https://www.rfc-editor.org/rfc/rfc9440#section-2)）。DER 证书以 ASN.1 SEQUENCE（字节 0x30）开头。

## 原因

常见错误是把 PEM 文本（带 \`-----BEGIN CERTIFICATE-----\`）或经过 URL 编码的 PEM 放进字段，后端因此无法解析证书。

## 如何修复

去掉 PEM 的首尾标记，把 base64 解码为 DER，再把它作为字节序列发送。
`,
  HTTP3850: `浏览器只在用户激活触发的导航中发送 \`Sec-Fetch-User: ?1\`，其他情况下不发送该字段（[Fetch Metadata 第 2.4 节](https://w3c.github.io/webappsec-fetch-metadata/#sec-fetch-user-header)）。

## 原因

浏览器从不发送 \`?0\`，带有它的请求是手工构造的，或是某个工具错误地模仿了浏览器。

## 如何修复

请求不是由用户触发时，去掉该字段。
`,
  HTTP3851: `Accept-Query 列出资源在 QUERY 请求中接受的查询格式，以 Token 或字符串形式的媒体类型书写，例如 \`"application/jsonpath", application/sql\`（[HTTP QUERY 方法第 3 节](https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-safe-method-w-body#section-3)）。

## 原因

不是 \`type/subtype\` 形式的成员无法与请求的 Content-Type 匹配。

## 如何修复

写出完整的媒体类型；媒体类型参数写成结构化字段参数（\`application/sql;charset="UTF-8"\`）。
`,
  HTTP3852: `Cross-Origin-Embedder-Policy 和 Cross-Origin-Opener-Policy 的 \`-Report-Only\` 版本只发送违规报告，报告发往 \`report-to\` 参数指定的端点（[HTML：跨源打开者策略](https://html.spec.whatwg.org/multipage/browsers.html#the-coop-headers)）。没有该参数时，它们完全不起作用。

## 原因

字段看起来像是在测试某个策略，但永远不会产生任何报告。

## 如何修复

加上 \`;report-to="<端点>"\`，指向 Reporting-Endpoints 中的一个端点，或者删除该字段。
`,
  HTTP3853: `Permissions-Policy 的键是受策略控制的特性名，例如 \`camera\`、\`geolocation\`、\`fullscreen\`（[Permissions Policy 特性列表](https://github.com/w3c/webappsec-permissions-policy/blob/main/features.md)）。

## 原因

浏览器会忽略不认识的特性（并在控制台给出警告）；拼错的特性会让默认策略保持不变。

## 如何修复

对照特性列表检查拼写。Feature-Policy 中的一些特性（例如 \`vr\`）已经改名或被移除。
`,
  HTTP3854: `Activate-Storage-Access 是一个 Token Item，取值为 \`load\` 或 \`retry\`；\`retry\` 必须带有 \`allowed-origin\`（字符串形式的源，或 Token \`*\`）（[Storage Access Headers](https://privacycg.github.io/storage-access-headers/#activate-storage-access-header)）。

## 原因

没有 \`allowed-origin\` 时，浏览器会忽略这次重试请求。

## 如何修复

写成 \`Activate-Storage-Access: retry; allowed-origin="https://top.example"\`。
`,
  HTTP3855: `Critical-CH 列出关键客户端提示：缺少它们时响应会有明显不同，浏览器应带上这些提示重试请求（[Client Hint Reliability 第 3 节](https://datatracker.ietf.org/doc/html/draft-davidben-http-client-hint-reliability#section-3)）。每个提示都必须是浏览器认识的，并且也在 Accept-CH 中请求了。

## 原因

浏览器不认识的提示永远不会被发送，把它列为关键提示不起任何作用；拼写错误还会掩盖本想请求的提示。

## 如何修复

对照浏览器支持的客户端提示检查名称，并把它同时列入 Accept-CH。
`,
  HTTP3856: `\`except\` 列出在 \`params\` 表示“默认所有查询参数都不影响响应”时，仍然会影响响应的查询参数（[No-Vary-Search 第 2 节](https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-no-vary-search#section-2)）。没有 \`params\`（或 \`params=?0\`、或 params 为列表）时，\`except\` 没有意义，整个字段被视为不存在。

## 原因

缓存因此只匹配完全相同的 URL，这多半不是本意。

## 如何修复

写成 \`No-Vary-Search: params, except=("id")\`。
`,
  HTTP3857: `No-Vary-Search 是一个 Dictionary，键只有 \`key-order\`（布尔值）、\`params\`（布尔值或由字符串组成的内部列表）和 \`except\`（由字符串组成的内部列表）（[No-Vary-Search 第 2 节](https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-no-vary-search#section-2)）。与大多数结构化字段不同，未知的键不会被跳过：整个字段退回默认行为，即所有查询参数都影响缓存匹配。

## 原因

像 \`param\` 这样的拼写错误会让该字段悄无声息地失效。

## 如何修复

只使用这三个已定义的键。
`,
  HTTP3858: `在 Concealed HTTP 认证方案的拆分部署中，终止 TLS 的前端把 TLS 密钥材料导出器的 48 字节输出放在 Concealed-Auth-Export（一个字节序列 Item）中传给后端（[RFC 9729](https://www.rfc-editor.org/rfc/rfc9729)）。

## 原因

后端正是需要这些字节来验证客户端的证明；长度不对，每次认证都会失败。

## 如何修复

发送导出器输出的 48 个原始字节，base64 编码后写在两个冒号之间；并从来自客户端的请求中删除该字段。
`,
  HTTP3859: `设备类客户端提示携带的是尺寸和比例：Sec-CH-Viewport-Width、Sec-CH-Viewport-Height 和 Sec-CH-Width 是以 CSS 像素为单位的整数，Sec-CH-DPR 是设备像素与 CSS 像素之比的小数（[Responsive Image Client Hints](https://wicg.github.io/responsive-image-client-hints/)）。它们都不可能为零或负数。

## 原因

依据该提示选择图片尺寸的服务器会算出荒谬的结果，所以浏览器从不发送这样的值：这个请求是手工构造的，或是出错的工具生成的。

## 如何修复

发送真实的值，或者不发送该提示。
`,
  HTTP3860: `Common Media Client Data（CTA-5004）按变化频率把键分到四个字段中：CMCD-Object（\`br\`、\`d\`、\`ot\`、\`tb\`）、CMCD-Request（\`bl\`、\`dl\`、\`mtp\`、\`nor\`、\`nrr\`、\`su\`）、CMCD-Session（\`cid\`、\`pr\`、\`sf\`、\`sid\`、\`st\`、\`v\`）和 CMCD-Status（\`bs\`、\`rtp\`）（[CTA-5004](https://cdn.cta.tech/cta/media/media/resources/standards/pdfs/cta-5004-final.pdf)）。

## 原因

读取 CMCD 的 CDN 和分析系统会在各自对应的字段中查找每个键；放错字段的键可能被忽略，而且把很少变化的键放进每个请求都变的字段，会抵消这种拆分带来的首部压缩效果。

## 如何修复

把该键移到诊断信息中指出的字段。
`,
};
