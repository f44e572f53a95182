const BIS = 'https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis';

/** Simplified Chinese doc pages (markdown) of the 'cookies' codes, keyed by code. */
export const cookiesDocsZh: Readonly<Record<string, string>> = {
  HTTP3500: `名称以 \`__Secure-\` 开头（不区分大小写）的 Cookie，只有带 Secure 属性并且由安全来源设置时才会被接受。请加上 \`Secure\`，或改名。\n\n见 [RFC 6265bis 第 4.1.3.1 节](${BIS}#section-4.1.3.1)。`,
  HTTP3501: `\`__Host-\` Cookie 被锁定在设置它的主机上：必须有 Secure，必须有 \`Path=/\`，并且不得有 Domain 属性。否则浏览器会拒绝该 Cookie。\n\n见 [RFC 6265bis 第 4.1.3.2 节](${BIS}#section-4.1.3.2)。`,
  HTTP3502: `浏览器只接受同时带 \`Secure\` 的 \`SameSite=None\`（即在跨站请求中发送的 Cookie）。缺少 Secure 时整条 Set-Cookie 都会被忽略。请加上 \`Secure\`（并通过 HTTPS 提供服务）。\n\n见 [RFC 6265bis 第 4.1.2.7 节](${BIS}#section-4.1.2.7) 和 [MDN](https://developer.mozilla.org/docs/Web/HTTP/Reference/Headers/Set-Cookie#samesitesamesite-value)。`,
  HTTP3503: `SameSite 取值为 \`Strict\`、\`Lax\` 或 \`None\`（不区分大小写）。其他取值会被忽略，改用浏览器的默认行为（通常是 Lax）。\n\n见 [RFC 6265bis 第 5.6.7 节](${BIS}#section-5.6.7)。`,
  HTTP3504: `Expires 取 HTTP-date 形式的日期（\`Wed, 21 Oct 2015 07:28:00 GMT\`）。浏览器无法解析的值会被忽略，于是 Cookie 只在浏览器关闭前有效。相对有效期请优先使用 Max-Age。\n\n见 [RFC 6265bis 第 4.1.2.1 节](${BIS}#section-4.1.2.1)。`,
  HTTP3505: `\`max-age-av = "Max-Age" "=" non-zero-digit *DIGIT\`；浏览器也接受 0 和负数（表示删除 Cookie）。其他写法，例如 \`1h\` 或 \`3600.0\`，都会被忽略。\n\n见 [RFC 6265bis 第 5.6.2 节](${BIS}#section-5.6.2)。`,
  HTTP3506: `Cookie 属性有 Expires、Max-Age、Domain、Path、Secure、HttpOnly、SameSite 和 Partitioned（Chromium 另有 Priority）。其他属性会被忽略。\n\n见 [RFC 6265bis 第 5.6 节](${BIS}#section-5.6)。`,
  HTTP3507: `与已知属性相近的未知属性（\`HttpOnley\`、\`Secrue\`、\`SameStie\`）会被忽略，本想加上的保护也就不存在了。\n\n见 [RFC 6265bis 第 5.6 节](${BIS}#section-5.6)。`,
  HTTP3508: `同一属性出现多次时，用户代理以最后一次为准。请只保留一个。\n\n见 [RFC 6265bis 第 5.7 节](${BIS}#section-5.7)。`,
  HTTP3509: `\`Domain=.example.com\` 与 \`Domain=example.com\` 含义相同：Cookie 会发送给该域及其子域。开头的点是 RFC 2109 的遗留写法。\n\n见 [RFC 6265bis 第 5.6.3 节](${BIS}#section-5.6.3)。`,
  HTTP3510: `Path 属性为空或不以 "/" 开头时，会被默认路径（请求 URI 所在目录）取代，而这很少是本意。\n\n见 [RFC 6265bis 第 5.6.4 节](${BIS}#section-5.6.4)。`,
  HTTP3511: `\`cookie-string = cookie-pair *( ";" SP cookie-pair )\`。大多数服务器也接受不带空格的 \`;\`，但严格的解析器不接受，还有一些会按 ", " 拆分。\n\n见 [RFC 6265bis 第 4.2.1 节](${BIS}#section-4.2.1)。`,
  HTTP3512: `Cookie 请求首部只携带 name=value 键值对。Path、Domain、Expires、Secure、HttpOnly 等属性属于 Set-Cookie；放在 Cookie 中会变成名为 "Path" 等的 Cookie。这个值很可能是从 Set-Cookie 复制过来的。\n\n见 [RFC 6265bis 第 4.2 节](${BIS}#section-4.2)。`,
  HTTP3513: `分区 Cookie（CHIPS）必须带 Secure。请加上 \`Secure\`。\n\n见 [CHIPS](https://datatracker.ietf.org/doc/html/draft-cutler-httpbis-partitioned-cookies)。`,
  HTTP3514: `用户代理会把 Expires 和 Max-Age 限制在未来 400 天（34560000 秒）以内。更长的有效期会被悄悄缩短。\n\n见 [RFC 6265bis 第 5.6.1 节](${BIS}#section-5.6.1)。`,
};
