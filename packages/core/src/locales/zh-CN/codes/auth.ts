const RFC9110 = 'https://www.rfc-editor.org/rfc/rfc9110';

/** Simplified Chinese doc pages (markdown) of the 'auth' codes, keyed by code. */
export const authDocsZh: Readonly<Record<string, string>> = {
  HTTP3400: `\`Authorization: Basic <凭据>\` 携带的是 \`base64(用户名 ":" 密码)\`。直接写 \`user:password\`，或者令牌中含有 base64 字母表以外的字符，服务器都会拒绝（401）。请对这一对值做编码；在 \`.http\` 文件中，REST Client 的 \`Basic user:password\` 简写由发送方展开。\n\n见 [RFC 7617 第 2 节](https://www.rfc-editor.org/rfc/rfc7617#section-2)。`,
  HTTP3401: `Basic 凭据解码后是 \`用户名 ":" 密码\`。没有冒号，服务器就无法拆分，会拒绝请求。密码为空时请编码 \`user:\`。\n\n见 [RFC 7617 第 2 节](https://www.rfc-editor.org/rfc/rfc7617#section-2)。`,
  HTTP3402: `Digest 质询需要 \`realm\` 和 \`nonce\`；Digest 应答（Authorization）需要 \`username\`、\`realm\`、\`nonce\`、\`uri\` 和 \`response\`（带 \`qop\` 时还需要 \`cnonce\`/\`nc\`）。AWS Signature Version 4 的 Authorization 需要 \`Credential\`、\`SignedHeaders\` 和 \`Signature\`。缺少它们，认证就会失败。\n\n见 [RFC 7616 第 3.3 和 3.4 节](https://www.rfc-editor.org/rfc/rfc7616#section-3.3) 和 [AWS Signature Version 4](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html)。`,
  HTTP3403: `该方案既不在 IANA HTTP 认证方案注册表中，也不是常用方案（Basic、Bearer、Digest、Negotiate、NTLM、HOBA、Mutual、SCRAM、vapid、AWS4-HMAC-SHA256、DPoP 等）。它可能是私有方案；请检查拼写。方案名不区分大小写。\n\n见 [RFC 9110 第 11.1 节](${RFC9110}#section-11.1)。`,
  HTTP3404: `Basic 和 Bearer 在方案名之后要带令牌：\`Authorization: Bearer <令牌>\`。只有方案名，通常是模板变量被解析成了空。\n\n见 [RFC 6750 第 2.1 节](https://www.rfc-editor.org/rfc/rfc6750#section-2.1) 和 [RFC 7617 第 2 节](https://www.rfc-editor.org/rfc/rfc7617#section-2)。`,
  HTTP3405: `Basic 质询必须带 \`realm\` 参数；它为保护空间命名，并会显示给用户。请加上 \`realm="..."\`。\n\n见 [RFC 7617 第 2 节](https://www.rfc-editor.org/rfc/rfc7617#section-2)。`,
  HTTP3406: `Basic 质询的 \`charset\` 认证参数只用于告诉客户端以 UTF-8 编码用户名和密码，不允许其他取值（不区分大小写）。\n\n见 [RFC 7617 第 2.1 节](https://www.rfc-editor.org/rfc/rfc7617#section-2.1)。`,
  HTTP3407: `每个参数名在一个质询（以及一组凭据）中只能出现一次。接收方会拒绝，或随意取其中一个。\n\n见 [RFC 9110 第 11.2 节](${RFC9110}#section-11.2)。`,
  HTTP3408: `由于历史原因，发送方只能用带引号的字符串形式生成 realm（\`realm="example"\`）；有些客户端处理不了 token 形式。\n\n见 [RFC 9110 第 11.5 节](${RFC9110}#section-11.5)。`,
  HTTP3409: `\`b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="\`。令牌中出现空格、引号、逗号，或者令牌后面还有第二个单词，都会使该字段无效；JWT（以 "." 连接的三段 base64url）是合法的。\n\n见 [RFC 6750 第 2.1 节](https://www.rfc-editor.org/rfc/rfc6750#section-2.1)。`,
};
