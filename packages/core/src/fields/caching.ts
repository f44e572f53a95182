/**
 * Parsers of the caching fields: Cache-Control (RFC 9111 §5.2), the targeted
 * cache-control fields (RFC 9213: CDN-Cache-Control and vendor targets),
 * Surrogate-Control (W3C Edge Architecture, provisional), Pragma (§5.4),
 * Expires (§5.3), Age (§5.1) and Warning (obsoleted, §5.5). Codes HTTP3100-3199.
 */
import { parseCacheControl } from '../cache/parse.js';
import type { CacheDirective } from '../cache/parse.js';
import { parseDeltaSeconds, DELTA_CAP, onePerSpan } from '../cache/parse.js';
import { getDirectiveSpec, suggestDirective } from '../cache/directives.js';
import { createDiagnostic } from '../diagnostics.js';
import { parseHttpDate } from '../grammar/http-date.js';
import type { HttpDateErrorReason, HttpDateSuccess } from '../grammar/http-date.js';
import { parseStructuredFieldWithSpans } from '../sf/parse.js';
import type { Dictionary } from '../sf/types.js';
import type { Diagnostic, Locale } from '../types.js';
import type { FieldParseContext, FieldParseResult, FieldParserDefinition } from './types.js';

// ---- Cache-Control ----------------------------------------------------------------

// Cache-Control = #cache-directive ; cache-directive = token [ "=" ( token / quoted-string ) ]
const cacheControl: FieldParserDefinition<CacheDirective[]> = {
  names: ['cache-control'],
  parse(value: string, context: FieldParseContext): FieldParseResult<CacheDirective[]> {
    const r = parseCacheControl(value, { direction: context.direction, locale: context.locale });
    return { value: r.directives, diagnostics: r.diagnostics };
  },
};

// ---- Targeted cache-control fields (RFC 9213) ----------------------------------------

/** A directive of a targeted field: the Dictionary member, as a cache directive. */
export interface TargetedDirective {
  name: string;
  /** `true` for a flag; a number for delta-seconds; a string for a field list or another String/Token. */
  value: true | number | string;
}

/**
 * CDN-Cache-Control = sf-dictionary (RFC 9213 §2.1): members are cache directives; a
 * flag is Boolean true, delta-seconds an Integer, a field list a String. A field
 * that does not parse is ignored whole (§2.2), reported as HTTP3121.
 */
const TARGETED_NAMES = ['cdn-cache-control', 'cloudflare-cdn-cache-control', 'akamai-cache-control', 'vercel-cdn-cache-control'];

function parseTargeted(value: string, context: FieldParseContext): FieldParseResult<TargetedDirective[]> {
  const locale = context.locale;
  const diagnostics: Diagnostic[] = [];
  const parsed = parseStructuredFieldWithSpans(value, 'dictionary');
  if (!parsed.ok) {
    diagnostics.push(createDiagnostic('HTTP3121', { offset: 0, length: value.length }, { field: context.name, error: `${parsed.error.message} @${parsed.error.offset}` }, { locale }));
    return { diagnostics };
  }
  const dict: Dictionary = parsed.value;
  const out: TargetedDirective[] = [];
  for (const [key, member] of dict) {
    const keySpan = parsed.spans.ofKeyName(dict, key) ?? { offset: 0, length: value.length };
    const memberSpan = parsed.spans.ofKey(dict, key) ?? keySpan;
    const spec = getDirectiveSpec(key);
    if (!spec) {
      const suggestion = suggestDirective(key);
      diagnostics.push(suggestion ? createDiagnostic('HTTP3102', keySpan, { name: key, suggestion }, { locale }) : createDiagnostic('HTTP3101', keySpan, { name: key }, { locale }));
    } else if (!spec.response) {
      diagnostics.push(createDiagnostic('HTTP3109', keySpan, { name: key }, { locale }));
    }
    if (!('value' in member)) {
      diagnostics.push(createDiagnostic('HTTP3106', memberSpan, { name: key, value: value.slice(memberSpan.offset + key.length + 1, memberSpan.offset + memberSpan.length) }, { locale }));
      continue;
    }
    const item = member.value;
    const kind = spec?.response;
    const text = value.slice(memberSpan.offset + key.length + 1, memberSpan.offset + memberSpan.length);
    if (kind === 'delta') {
      if (item.type !== 'integer' || item.value < 0) {
        if (item.type === 'boolean' && item.value) diagnostics.push(createDiagnostic('HTTP3104', memberSpan, { name: key, expected: locale === 'zh-CN' ? `整数秒数，例如 ${key}=60` : `an Integer number of seconds, as in ${key}=60` }, { locale }));
        else diagnostics.push(createDiagnostic('HTTP3106', memberSpan, { name: key, value: text }, { locale }));
        continue;
      }
      out.push({ name: key, value: Math.min(item.value, DELTA_CAP) });
      continue;
    }
    if (kind === 'none') {
      if (item.type !== 'boolean') {
        diagnostics.push(createDiagnostic('HTTP3105', memberSpan, { name: key, value: text }, { locale }));
        continue;
      }
      if (item.value) out.push({ name: key, value: true });
      continue;
    }
    if (item.type === 'boolean') {
      if (item.value) out.push({ name: key, value: true });
    } else if (item.type === 'integer') out.push({ name: key, value: item.value });
    else if (item.type === 'string' || item.type === 'token') out.push({ name: key, value: item.value });
  }
  return { value: out, diagnostics: onePerSpan(diagnostics) };
}

