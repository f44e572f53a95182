import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { explainCaching, lintMessage, messageFromHeaders, normalizeLocale, parseMessage, type Diagnostic as CoreDiagnostic, type HttpMessage, type Locale } from '@httplens/core';
import {
  checkResponse,
  environmentNames,
  isKept,
  keepToken,
  mergeAuthConfigurations,
  oauth2TokenRequest,
  resolveVariable,
  mergeEnvironments,
  parseDotenv,
  parseEnvironmentFile,
  resolveRequest,
  parseHttpFile,
  planRun,
  requestsToSendFirst,
  requestLoop,
  runLineAt,
  sendMetadata,
  selectEnvironment,
  type HttpFile,
  mergeSslConfigurations,
  fieldsToSend,
  refreshTokenRequest,
  tokenRequestFor,
  toHttpMessage,
  everyAuthConfiguration,
  type AuthConfiguration,
  type EnvironmentSet,
  type KeptToken,
  type Question,
  type SslConfiguration,
  type StoredExchange,
  type TokenAnswer,
  type TokenRequest,
} from '@httplens/http-file';
import { getLanguageService, parseConfig, requestAt, settingsFromConfig, toLspDiagnostic, type AuthConfigurationSet, type LanguageSettings } from '@httplens/language-service';
import type {
  CancellationToken} from 'vscode-languageserver/node.js';
import {
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type FullDocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
  type Position,
  type TextDocumentIdentifier,
  type UnchangedDocumentDiagnosticReport,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createHost, isInside } from './host.js';

/** The `httplens/*` requests between the extension and the server (DESIGN.md). */
export const Methods = {
  requestAt: 'httplens/requestAt',
  setEnvironment: 'httplens/setEnvironment',
  /** `ResponseReceivedParams`: a named response for chaining; `response.bodyOmitted: { length }` when its body was left out. */
  responseReceived: 'httplens/responseReceived',
  prompt: 'httplens/prompt',
  /** `{ id, environment, request: TokenRequest }` → `{ accessToken, idToken?, expiresIn? }`, `{ problem }`, or null to cancel. */
  authToken: 'httplens/authToken',
  responseInfo: 'httplens/responseInfo',
  setTrust: 'httplens/setTrust',
  environments: 'httplens/environments',
  /** `{ textDocument? }` → `AuthConfigurationsResult`: the OAuth 2.0 configurations of the selected environment for a document. */
  authConfigurations: 'httplens/authConfigurations',
  /** `{ textDocument, id }` → `{ accessToken, idToken?, expiresIn? }`, `{ problem }` or `{ cancelled: true }`: a new token, kept. */
  acquireToken: 'httplens/acquireToken',
  /** `{}` → `{ forgotten }`: the kept OAuth 2.0 tokens are dropped; the next request gets new ones. */
  forgetTokens: 'httplens/forgetTokens',
  /** `RequestAtParams` → `RequestsBeforeResult`: httpYac's `# @ref` / `# @forceRef` requests to send before the one there. */
  requestsBefore: 'httplens/requestsBefore',
  /** `RequestAtParams` → `LoopAtResult`: httpYac's `# @loop` of the request there, each pass to send with `httplens/requestAt`. */
  loopAt: 'httplens/loopAt',
  /** `{ textDocument, position? }` → `RunPlanResult`: what Send All sends for a file, its JetBrains `run` lines followed (or what the `run` line at `position` runs). */
  runPlan: 'httplens/runPlan',
} as const;

/** The `Security.Auth` configurations of the selected environment, for a command that picks one. */
export interface AuthConfigurationsResult {
  environment: string | null;
  configurations: {
    id: string;
    /** `Grant Type` as written, or null. */
    grantType: string | null;
    /** The token kept for it: when it stops being used (ms since the epoch; null for a token without expires_in), or null when none is kept. */
    kept: { expiresAt: number | null; refreshable: boolean } | null;
  }[];
}

/**
 * The requests to send before the request at a position (httpYac's `# @ref name`, when `name` has no response yet, and
 * `# @forceRef name`), in order, each with the position of its start, and `uri` when it is in a file that a
 * `# @import` line names; `unknown`: names no request of the file or of those files has.
 */
export interface RequestsBeforeResult {
  requests: { index: number; name: string | null; position: Position; uri?: string }[];
  unknown: string[];
}

export interface RequestAtParams {
  textDocument: TextDocumentIdentifier;
  position: Position;
  /** The values a JetBrains `run` line gives the request (`run #Name (@host=example.com)`), over any other. */
  overrides?: Record<string, string>;
  /** A pass of httpYac's `# @loop` (one of `httplens/loopAt`'s): `{{$index}}` and the variables it sets. */
  loop?: { index: number; variables: Record<string, string> };
  /**
   * Answers given earlier in the same send (by a `# @loop`'s first pass, as `answers` of its result): the `@prompt`
   * variables and httpYac questions they hold are not asked again.
   */
  answers?: { prompts?: Record<string, string>; questions?: Record<string, string> };
}

/** httpYac's `# @loop` of the request there: its passes, or why it is not sent; null for a request without one. */
export type LoopAtResult = { passes: { index: number; variables: Record<string, string> }[] } | { problem: string } | null;

/**
 * The requests Send All sends for a file, in order: its own, and where a JetBrains `run` line stands, the request it
 * names (in the file or in a file an `import` line names) or every request of the file it names, with the values it
 * gives; a target that cannot be found or read is a `problem` in its place. With a `position` on a `run` line, what
 * that line alone runs (no steps when there is no `run` line there).
 */
export interface RunPlanResult {
  steps: ({ uri: string; position: Position; overrides?: Record<string, string> } | { problem: string; target: string })[];
}

/**
 * A named request's response, kept for `{{name.response...}}` and `{{name.request...}}`. The extension leaves out
 * the body of a large response (over `httplens.response.largeBodyLimit`) unless an open `.http` file refers to
 * `{{name.response.body...}}`, and says so with `response.bodyOmitted: { length }` (the body's size in bytes):
 * hovers, and the diagnostics of `httplens/requestAt`, then say that the body was not kept and that sending the
 * request again with the file open keeps it (HTTP1052), instead of a path that matches nothing.
 */
export interface ResponseReceivedParams {
  name: string;
  request?: { headers: [string, string][]; body?: string };
  response: { status: number; headers: [string, string][]; body?: string; bodyOmitted?: { length: number } };
  /**
   * The pass of httpYac's `# @loop` the response is of (`httplens/loopAt`'s `index`, and the number of passes): after
   * the last one, the name's response is the first pass's, with the list of them all (`{{<name>List}}`).
   */
  pass?: { index: number; of: number };
}

