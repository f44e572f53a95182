import { createDiagnostic, decodeLatin1, explainCaching, lintMessage, messageFromHeaders, type CachingExplanation, type Diagnostic, type Locale, type Span } from '@httplens/core';
import { describeErrorCode, isTransportError, Pool, send, type SendOptions, type SendResult } from '@httplens/transport';
import { boolFlag, localeFlag, parseArgs, stringFlag, UsageError } from './args.js';
import { colours, progress, useColour, visible, type Colours, type Io } from './io.js';

export const CHECK_HELP = `Usage: httplens check <url> [options]

Checks how a server handles caching, validation, ranges and content negotiation, in the
spirit of REDbot: sends a GET (Accept-Encoding: gzip), then follow-up requests
(If-None-Match with the ETag, If-Modified-Since with Last-Modified, Range: bytes=0-0,
Accept-Encoding: identity, HEAD), and reports what the server does right (✓) and wrong
(with diagnostic codes), the diagnostics of every response, and what shared and private
caches will do with the response.

Exit code: 1 when an error is found or the server cannot be reached, 0 otherwise,
2 on usage errors.

Options:
  --json               print the results as JSON
  --locale <en|zh-CN>  language of the report
  --insecure           do not verify TLS certificates
  --timeout <ms>       time limit for each request (default 15000)
  -h, --help           show this help
`;

/** One question asked of the server, answered by one follow-up request (or by the first response). */
export interface CheckStep {
  /** Stable identifier: validators, etag, last-modified, range, vary, compression, head. */
  id: string;
  /** `pass`: the server does it right; `fail`: a finding (see `diagnostic`); `skip`: not applicable; `error`: the request failed. */
  result: 'pass' | 'fail' | 'skip' | 'error';
  /** A sentence in the requested locale. */
  message: string;
  diagnostic?: Diagnostic;
}

export interface CheckReport {
  url: string;
  status?: number;
  reason?: string;
  steps: CheckStep[];
  /** Diagnostics of the responses (GET first, then the follow-ups), without repeats. */
  diagnostics: Diagnostic[];
  caching?: { shared: CachingExplanation; private: CachingExplanation };
  error?: { code: string; message: string; description: string };
}

type Texts = Record<string, (a: Record<string, string | number>) => string>;

