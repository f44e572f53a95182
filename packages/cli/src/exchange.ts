import { createHash, createPrivateKey } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { decodeLatin1, explainCaching, lintMessage, messageFromHeaders, parseMessage, type CachingExplanation, type Diagnostic, type Locale } from '@httplens/core';
import {
  assertTimings,
  decodeText,
  authReference,
  checkResponse,
  sendMetadata,
  isKept,
  keepToken,
  everyAuthConfiguration,
  mergeAuthConfigurations,
  oauth2TokenRequest,
  resolveVariable,
  mergeEnvironments,
  parseDotenv,
  parseEnvironmentFile,
  resolveRequest,
  selectEnvironment,
  mergeDefaultHeaders,
  mergeSslConfigurations,
  missingDefaultHeaders,
  fieldsToSend,
  requestTimeouts,
  toHttpMessage,
  obtainToken,
  writeOutputRedirects,
  refreshTokenRequest,
  type AuthConfiguration,
  type EnvironmentSet,
  type HttpFile,
  type HttpFileHost,
  type LoopPass,
  type OutputFiles,
  type OutputWrite,
  type ResolveContext,
  type KeptToken,
  type Question,
  type SslFile,
  type StoredExchange,
  type AssertResult,
  type TokenAnswer,
  type TokenIo,
  type TokenRequest,
} from '@httplens/http-file';
import { CookieJar, createClient, receiveAuthorizationCode, text as bodyText, tlsFileContents, type Client, type ClientOptions, type SendResult, type TlsSettings } from '@httplens/transport';
import { createDocument } from './document.js';
import { UsageError } from './args.js';
import { findUpwards, parseJsonc, projectFolders, readProblem } from './files.js';
import { VERSION } from './version.js';

/**
 * The headers `send` adds to a request that does not set them itself, as REST Client adds `User-Agent:
 * vscode-restclient` and httpYac `User-Agent: httpyac`: some servers refuse a request without a User-Agent.
 */
export const DEFAULT_HEADERS: readonly (readonly [string, string])[] = [['User-Agent', `httplens/${VERSION}`]];

/**
 * `DEFAULT_HEADERS` with the `defaultHeaders` of httplens.config.json over them: a name given there (in any case)
 * replaces the default of that name, and `null` (or `""`) leaves it out.
 */
export function defaultHeadersWith(overrides: Readonly<Record<string, string | null>> = {}): [string, string][] {
  return mergeDefaultHeaders(DEFAULT_HEADERS, overrides);
}

/**
 * A request's headers with the default headers it does not set itself (names compared case-insensitively) before
 * them; `added` the defaults that were added.
 */
export function withDefaultHeaders(headers: readonly [string, string][], defaults: readonly (readonly [string, string])[]): { headers: [string, string][]; added: [string, string][] } {
  const added = missingDefaultHeaders(defaults, headers.map(([name]) => name));
  return { headers: [...added, ...headers.map(([name, value]) => [name, value] as [string, string])], added };
}

/**
 * File and process access for `@httplens/http-file`. An included file (`< ./file`) is read relative to the `.http`
 * file, else relative to each of `roots` in turn (the project's folders), where REST Client looks in the workspace too.
 */
export function nodeHost(httpFilePath: string, env: Readonly<Record<string, string | undefined>>, roots: readonly string[] = []): HttpFileHost {
  const dir = dirname(httpFilePath);
  let dotenv: Record<string, string> | undefined;
  const read = (path: string): Buffer | undefined => {
    for (const base of isAbsolute(path) ? [''] : [dir, ...roots]) {
      try {
        return readFileSync(base === '' ? path : join(base, path));
      } catch {
        // not there: the next folder
      }
    }
    return undefined;
  };
  return {
    readFile(path) {
      const bytes = read(path);
      return bytes && decodeText(bytes).text;
    },
    readBytes(path) {
      return read(path);
    },
    // own properties only: `constructor` is no variable of the process or of a .env file
    env: (name) => (Object.prototype.hasOwnProperty.call(env, name) ? env[name] : undefined),
    dotenv(name) {
      if (!dotenv) {
        const read = readText(join(dir, '.env'));
        dotenv = 'text' in read ? parseDotenv(read.text) : parseDotenv('');
      }
      return Object.prototype.hasOwnProperty.call(dotenv, name) ? dotenv[name] : undefined;
    },
    // the JetBrains project (the folder of `.idea`), else the project the file is in (see projectFolders)
    projectRoot: () => {
      const idea = findUpwards(dir, '.idea');
      return idea !== undefined ? dirname(idea) : projectFolders(dir)[0];
    },
    now: () => Date.now(),
    random: () => Math.random(),
    timezoneOffset: () => -new Date().getTimezoneOffset(),
  };
}

