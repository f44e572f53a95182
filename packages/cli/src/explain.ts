import {
  explainCaching,
  getField,
  humanizeDuration,
  messageFromHeaders,
  parseCacheControl,
  parseField,
  parseHttpDate,
  type Diagnostic,
  type Locale,
} from '@httplens/core';
import { directiveMeaning, fieldSeconds, UI_MESSAGES } from '@httplens/language-service';
import { boolFlag, localeFlag, parseArgs, UsageError } from './args.js';
import { colours, useColour, visible, type Colours, type Io } from './io.js';

export const EXPLAIN_HELP = `Usage: httplens explain [options] '<Field: value>'...

Parses and explains header fields given on the command line: what the field is, each
component of its value, problems found, and for caching fields what caches will do.

  httplens explain 'Cache-Control: public, max-age=600, stale-while-revalidate=30'
  httplens explain --request 'Accept: text/html;q=0.9, */*;q=0.1'

Options:
  --request            the fields belong to a request (default: a response)
  --locale <en|zh-CN>  language of the explanation
  --json               print the result as JSON
  -h, --help           show this help
`;

interface Explained {
  name: string;
  value: string;
  field?: { name: string; status: string; summary: string; specUrl: string; replacedBy?: readonly string[] };
  components: { text: string; meaning: string }[];
  diagnostics: { code: string; severity: string; message: string; offset: number; length: number }[];
}

export async function explainCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { values: ['locale'], booleans: ['request', 'json', 'help'], aliases: { '-h': '--help' } });
  if (boolFlag(args, 'help')) {
    io.stdout(EXPLAIN_HELP);
    return 0;
  }
  if (args.positionals.length === 0) throw new UsageError("explain needs at least one 'Field: value'");
  const locale = localeFlag(args) ?? 'en';
  const direction = boolFlag(args, 'request') ? 'request' : 'response';
  const fields: [string, string][] = args.positionals.map((arg) => {
    const colon = arg.indexOf(':');
    if (colon <= 0) throw new UsageError(`'${arg}' is not 'Field: value'`);
    return [arg.slice(0, colon).trim(), arg.slice(colon + 1).trim()];
  });
  const explained = fields.map(([name, value]) => explainField(name, value, direction, locale));
  const caching = direction === 'response' && fields.some(([n]) => /^(?:cache-control|expires|last-modified|etag|vary|pragma|age)$/i.test(n)) ? cachingOf(fields, locale) : undefined;
  if (boolFlag(args, 'json')) {
    io.stdout(`${JSON.stringify({ fields: explained, ...(caching ? { caching } : {}) }, null, 2)}\n`);
  } else {
    io.stdout(render(explained, caching, colours(useColour(io, 'stdout')), locale));
  }
  return explained.some((e) => e.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

export function explainField(name: string, value: string, direction: 'request' | 'response', locale: Locale): Explained {
  const info = getField(name, { locale });
  const parsed = parseField(name, value, { direction, locale });
  const out: Explained = {
    name,
    value,
    components: componentsOf(name, value, direction, locale),
    diagnostics: parsed.diagnostics.map((d: Diagnostic) => ({ code: d.code, severity: d.severity, message: d.message, offset: d.span.offset, length: d.span.length })),
  };
  if (info) {
    out.field = { name: info.name, status: info.status, summary: info.summary, specUrl: info.specUrl };
    if (info.replacedBy?.length) out.field.replacedBy = info.replacedBy;
  }
  return out;
}

function componentsOf(name: string, value: string, direction: 'request' | 'response', locale: Locale): Explained['components'] {
  const lower = name.toLowerCase();
  const ui = UI_MESSAGES[locale];
  if (lower === 'cache-control' || lower === 'cdn-cache-control' || lower === 'surrogate-control') {
    return parseCacheControl(value, { direction }).directives.map((d) => {
      const text = d.value === undefined ? d.name : `${d.name}=${d.value}`;
      let meaning = directiveMeaning(d, lower === 'cache-control' ? direction : 'response', locale);
      // the delta-seconds recipients use (capped at 2^31, HTTP3108), and only for directives that take them
      if (d.seconds !== undefined) meaning += ` (${humanizeDuration(d.seconds, locale)})`;
      return { text, meaning };
    });
  }
  const date = parseHttpDate(value);
  if (date.ok) {
    const delta = Math.round((date.time - Date.now()) / 1000);
    const when = delta >= 0 ? (ui.inFuture ?? '{0}').replace('{0}', humanizeDuration(delta, locale)) : (ui.inPast ?? '{0}').replace('{0}', humanizeDuration(-delta, locale));
    return [{ text: value, meaning: `${new Date(date.time).toISOString().replace('.000Z', 'Z')} (UTC), ${when}` }];
  }
  const seconds = fieldSeconds(name, value);
  if (seconds !== undefined) return [{ text: value, meaning: humanizeDuration(seconds, locale) }];
  return [];
}

function cachingOf(fields: [string, string][], locale: Locale) {
  const now = Date.now();
  const headers = fields.some(([n]) => n.toLowerCase() === 'date') ? fields : [...fields, ['Date', new Date(now).toUTCString()] as [string, string]];
  const message = messageFromHeaders({ status: 200, headers });
  return {
    shared: explainCaching(message, { shared: true, now, locale }).summary,
    private: explainCaching(message, { shared: false, now, locale }).summary,
  };
}

const LABELS: Record<Locale, Record<string, string>> = {
  en: { unknown: 'not a registered field', problems: 'Problems', none: 'no problems', caching: 'Caching', shared: 'shared cache', private: 'private cache', instead: 'use instead' },
  'zh-CN': { unknown: '不是已注册的首部字段', problems: '问题', none: '没有问题', caching: '缓存', shared: '共享缓存', private: '私有缓存', instead: '请改用' },
};

function render(items: Explained[], caching: { shared: string; private: string } | undefined, c: Colours, locale: Locale): string {
  const l = LABELS[locale];
  const out: string[] = [];
  for (const shown of items) {
    const e = { ...shown, name: visible(shown.name), value: visible(shown.value) };
    out.push(c.bold(`${e.name}: ${e.value}`));
    if (e.field) {
      const status = e.field.status === 'permanent' ? '' : c.yellow(` [${e.field.status}]`);
      out.push(`  ${e.field.name}${status} — ${e.field.summary}`);
      if (e.field.replacedBy?.length) out.push(`  ${l.instead}: ${e.field.replacedBy.join(', ')}`);
      out.push(c.grey(`  ${e.field.specUrl}`));
    } else out.push(c.yellow(`  ${l.unknown}`));
    for (const comp of e.components) out.push(`  ${c.cyan(visible(comp.text))}  ${comp.meaning}`);
    if (e.diagnostics.length === 0) out.push(c.green(`  ✔ ${l.none}`));
    for (const d of e.diagnostics) {
      const mark = d.severity === 'error' ? c.red('✖') : d.severity === 'warning' ? c.yellow('⚠') : c.blue('ℹ');
      out.push(`  ${mark} ${d.message} ${c.grey(d.code)}`);
      const pad = `${e.name}: `.length;
      out.push(c.grey(`    ${e.name}: ${e.value}`), `    ${' '.repeat(pad + d.offset)}${c.red('^'.repeat(Math.max(1, d.length)))}`);
    }
    out.push('');
  }
  if (caching) out.push(c.bold(`${l.caching}:`), `  ${l.shared}: ${caching.shared}`, `  ${l.private}: ${caching.private}`, '');
  return `${out.join('\n')}\n`;
}