const TEXTS: Record<Locale, Texts> = {
  en: {
    validatorsOk: (a) => `The response has validators (${a.which}): caches can revalidate it.`,
    etagOk: (a) => `If-None-Match: ${a.etag} got 304 Not Modified.`,
    etagSkip: () => 'No ETag: If-None-Match not tried.',
    lmOk: () => 'If-Modified-Since with Last-Modified got 304 Not Modified.',
    lmSkip: () => 'No Last-Modified: If-Modified-Since not tried.',
    rangeOk: (a) => `Range: bytes=0-0 got 206 Partial Content (${a.range}).`,
    rangeNone: (a) => `Range: bytes=0-0 got ${a.status}: the server does not serve ranges (and does not advertise them).`,
    rangeBad: (a) => `Range: bytes=0-0 got 206 but ${a.why}.`,
    varyOk: (a) => `The content coding depends on Accept-Encoding (${a.with} vs ${a.without}) and Vary lists Accept-Encoding.`,
    varySame: (a) => `The same content coding (${a.coding}) with and without gzip in Accept-Encoding.`,
    compressionOk: (a) => `Compressed with ${a.coding} when the client accepts gzip.`,
    compressionSkip: () => 'The content is small or not compressible: compression not expected.',
    headOk: () => 'HEAD agrees with GET (status, Content-Type, validators, Cache-Control).',
    failed: (a) => `The request failed: ${a.code} ${a.description}`,
    skippedStatus: (a) => `Not tried: the GET answered ${a.status}.`,
    checks: () => 'Checks',
    diagnostics: () => 'Diagnostics',
    none: () => 'no problems',
    caching: () => 'Caching',
    shared: () => 'shared cache',
    private: () => 'private cache',
    redirect: (a) => `redirects to ${a.location} (not followed: run check on that URL)`,
    summary: (a) => `${a.pass} passed · ${a.fail} ${a.fail === 1 ? 'finding' : 'findings'} · ${a.errors} ${a.errors === 1 ? 'error' : 'errors'}`,
  },
  'zh-CN': {
    validatorsOk: (a) => `响应带有验证器（${a.which}）：缓存可以重新验证它。`,
    etagOk: (a) => `If-None-Match: ${a.etag} 得到了 304 Not Modified。`,
    etagSkip: () => '没有 ETag：未尝试 If-None-Match。',
    lmOk: () => '带 Last-Modified 的 If-Modified-Since 得到了 304 Not Modified。',
    lmSkip: () => '没有 Last-Modified：未尝试 If-Modified-Since。',
    rangeOk: (a) => `Range: bytes=0-0 得到了 206 Partial Content（${a.range}）。`,
    rangeNone: (a) => `Range: bytes=0-0 得到的是 ${a.status}：服务器不提供范围请求（也未声明支持）。`,
    rangeBad: (a) => `Range: bytes=0-0 得到了 206，但${a.why}。`,
    varyOk: (a) => `内容编码取决于 Accept-Encoding（${a.with} 与 ${a.without}），Vary 列出了 Accept-Encoding。`,
    varySame: (a) => `Accept-Encoding 中有无 gzip，内容编码都相同（${a.coding}）。`,
    compressionOk: (a) => `客户端接受 gzip 时以 ${a.coding} 压缩。`,
    compressionSkip: () => '内容很小或不可压缩：不需要压缩。',
    headOk: () => 'HEAD 与 GET 一致（状态码、Content-Type、验证器、Cache-Control）。',
    failed: (a) => `请求失败：${a.code} ${a.description}`,
    skippedStatus: (a) => `未尝试：GET 得到的是 ${a.status}。`,
    checks: () => '检查',
    diagnostics: () => '诊断',
    none: () => '没有问题',
    caching: () => '缓存',
    shared: () => '共享缓存',
    private: () => '私有缓存',
    redirect: (a) => `重定向到 ${a.location}（未跟随：请对该 URL 运行 check）`,
    summary: (a) => `${a.pass} 项通过 · ${a.fail} 项发现 · ${a.errors} 个错误`,
  },
};

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|ecmascript|xml|xhtml\+xml|rss\+xml|atom\+xml|ld\+json|manifest\+json|wasm)|image\/svg\+xml)|\+(?:json|xml)$/i;
/** The fields a 304 must repeat when the 200 has them (RFC 9110 §15.4.5). */
const NOT_MODIFIED_FIELDS = ['Cache-Control', 'Content-Location', 'Date', 'ETag', 'Expires', 'Vary'];

/** A strong entity tag (not `W/"..."`). */
function isStrong(etag: string | undefined): etag is string {
  return etag !== undefined && !/^\s*W\//.test(etag);
}

/** Below this size compression is not worth a finding. */
const COMPRESSION_THRESHOLD = 1024;

function field(result: SendResult, name: string): string | undefined {
  const lower = name.toLowerCase();
  const values = result.headers.filter(([n]) => n.toLowerCase() === lower).map(([, v]) => v);
  return values.length ? values.join(', ') : undefined;
}

function codingOf(result: SendResult): string {
  const ce = field(result, 'content-encoding')?.trim().toLowerCase();
  return ce && ce !== 'identity' ? ce : 'identity';
}

function statusSpan(result: SendResult): Span {
  return result.message.startLine?.span ?? { offset: 0, length: 0 };
}

interface Exchange {
  method: string;
  headers: [string, string][];
  result?: SendResult;
  error?: { code: string; message: string; description: string };
}

function describeError(e: unknown, locale: Locale): { code: string; message: string; description: string } {
  if (isTransportError(e)) return { code: e.code, message: e.message, description: describeErrorCode(e.code, locale) };
  const err = e as Error & { code?: string };
  return { code: err.code ?? 'HTTPLENS_ERROR', message: err.message, description: err.message };
}

