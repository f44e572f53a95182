import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { normalizeLocale, type Diagnostic, type Locale } from '@httplens/core';
import { decodeText, isKept, keepToken, parseHttpFile, planRun, requestLoop, requestsToSendFirst, runLineAt, selectEnvironment, sendMetadata, tokenRequestFor, type AuthConfiguration, type EnvironmentSet, type HttpFile, type StoredExchange } from '@httplens/http-file';
import { describeErrorCode, ERROR_CODES, type Client, type SendResult, type TlsSettings } from '@httplens/transport';
import { boolFlag, choice, localeFlag, parseArgs, stringFlag, UsageError, type ParsedArgs } from './args.js';
import {
  createRunClient,
  defaultHeadersWith,
  fetchToken,
  terminalPerson,
  loadAuthConfigurations,
  loadEnvironments,
  loadSslConfiguration,
  nodeHost,
  NOT_SENT,
  runContext,
  sendOne,
  unansweredOf,
  withPassphrase,
  type EnvironmentFiles,
  type ExchangeOutcome,
  type RunTokens,
  type SendOneOptions,
  type SslSettings,
  type Unanswered,
} from './exchange.js';
import { colours, progress, useColour, visible, type Colours, type Io } from './io.js';
import { expandFiles, loadConfig, MARKDOWN, readHttpText, readProblem } from './files.js';
import { xmlText } from './lint.js';

export const SEND_HELP = `Usage: httplens send <file.http>... [options]
       httplens send - [options]     (the file on stdin)

Sends requests of .http files through httplens's own HTTP/1.1 transport and prints
each response with its analysis (diagnostics and what caches will do with it).
Several files (files, folders of .http and .rest files, globs such as 'api/**/*.http';
a Markdown file sends the requests of its \`\`\`http fences)
are sent one after the other, in the order given, with what each option chooses in each
(the variables their JetBrains response handlers set carry on to the next file).

Options:
  --name <name>        the request named so (# @name, or the ### title)
  --line <n>           the request at line n (1-based), or what the JetBrains run line there runs
                       (one file only)
  --all                every request, in order, with request chaining and the JetBrains
                       run lines where they stand (default: the first)
  --tag <tag>          the requests whose httpYac # @tag lists it, in order (repeatable, or
                       a comma-separated list)
  --env <name>         environment from http-client.env.json (+ private) and .env, with its
                       SSLConfiguration (client certificate, verifyHostCertificate); the
                       passphrase of an encrypted key comes from HTTPLENS_CERT_PASSPHRASE,
                       else it is asked for on the terminal
  --env-file <file>    read the environments from this file (and --private-env-file <file>)
                       instead of those beside the .http files, as the JetBrains CLI does
  --var <name=value>   give {{name}} this value, over the file's and the environment's (repeatable);
                       it also answers a @prompt variable, or an httpYac question ({{$input Name}},
                       {{$password Name}}, {{$pick Name $value: a,b}}) by its text; on a terminal,
                       what --var does not answer is asked
  --insecure           do not verify TLS certificates
  --follow             follow redirects (up to 10)
  --full               print the whole body (default: the first 2,000 characters)
  --raw                print the exact bytes sent and received
  --json               print the results as JSON
  --fail-on <when>     exit 1 on: error (diagnostic errors or transport errors, default), 4xx, 5xx;
                       a failed httpYac assert (?? status == 200) exits 1 whatever it says
  --bail               send nothing more after the first request that fails (as --fail-on says)
  --reporter junit     also write a JUnit report (--output, default httplens-junit.xml)
  --output <file>      where the JUnit report goes
  --timeout <ms>       time limit for each whole exchange; a request's # @timeout wins over it
  --locale <en|zh-CN>  language of the analysis
  --config <file>      httplens.config.json to use (default: the nearest one): its dialect, locale
                       and defaultHeaders (default: User-Agent: httplens/<version>)
  -h, --help           show this help
`;

/**
 * The files `send` takes from a folder or a glob (a file named on its own may have another name): `.http` and `.rest`
 * files, and Markdown files that a glob matches (a folder's are not searched), whose ```http fences hold requests.
 */
