/** Simplified Chinese doc pages (markdown) of the 'caching' codes, keyed by code. */
export const cachingDocsZh: Readonly<Record<string, string>> = {
  HTTP3100: `缓存控制类首部字段（Cache-Control、CDN-Cache-Control、Surrogate-Control）中出现了不是指令的内容：多余的字符、单独的 \`=\`，或没有名称的带引号字符串。

## 原因

语法是 \`#cache-directive\`，其中 \`cache-directive = token [ "=" ( token / quoted-string ) ]\`（[RFC 9111 第 5.2 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.2)）。缓存会跳过无法解析的部分，有些缓存甚至丢弃整个字段，于是本想生效的指令可能不起作用。

## 如何修复

每条指令写成一个名称，可选地跟上 \`=\` 和值，指令之间用逗号分隔：\`Cache-Control: public, max-age=3600\`。
`,
  HTTP3101: `该指令既不在 IANA“超文本传输协议缓存指令”注册表中，也不是已知的扩展。

## 原因

Cache-Control 可以扩展：缓存必须忽略它不理解的指令（[RFC 9111 第 5.2.3 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.3)）。解析结果中会保留该指令，但标准缓存不会据此行事。

## 如何修复

如果这是你自己的缓存能理解的扩展，无需修改。否则请对照已注册的指令检查名称：\`max-age\`、\`s-maxage\`、\`no-cache\`、\`no-store\`、\`private\`、\`public\`、\`must-revalidate\`、\`proxy-revalidate\`、\`must-understand\`、\`no-transform\`、\`immutable\`、\`stale-while-revalidate\`、\`stale-if-error\`，以及请求中的 \`max-stale\`、\`min-fresh\`、\`only-if-cached\`。
`,
  HTTP3102: `指令名与某个已注册指令非常接近：把 \`s-maxage\` 写成 \`s-max-age\`，把 \`max-age\` 写成 \`max_age\`，把 \`no-cache\` 写成 \`nocache\`；或者把标志写成了布尔值，如 \`no-cache=true\`、\`private=1\`，缓存会把它理解为只含一个名为 \`true\` 或 \`1\` 的字段的列表，于是响应不经重新验证就被复用。

## 原因

缓存会忽略不认识的指令（[RFC 9111 第 5.2.3 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.3)），拼错的指令会悄无声息地失效：\`Cache-Control: s-max-age=600\` 会让共享缓存改用 \`max-age\` 或启发式规则。

## 如何修复

改用建议的名称。
`,
  HTTP3103: `同一条指令出现了两次，可能在同一行内，也可能分布在多行 Cache-Control 中。

## 原因

当一条指令有多个值时，缓存要么采用第一次出现的值，要么把响应视为过期（[RFC 9111 第 4.2.1 节](https://www.rfc-editor.org/rfc/rfc9111#section-4.2.1)）。不同的缓存选择不同，结果难以预料。httplens 按 RFC 的建议采用第一次出现的值。

## 如何修复

每条指令只保留一次。
`,
  HTTP3104: `需要参数的指令没有写值，例如 \`max-age\` 或 \`s-maxage=\`。

## 原因

\`max-age\`、\`s-maxage\`、\`min-fresh\`、\`stale-while-revalidate\` 和 \`stale-if-error\` 的参数是秒数（delta-seconds，[RFC 9111 第 5.2 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.2)、[RFC 5861 第 3 节](https://www.rfc-editor.org/rfc/rfc5861#section-3)）。缺少参数时，缓存把这份新鲜度信息视为无效，把响应当作过期（[RFC 9111 第 4.2.1 节](https://www.rfc-editor.org/rfc/rfc9111#section-4.2.1)）。

## 如何修复

补上秒数：\`max-age=3600\`。
`,
  HTTP3105: `不带参数的指令被写上了值，例如 \`no-store=1\`、\`public=true\`；或在请求中写了 \`no-cache="Set-Cookie"\`（字段列表只在响应中有定义）。

## 原因

这些指令的注册定义不带参数（[RFC 9111 第 5.2 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.2)）。接收方可能忽略参数，也可能忽略整条指令。

## 如何修复

删掉 \`=\` 和值。
`,
  HTTP3106: `取秒数的指令，其值不是非负十进制整数：\`max-age=1h\`、\`max-age=-1\`、\`max-age=3.5\`。

## 原因

\`delta-seconds = 1*DIGIT\`（[RFC 9111 第 1.2.2 节](https://www.rfc-editor.org/rfc/rfc9111#section-1.2.2)）。对于新鲜度信息无效的响应，建议缓存将其视为过期（[RFC 9111 第 4.2.1 节](https://www.rfc-editor.org/rfc/rfc9111#section-4.2.1)）。

## 如何修复

秒数只用数字书写：\`max-age=3600\`。
`,
  HTTP3107: `秒数参数被写成了带引号的字符串：\`max-age="3600"\`。

## 原因

对于 \`max-age\`、\`s-maxage\`、\`max-stale\` 和 \`min-fresh\`，发送方必须使用 token 形式；RFC 要求接收方仍然接受带引号的形式（[RFC 9111 第 5.2.1.1 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.1.1)、[RFC 9111 第 5.2.2.1 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2.1)），但较旧的缓存未必如此。

## 如何修复

去掉引号：\`max-age=3600\`。
`,
  HTTP3108: `秒数（缓存指令或 Age 中）大于 2^31。

## 原因

当接收方收到的秒数大于它能表示的最大整数，或后续计算溢出时，必须把该值视为 2147483648（2^31）（[RFC 9111 第 1.2.2 节](https://www.rfc-editor.org/rfc/rfc9111#section-1.2.2)）。

## 如何修复

使用不超过一年左右的值；更长的新鲜度寿命很少有用（参见 HTTP3116）。
`,
  HTTP3109: `只为请求定义的指令（\`max-stale\`、\`min-fresh\`、\`only-if-cached\`）出现在响应中。

## 原因

请求指令和响应指令的含义分别定义（[RFC 9111 第 5.2.1 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.1)、[RFC 9111 第 5.2.2 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2)）。这些指令在响应中会被忽略。

## 如何修复

删掉该指令，或改用响应中对应的指令：\`max-age\`、\`s-maxage\`、\`stale-while-revalidate\`。
`,
  HTTP3110: `只为响应定义的指令（\`public\`、\`private\`、\`s-maxage\`、\`must-revalidate\`、\`proxy-revalidate\`、\`must-understand\`、\`immutable\`、\`stale-while-revalidate\`）出现在请求中。

## 原因

缓存只按 [RFC 9111 第 5.2.1 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.1) 列出的请求指令行事，请求中的响应指令会被忽略。

## 如何修复

从请求中删掉该指令。想要新鲜的响应，请使用 \`no-cache\` 或 \`max-age=0\`。
`,
  HTTP3111: `\`no-store\` 与只对已存储响应有意义的指令同时出现：\`max-age\`、\`s-maxage\`、\`stale-while-revalidate\`、\`stale-if-error\`、\`immutable\`。寿命为零（\`no-store, max-age=0\`）与 \`no-store\` 一致，不报告。

## 原因

缓存不得存储带 \`no-store\` 的响应（[RFC 9111 第 5.2.2.5 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2.5)）；指令冲突时以最严格的为准（[RFC 9111 第 4.2.1 节](https://www.rfc-editor.org/rfc/rfc9111#section-4.2.1)）。其他指令表明本意可能是允许缓存，值得核实。

## 如何修复

二选一：要么删掉 \`no-store\`，要么删掉新鲜度指令。若想“可以存储但每次都要检查”，请使用 \`no-cache\`。
`,
  HTTP3112: `响应同时带有 \`public\` 和 \`private\`（不带字段列表）。

## 原因

指令冲突时以最严格的为准（[RFC 9111 第 4.2.1 节](https://www.rfc-editor.org/rfc/rfc9111#section-4.2.1)）：共享缓存不会存储该响应（[RFC 9111 第 5.2.2.7 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2.7)）。

## 如何修复

只保留你想要的那个：按用户区分的内容用 \`private\`，任何缓存都可存储的内容用 \`public\`。
`,
  HTTP3113: `\`no-cache\`（不带字段列表）与 \`max-age\` 或 \`s-maxage\` 同时出现。

## 原因

有了 \`no-cache\`，缓存在成功重新验证之前不得使用该响应，即使响应仍然新鲜（[RFC 9111 第 5.2.2.4 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2.4)）。新鲜度寿命因此省不下任何请求。这并无害处，但往往是照抄首部的迹象。

## 如何修复

想“每次都重新验证”就只写 \`no-cache\`；想“在 N 秒内复用”就只写 \`max-age=N\`。
`,
  HTTP3114: `响应带有 \`immutable\`，却没有显式的新鲜度寿命。

## 原因

\`immutable\` 告诉客户端在响应*新鲜期间*不要重新验证（[RFC 8246 第 2 节](https://www.rfc-editor.org/rfc/rfc8246#section-2)）。没有 \`max-age\`、\`s-maxage\` 或 \`Expires\` 时，响应立即过期（或只能依靠启发式新鲜度），该指令形同虚设。

## 如何修复

加上较长的寿命：\`Cache-Control: public, max-age=31536000, immutable\`。
`,
  HTTP3115: `\`must-revalidate\` 出现时没有 \`max-age\`、\`s-maxage\` 或 \`Expires\`。

## 原因

\`must-revalidate\` 只在响应过期后才起作用（[RFC 9111 第 5.2.2.2 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2.2)）。没有显式新鲜度时，响应要么立即过期，要么按发送方并未选择的启发式寿命保持新鲜（[RFC 9111 第 4.2.2 节](https://www.rfc-editor.org/rfc/rfc9111#section-4.2.2)）。

## 如何修复

把意图写明：“每次都重新验证”用 \`no-cache\`；“复用 N 秒，过期后绝不提供过期内容”用 \`max-age=N, must-revalidate\`。
`,
  HTTP3116: `新鲜度寿命超过 31536000 秒（365 天）。

## 原因

RFC 9111 没有设定上限，但 HTTP/1.1 长期建议不要超过一年，而且缓存通常早在那之前就会淘汰条目（[RFC 9111 第 4.2.1 节](https://www.rfc-editor.org/rfc/rfc9111#section-4.2.1)）。对带版本号的静态资源，常见写法是一年加 \`immutable\`。

## 如何修复

对此 URL 下永不变化的内容使用 \`max-age=31536000\`（一年）。
`,
  HTTP3117: `响应带有 \`Pragma: no-cache\`。

## 原因

Pragma 已弃用，而且只为请求定义：请求中没有 Cache-Control 时，缓存必须把 \`Pragma: no-cache\` 当作 \`Cache-Control: no-cache\`，但该字段在响应中没有含义（[RFC 9111 第 5.4 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.4)）。有些缓存仍会照办，因此效果难以预料。

## 如何修复

改为发送 \`Cache-Control: no-cache\`（或 \`no-store\`）。
`,
  HTTP3118: `Expires 的值不是三种 HTTP 日期格式中的任何一种（应发送 \`Sun, 06 Nov 1994 08:49:37 GMT\` 这种）。

## 原因

缓存接收方必须把无效的日期格式解释为过去的时间，即“已经过期”（[RFC 9111 第 5.3 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.3)）。响应会以过期状态存储。

## 如何修复

发送 IMF-fixdate 格式（[RFC 9110 第 5.6.7 节](https://www.rfc-editor.org/rfc/rfc9110#section-5.6.7)），或者更好的做法是使用不依赖时钟的 \`Cache-Control: max-age=N\`。
`,
  HTTP3119: `\`Expires: 0\`（或 \`-1\`），一种表示“已经过期”的常见写法。

## 原因

它不是有效的 HTTP 日期，RFC 9111 也特意点名：缓存必须把无效日期，尤其是“0”，当作过去的时间（[RFC 9111 第 5.3 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.3)）。这样写能生效，但值本身无效，检查工具和旧软件可能会报错。

## 如何修复

使用 \`Cache-Control: no-cache\`（可存储但需重新验证）或 \`Cache-Control: max-age=0\`。
`,
  HTTP3120: `响应同时带有 Expires 和 \`max-age\`（或 \`s-maxage\`）。

## 原因

响应中有 \`max-age\` 时，接收方必须忽略 Expires；有 \`s-maxage\` 时，共享缓存同样忽略它（[RFC 9111 第 5.3 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.3)）。两者同时发送是为了照顾 HTTP/1.0 缓存，而这类缓存如今已很少见。

## 如何修复

这没有错；请确认两者含义一致，或者删掉 Expires。
`,
  HTTP3121: `CDN-Cache-Control 等定向缓存控制字段无法按结构化字段字典解析。

## 原因

定向字段是字典类型（[RFC 9213 第 2.1 节](https://www.rfc-editor.org/rfc/rfc9213#section-2.1)、[RFC 9651 第 3.2 节](https://www.rfc-editor.org/rfc/rfc9651#section-3.2)）。缓存解析失败时必须忽略整个字段，转而使用下一个目标字段或 Cache-Control（[RFC 9213 第 2.2 节](https://www.rfc-editor.org/rfc/rfc9213#section-2.2)）。Cache-Control 能容忍的写法，例如带引号的数字（\`max-age="60"\`）或大写名称，在这里都无效。

## 如何修复

键名用小写，整数值不加引号，标志不带值：\`CDN-Cache-Control: max-age=600, must-revalidate\`。
`,
  HTTP3122: `响应使用了 Surrogate-Control，它出自 W3C Edge Architecture 说明，IANA 注册表中的状态是临时。

## 原因

只有部分 CDN 读取它，而且各家支持的指令不同，通常在转发前会将其删除。RFC 9213 把同样的思路标准化为 CDN-Cache-Control（[RFC 9213 第 2 节](https://www.rfc-editor.org/rfc/rfc9213#section-2)）。

## 如何修复

考虑改用带相同指令的 \`CDN-Cache-Control\`；如果你的 CDN 文档明确支持 Surrogate-Control，也可以保留。
`,
  HTTP3123: `Age 的值不是非负十进制整数。

## 原因

\`Age = delta-seconds\`（[RFC 9111 第 5.1 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.1)）。无效的 Age 无法参与当前年龄的计算（[RFC 9111 第 4.2.3 节](https://www.rfc-editor.org/rfc/rfc9111#section-4.2.3)），下游缓存可能因此低估响应的年龄。

## 如何修复

发送自源服务器生成或验证该响应以来经过的秒数，只用数字。
`,
  HTTP3124: `Warning 的值不符合 \`warn-code SP warn-agent SP warn-text [ SP warn-date ]\`，例如缺少带引号的文本，或者代码不是三位数字。

## 原因

Warning 由 RFC 7234 第 5.5 节定义，已被 RFC 9111 废止（[RFC 9111 第 5.5 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.5)）；字段本身已废止这一点由注册表检查报告。格式错误的值没有任何作用，对仍在读取它的软件也是如此。

## 如何修复

删除该字段。若为旧客户端保留，请写成 \`Warning: 110 - "Response is Stale"\`。
`,
  HTTP3125: `请求发送了 \`Pragma: no-cache\`，却没有 Cache-Control。

## 原因

缺少 Cache-Control 时，缓存必须把它当作 \`Cache-Control: no-cache\`（[RFC 9111 第 5.4 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.4)），但 Pragma 已弃用，发送方应当同时发送 Cache-Control。

## 如何修复

加上 \`Cache-Control: no-cache\`；只有在需要照顾 HTTP/1.0 缓存时才保留 Pragma。
`,
  HTTP3126: `\`private\` 或 \`no-cache\` 带字段列表时没有加引号：\`no-cache=Set-Cookie\`。

## 原因

这两条指令使用带引号字符串形式；即使只有一个字段名，发送方也不应使用 token 形式（[RFC 9111 第 5.2.2.4 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2.4)、[RFC 9111 第 5.2.2.7 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2.7)）。有些缓存会把不带引号的形式当作不带限定的 \`no-cache\` 或 \`private\`。

## 如何修复

给列表加引号：\`no-cache="Set-Cookie"\`。
`,
  HTTP3127: `指令的值格式错误：带引号字符串没有闭合、\`=\` 两侧有空白、字段列表中有无效的字段名，或值后面没有逗号就接了其他文本。

## 原因

\`cache-directive = token [ "=" ( token / quoted-string ) ]\` 不允许 \`=\` 两侧有空白（[RFC 9111 第 5.2 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.2)）。不同缓存对这类值的解析各不相同，或者直接丢弃。

## 如何修复

写成不带空格的 \`name=value\`，闭合每个引号，指令之间用逗号分隔。
`,
  HTTP3128: `响应带有 \`must-understand\`，但没有 \`no-store\`。

## 原因

\`must-understand\` 规定只有理解该状态码的缓存才能存储响应。不支持 \`must-understand\` 的缓存会照常存储响应；按设计应与 \`no-store\` 搭配，作为这些缓存的回退（[RFC 9111 第 5.2.2.3 节](https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2.3)）。

## 如何修复

\`Cache-Control: must-understand, no-store\`。
`,
  HTTP3129: `响应设置了 Cookie，并且对共享缓存有新鲜度寿命（\`s-maxage\`、\`max-age\` 或 Expires），却没有能让 Cookie 不进入共享缓存的 \`private\`、\`no-store\` 或 \`no-cache\`。

## 原因

Set-Cookie 并不妨碍缓存存储响应：“带有 Set-Cookie 首部字段的可缓存响应可以（而且经常）被用来满足之后发给缓存的请求”（[RFC 9111 第 7.3 节](https://www.rfc-editor.org/rfc/rfc9111#section-7.3)）。存储了此响应的 CDN 或代理，在响应过期之前会把同一个 Cookie（往往是会话标识）交给它提供该响应的每一个用户。有的 CDN 拒绝缓存这类响应，有的去掉 Cookie，有的原样保留。

## 如何修复

- 只给一个用户的响应：\`Cache-Control: private, max-age=...\`（浏览器仍可保留），或 \`no-store\`。
- 设置 Cookie 的共享响应：\`no-cache="Set-Cookie"\` 或 \`private="Set-Cookie"\` 告诉缓存不要复用这个 Cookie，不过有些缓存会忽略字段列表，把整个响应当作 \`no-cache\` 或 \`private\`。
- 更好的做法是在不被缓存的响应上设置 Cookie，让可缓存的响应不带 Set-Cookie。
`,
};
