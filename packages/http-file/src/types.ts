import type { Diagnostic, Locale, Span } from '@httplens/core';

/** The `.http` dialects this package reads. */
export type Dialect = 'rest-client' | 'jetbrains' | 'httpyac';

/** What a request line asks for: plain HTTP, or one of httpYac's other protocols (kept, never sent). */
export type RequestProtocol = 'http' | 'grpc' | 'websocket' | 'sse' | 'mqtt' | 'amqp';

/** The kind of a `{{...}}` reference, decided from its text alone. */
export type ReferenceKind =
  /** `{{name}}`: a file, environment, prompt or `.env` variable. */
  | 'variable'
  /** `{{%name}}`: REST Client's percent-encoded variable. */
  | 'percent'
  /** `{{$guid}}`, `{{$randomInt 1 9}}`, `{{$random.email}}`. */
  | 'dynamic'
  /** `{{login.response.body.$.token}}`: REST Client's request variable. */
  | 'request'
  /** Anything else (`{{ a + b }}`): JavaScript that httpYac evaluates; never evaluated here. */
  | 'script';

/** One `{{...}}` reference, with spans of the braces and of the expression inside. */
export interface VariableReference {
  kind: ReferenceKind;
  /** The expression between the braces, trimmed. */
  expression: string;
  /** The variable name (for `variable`/`percent`), the dynamic variable (`$guid`), or the request name. */
  name: string;
  /** The whole reference, braces included. */
  span: Span;
  /** The trimmed expression. */
  expressionSpan: Span;
}

/** A text with references, such as a URL, a header value or a body line. */
export interface TemplateText {
  text: string;
  span: Span;
  references: VariableReference[];
}

/** `@name = value` (REST Client, JetBrains and httpYac file variables). */
export interface FileVariable {
  name: string;
  value: string;
  span: Span;
  nameSpan: Span;
  valueSpan: Span;
  references: VariableReference[];
  /** The request it stands in front of (httpYac scopes it there), or undefined at the top of the file. */
  requestIndex?: number;
}

/** `# @key value` and `// @key value` lines. */
export interface MetadataEntry {
  key: string;
  value?: string;
  span: Span;
  keySpan: Span;
  valueSpan?: Span;
}

export interface CommentNode {
  text: string;
  span: Span;
  style: '#' | '//';
  /**
   * Set (true) on a comment line the parser found where the body is, before or after the body text it keeps:
   * REST Client and httpYac leave such a line out of the body, the JetBrains HTTP Client sends it (HTTP5001).
   * Comment lines inside the body text are the body's `commentLines`.
   */
  inBody?: boolean;
}

export interface HttpFileHeader {
  name: string;
  /** The value; one continued on indented lines (JetBrains) has a space for each line-break character. */
  value: string;
  span: Span;
  nameSpan: Span;
  valueSpan: Span;
  references: VariableReference[];
  /** The indented lines that continue the value (the JetBrains HTTP Client and `auto`), when there are some. */
  continuations?: Span[];
}

/** `< ./file` (sent as is) or `<@ ./file` / `<@latin1 ./file` (variables substituted, optional encoding). */
export interface BodyInclude {
  path: string;
  span: Span;
  pathSpan: Span;
  /** `<@`: variables inside the file are substituted. */
  processVariables: boolean;
  encoding?: string;
  references: VariableReference[];
}

/** A body is a sequence of text lines and include lines. */
export type BodyPart = { kind: 'text'; text: string; span: Span } | { kind: 'include'; include: BodyInclude };

export interface MultipartPart {
  headers: HttpFileHeader[];
  span: Span;
  /** The part's content as written (without its headers). */
  text: string;
  includes: BodyInclude[];
  /** `name` and `filename` from Content-Disposition, when present. */
  name?: string;
  filename?: string;
}

export interface MultipartBody {
  boundary: string;
  parts: MultipartPart[];
  /** Whether the closing `--boundary--` line was found. */
  closed: boolean;
}

export interface GraphQLBody {
  query: string;
  querySpan: Span;
  variables?: string;
  variablesSpan?: Span;
  /** How the file says it is GraphQL. */
  marker: 'x-request-type' | 'content-type' | 'method' | 'operation';
  /**
   * httpYac: the file's fragments (`fragment Name on Type { ... }` outside a request) that the query spreads, sent after
   * it; for a query read from a file (`queryFile`), every fragment of the file, and the message sends those it spreads.
   */
  fragments?: string[];
  /**
   * httpYac's `gql [name] < ./query.gql` as the body's first line: the query is that file's text (read when the request
   * is resolved, as an include; `query` is then empty and `querySpan` the line), and `operationName` the name.
   */
  queryFile?: BodyInclude;
  operationName?: string;
  /**
   * httpYac: fragments read from files (`gql Name < ./fragment.graphql` outside a request), by the name the query
   * spreads (`...Name`; the path when the line gives no name), read when the request is resolved: those the query
   * spreads. For a query read from a file, which is not known until then, every such fragment (and every fragment
   * of the file in `fragments`): the message sends those the query spreads.
   */
  fragmentFiles?: { name: string; include: BodyInclude }[];
}