/** Runs the checks against a URL; never throws for network problems (they become `error`). */
export async function checkUrl(url: string, options: { locale?: Locale; insecure?: boolean; timeout?: number; io?: Io } = {}): Promise<CheckReport> {
  const locale = options.locale ?? 'en';
  const t = TEXTS[locale];
  const pool = new Pool();
  const sendOptions: SendOptions = { pool, rejectUnauthorized: !options.insecure, timeouts: { total: options.timeout ?? 15_000 } };
  const report: CheckReport = { url, steps: [], diagnostics: [] };
  const seen = new Set<string>();
  const addDiagnostics = (list: Diagnostic[]) => {
    for (const d of list) {
      const key = `${d.code}\u0000${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report.diagnostics.push(d);
    }
  };
  const exchange = async (method: string, headers: [string, string][], extra: SendOptions = {}): Promise<Exchange> => {
    const spinner = options.io ? progress(options.io, `${method} ${url}`) : { stop: () => undefined };
    try {
      const requestTime = Date.now();
      const result = await send({ method, url, headers: [['User-Agent', 'httplens-check'], ...headers] }, { ...sendOptions, ...extra });
      const responseTime = Date.now();
      addDiagnostics(
        lintMessage(result.message, { request: { method, fields: headers.map(([name, value]) => ({ name, value })) }, locale, source: decodeLatin1(result.raw.received), requestTime, responseTime }),
      );
      return { method, headers, result };
    } catch (e) {
      return { method, headers, error: describeError(e, locale) };
    } finally {
      spinner.stop();
    }
  };
  const step = (id: string, result: CheckStep['result'], message: string, diagnostic?: Diagnostic) => {
    report.steps.push({ id, result, message, ...(diagnostic ? { diagnostic } : {}) });
  };
  const finding = (id: string, code: string, response: SendResult, args: Record<string, string | number>) => {
    const d = createDiagnostic(code, statusSpan(response), args, { locale });
    step(id, 'fail', d.message, d);
  };
  const failedStep = (id: string, x: Exchange) => step(id, 'error', t.failed!({ code: x.error?.code ?? '', description: x.error?.description ?? '' }));
  /** A 304 lacking fields of the 200 (`first`): one finding each. */
  const notModifiedGaps = (first: SendResult, notModified: SendResult, condition: string) => {
    for (const name of NOT_MODIFIED_FIELDS) {
      if (field(first, name) !== undefined && field(notModified, name) === undefined) finding('not-modified', 'HTTP0708', notModified, { condition, field: name });
    }
  };

  try {
    const get = await exchange('GET', [['Accept-Encoding', 'gzip']]);
    if (!get.result) {
      if (get.error) report.error = get.error;
      return report;
    }
    const first = get.result;
    report.status = first.status;
    report.reason = first.reason;
    const requestMessage = messageFromHeaders({ method: 'GET', target: new URL(url).pathname || '/', headers: get.headers });
    const now = Date.now();
    const cachingOptions = { request: requestMessage, locale, now, requestTime: now - first.timings.total, responseTime: now };
    report.caching = { shared: explainCaching(first.message, { ...cachingOptions, shared: true }), private: explainCaching(first.message, { ...cachingOptions, shared: false }) };
    if (first.status < 200 || first.status >= 300) {
      // the follow-ups are about the representation of a successful GET
      const location = field(first, 'location');
      step('status', 'skip', first.status >= 300 && first.status < 400 && location ? t.redirect!({ location }) : t.skippedStatus!({ status: first.status }));
      return report;
    }

    // validators
    const etag = field(first, 'etag');
    const lastModified = field(first, 'last-modified');
    if (!etag && !lastModified) finding('validators', 'HTTP0705', first, {});
    else step('validators', 'pass', t.validatorsOk!({ which: [etag ? 'ETag' : '', lastModified ? 'Last-Modified' : ''].filter(Boolean).join(locale === 'zh-CN' ? '、' : ', ') }));

    // If-None-Match
    if (etag) {
      const x = await exchange('GET', [['Accept-Encoding', 'gzip'], ['If-None-Match', etag]]);
      if (!x.result) failedStep('etag', x);
      else if (x.result.status === 304) {
        step('etag', 'pass', t.etagOk!({ etag }));
        notModifiedGaps(first, x.result, 'If-None-Match');
      } else finding('etag', 'HTTP0700', x.result, { status: x.result.status });
    } else step('etag', 'skip', t.etagSkip!({}));

    // If-Modified-Since
    if (lastModified) {
      const x = await exchange('GET', [['Accept-Encoding', 'gzip'], ['If-Modified-Since', lastModified]]);
      if (!x.result) failedStep('last-modified', x);
      else if (x.result.status === 304) {
        step('last-modified', 'pass', t.lmOk!({}));
        notModifiedGaps(first, x.result, 'If-Modified-Since');
      } else finding('last-modified', 'HTTP0701', x.result, { status: x.result.status });
    } else step('last-modified', 'skip', t.lmSkip!({}));

    // Range: bytes=0-0, of the same representation as the first GET (one byte of gzip cannot be decoded)
    {
      const x = await exchange('GET', [['Accept-Encoding', 'gzip'], ['Range', 'bytes=0-0']], { decode: false });
      const advertised = /\bbytes\b/i.test(field(first, 'accept-ranges') ?? '');
      if (!x.result) failedStep('range', x);
      else if (x.result.status === 206) {
        const contentRange = field(x.result, 'content-range') ?? '';
        const length = field(x.result, 'content-length');
        const problems: string[] = [];
        if (!/^bytes 0-0\//i.test(contentRange)) problems.push(locale === 'zh-CN' ? `Content-Range 是 “${contentRange}”` : `Content-Range is "${contentRange}"`);
        if (length !== undefined && length !== '1') problems.push(locale === 'zh-CN' ? `Content-Length 是 ${length}` : `Content-Length is ${length}`);
        if (problems.length) step('range', 'fail', t.rangeBad!({ why: problems.join(locale === 'zh-CN' ? '，' : ', ') }));
        else step('range', 'pass', t.rangeOk!({ range: contentRange }));
      } else if (advertised) finding('range', 'HTTP0702', x.result, { status: x.result.status });
      else step('range', 'skip', t.rangeNone!({ status: x.result.status }));
    }

    // Accept-Encoding: identity vs gzip
    {
      const x = await exchange('GET', [['Accept-Encoding', 'identity']]);
      if (!x.result) failedStep('vary', x);
      else {
        const withGzip = codingOf(first);
        const without = codingOf(x.result);
        const vary = (field(first, 'vary') ?? '')
          .split(',')
          .map((v) => v.trim().toLowerCase())
          .filter(Boolean);
        if (withGzip !== without) {
          if (vary.includes('accept-encoding') || vary.includes('*')) step('vary', 'pass', t.varyOk!({ with: withGzip, without }));
          else finding('vary', 'HTTP0703', first, { with: withGzip, without });
          // two representations: a strong validator may not be shared (RFC 9110 §8.8.1)
          const tag = field(first, 'etag');
          if (isStrong(tag) && tag === field(x.result, 'etag')) finding('etag-coding', 'HTTP0707', first, { with: withGzip, without, etag: tag });
        } else step('vary', 'pass', t.varySame!({ coding: withGzip }));
        // compression: judged on the identity response's size
        const type = (field(first, 'content-type') ?? '').split(';')[0]?.trim() ?? '';
        const size = x.result.body.length;
        if (withGzip !== 'identity') step('compression', 'pass', t.compressionOk!({ coding: withGzip }));
        else if (COMPRESSIBLE.test(type) && size >= COMPRESSION_THRESHOLD) finding('compression', 'HTTP0706', first, { type, size });
        else step('compression', 'skip', t.compressionSkip!({}));
      }
    }

    // HEAD
    {
      const x = await exchange('HEAD', [['Accept-Encoding', 'gzip']]);
      if (!x.result) failedStep('head', x);
      else {
        const head = x.result;
        const differences: { field: string; head: string; get: string }[] = [];
        if (head.status !== first.status) differences.push({ field: 'status', head: String(head.status), get: String(first.status) });
        for (const name of ['Content-Type', 'Content-Encoding', 'ETag', 'Last-Modified', 'Cache-Control', 'Vary']) {
          const h = field(head, name) ?? '-';
          const g = field(first, name) ?? '-';
          if (h !== g) differences.push({ field: name, head: h, get: g });
        }
        const headLength = field(head, 'content-length');
        const getLength = field(first, 'content-length') ?? (codingOf(first) === 'identity' ? String(first.body.length) : undefined);
        if (headLength !== undefined && getLength !== undefined && headLength !== getLength) differences.push({ field: 'Content-Length', head: headLength, get: getLength });
        if (differences.length === 0) step('head', 'pass', t.headOk!({}));
        for (const d of differences) finding('head', 'HTTP0704', head, d);
      }
    }
  } finally {
    pool.close();
  }
  return report;
}

export async function checkCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { values: ['locale', 'timeout'], booleans: ['json', 'insecure', 'help'], aliases: { '-h': '--help' } });
  if (boolFlag(args, 'help')) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  if (args.positionals.length !== 1) throw new UsageError('check needs exactly one URL');
  const target = args.positionals[0] as string;
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new UsageError(`not a URL: '${target}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`check takes an http: or https: URL (got '${url.protocol}')`);
  const timeoutText = stringFlag(args, 'timeout');
  const timeout = timeoutText === undefined ? undefined : Number(timeoutText);
  if (timeout !== undefined && (!Number.isFinite(timeout) || timeout <= 0)) throw new UsageError('--timeout takes a number of milliseconds');
  const locale = localeFlag(args) ?? 'en';
  const report = await checkUrl(url.href, { locale, insecure: boolFlag(args, 'insecure'), io, ...(timeout ? { timeout } : {}) });
  if (boolFlag(args, 'json')) io.stdout(`${JSON.stringify(checkJson(report), null, 2)}\n`);
  else io.stdout(formatCheck(report, locale, colours(useColour(io, 'stdout'))));
  return report.error || hasErrors(report) ? 1 : 0;
}

function hasErrors(report: CheckReport): boolean {
  return report.diagnostics.some((d) => d.severity === 'error') || report.steps.some((s) => s.result === 'error' || s.diagnostic?.severity === 'error');
}

/** The JSON of `httplens check --json` (documented in the README). */
export function checkJson(report: CheckReport) {
  const diag = (d: Diagnostic) => ({ code: d.code, severity: d.severity, message: d.message });
  return {
    url: report.url,
    status: report.status ?? null,
    reason: report.reason ?? null,
    error: report.error ?? null,
    checks: report.steps.map((s) => ({ id: s.id, result: s.result, message: s.message, code: s.diagnostic?.code ?? null, severity: s.diagnostic?.severity ?? null })),
    diagnostics: report.diagnostics.map(diag),
    caching: report.caching
      ? {
          shared: { storable: report.caching.shared.storable, freshnessLifetime: report.caching.shared.freshnessLifetime, ttl: report.caching.shared.ttl, heuristic: report.caching.shared.heuristic, summary: report.caching.shared.summary },
          private: { storable: report.caching.private.storable, freshnessLifetime: report.caching.private.freshnessLifetime, ttl: report.caching.private.ttl, heuristic: report.caching.private.heuristic, summary: report.caching.private.summary },
        }
      : null,
  };
}

export function formatCheck(report: CheckReport, locale: Locale, c: Colours): string {
  const t = TEXTS[locale];
  const colon = locale === 'zh-CN' ? '：' : ': ';
  const out: string[] = [c.bold(`GET ${report.url}`)];
  if (report.error) {
    out.push(c.red(`  ✖ ${report.error.code}: ${report.error.description}`), c.grey(`    ${report.error.message}`), '');
    return `${out.join('\n')}\n`;
  }
  const status = report.status ?? 0;
  const statusColour = status >= 500 ? c.red : status >= 400 ? c.yellow : status >= 300 ? c.cyan : c.green;
  out.push(statusColour(`  → ${status} ${visible(report.reason ?? '')}`), '', c.bold(`${t.checks!({})}${colon.trim()}`));
  for (const s of report.steps) {
    const mark = s.result === 'pass' ? c.green('✓') : s.result === 'skip' ? c.grey('–') : s.result === 'error' ? c.red('✖') : s.diagnostic?.severity === 'error' ? c.red('✖') : s.diagnostic?.severity === 'warning' ? c.yellow('⚠') : c.blue('ℹ');
    out.push(`  ${mark} ${visible(s.message)}${s.diagnostic ? ` ${c.grey(s.diagnostic.code)}` : ''}`);
  }
  out.push('', c.bold(`${t.diagnostics!({})}${colon.trim()}`));
  const shown = report.diagnostics.filter((d) => d.severity !== 'hint');
  if (shown.length === 0) out.push(c.green(`  ✓ ${t.none!({})}`));
  for (const d of shown) {
    const mark = d.severity === 'error' ? c.red('✖') : d.severity === 'warning' ? c.yellow('⚠') : c.blue('ℹ');
    out.push(`  ${mark} ${d.message} ${c.grey(d.code)}`);
  }
  if (report.caching) out.push('', c.bold(`${t.caching!({})}${colon.trim()}`), `  ${t.shared!({})}${colon}${report.caching.shared.summary}`, `  ${t.private!({})}${colon}${report.caching.private.summary}`);
  const pass = report.steps.filter((s) => s.result === 'pass').length;
  const fail = report.steps.filter((s) => s.result === 'fail').length;
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length + report.steps.filter((s) => s.result === 'error').length;
  out.push('', t.summary!({ pass, fail, errors }), '');
  return out.join('\n');
}
