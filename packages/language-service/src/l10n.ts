import { humanizeDuration, type Locale } from '@httplens/core';

type Table = Readonly<Record<string, string>>;

const EN: Table = {
  fileVariable: 'File variable.',
  unknownField: 'Not a registered field, nor a widely used nonstandard one.',
  'status.provisional': 'provisional',
  'status.deprecated': 'deprecated',
  'status.obsoleted': 'obsoleted',
  'status.nonstandard': 'nonstandard',
  replacedBy: 'Use instead:',
  'appearsIn.request': 'Requests',
  'appearsIn.response': 'Responses',
  'appearsIn.both': 'Requests and responses',
  list: 'list',
  singleton: 'singleton',
  structured: 'Structured Field',
  spec: 'Specification',
  'directive.unknown': 'An extension directive: caches that do not understand it ignore it.',
  'directive.max-age': 'In a response: fresh for this many seconds after it was generated. In a request: accept a stored response no older than this.',
  'directive.max-age.response': 'Fresh for this many seconds after it was generated.',
  'directive.max-age.request': 'The client accepts a stored response no older than this many seconds.',
  'directive.s-maxage': 'For shared caches only: overrides max-age and Expires, and implies proxy-revalidate.',
  'directive.no-cache': 'Caches may store the response but must revalidate it with the origin before every reuse.',
  'directive.no-cache.request': 'The client wants no stored response used without successful revalidation with the origin.',
  'directive.no-cache.fields': 'Caches may reuse the response without revalidation, but not these fields: {0}. Many caches ignore the list and revalidate every time, as for a plain no-cache.',
  'directive.no-store': 'No cache may store any part of the request or response.',
  'directive.no-transform': 'Intermediaries must not transform the content (recompress images, minify).',
  'directive.must-revalidate': 'Once stale, the response must not be served without successful revalidation.',
  'directive.proxy-revalidate': 'As must-revalidate, for shared caches only.',
  'directive.must-understand': 'Store only if the cache understands the status code\'s caching requirements.',
  'directive.private': 'Only a private (browser) cache may store the response.',
  'directive.private.fields': 'Shared caches may store the response without these fields: {0}. Only a private (browser) cache may store them. Many caches ignore the list and do not store the response at all, as for a plain private.',
  'directive.public': 'Any cache may store the response, even with Authorization or a status that is not heuristically cacheable.',
  'directive.immutable': 'The response will not change while fresh: clients need not revalidate it on reload.',
  'directive.stale-while-revalidate': 'After it goes stale, the response may be served for this many seconds while a revalidation runs in the background.',
  'directive.stale-if-error': 'The stale response may be served for this many seconds when revalidation fails with an error.',
  'directive.max-stale': 'The client accepts a stale response, stale by at most this many seconds (any, without a value).',
  'directive.min-fresh': 'The client wants a response that stays fresh for at least this many more seconds.',
  'directive.only-if-cached': 'The client wants a stored response only; otherwise 504 (Gateway Timeout).',
  now: 'now',
  inFuture: 'in {0}',
  inPast: '{0} ago',
  caching: 'Caching',
  sharedCache: 'shared cache',
  privateCache: 'private cache',
  unresolved: 'unresolved',
  'source.file': 'From the file variable @{0}.',
  'source.import': 'From the file variable @{0} of {1} (# @import).',
  'source.loop': 'Set by each pass of the # @loop ({0}).',
  'source.environment': 'From the environment {0} ({1}).',
  'source.environmentOnly': 'From the environment {0}.',
  'completion.environment': 'environment {0}',
  'completion.shared': 'environment ($shared)',
  'completion.otherEnvironment': 'environment (not selected)',
  'source.dotenv': 'From the .env file ({0}).',
  'source.processEnv': 'From the process environment ({0}).',
  'source.prompt': 'Asked when the request is sent (@prompt {0}).',
  'source.run': 'Given by the run line that sends this request (@{0}=...).',
  'source.global': 'Set by the response handler of a request sent before (client.global.set("{0}", ...)).',
  'source.dynamic': 'A dynamic variable ({0}): a new value on every send.',
  'source.request': 'From the request named {0} (its last response).',
  requestName: 'Other requests use its last response: {0}, {1}.',
  requestNameUses: 'References in this file: {0}.',
  unknownCode: 'Not a diagnostic code of httplens.',
  docs: 'Documentation',
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'information',
  'severity.hint': 'hint',
  'unresolved.undefined': 'Not defined in the file or the selected environment.',
  'unresolved.script': 'A script expression: httplens never evaluates JavaScript.',
  'unresolved.no-response': 'The named request has no response yet: send it first.',
  'unresolved.bodyOmitted': 'The body of its response ({0}) was not kept: send the named request again with this file open to keep it.',
  'unresolved.not-found': 'Not found in the named request\'s response.',
  'unresolved.unavailable': 'Not available here (an untrusted workspace, or no access to files and environment).',
  'unresolved.circular': 'Defined in terms of itself.',
  'unresolved.unanswered': 'The prompt was not answered.',
  'auth.token': 'The access token of the OAuth 2.0 configuration “{0}” (Security.Auth of the selected environment), got when the request is sent, for the Authorization Code (signed in through the browser), Device Authorization, Client Credentials and Password grants.',
  'auth.idToken': 'The ID token of the OAuth 2.0 configuration “{0}” (Security.Auth of the selected environment), got when the request is sent, for the Authorization Code (signed in through the browser), Device Authorization, Client Credentials and Password grants.',
  'auth.configured': 'In the environment “{0}”: {1}.',
  faker: 'A value of the Java Faker library that httplens does not generate: the JetBrains HTTP Client generates it when it sends the request; httplens leaves the reference as written.',
  'auth.missing': 'The selected environment “{0}” has no such configuration, so the request is not sent.',
  'auth.noEnvironment': 'No environment is selected, so the request is not sent.',
  'auth.definedIn': 'Environments that define it: {0}.',
  'auth.undefined': 'No environment defines it.',
  'question.input': 'Asked when the request is sent: “{0}”, in an input box.',
  'question.password': 'Asked when the request is sent: “{0}”, in an input box that hides what is typed.',
  'question.pick': 'Asked when the request is sent: “{0}”, one of {1}.',
  'question.value': 'Proposed answer: `{0}`.',
  'question.askOnce': 'Asked once a session; a file or environment variable of that name answers it instead.',
  'fix.rename': 'Change to {0}',
  'fix.removeDirective': 'Remove {0}',
  'fix.addCharset': 'Add charset=utf-8',
  'fix.addContentType': 'Add Content-Type: {0}',
  'fix.suppress': 'Ignore {0} on the next line',
  'fix.userinfoToAuthorization': 'Move the credentials from the URL to an Authorization field',
  'fix.timeoutMilliseconds': 'Change to {0} (milliseconds)',
  'fix.timeoutSeconds': 'Change to {0} (seconds)',
  'fix.suppressFile': 'Ignore {0} in this file',
  'fix.blankLineBeforeBody': 'Insert a blank line before the body',
  'fix.addColon': 'Add ":" after {0}',
  'refactor.fromCurl': 'Convert cURL command to request',
  'refactor.copyAsCurl': 'Copy as cURL',
  'refactor.expiresToMaxAge': 'Convert Expires to Cache-Control: max-age={0}',
  'refactor.split': 'Split {0} into one line per member',
  'lens.send': 'Send Request',
  'lens.sendAll': 'Send All',
  'lens.run': 'Run',
  'lens.unsupported': '{0} requests are not sent by httplens',
};