const targeted: FieldParserDefinition<TargetedDirective[]> = { names: TARGETED_NAMES, parse: parseTargeted };

// ---- Surrogate-Control (W3C Edge Architecture 1.0, provisional) --------------------

// Surrogate-Control = 1#surrogate-control-directive; max-age = "max-age" "=" delta-seconds [ "+" delta-seconds ];
// no-store, no-store-remote, content = "content" "=" quoted-string;
// plus stale-while-revalidate and stale-if-error (RFC 5861 delta-seconds), which Fastly reads from
// Surrogate-Control as from Cache-Control.
const SURROGATE_KNOWN = new Set(['max-age', 'no-store', 'no-store-remote', 'content', 'stale-while-revalidate', 'stale-if-error']);
const SURROGATE_SECONDS = new Set(['max-age', 'stale-while-revalidate', 'stale-if-error']);

const surrogateControl: FieldParserDefinition<CacheDirective[]> = {
  names: ['surrogate-control'],
  parse(value: string, context: FieldParseContext): FieldParseResult<CacheDirective[]> {
    const locale = context.locale;
    const r = parseCacheControl(value, { locale });
    // Keep syntax problems only; directive meanings differ from Cache-Control.
    const diagnostics = r.diagnostics.filter((d) => d.code === 'HTTP3100' || d.code === 'HTTP3127' || d.code === 'HTTP3103');
    for (const d of r.directives) {
      if (!SURROGATE_KNOWN.has(d.name)) {
        // a targeted directive (`max-age;edge1`) is left alone
        diagnostics.push(createDiagnostic('HTTP3101', d.nameSpan, { name: d.name }, { locale }));
        continue;
      }
      if (SURROGATE_SECONDS.has(d.name)) {
        const v = d.value ?? '';
        const plus = d.name === 'max-age' ? v.indexOf('+') : -1;
        const ok = plus < 0 ? parseDeltaSeconds(v) >= 0 : parseDeltaSeconds(v.slice(0, plus)) >= 0 && parseDeltaSeconds(v.slice(plus + 1)) >= 0;
        if (d.value === undefined) diagnostics.push(createDiagnostic('HTTP3104', d.span, { name: d.name, expected: locale === 'zh-CN' ? `秒数，例如 ${d.name}=60` : `seconds, as in ${d.name}=60` }, { locale }));
        else if (!ok) diagnostics.push(createDiagnostic('HTTP3106', d.valueSpan ?? d.span, { name: d.name, value: v }, { locale }));
      } else if (d.name !== 'content' && d.value !== undefined) {
        diagnostics.push(createDiagnostic('HTTP3105', d.valueSpan ?? d.span, { name: d.name, value: d.value }, { locale }));
      }
    }
    // The provisional-field note covers the value, or marks its start when a problem already covers the value.
    const whole = { offset: 0, length: value.length };
    const taken = diagnostics.some((d) => d.span.offset === 0 && d.span.length === value.length);
    diagnostics.unshift(createDiagnostic('HTTP3122', taken ? { offset: 0, length: 0 } : whole, {}, { locale }));
    return { value: r.directives, diagnostics: onePerSpan(diagnostics) };
  },
};