const SENDABLE = /\.(?:http|rest|md|markdown)$/i;

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export async function sendCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, {
    values: ['name', 'line', 'env', 'env-file', 'private-env-file', 'fail-on', 'reporter', 'output', 'timeout', 'locale', 'config'],
    repeatable: ['var', 'tag'],
    booleans: ['all', 'bail', 'insecure', 'follow', 'full', 'raw', 'json', 'help'],
    aliases: { '-h': '--help' },
  });
  if (boolFlag(args, 'help')) {
    io.stdout(SEND_HELP);
    return 0;
  }
  if (args.positionals.length === 0) throw new UsageError('send needs an .http file (or several: files, folders, globs)');
  const failOn = choice(args, 'fail-on', ['error', '4xx', '5xx'] as const, 'error');
  choice(args, 'reporter', ['junit'] as const, 'junit');
  if (args.flags.has('output') && !args.flags.has('reporter')) throw new UsageError('--output goes with --reporter junit');
  // httplens.config.json (as lint reads it): the dialect the files are read in, and the default language
  const { config, path: configPath, problems } = loadConfig(io.cwd, stringFlag(args, 'config'));
  // an included file not beside the .http file is looked for in the project: the config's folder, then the working one
  const roots = [...new Set([...(configPath ? [dirname(configPath)] : []), io.cwd])];
  for (const p of problems) io.stderr(`httplens: ${p}\n`);
  const locale = localeFlag(args) ?? normalizeLocale(config.locale);
  const lineFlag = stringFlag(args, 'line');
  const tags = ((args.flags.get('tag') as string[] | undefined) ?? []).flatMap((t) => t.split(',')).map((t) => t.trim());
  // `-`: the file's text on stdin, read as a file of the working folder (its includes, environments and output
  // redirects there); stdin holds the file, so nothing is asked on the terminal
  const fromStdin = args.positionals.includes('-');
  if (fromStdin && args.positionals.length > 1) throw new UsageError('- (the file on stdin) goes alone');
  const terminal = fromStdin ? undefined : io.readLine;
  // the files: one named file, or several (files, folders searched for .http and .rest files, globs), in order
  const first = args.positionals[0] as string;
  const one = fromStdin || (args.positionals.length === 1 && !/[*?]/.test(first) && !isFolder(resolve(io.cwd, first)));
  const named = new Set(args.positionals.map((p) => resolve(io.cwd, p)));
  // in the order given; a folder's or a glob's files in the order of their names
  const paths = fromStdin ? [join(io.cwd, 'stdin.http')] : one ? [resolve(io.cwd, first)] : [...new Set(args.positionals.flatMap((p) => expandFiles([p], io.cwd, config.ignore)))].filter((p) => SENDABLE.test(p) || named.has(p));
  if (paths.length === 0) throw new UsageError(`no .http or .rest files in ${args.positionals.join(' ')}`);
  if (paths.length > 1 && lineFlag !== undefined) throw new UsageError('--line goes with one file');
  const shownPath = (p: string): string => (fromStdin ? '<stdin>' : one ? first : relative(io.cwd, p).split(sep).join('/') || p);
  // every file read and its requests chosen before anything is sent: a wrong name or tag sends nothing
  const planned: { path: string; shown: string; file: HttpFile; runLine: ReturnType<typeof runLineAt>; indices: number[] }[] = [];
  let unmatched: UsageError | undefined;
  for (const path of paths) {
    const shown = shownPath(path);
    let bytes: Buffer;
    try {
      bytes = fromStdin ? Buffer.from(io.readStdin(), 'latin1') : readFileSync(path);
    } catch (e) {
      throw new UsageError(`cannot read ${shown}: ${readProblem(e)}`);
    }
    const { text, warning } = readHttpText(bytes, shown);
    if (warning) io.stderr(`httplens: ${warning}\n`);
    // with the host, the files httpYac's `# @import` lines name are read too (their variables, their named requests)
    const file = parseHttpFile(text, { ...(config.dialect ? { dialect: config.dialect } : {}), ...(MARKDOWN.test(path) ? { markdown: true } : {}), host: nodeHost(path, io.env, roots) });
    // `--line` on a JetBrains `run` line: what that line runs
    const runLine = lineFlag !== undefined && args.flags.get('name') === undefined && !boolFlag(args, 'all') ? runLineAt(file, offsetOfLine(file.text, lineFlag)) : undefined;
    try {
      const indices = runLine ? [] : selectRequests(file, args.flags.get('name') as string | undefined, lineFlag, boolFlag(args, 'all'), tags.length > 0 ? tags : undefined);
      planned.push({ path, shown, file, runLine, indices });
    } catch (e) {
      // of several files, those without the request asked for (or without requests) are passed over
      if (paths.length === 1 || !(e instanceof UsageError) || /^use one of/.test(e.message)) throw e;
      unmatched ??= e;
    }
  }
  if (planned.length === 0) throw new UsageError(`${unmatched?.message ?? 'nothing to send'} (in none of the ${paths.length} files)`);
  const prompts: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const v of (args.flags.get('var') as string[] | undefined) ?? []) {
    const eq = v.indexOf('=');
    if (eq <= 0) throw new UsageError(`--var takes name=value (got '${v}')`);
    prompts[v.slice(0, eq)] = v.slice(eq + 1);
  }
  // the values --var gives, for the variables of that name too (without a prototype: `constructor` is a name like any other)
  const given: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, prompts);
  const timeoutText = stringFlag(args, 'timeout');
  const timeout = timeoutText === undefined ? undefined : Number(timeoutText);
  if (timeout !== undefined && (!Number.isFinite(timeout) || timeout <= 0)) throw new UsageError('--timeout takes a number of milliseconds');

  const env = stringFlag(args, 'env');
  const environmentFiles = environmentFilesFlag(args, io.cwd);
  // added to each request that does not set them itself
  const defaultHeaders = defaultHeadersWith(config.defaultHeaders);
  // the variables the JetBrains response handlers set (client.global.set), for the rest of the run
  const globals = Object.create(null) as Record<string, string>;
  const outcomes: ExchangeOutcome[] = [];
  const c = colours(useColour(io, 'stdout'));
  let stopped: string | undefined;
  // --bail: set by the first request that fails, after which nothing more is sent
  const bail = boolFlag(args, 'bail');
  let bailed = false;
  // the grants that need a person (a browser sign-in, a device code): only on a terminal, where someone can act
  const person = io.readLine ? terminalPerson(io.stderr, io.openUrl) : undefined;
  /**
   * What the files of one folder share: their environment files (and the client their SSLConfiguration sets up, with
   * its connections and cookie jar), and the OAuth 2.0 tokens of those environments, got once.
   */
  interface Folder {
    environments: EnvironmentSet | undefined;
    client: Client;
    runTokens: RunTokens;
    authConfigurations?: Record<string, AuthConfiguration>;
  }
  const folders = new Map<string, Folder>();
  const folderOf = async (path: string): Promise<Folder> => {
    const dir = dirname(path);
    let folder = folders.get(dir);
    if (!folder) {
      const { environments, client } = await environmentAndClient(path, env, boolFlag(args, 'insecure'), io, environmentFiles);
      // without prototypes: a configuration id such as `toString` is a key like any other
      const runTokens: RunTokens = {
        tokens: Object.create(null) as RunTokens['tokens'],
        expired: Object.create(null) as RunTokens['expired'],
        problems: Object.create(null) as RunTokens['problems'],
        httpyac: Object.create(null) as RunTokens['httpyac'],
      };
      folder = { environments, client, runTokens };
      folders.set(dir, folder);
    }
    return folder;
  };
  /** Keeps and prints an exchange as the flags say. */
  const print = (outcome: ExchangeOutcome): void => {
    outcomes.push(outcome);
    if (bail && failed(outcome, failOn)) bailed = true;
    if (boolFlag(args, 'json')) {
      // printed at the end
    } else if (boolFlag(args, 'raw') && outcome.result && !io.stdoutIsTTY && io.stdoutBytes) {
      // `--raw` into a file or a pipe: the exchanged bytes exactly
      const write = io.stdoutBytes;
      for (const piece of rawPieces(outcome, outcome.result, c, locale)) {
        if (typeof piece === 'string') io.stdout(piece);
        else write(piece);
      }
    } else io.stdout(formatOutcome(outcome, { c, locale, full: boolFlag(args, 'full'), raw: boolFlag(args, 'raw'), notes: true }));
  };

  /** Sends what was chosen of one file; false when the run stops (a question given up, --bail). */
  const sendFile = async ({ path, shown, file, runLine, indices }: (typeof planned)[number]): Promise<boolean> => {
    const folder = await folderOf(path);
    const { environments, client, runTokens } = folder;
    const responses: Record<string, StoredExchange> = {};
    const getToken = async (id: string): Promise<void> => {
      folder.authConfigurations ??= env ? loadAuthConfigurations(path, env, environmentFiles) : {};
      const authConfigurations = folder.authConfigurations;
      const variables = environments && env ? selectEnvironment(environments, env).variables : {};
      // an expired token's refresh token is tried first
      const previous = runTokens.expired[id];
      const answer = await fetchToken(tokenRequestFor(authConfigurations, id, env, (name) => variables[name]?.value), client, timeout, person, previous);
      if ('problem' in answer) {
        runTokens.problems[id] = answer.problem;
        return;
      }
      runTokens.tokens[id] = keepToken(answer, Date.now(), previous);
      delete runTokens.expired[id];
    };
    /** Keeps an exchange, with the file it is of, and prints it. */
    const keep = (outcome: ExchangeOutcome): void => {
      outcome.file = shown;
      print(outcome);
    };
    /**
     * Sends one request and prints it; false when the run stops (a question given up). `from`: the file it is in when
     * it is not the file sent (a JetBrains `run` line's), with the values that line gives.
     */
    const runOne = async (index: number, from: { file: HttpFile; path: string; overrides?: Record<string, string> } = { file, path }): Promise<boolean> => {
      const file = from.file;
      const options: SendOneOptions = {
        locale,
        host: nodeHost(from.path, io.env, roots),
        outputFolder: dirname(from.path),
        // --var gives {{name}} its value over any other (httpYac's yields to the file's own variables); a run line's win
        overrides: { ...given, ...from.overrides },
        responses,
        globals,
        prompts,
        follow: boolFlag(args, 'follow'),
        client,
        defaultHeaders,
        ...(person ? { person } : {}),
        ...(environments ? { environments } : {}),
        ...(env ? { environment: env } : {}),
        ...(timeout ? { timeout } : {}),
      };
      // a token past its lifetime is got again
      for (const [id, kept] of Object.entries(runTokens.tokens)) {
        if (isKept(kept, Date.now())) continue;
        runTokens.expired[id] = kept;
        delete runTokens.tokens[id];
      }
      options.auth = runTokens;
      const missing = unansweredOf(file, index, options);
      // the JetBrains OAuth 2.0 tokens the request uses ($auth.token("id")), got once a run (again when expired)
      for (const id of missing.tokens) if (!(id in runTokens.problems)) await getToken(id);
      // on a terminal, what --var does not answer is asked before the request is sent
      if (terminal) {
        try {
          options.prompts = await askUnanswered(missing, prompts, io);
        } catch (e) {
          if (!(e instanceof UsageError)) throw e;
          // given up: nothing more is sent, what was received is still printed
          stopped = e.message;
          return false;
        }
      }
      const request = file.requests[index];
      // `# @note` (REST Client, httpYac): on a terminal, the request is sent once confirmed (a refusal passes over it);
      // without one, no one can be asked and it is sent, as a run in CI means to
      const note = request?.metadata.find((m) => m.key.toLowerCase() === 'note');
      if (request && note && terminal && !sendMetadata(file, index, runContext(options)).disabled) {
        const question = note.value?.trim() || `${TEXTS[locale].confirm} ${request.method} ${request.url}?`;
        const answer = (await terminal(`${question} [y/N] `))?.trim().toLowerCase();
        if (answer !== 'y' && answer !== 'yes') {
          keep({ index, ...(request.name ? { name: request.name } : {}), method: request.method, url: request.url, hops: [], notes: [], diagnostics: [], declined: true });
          return true;
        }
      }
      // httpYac's `# @loop`: one exchange for each pass (the named response is the first pass's, as in httpYac, with
      // the list of them all)
      const loop = requestLoop(file, index, runContext(options));
      if (loop && 'problem' in loop) {
        keep({ index, ...(request?.name ? { name: request.name } : {}), method: request?.method ?? '', url: request?.url ?? '', hops: [], notes: [], diagnostics: [], error: { code: 'HTTPLENS_LOOP_NOT_READ', message: loop.problem.message } });
        return !bailed;
      }
      const passes = loop ? loop.passes : [undefined];
      // the exchanges of the passes that got a response, for httpYac's `{{<name>List}}`
      const received: StoredExchange[] = [];
      let last = request?.name ? responses[request.name] : undefined;
      for (const pass of passes) {
        const spinner = progress(io, `${request?.method ?? ''} ${request?.url ?? ''}`);
        const outcome = await sendOne(file, index, pass ? { ...options, loop: pass } : options);
        spinner.stop();
        if (pass) outcome.pass = { index: pass.index, of: passes.length };
        const stored = request?.name ? responses[request.name] : undefined;
        if (stored && stored !== last) received.push((last = stored));
        keep(outcome);
        if (bailed) return false;
      }
      if (loop && request?.name && received.length > 0) responses[request.name] = { ...(received[0] as StoredExchange), passes: received };
      return true;
    };
    /**
     * A request of the file and, first, those its httpYac `# @ref` / `# @forceRef` lines name (`@ref` ones without a
     * response yet): in the files its `# @import` lines name, then in the file.
     */
    const runWithRefs = async (index: number): Promise<boolean> => {
      const first = requestsToSendFirst(file, index, (name) => Object.hasOwn(responses, name));
      for (const there of first.imported) if (!(await runOne(there.index, { file: there.file, path: resolve(dirname(path), there.path) }))) return false;
      for (const before of first.indexes) if (!(await runOne(before))) return false;
      return runOne(index);
    };
    /** A file read for a JetBrains `import` or `run` line (relative to the file that names it), parsed once. */
    const loaded = new Map<string, HttpFile | string>();
    const load = (from: string, target: string): { file: HttpFile; path: string } | { problem: string } => {
      const full = resolve(dirname(from), target);
      let entry = loaded.get(full);
      if (entry === undefined) {
        try {
          entry = parseHttpFile(decodeText(readFileSync(full)).text, { dialect: config.dialect ?? 'jetbrains' });
        } catch (e) {
          entry = `cannot read ${target}: ${readProblem(e)}`;
        }
        loaded.set(full, entry);
      }
      return typeof entry === 'string' ? { problem: entry } : { file: entry, path: full };
    };
    // of several files, each under its name
    if (planned.length > 1 && !boolFlag(args, 'json')) io.stdout(`${c.bold(`══ ${shown} ══`)}\n\n`);
    if (boolFlag(args, 'all') || runLine) {
      // in order, with the JetBrains `run` lines where they stand (or the one `--line` is on)
      for (const step of planRun(file, path, load, runLine)) {
        if ('problem' in step) {
          // a target not found or not read: said in its place, and the run goes on
          outcomes.push({ index: -1, file: shown, method: 'RUN', url: step.target, hops: [], notes: [], diagnostics: [], error: { code: 'HTTPLENS_RUN_TARGET', message: step.problem } });
          if (!boolFlag(args, 'json')) io.stdout(`${c.bold(`run ${step.target}`)}\n${c.red(`  ✖ HTTPLENS_RUN_TARGET: ${step.problem}`)}\n\n`);
          if (bail) {
            bailed = true;
            return false;
          }
          continue;
        }
        // the file's own requests with their # @ref ones, a run line's with the values it gives
        if (!(step.overrides ? await runOne(step.index, { file: step.file, path: step.path, overrides: step.overrides }) : await runWithRefs(step.index))) return false;
      }
    } else for (const index of indices) if (!(await runWithRefs(index))) return false;
    return true;
  };
  try {
    // each folder's environments read (an environment it does not have is an error) before anything is sent
    for (const p of planned) await folderOf(p.path);
    for (const p of planned) if (!(await sendFile(p))) break;
  } finally {
    for (const folder of folders.values()) folder.client.close();
  }
  if (boolFlag(args, 'json')) io.stdout(`${JSON.stringify(outcomes.map(toJson), null, 2)}\n`);
  // of several exchanges, the counts last, as a CI log is read
  else if (outcomes.length > 1) io.stdout(summaryLine(outcomes, failOn, planned.length, c, locale));
  if (args.flags.has('reporter')) writeFileSync(resolve(io.cwd, stringFlag(args, 'output') ?? 'httplens-junit.xml'), toJunit(outcomes, failOn));
  if (stopped !== undefined) io.stderr(`httplens: ${stopped}\n`);
  if (bailed) io.stderr('httplens: stopped at the first request that failed (--bail)\n');
  return stopped !== undefined || outcomes.some((o) => failed(o, failOn)) ? 1 : 0;
}