export interface ResponseInfoParams {
  /**
   * The received bytes of the final response, decoded as latin1 (one character per byte): the whole message, or,
   * with `partialBody`, its head and only the first bytes of its body.
   */
  text: string;
  /**
   * Set when `text` stops inside the body (a large response: the head and at most the first 64 KiB of the body are
   * sent): `length` is the number of body bytes received after the head, as on the wire. Nothing that depends on
   * where the body ends is reported then (a body shorter than its Content-Length, an unfinished chunked body, a
   * chunk cut at the end of `text`); the head is checked as always, and caching needs only the head.
   */
  partialBody?: { length: number };
  request?: { method: string; url?: string; headers: [string, string][] };
  /**
   * The request this responds to, for what the request says about its response: the document and index of the
   * request (as `httplens/requestAt` gave them), the decoded body and the timings (ms). Its httpYac assert lines
   * (`?? status == 200`) are checked (the result's `asserts`), and the `client.global.set` statements of its JetBrains
   * response handlers applied (the result's `globals`: the names set, and those that could not be).
   */
  exchange?: { textDocument: TextDocumentIdentifier; index: number; body: string; timings?: { total?: number; wait?: number; request?: number; firstByte?: number; download?: number; tcp?: number; tls?: number } };
  shared?: boolean;
  now?: number;
  requestTime?: number;
  responseTime?: number;
}

/**
 * The JetBrains `SSLConfiguration` of the selected environment, as `httplens/requestAt` gives it (`ssl`; null when
 * no environment is selected or it has none), merged from the environment files (a later file wins), with absolute
 * paths (a relative path is taken from the folder of the file that names it).
 */
export function sslConfigurationFrom(files: readonly { path: string; text: string }[], environment: string): SslConfiguration | null {
  return mergeSslConfigurations(files, environment, (file, path) => (isAbsolute(path) ? path : join(dirname(file), path))) ?? null;
}

/** What the parser says when the input ends inside a body: a body shorter than its Content-Length, an unfinished chunked body. */
const BODY_END_CODES = new Set(['HTTP0114', 'HTTP0122', 'HTTP0123']);

/**
 * The diagnostics of a message whose body was cut before it was sent to the server (`partialBody`): those about where
 * the body ends, and any in the body that reaches the end of the text (a chunk-size line or a chunk cut short), are
 * not about the response but about the cut, so they are left out.
 */
export function withoutBodyEnd(diagnostics: readonly CoreDiagnostic[], message: HttpMessage, textLength: number): CoreDiagnostic[] {
  const bodyStart = message.body?.span.offset ?? textLength;
  return diagnostics.filter((d) => !BODY_END_CODES.has(d.code) && !(d.span.offset >= bodyStart && d.span.offset + d.span.length >= textLength));
}

/**
 * Runs a handler so that a bug answers with an LSP error (and is logged) instead
 * of taking the server down, and a cancelled request answers RequestCancelled.
 */
export function runSafe<T>(connection: Connection, name: string, token: CancellationToken | undefined, fn: () => T): T | ResponseError<void> {
  if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  try {
    return fn();
  } catch (e) {
    const err = e as Error;
    // a bad request (its code says so): no failure of the server to log
    if (err instanceof ResponseError) return err as ResponseError<void>;
    connection.console.error(`httplens: ${name} failed: ${err.stack ?? err.message}`);
    return new ResponseError(ErrorCodes.InternalError, `httplens: ${name} failed: ${err.message}`);
  }
}

async function runSafeAsync<T>(connection: Connection, name: string, token: CancellationToken | undefined, fn: () => Promise<T>): Promise<T | ResponseError<void>> {
  if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  try {
    const result = await fn();
    if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    return result;
  } catch (e) {
    const err = e as Error;
    if (err instanceof ResponseError) return err as ResponseError<void>;
    connection.console.error(`httplens: ${name} failed: ${err.stack ?? err.message}`);
    return new ResponseError(ErrorCodes.InternalError, `httplens: ${name} failed: ${err.message}`);
  }
}

/** How long pushed diagnostics wait for the client's first answer about settings. */
const SETTINGS_WAIT_MS = 1000;

/** The files whose changes change diagnostics and variables: environments, `.env`, the workspace configuration. */
const WATCHED_FILES = '**/{http-client.env.json,http-client.private.env.json,.env,httplens.config.json}';

/** Request files, which httpYac's `# @import` may name: the documents that import one read it again when it changes. */
const WATCHED_REQUEST_FILES = '**/*.{http,rest}';
const REQUEST_FILE = /\.(?:http|rest)$/i;

interface ClientSettings extends LanguageSettings {
  locale?: string;
  /** `httplens.environments`: name -> variables (REST Client's `rest-client.environmentVariables` shape, `$shared` included). */
  environments?: Record<string, Record<string, string>>;
}

/** The string properties of what a client sent as a name -> value map, in a map without a prototype. */
function stringsOf(value: unknown): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** A `# @loop` pass as a client sends it, checked: an integer index and string variables; undefined otherwise. */
function loopPassOf(value: unknown): { index: number; variables: Record<string, string> } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { index, variables } = value as { index?: unknown; variables?: unknown };
  if (!Number.isInteger(index) || (index as number) < 0) return undefined;
  return { index: index as number, variables: stringsOf(variables) };
}