// ---- Pragma (RFC 9111 §5.4, deprecated) --------------------------------------------

// Pragma = #pragma-directive ; pragma-directive = "no-cache" / extension-pragma
// extension-pragma = token [ "=" ( token / quoted-string ) ]
const pragma: FieldParserDefinition<CacheDirective[]> = {
  names: ['pragma'],
  parse(value: string, context: FieldParseContext): FieldParseResult<CacheDirective[]> {
    const locale = context.locale;
    const r = parseCacheControl(value, { locale });
    const diagnostics = r.diagnostics.filter((d) => d.code === 'HTTP3100' || d.code === 'HTTP3127');
    const noCache = r.directives.find((d) => d.name === 'no-cache');
    if (noCache && context.direction === 'response') diagnostics.push(createDiagnostic('HTTP3117', noCache.span, {}, { locale }));
    return { value: r.directives, diagnostics: onePerSpan(diagnostics) };
  },
};

// ---- Expires (RFC 9111 §5.3) --------------------------------------------------------

const DATE_REASONS_ZH: Record<HttpDateErrorReason, string> = {
  empty: '值为空',
  'day-name': '应为星期名（Mon、Tue……或 Monday、Tuesday……）',
  comma: '星期名后应有“,”',
  space: '应为一个空格',
  day: '应为两位数的日期',
  month: '应为月份名（Jan……Dec）',
  year: '应为年份',
  time: '应为时间（hh:mm:ss）',
  gmt: '应为“GMT”',
  'day-out-of-range': '该月没有这一天',
  'time-out-of-range': '时间超出范围',
  trailing: '日期后面有多余的文本',
};

export function httpDateProblem(reason: HttpDateErrorReason, message: string, locale: Locale): string {
  return locale === 'zh-CN' ? DATE_REASONS_ZH[reason] : message;
}

// Expires = HTTP-date
const expires: FieldParserDefinition<HttpDateSuccess> = {
  names: ['expires'],
  parse(value: string, context: FieldParseContext): FieldParseResult<HttpDateSuccess> {
    const locale = context.locale;
    const r = parseHttpDate(value);
    if (r.ok) return { value: r, diagnostics: [] };
    const trimmed = value.trim();
    const span = { offset: 0, length: value.length };
    if (/^-?\d+$/.test(trimmed)) return { diagnostics: [createDiagnostic('HTTP3119', span, { value: trimmed }, { locale })] };
    return { diagnostics: [createDiagnostic('HTTP3118', span, { value: trimmed, reason: httpDateProblem(r.error.reason, r.error.message, locale) }, { locale })] };
  },
};

// ---- Age (RFC 9111 §5.1) ------------------------------------------------------------

// Age = delta-seconds
const age: FieldParserDefinition<number> = {
  names: ['age'],
  parse(value: string, context: FieldParseContext): FieldParseResult<number> {
    const locale = context.locale;
    const trimmed = value.trim();
    const start = value.indexOf(trimmed);
    const span = { offset: start < 0 ? 0 : start, length: trimmed.length };
    const seconds = parseDeltaSeconds(trimmed);
    if (seconds < 0) return { diagnostics: [createDiagnostic('HTTP3123', span, { value: trimmed }, { locale })] };
    const diagnostics: Diagnostic[] = [];
    if (seconds === DELTA_CAP && trimmed.replace(/^0+/, '') !== '2147483648') diagnostics.push(createDiagnostic('HTTP3108', span, { name: 'Age', value: trimmed }, { locale }));
    return { value: seconds, diagnostics };
  },
};

