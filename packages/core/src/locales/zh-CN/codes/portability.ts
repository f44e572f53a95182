const RC = 'https://github.com/Huachao/vscode-restclient#usage';
const JB = 'https://github.com/JetBrains/http-request-in-editor-spec/blob/master/spec.md';
const HY = 'https://httpyac.github.io/guide/request.html';

const TAIL = (code: string): string =>
  `\n\n可移植性提示只是信息：文件在它所针对的工具中可以正常工作。用 \`# httplens-disable-next-line ${code}\` 屏蔽一处，或用 \`# httplens-disable-file ${code}\` 屏蔽整个文件。`;

/** Simplified Chinese doc pages (markdown) of the 'portability' codes, keyed by code. */
export const portabilityDocsZh: Readonly<Record<string, string>> = {
  HTTP5001: `以 \`#\` 或 \`//\` 开头的行在请求首部中是注释。在主体中各工具的处理不同：REST Client 和 httpYac 会删除这些行，JetBrains HTTP Client 把它们当作主体文本保留。\n\n**修正：**避免在主体中使用以 \`#\` 或 \`//\` 开头的行，或将其缩进。\n\n参见 [REST Client](${RC})、[JetBrains 规范](${JB})。${TAIL('HTTP5001')}`,
  HTTP5002: `请求之间用 \`###\` 分隔。httpYac 还会在空行之后的请求行处开始新请求；其他工具则把它留在上一个请求的主体中。\n\n**修正：**在请求行前加上 \`###\`。\n\n参见 [httpYac 请求](${HY})。${TAIL('HTTP5002')}`,
  HTTP5003: `httpYac 把以 \`,\` 结尾的首部行当作可以继续的列表并删除逗号；其他工具按原样发送。\n\n**修正：**删除末尾的逗号。${TAIL('HTTP5003')}`,
  HTTP5004: `httpYac 会把双花括号之间的任何表达式当作 JavaScript 执行。REST Client 和 JetBrains HTTP Client 只替换变量名；httplens 从不执行 JavaScript。\n\n**修正：**把计算结果放进变量。${TAIL('HTTP5004')}`,
  HTTP5005: `httpYac 用 \`?? status == 200\` 这样的行检查响应，其他工具没有这种语法。\n\n**修正：**只在面向 httpYac 的文件中使用。${TAIL('HTTP5005')}`,
  HTTP5006: `JetBrains 的响应处理器（httpYac 也支持）在 REST Client 中没有对应物，REST Client 会把这些行留在主体中。\n\n**修正：**在面向 REST Client 的文件中删除处理器。\n\n参见 [JetBrains 响应处理器](${JB})。${TAIL('HTTP5006')}`,
  HTTP5007: `多行主体发送时的换行符取决于机器：REST Client 和 httpYac 用操作系统的换行符（Windows 上为 CRLF，其他系统为 LF）连接主体各行，Git 的 \`core.autocrlf\` 也会在 Windows 检出时把 LF 变成 CRLF。空白无关紧要的主体（JSON、表单数据、GraphQL）不会报告；multipart 主体和文本主体会报告。\`Content-Type: {{type}}\` 会通过写在请求之前的文件变量读取；没有文件变量给出的类型（来自环境的）不会报告。\n\n**修正：**在 \`.gitattributes\` 中加入 \`*.http text eol=lf\`（服务器需要 CRLF 时用 \`eol=crlf\`）。${TAIL('HTTP5007')}`,
  HTTP5008: `REST Client 用 \`{{name.response.body.$.path}}\` 读取之前的响应。JetBrains HTTP Client 在响应处理器中使用 \`client.global.set\`；httpYac 以 \`{{name.field}}\` 提供解析后的响应。\n\n**修正：**让文件只面向 REST Client，或使用各工具自己的写法。${TAIL('HTTP5008')}`,
  HTTP5009: `每个工具都有自己的动态变量：REST Client 有 \`$guid\`、\`$datetime\`、\`$localDatetime\`、\`$processEnv\`、\`$dotenv\`；JetBrains 有 \`$uuid\`、\`$isoTimestamp\`、\`$random.*\`；\`$timestamp\` 和 \`$randomInt\` 两者都有。\n\n**修正：**使用所有目标工具都认识的变量。${TAIL('HTTP5009')}`,
  HTTP5010: `REST Client 会对 \`{{%name}}\` 的值做百分号编码。其他工具把 \`%name\` 当作未知名称。\n\n**修正：**把编码后的值存入变量。${TAIL('HTTP5010')}`,
  HTTP5011: `JetBrains 规范允许较长的 URL 在缩进行上继续。REST Client 只在以 \`?\` 或 \`&\` 开头的行上继续 URL。\n\n**修正：**续行以 \`?\` 或 \`&\` 开头，或把 URL 写在一行内。${TAIL('HTTP5011')}`,
  HTTP5012: `\`>> ./file\` 把响应保存到文件（\`>>!\` 会覆盖）。REST Client 没有这种语法。${TAIL('HTTP5012')}`,
  HTTP5013: `\`<> ./previous.json\` 链接一个之前的响应以便比较。REST Client 没有这种语法。${TAIL('HTTP5013')}`,
  HTTP5014: `JetBrains HTTP Client 会在请求前运行脚本。httpYac 有自己的 \`{{ }}\` 脚本块；REST Client 没有脚本。${TAIL('HTTP5014')}`,
  HTTP5015: `有这个首部时，REST Client 会把主体转成 GraphQL JSON 载荷（并且不发送该首部）。httpYac 根据以 \`query\`、\`mutation\` 或 \`fragment\` 开头的主体识别 GraphQL；JetBrains 使用 \`GRAPHQL\` 方法。${TAIL('HTTP5015')}`,
  HTTP5016: `方法区分大小写（RFC 9110 §9.1）。REST Client 不区分大小写地匹配方法并以大写发送；httpYac 只识别大写方法。\n\n**修正：**用大写书写方法。${TAIL('HTTP5016')}`,
  HTTP5017: `httpYac 会运行 \`{{\` 与 \`}}\` 两行之间的 JavaScript。httplens 把该块保留为节点，从不运行。${TAIL('HTTP5017')}`,
  HTTP5018: `JetBrains HTTP Client 用 \`import ./other.http\` 导入另一个文件中的请求，用 \`run #名称\`、\`run ./other.http\` 或 \`run #名称 (@host=example.com)\` 运行请求。httplens 把这些行保留为文件的指令，\`httplens send --all\` 和编辑器的“全部发送”会像 JetBrains 客户端运行整个文件时那样，在它们所在的位置执行它们；REST Client 和 httpYac 会把这样的行当作请求行。${TAIL('HTTP5018')}`,
  HTTP5019: `REST Client 认为主体（multipart 主体和它的 GraphQL 请求除外，后者的变量写在空行之后）在第一个空行处结束，之后的内容都不发送：内部带空行的 JSON 主体到达服务器时是不完整的。其他工具和 httplens 会发送整个主体。\n\n**修正：**去掉准备给 REST Client 使用的主体中的空行。${TAIL('HTTP5019')}`,
  HTTP5020: `同一行有三种含义。REST Client 没有按请求设置的超时（只有 \`rest-client.timeoutinmilliseconds\` 设置），会忽略它。httpYac 把 \`# @timeout 1000\` 读作整个交换的 1000 毫秒，并忽略 \`@connection-timeout\`。JetBrains HTTP Client 把 \`# @timeout 1000\` 读作等待响应下一段数据的 1000 秒，把 \`# @connection-timeout 2 m\` 读作建立连接的两分钟；\`ms\`、\`s\` 和 \`m\` 选择单位。httplens 按文件的方言发送请求（\`auto\` 与 JetBrains HTTP Client 相同；\`rest-client\` 不使用这些超时）。\n\n**修正：**只给一个工具使用的文件无需修正；在 httpYac 和 JetBrains HTTP Client 之间共用的文件中写上单位（\`# @timeout 500 ms\` 在两者中等待的时间相同，只是针对交换的不同部分）。\n\n参见 [JetBrains HTTP Client：请求超时](https://www.jetbrains.com/help/idea/exploring-http-syntax.html) 和 [httpYac 元数据](https://httpyac.github.io/guide/metaData.html)。${TAIL('HTTP5020')}`,
  HTTP5021: `JetBrains 规范允许字段值在缩进行上继续（\`field-value\` 是一行加上可选的若干缩进行）。使用 \`jetbrains\` 方言和 \`auto\` 时，httplens 按这种方式读取字段值，每个换行符变成一个空格，与 HTTP/1.1 接收方替换已废弃的行折叠（RFC 9112 §5.2）的做法相同。REST Client 把缩进行当作单独的首部行，由于它没有冒号，请求不会发送；httpYac 则在第一个不是首部字段的行开始主体。\n\n**修正：**把字段值写在一行内。\n\n规范：[JetBrains 首部](${JB})、[RFC 9112 §5.2](https://www.rfc-editor.org/rfc/rfc9112#section-5.2)。${TAIL('HTTP5021')}`,
  HTTP5022: `httpYac 在第一个不是 \`名称: 值\` 的行结束首部并从那里开始主体，无论前面有没有空行。其他工具只在空行处结束首部：REST Client 会拒绝这样的请求（首部名称必须是记号），JetBrains HTTP Client 会把这些行当作首部。\n\n**修正：**在主体之前插入一个空行。\n\n参见 [httpYac 请求](${HY})、[JetBrains 报文主体](${JB})。${TAIL('HTTP5022')}`,
  HTTP5023: `httpYac 用作为主体第一行的 \`gql name < ./query.graphql\` 从文件读取请求的 GraphQL 查询，并运行操作 \`name\`。其他工具没有这种写法。\n\n**修正：**只在面向 httpYac 的文件中使用，或者把查询写在主体中。\n\n参见 [httpYac GraphQL](https://httpyac.github.io/guide/request.html#graphql)。${TAIL('HTTP5023')}`,
};
