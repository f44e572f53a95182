import { readFileSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getDiagnosticInfo, normalizeLocale, type Locale } from '@httplens/core';
import { decodeText } from '@httplens/http-file';
import { getLanguageService, isMessageDocument, settingsFromConfig } from '@httplens/language-service';
import { boolFlag, choice, localeFlag, parseArgs, stringFlag, UsageError } from './args.js';
import { createDocument } from './document.js';
import { loadEnvironments, loadEveryAuthConfiguration, nodeHost } from './exchange.js';
import { expandFiles, loadConfig, MARKDOWN, notUtf8Warning, readHttpText, readProblem } from './files.js';
import { colours, useColour, type Io } from './io.js';
import { VERSION } from './version.js';

export const LINT_HELP = `Usage: httplens lint [options] <file|directory|glob|->...

Lints .http/.rest request files and raw HTTP messages (detected from their content):
syntax, every request's fields, portability between dialects. Markdown files (.md) named
or matched by a glob are linted for the requests of their \`\`\`http fences.

Options:
  --format <text|json|sarif|junit>  output format (default text)
  --locale <en|zh-CN>               language of the messages
  --config <file>                   httplens.config.json (default: the nearest one upwards)
  --max-warnings <n>                exit 1 when there are more warnings than this
  --quiet                           report errors only
  -h, --help                        show this help

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage error.
`;

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface LintedDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  messageId: string;
  args: Record<string, string | number>;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  length: number;
  docUrl?: string;
}

export interface LintedFile {
  path: string;
  text: string;
  diagnostics: LintedDiagnostic[];
}

const SEVERITY_NAMES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** A file that httpYac's `# @import` names, read as `send` reads it (relative to the document that names it). */
function readBeside(documentUri: string, path: string): string | undefined {
  return documentUri.startsWith('file:') ? nodeHost(fileURLToPath(documentUri), {}).readFile?.(path) : undefined;
}

/** Lints texts with the language service (the same diagnostics as the editor). */
export function lintTexts(
  inputs: { path: string; text: string; languageId: string }[],
  options: { locale: Locale; settings: ReturnType<typeof settingsFromConfig>; onEnvironmentProblem?: (problem: string) => void },
): LintedFile[] {
  const ls = getLanguageService({ locale: options.locale, settings: options.settings, readFile: readBeside });
  // The environment files of each file's folder (http-client.env.json, its private twin, .env, see loadEnvironments)
  // define variables, as they do for `httplens send` and in the editor, and their Security.Auth configurations the ids
  // of `$auth.token("id")` (HTTP1060); read once per folder.
  const environmentsOf = new Map<string, { environments: ReturnType<typeof loadEnvironments>; auth: ReturnType<typeof loadEveryAuthConfiguration> }>();
  let current: string | undefined;
  return inputs.map(({ path, text, languageId }) => {
    if (!path.startsWith('<')) {
      const dir = dirname(path);
      let known = environmentsOf.get(dir);
      if (!known) {
        known = { environments: loadEnvironments(path, options.onEnvironmentProblem), auth: loadEveryAuthConfiguration(path) };
        environmentsOf.set(dir, known);
      }
      if (current !== dir) {
        ls.setEnvironments(known.environments);
        ls.setAuthConfigurations(known.auth);
        current = dir;
      }
    }
    const doc = createDocument(path.startsWith('<') ? 'untitled:stdin' : pathToFileURL(path).href, languageId, text);
    const diagnostics = ls.doValidation(doc).map((d): LintedDiagnostic => {
      const offset = doc.offsetAt(d.range.start);
      const data = (d.data ?? {}) as { messageId?: string; args?: Record<string, string | number> };
      const out: LintedDiagnostic = {
        code: String(d.code),
        severity: SEVERITY_NAMES[d.severity ?? 1] ?? 'error',
        message: d.message,
        messageId: data.messageId ?? '',
        args: data.args ?? {},
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        offset,
        length: doc.offsetAt(d.range.end) - offset,
      };
      if (d.codeDescription?.href) out.docUrl = d.codeDescription.href;
      return out;
    });
    return { path, text, diagnostics };
  });
}

function readInput(path: string, shown: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new UsageError(`cannot read ${shown}: ${readProblem(e)}`);
  }
}

/**
 * The text of a file or of stdin: .http files are text (UTF-8, or UTF-16 as the editors read it: see `decodeText`);
 * raw messages are bytes (latin1 keeps offsets = byte offsets). Other inputs are detected from their content (a byte
 * order mark is skipped for the detection): a raw message, else an .http file. A UTF-16 file is text either way.
 * `warning`: where a text read as UTF-8 stops being UTF-8 (`shown` names the file in it).
 */
