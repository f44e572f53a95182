import {
  DIRECTIVES,
  explainCaching,
  getDiagnosticInfo,
  getField,
  getVendorPrefix,
  humanizeDuration,
  parseCacheControl,
  parseDeltaSeconds,
  parseHttpDate,
  renderMethodDoc,
  renderStatusDoc,
  type CacheDirective,
  type FieldLine,
  type HttpMessage,
  type Locale,
  type Span,
} from '@httplens/core';
import { authReference, dynamicName, formatSize, isFakerVariable, questionOfExpression, resolveVariable, type HttpFile, type Question, type ResolveContext, type VariableReference } from '@httplens/http-file';
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import { contains, toRange, type TextDocument } from './document.js';
import { requestAt, type ParsedDocument } from './parse.js';
import { own } from './records.js';
import type { AuthContext } from './settings.js';
import { directiveMeaning, relativeTime, t } from './l10n.js';
import { valueComponent } from './valueHover.js';
import { COOKIE_ATTRIBUTES, CSP_DIRECTIVES } from './attributeDocs.js';

export interface HoverOptions {
  locale: Locale;
  now: number;
  /** Environment, host, stored responses: what variables resolve against. */
  context?: ResolveContext;
  /** The OAuth 2.0 configurations of the environments, for `$auth.token("id")`. */
  auth?: AuthContext | undefined;
}

const SECRET_NAME = /token|secret|password|passwd|pwd|api[-_]?key|auth|credential|private/i;

export function doHover(document: TextDocument, parsed: ParsedDocument, offset: number, options: HoverOptions): Hover | null {
  const found = parsed.kind === 'http' ? hoverHttpFile(parsed.file, offset, options) : hoverMessages(parsed.messages, offset, options);
  if (!found) return null;
  return { contents: { kind: MarkupKind.Markdown, value: found.markdown }, range: toRange(document, found.span) };
}

interface Found {
  markdown: string;
  span: Span;
}

function hoverHttpFile(file: HttpFile, offset: number, options: HoverOptions): Found | undefined {
  const request = requestAt(file, offset);
  const references: VariableReference[] = [...file.variables.flatMap((v) => v.references), ...(request?.references ?? [])];
  const reference = references.find((r) => contains(r.span, offset));
  if (reference) return { markdown: variableHover(file, reference, options, request?.index ?? 0), span: reference.span };
  const variable = file.variables.find((v) => contains(v.nameSpan, offset));
  if (variable) {
    const masked = SECRET_NAME.test(variable.name) ? mask(variable.value) : variable.value;
    return { markdown: `**@${variable.name}** = \`${masked}\`\n\n${t(options.locale, 'fileVariable')}`, span: variable.nameSpan };
  }
  const code = suppressedCodeAt(file.text, offset);
  if (code) return { markdown: codeHover(code.code, options.locale), span: code.span };
  if (!request) return undefined;
  const name = request.metadata.find((m) => m.key === 'name' && m.valueSpan && contains(m.valueSpan, offset));
  if (name?.valueSpan) return { markdown: requestNameHover(file, request.index, name.value ?? '', options.locale), span: name.valueSpan };
  if (request.methodSpan && contains(request.methodSpan, offset)) {
    const doc = renderMethodDoc(request.method, { locale: options.locale });
    if (doc) return { markdown: doc, span: request.methodSpan };
  }
  for (const header of request.headers) {
    const hit = fieldHover({ name: header.name, value: header.value, span: header.span, nameSpan: header.nameSpan, valueSpan: header.valueSpan }, offset, 'request', options);
    if (hit) return hit;
  }
  return undefined;
}

function hoverMessages(messages: readonly HttpMessage[], offset: number, options: HoverOptions): Found | undefined {
  for (const message of messages) {
    const start = message.startLine;
    if (start && contains(start.span, offset) && message.kind === 'response') {
      const status = message.status !== undefined ? renderStatusDoc(message.status, { locale: options.locale }) : undefined;
      const parts = [status, cachingHover(message, options)].filter((p): p is string => p !== undefined);
      return { markdown: parts.join('\n\n---\n\n'), span: start.status ?? start.span };
    }
    if (start?.method && contains(start.method, offset) && message.method) {
      const doc = renderMethodDoc(message.method, { locale: options.locale });
      if (doc) return { markdown: doc, span: start.method };
    }
    for (const field of [...message.fields, ...message.trailers]) {
      const hit = fieldHover(field, offset, message.kind, options);
      if (hit) return hit;
    }
  }
  return undefined;
}

