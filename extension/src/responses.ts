// Response documents: read-only virtual documents (`httplens-response:`) in the `http-message` language, their
// diagnostics, the caching summary as hover and code lens on the status line, and a details webview.
import * as vscode from 'vscode';
import { text, type SendResult } from '@httplens/transport';
import { bodyExtension, formatSize, isLarge } from './large.js';
import { bodyKind, finalHead, latin1, lineOf, placeRange, renderLarge, renderResponse, mediaType, sniffBinaryType, type LspRange, type Rendered } from './render.js';

export const RESPONSE_SCHEME = 'httplens-response';

interface LspDiagnostic {
  range: LspRange;
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
}

export interface ResponseInfo {
  diagnostics: LspDiagnostic[];
  caching: { shared: { summary: string }; private: { summary: string } };
  /** The request's httpYac assert lines checked against the response (when it has some). */
  asserts?: { text: string; outcome: 'passed' | 'failed' | 'skipped'; message: string; skipped?: string }[];
  /** The variables the request's response handlers set (`client.global.set`), and those they could not. */
  globals?: { set: string[]; notSet: string[] };
}

export interface ResponseRecord {
  uri: vscode.Uri;
  request: { method: string; url: string; headers: [string, string][]; body?: string };
  result: SendResult;
  rendered: Rendered;
  raw: boolean;
  info?: ResponseInfo;
  /** The decoded body as text; not made for a large response until it is asked for (see `bodyTextOf`). */
  bodyText?: string;
  redirects: { url: string; status: number }[];
}

export class ResponseStore implements vscode.TextDocumentContentProvider, vscode.HoverProvider, vscode.CodeLensProvider {
  private readonly records = new Map<string, ResponseRecord>();
  /** Documents of the whole body of a large response (“Open Body in Editor”), each with its response. */
  private readonly bodies = new Map<string, ResponseRecord>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly lensesChanged = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  readonly onDidChangeCodeLenses = this.lensesChanged.event;
  readonly diagnostics = vscode.languages.createDiagnosticCollection('httplens-response');
  private counter = 0;

