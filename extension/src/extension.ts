// The httplens VS Code extension: language client for the bundled server, sending through @httplens/transport,
// response documents, environments, history, cURL and snippets.
import * as vscode from 'vscode';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';
import { assertTimings, parseCurl, parseHttpFile, toCurl, writeOutputRedirects, type DeviceCode, type OutputFiles, type RequestTimeouts, type SignIn, type TokenAnswer, type TokenRequest } from '@httplens/http-file';
import { CookieJar, createClient, describeErrorCode, ERROR_CODES, receiveAuthorizationCode, tlsFileContents, type Client, type ClientOptions, type ClientResult, type TransportErrorCode } from '@httplens/transport';
import { afterResponse } from './after.js';
import { mergeEnvironmentSettings, selectableEnvironments } from './environments.js';
import { bodyExtension, formatSize, keepsBodyForChaining, omittedBodyReferences, responseInfoPlan } from './large.js';
import { addToHistory, createHistoryEntry, findSourceRequest, keptInHistory, MASK, maskedUrl, maskSecrets, privateValuesOf, type HistoryEntry } from './history.js';
import { requestToken, tokenPickItems, type AuthConfigurations } from './auth.js';
import { humanizeDuration } from '@httplens/core';
import { noteOf, prepareRequest, unresolvedVariables, type Answers, type DigestAuth, type OutgoingRequest, type ResolvedRequest } from './prepare.js';
import { detailsHtml, RESPONSE_SCHEME, ResponseStore, type ResponseInfo, type ResponseRecord } from './responses.js';
import { clientOptionsFor, insecureHostFor, planFor, readSettings, requestOptionsFor, resolvePlanPaths, settingsProblems, type ExtensionSettings, type TlsFileContents } from './settings.js';
import { generateSnippet, SNIPPET_LANGUAGES, toHttpText } from './snippets.js';
import { passphraseFileOf, Passphrases, withSslConfiguration, type SslConfiguration } from './ssl.js';

const HISTORY_KEY = 'httplens.history';
const ENVIRONMENT_KEY = 'httplens.environment';
const COOKIES_KEY = 'httplens.cookies';
const OTHER_CLIENTS = ['humao.rest-client', 'anweber.vscode-httpyac'];

let client: LanguageClient | undefined;
let httpClient: Client | undefined;
const inFlight = new Set<AbortController>();

function settings(): ExtensionSettings {
  const config = vscode.workspace.getConfiguration();
  return readSettings((key) => config.get(key));
}

/** A pass of httpYac's `# @loop`, as the language server gives it (`httplens/loopAt`). */
interface LoopPass {
  index: number;
  variables: Record<string, string>;
}

/** A position as a command's argument carries it (a vscode.Position, or the plain object of an LSP code lens). */
function isPosition(p: unknown): p is { line: number; character: number } {
  return typeof p === 'object' && p !== null && Number.isInteger((p as { line?: unknown }).line) && Number.isInteger((p as { character?: unknown }).character);
}

