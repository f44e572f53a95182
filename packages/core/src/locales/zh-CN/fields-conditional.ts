/** zh-CN hover texts of the validator, conditional and range fields (registry/fields/conditional.ts). */
export const conditionalFieldDocsZh: Readonly<Record<string, string>> = {
  etag: '所选表示的不透明验证器，带引号：`"33a64df5"`（强）或 `W/"0815"`（弱）。客户端在 `If-None-Match` 中回传它进行重新验证（304 Not Modified），在 `If-Match` 中回传它以防止更新丢失。强标签在字节变化时就会改变，弱标签只在含义变化时改变。引号是语法的一部分。',
  'last-modified': '一个 HTTP 日期：源服务器认为所选表示最后一次修改的时间。客户端用 `If-Modified-Since` 重新验证。没有明确的寿命时，缓存用它计算启发式新鲜度（通常取距修改时间的 10%）。精度只有一秒：变化更快的资源请使用 `ETag`。',
  'if-match': '让请求以当前表示具有所列实体标签之一（强比较）为条件，或以存在任意表示（`*`）为条件。与 PUT、PATCH、DELETE 一起使用，避免覆盖别人的修改：不匹配时服务器返回 412 Precondition Failed。',
  'if-none-match': '让请求以当前表示与所列实体标签都不匹配（弱比较）为条件。用于 GET 和 HEAD 时，它重新验证缓存的响应：有标签匹配时返回 304 Not Modified。与 PUT 一起使用 `If-None-Match: *` 表示仅在资源不存在时创建。它优先于 `If-Modified-Since`。',
  'if-modified-since': '一个 HTTP 日期，通常是缓存响应的 `Last-Modified`。对于 GET 和 HEAD，如果表示在此之后没有变化，服务器返回 304 Not Modified。存在 `If-None-Match` 时，或用于其他方法时，它会被忽略。',
  'if-unmodified-since': '一个 HTTP 日期：只有表示在此之后没有变化时才执行请求，否则返回 412 Precondition Failed。它是 `If-Match` 基于日期的对应字段，`If-Match` 优先于它。',
  'if-range': '一个实体标签或 HTTP 日期，使 `Range` 请求带有条件：表示仍然匹配时，服务器发送 206 Partial Content；否则忽略 `Range`，以 200 发送整个表示。用于安全地断点续传。只有强验证器才符合条件。',
  range: '请求表示的一个或多个范围：`bytes=0-499`、`bytes=500-`、`bytes=-500`（最后 500 字节），或用逗号分隔的多个范围（以 `multipart/byteranges` 响应）。服务器返回 206 Partial Content、416 Range Not Satisfiable，或者忽略它并返回 200。只对 GET 有定义。',
  'accept-ranges': '告诉客户端资源支持哪些范围单位：`bytes`，或用 `none` 表示不建议发送范围请求。下载管理器和媒体播放器在跳转或续传前会检查 `Accept-Ranges: bytes`。',
  'content-range': '在 206 响应中，给出所含的范围和完整长度：`bytes 0-499/1234`（长度未知时为 `/*`）。在 416 响应中，`bytes */1234` 给出当前长度。带 `Content-Range` 的 PUT 只有在服务器明确支持时才是部分更新。',
};