const ZH: Table = {
  fileVariable: '文件变量。',
  unknownField: '既不是已注册的首部字段，也不是常见的非标准字段。',
  'status.provisional': '临时注册',
  'status.deprecated': '已弃用',
  'status.obsoleted': '已废止',
  'status.nonstandard': '非标准',
  replacedBy: '请改用：',
  'appearsIn.request': '请求',
  'appearsIn.response': '响应',
  'appearsIn.both': '请求和响应',
  list: '列表',
  singleton: '单值',
  structured: '结构化字段',
  spec: '规范',
  'directive.unknown': '扩展指令：不理解它的缓存会忽略它。',
  'directive.max-age': '在响应中：生成后这么多秒内是新鲜的。在请求中：只接受年龄不超过此值的已存储响应。',
  'directive.max-age.response': '生成后这么多秒内是新鲜的。',
  'directive.max-age.request': '客户端只接受年龄不超过这么多秒的已存储响应。',
  'directive.s-maxage': '只对共享缓存有效：覆盖 max-age 和 Expires，并隐含 proxy-revalidate。',
  'directive.no-cache': '缓存可以存储响应，但每次复用前都必须向源服务器重新验证。',
  'directive.no-cache.request': '客户端希望未经源服务器成功重新验证的已存储响应都不被使用。',
  'directive.no-cache.fields': '缓存可以不经重新验证就复用该响应，但这些字段除外：{0}。许多缓存忽略这个列表，像对不带列表的 no-cache 一样每次都重新验证。',
  'directive.no-store': '任何缓存都不得存储请求或响应的任何部分。',
  'directive.no-transform': '中间方不得转换内容（重新压缩图片、压缩代码等）。',
  'directive.must-revalidate': '响应一旦过期，未经成功的重新验证就不得再提供。',
  'directive.proxy-revalidate': '与 must-revalidate 相同，但只对共享缓存有效。',
  'directive.must-understand': '只有理解该状态码缓存要求的缓存才可以存储。',
  'directive.private': '只有私有缓存（浏览器）可以存储该响应。',
  'directive.private.fields': '共享缓存可以存储该响应，但不能存储这些字段：{0}。只有私有缓存（浏览器）可以存储它们。许多缓存忽略这个列表，像对不带列表的 private 一样完全不存储该响应。',
  'directive.public': '任何缓存都可以存储该响应，即使请求带有 Authorization，或状态码不能启发式缓存。',
  'directive.immutable': '响应在新鲜期内不会改变：客户端刷新时无需重新验证。',
  'directive.stale-while-revalidate': '过期后的这么多秒内，可以一边在后台重新验证，一边提供过期的响应。',
  'directive.stale-if-error': '重新验证出错时，可以在这么多秒内提供过期的响应。',
  'directive.max-stale': '客户端接受过期的响应，过期不超过这么多秒（不带值表示不限）。',
  'directive.min-fresh': '客户端希望响应至少还能保持这么多秒的新鲜。',
  'directive.only-if-cached': '客户端只要已存储的响应，否则返回 504（Gateway Timeout）。',
  now: '现在',
  inFuture: '{0}后',
  inPast: '{0}前',
  caching: '缓存',
  sharedCache: '共享缓存',
  privateCache: '私有缓存',
  unresolved: '未解析',
  'source.file': '来自文件变量 @{0}。',
  'source.import': '来自 {1} 的文件变量 @{0}（# @import）。',
  'source.loop': '由 # @loop 的每一轮设置（{0}）。',
  'source.environment': '来自环境 {0}（{1}）。',
  'source.environmentOnly': '来自环境 {0}。',
  'completion.environment': '环境 {0}',
  'completion.shared': '环境（$shared）',
  'completion.otherEnvironment': '环境（未选中）',
  'source.dotenv': '来自 .env 文件（{0}）。',
  'source.processEnv': '来自进程环境变量（{0}）。',
  'source.prompt': '发送请求时询问（@prompt {0}）。',
  'source.run': '由发送此请求的 run 行给出（@{0}=...）。',
  'source.global': '由之前发送的请求的响应处理脚本设置（client.global.set("{0}", ...)）。',
  'source.dynamic': '动态变量（{0}）：每次发送都会生成新值。',
  'source.request': '来自名为 {0} 的请求（其最近一次响应）。',
  requestName: '其他请求可以使用它最近一次的响应：{0}、{1}。',
  requestNameUses: '本文件中的引用：{0} 处。',
  unknownCode: '不是 httplens 的诊断代码。',
  docs: '文档',
  'severity.error': '错误',
  'severity.warning': '警告',
  'severity.info': '信息',
  'severity.hint': '提示',
  'unresolved.undefined': '文件和所选环境中都没有定义。',
  'unresolved.script': '脚本表达式：httplens 从不执行 JavaScript。',
  'unresolved.no-response': '该命名请求还没有响应：请先发送它。',
  'unresolved.bodyOmitted': '它的响应主体（{0}）没有保留：在打开此文件的情况下重新发送该命名请求即可保留。',
  'unresolved.not-found': '在该命名请求的响应中找不到。',
  'unresolved.unavailable': '此处不可用（工作区不受信任，或无法访问文件和环境变量）。',
  'unresolved.circular': '变量的定义引用了它自己。',
  'unresolved.unanswered': '提示没有得到回答。',
  'auth.token': 'OAuth 2.0 配置“{0}”（所选环境的 Security.Auth）的访问令牌，在发送请求时获取，支持 Authorization Code（在浏览器中登录）、Device Authorization、Client Credentials 和 Password 授权类型。',
  'auth.idToken': 'OAuth 2.0 配置“{0}”（所选环境的 Security.Auth）的 ID 令牌，在发送请求时获取，支持 Authorization Code（在浏览器中登录）、Device Authorization、Client Credentials 和 Password 授权类型。',
  'auth.configured': '在环境“{0}”中：{1}。',
  faker: 'httplens 不生成的 Java Faker 库的值：JetBrains HTTP Client 在发送请求时生成它；httplens 让引用保持原样。',
  'auth.missing': '所选环境“{0}”中没有这个配置，因此请求不会发送。',
  'auth.noEnvironment': '没有选择环境，因此请求不会发送。',
  'auth.definedIn': '定义它的环境：{0}。',
  'auth.undefined': '没有环境定义它。',
  'question.input': '发送请求时询问：“{0}”，在输入框中回答。',
  'question.password': '发送请求时询问：“{0}”，在隐藏输入内容的输入框中回答。',
  'question.pick': '发送请求时询问：“{0}”，从 {1} 中选择一个。',
  'question.value': '建议的回答：`{0}`。',
  'question.askOnce': '每个会话只问一次；若有同名的文件变量或环境变量，则直接取其值，不再询问。',
  'fix.rename': '改为 {0}',
  'fix.removeDirective': '删除 {0}',
  'fix.addCharset': '添加 charset=utf-8',
  'fix.addContentType': '添加 Content-Type: {0}',
  'fix.suppress': '在下一行忽略 {0}',
  'fix.userinfoToAuthorization': '将凭据从 URL 移到 Authorization 字段',
  'fix.timeoutMilliseconds': '改为 {0}（毫秒）',
  'fix.timeoutSeconds': '改为 {0}（秒）',
  'fix.suppressFile': '在此文件中忽略 {0}',
  'fix.blankLineBeforeBody': '在主体之前插入空行',
  'fix.addColon': '在 {0} 之后添加 ":"',
  'refactor.fromCurl': '将 cURL 命令转换为请求',
  'refactor.copyAsCurl': '复制为 cURL',
  'refactor.expiresToMaxAge': '将 Expires 转换为 Cache-Control: max-age={0}',
  'refactor.split': '将 {0} 拆分为每个成员一行',
  'lens.send': '发送请求',
  'lens.sendAll': '全部发送',
  'lens.run': '运行',
  'lens.unsupported': 'httplens 不发送 {0} 请求',
};

