import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Locale, type Severity } from '@httplens/core';
import { settingsFromConfig } from '@httplens/language-service';
import { parseHttpFile, type EnvironmentSet, type HttpFile, type StoredExchange } from '@httplens/http-file';
import { boolFlag, localeFlag, parseArgs, stringFlag, UsageError } from '../args.js';
import { checkJson, checkUrl, formatCheck, type CheckReport } from '../check.js';
import { createRunClient, nodeHost, sendOne, type ExchangeOutcome, type RunTokens } from '../exchange.js';
import { colours, progress, useColour, type Io } from '../io.js';
import { lintTexts, type LintedDiagnostic } from '../lint.js';
import { formatOutcome } from '../send.js';
import { DEMO_ROUTES, startDemoServer, type DemoServer } from './server.js';

export { DEMO_ROUTES, startDemoServer, type DemoServer } from './server.js';

export const DEMO_HELP = `Usage: httplens demo [options]

Starts a small HTTP server on 127.0.0.1 (a free port) whose routes show good and bad
caching headers, redirects, gzip, chunked responses, cookies, a login with a bearer
token and a response framed for request smuggling. Then sends every request of every
examples/*.http file to it, prints each response with its analysis, runs
\`httplens check\` on its well-cached route, prints a summary, stops the server and
exits 0. This is what \`npm start\` runs.

With --serve, only starts the server (on 127.0.0.1:8080 unless --port says otherwise,
the address the examples' @baseUrl names) and keeps it running until Ctrl+C, so you can
send the examples from your editor or with \`httplens send\`, and try \`httplens check\`.

Options:
  --examples <dir>     the folder of .http files (default: the examples folder of httplens)
  --serve              only run the server, until interrupted
  --port <n>           the port of --serve (default 8080; 0 for a free one)
  --json               print the results as JSON
  --locale <en|zh-CN>  language of the analysis
  -h, --help           show this help
`;

const TEXTS: Record<Locale, Record<string, string>> = {
  en: {
    title: 'httplens demo',
    server: 'demo server listening on',
    noFiles: 'no .http files in',
    summary: 'Summary',
    files: 'files',
    files_one: 'file',
    sent: 'requests sent',
    sent_one: 'request sent',
    failed: 'failed',
    diagnostics: 'diagnostics in the responses',
    request: 'The request as written (httplens lint)',
    requestFindings: 'findings in the requests as written',
    error: 'errors',
    error_one: 'error',
    warning: 'warnings',
    warning_one: 'warning',
    info: 'info',
    hint: 'hints',
    hint_one: 'hint',
    codes: 'codes',
    stop: 'Press Ctrl+C to stop.',
    next: 'Next: httplens lint examples/ · httplens check <url> · httplens explain "Cache-Control: max-age=60"',
  },
  'zh-CN': {
    title: 'httplens 演示',
    server: '演示服务器正在监听',
    noFiles: '没有 .http 文件：',
    summary: '汇总',
    files: '个文件',
    sent: '个请求已发送',
    failed: '个失败',
    diagnostics: '响应中的诊断',
    request: '请求本身（httplens lint）',
    requestFindings: '请求本身的诊断',
    error: '个错误',
    warning: '个警告',
    info: '条信息',
    hint: '条提示',
    codes: '代码',
    stop: '按 Ctrl+C 停止。',
    next: '下一步：httplens lint examples/ · httplens check <url> · httplens explain "Cache-Control: max-age=60"',
  },
};

/** The examples folder of the repository, from `src/demo` and from `dist/demo` alike. */
export function defaultExamplesDir(): string {
  return fileURLToPath(new URL('../../../../examples/', import.meta.url));
}

export interface DemoFileResult {
  file: string;
  outcomes: ExchangeOutcome[];
}