/** A file's text (UTF-8, without a byte order mark), or the reason it cannot be read. */
function readText(path: string): { text: string } | { error: string } {
  try {
    const text = readFileSync(path, 'utf8');
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch (e) {
    return { error: readProblem(e) };
  }
}

/**
 * http-client.env.json, http-client.private.env.json and .env in the folders from the project's root down to the `.http`
 * file's (`projectFolders`: the nearer file winning, as in the editor, which reads those of the workspace folder), and
 * the environments of the nearest `.vscode/settings.json` (REST Client's `rest-client.environmentVariables`,
 * `httplens.environments`), which win as they do in the editor. A file that cannot be read or parsed is skipped and
 * reported to `onProblem` with its path and line.
 */
export function loadEnvironments(httpFilePath: string, onProblem?: (problem: string) => void, files?: EnvironmentFiles): EnvironmentSet | undefined {
  if (files) return mergeEnvironments(...givenEnvironmentFiles(files).map((f) => environmentFileSet(f.path, f.text, f.shown, onProblem)));
  const dir = dirname(httpFilePath);
  const sets: EnvironmentSet[] = [];
  for (const folder of projectFolders(dir)) sets.push(...folderEnvironments(folder, onProblem));
  sets.push(...settingsEnvironments(dir, onProblem));
  return sets.length ? mergeEnvironments(...sets) : undefined;
}

/**
 * The JetBrains environment files named on the command line (`--env-file`, `--private-env-file`, as the JetBrains CLI
 * takes them), absolute paths: the environments come from them alone, the private one's values winning.
 */
export interface EnvironmentFiles {
  public?: string;
  private?: string;
  /** The paths as given, for messages. */
  shown: { public?: string; private?: string };
}

/** The texts of the files named on the command line, public first; one that cannot be read is a usage error. */
function givenEnvironmentFiles(files: EnvironmentFiles): { path: string; shown: string; text: string }[] {
  const out: { path: string; shown: string; text: string }[] = [];
  for (const role of ['public', 'private'] as const) {
    const path = files[role];
    if (path === undefined) continue;
    const shown = files.shown[role] ?? path;
    const read = readText(path);
    if ('error' in read) throw new UsageError(`cannot read --${role === 'public' ? '' : 'private-'}env-file ${shown}: ${read.error}`);
    out.push({ path, shown, text: read.text });
  }
  return out;
}

/** One JetBrains environment file's environments (`source`: how values name it); its problems reported with line and column. */
function environmentFileSet(path: string, text: string, source: string, onProblem?: (problem: string) => void): EnvironmentSet {
  const set = parseEnvironmentFile(text, source);
  if (set.diagnostics.length > 0 && onProblem) {
    // line and column as lint reports them
    const document = createDocument(path, 'json', text);
    for (const d of set.diagnostics) {
      const at = document.positionAt(d.span.offset);
      onProblem(`${path}:${at.line + 1}:${at.character + 1}: ${d.message} ${d.code}`);
    }
  }
  return set;
}

/** The environment files of one folder: http-client.env.json, its private twin, .env. */
function folderEnvironments(dir: string, onProblem?: (problem: string) => void): EnvironmentSet[] {
  const sets: EnvironmentSet[] = [];
  for (const name of ['http-client.env.json', 'http-client.private.env.json']) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    const read = readText(path);
    if ('error' in read) {
      onProblem?.(`${path}: cannot read it: ${read.error}`);
      continue;
    }
    sets.push(environmentFileSet(path, read.text, name, onProblem));
  }
  const dotenv = join(dir, '.env');
  if (existsSync(dotenv)) {
    const read = readText(dotenv);
    if ('error' in read) onProblem?.(`${dotenv}: cannot read it: ${read.error}`);
    else sets.push(parseEnvironmentFile({ $shared: parseDotenv(read.text) }, '.env'));
  }
  return sets;
}

/**
 * The environments of the editor's settings: `rest-client.environmentVariables` (REST Client) and
 * `httplens.environments` in the nearest `.vscode/settings.json` at or above `dir`, as the editor reads them.
 */
