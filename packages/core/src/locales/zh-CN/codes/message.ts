const rfc = (n: number, section: string) => `[RFC ${n} 第 ${section} 节](https://www.rfc-editor.org/rfc/rfc${n}#section-${section})`;

const page = (what: string, why: string, fix: string) => `${what}\n\n## 原因\n\n${why}\n\n## 如何修复\n\n${fix}\n`;

/** Simplified Chinese doc pages (markdown) of the 'message' codes, keyed by code. */
export const messageDocsZh: Readonly<Record<string, string>> = {
  HTTP0502: page(
    '请求目标是绝对形式（`GET http://a.example/ HTTP/1.1`），而 `Host` 指向另一个主机。',
    `客户端必须发送与绝对形式请求目标中的主机一致的 \`Host\`，服务器必须忽略 \`Host\` 而以请求目标为准（${rfc(9112, '3.2.2')}）。两个组件对以谁为准看法不一时，就可能被诱导为错误的主机提供或缓存内容。`,
    '让 `Host` 与请求目标中的主机（以及非默认端口）相同。',
  ),
  HTTP0503: page(
    '`GET`、`HEAD` 或 `DELETE` 请求带有内容。',
    `这些请求中的内容没有通用的语义，不能改变请求的含义，还可能导致某些实现拒绝请求或关闭连接（${rfc(9110, '9.3.1')}、${rfc(9110, '9.3.2')}、${rfc(9110, '9.3.5')}）。缓存在为响应建立键时也会忽略它。`,
    '把数据放进 URI（查询参数），或改用定义了内容的方法，例如 `POST`；需要带内容的安全查询时可用 `QUERY`。',
  ),
  HTTP0504: page('`TRACE` 请求带有内容。', `客户端不得在 \`TRACE\` 请求中发送内容（${rfc(9110, '9.3.8')}）。`, '删除内容（以及相应的 `Content-Length` 或 `Transfer-Encoding`）。'),
  HTTP0505: page(
    '`Expect` 的值不是 `100-continue`。',
    `唯一定义过的期望是 \`100-continue\`；服务器收到其他期望时可以返回 417（Expectation Failed）（${rfc(9110, '10.1.1')}）。`,
    '删除该字段，或在带内容的请求中使用 `Expect: 100-continue`。',
  ),
  HTTP0506: page(
    '`Max-Forwards` 用在 `TRACE` 或 `OPTIONS` 以外的方法上。',
    `对其他方法，接收方可以忽略 \`Max-Forwards\`（${rfc(9110, '7.6.2')}）。`,
    '删除该字段，或在 `TRACE`、`OPTIONS` 中用它探测代理链。',
  ),
  HTTP0507: page(
    '请求同时带有 `If-None-Match` 和 `If-Modified-Since`。',
    `请求中有 \`If-None-Match\` 时，接收方必须忽略 \`If-Modified-Since\`（${rfc(9110, '13.1.3')}）：实体标签是更精确的验证器。两者同时发送是允许的（为了照顾旧缓存），但起决定作用的只有实体标签。`,
    '这并不是错误，此提示只说明实际评估的是哪个条件。如果只面向现代服务器，可以去掉 `If-Modified-Since`。',
  ),
  HTTP0508: page('`GET` 以外的方法带有 `Range`。', `对 \`GET\` 以外的方法，服务器必须忽略 \`Range\`（${rfc(9110, '14.2')}）。`, '删除该字段，或改用 `GET`。'),
  HTTP0509: page(
    '发往 `http:` URL 的请求带有 `Authorization`、`Proxy-Authorization` 或 `Cookie`。',
    `没有 TLS 时，凭据以明文传输；Basic 凭据只是做了 base64 编码（${rfc(7617, '4')}、${rfc(9110, '11.1')}）。`,
    '改用 `https:`。对本地开发服务器这通常可以接受：可在配置中写 `"severity": { "HTTP0509": "off" }` 关闭此规则。',
  ),
  HTTP0510: page('没有内容的请求带有 `Expect: 100-continue`。', `请求不包含内容时，客户端不得发送 100-continue 期望（${rfc(9110, '10.1.1')}）。`, '删除 `Expect` 字段。'),
  HTTP0550: page(
    '301、302、303、307 或 308 响应没有 `Location`。',
    `服务器应当（对 308 同样如此）生成带有新 URI 的 \`Location\`（${rfc(9110, '15.4')}）；没有它，用户代理只能显示响应本身。`,
    '加上指向目标 URI 的 `Location`。',
  ),
  HTTP0551: page(
    '201（Created）响应没有 `Location`。',
    `新建的主资源由 \`Location\` 标识；没有它时，就认为是请求目标本身（${rfc(9110, '15.3.2')}）。而向集合 \`POST\` 之后，请求目标很少就是新资源。`,
    '加上新建资源的 URI 作为 `Location`。',
  ),
  HTTP0552: page(
    '206（Partial Content）响应既没有 `Content-Range`，内容类型也不是 `multipart/byteranges`。',
    `单个范围的 206 必须带有 \`Content-Range\`；多个范围的 206 必须使用 \`Content-Type: multipart/byteranges\`（${rfc(9110, '15.3.7')}）。否则客户端无法确定这些字节的位置。`,
    '加上 `Content-Range: bytes 起始-结束/总长度`。',
  ),
  HTTP0553: page(
    '1xx、204（No Content）或 304（Not Modified）响应后面跟着内容。',
    `这些响应在首部之后的空行处就结束了（${rfc(9112, '6.3')}、${rfc(9110, '15.3.5')}、${rfc(9110, '15.4.5')}）。其后的字节会被当作下一个响应的开头：在持久连接上会让客户端失去同步。`,
    '不要发送内容；去掉 `Transfer-Encoding` 和非零的 `Content-Length`。',
  ),
  HTTP0554: page('1xx 或 204 响应带有 `Content-Length`。', `服务器不得在 1xx（Informational）或 204（No Content）响应中发送 \`Content-Length\`（${rfc(9110, '8.6')}）。`, '删除 `Content-Length`。'),
  HTTP0555: page(
    '304（Not Modified）响应缺少 200 会带的验证器和新鲜度字段。',
    `服务器必须在 304 中生成它在 200 中会发送的 \`Cache-Control\`、\`Content-Location\`、\`Date\`、\`ETag\`、\`Expires\` 和 \`Vary\`（${rfc(9110, '15.4.5')}）。缓存会用它们更新已存储的响应（${rfc(9111, '4.3.4')}）；缺少 \`ETag\` 以及 \`Cache-Control\` 或 \`Expires\` 时，已存储的响应仍然是过期的，马上又要重新验证。`,
    '发送与 200 相同的 `ETag`、`Cache-Control`、`Expires` 和 `Vary`。',
  ),
  HTTP0556: page(
    '401（Unauthorized）响应没有 `WWW-Authenticate`。',
    `生成 401 的服务器必须发送至少包含一个质询的 \`WWW-Authenticate\`（${rfc(9110, '15.5.2')}），否则客户端不知道该如何认证。如果客户端已认证但无权访问，应当使用 403（Forbidden）。`,
    '加上 `WWW-Authenticate: Bearer realm="api"`（或你使用的认证方案），或改为返回 403。',
  ),
  HTTP0557: page(
    '405（Method Not Allowed）响应没有 `Allow`。',
    `源服务器必须生成列出目标资源所支持方法的 \`Allow\`（${rfc(9110, '15.5.6')}）。`,
    '加上 `Allow: GET, HEAD`（资源支持的方法；空值表示一个也不支持）。',
  ),
  HTTP0558: page('407 响应没有 `Proxy-Authenticate`。', `代理必须发送带有质询的 \`Proxy-Authenticate\`（${rfc(9110, '15.5.8')}）。`, '加上代理接受的认证方案的 `Proxy-Authenticate`。'),
  HTTP0559: page(
    '416（Range Not Satisfiable）响应没有 `Content-Range`。',
    `对字节范围请求生成 416 的服务器应当发送 \`Content-Range: bytes */总长度\`，让客户端得知当前长度（${rfc(9110, '15.5.17')}）。`,
    '加上 `Content-Range: bytes */12345`。',
  ),
  HTTP0560: page(
    '2xx、3xx 或 4xx 响应没有 `Date`。',
    `有时钟的源服务器必须在 2xx、3xx 和 4xx 响应中发送 \`Date\`（${rfc(9110, '6.6.1')}）。缓存要靠它计算年龄以及 \`Expires\` 给出的新鲜度寿命（${rfc(9111, '4.2')}）。`,
    '以 IMF-fixdate 格式加上 `Date`（`Date: Sun, 06 Nov 1994 08:49:37 GMT`）；大多数服务器默认就会这样做。',
  ),
  HTTP0561: page(
    '报文有内容却没有 `Content-Type`。',
    `生成内容的发送方应当发送 \`Content-Type\`（${rfc(9110, '8.3')}）；否则接收方可能当作 \`application/octet-stream\`，或者去嗅探类型，这对浏览器而言是安全风险。`,
    '加上媒体类型的 `Content-Type`（文本类型再加上 charset）。',
  ),
  HTTP0562: page(
    '合法的 `Content-Length` 与报文所带内容的长度不一致。',
    `在 HTTP/1.1 中，\`Content-Length\` 决定报文的边界（${rfc(9112, '6.3')}）。值不对时，内容会被截断，或者多出的部分会被当作下一个报文。`,
    '让服务器或框架自动计算 `Content-Length`，或者发送与声明相符的内容。（格式错误的值由 `Content-Length` 字段解析器报告，而不在这里。）',
  ),
  HTTP0563: page(
    '连接专用的逐跳首部：`Connection` 及其列出的字段、`Keep-Alive`、`Proxy-Connection`、`Transfer-Encoding`、`Upgrade`。',
    `它们只描述一条 HTTP/1.1 连接；代理会删除它们（${rfc(9110, '7.6.1')}），而 HTTP/2 和 HTTP/3 把带有它们的报文视为格式错误（${rfc(9113, '8.2.2')}、${rfc(9114, '4.2')}）。不加区分地把它们复制进 HTTP/2 响应的代码会让客户端出错。`,
    '在 HTTP/1.1 上这没有问题。迁移到 HTTP/2 时，确保不转发这些字段；唯一的例外是 `TE: trailers`。不报告的情况：HTTP/1.x 上的 `Transfer-Encoding`（它在那里负责主体的分帧），以及 `101 Switching Protocols` 的字段（它必须带 `Connection` 和 `Upgrade`）。',
  ),
  HTTP0564: page('`Upgrade` 没有在 `Connection` 中列出。', `发送 \`Upgrade\` 的一方必须同时发送 \`Connection: upgrade\`，以免中间方转发升级请求（${rfc(9110, '7.8')}）。`, '加上 `Connection: upgrade`。'),
  HTTP0565: page(
    '响应带有 `Vary: *`。',
    `\`*\` 表示响应取决于请求首部以外的因素，因此已存储的响应永远无法匹配之后的请求（${rfc(9111, '4.1')}、${rfc(9110, '12.5.5')}）。`,
    '列出响应所依据的请求字段（`Vary: Accept-Encoding`）；如果响应不得缓存，就发送 `Cache-Control: no-store`。',
  ),
  HTTP0566: page(
    '响应按 `User-Agent` 变化。',
    `\`User-Agent\` 有成千上万种取值，缓存会为每一种各存一份，命中率随之崩溃（${rfc(9111, '4.1')}）。许多共享缓存干脆拒绝存储这类响应。`,
    '改为依据你真正使用的更窄的信号，例如客户端提示（`Sec-CH-UA-Mobile`），或向所有用户代理提供相同的响应。',
  ),
  HTTP0567: page(
    '`Set-Cookie` 同时带有 `Max-Age` 和 `Expires`。',
    '两者同时存在时以 `Max-Age` 为准（RFC 6265bis 第 5.7 节）。为了照顾很老的客户端而同时发送两者很常见，但修改之后两者常常不一致。',
    '保持两者一致，或只发送 `Max-Age`。',
  ),
  HTTP0568: page(
    '`Access-Control-Allow-Origin: *` 与 `Access-Control-Allow-Credentials: true` 同时出现。',
    '对于携带凭据的请求，如果允许的源是 `*`，Fetch 标准中的 CORS 检查会失败（[Fetch 的 CORS 检查](https://fetch.spec.whatwg.org/#cors-check)）。',
    '在核对允许列表之后回显请求的 `Origin`，并加上 `Vary: Origin`。',
  ),
  HTTP0569: page(
    '304 或 206 响应的 `Content-Encoding` 与请求所接受的不同，或者 304 声明了内容编码。',
    `缓存会用 304 中的字段更新已存储的响应（${rfc(9111, '4.3.4')}），并把 206 的各部分与已存储的部分合并（${rfc(9111, '3.4')}）；与已存储内容不一致的 \`Content-Encoding\` 会损坏它。206 是*编码后*表示的一个范围。`,
    '发送与完整响应相同的 `Content-Encoding`，遵从请求的 `Accept-Encoding`，并让不同编码的表示具有不同的 `ETag`。',
  ),
  HTTP0570: page(
    '206（Partial Content）的 `ETag` 是弱验证器（`W/"..."`）。',
    `合并范围需要强验证器（${rfc(9110, '8.8.1')}、${rfc(9110, '13.1.5')}）：弱 ETag 只表示"语义上等价"，而不是"逐字节相同"，客户端无法安全地用 \`If-Range\` 续传。`,
    '为支持范围请求的表示发送强 ETag。',
  ),
  HTTP0571: page(
    '`Last-Modified` 晚于响应的 `Date`。',
    `源服务器不得发送晚于其 \`Date\` 的 \`Last-Modified\`，而应当用 \`Date\` 的值代替（${rfc(9110, '8.8.2.1')}）。时间在未来时，启发式新鲜度和 \`If-Modified-Since\` 验证都会出错。`,
    '检查时钟以及修改时间的来源。',
  ),
  HTTP0572: page(
    '`Location` 是相对引用（`/login`）。',
    `相对引用是允许的，会相对于请求目标 URI 进行解析（${rfc(9110, '10.2.2')}）；很老的客户端（RFC 7231 之前）要求绝对 URI，而在代理之后，解析出的 URI 也可能与预期不同。`,
    '对现代客户端无需修改；需要照顾老客户端时发送绝对 URI。',
  ),
  HTTP0573: page(
    '刚收到的响应所带的 `Date` 落在这次交换的时间（从发出请求到收到响应）之外，且相差超过几秒。',
    `\`Date\` 是源服务器生成响应的时间（${rfc(9110, '6.6.1')}）；缓存据此计算响应的年龄（${rfc(9111, '4.2.3')}：表观年龄等于收到的时间减去 \`Date\`）。服务器时钟偏慢时，每个响应一到达就显得很旧，会提前过期；偏快时，又会掩盖中间缓存增加的年龄。用同一时钟写出的 \`Expires\` 和 \`Last-Modified\` 也会偏差同样多。两个时钟都可能是出错的那一个。`,
    '同步服务器的时钟（NTP）；如果是本机时钟偏了，也同步本机。httplens 只对刚收到的响应（`httplens send`、`httplens check`、编辑器）报告此问题，不会对保存下来的报文报告。',
  ),
  HTTP0700: page(
    '携带响应自身 `ETag` 的条件 GET（`If-None-Match`）得到的仍是完整响应。',
    `实体标签匹配时，服务器应当以 304（Not Modified）回应（${rfc(9110, '13.1.2')}、${rfc(9110, '13.2.2')}）；缓存和浏览器就能复用已有的内容，而不必重新下载。`,
    '在生成响应之前先判断 `If-None-Match`（大多数框架都有相应的中间件），并确保 `ETag` 在各次请求之间保持稳定。',
  ),
  HTTP0701: page(
    '携带响应自身 `Last-Modified` 的条件 GET（`If-Modified-Since`）得到的仍是完整响应。',
    `表示在给定时间之后没有修改时，服务器应当以 304 回应（${rfc(9110, '13.1.3')}）；只知道 \`Last-Modified\` 的客户端依赖于此。`,
    '在生成响应之前，以秒为精度比较 `If-Modified-Since` 与修改时间。',
  ),
  HTTP0702: page(
    '响应声明了 `Accept-Ranges: bytes`，字节范围请求却没有得到 206（Partial Content）。',
    `\`Accept-Ranges\` 告诉客户端可以续传下载、在媒体中跳转（${rfc(9110, '14.3')}）；范围随后又被忽略时，客户端只能重新下载全部内容。`,
    '提供范围响应（带 `Content-Range` 的 206），或者不再发送 `Accept-Ranges: bytes`（改为 `none`）。',
  ),
  HTTP0703: page(
    '带与不带 `Accept-Encoding: gzip` 的请求得到了不同编码的响应，而 `Vary` 没有列出 `Accept-Encoding`。',
    `缓存按 URL 以及 \`Vary\` 中列出的请求字段为已存储的响应建立键（${rfc(9111, '4.1')}、${rfc(9110, '12.5.5')}）。没有 \`Vary: Accept-Encoding\` 时，共享缓存可能把 gzip 编码的响应发给无法解码的客户端。`,
    '在每个经过编码协商的响应中加上 `Vary: Accept-Encoding`。',
  ),
  HTTP0704: page(
    '对同一 URL 的 `HEAD` 请求得到的状态码或表示字段与 `GET` 不同。',
    `服务器对 \`HEAD\` 应当发送与 \`GET\` 相同的首部字段（${rfc(9110, '9.3.2')}）；缓存和链接检查工具用 \`HEAD\` 在不下载的情况下了解资源。`,
    '让 `HEAD` 走 `GET` 的处理逻辑，只去掉内容。',
  ),
  HTTP0705: page(
    '可缓存的响应既没有 `ETag` 也没有 `Last-Modified`。',
    `没有验证器时，响应一旦过期，缓存只能完整地重新下载；有验证器时，一个几百字节的 304 就够了（${rfc(9111, '4.3')}、${rfc(9110, '8.8')}）。`,
    '发送 `ETag`（内容的哈希或版本号）或 `Last-Modified`。',
  ),
  HTTP0706: page(
    '超过 1 KiB 的文本类响应（HTML、CSS、JavaScript、JSON、XML、SVG）没有使用内容编码，而请求声明了 `Accept-Encoding: gzip`。',
    `文本压缩后只剩原来的一小部分；内容编码正是为此而设（${rfc(9110, '8.4')}）。`,
    '在服务器或 CDN 中为文本类型启用 gzip 或 Brotli，并发送 `Vary: Accept-Encoding`。',
  ),
  HTTP0707: page(
    '带与不带 `Accept-Encoding: gzip` 的请求得到了内容编码不同的响应，却带有同一个强实体标签。',
    `gzip 编码的响应与未编码的响应是不同的表示，而强验证器在一个资源的所有表示之间是唯一的（${rfc(9110, '8.8.1')}、${rfc(9110, '8.8.3')}）。两者共用一个强 ETag 时，缓存中的 gzip 响应可能被对未编码响应的请求验证（反之亦然），一种编码的字节范围也可能与另一种编码的拼在一起。`,
    '让每种编码的标签各不相同（Apache 会追加 `-gzip`），或像 nginx 那样为编码后的响应发送弱 ETag（`W/"..."`）。',
  ),
  HTTP0708: page(
    '对条件 GET 的 304（Not Modified）响应缺少完整响应中带有的字段：`Cache-Control`、`Content-Location`、`Date`、`ETag`、`Expires` 或 `Vary` 之一。',
    `生成 304 响应的服务器必须发送这些字段中它在对同一请求的 200 响应里会发送的那些（${rfc(9110, '15.4.5')}）。缓存用 304 的字段更新已存储的响应（${rfc(9111, '4.3.4')}）；缺少它们时，已存储副本的新鲜度和验证器得不到更新，缓存可能立即又认为它已过期。`,
    '在 304 响应中发送与 200 响应相同的 `Cache-Control`、`Expires`、`ETag`、`Vary`、`Content-Location` 和 `Date`（多数服务器都会这样做；提前返回 304 的自定义处理程序常常漏掉它们）。\n\nHTTP0555 针对单个 304 报文，在它既没有 `ETag`、`Cache-Control` 也没有 `Expires` 时提示；本发现则把 304 与同一服务器发出的 200 相比较。',
  ),
  HTTP0650: page(
    '对 `HEAD` 请求的响应后面跟着内容。',
    `对 \`HEAD\` 的响应在首部之后的空行处结束（${rfc(9112, '6.3')}、${rfc(9110, '9.3.2')}）；其后的字节会被当作下一个响应。`,
    '发送与 `GET` 相同的首部，但不发送内容。',
  ),
  HTTP0651: page(
    '对 `OPTIONS` 的成功响应没有 `Allow`。',
    `对 \`OPTIONS\` 生成成功响应的服务器应当发送表明其所实现可选功能的字段，例如 \`Allow\`（${rfc(9110, '9.3.7')}）。`,
    '加上列出所支持方法的 `Allow`。',
  ),
  HTTP0652: page(
    '304 响应回应的请求既没有 `If-None-Match` 也没有 `If-Modified-Since`，或者方法不是 `GET`、`HEAD`。',
    `304 只被定义为条件 \`GET\` 或 \`HEAD\` 的条件判定为假时的回应（${rfc(9110, '15.4.5')}）；没有已存储响应的客户端无内容可显示。`,
    '请求没有条件时，以 200 返回表示。',
  ),
  HTTP0653: page(
    '412 响应回应的请求没有 `If-Match`、`If-None-Match`、`If-Modified-Since` 或 `If-Unmodified-Since`。',
    `412 表示请求中的某个条件判定为假（${rfc(9110, '15.5.13')}）；请求中根本没有条件时，客户端无从处理。`,
    '改用其他状态码，例如 409（Conflict），或者用 428（Precondition Required）要求客户端带上条件。',
  ),
  HTTP0654: page(
    '416 响应回应的请求没有 `Range`。',
    `416 表示所请求的范围与表示没有任何重叠（${rfc(9110, '15.5.17')}）；没有 \`Range\` 时它毫无意义。`,
    '以 200 返回完整的表示。',
  ),
};
