import { getField, listMembers, parseStructuredFieldWithSpans, type Locale, type Span } from '@httplens/core';
import { own } from './records.js';

/** What a list member or Structured Field member of a field value means, for hovers. */
export interface ValueComponent {
  markdown: string;
  /** Relative to the value. */
  span: Span;
}

const CODINGS: Record<string, { en: string; zh: string }> = {
  gzip: { en: 'GZIP (LZ77 with a CRC-32), RFC 1952: the most widely supported content coding.', zh: 'GZIP（LZ77 加 CRC-32 校验），RFC 1952：支持最广的内容编码。' },
  'x-gzip': { en: 'An old alias of gzip; recipients treat it as gzip.', zh: 'gzip 的旧别名；接收方按 gzip 处理。' },
  br: { en: 'Brotli, RFC 7932: better compression than gzip for text.', zh: 'Brotli，RFC 7932：对文本的压缩效果优于 gzip。' },
  zstd: { en: 'Zstandard, RFC 8878: fast compression with a good ratio.', zh: 'Zstandard，RFC 8878：压缩快、压缩率高。' },
  deflate: { en: 'The zlib format (RFC 1950) around deflate data (RFC 1951); some servers send raw deflate instead.', zh: 'zlib 格式（RFC 1950）包裹的 deflate 数据（RFC 1951）；有些服务器发送的是裸 deflate。' },
  compress: { en: 'LZW (Unix compress): obsolete, hardly supported.', zh: 'LZW（Unix compress）：已过时，几乎无人支持。' },
  identity: { en: 'No coding: the content as is.', zh: '不编码：内容保持原样。' },
  '*': { en: 'Any coding not listed elsewhere in the field.', zh: '字段中未列出的任何编码。' },
  chunked: { en: 'The chunked transfer coding (RFC 9112 §7.1): the body is sent in chunks, each with its size.', zh: '分块传输编码（RFC 9112 第 7.1 节）：主体分块发送，每块带有大小。' },
  trailers: { en: 'In TE: the client accepts a trailer section after a chunked body.', zh: '在 TE 中：客户端接受分块主体之后的尾部。' },
};

const MEDIA_FIELDS = new Set(['accept', 'content-type', 'accept-patch', 'accept-post']);
const CODING_FIELDS = new Set(['accept-encoding', 'content-encoding', 'transfer-encoding', 'te']);

function weightOf(member: string, locale: Locale): string | undefined {
  const q = /;\s*q=([0-9.]+)/i.exec(member)?.[1];
  if (q === undefined) return undefined;
  const n = Number(q);
  if (!Number.isFinite(n)) return undefined;
  if (n === 0) return locale === 'zh-CN' ? '权重 q=0：不可接受。' : 'Weight q=0: not acceptable.';
  return locale === 'zh-CN' ? `权重 q=${q}（1 表示最优先）。` : `Weight q=${q} (1 is the most preferred).`;
}

export function valueComponent(name: string, value: string, at: number, locale: Locale): ValueComponent | undefined {
  const lower = name.toLowerCase();
  const member = listMembers(value).find((m) => at >= m.offset && at <= m.offset + m.text.length);
  if (member && (MEDIA_FIELDS.has(lower) || CODING_FIELDS.has(lower))) {
    const head = member.text.split(';')[0]?.trim() ?? '';
    const lines: string[] = [];
    if (MEDIA_FIELDS.has(lower)) {
      const [type = '', subtype = ''] = head.split('/');
      const params = member.text.split(';').slice(1).map((p) => p.trim()).filter((p) => p && !/^q=/i.test(p));
      lines.push(locale === 'zh-CN' ? `媒体类型 \`${type}/${subtype}\`` : `Media type \`${type}/${subtype}\``);
      if (type === '*' || subtype === '*') lines.push(locale === 'zh-CN' ? '媒体范围：匹配多种类型。' : 'A media range: it matches several types.');
      if (params.length) lines.push(`${locale === 'zh-CN' ? '参数' : 'Parameters'}: ${params.map((p) => `\`${p}\``).join(', ')}`);
    } else {
      const coding = own(CODINGS, head.toLowerCase());
      lines.push(`**${head}**`, coding ? (locale === 'zh-CN' ? coding.zh : coding.en) : locale === 'zh-CN' ? '未注册的编码。' : 'Not a registered coding.');
    }
    const weight = weightOf(member.text, locale);
    if (weight) lines.push(weight);
    return { markdown: lines.join('\n\n'), span: { offset: member.offset, length: member.text.length } };
  }
  const type = getField(name)?.structuredType;
  if (!type) return undefined;
  const parsed = parseStructuredFieldWithSpans(value, type);
  if (!parsed.ok) return undefined;
  const describe = (bare: { type: string; value: unknown }) => {
    const shown = bare.type === 'binary' ? `:${(bare.value as Uint8Array).length} bytes:` : bare.type === 'date' ? new Date((bare.value as number) * 1000).toISOString() : String(bare.value);
    return `${shown} (${bare.type})`;
  };
  if (parsed.value instanceof Map) {
    for (const key of parsed.value.keys()) {
      const span = parsed.spans.ofKey(parsed.value, key);
      if (!span || at < span.offset || at > span.offset + span.length) continue;
      // a member is an Item ({ value, params }) or an Inner List ({ items, params }), as `geolocation=()` in Permissions-Policy
      const entry = parsed.value.get(key) as { value?: { type: string; value: unknown }; items?: readonly { value: { type: string; value: unknown } }[] };
      const items = entry.items;
      const valueText = items
        ? `${locale === 'zh-CN' ? '内层列表' : 'inner list'} (${items.length === 0 ? (locale === 'zh-CN' ? '空' : 'empty') : items.map((i) => describe(i.value)).join(', ')})`
        : entry.value
          ? describe(entry.value)
          : '';
      return { markdown: `${locale === 'zh-CN' ? '字典成员' : 'Dictionary member'} \`${key}\` = ${valueText}`, span };
    }
  }
  return undefined;
}