export interface HttpFileBody {
  /** The body as the dialect sends it before variables are resolved (comment lines dropped where the dialect drops them). */
  text: string;
  span: Span;
  parts: BodyPart[];
  references: VariableReference[];
  includes: BodyInclude[];
  /** Spans of `#`/`//` lines inside the body. */
  commentLines: Span[];
  /** `''` when the dialect joins the lines without line breaks (REST Client and httpYac form bodies); else `\n`. */
  lineBreak?: '';
  multipart?: MultipartBody;
  graphql?: GraphQLBody;
}

/** A response handler (`> {% ... %}`, `> ./script.js`) or pre-request script (`< {% ... %}`); kept, never run. */
export interface ScriptNode {
  kind: 'response-handler' | 'pre-request' | 'httpyac-script';
  /** Inline script text, when written inline. */
  script?: string;
  /** Script file, when it refers to one. */
  path?: string;
  span: Span;
  contentSpan: Span;
  /** For httpYac `{{@event ...}}` scripts. */
  event?: string;
}

/** `>> ./file` (`force: false`) or `>>! ./file` (`force: true`). */
export interface OutputRedirect {
  path: string;
  force: boolean;
  span: Span;
  pathSpan: Span;
}

/** `<> ./previous-response.json` (JetBrains response reference). */
export interface ResponseReference {
  path: string;
  span: Span;
  pathSpan: Span;
}

/** httpYac `?? status == 200` asserts: kept as text, never evaluated. */
export interface AssertLine {
  text: string;
  span: Span;
}

export interface HttpFileRequest {
  index: number;
  /** `# @name`, else the text after `###`. */
  name?: string;
  nameSpan?: Span;
  /** Text after the `###` separator. */
  title?: string;
  separatorSpan?: Span;
  method: string;
  /** Absent when the method is implied (GET). */
  methodSpan?: Span;
  /** The URL with continuation lines joined, `{{...}}` unresolved. */
  url: string;
  urlSpan: Span;
  urlReferences: VariableReference[];
  /** Lines that continue the URL: `?a=1` / `&b=2` (query) or indented lines (JetBrains). */
  urlContinuations: { span: Span; style: 'query' | 'indented' }[];
  /** As written, e.g. `HTTP/1.1`. */
  httpVersion?: string;
  httpVersionSpan?: Span;
  protocol: RequestProtocol;
  requestLineSpan: Span;
  headers: HttpFileHeader[];
  body?: HttpFileBody;
  /** From the first line of the request's region (after the separator) to its last non-blank line. */
  span: Span;
  metadata: MetadataEntry[];
  comments: CommentNode[];
  scripts: ScriptNode[];
  redirects: OutputRedirect[];
  responseReferences: ResponseReference[];
  asserts: AssertLine[];
  /** Every reference in the URL, headers and body, in order. */
  references: VariableReference[];
  /** Set when the request is written as a curl command (REST Client): the command's span. */
  curl?: { span: Span };
}

export interface Suppression {
  kind: 'next-line' | 'file';
  codes: string[];
  span: Span;
  /** For `next-line`: the span of the line it covers. */
  target?: Span;
}

/**
 * A parsed file. Read-only: its empty lists are one shared frozen array (copy a list before changing it).
 *
 * Requests, bodies, headers, references, metadata, comments and body text parts keep their bounds as numbers and
 * make each `Span` when it is read (a getter), so a large file's result is not made of one object per span:
 * - a span read twice is two equal objects: compare spans by value (`offset` and `length`), not with `===`;
 * - `{ ...node }`, `Object.keys(node)` and `Object.assign` do not copy the spans (they are getters on the
 *   prototype, not own properties); build a new object with the fields you need instead;
 * - assigning a span (`header.span = s`) sets the bounds; changing a read span (`header.span.length = 3`) does not;
 * - a request's rarely set fields (`urlContinuations`, `protocol`, `scripts`, `redirects`, `responseReferences`,
 *   `asserts`, `httpVersion`, `curl`) and a body's (`includes`, `commentLines`, `lineBreak`, `multipart`, `graphql`)
 *   are own properties only where set: elsewhere their default (an empty list, `'http'` or undefined) is read from
 *   the prototype, so `{ ...request }` and `Object.keys` do not see them either; a text part's `kind` is on the prototype;
 * - a request's `references` is a getter too: the one list (URL, header or body) that has references is returned as
 *   it is, and the lists are joined into a new one, kept for later reads, only when several have some;
 * - `JSON.stringify` writes the same JSON as plain objects with these fields.
 * Diagnostics with the same code and arguments share their `message` and `args` objects.
 */