export async function demoCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { values: ['examples', 'locale', 'port'], booleans: ['json', 'help', 'serve'], aliases: { '-h': '--help' } });
  if (boolFlag(args, 'help')) {
    io.stdout(DEMO_HELP);
    return 0;
  }
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument '${args.positionals[0]}'`);
  const locale = localeFlag(args) ?? 'en';
  const t = TEXTS[locale];
  const portText = stringFlag(args, 'port');
  if (portText !== undefined && !boolFlag(args, 'serve')) throw new UsageError('--port goes with --serve');
  if (boolFlag(args, 'serve')) {
    const port = portText === undefined ? 8080 : Number(portText);
    if (!/^\d+$/.test(portText ?? '8080') || port > 65535) throw new UsageError(`--port takes a port number (got '${portText}')`);
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      return await serveDemo(io, { port, locale, signal: controller.signal });
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    }
  }
  const examplesOption = stringFlag(args, 'examples');
  const dir = examplesOption === undefined ? defaultExamplesDir() : resolve(io.cwd, examplesOption);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`--examples: no folder ${dir}`);
  const files = readdirSync(dir)
    .filter((name) => /\.(?:http|rest)$/i.test(name))
    .sort(exampleOrder)
    .map((name) => join(dir, name));
  const json = boolFlag(args, 'json');
  const c = colours(useColour(io, 'stdout'));
  if (files.length === 0) {
    io.stderr(`httplens demo: ${t.noFiles} ${dir}\n`);
    return 1;
  }

  const server = await startDemoServer();
  // the demo server is on loopback: no proxy of the environment applies
  const client = createRunClient({ insecure: false, env: io.env, proxy: false });
  const results: DemoFileResult[] = [];
  let check: CheckReport | undefined;
  const lintFindings: LintedDiagnostic[] = [];
  const lintOf = new Map<ExchangeOutcome, LintedDiagnostic[]>();
  // the examples use {{baseUrl}}: point it at the demo server
  const environments: EnvironmentSet = { environments: { demo: { baseUrl: { value: server.url, source: 'httplens demo' } } }, diagnostics: [] };
  const runTokens: Pick<RunTokens, 'tokens' | 'problems' | 'httpyac'> = { tokens: Object.create(null) as RunTokens['tokens'], problems: Object.create(null) as RunTokens['problems'], httpyac: Object.create(null) as RunTokens['httpyac'] };
  try {
    if (!json) io.stdout(`${c.bold(t.title as string)}${locale === 'zh-CN' ? '：' : ': '}${t.server} ${server.url}\n\n`);
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      const file = pointAt(parseHttpFile(text), server.url);
      // what `httplens lint` says about the requests as written (errors and warnings)
      const linted = lintTexts([{ path, text, languageId: 'http' }], { locale, settings: settingsFromConfig({}) })[0]?.diagnostics ?? [];
      const requestFindings = linted.filter((d) => d.severity === 'error' || d.severity === 'warning');
      const responses: Record<string, StoredExchange> = {};
      const result: DemoFileResult = { file: basename(path), outcomes: [] };
      results.push(result);
      if (!json) io.stdout(`${c.bold(c.cyan(`══ ${basename(path)} ══`))}\n\n`);
      for (const request of file.requests) {
        const spinner = progress(io, `${request.method} ${request.url}`);
        const outcome = await sendOne(file, request.index, {
          locale,
          host: nodeHost(path, io.env),
          responses,
          environments,
          environment: 'demo',
          follow: true,
          timeout: 10_000,
          client,
          // httpYac's `Authorization: oauth2 client_credentials`: its token, got once a run
          auth: runTokens,
        });
        spinner.stop();
        result.outcomes.push(outcome);
        const inRequest = requestFindings.filter((d) => d.offset >= request.span.offset && d.offset <= request.span.offset + request.span.length);
        lintFindings.push(...inRequest);
        lintOf.set(outcome, inRequest);
        if (!json) {
          const title = request.title ?? request.name;
          if (title) io.stdout(c.grey(`# ${title}\n`));
          if (inRequest.length) {
            const lines = [c.bold(`${t.request}${locale === 'zh-CN' ? '：' : ':'}`)];
            for (const d of inRequest) lines.push(`  ${d.severity === 'error' ? c.red('✖') : c.yellow('⚠')} ${d.message} ${c.grey(`${d.code} ${basename(path)}:${d.line}:${d.column}`)}`);
            io.stdout(`${lines.join('\n')}\n`);
          }
          io.stdout(formatOutcome(outcome, { c, locale, full: false, raw: false }));
        }
      }
    }
    // and what `httplens check` finds on the well-cached route
    const url = `${server.url}/api/items`;
    if (!json) io.stdout(`${c.bold(c.cyan(`══ httplens check ${url} ══`))}\n\n`);
    check = await checkUrl(url, { locale, timeout: 10_000 });
    if (!json) io.stdout(formatCheck(check, locale, c));
  } finally {
    client.close();
    await server.close();
  }

  const outcomes = results.flatMap((r) => r.outcomes);
  const failed = outcomes.filter((o) => o.error);
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const byCode = new Map<string, number>();
  for (const o of outcomes) {
    for (const d of o.diagnostics) {
      bySeverity[d.severity]++;
      byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1);
    }
  }
  const codes = [...byCode].sort(([a], [b]) => a.localeCompare(b));
  if (json) {
    io.stdout(
      `${JSON.stringify(
        {
          server: server.url,
          files: results.map((r) => ({
            file: r.file,
            requests: r.outcomes.map((o) => ({
              name: o.name ?? null,
              method: o.method,
              url: o.url,
              status: o.result?.status ?? null,
              redirects: o.hops,
              error: o.error ?? null,
              lint: (lintOf.get(o) ?? []).map((d) => ({ code: d.code, severity: d.severity, message: d.message, line: d.line, column: d.column })),
              diagnostics: o.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message })),
              caching: o.caching ? { shared: o.caching.shared.summary, private: o.caching.private.summary } : null,
            })),
          })),
          check: check ? checkJson(check) : null,
          summary: { files: results.length, requests: outcomes.length, failed: failed.length, diagnostics: bySeverity, lint: { error: lintFindings.filter((d) => d.severity === 'error').length, warning: lintFindings.filter((d) => d.severity === 'warning').length }, codes: Object.fromEntries(codes) },
        },
        null,
        2,
      )}\n`,
    );
  } else {
    const colon = locale === 'zh-CN' ? '：' : ': ';
    const n = (count: number, key: string) => `${count} ${(count === 1 ? t[`${key}_one`] : undefined) ?? t[key]}`;
    const lines = [
      ...(check ? [''] : []),
      c.bold(`${t.summary}${colon.trim()}`),
      `  ${n(results.length, 'files')} · ${n(outcomes.length, 'sent')} · ${n(failed.length, 'failed')}`,
      `  ${t.diagnostics}${colon}${c.red(n(bySeverity.error, 'error'))} · ${c.yellow(n(bySeverity.warning, 'warning'))} · ${c.blue(n(bySeverity.info, 'info'))} · ${n(bySeverity.hint, 'hint')}`,
      `  ${t.requestFindings}${colon}${c.red(n(lintFindings.filter((d) => d.severity === 'error').length, 'error'))} · ${c.yellow(n(lintFindings.filter((d) => d.severity === 'warning').length, 'warning'))}`,
      `  ${t.codes}${colon}${codes.map(([code, n]) => `${code}×${n}`).join(' ') || '-'}`,
    ];
    for (const o of failed) lines.push(c.red(`  ✖ ${o.method} ${o.url}: ${o.error?.code} ${o.error?.message}`));
    if (check?.error) lines.push(c.red(`  ✖ check: ${check.error.code} ${check.error.message}`));
    lines.push('', c.grey(t.next as string), '');
    io.stdout(lines.join('\n'));
  }
  // the demo's own server answers every request: a failure means the demo is broken
  return failed.length > 0 || check?.error ? 1 : 0;
}