function settingsEnvironments(dir: string, onProblem?: (problem: string) => void): EnvironmentSet[] {
  const path = findUpwards(dir, join('.vscode', 'settings.json'));
  if (path === undefined) return [];
  const read = readText(path);
  if ('error' in read) {
    onProblem?.(`${path}: cannot read it: ${read.error}`);
    return [];
  }
  let settings: unknown;
  try {
    settings = parseJsonc(read.text);
  } catch (e) {
    onProblem?.(`${path}: not JSON: ${e instanceof Error ? e.message : String(e)}`);
    return [];
  }
  const sets: EnvironmentSet[] = [];
  for (const key of ['rest-client.environmentVariables', 'httplens.environments']) {
    const value = (settings as Record<string, unknown> | null)?.[key];
    if (value === undefined) continue;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      onProblem?.(`${path}: "${key}" is not an object of environments; skipped`);
      continue;
    }
    sets.push(parseEnvironmentFile(value as Record<string, unknown>, 'settings'));
  }
  return sets;
}

/** A certificate or key file of an `SSLConfiguration` (an absolute path), as PEM (a DER file converted). Throws when it cannot be read. */
function readSslFile(file: SslFile, kind: 'certificate' | 'key'): string {
  const path = file.path;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new Error(`cannot read the client ${kind} ${path}: ${readProblem(e)}`);
  }
  const contents = tlsFileContents(bytes, file.format, kind, path);
  return typeof contents === 'string' ? contents : Buffer.from(contents).toString('utf8');
}

/** Whether a PEM private key is encrypted: PKCS #8 `ENCRYPTED PRIVATE KEY`, or OpenSSL's older `Proc-Type: 4,ENCRYPTED`. */
function isEncryptedKey(pem: string): boolean {
  return /-----BEGIN ENCRYPTED PRIVATE KEY-----|^Proc-Type:[ \t]*4,ENCRYPTED/m.test(pem);
}

/** The TLS settings of an environment's `SSLConfiguration`; see `loadSslConfiguration`. */
export interface SslSettings {
  tls: TlsSettings;
  /** What cannot be applied, for stderr. */
  notes: string[];
  /**
   * The path of the client key when it is encrypted: `send` needs its passphrase (see `withPassphrase`) before it
   * connects.
   */
  encryptedKey?: string;
}

/**
 * The TLS settings of the JetBrains `SSLConfiguration` of an environment, from http-client.env.json and
 * http-client.private.env.json in the folders `loadEnvironments` reads (the nearer and the private file's keys win): the
 * client certificate and its key (paths relative to the environment file that names them, PEM or DER), and `insecure` for `"verifyHostCertificate": false`. `encryptedKey`
 * when the key needs a passphrase; `notes`: what cannot be applied (keys it does not use, `hasCertificatePassphrase`
 * with a key that is not encrypted). Throws when a file named cannot be read.
 */
export function loadSslConfiguration(httpFilePath: string, environment: string, given?: EnvironmentFiles): SslSettings {
  const files = jetbrainsEnvironmentFiles(httpFilePath, given);
  const merged = mergeSslConfigurations(files, environment, (file, path) => (isAbsolute(path) ? path : join(dirname(file), path))) ?? { ignored: [] };
  const notes = merged.ignored.map((key) => `${key} of environment '${environment}' is not used`);
  const tls: TlsSettings = {};
  if (merged.clientCertificate) tls.cert = readSslFile(merged.clientCertificate, 'certificate');
  if (merged.clientCertificateKey) tls.key = readSslFile(merged.clientCertificateKey, 'key');
  if (merged.verifyHostCertificate === false) tls.insecure = true;
  const settings: SslSettings = { tls, notes };
  // an encrypted key needs its passphrase whatever hasCertificatePassphrase says
  if (merged.clientCertificateKey && typeof tls.key === 'string' && isEncryptedKey(tls.key)) {
    settings.encryptedKey = merged.clientCertificateKey.path;
  } else if (merged.hasCertificatePassphrase && merged.clientCertificate) {
    notes.push(`SSLConfiguration of environment '${environment}': hasCertificatePassphrase is true, and the client key is not encrypted: no passphrase is asked for`);
  }
  return settings;
}

/**
 * The settings with the passphrase of their encrypted client key, once it is known to decrypt the key; else `error`,
 * what OpenSSL said.
 */