function fieldHover(field: FieldLine, offset: number, direction: 'request' | 'response', options: HoverOptions): Found | undefined {
  if (contains(field.nameSpan, offset)) return { markdown: fieldNameHover(field.name, options.locale), span: field.nameSpan };
  if (!contains(field.valueSpan, offset) || field.value.includes('{{')) return undefined;
  const name = field.name.toLowerCase();
  if (name === 'cache-control' || name === 'cdn-cache-control' || name === 'surrogate-control') {
    const parsed = parseCacheControl(field.value, { direction });
    const local = offset - field.valueSpan.offset;
    const directive = parsed.directives.find((d) => local >= d.span.offset && local <= d.span.offset + d.span.length);
    if (directive) {
      return {
        markdown: directiveHover(directive, direction, options.locale),
        span: { offset: field.valueSpan.offset + directive.span.offset, length: directive.span.length },
      };
    }
  }
  const part = name === 'set-cookie' || name === 'content-security-policy' || name === 'content-security-policy-report-only' ? semicolonPartAt(field.value, offset - field.valueSpan.offset) : undefined;
  if (part) {
    const docs = name === 'set-cookie' ? COOKIE_ATTRIBUTES : CSP_DIRECTIVES;
    // a cookie's first part is its name=value pair, not an attribute
    const doc = name === 'set-cookie' && part.index === 0 ? undefined : own(docs, part.name.toLowerCase());
    if (doc) {
      const lines = [`**${part.name}**`, '', options.locale === 'zh-CN' ? doc.zh : doc.en];
      if (name === 'set-cookie' && part.name.toLowerCase() === 'max-age' && /^\d+$/.test(part.value)) lines.push('', `${part.value} = ${humanizeDuration(Number(part.value), options.locale)}`);
      return { markdown: lines.join('\n'), span: { offset: field.valueSpan.offset + part.offset, length: part.length } };
    }
  }
  const component = valueComponent(field.name, field.value, offset - field.valueSpan.offset, options.locale);
  if (component) return { markdown: component.markdown, span: { offset: field.valueSpan.offset + component.span.offset, length: component.span.length } };
  const date = parseHttpDate(field.value);
  if (date.ok) return { markdown: dateHover(date.time, options), span: field.valueSpan };
  const seconds = fieldSeconds(name, field.value);
  if (seconds !== undefined) return { markdown: `\`${field.value}\` = ${humanizeDuration(seconds, options.locale)}`, span: field.valueSpan };
  return undefined;
}

/** The fields whose whole value may be a number of seconds. */
const SECONDS_FIELDS: ReadonlySet<string> = new Set(['age', 'retry-after', 'access-control-max-age']);

/**
 * The seconds that the value of Age, Retry-After (delay-seconds) or Access-Control-Max-Age stands for, when it is
 * digits only: Age's capped at 2^31, as recipients read delta-seconds (RFC 9111 §1.2.2, HTTP3108); undefined for
 * another field or value. For hovers, inlay hints and the command line's explain.
 */
export function fieldSeconds(name: string, value: string): number | undefined {
  const lower = name.toLowerCase();
  if (!SECONDS_FIELDS.has(lower) || !/^\d+$/.test(value)) return undefined;
  return lower === 'age' ? parseDeltaSeconds(value) : Number(value);
}

/** The `;`-separated part of a value at `at` (a Set-Cookie attribute, a CSP directive): its name, value and place. */
function semicolonPartAt(value: string, at: number): { index: number; name: string; value: string; offset: number; length: number } | undefined {
  let start = 0;
  for (let index = 0; start <= value.length; index++) {
    const semi = value.indexOf(';', start);
    const end = semi < 0 ? value.length : semi;
    if (at >= start && at <= end) {
      const raw = value.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      // a CSP directive's name ends at a blank, a cookie attribute's at `=`
      let k = 0;
      while (k < text.length && text[k] !== '=' && text[k] !== ' ' && text[k] !== '\t') k++;
      if (k === 0) return undefined;
      const rest = text.slice(k).trimStart();
      return { index, name: text.slice(0, k), value: (rest.startsWith('=') ? rest.slice(1) : rest).trim(), offset: start + lead, length: text.length };
    }
    if (semi < 0) break;
    start = semi + 1;
  }
  return undefined;
}