export function decodeInput(bytes: Buffer, languageId: string, shown: string): { text: string; languageId: string; warning?: string } {
  if (languageId === 'http' || languageId === 'markdown') return { ...readHttpText(bytes, shown), languageId };
  if (languageId === 'http-message') return { text: bytes.toString('latin1'), languageId };
  const decoded = decodeText(bytes);
  const utf16 = decoded.encoding !== 'utf-8';
  const bom = !utf16 && decoded.bom ? 3 : 0;
  const head = utf16 ? decoded.text.slice(0, 64 * 1024) : bytes.subarray(bom, bom + 64 * 1024).toString('latin1');
  if (isMessageDocument({ languageId: 'plaintext', getText: () => head })) return { text: utf16 ? decoded.text : bytes.toString('latin1'), languageId: 'http-message' };
  const warning = utf16 ? undefined : notUtf8Warning(bytes, shown);
  return warning ? { text: decoded.text, languageId: 'http', warning } : { text: decoded.text, languageId: 'http' };
}

export function languageOf(path: string): string {
  if (/\.(?:http|rest)$/i.test(path)) return 'http';
  if (/\.httpmsg$/i.test(path)) return 'http-message';
  if (MARKDOWN.test(path)) return 'markdown'; // the requests of its ```http fences
  return 'plaintext'; // the language service decides from the content
}

