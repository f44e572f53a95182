import { defineCodes, type CodeDefinition } from '../define.js';

const REST_CLIENT = 'https://github.com/Huachao/vscode-restclient#usage';
const JETBRAINS = 'https://github.com/JetBrains/http-request-in-editor-spec/blob/master/spec.md';
const HTTPYAC = 'https://httpyac.github.io/guide/request.html';

function code(num: string, messageId: string, title: [string, string], message: [string, string], doc: string): CodeDefinition {
  return {
    code: `HTTP${num}`,
    messageId,
    severity: 'info',
    area: 'portability',
    message: { en: message[0], 'zh-CN': message[1] },
    title: { en: title[0], 'zh-CN': title[1] },
    doc: `# HTTP${num}: ${title[0]}\n\n${doc}\n\nPortability notes are information: the file works in the tool it was written for. Silence one with \`# httplens-disable-next-line HTTP${num}\` or for the whole file with \`# httplens-disable-file HTTP${num}\`.`,
  };
}

/**
 * Codes of the 'portability' area (see AREA_RANGES): places where REST Client, the JetBrains HTTP Client
 * and httpYac read the same `.http` file differently. Every message names the tools affected.
 */
export const portabilityCodes = defineCodes([
  code('5001', 'commentInBody', ['Comment line inside a body', '主体中的注释行'], ['This line starts like a comment: REST Client and httpYac drop it from the body, the JetBrains HTTP Client sends it.', '此行以注释符开头：REST Client 和 httpYac 会把它从主体中去掉，JetBrains HTTP Client 会发送它。'],
    `Lines starting with \`#\` or \`//\` are comments in the request head. Inside a body the tools disagree: REST Client and httpYac remove them, the JetBrains HTTP Client keeps them as body text.\n\n**Fix:** avoid lines that start with \`#\` or \`//\` in bodies, or indent them.\n\nSee [REST Client usage](${REST_CLIENT}), [JetBrains spec](${JETBRAINS}).`),
  code('5002', 'requestWithoutSeparator', ['Request line without "###"', '请求行前没有 "###"'], ['httpYac reads this line as a new request; REST Client and the JetBrains HTTP Client read it as part of the previous body.', 'httpYac 把此行当作新的请求；REST Client 和 JetBrains HTTP Client 把它当作上一个请求主体的一部分。'],
    `Requests are separated by \`###\`. httpYac also starts a new request at a request line that follows a blank line; the other tools keep it in the previous body.\n\n**Fix:** put \`###\` before the request line.\n\nSee [httpYac requests](${HTTPYAC}).`),
  code('5003', 'headerTrailingComma', ['Header value ends with a comma', '首部字段值以逗号结尾'], ['httpYac strips the trailing comma of this value; REST Client and the JetBrains HTTP Client send it.', 'httpYac 会去掉该值末尾的逗号；REST Client 和 JetBrains HTTP Client 会原样发送。'],
    `httpYac treats a header line ending with \`,\` as a list it may continue and removes the comma; the other tools send the value as written.\n\n**Fix:** remove the trailing comma.\n\nSee [httpYac requests](${HTTPYAC}).`),
  code('5004', 'javascriptInTemplate', ['JavaScript inside {{ }}', '{{ }} 中的 JavaScript'], ['Only httpYac evaluates "{expression}"; REST Client and the JetBrains HTTP Client send it unresolved.', '只有 httpYac 会执行 "{expression}"；REST Client 和 JetBrains HTTP Client 会原样发送。'],
    `httpYac evaluates any expression between double braces as JavaScript. REST Client and the JetBrains HTTP Client substitute variable names only; httplens never evaluates JavaScript.\n\n**Fix:** compute the value into a variable.\n\nSee [httpYac variables](https://httpyac.github.io/guide/variables.html).`),
  code('5005', 'assertLine', ['httpYac assert line', 'httpYac 断言行'], ['"??" asserts are httpYac-only; REST Client and the JetBrains HTTP Client send this line as body text.', '"??" 断言只在 httpYac 中有效；REST Client 和 JetBrains HTTP Client 会把此行当作主体文本发送。'],
    `httpYac checks responses with lines such as \`?? status == 200\`. The other tools know no such syntax.\n\n**Fix:** use it only in files meant for httpYac.\n\nSee [httpYac assert](https://httpyac.github.io/guide/assert.html).`),
  code('5006', 'handlerForRestClient', ['Response handler in a REST Client file', 'REST Client 文件中的响应处理器'], ['REST Client does not run "> {% %}" handlers: it sends them as body text.', 'REST Client 不运行 "> {% %}" 处理器：它会把它们当作主体文本发送。'],
    `JetBrains response handlers (and httpYac's support of them) have no equivalent in REST Client, which keeps the lines in the body.\n\n**Fix:** remove the handler in files meant for REST Client.\n\nSpec: [JetBrains response handler](${JETBRAINS}).`),
  code('5007', 'lineEndingsInBody', ['Line endings in a body depend on the checkout', '主体中的换行符取决于检出方式'], ['This multi-line body has {style} line endings in the file; REST Client and httpYac join body lines with the operating system\'s line ending, and Git may change the file\'s line endings on checkout.', '此多行主体在文件中使用 {style} 换行符；REST Client 和 httpYac 用操作系统的换行符连接主体各行，而 Git 检出时也可能改变文件的换行符。'],
    `A multi-line body is sent with line endings that depend on the machine: REST Client and httpYac join body lines with the operating system's line ending (CRLF on Windows, LF elsewhere), and Git's \`core.autocrlf\` turns LF into CRLF on Windows checkouts. Bodies where whitespace does not matter (JSON, form data, GraphQL) are not reported; multipart bodies and text bodies are.\n\n**Fix:** add \`*.http text eol=lf\` to \`.gitattributes\` (or \`eol=crlf\` when the server needs CRLF).`),
  code('5008', 'requestVariableChaining', ['REST Client request variable', 'REST Client 请求变量'], ['"{expression}" is REST Client syntax; the JetBrains HTTP Client and httpYac do not resolve it.', '"{expression}" 是 REST Client 语法；JetBrains HTTP Client 和 httpYac 不会解析它。'],
    `REST Client reads earlier responses with \`{{name.response.body.$.path}}\`. The JetBrains HTTP Client uses \`client.global.set\` in a response handler; httpYac exposes the parsed response as \`{{name.field}}\`.\n\n**Fix:** keep the file for REST Client, or use each tool's own form.\n\nSee [REST Client request variables](${REST_CLIENT}).`),
  code('5009', 'dialectDynamicVariable', ['Dynamic variable of one tool', '仅某个工具支持的动态变量'], ['"{name}" is known to {supported} only.', '"{name}" 只有 {supported} 支持。'],
    `Each tool has its own dynamic variables: REST Client \`$guid\`, \`$datetime\`, \`$localDatetime\`, \`$processEnv\`, \`$dotenv\`; JetBrains \`$uuid\`, \`$isoTimestamp\`, \`$random.*\`; both \`$timestamp\` and \`$randomInt\`.\n\n**Fix:** use a variable all target tools know.\n\nSee [REST Client system variables](${REST_CLIENT}).`),
  code('5010', 'percentVariable', ['Percent-encoded variable', '百分号编码变量'], ['"{{%{name}}}" is REST Client syntax; the JetBrains HTTP Client and httpYac do not resolve it.', '"{{%{name}}}" 是 REST Client 语法；JetBrains HTTP Client 和 httpYac 不会解析它。'],
    `REST Client percent-encodes the value of \`{{%name}}\`. Other tools read \`%name\` as an unknown name.\n\n**Fix:** store the encoded value in a variable.\n\nSee [REST Client variables](${REST_CLIENT}).`),
  code('5011', 'indentedContinuation', ['Indented URL continuation', '缩进的 URL 续行'], ['Only the JetBrains HTTP Client and httpYac join this indented line to the URL; REST Client reads it as a header line.', '只有 JetBrains HTTP Client 和 httpYac 会把这一缩进行接到 URL 上；REST Client 会把它当作首部行。'],
    `The JetBrains spec lets a long URL continue on indented lines. REST Client continues a URL only on lines starting with \`?\` or \`&\`.\n\n**Fix:** start continuation lines with \`?\` or \`&\`, or keep the URL on one line.\n\nSpec: [JetBrains request target](${JETBRAINS}).`),
  code('5012', 'outputRedirect', ['Output redirect', '输出重定向'], ['">>" output redirects work in the JetBrains HTTP Client and httpYac; REST Client sends the line as body text.', '">>" 输出重定向只在 JetBrains HTTP Client 和 httpYac 中有效；REST Client 会把此行当作主体文本发送。'],
    `\`>> ./file\` saves the response to a file (\`>>!\` overwrites). REST Client has no such syntax.\n\nSpec: [JetBrains response redirect](${JETBRAINS}).`),
  code('5013', 'responseReference', ['Response reference', '响应引用'], ['"<>" response references work in the JetBrains HTTP Client and httpYac; REST Client sends the line as body text.', '"<>" 响应引用只在 JetBrains HTTP Client 和 httpYac 中有效；REST Client 会把此行当作主体文本发送。'],
    `\`<> ./previous.json\` links an earlier response for comparison. REST Client has no such syntax.\n\nSpec: [JetBrains response reference](${JETBRAINS}).`),
  code('5014', 'preRequestScript', ['Pre-request script', '请求前脚本'], ['"< {% %}" scripts run in the JetBrains HTTP Client only; httpYac and REST Client read the line differently.', '"< {% %}" 脚本只在 JetBrains HTTP Client 中运行；httpYac 和 REST Client 对此行的理解不同。'],
    `The JetBrains HTTP Client runs a script before the request. httpYac has its own \`{{ }}\` script blocks; REST Client has none.\n\nSee [JetBrains pre-request scripts](https://www.jetbrains.com/help/idea/http-client-reference.html).`),
  code('5015', 'graphqlRequestType', ['GraphQL request marker', 'GraphQL 请求标记'], ['"X-Request-Type: GraphQL" is REST Client\'s marker; the JetBrains HTTP Client and httpYac send it as an ordinary header.', '"X-Request-Type: GraphQL" 是 REST Client 的标记；JetBrains HTTP Client 和 httpYac 会把它当作普通首部发送。'],
    `REST Client turns a body into a GraphQL JSON payload when this header is present (and does not send the header). httpYac detects GraphQL from a body starting with \`query\`, \`mutation\` or \`fragment\`; JetBrains uses the \`GRAPHQL\` method.\n\nSee [REST Client GraphQL](${REST_CLIENT}).`),
  code('5016', 'lowercaseMethod', ['Lower-case method', '小写的方法'], ['REST Client accepts "{method}", but httpYac reads the whole line as a GET URL and the JetBrains HTTP Client sends it in lower case.', 'REST Client 接受 "{method}"，但 httpYac 会把整行当作 GET 的 URL，JetBrains HTTP Client 则以小写发送。'],
    `Methods are case-sensitive (RFC 9110 §9.1). REST Client matches them case-insensitively and sends them in upper case; httpYac recognises upper-case methods only.\n\n**Fix:** write the method in upper case.\n\nSpec: [RFC 9110 §9.1](https://www.rfc-editor.org/rfc/rfc9110#section-9.1).`),
  code('5017', 'httpyacScriptBlock', ['httpYac script block', 'httpYac 脚本块'], ['"{{ }}" script blocks run in httpYac only; REST Client and the JetBrains HTTP Client read these lines as request text.', '"{{ }}" 脚本块只在 httpYac 中运行；REST Client 和 JetBrains HTTP Client 会把这些行当作请求文本。'],
    `httpYac runs JavaScript between lines \`{{\` and \`}}\`. httplens keeps the block as a node and never runs it.\n\nSee [httpYac scripting](https://httpyac.github.io/guide/scripting.html).`),
  code('5018', 'jetbrainsDirective', ['JetBrains import or run line', 'JetBrains 的 import 或 run 行'], ['"{directive}" is a directive of the JetBrains HTTP Client; REST Client and httpYac read this line as a request.', '"{directive}" 是 JetBrains HTTP Client 的指令；REST Client 和 httpYac 会把这一行当作请求。'],
    `The JetBrains HTTP Client imports the requests of another file with \`import ./other.http\` and runs requests with \`run #Name\`, \`run ./other.http\` or \`run #Name (@host=example.com)\`. httplens keeps these lines as directives of the file and never runs them; REST Client and httpYac take such a line for a request line.\n\nSee [JetBrains HTTP Client: import and run requests](https://www.jetbrains.com/help/idea/exploring-http-syntax.html).`),
  code('5019', 'bodyAfterBlankLine', ['Body text after a blank line', '空行之后的主体内容'], ['REST Client ends the body at the blank line before this and does not send these lines; the JetBrains HTTP Client and httpYac send them.', 'REST Client 在此前的空行处结束主体，不会发送这些行；JetBrains HTTP Client 和 httpYac 会发送。'],
    `REST Client takes a body (other than multipart, and than its GraphQL requests, whose variables follow a blank line) to end at its first blank line, and sends nothing after it: a JSON body with a blank line inside reaches the server cut short. The other tools, and httplens, send the whole body.\n\n**Fix:** remove blank lines inside bodies meant for REST Client.\n\nSee [REST Client issue 340](https://github.com/Huachao/vscode-restclient/issues/340).`),
]);