/**
 * A line of the JetBrains HTTP Client that is not a request: `import ./other.http` (the requests of another file),
 * `run #Name`, `run ./other.http`, `run #Name (@host=example.com, @user=u)`. Kept with spans, never run.
 */
export interface DirectiveNode {
  kind: 'import' | 'run';
  /** `./other.http`, or `#Name` for a request of this file or of an imported one. */
  target: string;
  span: Span;
  targetSpan: Span;
  /** The variables a `run` line sets, as written (`@host=example.com`). */
  variables: { name: string; value: string; span: Span }[];
}

export interface HttpFile {
  text: string;
  dialect: Dialect | 'auto';
  requests: HttpFileRequest[];
  /** JetBrains `import` and `run` lines (not with the REST Client or httpYac dialect, which read them as requests). */
  directives: DirectiveNode[];
  variables: FileVariable[];
  comments: CommentNode[];
  /** Scripts outside any request (httpYac's global `{{ }}` blocks, JetBrains pre-request scripts without a request). */
  scripts: ScriptNode[];
  suppressions: Suppression[];
  diagnostics: Diagnostic[];
  /** For Markdown input: the spans of the ```http fences' contents. */
  fences?: Span[];
  /** httpYac's `# @import ./other.http` lines, in the order of the file (only in files read as httpYac reads them). */
  imports?: FileImport[];
}

/**
 * httpYac's `# @import ./other.http`: the other file's variables (those outside its requests, and those of the files it
 * imports) are variables of this file, and its named requests can be sent first (`# @ref name`) and their responses
 * read (`{{name.token}}`).
 */
export interface FileImport {
  /** The path as written (relative to the importing file, or absolute). */
  path: string;
  /** The `# @import` line. */
  span: Span;
  pathSpan: Span;
  /**
   * The imported file, read as httpYac reads it, when the parse had a host that reads files and could read it; its
   * own `imports` are read relative to it. Absent for a path with `{{variables}}`, which the parse does not resolve.
   */
  file?: HttpFile;
}

/** File and process access, injected so the package stays pure. */
export interface HttpFileHost {
  /** Reads a file relative to the `.http` file (or absolute) as UTF-8 text; undefined when missing. */
  readFile?(path: string): string | undefined;
  /**
   * Reads a file's bytes, relative to the `.http` file (or absolute); undefined when missing. When given, it is used
   * instead of `readFile` for body includes: a file sent as is (`< ./image.png`) is sent byte for byte (see
   * `ResolvedRequest.bodyParts`), and `<@latin1 ./file` is decoded from its encoding before its variables are
   * substituted. Without it, included files are `readFile`'s UTF-8 text.
   */
  readBytes?(path: string): Uint8Array | undefined;
  /**
   * Whether a file can be read, relative to the `.http` file (or absolute). `parseHttpFile` reports an included file
   * that cannot be read (HTTP1008); with `exists` it asks without reading the file, which matters to an editor that
   * parses on every change of a file that includes a large one. Without it, the parse reads the file.
   */
  exists?(path: string): boolean;
  /** A process environment variable (`{{$processEnv NAME}}`). */
  env?(name: string): string | undefined;
  /** A value from the `.env` file next to the `.http` file (`{{$dotenv NAME}}`). */
  dotenv?(name: string): string | undefined;
  /**
   * The project's root folder, for the JetBrains HTTP Client's `{{$projectRoot}}` (and `{{$historyFolder}}`, its
   * `.idea/httpRequests`); undefined when there is none.
   */
  projectRoot?(): string | undefined;
  /** Milliseconds since the epoch. */
  now?(): number;
  /** A number in [0, 1). */
  random?(): number;
  /** Minutes east of UTC for `$localDatetime` (default 0). */
  timezoneOffset?(): number;
}

export interface ParseOptions {
  dialect?: Dialect | 'auto';
  /** Read the text as Markdown: only ```http and ```rest fences count. */
  markdown?: boolean;
  /** When given, include lines are checked for existence. */
  host?: HttpFileHost;
  /**
   * Names the environment defines; a reference to a name that neither the file nor these define
   * is reported (HTTP1006). When omitted, only the file's own names count.
   */
  knownVariables?: Iterable<string>;
  /**
   * The ids of the OAuth 2.0 configurations (`Security.Auth`) the environments define; when given, a
   * `{{$auth.token("id")}}` or `{{$auth.idToken("id")}}` naming another id is reported (HTTP1060). When omitted,
   * ids are not checked.
   */
  knownAuthConfigurations?: Iterable<string>;
  locale?: Locale;
}
