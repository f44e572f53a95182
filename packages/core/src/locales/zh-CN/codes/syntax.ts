/** Simplified Chinese doc pages (markdown) of the 'syntax' codes, keyed by code. */
export const syntaxDocsZh: Readonly<Record<string, string>> = {
  HTTP2000: `字段值在这个字符处不符合该字段的语法。消息中给出语法在此处期望的 ABNF 规则（或字面量），例如 \`token\`、\`quoted-string\` 或 \`"="\`，以及实际出现的字符。

## 如何修复

对照该字段的定义检查字段值（字段名的悬停提示中有链接）。常见原因：token 中有空格；参数缺少 \`=\`；在只允许 token 字符的位置出现了 \`/\`、\`@\` 等分隔符（应改用带引号的字符串）；列表用 \`;\` 而不是 \`,\` 分隔。

通用规则见 [RFC 9110 第 5.6 节](https://www.rfc-editor.org/rfc/rfc9110#section-5.6)。`,
  HTTP2001: `语法尚未完整，字段值就结束了：消息中给出的规则（例如 \`subtype\`、\`">"\` 或 \`last-pos\`）本应出现在末尾。通常是字段值被截断，或者模板变量被解析成了空字符串。

见 [RFC 9110 第 5.6 节](https://www.rfc-editor.org/rfc/rfc9110#section-5.6)。`,
  HTTP2002: `\`quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE\`。开头的双引号没有对应的结尾双引号，于是字段值的其余部分都被当作字符串内容。字符串内部的 \`"\` 必须转义为 \`\\"\`。

见 [RFC 9110 第 5.6.4 节](https://www.rfc-editor.org/rfc/rfc9110#section-5.6.4)。`,
  HTTP2003: `在逗号分隔的列表（\`#rule\`）中，接收方必须接受并忽略空元素，例如 \`a, , b\` 或结尾多出的逗号；但发送方不得生成空元素。请删除多余的逗号。

见 [RFC 9110 第 5.6.1 节](https://www.rfc-editor.org/rfc/rfc9110#section-5.6.1)。`,
  HTTP2004: `\`parameter = parameter-name "=" parameter-value\` 的 \`=\` 两侧没有空白（这一点与允许"坏"空白的 auth-param 不同）。很多接收方不接受 \`charset = utf-8\`，请写成 \`charset=utf-8\`。

见 [RFC 9110 第 5.6.6 节](https://www.rfc-editor.org/rfc/rfc9110#section-5.6.6)。`,
  HTTP2005: `同一个参数列表中某个参数名出现了两次。接收方对哪个值生效的处理各不相同（取第一个、取最后一个或报错），含义因此不明确。只保留一个。

见 [RFC 9110 第 5.6.6 节](https://www.rfc-editor.org/rfc/rfc9110#section-5.6.6)。`,
  HTTP2006: `\`comment = "(" *( ctext / quoted-pair / comment ) ")"\`。注释（出现在 User-Agent、Server 和 Via 中）可以嵌套，每个 \`(\` 都需要对应的 \`)\`。注释内部的字面括号要转义为 \`\\(\`。

见 [RFC 9110 第 5.6.5 节](https://www.rfc-editor.org/rfc/rfc9110#section-5.6.5)。`,
  HTTP2007: `方括号中的主机是 IP 字面量：IPv6 地址（例如 \`[2001:db8::1]\`）或 IPvFuture（\`[v1.x]\`）。方括号内的文本两者都不是：分组过多、某个分组超过四个十六进制数字，或者 \`::\` 用了两次。

见 [RFC 3986 第 3.2.2 节](https://www.rfc-editor.org/rfc/rfc3986#section-3.2.2)。`,
  HTTP2010: `字段值中绝不能出现 CR 或 LF：换行会结束字段行，所以含换行的字段值要么被截断，要么在拼进报文时注入另一个首部字段或主体（首部注入、请求走私）。接收方必须拒绝该报文，或把该字符替换为 SP。

见 [RFC 9110 第 5.5 节](https://www.rfc-editor.org/rfc/rfc9110#section-5.5)。`,
  HTTP2011: `含 NUL 的字段值既无效又危险：有的接收方在此截断字符串，有的则保留它。接收方必须拒绝该报文，或把 NUL 替换为 SP。

见 [RFC 9110 第 5.5 节](https://www.rfc-editor.org/rfc/rfc9110#section-5.5)。`,
  HTTP2012: `\`field-value = *field-content\` 只允许可见字符、SP、HTAB 和 obs-text。其他控制字符（U+0001 至 U+001F 中除 HTAB 以外的字符，以及 DEL）都是无效的，许多接收方会拒绝整个报文。请删除该字符或先进行编码。

见 [RFC 9110 第 5.5 节](https://www.rfc-editor.org/rfc/rfc9110#section-5.5)。`,
  HTTP2013: `字段值应当是 ASCII。出于历史原因，0x7F 以上的字节（obs-text）可以被容忍，但其含义没有定义：各接收方的解码方式不同（Latin-1、UTF-8 或干脆不解码），超出 Latin-1 的字符更是无法用单个字节发送。请先编码：URI 中用百分号编码，参数中用 RFC 8187 的 \`filename*=UTF-8''...\`，或使用结构化字段的 Display String。

见 [RFC 9110 第 5.5 节](https://www.rfc-editor.org/rfc/rfc9110#section-5.5) 和 [RFC 8187](https://www.rfc-editor.org/rfc/rfc8187)。`,
  HTTP2014: `该字段的语法至少需要一个元素，但字段值为空（或只有空白）。空字段值通常是模板变量被解析成了空，或者字段只写了一半。请给出字段值，或删除该字段。

见 [RFC 9110 第 5.5 节](https://www.rfc-editor.org/rfc/rfc9110#section-5.5)。`,
  HTTP2015: `接收方必须接受过时的 rfc850 格式（\`Sunday, 06-Nov-94 08:49:37 GMT\`）和 asctime 格式（\`Sun Nov  6 08:49:37 1994\`），但发送方只能生成 IMF-fixdate：\`Sun, 06 Nov 1994 08:49:37 GMT\`。rfc850 的两位年份还有歧义。消息中给出了同一时刻的 IMF-fixdate 写法。

见 [RFC 9110 第 5.6.7 节](https://www.rfc-editor.org/rfc/rfc9110#section-5.6.7)。`,
  HTTP2016: `HTTP-date 形如 \`Sun, 06 Nov 1994 08:49:37 GMT\`：三个字母的星期名、逗号、两位数的日、三个字母的月份、四位数的年、时间和 \`GMT\`，区分大小写，各部分之间只有一个空格。ISO 8601 日期、数字时区（\`+0000\`）和 Unix 时间戳都不是 HTTP-date；接收方会把无效日期当作不存在，对 Expires 则视为已经过期。原因中给出了出错的部分。

见 [RFC 9110 第 5.6.7 节](https://www.rfc-editor.org/rfc/rfc9110#section-5.6.7)。`,
  HTTP2017: `日期本身有效，但星期名不对：这个值很可能是手工拼出来的，或者来自有缺陷的格式化程序。接收方只使用日期、忽略星期名，所以这个错误提示其他部分也可能有问题。请用能输出 IMF-fixdate 的库来生成日期。

见 [RFC 9110 第 5.6.7 节](https://www.rfc-editor.org/rfc/rfc9110#section-5.6.7)。`,
  HTTP2018: `语言标签由若干子标签组成，子标签是一到八个字母或数字，用连字符分隔：先是主语言（\`en\`、\`zh\`），然后可选地依次是文字（\`Hans\`）、地区（\`CN\`、\`419\`）、变体和扩展，例如 \`zh-Hans-CN\`。不允许使用下划线（\`zh_CN\`）。Accept-Language 中的语言范围还允许 \`*\`。

见 [RFC 5646 第 2.1 节](https://www.rfc-editor.org/rfc/rfc5646#section-2.1) 和 [RFC 4647 第 2.1 节](https://www.rfc-editor.org/rfc/rfc4647#section-2.1)。`,
  HTTP2019: `该字段（或指令）取值为 \`1*DIGIT\`：只能是十进制数字，不能有正负号、小数点、指数或单位。例如 \`0\`、\`3600\`。

见 [RFC 9110 第 5.6 节](https://www.rfc-editor.org/rfc/rfc9110#section-5.6)。`,
};
