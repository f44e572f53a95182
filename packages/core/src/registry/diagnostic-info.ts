import type { Area } from '../codes/define.js';
import { CODES, getCodeDefinition } from '../codes/table.js';
import type { Locale, Severity } from '../types.js';
import { getLocaleText } from './locale-data.js';

/** Where the doc pages of diagnostic codes are published. */
export const CODE_DOCS_BASE_URL = 'https://httplens.dev';

/** The stable URL of a code's doc page (`https://httplens.dev/codes/HTTP3001`, `.../zh-CN/codes/HTTP3001`). */
export function diagnosticDocUrl(code: string, locale: Locale = 'en'): string {
  return locale === 'en' ? `${CODE_DOCS_BASE_URL}/codes/${code}` : `${CODE_DOCS_BASE_URL}/${locale}/codes/${code}`;
}

export interface DiagnosticInfo {
  code: string;
  messageId: string;
  severity: Severity;
  area: Area;
  /** Whether a quick fix is offered for this code. */
  fixable: boolean;
  title: string;
  /** The message template, with its `{placeholders}`. */
  message: string;
  /** The doc page (markdown body, without the title heading). */
  doc: string;
  /**
   * The language of `doc`: the zh-CN page is available once
   * `@httplens/core/locales/zh-CN` has been imported; before that the English page is returned.
   */
  docLocale: Locale;
  docUrl: string;
}

/** Everything known about a diagnostic code, in the requested locale; undefined for an unknown code. */
export function getDiagnosticInfo(code: string, options: { locale?: Locale } = {}): DiagnosticInfo | undefined {
  const def = getCodeDefinition(code);
  if (!def) return undefined;
  const locale = options.locale ?? 'en';
  const translated = locale === 'en' ? undefined : getLocaleText(locale, 'codeDocs', code);
  const docLocale: Locale = translated === undefined ? 'en' : locale;
  return {
    code: def.code,
    messageId: def.messageId,
    severity: def.severity,
    area: def.area,
    fixable: def.fixable ?? false,
    title: def.title[locale],
    message: def.message[locale],
    doc: translated ?? def.doc,
    docLocale,
    docUrl: diagnosticDocUrl(def.code, locale),
  };
}

/** Every diagnostic code, in code order. */
export function listDiagnosticCodes(): string[] {
  return CODES.map((c) => c.code);
}

const SEVERITY_LABEL: Record<Locale, Record<Severity, string>> = {
  en: { error: 'error', warning: 'warning', info: 'information', hint: 'hint' },
  'zh-CN': { error: '错误', warning: '警告', info: '信息', hint: '提示' },
};

const HEADINGS: Record<Locale, { severity: string; area: string; message: string; fixable: string; yes: string; no: string }> = {
  en: { severity: 'Default severity', area: 'Area', message: 'Message', fixable: 'Quick fix', yes: 'yes', no: 'no' },
  'zh-CN': { severity: '默认严重级别', area: '领域', message: '消息', fixable: '快速修复', yes: '有', no: '无' },
};

/**
 * A complete, stand-alone doc page for a code: title, a table of its properties
 * and the page body. This is what `docs/codes/{en,zh-CN}/HTTPxxxx.md` would contain.
 */
export function renderDiagnosticDocPage(code: string, locale: Locale = 'en'): string | undefined {
  const info = getDiagnosticInfo(code, { locale });
  if (!info) return undefined;
  const h = HEADINGS[locale];
  return [
    `# ${info.code}: ${info.title}`,
    '',
    `| | |`,
    `|---|---|`,
    `| ${h.severity} | ${SEVERITY_LABEL[locale][info.severity]} |`,
    `| ${h.area} | \`${info.area}\` |`,
    `| ${h.message} | ${info.message.replaceAll('|', '\\|')} |`,
    `| ${h.fixable} | ${info.fixable ? h.yes : h.no} |`,
    '',
    info.doc.trim(),
    '',
  ].join('\n');
}
