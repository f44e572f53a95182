/** zh-CN hover texts of the digest and signature fields (registry/fields/integrity.ts). */
export const integrityFieldDocsZh: Readonly<Record<string, string>> = {
  'content-digest': 'RFC 9530：从算法到字节序列的结构化字段字典，如 `sha-256=:X48E9q...=:`，针对实际发送的内容字节计算（内容编码之后，只对本报文）。可以放在尾部发送。取代 `Content-MD5` 和 `Digest`。',
  'repr-digest': 'RFC 9530：与 `Content-Digest` 类似，但针对整个所选表示计算，因此完整响应和它的每个 206 范围响应中的值都相同。形如 `sha-256=:...:` 的结构化字段字典。',
  'want-content-digest': 'RFC 9530：从算法到偏好值（0-10）的结构化字段字典：`sha-512=3, sha-256=10`。请求对方发送 `Content-Digest`。',
  'want-repr-digest': 'RFC 9530：从算法到偏好值（0-10）的结构化字段字典。请求对方发送 `Repr-Digest`。',
  digest: 'RFC 3230 的实例摘要（`SHA-256=base64`）。由于它在范围请求和内容编码下的含义不清，RFC 9530 将其废止。同样的含义请用 `Repr-Digest`，本报文字节的摘要请用 `Content-Digest`。',
  'want-digest': 'RFC 3230：请求对方发送 `Digest` 字段。已被 RFC 9530 废止：请使用 `Want-Content-Digest` 或 `Want-Repr-Digest`。',
  signature: 'HTTP 报文签名（RFC 9421）：从标签到字节序列的结构化字段字典，`sig1=:base64:`。每个标签对应 `Signature-Input` 中的一项，后者说明签了哪些内容。它与旧的 draft-cavage `Signature` 格式无关，后者语法不同。',
  'signature-input': 'HTTP 报文签名（RFC 9421）：从标签到所覆盖组件内部列表（带参数）的结构化字段字典：`sig1=("@method" "@authority" "content-digest");created=1618884473;keyid="k1"`。',
  'accept-signature': 'HTTP 报文签名（RFC 9421）：与 `Signature-Input` 形式相同的结构化字段字典，描述发送方希望收到的签名。',
};