/**
 * Asks on the terminal (stderr) what a request needs and `known` (the --var answers) does not give: `@prompt` variables
 * (hidden when the name says *pass*, *secret*, *token* or *key*, as the editor does), httpYac's `$input` (its `$value:`
 * taken on an empty answer), `$password` (hidden) and `$pick` (a numbered list: a number or a choice). Returns `known`
 * with the answers; those of `-askonce` questions are also added to `known`, for the rest of the run. Throws a
 * UsageError for a question given up (Ctrl-C, Ctrl-D, or three answers that are not a choice).
 */
async function askUnanswered(missing: Unanswered, known: Record<string, string>, io: Io): Promise<Record<string, string>> {
  if (missing.prompts.length === 0 && missing.questions.length === 0) return known;
  const readLine = io.readLine as NonNullable<Io['readLine']>;
  const readHidden = io.readSecret ?? readLine;
  const answers: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, known);
  const given = (answer: string | undefined, what: string): string => {
    if (answer === undefined) throw new UsageError(`no answer for ${what}: the request is not sent`);
    return answer;
  };
  for (const p of missing.prompts) {
    const read = /pass|secret|token|key/i.test(p.name) ? readHidden : readLine;
    answers[p.name] = given(await read(`${p.description ?? p.name}: `), `@prompt ${p.name}`);
  }
  for (const q of missing.questions) {
    let answer: string | undefined;
    if (q.kind === 'pick') {
      const choices = q.choices ?? [];
      io.stderr(choices.map((c, i) => `  ${i + 1}) ${visible(c)}\n`).join(''));
      // a few tries at a number or a choice, then the question counts as given up
      for (let attempt = 0; attempt < 3 && answer === undefined; attempt++) {
        const typed = given(await readLine(`${q.placeholder} [1-${choices.length}]: `), `'${q.placeholder}'`).trim();
        const n = Number(typed);
        answer = Number.isInteger(n) && n >= 1 && n <= choices.length ? choices[n - 1] : choices.find((c) => c === typed);
      }
    } else {
      const read = q.kind === 'password' ? readHidden : readLine;
      const typed = given(await read(`${q.placeholder}${q.value !== undefined && q.kind === 'input' ? ` (${q.value})` : ''}: `), `'${q.placeholder}'`);
      answer = typed === '' && q.value !== undefined ? q.value : typed;
    }
    answers[q.placeholder] = given(answer, `'${q.placeholder}'`);
    if (q.askOnce) known[q.placeholder] = answers[q.placeholder] as string;
  }
  return answers;
}

