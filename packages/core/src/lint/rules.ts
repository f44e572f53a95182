import { humanizeDuration } from '../cache/text.js';
import { parseHttpDate } from '../grammar/http-date.js';
import type { Locale } from '../types.js';
import type { FieldLine } from '../message/types.js';
import { mediaType, splitList, type RuleContext } from './context.js';

/**
 * A message rule: one check that needs more than one field, the status code or
 * the method. `codes` lists what it may report, for the docs and the tests.
 */
export interface MessageRule {
  codes: readonly string[];
  /** Which messages the rule looks at. */
  applies: 'request' | 'response' | 'exchange';
  /** Rules about what the sender of a template fills in (Host, Content-Length, framing). */
  wireOnly?: boolean;
  check(ctx: RuleContext): void;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade'];
const CONDITIONAL_FIELDS = ['if-match', 'if-none-match', 'if-modified-since', 'if-unmodified-since'];

/** Whether the text looks like the start line of a further (pipelined) message. */
function looksLikeStartLine(text: string): boolean {
  return /^(?:HTTP\/\d|[!#$%&'*+.^\w`|~-]+ \S+ HTTP\/\d)/.test(text);
}

/** Content the message carries or announces: bytes, a positive Content-Length, or a transfer coding. */
function carriesContent(ctx: RuleContext): { span: FieldLine['span'] } | undefined {
  const body = ctx.message.body;
  if (body && body.bytes.length > 0) return { span: body.span };
  const te = ctx.field('transfer-encoding');
  if (te) return { span: te.span };
  const cl = ctx.field('content-length');
  if (cl && /^\d+$/.test(cl.value) && Number(cl.value) > 0) return { span: cl.span };
  return undefined;
}

/** Bytes after a message that ends at its header section, which are not a further message. */
function trailingContent(ctx: RuleContext): FieldLine['span'] | undefined {
  const rest = ctx.message.rest;
  if (!rest || rest.length === 0 || ctx.source === undefined) return undefined;
  const text = ctx.source.slice(rest.offset, rest.offset + rest.length);
  if (text.trim() === '' || looksLikeStartLine(text)) return undefined;
  return rest;
}

/** The authority of an absolute-form target, lower-cased, without a default port. */
function authorityOf(target: string): { scheme: string; authority: string } | undefined {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i.exec(target);
  if (!m) return undefined;
  const scheme = (m[1] ?? '').toLowerCase();
  const authority = (m[2] ?? '').replace(/^[^@]*@/, '');
  return { scheme, authority: normalizeAuthority(authority, scheme) };
}

function normalizeAuthority(authority: string, scheme: string): string {
  const lower = authority.toLowerCase();
  if ((scheme === 'http' && lower.endsWith(':80')) || (scheme === 'https' && lower.endsWith(':443'))) {
    return lower.slice(0, lower.lastIndexOf(':'));
  }
  return lower;
}

function acceptsCoding(acceptEncoding: string | undefined, coding: string): boolean {
  if (acceptEncoding === undefined) return true; // no preference: any coding is acceptable (RFC 9110 §12.5.3)
  let wildcard: number | undefined;
  for (const member of splitList(acceptEncoding)) {
    const [name = '', ...params] = member.split(';').map((p) => p.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (name === coding || (coding === 'gzip' && name === 'x-gzip') || (coding === 'x-gzip' && name === 'gzip')) return q > 0;
    if (name === '*') wildcard = q;
  }
  if (wildcard !== undefined) return wildcard > 0;
  return coding === 'identity';
}

export const REQUEST_RULES: readonly MessageRule[] = [
  {
    // The parser reports these itself with `requireHost`; the linter reports them
    // otherwise, with the same codes, so each problem is reported once.
    codes: ['HTTP0014', 'HTTP0015'],
    applies: 'request',
    check(ctx) {
      const already = (code: string) => ctx.message.diagnostics.some((d) => d.code === code);
      const hosts = ctx.fields('host');
      if (hosts.length === 0) {
        if (!ctx.wire || ctx.message.version !== 'HTTP/1.1' || already('HTTP0014')) return;
        ctx.report('HTTP0014', ctx.startLineSpan);
      } else if (!already('HTTP0015')) {
        if (hosts.length > 1) for (const extra of hosts.slice(1)) ctx.report('HTTP0015', extra.span);
        else if (hosts[0] && splitList(hosts[0].value).length > 1) ctx.report('HTTP0015', hosts[0].valueSpan);
      }
    },
  },
  {
    codes: ['HTTP0502'],
    applies: 'request',
    check(ctx) {
      const host = ctx.field('host');
      const target = ctx.message.target;
      if (!host || !target || host.value.includes('{{')) return;
      const abs = authorityOf(target);
      if (!abs || ctx.method === 'CONNECT') return;
      const hostValue = normalizeAuthority(host.value.trim(), abs.scheme);
      if (hostValue !== abs.authority) ctx.report('HTTP0502', host.valueSpan, { host: host.value, authority: abs.authority });
    },
  },
  {
    codes: ['HTTP0503', 'HTTP0504'],
    applies: 'request',
    check(ctx) {
      const method = ctx.method;
      if (method !== 'GET' && method !== 'HEAD' && method !== 'DELETE' && method !== 'TRACE') return;
      const content = carriesContent(ctx);
      if (!content) return;
      if (method === 'TRACE') ctx.report('HTTP0504', content.span);
      else ctx.report('HTTP0503', content.span, { method });
    },
  },
  {
    codes: ['HTTP0505', 'HTTP0510'],
    applies: 'request',
    check(ctx) {
      for (const expect of ctx.fields('expect')) {
        if (expect.value.includes('{{')) continue;
        for (const member of ctx.memberSpans(expect)) {
          if (member.text.toLowerCase() !== '100-continue') ctx.report('HTTP0505', member.span, { value: member.text });
          else if (!carriesContent(ctx)) ctx.report('HTTP0510', expect.span);
        }
      }
    },
  },
  {
    codes: ['HTTP0506'],
    applies: 'request',
    check(ctx) {
      const mf = ctx.field('max-forwards');
      if (mf && ctx.method !== 'TRACE' && ctx.method !== 'OPTIONS') ctx.report('HTTP0506', mf.span, { method: ctx.method });
    },
  },
  {
    codes: ['HTTP0507'],
    applies: 'request',
    check(ctx) {
      const ims = ctx.field('if-modified-since');
      if (ims && ctx.has('if-none-match')) ctx.report('HTTP0507', ims.span);
    },
  },
  {
    codes: ['HTTP0508'],
    applies: 'request',
    check(ctx) {
      const range = ctx.field('range');
      if (range && ctx.method !== 'GET') ctx.report('HTTP0508', range.span, { method: ctx.method });
    },
  },
  {
    codes: ['HTTP0509'],
    applies: 'request',
    check(ctx) {
      const url = ctx.url ?? ctx.message.target ?? '';
      if (!/^http:\/\//i.test(url)) return;
      for (const name of ['Authorization', 'Proxy-Authorization', 'Cookie']) {
        const f = ctx.field(name);
        if (f) ctx.report('HTTP0509', f.nameSpan, { field: name });
      }
    },
  },
];

export const RESPONSE_RULES: readonly MessageRule[] = [
  {
    codes: ['HTTP0550', 'HTTP0551'],
    applies: 'response',
    check(ctx) {
      if (ctx.has('location')) return;
      if (REDIRECTS.has(ctx.status)) ctx.report('HTTP0550', ctx.startLineSpan, { status: ctx.status });
      else if (ctx.status === 201) ctx.report('HTTP0551', ctx.startLineSpan);
    },
  },
  {
    codes: ['HTTP0552'],
    applies: 'response',
    check(ctx) {
      if (ctx.status !== 206 || ctx.has('content-range')) return;
      if (mediaType(ctx.value('content-type')) === 'multipart/byteranges') return;
      ctx.report('HTTP0552', ctx.startLineSpan);
    },
  },
  {
    codes: ['HTTP0553', 'HTTP0554'],
    applies: 'response',
    check(ctx) {
      const s = ctx.status;
      const bodiless = (s >= 100 && s < 200) || s === 204 || s === 304;
      if (!bodiless) return;
      const te = ctx.field('transfer-encoding');
      const content = ctx.message.body && ctx.message.body.bytes.length > 0 ? ctx.message.body.span : (te?.span ?? trailingContent(ctx));
      if (content) ctx.report('HTTP0553', content, { status: s });
      if (s !== 304 && ctx.wire) for (const cl of ctx.fields('content-length')) ctx.report('HTTP0554', cl.span, { status: s });
    },
  },
  {
    codes: ['HTTP0555'],
    applies: 'response',
    check(ctx) {
      if (ctx.status !== 304) return;
      if (ctx.has('etag') || ctx.has('cache-control') || ctx.has('expires')) return;
      ctx.report('HTTP0555', ctx.startLineSpan, { fields: 'ETag, Cache-Control, Expires' });
    },
  },
  {
    codes: ['HTTP0556', 'HTTP0557', 'HTTP0558', 'HTTP0559'],
    applies: 'response',
    check(ctx) {
      const required: Record<number, [string, string]> = {
        401: ['HTTP0556', 'www-authenticate'],
        405: ['HTTP0557', 'allow'],
        407: ['HTTP0558', 'proxy-authenticate'],
        416: ['HTTP0559', 'content-range'],
      };
      const rule = required[ctx.status];
      if (rule && !ctx.has(rule[1])) ctx.report(rule[0], ctx.startLineSpan);
    },
  },
  {
    codes: ['HTTP0560'],
    applies: 'response',
    wireOnly: true,
    check(ctx) {
      if (ctx.status >= 200 && ctx.status < 500 && !ctx.has('date')) ctx.report('HTTP0560', ctx.startLineSpan);
    },
  },
  {
    codes: ['HTTP0563'],
    applies: 'response',
    check(ctx) {
      // A 101 needs Connection and Upgrade, and Transfer-Encoding is how HTTP/1.1 frames a body: on HTTP/1.1 these
      // are the protocol working, and a note on each would be noise.
      if (ctx.status === 101) return;
      const listed = new Set(ctx.listMembers('connection'));
      for (const field of ctx.message.fields) {
        const name = field.name.toLowerCase();
        if (name === 'transfer-encoding' && !ctx.message.version.startsWith('HTTP/2') && !ctx.message.version.startsWith('HTTP/3')) continue;
        if (HOP_BY_HOP.includes(name) || (listed.has(name) && name !== 'close')) ctx.report('HTTP0563', field.nameSpan, { name: field.name });
      }
    },
  },
  {
    codes: ['HTTP0564'],
    applies: 'request',
    check(ctx) {
      upgradeWithoutConnection(ctx);
    },
  },
  {
    codes: ['HTTP0564'],
    applies: 'response',
    check(ctx) {
      upgradeWithoutConnection(ctx);
    },
  },
  {
    codes: ['HTTP0565', 'HTTP0566'],
    applies: 'response',
    check(ctx) {
      for (const vary of ctx.fields('vary')) {
        for (const member of ctx.memberSpans(vary)) {
          const name = member.text.toLowerCase();
          if (name === '*') ctx.report('HTTP0565', member.span);
          else if (name === 'user-agent') ctx.report('HTTP0566', member.span);
        }
      }
    },
  },
  {
    codes: ['HTTP0567'],
    applies: 'response',
    check(ctx) {
      // On the Expires attribute: the part that Max-Age overrides (RFC 6265bis §5.7).
      for (const cookie of ctx.fields('set-cookie')) {
        let maxAge = false;
        let expires: { offset: number; length: number } | undefined;
        let at = cookie.value.indexOf(';');
        while (at >= 0) {
          const next = cookie.value.indexOf(';', at + 1);
          const raw = cookie.value.slice(at + 1, next < 0 ? undefined : next);
          const name = (raw.split('=')[0] ?? '').trim().toLowerCase();
          if (name === 'max-age') maxAge = true;
          else if (name === 'expires' && !expires) {
            const lead = raw.length - raw.trimStart().length;
            expires = { offset: cookie.valueSpan.offset + at + 1 + lead, length: raw.trim().length };
          }
          at = next;
        }
        if (maxAge && expires) ctx.report('HTTP0567', expires);
      }
    },
  },
  {
    codes: ['HTTP0568'],
    applies: 'response',
    check(ctx) {
      const origin = ctx.field('access-control-allow-origin');
      const credentials = ctx.value('access-control-allow-credentials');
      if (origin && origin.value.trim() === '*' && credentials?.trim().toLowerCase() === 'true') ctx.report('HTTP0568', origin.valueSpan);
    },
  },
  {
    codes: ['HTTP0570'],
    applies: 'response',
    check(ctx) {
      const etag = ctx.field('etag');
      if (ctx.status === 206 && etag && /^\s*W\//.test(etag.value)) ctx.report('HTTP0570', etag.valueSpan);
    },
  },
  {
    codes: ['HTTP0571'],
    applies: 'response',
    check(ctx) {
      const lm = ctx.field('last-modified');
      const date = ctx.field('date');
      if (!lm || !date) return;
      const lmTime = parseHttpDate(lm.value);
      const dateTime = parseHttpDate(date.value);
      if (lmTime.ok && dateTime.ok && lmTime.time > dateTime.time) {
        ctx.report('HTTP0571', lm.valueSpan, { lastModified: lm.value, date: date.value });
      }
    },
  },
  {
    codes: ['HTTP0573'],
    applies: 'response',
    check(ctx) {
      const exchange = ctx.exchange;
      const date = exchange && ctx.field('date');
      if (!exchange || !date) return;
      const parsed = parseHttpDate(date.value);
      if (!parsed.ok) return;
      // Date has whole seconds: the second it names may have begun up to 1 s before the request went out
      const early = exchange.requestTime - 1000 - CLOCK_TOLERANCE_MS - parsed.time;
      const late = parsed.time - exchange.responseTime - CLOCK_TOLERANCE_MS;
      if (early <= 0 && late <= 0) return;
      const behind = early > 0;
      const skew = behind ? exchange.requestTime - parsed.time : parsed.time - exchange.responseTime;
      ctx.report('HTTP0573', date.valueSpan, { date: date.value, skew: humanizeDuration(Math.round(skew / 1000), ctx.locale), direction: directionWord(behind, ctx.locale) });
    },
  },
  {
    codes: ['HTTP0572'],
    applies: 'response',
    check(ctx) {
      const location = ctx.field('location');
      if (location && location.value !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(location.value)) ctx.report('HTTP0572', location.valueSpan);
    },
  },
];

/** How far outside the exchange a response's Date may be before HTTP0573: network and server time, not clocks. */
const CLOCK_TOLERANCE_MS = 5000;

/** HTTP0573's direction: a Date earlier than the exchange is behind this computer's clock. */
function directionWord(behind: boolean, locale: Locale): string {
  if (locale === 'zh-CN') return behind ? '慢' : '快';
  return behind ? 'behind' : 'ahead of';
}

function upgradeWithoutConnection(ctx: RuleContext): void {
  const upgrade = ctx.field('upgrade');
  if (upgrade && !ctx.listMembers('connection').includes('upgrade')) ctx.report('HTTP0564', upgrade.span);
}

/** Rules on a response judged together with the request it answers (`options.request`). */
export const EXCHANGE_RULES: readonly MessageRule[] = [
  {
    codes: ['HTTP0650'],
    applies: 'exchange',
    check(ctx) {
      if (ctx.request?.method.toUpperCase() !== 'HEAD') return;
      const body = ctx.message.body;
      const content = body && body.bytes.length > 0 ? body.span : trailingContent(ctx);
      if (content) ctx.report('HTTP0650', content);
    },
  },
  {
    codes: ['HTTP0651'],
    applies: 'exchange',
    check(ctx) {
      if (ctx.request?.method.toUpperCase() === 'OPTIONS' && ctx.status >= 200 && ctx.status < 300 && !ctx.has('allow')) {
        ctx.report('HTTP0651', ctx.startLineSpan);
      }
    },
  },
  {
    codes: ['HTTP0652'],
    applies: 'exchange',
    check(ctx) {
      if (ctx.status !== 304) return;
      const method = ctx.request?.method.toUpperCase();
      const conditional = ctx.requestHas('if-none-match') || ctx.requestHas('if-modified-since');
      if ((method !== 'GET' && method !== 'HEAD') || !conditional) ctx.report('HTTP0652', ctx.startLineSpan);
    },
  },
  {
    codes: ['HTTP0653'],
    applies: 'exchange',
    check(ctx) {
      if (ctx.status === 412 && !CONDITIONAL_FIELDS.some((f) => ctx.requestHas(f))) ctx.report('HTTP0653', ctx.startLineSpan);
    },
  },
  {
    codes: ['HTTP0654'],
    applies: 'exchange',
    check(ctx) {
      if (ctx.status === 416 && !ctx.requestHas('range')) ctx.report('HTTP0654', ctx.startLineSpan);
    },
  },
  {
    codes: ['HTTP0569'],
    applies: 'exchange',
    check(ctx) {
      if (ctx.status !== 304 && ctx.status !== 206) return;
      const ce = ctx.field('content-encoding');
      if (!ce) return;
      const codings = splitList(ce.value).map((c) => c.toLowerCase());
      const accept = ctx.requestValue('accept-encoding');
      const refused = codings.find((c) => c !== 'identity' && !acceptsCoding(accept, c));
      if (refused) ctx.report('HTTP0569', ce.valueSpan, { status: ctx.status, coding: refused });
    },
  },
];

export const CONTENT_RULES: readonly MessageRule[] = [
  // On parsed input the parser frames the body by Content-Length and reports what is
  // short or left over itself (HTTP0115 and its kin); this rule speaks for messages
  // built otherwise: a template's request, a message object with content.
  { codes: ['HTTP0562'], applies: 'request', check: contentLengthMismatch },
  { codes: ['HTTP0562'], applies: 'response', check: contentLengthMismatch },
  {
    codes: ['HTTP0561'],
    applies: 'request',
    check: contentTypeMissing,
  },
  {
    codes: ['HTTP0561'],
    applies: 'response',
    check: contentTypeMissing,
  },
];

function contentLengthMismatch(ctx: RuleContext): void {
  const body = ctx.message.body;
  const cls = ctx.fields('content-length');
  if (cls.length !== 1 || !body || body.framing !== 'content-length' || ctx.hasFramingDiagnostic) return;
  // A response to HEAD and a 304 announce the length of the representation they do not carry.
  if (ctx.message.kind === 'response' && (ctx.status === 304 || ctx.request?.method.toUpperCase() === 'HEAD')) return;
  const cl = cls[0] as FieldLine;
  if (!/^\d{1,15}$/.test(cl.value)) return; // a malformed value is the field parser's to report
  const declared = Number(cl.value);
  const extra = trailingContent(ctx);
  const actual = body.bytes.length + (extra?.length ?? 0);
  if (actual !== declared) ctx.report('HTTP0562', cl.valueSpan, { declared, actual });
}

function contentTypeMissing(ctx: RuleContext): void {
  const body = ctx.message.body;
  if (!body || body.bytes.length === 0 || ctx.has('content-type')) return;
  if (ctx.message.kind === 'response' && (ctx.status === 204 || ctx.status === 304 || ctx.status < 200)) return;
  ctx.report('HTTP0561', body.span);
}

export const ALL_RULES: readonly MessageRule[] = [...REQUEST_RULES, ...RESPONSE_RULES, ...EXCHANGE_RULES, ...CONTENT_RULES];