  register(context: vscode.ExtensionContext): void {
    const selector = { scheme: RESPONSE_SCHEME };
    context.subscriptions.push(
      vscode.workspace.registerTextDocumentContentProvider(RESPONSE_SCHEME, this),
      vscode.languages.registerHoverProvider(selector, this),
      vscode.languages.registerCodeLensProvider(selector, this),
      this.diagnostics,
      this.changed,
      this.lensesChanged,
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.scheme === RESPONSE_SCHEME) {
          this.records.delete(d.uri.toString());
          this.bodies.delete(d.uri.toString());
          this.diagnostics.delete(d.uri);
        }
      }),
    );
  }

  /**
   * A response document's record. A response over `largeBodyLimit` megabytes is shown as its head, its size and a note
   * (its body is not decoded); any other is decoded and laid out.
   */
  create(init: Omit<ResponseRecord, 'uri' | 'rendered' | 'raw' | 'bodyText'>, options: { prettyPrint: boolean; maxBodySize: number; largeBodyLimit: number }): ResponseRecord {
    this.counter++;
    const label = `${init.result.status} ${init.request.method} ${safeName(init.request.url)}`;
    const uri = vscode.Uri.from({ scheme: RESPONSE_SCHEME, path: `/${this.counter}/${label}.httpmsg` });
    const r = init.result;
    const head = finalHead(r.raw.received, r.interim.length);
    const large = isLarge({ body: r.body.length, wireBody: r.raw.received.length - head.end }, options.largeBodyLimit);
    const bodyText = large ? undefined : text(r);
    const rendered = bodyText === undefined ? renderBig(r, options.largeBodyLimit) : render(r, bodyText, options);
    const record: ResponseRecord = { ...init, uri, rendered, raw: false, ...(bodyText !== undefined ? { bodyText } : {}) };
    this.records.set(uri.toString(), record);
    return record;
  }

  /** The whole body of a response as text (decoded from its charset, not laid out). */
  bodyTextOf(record: ResponseRecord): string {
    return record.bodyText ?? text(record.result);
  }

  /** A read-only document of the whole body of a response (its language from its media type), opened on request. */
  bodyUri(record: ResponseRecord): vscode.Uri {
    const uri = record.uri.with({ path: record.uri.path.replace(/\/[^/]*$/, `/body${bodyExtension(record.rendered.type) || '.txt'}`) });
    this.bodies.set(uri.toString(), record);
    return uri;
  }

  get(uri: vscode.Uri | undefined): ResponseRecord | undefined {
    return uri ? this.records.get(uri.toString()) : undefined;
  }

  setInfo(record: ResponseRecord, info: ResponseInfo): void {
    record.info = info;
    const headLines = lineOf(record.rendered.text, record.rendered.headLength) - 1;
    const statusLine = record.rendered.text.split(/\r?\n/, 1)[0] ?? '';
    const list = info.diagnostics.map((d) => {
      const r = placeRange(d.range, Math.max(1, headLines), statusLine.length);
      const diagnostic = new vscode.Diagnostic(
        new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character),
        d.message,
        lspSeverity(d.severity),
      );
      diagnostic.source = 'httplens';
      if (d.code !== undefined) diagnostic.code = d.codeDescription ? { value: d.code, target: vscode.Uri.parse(d.codeDescription.href) } : d.code;
      return diagnostic;
    });
    // a failed assert (`?? status == 200`) is an error on the status line, one not checked (JavaScript) a note
    for (const a of info.asserts ?? []) {
      if (a.outcome === 'passed') continue;
      const failed = a.outcome === 'failed';
      const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, statusLine.length), failed ? `?? ${a.message}` : vscode.l10n.t('?? {0} was not checked: httplens does not run JavaScript or read that field.', a.message), failed ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Information);
      diagnostic.source = 'httplens';
      diagnostic.code = 'assert';
      list.push(diagnostic);
    }
    this.diagnostics.set(record.uri, record.raw ? list.filter((d) => d.range.start.line < Math.max(1, headLines)) : list);
    this.lensesChanged.fire();
  }

  toggleRaw(record: ResponseRecord): void {
    // a large response shows its head as received in both views
    if (record.rendered.large) return;
    record.raw = !record.raw;
    this.changed.fire(record.uri);
    if (record.info) this.setInfo(record, record.info);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const body = this.bodies.get(uri.toString());
    if (body) return this.bodyTextOf(body);
    const record = this.records.get(uri.toString());
    if (!record) return vscode.l10n.t('This response is no longer available.');
    if (record.raw) return latin1(record.result.raw.received, record.rendered.start);
    return record.rendered.text;
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const record = this.records.get(document.uri.toString());
    if (!record?.info || position.line !== 0) return undefined;
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${vscode.l10n.t('Shared cache')}**: `).appendText(record.info.caching.shared.summary);
    md.appendMarkdown(`\n\n**${vscode.l10n.t('Private cache')}**: `).appendText(record.info.caching.private.summary);
    const t = record.result.timings;
    md.appendMarkdown(`\n\n${vscode.l10n.t('{0} ms in total, first byte after {1} ms', Math.round(t.total), Math.round(t.firstByte))}`);
    return new vscode.Hover(md, document.lineAt(0).range);
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const record = this.records.get(document.uri.toString());
    if (!record) return [];
    const range = new vscode.Range(0, 0, 0, 0);
    const lenses: vscode.CodeLens[] = [];
    if (record.info?.asserts && record.info.asserts.length > 0) {
      const count = (outcome: string) => record.info?.asserts?.filter((a) => a.outcome === outcome).length ?? 0;
      const title = vscode.l10n.t('Asserts: {0} passed, {1} failed, {2} not checked', count('passed'), count('failed'), count('skipped'));
      lenses.push(new vscode.CodeLens(range, { title: `${count('failed') > 0 ? '✖' : '✔'} ${title}`, tooltip: record.info.asserts.map((a) => `${a.outcome === 'passed' ? '✔' : a.outcome === 'failed' ? '✖' : '–'} ${a.message}`).join('\n'), command: 'httplens.showResponseDetails', arguments: [document.uri] }));
    }
    if (record.info) {
      lenses.push(
        new vscode.CodeLens(range, { title: `${vscode.l10n.t('Shared cache')}: ${short(record.info.caching.shared.summary)}`, tooltip: record.info.caching.shared.summary, command: 'httplens.showResponseDetails', arguments: [document.uri] }),
        new vscode.CodeLens(range, { title: `${vscode.l10n.t('Private cache')}: ${short(record.info.caching.private.summary)}`, tooltip: record.info.caching.private.summary, command: 'httplens.showResponseDetails', arguments: [document.uri] }),
      );
    }
    if (record.rendered.large) {
      if (!record.rendered.binary) lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('Open Body in Editor'), command: 'httplens.openBody', arguments: [document.uri] }));
      lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('Save Full Body'), command: 'httplens.saveBody', arguments: [document.uri] }));
      lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('Details'), command: 'httplens.showResponseDetails', arguments: [document.uri] }));
      return lenses;
    }
    lenses.push(new vscode.CodeLens(range, { title: record.raw ? vscode.l10n.t('Show Decoded Body') : vscode.l10n.t('Show Raw Bytes'), command: 'httplens.toggleRaw', arguments: [document.uri] }));
    lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('Details'), command: 'httplens.showResponseDetails', arguments: [document.uri] }));
    if (record.rendered.truncated || record.rendered.binary) lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('Save Full Body'), command: 'httplens.saveBody', arguments: [document.uri] }));
    return lenses;
  }
}

function short(s: string): string {
  return s.length > 90 ? `${s.slice(0, 89)}…` : s;
}

function safeName(url: string): string {
  let name = url;
  try {
    const u = new URL(url);
    name = `${u.host}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    // keep as written
  }
  return name.replace(/[\\/:*?"<>|#%]+/g, '_').slice(0, 60);
}

function lspSeverity(s: number | undefined): vscode.DiagnosticSeverity {
  switch (s) {
    case 1:
      return vscode.DiagnosticSeverity.Error;
    case 3:
      return vscode.DiagnosticSeverity.Information;
    case 4:
      return vscode.DiagnosticSeverity.Hint;
    default:
      return vscode.DiagnosticSeverity.Warning;
  }
}

export function render(result: SendResult, bodyText: string, options: { prettyPrint: boolean; maxBodySize: number }): Rendered {
  return renderResponse(
    { received: result.raw.received, interim: result.interim.length, headers: result.headers, bodyText, bodyLength: result.body.length, body: result.body, cut: result.truncated },
    {
      ...options,
      truncatedNote: vscode.l10n.t('… body cut after {0} of {1} characters: use “Save Full Body”.', '{shown}', '{total}'),
      binaryNote: vscode.l10n.t('[{0} bytes of {1}: use “Details” to see an image or “Save Full Body” to keep it]', '{size}', '{type}'),
      cutNote: vscode.l10n.t('[the response is larger than the {0} bytes kept: the rest of its body was not read]', '{size}'),
    },
  );
}

/** A large response: its head and a note with the body's size and the ways to open or save it. */
function renderBig(result: SendResult, limitMB: number): Rendered {
  const input = { received: result.raw.received, interim: result.interim.length, headers: result.headers, bodyLength: result.body.length, body: result.body, cut: result.truncated };
  const size = formatSize(result.body.length);
  const args = [size, String(result.body.length), String(limitMB)] as const;
  const note = bodyKind(result.headers, result.body.length, result.body).binary
    ? `${vscode.l10n.t('[The body is {0} ({1} bytes), over httplens.response.largeBodyLimit ({2} MB), and not text: it is not shown.', ...args)}\n${vscode.l10n.t('Use “Save Full Body” above or in the editor title menu.]')}`
    : `${vscode.l10n.t('[The body is {0} ({1} bytes), over httplens.response.largeBodyLimit ({2} MB): it is not shown.', ...args)}\n${vscode.l10n.t('Use “Open Body in Editor” or “Save Full Body” above, or the editor title menu.]')}`;
  const cut = result.truncated ? `\n${vscode.l10n.t('[the response is larger than the {0} bytes kept: the rest of its body was not read]', String(result.body.length))}` : '';
  return renderLarge(input, `${note}${cut}`);
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The details webview: timings bar, sizes, TLS, redirects, and the image for image bodies. */
export function detailsHtml(record: ResponseRecord, cspSource: string): string {
  const r = record.result;
  const t = r.timings;
  // The bar's phases follow one another; the request phase (connection ready to the last byte written) overlaps the
  // first byte's (counted from the head written), so it is a row of the table only.
  const phases: [string, number, string][] = [
    [vscode.l10n.t('Wait'), t.wait, '#8f8f8f'],
    [vscode.l10n.t('DNS'), t.dns, '#6a9fb5'],
    [vscode.l10n.t('Connect'), t.connect, '#90a959'],
    [vscode.l10n.t('TLS'), t.tls, '#d28445'],
    [vscode.l10n.t('First byte'), t.firstByte, '#aa759f'],
    [vscode.l10n.t('Download'), t.download, '#75b5aa'],
  ];
  const total = Math.max(1, phases.reduce((a, [, v]) => a + v, 0));
  const bar = phases
    .filter(([, v]) => v > 0)
    .map(([name, v, color]) => `<div title="${escapeHtml(name)} ${v.toFixed(1)} ms" style="width:${((v / total) * 100).toFixed(2)}%;background:${color}"></div>`)
    .join('');
  const listed: [string, number][] = phases.map(([name, v]) => [name, v]);
  listed.splice(4, 0, [vscode.l10n.t('Request written'), t.request]);
  const rows = listed.map(([name, v]) => `<tr><th>${escapeHtml(name)}</th><td>${v.toFixed(1)} ms</td></tr>`).join('');
  const headEnd = record.rendered.headLength;
  const sizes = [
    [vscode.l10n.t('Sent'), `${r.raw.sent.length} B`],
    [vscode.l10n.t('Received'), `${r.raw.received.length} B`],
    [vscode.l10n.t('Head'), `${headEnd} B`],
    [vscode.l10n.t('Body (decoded)'), `${r.body.length} B${r.decoded.length ? ` (${r.decoded.join(', ')})` : ''}`],
  ]
    .map(([k, v]) => `<tr><th>${escapeHtml(k as string)}</th><td>${escapeHtml(v as string)}</td></tr>`)
    .join('');
  let tls = '';
  if (r.tls) {
    const c = r.tls.certificate;
    const items: [string, string][] = [
      [vscode.l10n.t('Protocol'), r.tls.protocol ?? ''],
      [vscode.l10n.t('Cipher'), r.tls.cipher],
      ['ALPN', String(r.tls.alpnProtocol || '—')],
      [vscode.l10n.t('Verified'), r.tls.authorized ? vscode.l10n.t('yes') : `${vscode.l10n.t('no')} (${r.tls.authorizationError ?? ''})`],
    ];
    if (c) items.push([vscode.l10n.t('Subject'), c.subject], [vscode.l10n.t('Issuer'), c.issuer], [vscode.l10n.t('Valid'), `${c.validFrom} – ${c.validTo}`], ['SHA-256', c.fingerprint256]);
    tls = `<h2>TLS</h2><table>${items.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>`;
  }
  const redirects = record.redirects.length
    ? `<h2>${escapeHtml(vscode.l10n.t('Redirects'))}</h2><ol>${record.redirects.map((h) => `<li>${h.status} ${escapeHtml(h.url)}</li>`).join('')}</ol>`
    : '';
  const type = mediaType(r.headers) || (sniffBinaryType(r.body) ?? '');
  const image =
    type.startsWith('image/') && type !== 'image/svg+xml' && r.body.length > 0 && r.body.length < 8 * 1024 * 1024
      ? `<h2>${escapeHtml(vscode.l10n.t('Image'))}</h2><img alt="" src="data:${escapeHtml(type)};base64,${Buffer.from(r.body).toString('base64')}">`
      : '';
  const caching = record.info
    ? `<h2>${escapeHtml(vscode.l10n.t('Caching'))}</h2><p><b>${escapeHtml(vscode.l10n.t('Shared cache'))}</b>: ${escapeHtml(record.info.caching.shared.summary)}</p><p><b>${escapeHtml(vscode.l10n.t('Private cache'))}</b>: ${escapeHtml(record.info.caching.private.summary)}</p>`
    : '';
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data: ${cspSource}; style-src 'unsafe-inline';">
<style>body{font-family:var(--vscode-font-family);color:var(--vscode-foreground)}.bar{display:flex;height:14px;margin:8px 0;border-radius:3px;overflow:hidden}th{text-align:left;padding-right:16px;font-weight:normal;opacity:.8}img{max-width:100%}</style>
</head><body><h1>${r.status} ${escapeHtml(r.reason)}</h1><p>${escapeHtml(record.request.method)} ${escapeHtml(record.request.url)} — ${escapeHtml(r.remoteAddress)}${r.remotePort ? `:${r.remotePort}` : ''}${r.reused ? ` (${escapeHtml(vscode.l10n.t('reused connection'))})` : ''}</p>
<h2>${escapeHtml(vscode.l10n.t('Timings'))} (${t.total.toFixed(1)} ms)</h2><div class="bar">${bar}</div><table>${rows}</table>
<h2>${escapeHtml(vscode.l10n.t('Sizes'))}</h2><table>${sizes}</table>${tls}${redirects}${caching}${image}</body></html>`;
}