/**
 * The environments beside `path` (problems reported on stderr; a usage error when `env` is not among them) and the
 * client of a run: the proxy of the process environment, `insecure`, and the environment's SSLConfiguration (an
 * encrypted key decrypted with its passphrase, see `decryptKey`).
 */
/** `--env-file` and `--private-env-file` (the JetBrains CLI's), as absolute paths; undefined without either. */
export function environmentFilesFlag(args: ParsedArgs, cwd: string): EnvironmentFiles | undefined {
  const given = { public: stringFlag(args, 'env-file'), private: stringFlag(args, 'private-env-file') };
  if (given.public === undefined && given.private === undefined) return undefined;
  return {
    ...(given.public !== undefined ? { public: resolve(cwd, given.public) } : {}),
    ...(given.private !== undefined ? { private: resolve(cwd, given.private) } : {}),
    shown: { ...(given.public !== undefined ? { public: given.public } : {}), ...(given.private !== undefined ? { private: given.private } : {}) },
  };
}

export async function environmentAndClient(path: string, env: string | undefined, insecure: boolean, io: Io, files?: EnvironmentFiles): Promise<{ environments: EnvironmentSet | undefined; client: Client }> {
  const environmentProblems: string[] = [];
  const environments = loadEnvironments(path, (p) => environmentProblems.push(p), files);
  for (const p of environmentProblems) io.stderr(`httplens: ${p}\n`);
  if (env && !environments?.environments[env]) {
    const where = files ? [files.shown.public, files.shown.private].filter((f) => f !== undefined).join(' or ') : 'http-client.env.json, http-client.private.env.json or .env';
    throw new UsageError(`no environment '${env}' in ${where}${environmentProblems.length ? ' (see the problems above)' : ''}`);
  }
  // the JetBrains SSLConfiguration of the environment: a client certificate, verifyHostCertificate
  let ssl: ReturnType<typeof loadSslConfiguration> | undefined;
  try {
    ssl = env ? loadSslConfiguration(path, env, files) : undefined;
  } catch (e) {
    throw new UsageError(`environment '${env}': ${e instanceof Error ? e.message : String(e)}`);
  }
  for (const note of ssl?.notes ?? []) io.stderr(`httplens: ${note}\n`);
  const tls = ssl?.encryptedKey ? await decryptKey(ssl, env as string, io) : ssl?.tls;
  return { environments, client: createRunClient({ insecure, env: io.env, ...(tls ? { tls } : {}) }) };
}

