import { mdn, rfc, type FieldDefinition } from './types.js';

/** Digests and signatures (RFC 9530, RFC 9421). */
export const integrityFields: readonly FieldDefinition[] = [
  {
    name: 'Content-Digest', status: 'permanent', appearsIn: 'both', list: true, trailer: 'allowed', structuredType: 'dictionary',
    specUrl: rfc(9530, '2'), mdnUrl: mdn('Content-Digest'),
    summary: { en: 'Digest of the content as sent (sha-256, sha-512).', 'zh-CN': '所发送内容的摘要（sha-256、sha-512）。' },
    docs: 'RFC 9530: a Structured Field Dictionary of algorithm to Byte Sequence, `sha-256=:X48E9q...=:`, computed over the content bytes actually sent (after content coding, for this message only). May be sent in a trailer. Replaces `Content-MD5` and `Digest`.',
  },
  {
    name: 'Repr-Digest', status: 'permanent', appearsIn: 'both', list: true, trailer: 'allowed', structuredType: 'dictionary',
    specUrl: rfc(9530, '3'), mdnUrl: mdn('Repr-Digest'),
    summary: { en: 'Digest of the whole selected representation.', 'zh-CN': '整个所选表示的摘要。' },
    docs: 'RFC 9530: like `Content-Digest`, but computed over the whole selected representation, so it is the same for a full response and for each 206 range of it. A Structured Field Dictionary such as `sha-256=:...:`.',
  },
  {
    name: 'Want-Content-Digest', status: 'permanent', appearsIn: 'both', list: true, structuredType: 'dictionary',
    specUrl: rfc(9530, '4'), mdnUrl: mdn('Want-Content-Digest'),
    summary: { en: 'Asks for Content-Digest, with algorithm preferences.', 'zh-CN': '请求对方发送 Content-Digest，并给出算法偏好。' },
    docs: 'RFC 9530: a Structured Field Dictionary of algorithm to preference (0-10): `sha-512=3, sha-256=10`. Asks the peer to send `Content-Digest`.',
  },
  {
    name: 'Want-Repr-Digest', status: 'permanent', appearsIn: 'both', list: true, structuredType: 'dictionary',
    specUrl: rfc(9530, '4'), mdnUrl: mdn('Want-Repr-Digest'),
    summary: { en: 'Asks for Repr-Digest, with algorithm preferences.', 'zh-CN': '请求对方发送 Repr-Digest，并给出算法偏好。' },
    docs: 'RFC 9530: a Structured Field Dictionary of algorithm to preference (0-10). Asks the peer to send `Repr-Digest`.',
  },
  {
    name: 'Digest', status: 'obsoleted', appearsIn: 'both', list: true, trailer: 'allowed', replacedBy: ['Content-Digest', 'Repr-Digest'],
    specUrl: rfc(3230, '4.3.2'), mdnUrl: mdn('Digest'),
    summary: { en: 'Instance digest of RFC 3230 (obsoleted by RFC 9530).', 'zh-CN': 'RFC 3230 的实例摘要（已被 RFC 9530 废止）。' },
    docs: 'RFC 3230 instance digests (`SHA-256=base64`). RFC 9530 obsoleted it because its meaning with ranges and content codings was unclear. Use `Repr-Digest` for the same meaning, or `Content-Digest` for the bytes of this message.',
  },
  {
    name: 'Want-Digest', status: 'obsoleted', appearsIn: 'both', list: true, replacedBy: ['Want-Content-Digest', 'Want-Repr-Digest'],
    specUrl: rfc(3230, '4.3.1'), mdnUrl: mdn('Want-Digest'),
    summary: { en: 'Asks for an RFC 3230 Digest (obsoleted).', 'zh-CN': '请求 RFC 3230 的 Digest（已废止）。' },
    docs: 'RFC 3230: asked the peer for a `Digest` field. Obsoleted by RFC 9530: use `Want-Content-Digest` or `Want-Repr-Digest`.',
  },
  {
    name: 'Signature', status: 'permanent', appearsIn: 'both', list: true, trailer: 'allowed', structuredType: 'dictionary',
    specUrl: rfc(9421, '4.2'),
    summary: { en: 'HTTP Message Signatures: the signature values.', 'zh-CN': 'HTTP 报文签名：签名值。' },
    docs: 'HTTP Message Signatures (RFC 9421): a Structured Field Dictionary of label to Byte Sequence, `sig1=:base64:`. Each label matches one in `Signature-Input`, which says what was signed. Unrelated to the older draft-cavage `Signature` format, which used a different syntax.',
  },
  {
    name: 'Signature-Input', status: 'permanent', appearsIn: 'both', list: true, trailer: 'allowed', structuredType: 'dictionary',
    specUrl: rfc(9421, '4.1'),
    summary: { en: 'HTTP Message Signatures: what each signature covers.', 'zh-CN': 'HTTP 报文签名：每个签名覆盖的内容。' },
    docs: 'HTTP Message Signatures (RFC 9421): a Structured Field Dictionary of label to Inner List of covered components, with parameters: `sig1=("@method" "@authority" "content-digest");created=1618884473;keyid="k1"`.',
  },
  {
    name: 'Accept-Signature', status: 'permanent', appearsIn: 'both', list: true, structuredType: 'dictionary',
    specUrl: rfc(9421, '5.1'),
    summary: { en: 'Asks the peer to sign its message, saying what to cover.', 'zh-CN': '请求对方签名其报文，并说明要覆盖哪些内容。' },
    docs: 'HTTP Message Signatures (RFC 9421): a Structured Field Dictionary in the same form as `Signature-Input`, describing the signature the sender would like to receive.',
  },
];