/** The diagnostic code under the offset in a `# httplens-disable-next-line HTTP0000` (or `-file`) comment. */
function suppressedCodeAt(text: string, offset: number): { code: string; span: Span } | undefined {
  let lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  let lineEnd = offset;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  const line = text.slice(lineStart, lineEnd);
  if (!/^\s*(?:#|\/\/)\s*httplens-disable/.test(line)) return undefined;
  for (const m of line.matchAll(/HTTP\d{4}/g)) {
    const from = lineStart + m.index;
    if (offset >= from && offset <= from + m[0].length) return { code: m[0], span: { offset: from, length: m[0].length } };
  }
  return undefined;
}

/** A diagnostic code: its title, what it reports and a link to its page. */
function codeHover(code: string, locale: Locale): string {
  const info = getDiagnosticInfo(code, { locale });
  if (!info) return `**${code}**\n\n${t(locale, 'unknownCode')}`;
  return [`**${info.code}** — ${info.title}`, '', `_${t(locale, `severity.${info.severity}`)}_`, '', `[${t(locale, 'docs')}](${info.docUrl})`].join('\n');
}

/** A request's name: the request it names and how other requests use its response. */
function requestNameHover(file: HttpFile, index: number, name: string, locale: Locale): string {
  const request = file.requests[index];
  const lines = [`**${name}**`, '', `\`${request?.method ?? ''} ${request?.url ?? ''}\``];
  const uses = file.requests.reduce((n, r) => n + r.references.filter((ref) => ref.name === name || ref.expression.startsWith(`${name}.`)).length, 0);
  lines.push('', t(locale, 'requestName', `\`{{${name}.response.body.$}}\``, `\`{{${name}.response.headers.Name}}\``), '', t(locale, 'requestNameUses', String(uses)));
  return lines.join('\n');
}

/** A field name: summary, status and replacement, where it appears, links. */
export function fieldNameHover(name: string, locale: Locale): string {
  const info = getField(name, { locale });
  if (!info) {
    const vendor = getVendorPrefix(name);
    return `**${name}**\n\n${vendor ? t(locale, 'vendorField', vendor.vendor, `${vendor.prefix}*`) : t(locale, 'unknownField')}`;
  }
  const lines = [`**${info.name}**${info.status === 'permanent' ? '' : ` — _${t(locale, `status.${info.status}`)}_`}`, '', info.summary];
  if (info.replacedBy?.length) lines.push('', `${t(locale, 'replacedBy')} ${info.replacedBy.map((r) => `\`${r}\``).join(', ')}`);
  if (info.advice) lines.push('', info.advice);
  if (info.docs && info.docs !== info.summary) lines.push('', info.docs);
  const where = [t(locale, `appearsIn.${info.appearsIn}`), info.list ? t(locale, 'list') : t(locale, 'singleton')];
  if (info.structuredType) where.push(`${t(locale, 'structured')}: ${info.structuredType}`);
  lines.push('', where.join(' · '));
  const links = [`[${t(locale, 'spec')}](${info.specUrl})`];
  if (info.mdnUrl) links.push(`[MDN](${info.mdnUrl})`);
  lines.push('', links.join(' · '));
  return lines.join('\n');
}

function directiveHover(directive: CacheDirective, direction: 'request' | 'response', locale: Locale): string {
  const { name, value } = directive;
  const spec = DIRECTIVES.find((d) => d.name === name.toLowerCase());
  const lines = [`**${name}**${value !== undefined ? `=${value}` : ''}`, '', directiveMeaning(directive, direction, locale)];
  // the delta-seconds recipients use (capped at 2^31), for directives that take them
  if (directive.seconds !== undefined) lines.push('', `${directive.seconds} = ${humanizeDuration(directive.seconds, locale)}`);
  if (spec) lines.push('', spec.spec);
  return lines.join('\n');
}

function dateHover(time: number, options: HoverOptions): string {
  const iso = new Date(time).toISOString().replace('.000Z', 'Z');
  const relative = relativeTime(time, options.now, options.locale);
  return `${iso} (UTC)\n\n${relative}`;
}

function cachingHover(message: HttpMessage, options: HoverOptions): string {
  const shared = explainCaching(message, { shared: true, now: options.now, locale: options.locale });
  const priv = explainCaching(message, { shared: false, now: options.now, locale: options.locale });
  return [`**${t(options.locale, 'caching')}**`, '', `_${t(options.locale, 'sharedCache')}_: ${shared.summary}`, '', `_${t(options.locale, 'privateCache')}_: ${priv.summary}`].join('\n');
}

function variableHover(file: HttpFile, reference: VariableReference, options: HoverOptions, requestIndex: number): string {
  const resolved = resolveVariable(file, reference.expression, { ...options.context, locale: options.locale }, requestIndex);
  const source = resolved.source;
  const secret =
    SECRET_NAME.test(reference.name) ||
    source.kind === 'process-env' ||
    source.kind === 'dotenv' ||
    (source.kind === 'environment' && /private/i.test(source.file ?? ''));
  const value = resolved.value === undefined ? `_${t(options.locale, 'unresolved')}_` : `\`${secret ? mask(resolved.value) : resolved.value}\``;
  // httpYac's questions are asked when the request is sent: say how
  const question = source.kind === 'unresolved' && source.reason === 'unanswered' ? questionOfExpression(reference.expression) : undefined;
  // and the JetBrains OAuth 2.0 tokens are got when it is sent
  const token = source.kind === 'unresolved' ? authReference(reference.expression) : undefined;
  // and the JetBrains HTTP Client's Java Faker values are generated by it alone
  const faker = source.kind === 'unresolved' && isFakerVariable(dynamicName(reference.expression));
  const why = question ? questionText(question, options.locale) : token ? t(options.locale, `auth.${token.kind}`, token.id) : faker ? t(options.locale, 'faker') : describeSource(source, options.locale);
  const lines = [`**{{${reference.expression}}}** = ${value}`, '', why];
  if (token && options.auth) lines.push('', authConfigurationText(token.id, options.auth, options.locale));
  return lines.join('\n');
}

/** The settings of a configuration that a hover shows: what it is and where it goes, never a secret. */
const SHOWN_AUTH_KEYS = ['Grant Type', 'Token URL', 'Auth URL', 'Device Auth URL', 'Redirect URL', 'Client ID', 'Scope'];

/** The environments that define the configuration `id`, in the order of the set. */
export function environmentsDefining(auth: AuthContext, id: string): string[] {
  return Object.keys(auth.set).filter((name) => own(auth.set[name], id) !== undefined);
}

/** Where the configuration `id` of `$auth.token("id")` is defined, and what the selected environment's says. */
export function authConfigurationText(id: string, auth: AuthContext, locale: Locale): string {
  const environments = environmentsDefining(auth, id);
  const list = locale === 'zh-CN' ? '、' : ', ';
  const definedIn = environments.length > 0 ? t(locale, 'auth.definedIn', environments.map((e) => `“${e}”`).join(list)) : t(locale, 'auth.undefined');
  const selected = auth.selected;
  if (selected === undefined) return `${t(locale, 'auth.noEnvironment')} ${definedIn}`;
  const config = own(own(auth.set, selected), id);
  if (!config) return `${t(locale, 'auth.missing', selected)} ${definedIn}`;
  const shown: string[] = [];
  for (const key of SHOWN_AUTH_KEYS) {
    const v = config[key];
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') shown.push(`${key} \`${String(v).replace(/`/g, "'")}\``);
  }
  return t(locale, 'auth.configured', selected, shown.length > 0 ? shown.join(list) : 'Security.Auth');
}

/** How httpYac's `$input`, `$password` or `$pick` is asked when the request is sent. */
function questionText(q: Question, locale: Locale): string {
  const list = locale === 'zh-CN' ? '、' : ', ';
  const how =
    q.kind === 'pick'
      ? t(locale, 'question.pick', q.placeholder, (q.choices ?? []).join(list))
      : t(locale, q.kind === 'password' ? 'question.password' : 'question.input', q.placeholder) + (q.value !== undefined ? ` ${t(locale, 'question.value', q.value)}` : '');
  return q.askOnce ? `${how} ${t(locale, 'question.askOnce')}` : how;
}

function describeSource(source: ReturnType<typeof resolveVariable>['source'], locale: Locale): string {
  switch (source.kind) {
    case 'file':
      return t(locale, 'source.file', source.name);
    case 'import':
      return t(locale, 'source.import', source.name, source.path);
    case 'environment':
      return source.file ? t(locale, 'source.environment', source.environment ?? '$shared', source.file) : t(locale, 'source.environmentOnly', source.environment ?? '$shared');
    case 'dotenv':
      return t(locale, 'source.dotenv', source.name);
    case 'process-env':
      return t(locale, 'source.processEnv', source.name);
    case 'prompt':
      return t(locale, 'source.prompt', source.name);
    case 'global':
      return t(locale, 'source.global', source.name);
    case 'run':
      return t(locale, 'source.run', source.name);
    case 'loop':
      return t(locale, 'source.loop', source.name);
    case 'pre-request':
      return t(locale, 'source.preRequest', source.name);
    case 'dynamic':
      return t(locale, 'source.dynamic', source.name);
    case 'request':
      return t(locale, 'source.request', source.name);
    case 'unresolved':
      // a large response whose body the editor did not keep (HTTP1052)
      if (source.bodyOmitted) return t(locale, 'unresolved.bodyOmitted', formatSize(source.bodyOmitted.length));
      return t(locale, `unresolved.${source.reason}`);
  }
}

/** Shows the first two characters of a secret and masks the rest. */
export function mask(value: string): string {
  if (value.length <= 4) return '•'.repeat(value.length);
  return `${value.slice(0, 2)}${'•'.repeat(Math.min(value.length - 2, 12))}`;
}