/** The environment variable that holds the passphrase of an encrypted client key where no one can be asked (CI). */
export const PASSPHRASE_VARIABLE = 'HTTPLENS_CERT_PASSPHRASE';

/**
 * The TLS settings of an encrypted client key with its passphrase: from HTTPLENS_CERT_PASSPHRASE when it is set,
 * else asked once on the terminal (not echoed); without either, or with a passphrase that does not decrypt the key,
 * a usage error (exit 2) that names the variable.
 */
async function decryptKey(ssl: SslSettings, env: string, io: Io): Promise<TlsSettings> {
  const key = ssl.encryptedKey as string;
  const fromVariable = io.env[PASSPHRASE_VARIABLE];
  let passphrase: string | undefined;
  if (fromVariable !== undefined) passphrase = fromVariable;
  else if (io.readSecret) {
    passphrase = await io.readSecret(`Passphrase of the client key ${key} (environment '${env}'): `);
    if (passphrase === undefined) throw new UsageError(`no passphrase given for the client key ${key} of environment '${env}'`);
  } else {
    throw new UsageError(`the client key ${key} of environment '${env}' is encrypted: set ${PASSPHRASE_VARIABLE} to its passphrase (no terminal to ask for it on)`);
  }
  const decrypted = withPassphrase(ssl, passphrase);
  if ('error' in decrypted) {
    const from = fromVariable !== undefined ? ` from ${PASSPHRASE_VARIABLE}` : '';
    throw new UsageError(`the passphrase${from} does not decrypt the client key ${key} of environment '${env}' (${decrypted.error})`);
  }
  return decrypted.tls;
}