export const MESSAGES: Readonly<Record<Locale, Table>> = { en: EN, 'zh-CN': ZH };

/** A localised UI string; `{0}`, `{1}`... are replaced by the arguments. A missing key falls back to the second argument, then English. */
export function t(locale: Locale, key: string, ...args: string[]): string {
  const table = MESSAGES[locale];
  let text = table[key] ?? EN[key];
  if (text === undefined) return args[0] ?? key;
  args.forEach((a, i) => {
    text = (text as string).split(`{${i}}`).join(a);
  });
  return text;
}

/**
 * What a Cache-Control directive means where it stands: `max-age` and `no-cache` mean different things in a request
 * and in a response (RFC 9111 §5.2.1, §5.2.2), and the qualified `no-cache="..."` and `private="..."` of a response
 * concern only the fields they list (§5.2.2.4, §5.2.2.7). Without a direction, the text covers both. Unknown names
 * get the extension text.
 */
export function directiveMeaning(directive: { name: string; value?: string; fields?: readonly string[] }, direction: 'request' | 'response' | undefined, locale: Locale): string {
  const name = directive.name.toLowerCase();
  let fields: string | undefined;
  if (directive.fields && directive.fields.length > 0 && direction !== 'request') {
    // the names as written (`fields` holds them in lower case)
    const written = (directive.value ?? '').split(',').map((f) => f.trim()).filter((f) => f !== '');
    fields = (written.length === directive.fields.length ? written : directive.fields).join(locale === 'zh-CN' ? '、' : ', ');
  }
  const keys: string[] = [];
  if (fields !== undefined && (name === 'no-cache' || name === 'private')) keys.push(`directive.${name}.fields`);
  if (direction !== undefined && (name === 'max-age' || name === 'no-cache')) keys.push(`directive.${name}.${direction}`);
  keys.push(`directive.${name}`);
  const table = MESSAGES[locale];
  for (const key of keys) if (table[key] !== undefined || EN[key] !== undefined) return fields !== undefined ? t(locale, key, fields) : t(locale, key);
  return t(locale, 'directive.unknown');
}

/** A time relative to now, in words: `now`, `in 2 hours`, `1 day ago`. */
export function relativeTime(time: number, now: number, locale: Locale): string {
  const delta = Math.round((time - now) / 1000);
  if (delta === 0) return t(locale, 'now');
  return delta > 0 ? t(locale, 'inFuture', humanizeDuration(delta, locale)) : t(locale, 'inPast', humanizeDuration(-delta, locale));
}