/** basics first, then the others alphabetically: the examples read as a tour. */
function exampleOrder(a: string, b: string): number {
  const rank = (n: string) => (n.startsWith('basics.') ? 0 : 1);
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** The file with the value of its `@baseUrl` file variables replaced by the demo server's address. */
export function pointAt(file: HttpFile, url: string): HttpFile {
  if (!file.variables.some((v) => v.name === 'baseUrl')) return file;
  return { ...file, variables: file.variables.map((v) => (v.name === 'baseUrl' ? { ...v, value: url, references: [] } : v)) };
}

/** `httplens demo --serve`: the server alone, until `signal` aborts. */
export async function serveDemo(io: Io, options: { port: number; locale: Locale; signal: AbortSignal }): Promise<number> {
  const t = TEXTS[options.locale];
  let server: DemoServer;
  try {
    server = await startDemoServer(options.port);
  } catch (e) {
    const err = e as Error & { code?: string };
    io.stderr(`httplens demo: ${err.code ?? 'ERROR'} ${err.message}\n`);
    return 1;
  }
  const c = colours(useColour(io, 'stdout'));
  const lines = [`${c.bold(t.title as string)}${options.locale === 'zh-CN' ? '：' : ': '}${t.server} ${server.url}`, ''];
  for (const r of DEMO_ROUTES) lines.push(`  ${r.method.padEnd(5)} ${server.url}${r.path.padEnd(20)} ${c.grey(r.what)}`);
  lines.push('', c.grey(t.stop as string), '');
  io.stdout(lines.join('\n'));
  if (!options.signal.aborted) await new Promise<void>((resolve) => options.signal.addEventListener('abort', () => resolve(), { once: true }));
  await server.close();
  return 0;
}