/** The offset where line `line` (1-based, as `--line` gives it) starts; the last line's for a number past the end. */
function offsetOfLine(text: string, line: string): number {
  const n = Number(line);
  if (!Number.isInteger(n) || n < 1) throw new UsageError('--line takes a line number (1-based)');
  let offset = 0;
  for (let k = 1; k < n; k++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return offset;
}

export function selectRequests(file: HttpFile, name: string | undefined, line: string | undefined, all: boolean, tags?: readonly string[]): number[] {
  // a JetBrains file of `run` lines only has no request of its own to send
  if (file.requests.length === 0 && !(all && file.directives.some((d) => d.kind === 'run'))) throw new UsageError('the file has no requests');
  if ([name !== undefined, line !== undefined, all, tags !== undefined].filter(Boolean).length > 1) throw new UsageError('use one of --name, --line, --tag and --all');
  if (all) return file.requests.map((r) => r.index);
  if (tags !== undefined) {
    // httpYac's `# @tag a, b`: the requests that list one of the tags
    const tagged = file.requests.filter((r) => tagsOf(r).some((t) => tags.includes(t)));
    if (tagged.length === 0) throw new UsageError(`no request tagged ${tags.map((t) => `'${t}'`).join(' or ')} (tags: ${[...new Set(file.requests.flatMap(tagsOf))].join(', ') || 'none'})`);
    return tagged.map((r) => r.index);
  }
  if (name !== undefined) {
    const found = file.requests.find((r) => r.name === name || r.title === name);
    if (!found) throw new UsageError(`no request named '${name}' (names: ${file.requests.flatMap((r) => (r.name ? [r.name] : [])).join(', ') || 'none'})`);
    return [found.index];
  }
  if (line !== undefined) {
    const offset = offsetOfLine(file.text, line);
    let found = file.requests[0];
    for (const r of file.requests) if ((r.separatorSpan?.offset ?? r.span.offset) <= offset) found = r;
    return [found?.index ?? 0];
  }
  return [0];
}

/** The counts of a run: files, requests sent, failed, not sent (`# @disabled`), and asserts passed and failed. */
export function summaryLine(outcomes: readonly ExchangeOutcome[], failOn: 'error' | '4xx' | '5xx', files: number, c: Colours, locale: Locale): string {
  const t = TEXTS[locale];
  const [colon, comma] = locale === 'zh-CN' ? ['：', '，'] : [': ', ', '];
  const disabled = outcomes.filter((o) => o.disabled || o.declined).length;
  const failures = outcomes.filter((o) => failed(o, failOn)).length;
  const asserts = outcomes.flatMap((o) => o.asserts ?? []);
  const passedAsserts = asserts.filter((a) => a.outcome === 'passed').length;
  const failedAsserts = asserts.filter((a) => a.outcome === 'failed').length;
  const parts = [
    ...(files > 1 ? [`${files} ${t.files}`] : []),
    `${outcomes.length - disabled} ${outcomes.length - disabled === 1 ? t.request : t.requests}`,
    failures > 0 ? c.red(`${failures} ${t.failed}`) : c.green(`0 ${t.failed}`),
    ...(disabled > 0 ? [`${disabled} ${t.notSent}`] : []),
    ...(asserts.length > 0 ? [`${t.asserts}${colon}${passedAsserts} ${t.passed}${comma}${failedAsserts} ${t.failed}`] : []),
  ];
  return `${c.bold(`${t.summary}${colon.trim()}`)}${locale === 'zh-CN' ? '' : ' '}${parts.join(' · ')}\n`;
}

/** The tags of httpYac's `# @tag a, b` lines of a request. */
function tagsOf(request: HttpFile['requests'][number]): string[] {
  return request.metadata.flatMap((m) => (m.key === 'tag' && m.value ? m.value.split(',').map((t) => t.trim()).filter((t) => t.length > 0) : []));
}

export function failed(o: ExchangeOutcome, failOn: 'error' | '4xx' | '5xx'): boolean {
  if (o.error) return true;
  // a body that an output redirect (`>> ./out/me.json`) could not write is missing where the run was asked to leave it
  if (o.saved?.some((s) => 'problem' in s)) return true;
  // an assert of the file (`?? status == 200`) is a test that fails the run whatever --fail-on says
  if (o.asserts?.some((a) => a.outcome === 'failed')) return true;
  const status = o.result?.status ?? 0;
  if (failOn === '4xx') return status >= 400;
  if (failOn === '5xx') return status >= 500;
  return o.diagnostics.some((d) => d.severity === 'error');
}

const TEXTS: Record<Locale, Record<string, string>> = {
  en: { disabled: 'not sent (# @disabled)', handler: 'Set by the response handler', notSet: 'not set (JavaScript httplens does not run, or a path the response does not have)', asserts: 'Asserts', skipped: 'not checked', 'skip.syntax': 'not an assert httpYac reads', 'skip.javascript': 'JavaScript is not run', 'skip.field': 'no such field', 'skip.timing': 'that phase is not measured', 'skip.digest': 'no digest', receivedBefore: 'received before the error ({0} bytes)', timings: 'Timings', analysis: 'Analysis', caching: 'Caching', shared: 'shared cache', private: 'private cache', truncated: 'more characters (use --full)', none: 'no problems', redirected: 'redirected from', sent: 'sent', received: 'received', error: 'error', defaultHeader: 'default header', saved: 'Body written to', notSaved: 'Body not written to', summary: 'Summary', files: 'files', request: 'request sent', requests: 'requests sent', failed: 'failed', passed: 'passed', notSent: 'not sent', declined: 'not sent (declined, # @note)', confirm: 'Send' },
  'zh-CN': { disabled: '未发送（# @disabled）', handler: '由响应处理脚本设置', notSet: '未设置（httplens 不运行的 JavaScript，或响应中没有的路径）', asserts: '断言', skipped: '未检查', 'skip.syntax': '不是 httpYac 能读取的断言', 'skip.javascript': '不运行 JavaScript', 'skip.field': '没有这个字段', 'skip.timing': '没有测量这个阶段', 'skip.digest': '没有摘要', receivedBefore: '出错前收到的内容（{0} 字节）', timings: '耗时', analysis: '分析', caching: '缓存', shared: '共享缓存', private: '私有缓存', truncated: '个字符未显示（使用 --full）', none: '没有问题', redirected: '重定向自', sent: '发送', received: '接收', error: '错误', defaultHeader: '默认首部', saved: '主体已写入', notSaved: '主体未能写入', summary: '汇总', files: '个文件', request: '个请求已发送', requests: '个请求已发送', failed: '个失败', passed: '个通过', notSent: '个未发送', declined: '未发送（已拒绝，# @note）', confirm: '发送' },
};

/**
 * One exchange as text. `notes`: the warnings and errors of building the request (a variable without a value, an
 * included file not found), which `send` shows and the demo leaves to its lint findings.
 */
export function formatOutcome(o: ExchangeOutcome, options: { c: Colours; locale: Locale; full: boolean; raw: boolean; notes?: boolean }): string {
  const { c, locale } = options;
  const t = TEXTS[locale];
  const out = headLines(o, c, locale, options.notes === true);
  if (o.disabled || o.declined) {
    out.push(c.grey(`  – ${o.declined ? t.declined : t.disabled}`), '');
    return `${out.join('\n')}\n`;
  }
  if (o.error) {
    const known = Object.prototype.hasOwnProperty.call(ERROR_CODES, o.error.code);
    const plain = known ? describeErrorCode(o.error.code as keyof typeof ERROR_CODES, locale) : o.error.message;
    out.push(c.red(`  ✖ ${o.error.code}: ${plain}`));
    // a transport error's own message says where it happened; a code of httplens has only that message
    if (known) out.push(c.grey(`    ${o.error.message}`));
    const received = o.error.received;
    // what arrived before the error (a response cut short)
    if (received) out.push(c.grey(`── ${(t.receivedBefore ?? '').replace('{0}', String(received.length))} ──`), clipped(asText(received), options.full, c, locale));
    out.push('');
    return `${out.join('\n')}\n`;
  }
  const r = o.result;
  if (!r) return `${out.join('\n')}\n`;
  if (options.raw) {
    // as text: the bytes as UTF-8 with their control characters shown (a server's escape sequences must not drive a
    // terminal); `send` writes the bytes themselves into a file or a pipe (see rawPieces)
    out.push(c.grey(`── ${t.sent} ──`), asText(r.raw.sent), c.grey(`── ${t.received} ──`), asText(r.raw.received), '');
    return `${out.join('\n')}\n`;
  }
  const statusColour = r.status >= 500 ? c.red : r.status >= 400 ? c.yellow : r.status >= 300 ? c.cyan : c.green;
  // what the server sent is shown, never obeyed: its control characters cannot drive the terminal
  out.push(statusColour(`${r.version} ${r.status} ${visible(r.reason)}`));
  for (const [name, value] of r.headers) out.push(`${c.cyan(visible(name))}: ${visible(value)}`);
  const body = visible(o.body ?? '', '\t\n\r');
  if (body) out.push('', clipped(body, options.full, c, locale));
  const tm = r.timings;
  out.push('', c.grey(`${t.timings}: wait ${ms(tm.wait)} · dns ${ms(tm.dns)} · connect ${ms(tm.connect)} · tls ${ms(tm.tls)} · request ${ms(tm.request)} · first byte ${ms(tm.firstByte)} · download ${ms(tm.download)} · total ${ms(tm.total)}${r.reused ? ' (reused)' : ''}`));
  // the output redirects (`>> ./out/me.json`)
  for (const s of o.saved ?? []) out.push('problem' in s ? c.red(`✖ ${t.notSaved} ${visible(s.path)}: ${s.problem}`) : `${c.green('✔')} ${t.saved} ${visible(s.path)}`);
  out.push(c.bold(`${t.analysis}:`));
  const shown = o.diagnostics.filter((d) => d.severity !== 'hint');
  if (shown.length === 0) out.push(c.green(`  ✔ ${t.none}`));
  for (const d of shown) out.push(`  ${severityMark(d, c)} ${d.message} ${c.grey(d.code)}`);
  if (o.caching) {
    out.push(c.bold(`${t.caching}:`), `  ${t.shared}: ${o.caching.shared.summary}`, `  ${t.private}: ${o.caching.private.summary}`);
  }
  if (o.globals) {
    if (o.globals.set.length > 0) out.push(`${c.bold(`${t.handler}:`)} ${o.globals.set.map((n) => `{{${visible(n)}}}`).join(', ')}`);
    if (o.globals.notSet.length > 0) out.push(c.yellow(`  ⚠ ${o.globals.notSet.map((n) => visible(n)).join(', ')}: ${t.notSet}`));
  }
  if (o.asserts && o.asserts.length > 0) {
    out.push(c.bold(`${t.asserts}:`));
    for (const a of o.asserts) {
      if (a.outcome === 'passed') out.push(`  ${c.green('✔')} ${visible(a.message)}`);
      else if (a.outcome === 'failed') out.push(`  ${c.red('✖')} ${visible(a.message)}`);
      else out.push(c.grey(`  – ${visible(a.message)} (${t.skipped}: ${t[`skip.${a.skipped ?? 'syntax'}`] ?? ''})`));
    }
  }
  out.push('');
  return `${out.join('\n')}\n`;
}

/** `--raw` outside a terminal: the request line and notes as text, the bytes sent and received as they are. */
function rawPieces(o: ExchangeOutcome, r: SendResult, c: Colours, locale: Locale): (string | Uint8Array)[] {
  const t = TEXTS[locale];
  const head = headLines(o, c, locale, true).join('\n');
  return [`${head}\n${c.grey(`── ${t.sent} ──`)}\n`, r.raw.sent, `\n${c.grey(`── ${t.received} ──`)}\n`, r.raw.received, '\n\n'];
}

/** An outcome's first lines: the request, with `notes` its warnings and errors, and the redirects followed. */
function headLines(o: ExchangeOutcome, c: Colours, locale: Locale, notes: boolean): string[] {
  const out: string[] = [c.bold(`${o.method} ${o.url}`) + (o.pass ? c.grey(` (# @loop ${o.pass.index + 1}/${o.pass.of})`) : '')];
  if (notes) {
    // the reasons a request is not sent are in its error
    for (const n of o.notes) if ((n.severity === 'error' || n.severity === 'warning') && !NOT_SENT.test(n.code)) out.push(`  ${severityMark(n, c)} ${visible(n.message)} ${c.grey(n.code)}`);
    // the headers added to what the file wrote
    for (const [name, value] of o.defaultHeaders ?? []) out.push(c.grey(`  ${name}: ${visible(value)} (${TEXTS[locale].defaultHeader})`));
  }
  for (const hop of o.hops) out.push(c.grey(`  ${TEXTS[locale].redirected} ${hop.url} (${hop.status})`));
  return out;
}

/** Bytes from a server as UTF-8 text with its control characters shown, so it cannot drive a terminal. */
function asText(bytes: Uint8Array): string {
  return visible(new TextDecoder().decode(bytes), '\t\n\r');
}

/** A long text cut after 2,000 characters, with how much was left out, unless `full`. */
function clipped(text: string, full: boolean, c: Colours, locale: Locale): string {
  const limit = 2000;
  return full || text.length <= limit ? text : `${text.slice(0, limit)}\n${c.grey(`… ${text.length - limit} ${TEXTS[locale].truncated}`)}`;
}

function severityMark(d: Diagnostic, c: Colours): string {
  return d.severity === 'error' ? c.red('✖') : d.severity === 'warning' ? c.yellow('⚠') : c.blue('ℹ');
}

const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;

function toJson(o: ExchangeOutcome) {
  const r = o.result;
  return {
    index: o.index,
    name: o.name ?? null,
    method: o.method,
    url: o.url,
    redirects: o.hops,
    defaultHeaders: o.defaultHeaders ?? [],
    error: o.error ? { code: o.error.code, message: o.error.message, ...(o.error.received ? { received: new TextDecoder().decode(o.error.received) } : {}) } : null,
    response: r ? { status: r.status, reason: r.reason, version: r.version, headers: r.headers, body: o.body ?? '', truncated: r.truncated, timings: r.timings, reused: r.reused, remoteAddress: r.remoteAddress } : null,
    diagnostics: o.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, offset: d.span.offset, length: d.span.length })),
    notes: o.notes.map((d) => ({ code: d.code, severity: d.severity, message: d.message })),
    caching: o.caching ? { shared: summaryOf(o.caching.shared), private: summaryOf(o.caching.private) } : null,
    globals: o.globals ?? null,
    asserts: (o.asserts ?? []).map((a) => ({ text: a.text, outcome: a.outcome, message: a.message, ...(a.skipped ? { skipped: a.skipped } : {}) })),
    disabled: o.disabled === true,
    declined: o.declined === true,
    loop: o.pass ?? null,
    saved: o.saved ?? [],
    file: o.file ?? null,
  };
}

