import { mdn, rfc, type FieldDefinition } from './types.js';

/** Validators, conditional requests and range requests (RFC 9110 Sections 8.8, 13 and 14). */
export const conditionalFields: readonly FieldDefinition[] = [
  {
    name: 'ETag', status: 'permanent', appearsIn: 'response', list: false,
    specUrl: rfc(9110, '8.8.3'), mdnUrl: mdn('ETag'),
    summary: { en: 'Entity tag: an opaque validator of the representation.', 'zh-CN': '实体标签：表示的不透明验证器。' },
    docs: 'An opaque, quoted validator of the selected representation: `"33a64df5"` (strong) or `W/"0815"` (weak). Clients send it back in `If-None-Match` to revalidate (304 Not Modified) and in `If-Match` to avoid lost updates. A strong tag changes whenever the bytes change; a weak one only when the meaning does. The quotes are part of the syntax.',
  },
  {
    name: 'Last-Modified', status: 'permanent', appearsIn: 'response', list: false,
    specUrl: rfc(9110, '8.8.2'), mdnUrl: mdn('Last-Modified'),
    summary: { en: 'When the origin believes the representation last changed.', 'zh-CN': '源服务器认为表示最后一次修改的时间。' },
    docs: 'An HTTP-date: when the origin believes the selected representation was last modified. Clients revalidate with `If-Modified-Since`. Caches use it for heuristic freshness when no explicit lifetime is given (typically 10% of the time since modification). One-second resolution: prefer `ETag` for resources that change faster.',
  },
  {
    name: 'If-Match', status: 'permanent', appearsIn: 'request', list: true, trailer: 'forbidden',
    specUrl: rfc(9110, '13.1.1'), mdnUrl: mdn('If-Match'),
    summary: { en: 'Perform the request only if the current ETag matches (lost-update guard).', 'zh-CN': '仅当当前 ETag 匹配时才执行请求（防止更新丢失）。' },
    docs: 'Makes the request conditional on the current representation having one of the listed entity tags (strong comparison), or on any representation existing (`*`). Used with PUT, PATCH and DELETE to avoid overwriting someone else\'s change: the server answers 412 Precondition Failed on a mismatch.',
  },
  {
    name: 'If-None-Match', status: 'permanent', appearsIn: 'request', list: true, trailer: 'forbidden',
    specUrl: rfc(9110, '13.1.2'), mdnUrl: mdn('If-None-Match'),
    summary: { en: 'Perform the request only if no listed ETag matches (revalidation).', 'zh-CN': '仅当列出的 ETag 都不匹配时才执行请求（重新验证）。' },
    docs: 'Makes the request conditional on the current representation matching none of the listed entity tags (weak comparison). With GET and HEAD it revalidates a cached response: 304 Not Modified when a tag matches. `If-None-Match: *` with PUT creates a resource only if none exists. It takes precedence over `If-Modified-Since`.',
  },
  {
    name: 'If-Modified-Since', status: 'permanent', appearsIn: 'request', list: false, trailer: 'forbidden',
    specUrl: rfc(9110, '13.1.3'), mdnUrl: mdn('If-Modified-Since'),
    summary: { en: 'Send the representation only if modified after this date.', 'zh-CN': '仅当在此日期之后修改过才发送表示。' },
    docs: 'An HTTP-date, usually the `Last-Modified` of a cached response. For GET and HEAD, the server answers 304 Not Modified when the representation has not changed since. Ignored when `If-None-Match` is present, and for other methods.',
  },
  {
    name: 'If-Unmodified-Since', status: 'permanent', appearsIn: 'request', list: false, trailer: 'forbidden',
    specUrl: rfc(9110, '13.1.4'), mdnUrl: mdn('If-Unmodified-Since'),
    summary: { en: 'Perform the request only if not modified since this date.', 'zh-CN': '仅当此日期之后未被修改时才执行请求。' },
    docs: 'An HTTP-date: the request is performed only if the representation has not changed since then, otherwise 412 Precondition Failed. The date-based counterpart of `If-Match`, which takes precedence over it.',
  },
  {
    name: 'If-Range', status: 'permanent', appearsIn: 'request', list: false, trailer: 'forbidden',
    specUrl: rfc(9110, '13.1.5'), mdnUrl: mdn('If-Range'),
    summary: { en: 'Send the range only if the representation is unchanged, else all of it.', 'zh-CN': '表示未变时只发送所请求的范围，否则发送全部。' },
    docs: 'An entity tag or HTTP-date that makes a `Range` request conditional: if the representation still matches, the server sends 206 Partial Content; otherwise it ignores `Range` and sends the whole representation with 200. Used to resume downloads safely. Only strong validators qualify.',
  },
  {
    name: 'Range', status: 'permanent', appearsIn: 'request', list: false, trailer: 'forbidden',
    specUrl: rfc(9110, '14.2'), mdnUrl: mdn('Range'),
    summary: { en: 'Requests only part of the representation (bytes=0-499).', 'zh-CN': '只请求表示的一部分（bytes=0-499）。' },
    docs: 'Asks for one or more ranges of the representation: `bytes=0-499`, `bytes=500-`, `bytes=-500` (the last 500), or several separated by commas (answered with `multipart/byteranges`). The server answers 206 Partial Content, 416 Range Not Satisfiable, or ignores it and sends 200. Only defined for GET.',
  },
  {
    name: 'Accept-Ranges', status: 'permanent', appearsIn: 'response', list: true,
    specUrl: rfc(9110, '14.3'), mdnUrl: mdn('Accept-Ranges'),
    summary: { en: 'Range units the server supports (bytes or none).', 'zh-CN': '服务器支持的范围单位（bytes 或 none）。' },
    docs: 'Tells the client which range units the resource supports: `bytes`, or `none` to discourage range requests. Download managers and media players look for `Accept-Ranges: bytes` before seeking or resuming.',
  },
  {
    name: 'Content-Range', status: 'permanent', appearsIn: 'both', list: false, trailer: 'forbidden',
    specUrl: rfc(9110, '14.4'), mdnUrl: mdn('Content-Range'),
    summary: { en: 'Which part of the representation the content is (bytes 0-499/1234).', 'zh-CN': '内容是表示的哪一部分（bytes 0-499/1234）。' },
    docs: 'In a 206 response, the range enclosed and the complete length: `bytes 0-499/1234` (or `/*` when unknown). In a 416 response, `bytes */1234` gives the current length. A PUT with `Content-Range` is a partial update only where the server explicitly supports it.',
  },
];