export async function lintCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { values: ['format', 'locale', 'config', 'max-warnings'], booleans: ['help', 'quiet'], aliases: { '-h': '--help' } });
  if (boolFlag(args, 'help')) {
    io.stdout(LINT_HELP);
    return 0;
  }
  if (args.positionals.length === 0) throw new UsageError('lint needs at least one file, directory, glob or -');
  const format = choice(args, 'format', ['text', 'json', 'sarif', 'junit'] as const, 'text');
  const { config, problems } = loadConfig(io.cwd, stringFlag(args, 'config'));
  for (const p of problems) io.stderr(`httplens: ${p}\n`);
  const locale = localeFlag(args) ?? normalizeLocale(config.locale);
  const maxWarningsText = stringFlag(args, 'max-warnings');
  // digits only: Number('') and Number(' ') are 0, Number('1e3') is 1000
  if (maxWarningsText !== undefined && !/^\d+$/.test(maxWarningsText)) throw new UsageError(`--max-warnings takes a whole number (got '${maxWarningsText}')`);
  const maxWarnings = maxWarningsText === undefined ? undefined : Number(maxWarningsText);

  const files = args.positionals.filter((p) => p !== '-');
  // an .http file that is not UTF-8 is still linted, with a warning where it stops being UTF-8
  const read = (path: string, bytes: Buffer, languageId: string) => {
    const { warning, ...input } = decodeInput(bytes, languageId, path.startsWith('<') ? path : relative(io.cwd, path).split(sep).join('/'));
    if (warning) io.stderr(`httplens: ${warning}\n`);
    return { path, ...input };
  };
  const inputs = expandFiles(files, io.cwd, config.ignore).map((path) => read(path, readInput(path, relative(io.cwd, path) || path), languageOf(path)));
  // stdin comes as bytes (one latin1 character per byte)
  if (args.positionals.includes('-')) inputs.push(read('<stdin>', Buffer.from(io.readStdin(), 'latin1'), 'plaintext'));

  let linted = lintTexts(inputs, { locale, settings: settingsFromConfig(config), onEnvironmentProblem: (p) => io.stderr(`httplens: ${p}\n`) });
  if (boolFlag(args, 'quiet')) linted = linted.map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.severity === 'error') }));
  const counts = count(linted);
  const display = (path: string) => (path.startsWith('<') ? path : relative(io.cwd, path).split(sep).join('/'));

  if (format === 'json') io.stdout(`${JSON.stringify(toJson(linted, display, counts), null, 2)}\n`);
  else if (format === 'sarif') io.stdout(`${JSON.stringify(toSarif(linted, display, io.cwd, locale), null, 2)}\n`);
  else if (format === 'junit') io.stdout(toJunit(linted, display));
  else io.stdout(toText(linted, display, counts, colours(useColour(io, 'stdout')), locale));

  if (counts.errors > 0) return 1;
  if (maxWarnings !== undefined && counts.warnings > maxWarnings) {
    io.stderr(`httplens: ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

export function count(files: LintedFile[]) {
  const c = { files: files.length, errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const f of files) {
    for (const d of f.diagnostics) {
      if (d.severity === 'error') c.errors++;
      else if (d.severity === 'warning') c.warnings++;
      else if (d.severity === 'info') c.infos++;
      else c.hints++;
    }
  }
  return c;
}

/** The documented JSON schema (version 1): stable field names, 1-based lines and columns. */
export function toJson(files: LintedFile[], display: (p: string) => string, counts: ReturnType<typeof count>) {
  return {
    version: 1,
    tool: { name: 'httplens', version: VERSION },
    files: files.map((f) => ({ path: display(f.path), diagnostics: f.diagnostics })),
    summary: counts,
  };
}

function toText(files: LintedFile[], display: (p: string) => string, counts: ReturnType<typeof count>, c: ReturnType<typeof colours>, locale: Locale): string {
  const out: string[] = [];
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue, hint: c.grey };
  for (const f of files) {
    if (f.diagnostics.length === 0) continue;
    out.push(c.bold(display(f.path)));
    const lines = f.text.split(/\r\n|\r|\n/);
    for (const d of f.diagnostics) {
      out.push(`  ${d.line}:${d.column}  ${paint[d.severity](d.severity.padEnd(7))}  ${d.message}  ${c.grey(d.code)}`);
      out.push(...codeFrame(lines, d, c));
    }
    out.push('');
  }
  const total = counts.errors + counts.warnings + counts.infos + counts.hints;
  if (total === 0) out.push(c.green(locale === 'zh-CN' ? `✔ ${counts.files} 个文件，没有问题` : `✔ ${counts.files} file${counts.files === 1 ? '' : 's'}, no problems`));
  else {
    const summary =
      locale === 'zh-CN'
        ? `✖ ${total} 个问题（${counts.errors} 个错误，${counts.warnings} 个警告，${counts.infos} 条信息，${counts.hints} 条提示）`
        : `✖ ${total} problem${total === 1 ? '' : 's'} (${counts.errors} error${counts.errors === 1 ? '' : 's'}, ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}, ${counts.infos} info, ${counts.hints} hint${counts.hints === 1 ? '' : 's'})`;
    out.push(counts.errors ? c.red(c.bold(summary)) : c.yellow(c.bold(summary)));
  }
  return `${out.join('\n')}\n`;
}

/** The offending line with its neighbours and the range underlined, like a compiler. */
function codeFrame(lines: string[], d: LintedDiagnostic, c: ReturnType<typeof colours>): string[] {
  const out: string[] = [];
  const width = String(Math.min(lines.length, d.line + 1)).length;
  for (let n = Math.max(1, d.line - 1); n <= Math.min(lines.length, d.line + 1); n++) {
    const text = (lines[n - 1] ?? '').replace(/\t/g, ' ');
    const marker = n === d.line ? c.red('>') : ' ';
    out.push(`    ${marker} ${String(n).padStart(width)} | ${printable(text)}`);
    if (n === d.line) {
      const end = d.endLine === d.line ? Math.max(d.endColumn, d.column + 1) : text.length + 2;
      out.push(`      ${' '.repeat(width)} | ${' '.repeat(d.column - 1)}${c.red('^'.repeat(Math.max(1, end - d.column)))}`);
    }
  }
  return out;
}

function printable(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out += (c < 0x20 && c !== 9) || c === 0x7f ? `\\x${c.toString(16).padStart(2, '0')}` : ch;
  }
  return out;
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0, for code-scanning upload. */
export function toSarif(files: LintedFile[], display: (p: string) => string, cwd: string, locale: Locale) {
  const codes = [...new Set(files.flatMap((f) => f.diagnostics.map((d) => d.code)))].sort();
  const rules = codes.map((code) => {
    const info = getDiagnosticInfo(code, { locale });
    return {
      id: code,
      name: info?.messageId ?? code,
      shortDescription: { text: info?.title ?? code },
      fullDescription: { text: info?.message ?? code },
      ...(info ? { helpUri: info.docUrl, help: { text: info.doc, markdown: info.doc } } : {}),
      defaultConfiguration: { level: SARIF_LEVEL[info?.severity ?? 'warning'] },
    };
  });
  const base = pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'httplens', version: VERSION, semanticVersion: VERSION, informationUri: 'https://httplens.dev', rules } },
        originalUriBaseIds: { SRCROOT: { uri: base } },
        results: files.flatMap((f) =>
          f.diagnostics.map((d) => ({
            ruleId: d.code,
            ruleIndex: codes.indexOf(d.code),
            level: SARIF_LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: f.path.startsWith('<') ? { uri: 'stdin' } : { uri: display(f.path), uriBaseId: 'SRCROOT' },
                  region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn, charOffset: d.offset, charLength: d.length },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
}

/** XML 1.0 text: escaped, and the control characters it cannot carry dropped. */
export const xmlText = (s: string): string =>
  [...s]
    .filter((ch) => {
      const c = ch.charCodeAt(0);
      return c >= 0x20 || c === 9 || c === 10 || c === 13;
    })
    .join('')
    .replace(/[<>&"']/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch] as string);

/** JUnit XML: one test suite per file, one failing test case per error or warning. */
export function toJunit(files: LintedFile[], display: (p: string) => string): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const problems = (f: LintedFile) => f.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
  const total = files.reduce((n, f) => n + Math.max(1, problems(f).length), 0);
  const failures = files.reduce((n, f) => n + problems(f).length, 0);
  out.push(`<testsuites name="httplens lint" tests="${total}" failures="${failures}">`);
  for (const f of files) {
    const p = problems(f);
    const name = xmlText(display(f.path));
    out.push(`  <testsuite name="${name}" tests="${Math.max(1, p.length)}" failures="${p.length}">`);
    if (p.length === 0) out.push(`    <testcase name="httplens lint" classname="${name}"/>`);
    for (const d of p) {
      out.push(`    <testcase name="${d.code} ${d.line}:${d.column}" classname="${name}">`);
      out.push(`      <failure message="${xmlText(d.message)}" type="${d.severity}">${xmlText(`${display(f.path)}:${d.line}:${d.column} ${d.code} ${d.message}`)}</failure>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>', '');
  return out.join('\n');
}