function summaryOf(e: NonNullable<ExchangeOutcome['caching']>['shared']) {
  return { storable: e.storable, freshnessLifetime: e.freshnessLifetime, currentAge: e.currentAge, fresh: e.fresh, ttl: e.ttl, summary: e.summary };
}


function toJunit(outcomes: ExchangeOutcome[], failOn: 'error' | '4xx' | '5xx'): string {
  const failures = outcomes.filter((o) => failed(o, failOn)).length;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="httplens send" tests="${outcomes.length}" failures="${failures}">`, `  <testsuite name="httplens send" tests="${outcomes.length}" failures="${failures}">`];
  for (const o of outcomes) {
    // the file of the request, as CI reports show it
    const attributes = `name="${xmlText(o.name ?? `${o.method} ${o.url}`)}" classname="httplens.send"${o.file ? ` file="${xmlText(o.file)}"` : ''}`;
    const time = o.result ? (o.result.timings.total / 1000).toFixed(3) : '0';
    if (o.disabled || o.declined) out.push(`    <testcase ${attributes} time="0">`, `      <skipped message="${o.declined ? '# @note: declined' : '# @disabled'}"/>`, '    </testcase>');
    else if (!failed(o, failOn)) out.push(`    <testcase ${attributes} time="${time}"/>`);
    else {
      const asserts = (o.asserts ?? []).filter((a) => a.outcome === 'failed').map((a) => `?? ${a.message}`);
      const why = o.error ? `${o.error.code}: ${o.error.message}` : `${o.result?.status} ${o.result?.reason}; ${[...o.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), ...asserts].join(', ')}`;
      out.push(`    <testcase ${attributes} time="${time}">`, `      <failure message="${xmlText(why)}"/>`, '    </testcase>');
    }
  }
  out.push('  </testsuite>', '</testsuites>', '');
  return out.join('\n');
}