/** The language of VS Code's interface, as the packages' messages have it. */
function uiLocale(): 'zh-CN' | 'en' {
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function activate(context: vscode.ExtensionContext): void {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('httplens');
  const trace = vscode.window.createOutputChannel('httplens (trace)');
  context.subscriptions.push(output, trace);
  // one client per workspace, recreated when its settings change; the cookie jar outlives it (kept in workspaceState)
  const jar = CookieJar.fromJSON(context.workspaceState.get<unknown>(COOKIES_KEY));
  // A client replaced while requests are in flight is closed when they are done (a redirect or a Digest answer of
  // theirs would otherwise wait on a closed pool).
  const retired: Client[] = [];
  const newClient = () => {
    if (httpClient && inFlight.size === 0) httpClient.close();
    else if (httpClient) retired.push(httpClient);
    httpClient = createClient({ ...clientOptionsFor(settings()), cookies: jar });
    return httpClient;
  };
  newClient();
  const saveCookies = () => context.workspaceState.update(COOKIES_KEY, jar.toJSON());
  const responses = new ResponseStore();
  responses.register(context);
  /** Named responses whose body was too large to pass on for chaining (name -> body bytes); see `keepsBodyForChaining`. */
  const omittedBodies = new Map<string, number>();
  const openHttpTexts = () => vscode.workspace.textDocuments.filter((d) => d.languageId === 'http').map((d) => d.getText());

  // ---- send enabled (REST Client / httpYac use the same language id and keys) ----
  // synchronous: activation does not wait for the context key or the notice
  const updateSendEnabled = (): boolean => {
    const mode = settings().sendEnabled;
    const other = OTHER_CLIENTS.map((id) => vscode.extensions.getExtension(id)).find((e) => e !== undefined);
    const enabled = mode === 'on' || (mode === 'auto' && !other);
    void vscode.commands.executeCommand('setContext', 'httplens.sendEnabled', enabled);
    if (mode === 'auto' && other && !context.globalState.get<boolean>('httplens.otherClientNoticeShown')) {
      void context.globalState.update('httplens.otherClientNoticeShown', true);
      void vscode.window.showInformationMessage(
        vscode.l10n.t('{0} is installed: httplens keeps its diagnostics and hovers but leaves the Send code lens and keybindings to it. Set "httplens.send.enabled" to "on" to use ours.', other.packageJSON?.displayName ?? other.id),
      );
    }
    return enabled;
  };
  let sendEnabled = updateSendEnabled();

  // settings that cannot be used are replaced by their defaults: say which, in the log and once per change
  const reportSettingsProblems = () => {
    const config = vscode.workspace.getConfiguration();
    const problems = settingsProblems((key) => config.get(key));
    for (const p of problems) output.appendLine(`[settings] ${p}`);
    if (problems.length > 0) {
      const keys = [...new Set(problems.map((p) => p.split(/[:[]/, 1)[0] ?? p))].join(', ');
      void vscode.window.showWarningMessage(vscode.l10n.t('These httplens settings have values that cannot be used, their defaults apply: {0}. The httplens output says why.', keys));
    }
  };
  reportSettingsProblems();

  // ---- language client ----
  const serverModule = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const envWatcher = vscode.workspace.createFileSystemWatcher('**/{http-client.env.json,http-client.private.env.json,.env,httplens.config.json}');
  // request files, which httpYac's `# @import` may name: a change on disk is read again by the files that import it
  const requestWatcher = vscode.workspace.createFileSystemWatcher('**/*.{http,rest}');
  context.subscriptions.push(envWatcher, requestWatcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'http' },
      { scheme: 'untitled', language: 'http' },
      { scheme: 'file', language: 'http-message' },
      { scheme: 'untitled', language: 'http-message' },
    ],
    outputChannel: output,
    traceOutputChannel: trace,
    initializationOptions: { trusted: vscode.workspace.isTrusted, environment: context.workspaceState.get<string>(ENVIRONMENT_KEY) },
    synchronize: {
      configurationSection: ['httplens', 'rest-client.environmentVariables'],
      // the server reads these at the workspace root and reloads them on a watched-file event
      fileEvents: [envWatcher, requestWatcher],
    },
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((value, i) => {
            if (params.items[i]?.section !== 'httplens' || typeof value !== 'object' || value === null) return value;
            const merged = mergeEnvironmentSettings((value as Record<string, unknown>).environments, vscode.workspace.getConfiguration('rest-client').get('environmentVariables'));
            for (const p of merged.problems) output.appendLine(`[settings] ${p}`);
            return { ...(value as object), environments: merged.environments };
          });
        },
      },
      provideCodeLenses: async (document, token, next) => {
        const lenses = await next(document, token);
        if (sendEnabled || !lenses) return lenses;
        return lenses.filter((l) => l.command?.command !== 'httplens.send' && l.command?.command !== 'httplens.sendAll' && l.command?.command !== 'httplens.sendRun');
      },
    },
  };
  client = new LanguageClient('httplens', 'httplens', serverOptions, clientOptions);
  const c = client;
  // @prompt variables ({ name, description }) and httpYac's questions ({ name: the placeholder, kind, value, choices })
  c.onRequest('httplens/prompt', async (p: { name: string; description?: string; kind?: 'input' | 'password' | 'pick'; value?: string; choices?: string[] }) => {
    if (p.kind === 'pick' && p.choices && p.choices.length > 0) {
      const picked = await vscode.window.showQuickPick(p.choices, { title: p.name, placeHolder: p.name, ignoreFocusOut: true });
      return picked ?? null;
    }
    const answer = await vscode.window.showInputBox({
      title: p.kind ? p.name : vscode.l10n.t('Value for {0}', p.name),
      prompt: p.description ?? p.name,
      ignoreFocusOut: true,
      password: p.kind ? p.kind === 'password' : /pass|secret|token|key/i.test(p.name),
      ...(p.value !== undefined ? { value: p.value } : {}),
    });
    return answer ?? null;
  });

  // JetBrains OAuth 2.0 tokens ($auth.token): the server builds the token request, the client sends it (no redirects,
  // no cookies) and reads the answer; the server keeps the token for the session
  // (`id`: a Security.Auth configuration, or httpYac's `oauth2 ...` shorthand)
  c.onRequest('httplens/authToken', async (p: { id: string; environment: string | null; request: TokenRequest }) => {
    const client = httpClient ?? newClient();
    const log = (answer: TokenAnswer | { problem: string }, status: number | undefined) =>
      // the log has no token: the status, or why there is none
      output.appendLine(`[auth] ${p.id}${p.environment ? ` (${p.environment})` : ''}: ${p.request.url}${status !== undefined ? ` ${status}` : ''}${'problem' in answer ? `: ${answer.problem}` : ''}`);
    if (!p.request.signIn && !p.request.device) {
      const { answer, status } = await requestToken(client, p.request);
      log(answer, status);
      return answer;
    }
    // a grant that needs the user: the sign-in opens in the browser, which comes back to the loopback redirect URL (an
    // authorization code), or a code is shown to enter at an address while the token endpoint is polled (a device
    // authorization); cancelling the notification cancels the request
    const title = p.request.signIn ? vscode.l10n.t('Signing in for {0} in the browser…', p.id) : vscode.l10n.t('Waiting for the code of {0} to be entered…', p.id);
    let cancelled = false;
    const got = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (_progress, token) => {
      const controller = new AbortController();
      token.onCancellationRequested(() => {
        cancelled = true;
        controller.abort();
      });
      const open = async (url: string) => {
        if (!(await vscode.env.openExternal(vscode.Uri.parse(url, true)))) output.appendLine(`[auth] ${p.id}: the browser did not open; open the address above`);
      };
      return requestToken(client, p.request, {
        signIn: (s: SignIn) =>
          receiveAuthorizationCode(s, {
            signal: controller.signal,
            open: async (url) => {
              output.appendLine(`[auth] ${p.id}: sign in at ${url}`);
              await open(url);
            },
          }),
        showDeviceCode: (code: DeviceCode) => {
          output.appendLine(`[auth] ${p.id}: enter the code ${code.userCode} at ${code.verificationUri}`);
          const copy = vscode.l10n.t('Copy Code and Open');
          void vscode.window.showInformationMessage(vscode.l10n.t('To sign in for {0}, enter the code {1} at {2}', p.id, code.userCode, code.verificationUri), copy).then(async (picked) => {
            if (picked !== copy) return;
            // the address opens even where the clipboard cannot be written (a browser page without the permission)
            await Promise.resolve(vscode.env.clipboard.writeText(code.userCode)).catch(() => output.appendLine(`[auth] ${p.id}: the code could not be copied`));
            await open(code.verificationUriComplete ?? code.verificationUri);
          });
        },
        sleep: (ms: number) =>
          new Promise<void>((resolve, reject) => {
            if (controller.signal.aborted) return reject(new Error('cancelled'));
            const timer = setTimeout(resolve, ms);
            controller.signal.addEventListener('abort', () => {
              clearTimeout(timer);
              reject(new Error('cancelled'));
            }, { once: true });
          }),
      });
    });
    if (cancelled) return null;
    log(got.answer, got.status);
    return got.answer;
  });

  // ---- environments status bar ----
  const status = vscode.window.createStatusBarItem('httplens.environment', vscode.StatusBarAlignment.Right, 100);
  status.name = vscode.l10n.t('httplens environment');
  status.command = 'httplens.selectEnvironment';
  context.subscriptions.push(status);
  const showStatus = (selected: string | null) => {
    status.text = `$(server-environment) ${selected ?? vscode.l10n.t('No Environment')}`;
    status.tooltip = vscode.l10n.t('httplens: select the environment that variables come from');
  };
  const updateStatusVisibility = () => {
    const lang = vscode.window.activeTextEditor?.document.languageId;
    if (lang === 'http') status.show();
    else status.hide();
  };
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(updateStatusVisibility));
  showStatus(context.workspaceState.get<string>(ENVIRONMENT_KEY) ?? null);
  updateStatusVisibility();

  const selectEnvironment = async () => {
    const current = (await c.sendRequest('httplens/environments', {})) as { selected: string | null; names: string[] };
    const names = selectableEnvironments(current.names);
    const none = vscode.l10n.t('No Environment');
    const items: vscode.QuickPickItem[] = [
      { label: none, description: current.selected === null ? vscode.l10n.t('current') : '' },
      ...names.map((n) => ({ label: n, description: n === current.selected ? vscode.l10n.t('current') : '' })),
    ];
    const pick = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('httplens: Select Environment'),
      placeHolder: names.length ? vscode.l10n.t('Environments from http-client.env.json, .env and settings') : vscode.l10n.t('No environments found (http-client.env.json, .env, httplens.environments)'),
    });
    if (!pick) return;
    const name = pick.label === none ? null : pick.label;
    const result = (await c.sendRequest('httplens/setEnvironment', { name })) as { selected: string | null };
    await context.workspaceState.update(ENVIRONMENT_KEY, result.selected ?? undefined);
    showStatus(result.selected);
  };

  // ---- workspace trust ----
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void c.sendRequest('httplens/setTrust', { trusted: true });
    }),
  );
  const confirmUntrusted = async (): Promise<boolean> => {
    if (vscode.workspace.isTrusted) return true;
    const sendAnyway = vscode.l10n.t('Send');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('This workspace is in restricted mode. Send the request anyway? $processEnv, $dotenv and files outside the workspace stay unresolved.'),
      { modal: true },
      sendAnyway,
    );
    return answer === sendAnyway;
  };

  // ---- sending ----
  /** Passphrases of client keys (`SSLConfiguration.hasCertificatePassphrase`), asked once per session and file. */
  const passphrases = new Passphrases();
  const tlsFiles = async (url: string, s: ExtensionSettings, ssl?: SslConfiguration | null, passphrase?: string): Promise<{ plan: ReturnType<typeof planFor>; files: TlsFileContents }> => {
    // relative paths are taken from the workspace folder, `~/` from the home folder; the environment's
    // SSLConfiguration (absolute paths) goes over the settings
    const { plan, formats } = withSslConfiguration(resolvePlanPaths(planFor(url, s), vscode.workspace.workspaceFolders?.[0]?.uri.fsPath, homedir()), ssl, passphrase);
    const files: TlsFileContents = {};
    const pem = (bytes: Uint8Array | string) => (typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
    if (plan.caFile) files.ca = await readFile(plan.caFile, 'utf8');
    if (plan.certificate?.cert) files.cert = pem(tlsFileContents(await readFile(plan.certificate.cert), formats.cert, 'certificate', plan.certificate.cert));
    if (plan.certificate?.key) files.key = pem(tlsFileContents(await readFile(plan.certificate.key), formats.key, 'key', plan.certificate.key));
    if (plan.certificate?.pfx) files.pfx = await readFile(plan.certificate.pfx);
    return { plan, files };
  };

  /** Sends through the workspace's client (redirects, cookies, Digest, proxy, TLS per host); returns the final result and the hops. */
  const exchange = async (
    request: OutgoingRequest,
    extra: { auth?: DigestAuth; metadata: Record<string, string | true>; timeouts?: RequestTimeouts | null; secrets: readonly string[]; ssl?: SslConfiguration | null; passphrase?: string; insecure?: boolean },
    signal: AbortSignal,
  ): Promise<{ result: ClientResult; request: OutgoingRequest; redirects: { url: string; status: number }[] }> => {
    const s = settings();
    const { plan, files } = await tlsFiles(request.url, s, extra.ssl, extra.passphrase);
    const options: ClientOptions = { ...requestOptionsFor(request.url, plan, files, extra.metadata, extra.timeouts), signal };
    // httpYac's `# @noRejectUnauthorized`: this request does not verify the server certificate
    if (extra.insecure) options.insecure = true;
    if (extra.auth) options.auth = extra.auth;
    const c = httpClient ?? newClient();
    try {
      const body = request.bytes ?? request.body;
      const result = await c.send({ method: request.method, url: request.url, headers: request.headers, ...(request.target ? { target: request.target } : {}), ...(body !== undefined ? { body } : {}) }, options);
      // the log holds no credentials: URL passwords (of the proxy too) and private values are masked, as in the history
      const url = (u: string) => maskedUrl(u, extra.secrets);
      for (const hop of result.redirects) output.appendLine(`[redirect] ${hop.status} ${url(hop.url)} -> ${url(hop.location)}`);
      if (result.proxy) output.appendLine(`[proxy] ${url(request.url)} through ${url(result.proxy.url)}`);
      if (result.insecure) output.appendLine(`[tls] ${url(result.url)}: the certificate was not verified (${extra.insecure ? '# @noRejectUnauthorized' : extra.ssl?.verifyHostCertificate === false ? 'verifyHostCertificate: false' : 'httplens.tls.insecureHosts'})`);
      if (result.auth) output.appendLine(`[auth] ${result.auth.scheme} ${result.auth.accepted ? 'accepted' : 'rejected'}`);
      const final: OutgoingRequest = result.redirects.length === 0 ? request : { ...finalRequestOf(result, request), url: result.url };
      return { result, request: final, redirects: result.redirects.map((h) => ({ url: h.url, status: h.status })) };
    } finally {
      await saveCookies();
    }
  };

  const withProgress = async <T>(label: string, controller: AbortController, work: Promise<T>): Promise<T> => {
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: label, cancellable: true }, (_progress, token) => {
        token.onCancellationRequested(() => controller.abort());
        return work.then(
          () => undefined,
          () => undefined,
        );
      });
    }, 500);
    try {
      return await work;
    } finally {
      settled = true;
      clearTimeout(timer);
    }
  };

  const showResponse = async (record: ResponseRecord, s: ExtensionSettings) => {
    const doc = await vscode.workspace.openTextDocument(record.uri);
    if (doc.languageId !== 'http-message') await vscode.languages.setTextDocumentLanguage(doc, 'http-message');
    await vscode.window.showTextDocument(record.uri, { viewColumn: s.response.column === 'beside' ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preview: false, preserveFocus: true });
  };

  /** `pass`: the pass of a `# @loop` this is (its index, and the number of passes). */
  const sendResolved = async (resolved: ResolvedRequest, source: { uri: string; index: number } | undefined, pass?: { index: number; of: number }): Promise<boolean> => {
    const s = settings();
    if (resolved.authProblems && resolved.authProblems.length > 0) {
      // a request without its token would only be refused
      void vscode.window.showErrorMessage(vscode.l10n.t('This request cannot be sent: {0}', resolved.authProblems.join(' ')));
      return false;
    }
    if (!resolved.sendable) {
      // the errors that stop it (another protocol, a URL that is not http(s), a line break in a field), else every note
      const errors = resolved.diagnostics.filter((d) => d.severity === 1);
      const why = (errors.length > 0 ? errors : resolved.diagnostics).map((d) => d.message).join(' ');
      void vscode.window.showErrorMessage(vscode.l10n.t('This request cannot be sent: {0}', why || resolved.url));
      return false;
    }
    const omitted = omittedBodyReferences(resolved.values, omittedBodies);
    const first = omitted[0];
    if (first) {
      // it would resolve as not found, or `{{name.response.body}}` as empty: say why instead
      void vscode.window.showWarningMessage(
        vscode.l10n.t(
          '{0} refers to the body of the response of “{1}”, which was {2}, over httplens.response.largeBodyLimit, and was not kept for chaining because no open file referred to it. Send “{1}” again: its body is kept now that this file refers to it.',
          `{{${first.expression}}}`,
          first.name,
          formatSize(first.size),
        ),
      );
      return false;
    }
    const missing = unresolvedVariables(resolved.values);
    if (missing.length > 0) {
      // sent as they are they would go out as `{{name}}` (percent-encoded in the URL): usually no environment is selected
      const sendAnyway = vscode.l10n.t('Send Anyway');
      const select = vscode.l10n.t('Select Environment');
      const answer = await vscode.window.showWarningMessage(
        vscode.l10n.t('These variables have no value: {0}. Send the request with them as written?', missing.map((m) => `{{${m}}}`).join(', ')),
        { modal: true },
        sendAnyway,
        select,
      );
      if (answer === select) void selectEnvironment();
      if (answer !== sendAnyway) return false;
    }
    // `# @note`: ask before sending (REST Client, httpYac)
    const note = noteOf(resolved.metadata ?? {});
    if (note !== null) {
      const send = vscode.l10n.t('Send');
      const question = note ?? vscode.l10n.t('Are you sure you want to send {0} {1}?', resolved.method, resolved.url);
      if ((await vscode.window.showWarningMessage(question, { modal: true }, send)) !== send) return false;
    }
    // the environment's SSLConfiguration (not in a restricted workspace: its files could name any key, and turn
    // verification off); a key with a passphrase is asked for once per session
    const trustedSsl = vscode.workspace.isTrusted && resolved.trusted;
    if (resolved.ssl && !trustedSsl) output.appendLine('[tls] the SSLConfiguration of the environment is not applied in a restricted workspace');
    const ssl = trustedSsl ? (resolved.ssl ?? null) : null;
    for (const note of ssl?.ignored ?? []) output.appendLine(`[tls] ${note} is not used`);
    const passphraseFile = passphraseFileOf(ssl);
    let passphrase: string | undefined;
    if (passphraseFile !== undefined) {
      passphrase = await passphrases.get(passphraseFile, () =>
        vscode.window.showInputBox({ title: vscode.l10n.t('Passphrase of {0}', passphraseFile), prompt: vscode.l10n.t('The client certificate of the environment has a passphrase (hasCertificatePassphrase).'), password: true, ignoreFocusOut: true }),
      );
      if (passphrase === undefined) return false;
    }
    const { request, auth } = prepareRequest(resolved, s.defaultHeaders);
    const controller = new AbortController();
    inFlight.add(controller);
    // httpYac's `# @sleep`: a wait first, which Cancel Request ends (and the request is not sent)
    if (resolved.sleep) {
      const waited = await withProgress(vscode.l10n.t('Waiting {0} ms (# @sleep)…', resolved.sleep), controller, new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(true), resolved.sleep as number);
        controller.signal.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve(false);
        });
      })).catch(() => false);
      if (!waited || controller.signal.aborted) {
        inFlight.delete(controller);
        return false;
      }
    }
    const startedAt = Date.now();
    const privateValues = privateValuesOf(resolved.values);
    const historyBase = { time: startedAt, ...(source ? { source: { ...source, ...(resolved.name ? { name: resolved.name } : {}) } } : {}) };
    try {
      const { result, request: finalRequest, redirects } = await withProgress(vscode.l10n.t('Sending {0} {1}…', request.method, request.url), controller, exchange(request, { ...(auth ? { auth } : {}), metadata: resolved.metadata ?? {}, ...(resolved.insecure ? { insecure: true } : {}), ...(resolved.timeouts !== undefined ? { timeouts: resolved.timeouts } : {}), secrets: privateValues, ssl, ...(passphrase !== undefined ? { passphrase } : {}) }, controller.signal));
      const responseTime = Date.now();
      const record = responses.create({ request: finalRequest, result, redirects }, s.response);
      output.appendLine(`[send] ${request.method} ${maskedUrl(request.url, privateValues)} -> ${result.status} ${result.reason} (${Math.round(result.timings.total)} ms)`);
      const { start, headLength, large } = record.rendered;
      // a large response: the head and the first bytes of its body, flagged (the server reports nothing about the cut)
      const infoPlan = responseInfoPlan({ length: result.raw.received.length, start, headEnd: start + headLength }, large, result.truncated);
      // the response is received: chaining and history come before the analysis, and none of them fails the send
      await afterResponse(
        [
          { name: 'showing the response', run: () => showResponse(record, s) },
          // the output redirects (`>> ./out/me.json`): the body written beside the .http file
          source && resolved.redirects && resolved.redirects.length > 0 ? { name: 'output redirects', run: () => writeRedirects(resolved.redirects ?? [], result.body, source.uri) } : undefined,
          resolved.name
            ? {
                name: 'httplens/responseReceived',
                run: () => {
                  const name = resolved.name as string;
                  // a large body only when an open file refers to it; else a request that does is told why it is missing
                  const keep = keepsBodyForChaining(large, name, openHttpTexts());
                  if (keep) omittedBodies.delete(name);
                  else omittedBodies.set(name, result.body.length);
                  if (!keep) output.appendLine(`[send] the body of ${name} (${formatSize(result.body.length)}) is not kept for chaining: no open file refers to {{${name}.response.body}}`);
                  return c.sendRequest('httplens/responseReceived', {
                    name,
                    request: { headers: finalRequest.headers, ...(finalRequest.body !== undefined ? { body: finalRequest.body } : {}) },
                    response: { status: result.status, headers: result.headers, ...(keep ? { body: responses.bodyTextOf(record) } : { bodyOmitted: { length: result.body.length } }) },
                    ...(pass ? { pass } : {}),
                  });
                },
              }
            : undefined,
          // the JetBrains HTTP Client's `# @no-log`: sent, but not kept in the history
          keptInHistory(resolved.metadata)
            ? { name: 'history', run: () => addHistory(createHistoryEntry(request, { ...historyBase, status: result.status, reason: result.reason, duration: Math.round(result.timings.total) }, privateValues)) }
            : undefined,
          {
            name: 'httplens/responseInfo',
            run: async () => {
              const info = (await c.sendRequest('httplens/responseInfo', {
                text: start === 0 && infoPlan.end === result.raw.received.length ? latin1Of(result.raw.received) : latin1Of(result.raw.received.subarray(start, infoPlan.end)),
                ...(infoPlan.partialBody ? { partialBody: infoPlan.partialBody } : {}),
                request: { method: finalRequest.method, url: finalRequest.url, headers: finalRequest.headers },
                // the request's httpYac assert lines checked against the decoded body, and its JetBrains handlers' client.global.set applied
                ...(source && (resolved.asserts || resolved.handlers) ? { exchange: { textDocument: { uri: source.uri }, index: source.index, body: responses.bodyTextOf(record), timings: assertTimings(result.timings) } } : {}),
                requestTime: startedAt,
                responseTime,
                now: responseTime,
              })) as ResponseInfo;
              responses.setInfo(record, info);
              if (info.globals?.set.length) output.appendLine(`[handler] client.global.set: ${info.globals.set.join(', ')}`);
              if (info.globals?.notSet.length) output.appendLine(`[handler] not set (JavaScript httplens does not run, or a path the response does not have): ${info.globals.notSet.join(', ')}`);
              for (const a of info.asserts ?? []) output.appendLine(`[assert] ${a.outcome === 'passed' ? '✔' : a.outcome === 'failed' ? '✖' : '–'} ${a.message}${a.skipped ? ` (not checked: ${a.skipped})` : ''}`);
            },
          },
        ],
        (line) => output.appendLine(line),
      );
      return true;
    } catch (e) {
      const err = e as Error & { code?: string };
      const aborted = controller.signal.aborted;
      // a wrong passphrase is asked for again on the next send
      if (passphraseFile !== undefined && (err.code === 'HTTPLENS_TLS_FAILED' || /decrypt|passphrase|password/i.test(err.message))) passphrases.forget(passphraseFile);
      if (keptInHistory(resolved.metadata)) await addHistory(createHistoryEntry(request, { ...historyBase, error: err.code ?? err.message }, privateValues));
      // a transport error in the editor's language (its code says what happened), then the details in English
      const known = err.code !== undefined && Object.prototype.hasOwnProperty.call(ERROR_CODES, err.code);
      const plain = known ? `${describeErrorCode(err.code as TransportErrorCode, uiLocale())} (${err.message})` : err.message;
      const failure = vscode.l10n.t('{0} {1} failed: {2}', request.method, request.url, `${err.code ? `${err.code}: ` : ''}${plain}`);
      const untrustedHost = err.code === 'HTTPLENS_TLS_CERT_INVALID' ? insecureHostFor(request.url) : undefined;
      if (aborted) void vscode.window.showInformationMessage(vscode.l10n.t('Request cancelled: {0} {1}', request.method, request.url));
      else if (untrustedHost) void offerInsecureHost(failure, untrustedHost);
      else void vscode.window.showErrorMessage(failure);
      output.appendLine(`[send] ${request.method} ${maskedUrl(request.url, privateValues)} failed: ${err.code ?? ''} ${maskSecrets(err.message, privateValues)}`);
      // what arrived of a response cut short (a server that closed the connection mid-body)
      const received = (err as { context?: { received?: Uint8Array } }).context?.received;
      if (received && received.length > 0) output.appendLine(`[send] received before the error (${received.length} bytes):\n${maskSecrets(new TextDecoder().decode(received.subarray(0, 4000)), privateValues)}`);
      return false;
    } finally {
      inFlight.delete(controller);
      if (inFlight.size === 0) for (const old of retired.splice(0)) old.close();
    }
  };

  /** The editor's file system, for `writeOutputRedirects`. */
  const outputFiles: OutputFiles = {
    exists: (path) => Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.file(path))).then(() => true, () => false),
    createDirectory: async (path) => vscode.workspace.fs.createDirectory(vscode.Uri.file(path)),
    writeFile: async (path, bytes) => vscode.workspace.fs.writeFile(vscode.Uri.file(path), bytes),
  };

  /** Writes a response body where the request's output redirects say (relative to its file; only a file on disk has a folder). */
  const writeRedirects = async (redirects: { path: string; force: boolean }[], body: Uint8Array, documentUri: string) => {
    const uri = vscode.Uri.parse(documentUri);
    if (uri.scheme !== 'file') {
      output.appendLine(`[save] not written (the file is not saved on disk): ${redirects.map((o) => o.path).join(', ')}`);
      return;
    }
    const folder = vscode.Uri.joinPath(uri, '..').fsPath;
    for (const w of await writeOutputRedirects(redirects, body, folder, outputFiles, uiLocale())) {
      if ('problem' in w) {
        output.appendLine(`[save] ${w.path}: not written: ${w.problem}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('The response body was not written to {0}: {1}', w.path, w.problem));
      } else {
        output.appendLine(`[save] the response body was written to ${w.path}`);
        void vscode.window.setStatusBarMessage(vscode.l10n.t('Response body written to {0}', w.path), 5000);
      }
    }
  };

  /** A certificate that failed verification (self-signed test servers): offer to add its host to httplens.tls.insecureHosts. */
  const offerInsecureHost = async (failure: string, host: string) => {
    const allow = vscode.l10n.t('Do Not Verify {0}', host);
    const answer = await vscode.window.showErrorMessage(`${failure} ${vscode.l10n.t('For a test server, add "{0}" to httplens.tls.insecureHosts to send without verifying its certificate.', host)}`, allow);
    if (answer !== allow) return;
    const config = vscode.workspace.getConfiguration('httplens.tls');
    const current = config.get<unknown>('insecureHosts');
    const list = Array.isArray(current) ? current.filter((x): x is string => typeof x === 'string') : [];
    if (!list.includes(host)) await config.update('insecureHosts', [...list, host], vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
  };

  const addHistory = async (entry: HistoryEntry) => {
    const list = context.globalState.get<HistoryEntry[]>(HISTORY_KEY, []);
    await context.globalState.update(HISTORY_KEY, addToHistory(list, entry, settings().historyMax));
  };

  const documentFor = async (uri: unknown): Promise<vscode.TextDocument | undefined> => {
    if (typeof uri === 'string') return vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
    return vscode.window.activeTextEditor?.document;
  };

  const positionOf = (document: vscode.TextDocument, index: unknown, name?: string): vscode.Position | undefined => {
    if (typeof index !== 'number') {
      const editor = vscode.window.activeTextEditor;
      return editor && editor.document === document ? editor.selection.active : undefined;
    }
    const request = findSourceRequest(parseHttpFile(document.getText()).requests, name !== undefined ? { index, name } : { index });
    return request ? document.positionAt(request.span.offset) : undefined;
  };

  /** The request at a position as the server resolves it; `'disabled'` for one httpYac's `# @disabled` keeps from being sent. */
  const resolveAt = async (document: vscode.TextDocument, position: vscode.Position, overrides?: Record<string, string>, loop?: LoopPass, answers?: Answers): Promise<ResolvedRequest | 'disabled' | undefined> => {
    await c.start();
    const resolved = (await c.sendRequest('httplens/requestAt', { textDocument: { uri: document.uri.toString() }, position: { line: position.line, character: position.character }, ...(overrides ? { overrides } : {}), ...(loop ? { loop } : {}), ...(answers ? { answers } : {}) })) as
      | ResolvedRequest
      | { cancelled: true }
      | { disabled: true; method: string; url: string; diagnostics: { message: string }[] }
      | null;
    if (!resolved) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No request at the cursor.'));
      return undefined;
    }
    if ('cancelled' in resolved && resolved.cancelled) return undefined;
    if ('disabled' in resolved && resolved.disabled) {
      output.appendLine(`[send] ${resolved.method} ${resolved.url}: not sent (# @disabled)${resolved.diagnostics.map((d) => ` ${d.message}`).join('')}`);
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Not sent: # @disabled'), 5000);
      return 'disabled';
    }
    return resolved as ResolvedRequest;
  };

  /**
   * Sends the request at `position`, after the requests httpYac's `# @ref name` (without a response yet) and
   * `# @forceRef name` name there, as the language server lists them; false when one is not sent.
   */
  const sendAt = async (document: vscode.TextDocument, position: vscode.Position, overrides?: Record<string, string>): Promise<boolean> => {
    await c.start();
    const textDocument = { uri: document.uri.toString() };
    const before = (await c.sendRequest('httplens/requestsBefore', { textDocument, position: { line: position.line, character: position.character } })) as {
      requests: { index: number; name: string | null; position: { line: number; character: number }; uri?: string }[];
    } | null;
    for (const r of before?.requests ?? []) {
      output.appendLine(`[send] ${r.name ?? ''} first (# @ref)`);
      // a request of a file that `# @import` names is sent from that file (opened for the language server)
      const there = r.uri && r.uri !== textDocument.uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(r.uri)) : document;
      const resolved = await resolveAt(there, new vscode.Position(r.position.line, r.position.character));
      if (resolved === 'disabled') continue;
      if (!resolved || !(await sendResolved(resolved, { uri: there.uri.toString(), index: resolved.index }))) return false;
    }
    // httpYac's `# @loop`: one exchange for each pass; a loop httplens does not read is not sent
    const loop = (await c.sendRequest('httplens/loopAt', { textDocument, position: { line: position.line, character: position.character } })) as { passes: LoopPass[] } | { problem: string } | null;
    if (loop && 'problem' in loop) {
      output.appendLine(`[send] not sent: ${loop.problem}`);
      void vscode.window.showErrorMessage(loop.problem);
      return false;
    }
    // what the first pass asked (@prompt variables, httpYac questions) is not asked again for the others, as the command line does
    let answers: Answers | undefined;
    for (const pass of loop ? loop.passes : [undefined]) {
      if (pass) output.appendLine(`[send] # @loop ${pass.index + 1}/${loop?.passes.length ?? 0}`);
      const resolved = await resolveAt(document, position, overrides, pass, answers);
      // a disabled request is passed over, as httpYac does: a run goes on
      if (resolved === 'disabled') return true;
      if (!resolved || !(await sendResolved(resolved, { uri: textDocument.uri, index: resolved.index }, pass && loop && !('problem' in loop) ? { index: pass.index, of: loop.passes.length } : undefined))) return false;
      answers = resolved.answers;
    }
    return true;
  };

  const sendCommand = async (uri?: unknown, index?: unknown, name?: string) => {
    const document = await documentFor(uri);
    if (!document || document.languageId !== 'http') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an .http file to send a request.'));
      return;
    }
    const position = positionOf(document, index, name);
    if (!position) {
      if (typeof index === 'number') void vscode.window.showWarningMessage(vscode.l10n.t('The request is no longer in {0}.', document.uri.path.split('/').pop() ?? ''));
      return;
    }
    if (!(await confirmUntrusted())) return;
    await sendAt(document, position);
  };

  const sendAllCommand = async (uri?: unknown) => {
    const document = await documentFor(uri);
    if (!document || document.languageId !== 'http') return;
    if (!(await confirmUntrusted())) return;
    // the requests as the language server reads the file (in its dialect: httpYac starts a request without ###), and
    // where a JetBrains run line stands, the requests it names (here, in an imported file, or a whole file)
    await c.start();
    await runSteps(document);
  };

  /** Sends what the language server plans for the document (`httplens/runPlan`), or for its `run` line at `position`. */
  const runSteps = async (document: vscode.TextDocument, position?: { line: number; character: number }) => {
    const plan = (await c.sendRequest('httplens/runPlan', { textDocument: { uri: document.uri.toString() }, ...(position ? { position } : {}) })) as {
      steps: ({ uri: string; position: { line: number; character: number }; overrides?: Record<string, string> } | { problem: string; target: string })[];
    } | null;
    if (position && plan?.steps.length === 0) void vscode.window.showInformationMessage(vscode.l10n.t('No run line at the cursor.'));
    for (const step of plan?.steps ?? []) {
      if ('problem' in step) {
        output.appendLine(`[run] ${step.target}: ${step.problem}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('run {0}: {1}', step.target, step.problem));
        continue;
      }
      const target = step.uri === document.uri.toString() ? document : await vscode.workspace.openTextDocument(vscode.Uri.parse(step.uri));
      // a cancelled, refused or failed request stops the run, like a failing step (whatever else is in flight)
      if (!(await sendAt(target, new vscode.Position(step.position.line, step.position.character), step.overrides))) return;
    }
  };

  /** What a JetBrains `run` line runs (the one at `position`, else at the cursor), one request after the other. */
  const sendRunCommand = async (uri?: unknown, position?: unknown) => {
    const document = await documentFor(uri);
    if (!document || document.languageId !== 'http') return;
    const at = isPosition(position) ? position : vscode.window.activeTextEditor?.document === document ? vscode.window.activeTextEditor.selection.active : undefined;
    if (!at) return;
    if (!(await confirmUntrusted())) return;
    await c.start();
    await runSteps(document, { line: at.line, character: at.character });
  };

  const requestAtCursor = async (): Promise<OutgoingRequest | undefined> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'http') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an .http file to send a request.'));
      return undefined;
    }
    const resolved = await resolveAt(editor.document, editor.selection.active);
    return resolved && resolved !== 'disabled' ? prepareRequest(resolved, settings().defaultHeaders).request : undefined;
  };

  const record = (uri: unknown): ResponseRecord | undefined =>
    responses.get(uri instanceof vscode.Uri ? uri : typeof uri === 'string' ? vscode.Uri.parse(uri) : vscode.window.activeTextEditor?.document.uri);

  const saveBytes = async (bytes: Uint8Array, name: string) => {
    const target = await vscode.window.showSaveDialog({ saveLabel: vscode.l10n.t('Save'), ...(vscode.workspace.workspaceFolders?.[0] ? { defaultUri: vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, name) } : {}) });
    if (target) await vscode.workspace.fs.writeFile(target, bytes);
  };

  const register = (id: string, fn: (...args: unknown[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  register('httplens.send', (uri, index) => sendCommand(uri, index));
  register('httplens.sendAll', (uri) => sendAllCommand(uri));
  register('httplens.sendRun', (uri, position) => sendRunCommand(uri, position));
  register('httplens.cancel', () => {
    for (const controller of inFlight) controller.abort();
  });
  register('httplens.copyText', async (value) => {
    if (typeof value !== 'string') return;
    await vscode.env.clipboard.writeText(value);
    void vscode.window.showInformationMessage(vscode.l10n.t('Copied to the clipboard.'));
  });
  register('httplens.copyAsCurl', async () => {
    const request = await requestAtCursor();
    if (!request) return;
    await vscode.env.clipboard.writeText(toCurl(request, { multiline: true }));
    void vscode.window.showInformationMessage(vscode.l10n.t('Copied to the clipboard.'));
  });
  register('httplens.pasteCurl', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const clip = await vscode.env.clipboard.readText();
    const curl = parseCurl(clip, { locale: uiLocale() });
    if (!curl.url) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The clipboard holds no curl command.'));
      return;
    }
    for (const d of curl.diagnostics) output.appendLine(`[curl] ${d.code}: ${d.message}`);
    await editor.edit((b) => b.replace(editor.selection, toHttpText(curl)));
  });
  register('httplens.generateSnippet', async () => {
    const request = await requestAtCursor();
    if (!request) return;
    const pick = await vscode.window.showQuickPick(
      SNIPPET_LANGUAGES.map((l) => ({ label: l.label, id: l.id, languageId: l.languageId })),
      { title: vscode.l10n.t('httplens: Generate Code Snippet') },
    );
    if (!pick) return;
    const doc = await vscode.workspace.openTextDocument({ language: pick.languageId, content: generateSnippet(pick.id, request) });
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside });
  });
  register('httplens.clearCookies', async () => {
    const count = jar.size;
    jar.clear();
    await saveCookies();
    void vscode.window.showInformationMessage(vscode.l10n.t('Cleared {0} cookies of this workspace.', count));
  });
  // JetBrains OAuth 2.0 tokens: a new one on request (its "force acquire"), and forgetting the kept ones
  register('httplens.acquireToken', async () => {
    const active = vscode.window.activeTextEditor?.document;
    const textDocument = active?.languageId === 'http' ? { uri: active.uri.toString() } : undefined;
    const list = (await c.sendRequest('httplens/authConfigurations', textDocument ? { textDocument } : {})) as AuthConfigurations;
    if (list.environment === null) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select an environment first: OAuth 2.0 configurations (Security.Auth) belong to an environment.'));
      return;
    }
    if (list.configurations.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The environment {0} has no OAuth 2.0 configuration (Security.Auth in http-client.env.json).', list.environment));
      return;
    }
    const locale = uiLocale();
    const items = tokenPickItems(list, Date.now(), {
      kept: (left) => vscode.l10n.t('A token is kept for {0} more.', left),
      keptForever: vscode.l10n.t('A token without an expiry is kept.'),
      none: vscode.l10n.t('No token is kept.'),
      refreshable: vscode.l10n.t('It came with a refresh token.'),
    }, locale);
    const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('httplens: Get a New OAuth 2.0 Token ({0})', list.environment) });
    if (!pick) return;
    const got = (await c.sendRequest('httplens/acquireToken', { ...(textDocument ? { textDocument } : {}), id: pick.id })) as
      | { accessToken: string; idToken?: string; expiresIn?: number }
      | { problem: string }
      | { cancelled: true };
    if ('cancelled' in got) return;
    if ('problem' in got) {
      void vscode.window.showErrorMessage(vscode.l10n.t('No token for {0}: {1}.', pick.id, got.problem));
      return;
    }
    const copy = vscode.l10n.t('Copy Access Token');
    const said = got.expiresIn !== undefined ? vscode.l10n.t('Got a new token for {0}, used for {1}.', pick.id, humanizeDuration(got.expiresIn, locale)) : vscode.l10n.t('Got a new token for {0}.', pick.id);
    if ((await vscode.window.showInformationMessage(said, copy)) === copy) await vscode.env.clipboard.writeText(got.accessToken);
  });
  register('httplens.forgetTokens', async () => {
    const r = (await c.sendRequest('httplens/forgetTokens', {})) as { forgotten: number };
    void vscode.window.showInformationMessage(vscode.l10n.t('Forgot {0} OAuth 2.0 tokens; the next requests get new ones.', r.forgotten));
  });
  register('httplens.analyseHeaders', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open or select the header fields to analyse first.'));
      return;
    }
    let content = editor.selection.isEmpty ? editor.document.getText() : editor.document.getText(editor.selection);
    content = content.replace(/^\s*\n/, '');
    const startLine = /^(?:HTTP\/\d(?:\.\d)? \d{3}|[A-Z][A-Z0-9_-]* \S+ HTTP\/\d(?:\.\d)?\s*$)/m;
    const first = content.split('\n', 1)[0] ?? '';
    if (!startLine.test(first)) content = `HTTP/1.1 200 OK\n${content}`;
    if (!/\n[ \t\r]*\n/.test(content)) content = `${content.trimEnd()}\n\n`;
    const doc = await vscode.workspace.openTextDocument({ language: 'http-message', content });
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside });
  });
  register('httplens.selectEnvironment', selectEnvironment);
  register('httplens.showHistory', async () => {
    const list = context.globalState.get<HistoryEntry[]>(HISTORY_KEY, []);
    if (list.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No requests sent yet.'));
      return;
    }
    const pick = await vscode.window.showQuickPick(
      list.map((e) => ({
        label: `${e.method} ${e.url}`,
        description: e.status !== undefined ? `${e.status} ${e.reason ?? ''}` : e.error ?? '',
        detail: `${new Date(e.time).toLocaleString()}${e.duration !== undefined ? ` · ${e.duration} ms` : ''}${e.source ? ` · ${vscode.Uri.parse(e.source.uri).path.split('/').pop() ?? ''}` : ''}`,
        entry: e,
      })),
      { title: vscode.l10n.t('httplens: History (select to send again)'), matchOnDescription: true },
    );
    if (!pick) return;
    const e = pick.entry;
    if (e.source) {
      // re-resolve from the file so secrets (masked in the history) come back from their source
      // by name when it has one: requests added or removed above it shift the indexes
      await sendCommand(e.source.uri, e.source.index, e.source.name);
      return;
    }
    if ([e.url, e.target ?? '', e.body ?? '', ...e.headers.map(([, v]) => v)].some((v) => v.includes(MASK))) {
      // never send a masked credential: the entry has no file to resolve it from
      void vscode.window.showWarningMessage(vscode.l10n.t('This entry holds masked credentials and no longer has its .http file: send it from the file instead.'));
      return;
    }
    await sendResolved({ index: 0, name: null, method: e.method, url: e.url, target: e.target ?? null, headers: e.headers, body: e.body ?? null, bodyBase64: e.bodyBase64 ?? null, sendable: true, auth: null, metadata: {}, values: [], diagnostics: [], trusted: vscode.workspace.isTrusted }, undefined);
  });
  register('httplens.clearHistory', async () => {
    await context.globalState.update(HISTORY_KEY, []);
  });
  register('httplens.restartServer', async () => {
    await c.restart();
  });
  register('httplens.toggleRaw', (uri) => {
    const r = record(uri);
    if (r) responses.toggleRaw(r);
  });
  register('httplens.saveResponse', async (uri) => {
    const r = record(uri);
    if (r) await saveBytes(r.result.raw.received, 'response.http');
  });
  register('httplens.saveBody', async (uri) => {
    const r = record(uri);
    if (r) await saveBytes(r.result.body, `body${bodyExtension(r.rendered.type)}`);
  });
  register('httplens.openBody', async (uri) => {
    const r = record(uri);
    if (!r) return;
    // the whole body as text, as it came (not laid out), in a read-only document
    const doc = await vscode.workspace.openTextDocument(responses.bodyUri(r));
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Active, preview: false });
  });
  register('httplens.showResponseDetails', (uri) => {
    const r = record(uri);
    if (!r) return;
    const panel = vscode.window.createWebviewPanel('httplens.details', vscode.l10n.t('Response {0} {1}', r.result.status, r.result.reason), vscode.ViewColumn.Beside, { enableScripts: false });
    panel.webview.html = detailsHtml(r, panel.webview.cspSource);
  });

  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('httplens.send.enabled')) sendEnabled = updateSendEnabled();
      if (e.affectsConfiguration('httplens')) reportSettingsProblems();
      if (['http.proxy', 'http.proxyStrictSSL', 'http.noProxy', 'httplens.followRedirects', 'httplens.maxRedirects', 'httplens.timeouts'].some((k) => e.affectsConfiguration(k))) newClient();
    }),
    vscode.extensions.onDidChange(() => {
      sendEnabled = updateSendEnabled();
    }),
  );

  // the server starts in the background: activation does not wait for it (requests wait in resolveAt)
  void c
    .start()
    .then(async () => {
      const stored = context.workspaceState.get<string>(ENVIRONMENT_KEY);
      if (stored) {
        const r = (await c.sendRequest('httplens/setEnvironment', { name: stored })) as { selected: string | null };
        showStatus(r.selected);
      }
      output.appendLine(`[activate] language server ready after ${Math.round(performance.now() - started)} ms`);
    })
    .catch((e: unknown) => {
      // commands stay registered; the client restarts the server on its own or through "Restart Language Server"
      output.appendLine(`[activate] the language server did not start: ${(e as Error).message}`);
    });
  output.appendLine(`[activate] httplens activated in ${Math.round(performance.now() - started)} ms`);
}

/** The method and fields of the last request of a redirected exchange, read from the bytes sent (the body only when kept). */
function finalRequestOf(result: ClientResult, original: OutgoingRequest): OutgoingRequest {
  const sent = latin1Of(result.raw.sent);
  const end = sent.indexOf('\r\n\r\n');
  const lines = sent.slice(0, end < 0 ? sent.length : end).split('\r\n');
  const method = (lines[0] ?? '').split(' ', 1)[0] || original.method;
  const headers: [string, string][] = [];
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
  }
  const keepsBody = method === original.method && (original.body !== undefined || original.bytes !== undefined);
  return { method, url: original.url, headers, ...(keepsBody && original.body !== undefined ? { body: original.body } : {}), ...(keepsBody && original.bytes ? { bytes: original.bytes } : {}) };
}

function latin1Of(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

export async function deactivate(): Promise<void> {
  for (const controller of inFlight) controller.abort();
  httpClient?.close();
  if (client) await client.stop();
}

export { RESPONSE_SCHEME };
