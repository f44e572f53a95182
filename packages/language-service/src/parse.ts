import { parseMessages, type FieldLine, type HttpMessage } from '@httplens/core';
import { parseHttpFile, type Dialect, type HttpFile, type HttpFileHost, type HttpFileRequest } from '@httplens/http-file';
import type { TextDocument } from './document.js';

export type ParsedDocument =
  | { kind: 'http'; text: string; file: HttpFile }
  | { kind: 'message'; text: string; messages: HttpMessage[] };

const STATUS_LINE = /^HTTP\/\d(?:\.\d)? \d{3}/;
const REQUEST_LINE = /^[!#$%&'*+.^`|~\w-]+ \S+ HTTP\/\d(?:\.\d)?\r?$/;

/**
 * Whether a document holds raw HTTP messages rather than an `.http` request file (or a
 * Markdown document, language `markdown`, whose ```http fences hold requests):
 * language `http-message`; a first line that is a status line (a response saved as `.http`
 * too: no request of any dialect starts so); or, in a document of another language, a request
 * line with an HTTP version followed by field lines.
 */
export function isMessageDocument(document: Pick<TextDocument, 'languageId' | 'getText'>): boolean {
  if (document.languageId === 'http-message') return true;
  if (document.languageId === 'markdown') return false;
  const all = document.getText();
  // after a byte order mark, which parseMessage skips (HTTP0017)
  const text = all.charCodeAt(0) === 0xfeff ? all.slice(1) : all;
  const eol = text.indexOf('\n');
  const first = eol < 0 ? text : text.slice(0, eol);
  if (STATUS_LINE.test(first)) return true;
  if (document.languageId === 'http') return false;
  if (!REQUEST_LINE.test(first)) return false;
  const second = text.slice(eol + 1, text.indexOf('\n', eol + 1) >>> 0);
  return /^[!#$%&'*+.^`|~\w-]+:/.test(second);
}

/** Parses documents once per version (a small cache keyed by URI and version). */
export class DocumentCache {
  private readonly entries = new Map<string, { version: number; languageId: string; parsed: ParsedDocument }>();

  private generation = 0;

  constructor(
    private readonly dialect: () => Dialect | 'auto',
    private readonly knownVariables: () => readonly string[] = () => [],
    private readonly capacity = 32,
    private readonly fileExists?: (documentUri: string, path: string) => boolean,
    private readonly knownAuthConfigurations: () => readonly string[] | undefined = () => undefined,
    private readonly readFile?: (documentUri: string, path: string) => string | undefined,
  ) {}

  /** Forgets every parse (the environments, and so the known variable names, changed). */
  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }

  get(document: TextDocument): ParsedDocument {
    const hit = this.entries.get(document.uri);
    if (hit && hit.version === document.version && hit.languageId === document.languageId) {
      // refresh the entry's place in the LRU order
      this.entries.delete(document.uri);
      this.entries.set(document.uri, hit);
      return hit.parsed;
    }
    const exists = this.fileExists;
    const read = this.readFile;
    const host: HttpFileHost | undefined = exists || read ? {} : undefined;
    if (host && exists) host.exists = (path) => exists(document.uri, path);
    if (host && read) host.readFile = (path) => read(document.uri, path);
    const parsed = parseDocument(document, this.dialect(), this.knownVariables(), host, this.knownAuthConfigurations());
    this.entries.set(document.uri, { version: document.version, languageId: document.languageId, parsed });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return parsed;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}

export function parseDocument(
  document: Pick<TextDocument, 'languageId' | 'getText'>,
  dialect: Dialect | 'auto' = 'auto',
  knownVariables: readonly string[] = [],
  host?: HttpFileHost,
  knownAuthConfigurations?: readonly string[],
): ParsedDocument {
  const text = document.getText();
  if (isMessageDocument(document)) return { kind: 'message', text, messages: text.trim() === '' ? [] : parseMessages(text, { requireHost: false }) };
  // parseHttpFile reads a leading byte order mark as a space (same offsets); of a Markdown document, the ```http fences.
  const markdown = document.languageId === 'markdown';
  return {
    kind: 'http',
    text,
    file: parseHttpFile(text, { dialect, knownVariables, ...(markdown ? { markdown } : {}), ...(host ? { host } : {}), ...(knownAuthConfigurations ? { knownAuthConfigurations } : {}) }),
  };
}

/**
 * The request of an `.http` file as the message it describes, with every span in
 * document coordinates, so core's linter reports on the file directly. It stays a
 * template: `{{...}}` unresolved, no Host or Content-Length added. Its field lines are the
 * request's header objects themselves (read-only, as the whole parse is).
 */
export function templateMessage(request: HttpFileRequest): HttpMessage {
  // The request's header lines are field lines already (name, value and spans): used as they are, not copied; but a
  // GraphQL request's X-Request-Type marker is left out, as toHttpMessage leaves it out of what is sent
  const graphql = request.body?.graphql;
  const fields: FieldLine[] =
    graphql && graphql.marker !== 'content-type' ? request.headers.filter((h) => !(h.name.length === 14 && h.name.toLowerCase() === 'x-request-type')) : request.headers;
  const startLine: NonNullable<HttpMessage['startLine']> = { span: request.requestLineSpan, target: request.urlSpan };
  if (request.methodSpan) startLine.method = request.methodSpan;
  if (request.httpVersionSpan) startLine.version = request.httpVersionSpan;
  const message: HttpMessage = {
    kind: 'request',
    method: request.method,
    target: request.url,
    version: request.httpVersion ?? 'HTTP/1.1',
    fields,
    trailers: [],
    diagnostics: [],
    startLine,
  };
  const body = request.body;
  if (body && body.text.length > 0) {
    const declared = request.headers.some((h) => h.name.length === 14 && h.name.toLowerCase() === 'content-length');
    message.body = {
      bytes: encodeUtf8(body.text),
      // A body with references or includes has no known length until it is resolved.
      framing: declared && body.references.length === 0 && body.includes.length === 0 ? 'content-length' : 'none',
      span: body.span,
    };
  }
  return message;
}

const encoder = new TextEncoder();

function encodeUtf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** The request whose region holds the offset. */
export function requestAt(file: HttpFile, offset: number): HttpFileRequest | undefined {
  // binary search: requests are in document order
  const requests = file.requests;
  let lo = 0;
  let hi = requests.length - 1;
  let found: HttpFileRequest | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const request = requests[mid] as HttpFileRequest;
    const start = request.separatorSpan?.offset ?? request.span.offset;
    if (start <= offset) {
      found = request;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found && offset > found.span.offset + found.span.length) {
    const next = file.requests[found.index + 1];
    if (next && offset >= (next.separatorSpan?.offset ?? next.span.offset)) return next;
  }
  return found;
}