// ---- Warning (RFC 7234 §5.5, obsoleted by RFC 9111) -----------------------------------

/** One warning-value: warn-code SP warn-agent SP warn-text [ SP warn-date ]. */
export interface WarningValue {
  code: number;
  agent: string;
  text: string;
  date?: number;
}

const WARNING_PROBLEMS = {
  code: { en: 'expected a three-digit warn-code', zh: '应为三位数字的 warn-code' },
  agent: { en: 'expected a warn-agent (host or pseudonym)', zh: '应为 warn-agent（主机名或代称）' },
  text: { en: 'expected a quoted warn-text', zh: '应为带引号的 warn-text' },
  date: { en: 'expected a quoted HTTP-date', zh: '应为带引号的 HTTP 日期' },
  trailing: { en: "expected ',' before the next warning", zh: '下一条警告之前应有“,”' },
} as const;

// Warning = 1#warning-value ; warning-value = warn-code SP warn-agent SP warn-text [ SP warn-date ]
const warning: FieldParserDefinition<WarningValue[]> = {
  names: ['warning'],
  parse(value: string, context: FieldParseContext): FieldParseResult<WarningValue[]> {
    const locale = context.locale;
    const out: WarningValue[] = [];
    const diagnostics: Diagnostic[] = [];
    const n = value.length;
    let i = 0;
    const fail = (problem: keyof typeof WARNING_PROBLEMS, at: number): void => {
      let end = at;
      while (end < n && value.charCodeAt(end) !== 44) end++;
      // what is missing at the end of the value (`718 ` without its agent) is pointed at with an empty span there
      diagnostics.push(createDiagnostic('HTTP3124', { offset: at, length: at < n ? Math.max(1, end - at) : 0 }, { problem: WARNING_PROBLEMS[problem][locale === 'zh-CN' ? 'zh' : 'en'] }, { locale }));
      i = end;
    };
    const quoted = (at: number): number => {
      if (value.charCodeAt(at) !== 34) return -1;
      for (let k = at + 1; k < n; k++) {
        const c = value.charCodeAt(k);
        if (c === 92) k++;
        else if (c === 34) return k + 1;
      }
      return -1;
    };
    while (i < n) {
      const c0 = value.charCodeAt(i);
      if (c0 === 44 || c0 === 32 || c0 === 9) {
        i++;
        continue;
      }
      const start = i;
      const code = parseDeltaSeconds(value.slice(i, i + 3));
      if (code < 0 || value.charCodeAt(i + 3) !== 32) {
        fail('code', start);
        continue;
      }
      i += 4;
      const agentStart = i;
      while (i < n && value.charCodeAt(i) !== 32 && value.charCodeAt(i) !== 44) i++;
      if (i === agentStart || value.charCodeAt(i) !== 32) {
        fail('agent', agentStart);
        continue;
      }
      const agent = value.slice(agentStart, i);
      i++;
      const textEnd = quoted(i);
      if (textEnd < 0) {
        fail('text', i);
        continue;
      }
      const w: WarningValue = { code, agent, text: value.slice(i + 1, textEnd - 1) };
      i = textEnd;
      if (value.charCodeAt(i) === 32 && value.charCodeAt(i + 1) === 34) {
        const dateEnd = quoted(i + 1);
        const d = dateEnd < 0 ? undefined : parseHttpDate(value.slice(i + 2, dateEnd - 1));
        if (!d || !d.ok) {
          fail('date', i + 1);
          continue;
        }
        w.date = d.time;
        i = dateEnd;
      }
      let j = i;
      while (j < n && (value.charCodeAt(j) === 32 || value.charCodeAt(j) === 9)) j++;
      if (j < n && value.charCodeAt(j) !== 44) {
        fail('trailing', j);
        continue;
      }
      i = j;
      out.push(w);
    }
    return { value: out, diagnostics };
  },
};

/** Every caching field parser. */
export const CACHING_FIELD_PARSERS: readonly FieldParserDefinition[] = [cacheControl, targeted, surrogateControl, pragma, expires, age, warning] as FieldParserDefinition[];

