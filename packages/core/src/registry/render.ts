import type { Locale } from '../types.js';
import { getField } from './field-registry.js';
import type { FieldDirection, FieldStatus, StructuredType } from './fields/types.js';
import { getMethod, type RequestContent } from './method.js';
import { getStatus, type StatusCodeStatus } from './status.js';

const LABELS = {
  en: {
    status: { permanent: 'permanent', provisional: 'provisional', deprecated: 'deprecated', obsoleted: 'obsoleted', nonstandard: 'not registered' } as Record<FieldStatus, string>,
    direction: { request: 'request field', response: 'response field', both: 'request and response field' } as Record<FieldDirection, string>,
    structured: { item: 'Structured Field Item', list: 'Structured Field List', dictionary: 'Structured Field Dictionary' } as Record<StructuredType, string>,
    list: 'comma-separated list',
    singleton: 'single value',
    advice: 'Advice',
    replacedBy: 'Replaced by',
    noReplacement: 'Nothing replaces it.',
    statusState: { registered: '', deprecated: 'deprecated', unused: 'unused', obsoleted: 'obsoleted', temporary: 'temporary registration', nonstandard: 'not registered' } as Record<StatusCodeStatus, string>,
    aliases: 'Also known as',
    heuristic: 'Cacheable by default (heuristic freshness allowed).',
    safe: 'safe', unsafe: 'not safe', idempotent: 'idempotent', notIdempotent: 'not idempotent',
    cacheable: { yes: 'cacheable', limited: 'cacheable only with explicit freshness', no: 'not cacheable' },
    content: { expected: 'request content expected', optional: 'request content optional', 'undefined-semantics': 'request content has no defined meaning', forbidden: 'no request content allowed' } as Record<RequestContent, string>,
    section: (n: string, s: string) => `RFC ${n} §${s}`,
    appendix: (n: string, s: string) => `RFC ${n} Appendix ${s}`,
    spec: 'Specification',
    sep: ', ',
  },
  'zh-CN': {
    status: { permanent: '永久', provisional: '暂定', deprecated: '已弃用', obsoleted: '已废止', nonstandard: '未注册' } as Record<FieldStatus, string>,
    direction: { request: '请求首部字段', response: '响应首部字段', both: '请求和响应首部字段' } as Record<FieldDirection, string>,
    structured: { item: '结构化字段项', list: '结构化字段列表', dictionary: '结构化字段字典' } as Record<StructuredType, string>,
    list: '逗号分隔的列表',
    singleton: '单值',
    advice: '建议',
    replacedBy: '替代字段',
    noReplacement: '没有替代字段。',
    statusState: { registered: '', deprecated: '已弃用', unused: '未使用', obsoleted: '已废止', temporary: '临时注册', nonstandard: '未注册' } as Record<StatusCodeStatus, string>,
    aliases: '旧称',
    heuristic: '默认可缓存（允许启发式新鲜度）。',
    safe: '安全', unsafe: '不安全', idempotent: '幂等', notIdempotent: '不幂等',
    cacheable: { yes: '可缓存', limited: '仅在有明确新鲜度时可缓存', no: '不可缓存' },
    content: { expected: '需要请求内容', optional: '请求内容可选', 'undefined-semantics': '请求内容没有定义的含义', forbidden: '不允许请求内容' } as Record<RequestContent, string>,
    section: (n: string, s: string) => `RFC ${n} 第 ${s} 节`,
    appendix: (n: string, s: string) => `RFC ${n} 附录 ${s}`,
    spec: '规范',
    sep: '，',
  },
};

/** A readable name for a specification link: `RFC 9110 §8.3`, else the host name. */
function specLabel(url: string, locale: Locale): string {
  const l = LABELS[locale];
  const m = /^https:\/\/www\.rfc-editor\.org\/rfc\/rfc(\d+)(?:#(section|appendix)-([\w.]+))?$/.exec(url);
  if (m) {
    const [, n = '', kind, s] = m;
    if (!kind || !s) return `RFC ${n}`;
    return kind === 'section' ? l.section(n, s) : l.appendix(n, s);
  }
  const host = /^https?:\/\/([^/]+)/.exec(url)?.[1];
  return host ?? l.spec;
}

function links(specUrl: string, mdnUrl: string | undefined, locale: Locale): string {
  const parts = [`[${specLabel(specUrl, locale)}](${specUrl})`];
  if (mdnUrl) parts.push(`[MDN](${mdnUrl})`);
  return parts.join(' · ');
}

/**
 * The hover text of a field as one markdown document: name, status and shape, the
 * summary, the long text, advice, replacement and links. Undefined for an unknown field.
 */
export function renderFieldDoc(name: string, options: { locale?: Locale } = {}): string | undefined {
  const locale = options.locale ?? 'en';
  const f = getField(name, { locale });
  if (!f) return undefined;
  const l = LABELS[locale];
  const facts = [l.status[f.status], l.direction[f.appearsIn], f.structuredType ? l.structured[f.structuredType] : f.list ? l.list : l.singleton];
  const out = [`**${f.name}** · ${facts.join(' · ')}`, '', f.summary, '', f.docs];
  if (f.advice) out.push('', `**${l.advice}:** ${f.advice}`);
  if (f.replacedBy) out.push('', f.replacedBy.length > 0 ? `**${l.replacedBy}:** ${f.replacedBy.map((r) => `\`${r}\``).join(l.sep)}` : l.noReplacement);
  out.push('', links(f.specUrl, f.mdnUrl, locale));
  return out.join('\n');
}

/** The hover text of a status code as markdown; undefined for an unknown code. */
export function renderStatusDoc(code: number, options: { locale?: Locale } = {}): string | undefined {
  const locale = options.locale ?? 'en';
  const s = getStatus(code, { locale });
  if (!s) return undefined;
  const l = LABELS[locale];
  const state = l.statusState[s.status];
  const out = [`**${s.code} ${s.reason}**${state ? ` · ${state}` : ''}`, '', s.description];
  if (s.aliases.length > 0) out.push('', `${l.aliases}: ${s.aliases.map((a) => `"${a}"`).join(l.sep)}`);
  if (s.heuristicallyCacheable) out.push('', l.heuristic);
  out.push('', links(s.specUrl, s.mdnUrl, locale));
  return out.join('\n');
}

/** The hover text of a method as markdown; undefined for an unknown method (names are case-sensitive). */
export function renderMethodDoc(name: string, options: { locale?: Locale } = {}): string | undefined {
  const locale = options.locale ?? 'en';
  const m = getMethod(name, { locale });
  if (!m) return undefined;
  const l = LABELS[locale];
  const facts = [m.safe ? l.safe : l.unsafe, m.idempotent ? l.idempotent : l.notIdempotent, l.cacheable[m.cacheable], l.content[m.requestContent]];
  return [`**${m.name}** · ${facts.join(' · ')}`, '', m.description, '', links(m.specUrl, m.mdnUrl, locale)].join('\n');
}