export function withPassphrase(settings: SslSettings, passphrase: string): { tls: TlsSettings } | { error: string } {
  if (typeof settings.tls.key === 'string') {
    try {
      createPrivateKey({ key: settings.tls.key, passphrase });
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }
  return { tls: { ...settings.tls, passphrase } };
}

/**
 * The notes that say why a request is not sent, which its error carries: another protocol (HTTP1030), a URL that is
 * not absolute http(s) once resolved (HTTP1031, HTTP1032), a field with a line break once resolved (HTTP1056),
 * credentials only httpYac computes (HTTP1057).
 */
export const NOT_SENT = /^HTTP10(?:3[012]|5[67])$/;

export interface ExchangeOutcome {
  index: number;
  /** The `.http` file it is of, as `send` shows it (relative to the working folder). */
  file?: string;
  name?: string;
  method: string;
  url: string;
  result?: SendResult;
  /** The chain of responses when redirects were followed (the last one is `result`). */
  hops: { url: string; status: number }[];
  /** `received`: the bytes of a response cut short (a server that closed the connection mid-body). */
  error?: { code: string; message: string; received?: Uint8Array };
  /** Notes from building the request (Host added, auth shorthands, refusals). */
  notes: Diagnostic[];
  /** httpYac's assert lines (`?? status == 200`) checked against the response, in order. */
  asserts?: AssertResult[];
  /** The variables its JetBrains response handlers set (`client.global.set`), and those they could not. */
  globals?: { set: string[]; notSet: string[] };
  /** The default headers added to the request (`User-Agent: httplens/<version>` unless configured otherwise). */
  defaultHeaders?: [string, string][];
  /** Diagnostics of the received response. */
  diagnostics: Diagnostic[];
  caching?: { shared: CachingExplanation; private: CachingExplanation };
  /** The response body as text (decoded by its charset). */
  body?: string;
  /** httpYac's `# @disabled`: the request was not sent (not a failure). */
  disabled?: boolean;
  /** `# @note` (REST Client, httpYac): the request was not sent, its confirmation refused on the terminal (not a failure). */
  declined?: boolean;
  /** The pass of httpYac's `# @loop` this exchange is (`index` from 0, of `of`). */
  pass?: { index: number; of: number };
  /**
   * The request's output redirects (`>> ./out/me.json`): the file each wrote the response body to (relative to the
   * `.http` file, as written, with the `-n` suffix a `>>` adds when the file exists), or why it could not.
   */
  saved?: OutputWrite[];
}

export interface SendOneOptions {
  locale: Locale;
  /** The variables the response handlers of the run's requests set (`client.global.set`); updated by each response. */
  globals?: Record<string, string>;
  /** The values a JetBrains `run` line gives the request it runs (`run #Name (@host=example.com)`). */
  overrides?: Record<string, string>;
  /** A pass of httpYac's `# @loop` (see `requestLoop`). */
  loop?: LoopPass;
  environment?: string;
  environments?: EnvironmentSet;
  host: HttpFileHost;
  responses: Record<string, StoredExchange>;
  prompts?: Record<string, string>;
  follow: boolean;
  /**
   * `--timeout`: milliseconds for each whole exchange (the transport's `timeouts.total`). A request's own timeouts
   * (`# @timeout`, `# @connection-timeout`, as the file's dialect reads them) win over it for the limit they set.
   */
  timeout?: number;
  /**
   * The client of one run (see `createRunClient`): its connections, and its cookie jar, which carries the cookies of
   * one response to the next request as REST Client, httpYac and the JetBrains client do.
   */
  client: Client;
  /** The JetBrains OAuth 2.0 tokens of the run (`$auth.token("id")`), and why some could not be had. */
  auth?: Pick<RunTokens, 'tokens' | 'problems' | 'httpyac'>;
  /** Runs the grants that need a person (on a terminal, see `terminalPerson`); without it they are not run. */
  person?: PersonIo;
  /** The headers added to a request that does not set them (see `defaultHeadersWith`); `DEFAULT_HEADERS` when not given. */
  defaultHeaders?: readonly (readonly [string, string])[];
  /** The folder of the `.http` file: its output redirects (`>> ./out/me.json`) write there; without it, none does. */
  outputFolder?: string;
}

/** The file system `writeOutputRedirects` writes the output redirects' bodies through. */
const NODE_OUTPUT_FILES: OutputFiles = {
  exists: (path) => stat(path).then(() => true, () => false),
  createDirectory: async (path) => void (await mkdir(path, { recursive: true })),
  writeFile: (path, bytes) => writeFile(path, bytes),
};

/**
 * The client of one `send` run or demo: a cookie jar shared by its requests, the proxy of the environment
 * (HTTP_PROXY, HTTPS_PROXY, NO_PROXY) unless `proxy` is false, `insecure` for unverified certificates, and `tls` (the
 * client certificate of the environment's `SSLConfiguration`, see `loadSslConfiguration`) for every request of the run.
 */
export function createRunClient(options: { insecure: boolean; env: Readonly<Record<string, string | undefined>>; proxy?: false; tls?: TlsSettings }): Client {
  return createClient({ cookies: new CookieJar(), env: options.env, ...options.tls, ...(options.insecure ? { insecure: true } : {}), ...(options.proxy === false ? { proxy: false } : {}) });
}

/**
 * What a request needs before it is sent and the options do not give: `@prompt` variables and httpYac's questions
 * that `options.prompts` does not answer, and the JetBrains OAuth 2.0 configurations (`$auth.token("id")`) whose token
 * `options.auth` does not hold.
 */
export interface Unanswered {
  prompts: { name: string; description?: string }[];
  questions: Question[];
  tokens: string[];
}

/** What a request of the run is resolved in: the run's variables, responses, answers and environment (no tokens). */
export function runContext(options: SendOneOptions): ResolveContext {
  return {
    host: options.host,
    responses: options.responses,
    ...(options.globals ? { globals: options.globals } : {}),
    ...(options.overrides ? { overrides: options.overrides } : {}),
    ...(options.loop ? { loop: options.loop } : {}),
    locale: options.locale,
    // --var answers @prompt variables by name, and httpYac's questions ($input, $password, $pick) by placeholder
    ...(options.prompts ? { prompt: options.prompts, ask: options.prompts } : {}),
    ...(options.environments ? { environment: selectEnvironment(options.environments, options.environment) } : {}),
  };
}

/**
 * The `@prompt` variables and httpYac's questions (`{{$input Name}}`, `{{$password Name}}`, `{{$pick Name $value: a,b}}`)
 * that resolving request `index` would ask for, those `options.prompts` answers left out: in the request, and in the
 * variables it uses. Each once, in the order they are met.
 */
export function unansweredOf(file: HttpFile, index: number, options: SendOneOptions): Unanswered {
  // a request that is not sent (httpYac's `# @disabled`) asks nothing
  if (sendMetadata(file, index, runContext(options)).disabled) return { prompts: [], questions: [], tokens: [] };
  // own properties only: a name such as `constructor` is not a member of Object
  const has = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined => (record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);
  const known = options.prompts;
  const out: Unanswered = { prompts: [], questions: [], tokens: [] };
  const tokens = options.auth?.tokens;
  resolveRequest(file, index, {
    host: options.host,
    responses: options.responses,
    ...(options.globals ? { globals: options.globals } : {}),
    ...(options.overrides ? { overrides: options.overrides } : {}),
    locale: options.locale,
    ...(options.environments ? { environment: selectEnvironment(options.environments, options.environment) } : {}),
    prompt: (name, description) => {
      const answer = has(known, name);
      if (answer === undefined) out.prompts.push(description === undefined ? { name } : { name, description });
      return answer;
    },
    ask: (q) => {
      const answer = has(known, q.placeholder);
      if (answer === undefined) out.questions.push(q);
      return answer;
    },
    auth: (id, kind) => {
      const token = has(tokens, id);
      if (!token && !out.tokens.includes(id)) out.tokens.push(id);
      return kind === 'token' ? token?.accessToken : token?.idToken;
    },
  });
  return out;
}

/**
 * The `Security.Auth` configurations (JetBrains OAuth 2.0) of `environment` in http-client.env.json and
 * http-client.private.env.json beside the `.http` file, the private file's keys winning. A file that cannot be read or
 * parsed is reported by `loadEnvironments`.
 */
export function loadAuthConfigurations(httpFilePath: string, environment: string, given?: EnvironmentFiles): Record<string, AuthConfiguration> {
  return mergeAuthConfigurations(jetbrainsEnvironmentFiles(httpFilePath, given).map((f) => f.text), environment);
}

/**
 * The `Security.Auth` configurations of every environment in the JetBrains files `loadEnvironments` reads, by environment
 * and id (`everyAuthConfiguration`); undefined without such a file.
 */
export function loadEveryAuthConfiguration(httpFilePath: string): Record<string, Record<string, AuthConfiguration>> | undefined {
  const files = jetbrainsEnvironmentFiles(httpFilePath);
  return files.length === 0 ? undefined : everyAuthConfiguration(files.map((f) => f.text));
}

/**
 * The texts of http-client.env.json and http-client.private.env.json in the folders `loadEnvironments` reads, from the
 * project's root down to the `.http` file's, public before private in each (a later one wins), for the objects of an
 * environment that are not variables (SSLConfiguration, Security). A file that cannot be read or parsed is reported by
 * `loadEnvironments`.
 */
function jetbrainsEnvironmentFiles(httpFilePath: string, given?: EnvironmentFiles): { path: string; text: string }[] {
  if (given) return givenEnvironmentFiles(given);
  const files: { path: string; text: string }[] = [];
  for (const dir of projectFolders(dirname(httpFilePath))) {
    for (const name of ['http-client.env.json', 'http-client.private.env.json']) {
      const path = join(dir, name);
      if (!existsSync(path)) continue;
      const read = readText(path);
      if ('text' in read) files.push({ path, text: read.text });
    }
  }
  return files;
}

/** The OAuth 2.0 tokens of a run, by configuration id, and why a configuration gave none. */
export interface RunTokens {
  tokens: Record<string, KeptToken>;
  /** Tokens past their lifetime, whose refresh tokens get the next ones (see `refreshTokenRequest`). */
  expired: Record<string, KeptToken>;
  problems: Record<string, string>;
  /** The tokens of httpYac's `oauth2` shorthand, by their token request. */
  httpyac: Record<string, KeptToken>;
}

/** What a grant that needs a person uses: the browser sign-in, the device code shown, the waits between polls. */
export type PersonIo = Pick<TokenIo, 'signIn' | 'showDeviceCode' | 'sleep'>;

/**
 * The grants that need a person, on a terminal: for the authorization code, the authorization URL printed on stderr
 * (and opened with `openUrl` when there is one) and the code received on the loopback redirect URL; for the device
 * authorization, the code and the address printed (the address opened), and the token endpoint polled.
 */
export function terminalPerson(stderr: (text: string) => void, openUrl?: (url: string) => void): PersonIo {
  return {
    signIn: (signIn) =>
      receiveAuthorizationCode(signIn, {
        open: (url) => {
          stderr(`httplens: sign in at ${url}\n  (waiting for the browser to come back to ${signIn.redirectUri}, up to 5 minutes)\n`);
          openUrl?.(url);
        },
      }),
    showDeviceCode: (code) => {
      const minutes = Math.max(1, Math.round(code.expiresIn / 60));
      stderr(`httplens: to sign in, open ${code.verificationUri} and enter the code ${code.userCode}${code.verificationUriComplete ? ` (or open ${code.verificationUriComplete})` : ''}\n  (waiting up to ${minutes} minute${minutes === 1 ? '' : 's'})\n`);
      openUrl?.(code.verificationUriComplete ?? code.verificationUri);
    },
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

/**
 * Gets the token of a `Security.Auth` configuration or of httpYac's shorthand (see `obtainToken`): its request sent
 * with `client` (no redirects, no cookies), after the browser sign-in of an authorization code grant or the device
 * authorization (`person`; without it, such grants are not run). With `previous`, an expired token that came with a
 * refresh token, the refresh request is sent first (RFC 6749 §6), and the full request only when it fails.
 */
export async function fetchToken(
  request: TokenRequest | { problem: string },
  client: Client,
  timeout?: number,
  person?: PersonIo,
  previous?: KeptToken,
): Promise<TokenAnswer | { problem: string }> {
  const io: TokenIo = {
    ...person,
    send: async (r) => {
      const result = await client.send(
        { method: r.method, url: r.url, headers: r.headers, body: new TextEncoder().encode(r.body) },
        { followRedirects: false, cookies: false, ...(timeout ? { timeouts: { total: timeout } } : {}) },
      );
      return { status: result.status, body: bodyText(result) };
    },
  };
  const refresh = 'problem' in request ? undefined : refreshTokenRequest(request, previous);
  if (refresh) {
    const { answer } = await obtainToken(refresh, io);
    if (!('problem' in answer)) return answer;
  }
  const { answer } = await obtainToken(request, io, 'httplens does only on a terminal');
  return answer;
}

/**
 * Resolves one request of a file and sends it: redirects followed when asked (not for `# @no-redirect`), the run's
 * cookies sent and stored (not for `# @no-cookie-jar`), a Digest challenge answered for `Authorization: Digest user
 * password`, the request's own timeouts applied over `--timeout`; then analyses the response.
 */
export async function sendOne(file: HttpFile, index: number, options: SendOneOptions): Promise<ExchangeOutcome> {
  const request = file.requests[index];
  if (!request) throw new RangeError(`no request ${index}`);
  const context: ResolveContext = { ...runContext(options), ...(options.auth ? { auth: options.auth.tokens } : {}) };
  // httpYac's `# @disabled` (not sent), `# @sleep` (a wait first) and `# @noRejectUnauthorized`
  const meta = sendMetadata(file, index, context);
  if (meta.disabled) return { index, ...(request.name ? { name: request.name } : {}), method: request.method, url: request.url, hops: [], notes: meta.diagnostics, diagnostics: [], disabled: true };
  const resolved = resolveRequest(file, index, context);
  // the globals its JetBrains pre-request script sets (`client.global.set`), for the next requests of the run
  if (resolved.globals && options.globals) Object.assign(options.globals, resolved.globals);
  // httpYac's `Authorization: oauth2 <flow> [prefix]` (the flows `runsOAuth2Flow` names): the token of its flow, got once a run
  const missingTokens: string[] = [];
  let oauth2Token: string | undefined;
  const shorthand = options.auth ? oauth2TokenRequest(resolved.headers, (name) => resolveVariable(file, name, context, index).value) : undefined;
  if (shorthand && options.auth) {
    const key = 'problem' in shorthand.request ? '' : JSON.stringify(shorthand.request);
    const kept = options.auth.httpyac[key];
    if (isKept(kept, Date.now())) oauth2Token = kept.accessToken;
    else {
      // an expired token's refresh token is tried first
      const answer = await fetchToken(shorthand.request, options.client, options.timeout, options.person, kept);
      if ('problem' in answer) missingTokens.push(`Authorization: ${shorthand.value}: ${answer.problem}.`);
      else {
        oauth2Token = answer.accessToken;
        options.auth.httpyac[key] = keepToken(answer, Date.now(), kept);
      }
    }
  }
  const message = toHttpMessage(resolved, { locale: options.locale, ...(oauth2Token !== undefined ? { oauth2: () => oauth2Token } : {}) });
  // a token that could not be had: the request would only be refused, so it is not sent
  const tokenSpans = new Set<number>();
  for (const v of resolved.values) {
    const ref = v.value === undefined ? authReference(v.expression) : undefined;
    const problem = ref ? options.auth?.problems[ref.id] : undefined;
    if (!ref || !problem) continue;
    missingTokens.push(`$auth.${ref.kind}("${ref.id}"): ${problem}.`);
    tokenSpans.add(v.span.offset);
  }
  const outcome: ExchangeOutcome = {
    index,
    method: resolved.method,
    url: message.url,
    hops: [],
    // with a timeout value the dialect cannot read (HTTP1050), which is sent without it
    notes: [...resolved.diagnostics, ...message.notes, ...(request.metadata.length > 0 ? requestTimeouts(request.metadata, file.dialect, options.locale).diagnostics : []), ...meta.diagnostics],
    diagnostics: [],
  };
  if (request.name) outcome.name = request.name;
  if (missingTokens.length > 0) {
    outcome.error = { code: 'HTTPLENS_AUTH_TOKEN', message: [...new Set(missingTokens)].join(' ') };
    // the error says why; "not available" (HTTP1034) on the same references, or "not sent" (HTTP1057), would only repeat it
    outcome.notes = outcome.notes.filter((n) => (n.code !== 'HTTP1034' || !tokenSpans.has(n.span.offset)) && n.code !== 'HTTP1057');
    return outcome;
  }
  if (!message.sendable) {
    const why = message.notes.filter((n) => NOT_SENT.test(n.code));
    const badUrl = why.some((n) => /^HTTP103[12]$/.test(n.code));
    const badField = why.some((n) => n.code === 'HTTP1056');
    const text = why.length ? why.map((n) => n.message).join(' ') : `${request.protocol.toUpperCase()} requests are not sent by httplens`;
    const urlSpan = resolved.request.urlSpan;
    const inUrl = (d: Diagnostic) => d.span.offset >= urlSpan.offset && d.span.offset < urlSpan.offset + urlSpan.length;
    const undefinedVariables = badUrl ? resolved.diagnostics.filter((d) => d.code === 'HTTP1006' && inUrl(d)).map((d) => d.message) : [];
    outcome.error = { code: badUrl ? 'HTTPLENS_INVALID_URL' : badField ? 'HTTPLENS_INVALID_HEADER' : 'HTTPLENS_UNSUPPORTED', message: [text, ...undefinedVariables].join(' ') };
    return outcome;
  }
  // the transport writes Host and Content-Length itself, unless the request has its own (a Host for a virtual host)
  // the default headers (User-Agent) the request does not set itself
  const { headers, added } = withDefaultHeaders(fieldsToSend(resolved, message), options.defaultHeaders ?? DEFAULT_HEADERS);
  if (added.length > 0) outcome.defaultHeaders = added;
  // the method as sent (a GraphQL request written with the GRAPHQL method goes out as POST)
  const method = message.method ?? resolved.method;
  outcome.method = method;
  const body: Uint8Array | undefined = message.body && message.body.bytes.length ? message.body.bytes : undefined;
  const tagged = (key: string) => request.metadata.some((m) => m.key.toLowerCase() === key);
  const sendOptions: ClientOptions = {
    followRedirects: options.follow && !tagged('no-redirect'),
    ...(tagged('no-cookie-jar') ? { cookies: false as const } : {}),
    ...(message.auth ? { auth: { username: message.auth.username, password: message.auth.password, scheme: 'digest' as const } } : {}),
    ...(meta.insecure ? { insecure: true } : {}),
  };
  // `--timeout` bounds the whole exchange; `# @timeout` (httpYac: the whole exchange; JetBrains and auto: waiting for
  // data) and `# @connection-timeout` set their own limits, and win where they set the same one, as in httpYac
  const timeouts = { ...(options.timeout ? { total: options.timeout } : {}), ...resolved.timeouts };
  if (Object.keys(timeouts).length > 0) sendOptions.timeouts = timeouts;
  if (meta.sleep) await new Promise((resolve) => setTimeout(resolve, meta.sleep));
  try {
    // JetBrains `# @no-auto-encoding`: the request-target as written, not as the URL parser would encode it again
    const result = await options.client.send({ method, url: message.url, headers, ...(message.sendTarget ? { target: message.sendTarget } : {}), ...(body ? { body } : {}) }, sendOptions);
    // the final response's exchange, on this computer's clock: for its age, and to compare its Date with (HTTP0573)
    const when = Date.now();
    const exchangeTimes = { requestTime: when - result.timings.total, responseTime: when };
    outcome.hops = result.redirects.map((r) => ({ url: r.url, status: r.status }));
    outcome.result = result;
    outcome.url = result.url;
    outcome.body = bodyText(result);
    // the request of the final response, as sent (a 303 turns it into a GET; a Cookie or Authorization added)
    const sent = parseMessage(result.raw.sent, { expect: 'request' });
    const finalMethod = sent.method ?? method;
    const finalHeaders = sent.fields.map((f) => [f.name, f.value] as [string, string]);
    const requestFields = finalHeaders.map(([name, value]) => ({ name, value }));
    outcome.diagnostics = lintMessage(result.message, { request: { method: finalMethod, fields: requestFields }, locale: options.locale, source: decodeLatin1(result.raw.received), ...exchangeTimes });
    const requestMessage = messageFromHeaders({ method: finalMethod, target: new URL(result.url).pathname, headers: finalHeaders });
    const cachingOptions = { request: requestMessage, locale: options.locale, now: when, ...exchangeTimes };
    outcome.caching = { shared: explainCaching(result.message, { ...cachingOptions, shared: true }), private: explainCaching(result.message, { ...cachingOptions, shared: false }) };
    // the JetBrains response handlers' `client.global.set(name, response.body...)`, kept for the next requests, and
    // httpYac's `?? status == 200` lines, checked as httpYac checks them, and the handlers' client.test asserts (no
    // JavaScript runs)
    const checks = checkResponse(file, index, { status: result.status, headers: result.headers, body: outcome.body, timings: assertTimings(result.timings) }, context, (algorithm, text) => createHash(algorithm).update(text).digest('base64'));
    if (options.globals) Object.assign(options.globals, checks.globals.set);
    if (checks.globals.statements > 0) outcome.globals = { set: Object.keys(checks.globals.set), notSet: checks.globals.notSet };
    if (checks.asserts.length > 0) outcome.asserts = checks.asserts;
    // the JetBrains and httpYac output redirects: the body (decoded from its Content-Encoding) written to their files
    if (resolved.redirects && options.outputFolder !== undefined) outcome.saved = await writeOutputRedirects(resolved.redirects, result.body, options.outputFolder, NODE_OUTPUT_FILES, options.locale);
    if (request.name) {
      options.responses[request.name] = {
        request: { headers, ...(body ? { body: new TextDecoder().decode(body) } : {}) },
        response: { status: result.status, headers: result.headers, body: outcome.body },
      };
    }
  } catch (e) {
    const err = e as Error & { code?: string; context?: { received?: Uint8Array } };
    outcome.error = { code: err.code ?? 'HTTPLENS_ERROR', message: err.message };
    const received = err.context?.received;
    if (received && received.length > 0) outcome.error.received = received;
  }
  return outcome;
}