/** Wires the language service to an LSP connection. Thin: look up the document, call the service, wrap in runSafe. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  // an include that cannot be read is reported as the document is edited; a file outside the workspace in an
  // untrusted one is not looked at (and not reported)
  const ls = getLanguageService({
    fileExists: (uri, path) => createHost({ documentUri: uri, roots, trusted }).exists?.(path) ?? true,
    // httpYac's `# @import ./other.http`: an open document as it is in the editor, else the file
    readFile: (uri, path) => {
      const host = createHost({ documentUri: uri, roots, trusted });
      const full = uri.startsWith('file:') ? (isAbsolute(path) ? path : join(dirname(fileURLToPath(uri)), path)) : undefined;
      const open = full === undefined ? undefined : documents.get(pathToFileURL(full).toString());
      return open ? open.getText() : host.readFile?.(path);
    },
  });
  let roots: string[] = [];
  let trusted = true;
  let clientLocale: Locale = 'en';
  let settingsLocale: string | undefined;
  let pullDiagnostics = false;
  let configurationCapability = false;
  /**
   * Whether the client's settings have been asked for once (after `initialized`). Pushed diagnostics wait for them,
   * so that the first ones a user sees are in the configured language and dialect; the load validates every open
   * document. A client that never answers is not waited for longer than SETTINGS_WAIT_MS.
   */
  let settingsRead = false;
  let watchedFilesRegistration = false;
  let diagnosticRefresh = false;
  let selectedEnvironment: string | undefined;
  let environments: EnvironmentSet | undefined;
  /** The roots' environments and those of every folder read so far (names for diagnostics and the picker). */
  let everyEnvironment: EnvironmentSet | undefined;
  let clientEnvironments: ClientSettings['environments'];
  const responses: Record<string, StoredExchange> = {};
  /** The responses of the passes of a `# @loop` being sent, by request name, until its last pass (see `ResponseReceivedParams.pass`). */
  const loopResponses = new Map<string, StoredExchange[]>();
  /** The variables the response handlers of the session's requests set (`client.global.set`, see `handlerSets`). */
  const globals = Object.create(null) as Record<string, string>;
  /** Answers to httpYac's `-askonce` questions, by placeholder, for the rest of the session. */
  const askedOnce = new Map<string, string>();
  /** The OAuth 2.0 tokens got by the client, by environment and configuration id (or token request); forgotten when the environment files change. */
  const authTokens = new Map<string, KeptToken>();
  const pending = new Map<string, ReturnType<typeof setTimeout>>();

  const locale = (): Locale => (settingsLocale ? normalizeLocale(settingsLocale) : clientLocale);

  /** The workspace's `httplens.config.json` (the CLI reads the same file). */
  function readWorkspaceConfig() {
    for (const root of roots) {
      const path = join(root, 'httplens.config.json');
      if (!existsSync(path)) continue;
      const { config, problems } = parseConfig(readFileSync(path, 'utf8'));
      for (const p of problems) connection.console.warn(`httplens.config.json: ${p.path || '(root)'}: ${p.message}`);
      return config;
    }
    return {};
  }

  /** The environment files of one folder (http-client.env.json, its private file, `.env`), read once per load. */
  const folderSets = new Map<string, EnvironmentSet[]>();
  /** The JetBrains environment files of one folder as read by environmentFiles (for their `SSLConfiguration`). */
  const folderJsonFiles = new Map<string, { path: string; text: string }[]>();
  /** The environments of the documents of one folder (see environmentsFor), merged once per load. */
  const folderEnvironments = new Map<string, EnvironmentSet | undefined>();
  /** The editor's `httplens.environments`, read once per load. */
  let settingsEnvironments: EnvironmentSet | undefined;
  function environmentFiles(dir: string): EnvironmentSet[] {
    const known = folderSets.get(dir);
    if (known) return known;
    // one file that cannot be read (a directory, no permission) leaves the others in use
    const read = (path: string): string | undefined => {
      if (!existsSync(path)) return undefined;
      try {
        return readFileSync(path, 'utf8');
      } catch (e) {
        connection.console.warn(`httplens: cannot read ${path}: ${(e as Error).message}`);
        return undefined;
      }
    };
    const sets: EnvironmentSet[] = [];
    const json: { path: string; text: string }[] = [];
    for (const name of ['http-client.env.json', 'http-client.private.env.json']) {
      const path = join(dir, name);
      const text = read(path);
      if (text === undefined) continue;
      sets.push(parseEnvironmentFile(text, name, { locale: locale() }));
      json.push({ path, text });
    }
    folderJsonFiles.set(dir, json);
    const dotenv = trusted ? read(join(dir, '.env')) : undefined;
    if (dotenv !== undefined) sets.push(parseEnvironmentFile({ $shared: parseDotenv(dotenv) }, '.env'));
    folderSets.set(dir, sets);
    return sets;
  }

  /**
   * The environments a document's requests use: the files at its workspace folder's root, then those of each folder
   * down to the document's (JetBrains keeps http-client.env.json beside the `.http` files; the nearer file wins),
   * then the editor's `httplens.environments`. A document outside the workspace folders, or none, gets the roots' files.
   */
  function environmentsFor(uri: string | undefined): EnvironmentSet | undefined {
    const dir = uri?.startsWith('file:') ? dirname(fileURLToPath(uri)) : undefined;
    if (dir === undefined) return environments;
    // asked on every hover and request: merged once per folder and load
    if (folderEnvironments.has(dir)) return folderEnvironments.get(dir);
    const chain = folderChain(dir);
    let set = environments;
    if (chain !== undefined) {
      const sets = chain.flatMap(environmentFiles);
      if (settingsEnvironments) sets.push(settingsEnvironments);
      set = sets.length ? mergeEnvironments(...sets) : undefined;
    }
    folderEnvironments.set(dir, set);
    return set;
  }

  /** The folders from the workspace folder holding `dir` down to `dir`; undefined for a folder outside the workspace. */
  function folderChain(dir: string): string[] | undefined {
    const root = roots.find((r) => isInside(r, dir));
    if (root === undefined) return undefined;
    const chain: string[] = [];
    for (let at = dir, i = 0; i < 64; i++) {
      chain.unshift(at);
      if (relative(root, at) === '' || dirname(at) === at) break;
      at = dirname(at);
    }
    return chain;
  }

  /** Where the token of a Security.Auth configuration is kept: by environment and id. */
  const authKey = (environment: string | undefined, id: string): string => `${environment ?? ''}\0${id}`;

  /**
   * Asks the client to send a token request (`httplens/authToken`); the token, kept under `key`, or why there is none;
   * null when cancelled. An expired token kept there that came with a refresh token is refreshed first (RFC 6749 §6),
   * and the full request sent when that fails; with `fresh`, the full request alone (a new token, a new sign-in).
   */
  async function getAuthToken(id: string, environment: string | undefined, tokenRequest: TokenRequest, key: string, fresh = false): Promise<KeptToken | { problem: string } | null> {
    const ask = async (r: TokenRequest) => (await connection.sendRequest(Methods.authToken, { id, environment: environment ?? null, request: r })) as TokenAnswer | { problem: string } | null | undefined;
    const previous = authTokens.get(key);
    const refresh = fresh ? undefined : refreshTokenRequest(tokenRequest, previous);
    let answer = refresh ? await ask(refresh) : undefined;
    if (answer === null) return null;
    if (answer === undefined || 'problem' in answer) answer = await ask(tokenRequest);
    if (answer === null || answer === undefined) return null;
    if ('problem' in answer) return answer;
    const kept = keepToken(answer, Date.now(), previous);
    authTokens.set(key, kept);
    return kept;
  }

  /**
   * The `SSLConfiguration` of the selected environment for a document's requests, from the same JetBrains files as
   * its variables (environmentsFor): those of its folder and the folders above it in the workspace folder (the
   * roots' for a document outside them), the nearer file and the private file winning.
   */
  function sslConfigurationFor(uri: string): SslConfiguration | null {
    if (selectedEnvironment === undefined) return null;
    const dir = uri.startsWith('file:') ? dirname(fileURLToPath(uri)) : undefined;
    const folders = (dir !== undefined ? folderChain(dir) : undefined) ?? roots;
    for (const folder of folders) environmentFiles(folder);
    return sslConfigurationFrom(folders.flatMap((f) => folderJsonFiles.get(f) ?? []), selectedEnvironment);
  }

  /**
   * The `Security.Auth` configurations (JetBrains OAuth 2.0) of the selected environment for a document's requests, from
   * the same files as its SSLConfiguration (sslConfigurationFor), the nearer file and the private file winning; without a
   * document (or for one that is no file), those at the workspace folders' roots.
   */
  function authConfigurationsFor(uri: string | undefined): Record<string, AuthConfiguration> {
    if (selectedEnvironment === undefined) return {};
    const dir = uri?.startsWith('file:') ? dirname(fileURLToPath(uri)) : undefined;
    const folders = (dir !== undefined ? folderChain(dir) : undefined) ?? roots;
    for (const folder of folders) environmentFiles(folder);
    return mergeAuthConfigurations(folders.flatMap((f) => (folderJsonFiles.get(f) ?? []).map((j) => j.text)), selectedEnvironment);
  }

  /**
   * http-client.env.json (+ private), `.env` and the editor's `httplens.environments`, merged: those at the workspace
   * folders' roots, and (for the names the language service knows and the environment picker lists) those beside the
   * open documents.
   */
  function loadEnvironments(): void {
    authTokens.clear();
    folderSets.clear();
    folderJsonFiles.clear();
    folderEnvironments.clear();
    settingsEnvironments = clientEnvironments ? parseEnvironmentFile(clientEnvironments, 'settings') : undefined;
    const sets: EnvironmentSet[] = roots.flatMap(environmentFiles);
    if (settingsEnvironments) sets.push(settingsEnvironments);
    environments = sets.length ? mergeEnvironments(...sets) : undefined;
    knowFolders(true);
  }

  /**
   * Makes the environments beside the open documents known (names, picker); true when that read a folder not read
   * before (the language service's parses are then made again, so it is not told otherwise).
   */
  function knowFolders(force = false): boolean {
    const before = folderSets.size;
    for (const d of documents.all()) environmentsFor(d.uri);
    const added = folderSets.size !== before;
    if (!added && !force) return false;
    const all = [...(environments ? [environments] : []), ...[...folderSets.values()].flat()];
    everyEnvironment = all.length ? mergeEnvironments(...all) : undefined;
    ls.setEnvironments(everyEnvironment, selectedEnvironment);
    ls.setAuthConfigurations(authConfigurationSet());
    return added;
  }

  /**
   * The `Security.Auth` configurations of every environment in the JetBrains files read (those at the roots and beside
   * the open documents), for completing, checking and explaining `$auth.token("id")`; undefined when there is no such
   * file, so that ids are not reported in a workspace whose environment files httplens does not see.
   */
  function authConfigurationSet(): AuthConfigurationSet | undefined {
    const texts = [...folderJsonFiles.values()].flat().map((j) => j.text);
    return texts.length === 0 ? undefined : everyAuthConfiguration(texts);
  }

  /**
   * The `httplens` section a client pushed with workspace/didChangeConfiguration: what clients that cannot be asked
   * (no `workspace.configuration` capability, such as Neovim 0.7) give, right after `initialized` and on each change.
   */
  let pushedSettings: ClientSettings = {};

  async function refreshSettings(): Promise<void> {
    const config = readWorkspaceConfig();
    let client: ClientSettings = pushedSettings;
    if (configurationCapability) {
      const value = (await connection.workspace.getConfiguration('httplens')) as ClientSettings | null;
      client = value ?? {};
    }
    settingsLocale = client.locale || config.locale;
    ls.setLocale(locale());
    ls.configure(settingsFromConfig(config, client));
    clientEnvironments = client.environments;
    loadEnvironments();
  }

  function validate(document: TextDocument): void {
    const run = () => {
      pending.delete(document.uri);
      if (!settingsRead) return; // validated when the settings are in (see settingsLoaded)
      const diagnostics = runSafe(connection, 'validation', undefined, () => ls.doValidation(document));
      if (diagnostics instanceof ResponseError) return;
      void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
    };
    const timer = pending.get(document.uri);
    if (timer) clearTimeout(timer);
    pending.set(document.uri, setTimeout(run, 150));
  }

  /**
   * Counts the changes of what diagnostics depend on besides a document's text (settings, environments, trust): a
   * pulled report is identified by the document's version and this count, so an unchanged one is not computed again.
   */
  let generation = 0;
  const reports = new Map<string, { resultId: string; items: Diagnostic[] }>();

  function refreshAll(): void {
    generation++;
    reports.clear();
    // a pulling client re-pulls when told to, if it says it can be told; one that cannot pulls again on its next change
    if (pullDiagnostics) {
      // refresh() is typed void but returns the request's promise: an error answer must not become an unhandled rejection
      if (diagnosticRefresh) Promise.resolve(connection.languages.diagnostics.refresh() as unknown).catch((e: Error) => connection.console.warn(`httplens: diagnostic refresh: ${e.message}`));
    } else for (const d of documents.all()) validate(d);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    roots = (params.workspaceFolders ?? []).map((f) => fileURLToPath(f.uri));
    if (roots.length === 0 && params.rootUri) roots = [fileURLToPath(params.rootUri)];
    clientLocale = normalizeLocale(params.locale);
    ls.setLocale(clientLocale);
    const options = (params.initializationOptions ?? {}) as { trusted?: boolean; environment?: string };
    if (options.trusted === false) trusted = false;
    if (options.environment) selectedEnvironment = options.environment;
    pullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined;
    configurationCapability = params.capabilities.workspace?.configuration === true;
    watchedFilesRegistration = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    diagnosticRefresh = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { resolveProvider: true, triggerCharacters: [':', ' ', '{', '@', ',', '$', '.', ';'] },
        codeActionProvider: { codeActionKinds: ['quickfix', 'refactor', 'refactor.rewrite'] },
        documentFormattingProvider: true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        inlayHintProvider: true,
        codeLensProvider: { resolveProvider: false },
        documentLinkProvider: { resolveProvider: false },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: true,
        executeCommandProvider: { commands: [] },
      },
      serverInfo: { name: 'httplens-language-server', version: '0.1.0' },
    };
    if (pullDiagnostics) result.capabilities.diagnosticProvider = { interFileDependencies: false, workspaceDiagnostics: false };
    return result;
  });

  connection.onInitialized(() => {
    // editors other than the extension (which watches these files itself) tell the server of changes when asked to
    if (watchedFilesRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCHED_FILES }, { globPattern: WATCHED_REQUEST_FILES }] }).catch(() => undefined);
    }
    // a client that cannot be asked pushes its settings next, if it has any
    if (configurationCapability) loadSettings();
    setTimeout(() => {
      if (!settingsRead) settingsLoaded();
    }, SETTINGS_WAIT_MS).unref();
  });

  /** A load of the settings is over (or the first was given up): every open document is validated with them. */
  function settingsLoaded(): void {
    settingsRead = true;
    refreshAll();
  }

  function loadSettings(): void {
    void refreshSettings().then(settingsLoaded, (e: Error) => {
      connection.console.error(`httplens: settings: ${e.message}`);
      settingsLoaded();
    });
  }

  connection.onDidChangeConfiguration((params) => {
    if (!configurationCapability) {
      const section = (params.settings as { httplens?: unknown } | null | undefined)?.httplens;
      pushedSettings = typeof section === 'object' && section !== null && !Array.isArray(section) ? (section as ClientSettings) : {};
    }
    loadSettings();
  });

  /**
   * The open documents that import others (httpYac's `# @import`), but `except`, forgotten so that they are read again
   * with what they import as it is now, and validated again.
   */
  const rereadImporters = (except?: string): void => {
    let importers = 0;
    for (const d of documents.all()) {
      if (d.uri === except) continue;
      const parsed = ls.parse(d);
      if (parsed.kind !== 'http' || !parsed.file.imports) continue;
      ls.forget(d.uri);
      importers++;
      if (!pullDiagnostics) validate(d);
    }
    // a pulling client is told to pull again (its unchanged documents' reports would be kept otherwise)
    if (pullDiagnostics && importers > 0) refreshAll();
  };

  connection.onDidChangeWatchedFiles((p) => {
    // a request file changed on disk (saved, or changed by another program): only what imports it is read again
    const changes = Array.isArray(p?.changes) ? p.changes : [];
    if (changes.length > 0 && changes.every((c) => typeof c?.uri === 'string' && REQUEST_FILE.test(c.uri))) {
      rereadImporters();
      return;
    }
    void refreshSettings().then(refreshAll, (e: Error) => connection.console.error(`httplens: settings: ${e.message}`));
  });

  // a document in a folder not seen yet may bring the environment files beside it
  documents.onDidOpen(() => {
    if (knowFolders()) refreshAll();
  });

  documents.onDidChangeContent((e) => {
    // a document that imports another (httpYac's `# @import`) is read again when any other changes: it may be that one
    rereadImporters(e.document.uri);
    if (!pullDiagnostics) validate(e.document);
  });
  documents.onDidClose((e) => {
    ls.forget(e.document.uri);
    reports.delete(e.document.uri);
    const timer = pending.get(e.document.uri);
    if (timer) clearTimeout(timer);
    pending.delete(e.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  const withDocument = <T>(uri: string, empty: T, fn: (d: TextDocument) => T): T => {
    const d = documents.get(uri);
    return d ? fn(d) : empty;
  };

  /**
   * What `{{variables}}` resolve against in hovers and inlay hints of one document: the selected environment, its
   * folder's `.env` and included files (as trust allows), and the responses received for request chaining.
   */
  const withResolveContext = <T>(uri: string, empty: T, fn: (d: TextDocument) => T): T =>
    withDocument(uri, empty, (d) => {
      ls.setResolveContext({
        host: createHost({ documentUri: d.uri, roots, trusted }),
        responses,
        globals,
        ...withEnvironment(environmentsFor(d.uri)),
      });
      return fn(d);
    });
  const withEnvironment = (set: EnvironmentSet | undefined) => (set ? { environment: selectEnvironment(set, selectedEnvironment) } : {});

  connection.languages.diagnostics.on((params, token) => {
    const uri = params.textDocument.uri;
    const document = documents.get(uri);
    // the same version under the same settings and environments has the same diagnostics (a large file takes a while)
    const resultId = document ? `${document.version}:${generation}` : undefined;
    const known = reports.get(uri);
    if (resultId !== undefined && known?.resultId === resultId) {
      if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId } satisfies UnchangedDocumentDiagnosticReport;
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items: known.items } satisfies FullDocumentDiagnosticReport;
    }
    const report = runSafe(connection, 'diagnostics', token, (): FullDocumentDiagnosticReport => ({
      kind: DocumentDiagnosticReportKind.Full,
      items: withDocument(uri, [], (d) => ls.doValidation(d)),
    }));
    if (report instanceof ResponseError) return new ResponseError(report.code, report.message, { retriggerRequest: false });
    if (resultId === undefined) return report;
    reports.set(uri, { resultId, items: report.items });
    return { ...report, resultId };
  });
  connection.onHover((p, token) => runSafe(connection, 'hover', token, () => withResolveContext(p.textDocument.uri, null, (d) => ls.doHover(d, p.position))));
  connection.onCompletion((p, token) => runSafe(connection, 'completion', token, () => withDocument(p.textDocument.uri, null, (d) => ls.doComplete(d, p.position))));
  connection.onCompletionResolve((item, token) => runSafe(connection, 'completion resolve', token, () => ls.doResolve(item)));
  connection.onCodeAction((p, token) => runSafe(connection, 'code action', token, () => withDocument(p.textDocument.uri, [], (d) => ls.doCodeActions(d, p.range, p.context.diagnostics))));
  connection.onDocumentFormatting((p, token) => runSafe(connection, 'formatting', token, () => withDocument(p.textDocument.uri, [], (d) => ls.format(d))));
  connection.onDocumentSymbol((p, token) => runSafe(connection, 'symbols', token, () => withDocument(p.textDocument.uri, [], (d) => ls.findDocumentSymbols(d))));
  connection.onFoldingRanges((p, token) => runSafe(connection, 'folding', token, () => withDocument(p.textDocument.uri, [], (d) => ls.getFoldingRanges(d))));
  connection.languages.inlayHint.on((p, token) => runSafe(connection, 'inlay hints', token, () => withDocument(p.textDocument.uri, [], (d) => ls.getInlayHints(d, p.range))));
  connection.onCodeLens((p, token) => runSafe(connection, 'code lens', token, () => withDocument(p.textDocument.uri, [], (d) => ls.getCodeLenses(d))));
  connection.onDocumentLinks((p, token) => runSafe(connection, 'links', token, () => withDocument(p.textDocument.uri, [], (d) => ls.findDocumentLinks(d))));
  connection.onDefinition((p, token) => runSafe(connection, 'definition', token, () => withDocument(p.textDocument.uri, [], (d) => ls.findDefinition(d, p.position))));
  connection.onReferences((p, token) => runSafe(connection, 'references', token, () => withDocument(p.textDocument.uri, [], (d) => ls.findReferences(d, p.position, p.context.includeDeclaration))));
  connection.onRenameRequest((p, token) => runSafe(connection, 'rename', token, () => withDocument(p.textDocument.uri, null, (d) => ls.doRename(d, p.position, p.newName))));

  // ---- httplens/* -----------------------------------------------------------

  connection.onRequest(Methods.setEnvironment, (p: { name?: string | null }, token) =>
    runSafe(connection, 'setEnvironment', token, () => {
      selectedEnvironment = p.name ?? undefined;
      ls.setEnvironments(everyEnvironment, selectedEnvironment);
      refreshAll();
      return { selected: selectedEnvironment ?? null, names: everyEnvironment ? environmentNames(everyEnvironment) : [] };
    }),
  );

  connection.onRequest(Methods.environments, (_p: unknown, token) =>
    runSafe(connection, 'environments', token, () => ({ selected: selectedEnvironment ?? null, names: everyEnvironment ? environmentNames(everyEnvironment) : [] })),
  );

  connection.onRequest(Methods.authConfigurations, (p: { textDocument?: TextDocumentIdentifier } | null, token) =>
    runSafe(connection, 'authConfigurations', token, (): AuthConfigurationsResult => {
      const uri = p?.textDocument?.uri;
      const configurations = authConfigurationsFor(uri);
      const environment = selectedEnvironment;
      return {
        environment: environment ?? null,
        configurations: Object.keys(configurations)
          .sort()
          .map((id) => {
            const grant = configurations[id]?.['Grant Type'];
            const kept = authTokens.get(authKey(environment, id));
            return {
              id,
              grantType: typeof grant === 'string' ? grant : null,
              kept: isKept(kept, Date.now()) ? { expiresAt: kept.expiresAt ?? null, refreshable: kept.refreshToken !== undefined } : null,
            };
          }),
      };
    }),
  );

  connection.onRequest(Methods.acquireToken, (p: { textDocument?: TextDocumentIdentifier; id: string }, token) =>
    runSafeAsync(connection, 'acquireToken', token, async () => {
      if (typeof p?.id !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'httplens: acquireToken needs the id of a configuration');
      const uri = p.textDocument?.uri;
      const environment = selectedEnvironment;
      const configurations = authConfigurationsFor(uri);
      const env = environmentsFor(uri);
      const variables = env ? selectEnvironment(env, environment).variables : {};
      const tokenRequest = tokenRequestFor(configurations, p.id, environment, (name) => variables[name]?.value);
      if ('problem' in tokenRequest) return tokenRequest;
      // a new token, as the JetBrains HTTP Client's "force acquire": the full request, a new sign-in where the grant has one
      const got = await getAuthToken(p.id, environment, tokenRequest, authKey(environment, p.id), true);
      if (got === null) return { cancelled: true };
      if ('problem' in got) return got;
      return {
        accessToken: got.accessToken,
        ...(got.idToken !== undefined ? { idToken: got.idToken } : {}),
        ...(got.expiresAt !== undefined ? { expiresIn: Math.max(0, Math.round((got.expiresAt - Date.now()) / 1000)) } : {}),
      };
    }),
  );

  connection.onRequest(Methods.forgetTokens, (_p: unknown, token) =>
    runSafe(connection, 'forgetTokens', token, () => {
      const forgotten = authTokens.size;
      authTokens.clear();
      return { forgotten };
    }),
  );

  /** An open `.http` document and its parse; a request about another is answered with InvalidParams. */
  const httpDocument = (uri: string): { document: TextDocument; file: HttpFile } => {
    const document = documents.get(uri);
    if (!document) throw new ResponseError(ErrorCodes.InvalidParams, `httplens: ${uri} is not open`);
    const parsed = ls.parse(document);
    if (parsed.kind !== 'http') throw new ResponseError(ErrorCodes.InvalidParams, 'httplens: not an .http document');
    return { document, file: parsed.file };
  };
  /** The request a position sends: the one around it, or the first one below it (the cursor on the file's variables). */
  const requestThere = (file: HttpFile, document: TextDocument, position: Position) => requestAt(file, document.offsetAt(position)) ?? file.requests[0];

  connection.onRequest(Methods.runPlan, (p: { textDocument: TextDocumentIdentifier; position?: Position }, token) =>
    runSafe(connection, 'runPlan', token, (): RunPlanResult => {
      const { document, file } = httpDocument(p.textDocument.uri);
      const only = p.position ? runLineAt(file, document.offsetAt(p.position)) : undefined;
      if (p.position && !only) return { steps: [] };
      /** A file a line names, relative to the file that names it, read as the workspace's trust allows; parsed once. */
      const loaded = new Map<string, HttpFile | undefined>();
      // the documents of the files read, for the positions of their requests
      const docs = new Map<string, TextDocument>([[document.uri, document]]);
      const load = (fromUri: string, target: string): { file: HttpFile; path: string } | { problem: string } => {
        const full = fromUri.startsWith('file:') ? (isAbsolute(target) ? target : join(dirname(fileURLToPath(fromUri)), target)) : undefined;
        const uri = full === undefined ? '' : pathToFileURL(full).toString();
        if (full !== undefined && !loaded.has(uri)) {
          const open = documents.get(uri);
          const text = open ? open.getText() : createHost({ documentUri: fromUri, roots, trusted }).readFile?.(full);
          const doc = text === undefined ? undefined : (open ?? TextDocument.create(uri, 'http', 0, text));
          // an open document as the editor reads it, another as the JetBrains client does (run lines are its)
          const readAs = open ? ls.parse(open) : undefined;
          const read = readAs?.kind === 'http' ? readAs.file : text !== undefined ? parseHttpFile(text, { dialect: 'jetbrains' }) : undefined;
          loaded.set(uri, doc ? read : undefined);
          if (doc) docs.set(uri, doc);
        }
        const found = full === undefined ? undefined : loaded.get(uri);
        return found ? { file: found, path: uri } : { problem: `cannot read ${target}` };
      };
      const steps: RunPlanResult['steps'] = planRun(file, document.uri, load, only).map((step) => {
        if ('problem' in step) return step;
        const doc = docs.get(step.path) as TextDocument;
        const position = doc.positionAt((step.file.requests[step.index] as HttpFile['requests'][number]).span.offset);
        return { uri: step.path, position, ...(step.overrides ? { overrides: { ...step.overrides } } : {}) };
      });
      return { steps };
    }),
  );

  connection.onRequest(Methods.requestsBefore, (p: RequestAtParams, token) =>
    runSafe(connection, 'requestsBefore', token, (): RequestsBeforeResult => {
      const { document, file } = httpDocument(p.textDocument.uri);
      const request = requestThere(file, document, p.position);
      if (!request) return { requests: [], unknown: [] };
      const first = requestsToSendFirst(file, request.index, (name) => Object.hasOwn(responses, name));
      const here = document.uri.startsWith('file:') ? dirname(fileURLToPath(document.uri)) : undefined;
      const imported: RequestsBeforeResult['requests'] = [];
      for (const there of first.imported) {
        if (here === undefined) continue;
        const uri = pathToFileURL(isAbsolute(there.path) ? there.path : join(here, there.path)).toString();
        const r = there.file.requests[there.index] as (typeof file.requests)[number];
        // the file as it was read (the open document when it is open)
        const position = TextDocument.create(uri, 'http', 0, there.file.text).positionAt(r.span.offset);
        imported.push({ index: there.index, name: r.name ?? null, position, uri });
      }
      return {
        requests: [
          ...imported,
          ...first.indexes.map((index) => {
            const r = file.requests[index] as (typeof file.requests)[number];
            return { index, name: r.name ?? null, position: document.positionAt(r.span.offset) };
          }),
        ],
        unknown: first.unknown,
      };
    }),
  );

  connection.onRequest(Methods.loopAt, (p: RequestAtParams, token) =>
    runSafe(connection, 'loopAt', token, (): LoopAtResult => {
      const { document, file } = httpDocument(p.textDocument.uri);
      const request = requestThere(file, document, p.position);
      if (!request) return null;
      const env = environmentsFor(document.uri);
      const loop = requestLoop(file, request.index, { host: createHost({ documentUri: document.uri, roots, trusted }), responses, globals, locale: locale(), ...(env ? { environment: selectEnvironment(env, selectedEnvironment) } : {}) });
      if (!loop) return null;
      return 'problem' in loop ? { problem: loop.problem.message } : { passes: loop.passes };
    }),
  );

  connection.onRequest(Methods.setTrust, (p: { trusted: boolean }, token) =>
    runSafe(connection, 'setTrust', token, () => {
      trusted = p.trusted;
      loadEnvironments();
      refreshAll();
      return { trusted };
    }),
  );

  connection.onRequest(Methods.responseReceived, (p: ResponseReceivedParams, token) =>
    runSafe(connection, 'responseReceived', token, () => {
      if (typeof p?.name !== 'string' || typeof p.response?.status !== 'number') {
        return new ResponseError(ErrorCodes.InvalidParams, 'httplens: responseReceived needs a name and a response with a status');
      }
      const omitted = p.response.bodyOmitted;
      const exchange: StoredExchange = {
        response: {
          status: p.response.status,
          headers: p.response.headers,
          ...(p.response.body !== undefined ? { body: p.response.body } : {}),
          // a body left out (large, and no open file referred to it): its size, when given as a number of bytes
          ...(p.response.body === undefined && typeof omitted?.length === 'number' && omitted.length >= 0 ? { bodyOmitted: { length: omitted.length } } : {}),
        },
      };
      if (p.request) exchange.request = { headers: p.request.headers, ...(p.request.body !== undefined ? { body: p.request.body } : {}) };
      const pass = p.pass;
      if (pass && Number.isInteger(pass.index) && Number.isInteger(pass.of) && pass.index >= 0 && pass.index < pass.of) {
        // a loop's passes, gathered until its last one (a new first pass starts the list again)
        const list = pass.index === 0 ? [] : (loopResponses.get(p.name) ?? []);
        list.push(exchange);
        if (pass.index === pass.of - 1) {
          loopResponses.delete(p.name);
          responses[p.name] = { ...(list[0] as StoredExchange), passes: list };
        } else {
          loopResponses.set(p.name, list);
          responses[p.name] = exchange;
        }
      } else responses[p.name] = exchange;
      return { stored: Object.keys(responses).length };
    }),
  );

  connection.onRequest(Methods.requestAt, (p: RequestAtParams, token) =>
    runSafeAsync(connection, 'requestAt', token, async () => {
      const { document, file } = httpDocument(p.textDocument.uri);
      const request = requestThere(file, document, p.position);
      if (!request) return null;
      const host = createHost({ documentUri: document.uri, roots, trusted });
      const env = environmentsFor(document.uri);
      // the values a JetBrains run line gives (strings only: the params come from the client)
      const overrides = stringsOf(p.overrides);
      const loop = loopPassOf(p.loop);
      // httpYac's `# @disabled` (not sent, nothing asked, not even its @prompt variables), `# @sleep` and `# @noRejectUnauthorized`
      const meta = sendMetadata(file, request.index, { host, responses, globals, overrides, locale: locale(), ...(env ? { environment: selectEnvironment(env, selectedEnvironment) } : {}) });
      if (meta.disabled) return { disabled: true, index: request.index, name: request.name ?? null, method: request.method, url: request.url, diagnostics: meta.diagnostics.map((d) => toLspDiagnostic(document, d, locale())) };
      // answers given earlier in this send (a loop's first pass), strings only: the params come from the client
      const givenPrompts = stringsOf(p.answers?.prompts);
      const givenQuestions = stringsOf(p.answers?.questions);
      // @prompt variables: ask the client, one at a time, before resolving
      const answers: Record<string, string> = Object.create(null) as Record<string, string>;
      for (const m of request.metadata) {
        if (m.key !== 'prompt' || !m.value) continue;
        const [name = '', ...rest] = m.value.split(/\s+/);
        const answer = givenPrompts[name] ?? ((await connection.sendRequest(Methods.prompt, { name, description: rest.join(' ') || undefined })) as string | null | undefined);
        if (answer === null || answer === undefined) return { cancelled: true, index: request.index };
        answers[name] = answer;
      }
      const context = {
        host,
        responses,
        globals,
        overrides,
        ...(loop ? { loop } : {}),
        prompt: answers,
        locale: locale(),
        ...(env ? { environment: selectEnvironment(env, selectedEnvironment) } : {}),
      };
      // httpYac's questions ($input, $password, $pick): found by resolving once without their answers (in the request,
      // or in the variables it uses), then asked one at a time; `-askonce` ones answered before are not asked again
      const questions: Question[] = [];
      // and the JetBrains OAuth 2.0 tokens it uses ($auth.token("id")) that are not kept yet, got by the client
      const tokens: string[] = [];
      const environment = selectedEnvironment;
      // the tokens got for this request: used by it even when their lifetime is shorter than the margin kept before it ends
      const gotNow = new Map<string, KeptToken>();
      const keyOf = (id: string): string => authKey(environment, id);
      const tokenOf = (id: string, kind: 'token' | 'idToken'): string | undefined => {
        const key = keyOf(id);
        const kept = gotNow.get(key) ?? authTokens.get(key);
        if (!gotNow.has(key) && !isKept(kept, Date.now())) return undefined;
        if (kept === undefined) return undefined;
        return kind === 'token' ? kept.accessToken : kept.idToken;
      };
      /** The client gets a token (see getToken), kept for this request too. */
      const getToken = async (id: string, tokenRequest: TokenRequest, key: string): Promise<KeptToken | { problem: string } | null> => {
        const got = await getAuthToken(id, environment, tokenRequest, key);
        if (got !== null && !('problem' in got)) gotNow.set(key, got);
        return got;
      };
      const first = resolveRequest(file, request.index, {
        ...context,
        ask: (q) => {
          const kept = givenQuestions[q.placeholder] ?? (q.askOnce ? askedOnce.get(q.placeholder) : undefined);
          if (kept === undefined) questions.push(q);
          return kept;
        },
        auth: (id, kind) => {
          const kept = tokenOf(id, kind);
          if (kept === undefined && !tokens.includes(id)) tokens.push(id);
          return kept;
        },
      });
      // without a prototype: a placeholder such as `constructor` is a key like any other
      const said: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, givenQuestions);
      for (const q of questions) {
        const params = { name: q.placeholder, kind: q.kind, ...(q.value !== undefined ? { value: q.value } : {}), ...(q.choices ? { choices: q.choices } : {}) };
        const answer = (await connection.sendRequest(Methods.prompt, params)) as string | null | undefined;
        if (answer === null || answer === undefined) return { cancelled: true, index: request.index };
        said[q.placeholder] = answer;
        if (q.askOnce) askedOnce.set(q.placeholder, answer);
      }
      const authProblems: string[] = [];
      if (tokens.length > 0) {
        const configurations = authConfigurationsFor(document.uri);
        const variables = env ? selectEnvironment(env, environment).variables : {};
        for (const id of tokens) {
          const tokenRequest = tokenRequestFor(configurations, id, environment, (name) => variables[name]?.value);
          const got = 'problem' in tokenRequest ? tokenRequest : await getToken(id, tokenRequest, keyOf(id));
          if (got === null) return { cancelled: true, index: request.index };
          if ('problem' in got) authProblems.push(`$auth.token("${id}"): ${got.problem}.`);
        }
      }
      // with nothing asked or got, the first resolve is the request
      const finalContext = { ...context, ask: (q: Question) => said[q.placeholder] ?? (q.askOnce ? askedOnce.get(q.placeholder) : undefined), auth: tokenOf };
      const resolved = questions.length === 0 && tokens.length === 0 ? first : resolveRequest(file, request.index, finalContext);
      // the globals its JetBrains pre-request script sets (`client.global.set`), kept for the session's next requests
      if (resolved.globals) Object.assign(globals, resolved.globals);
      // httpYac's `Authorization: oauth2 <flow> [prefix]` (the flows `runsOAuth2Flow` names): the client gets the token of the
      // request httpYac would send, kept for the session like the others
      let oauth2Token: string | undefined;
      const shorthand = oauth2TokenRequest(resolved.headers, (name) => resolveVariable(file, name, finalContext, request.index).value);
      if (shorthand) {
        const key = 'problem' in shorthand.request ? '' : `${environment ?? ''}\0${JSON.stringify(shorthand.request)}`;
        const kept = authTokens.get(key);
        const got = isKept(kept, Date.now()) ? kept : 'problem' in shorthand.request ? shorthand.request : await getToken(shorthand.value, shorthand.request, key);
        if (got === null) return { cancelled: true, index: request.index };
        if ('problem' in got) authProblems.push(`Authorization: ${shorthand.value}: ${got.problem}.`);
        else oauth2Token = got.accessToken;
      }
      const message = toHttpMessage(resolved, { locale: locale(), ...(oauth2Token !== undefined ? { oauth2: () => oauth2Token } : {}) });
      const metadata: Record<string, string | true> = {};
      for (const m of request.metadata) metadata[m.key] = m.value ?? true;
      // What is sent: the message built from the request (a GraphQL query as JSON, multipart lines with CRLF, an
      // included file's bytes, Basic credentials encoded, Digest credentials taken out into `auth`); the Host and
      // Content-Length it added are left to the transport, the request's own are kept.
      const sent = message.sendable ? fieldsToSend(resolved, message) : resolved.headers.map((h) => [h.name, h.value] as [string, string]);
      const bytes = message.sendable ? message.body?.bytes : undefined;
      const body = message.sendable ? (bytes && bytes.length > 0 ? new TextDecoder().decode(bytes) : null) : (resolved.body ?? null);
      return {
        index: request.index,
        name: request.name ?? null,
        method: message.sendable ? (message.method ?? resolved.method) : resolved.method,
        url: message.url,
        // JetBrains `# @no-auto-encoding`: the request-target to send as written (the transport's `target`), or null
        target: message.sendable ? (message.sendTarget ?? null) : null,
        httpVersion: resolved.httpVersion ?? null,
        protocol: resolved.protocol,
        headers: sent,
        body,
        // the exact bytes when the text cannot carry them (a file sent as is)
        bodyBase64: resolved.bodyParts && bytes && bytes.length > 0 ? Buffer.from(bytes).toString('base64') : null,
        sendable: message.sendable,
        auth: message.auth ?? null,
        metadata,
        // the request's own limits as its dialect reads # @timeout and # @connection-timeout (null: none)
        timeouts: resolved.timeouts ?? null,
        values: resolved.values.map((v) => ({ expression: v.expression, value: v.value ?? null, source: v.source })),
        // the selected environment's JetBrains SSLConfiguration (client certificate, verifyHostCertificate), or null
        ssl: sslConfigurationFor(document.uri),
        diagnostics: [...resolved.diagnostics, ...message.notes, ...meta.diagnostics].map((d) => toLspDiagnostic(document, d, locale())),
        // httpYac's `# @sleep` (milliseconds to wait before sending) and `# @noRejectUnauthorized` (null: none)
        sleep: meta.sleep ?? null,
        insecure: meta.insecure === true,
        // what httplens/responseInfo does with the response when given `exchange`: httpYac's assert lines
        // (`?? status == 200`) checked, and the JetBrains handlers' `client.global.set` statements applied
        asserts: request.asserts.length,
        handlers: request.scripts.filter((s) => s.kind === 'response-handler').length,
        // the OAuth 2.0 tokens that could not be had, and why: the client does not send the request then
        authProblems,
        trusted,
        // the output redirects (`>> ./out/me.json`), their variables substituted, relative to the document: the client writes the body there
        redirects: (resolved.redirects ?? []).map((o) => ({ path: o.path, force: o.force })),
        // what was answered for it, for the next passes of a `# @loop` (RequestAtParams.answers)
        answers: { prompts: { ...answers }, questions: { ...said } },
      };
    }),
  );

  /**
   * What a request says about its response: its assert lines checked, their `{{variables}}` resolved as the request's
   * were, and its response handlers' `client.global.set` statements applied to the session's variables.
   */
  const exchangeOf = (a: NonNullable<ResponseInfoParams['exchange']>, message: HttpMessage) => {
    const document = documents.get(a.textDocument.uri);
    const parsed = document ? ls.parse(document) : undefined;
    const request = parsed?.kind === 'http' ? parsed.file.requests[a.index] : undefined;
    if (!document || !request || parsed?.kind !== 'http') return { asserts: [], globals: { set: [], notSet: [] } };
    const headers = message.fields.map((f) => [f.name, f.value] as [string, string]);
    const env = environmentsFor(document.uri);
    const context = { host: createHost({ documentUri: document.uri, roots, trusted }), responses, globals, locale: locale(), ...(env ? { environment: selectEnvironment(env, selectedEnvironment) } : {}) };
    const checks = checkResponse(parsed.file, request.index, { status: message.status ?? 0, headers, body: a.body, ...(a.timings ? { timings: a.timings } : {}) }, context, (algorithm, text) => createHash(algorithm).update(text).digest('base64'));
    const applied = checks.globals;
    Object.assign(globals, applied.set);
    const asserts = checks.asserts.map((r) => ({
      text: r.text,
      outcome: r.outcome,
      message: r.message,
      ...(r.skipped ? { skipped: r.skipped } : {}),
    }));
    if (Object.keys(applied.set).length > 0) refreshAll();
    return { asserts, globals: { set: Object.keys(applied.set), notSet: applied.notSet } };
  };

  connection.onRequest(Methods.responseInfo, (p: ResponseInfoParams, token) =>
    runSafe(connection, 'responseInfo', token, () => {
      const doc = TextDocument.create('httplens:response', 'http-message', 1, p.text);
      const request = p.request ? { method: p.request.method, fields: p.request.headers.map(([name, value]) => ({ name, value })) } : undefined;
      const message = parseMessage(p.text, { expect: 'response', ...(request ? { requestMethod: request.method } : {}), locale: locale() });
      // with the times of the exchange, a Date off this computer's clock is reported (HTTP0573)
      const linted = lintMessage(message, {
        locale: locale(),
        ...(request ? { request } : {}),
        ...(p.now !== undefined ? { now: p.now } : {}),
        ...(p.requestTime !== undefined ? { requestTime: p.requestTime } : {}),
        ...(p.responseTime !== undefined ? { responseTime: p.responseTime } : {}),
      });
      const diagnostics = p.partialBody ? withoutBodyEnd(linted, message, p.text.length) : linted;
      const requestMessage = p.request ? messageFromHeaders({ method: p.request.method, target: p.request.url ?? '/', headers: p.request.headers }) : undefined;
      const options = {
        locale: locale(),
        ...(requestMessage ? { request: requestMessage } : {}),
        ...(p.now !== undefined ? { now: p.now } : {}),
        ...(p.requestTime !== undefined ? { requestTime: p.requestTime } : {}),
        ...(p.responseTime !== undefined ? { responseTime: p.responseTime } : {}),
      };
      return {
        diagnostics: diagnostics.map((d) => toLspDiagnostic(doc, d, locale())),
        caching: { shared: explainCaching(message, { ...options, shared: true }), private: explainCaching(message, { ...options, shared: false }) },
        ...(p.exchange ? exchangeOf(p.exchange, message) : {}),
      };
    }),
  );

  documents.listen(connection);
  connection.listen();
}
