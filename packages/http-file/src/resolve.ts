import { createDiagnostic } from '@httplens/core';
import type { Diagnostic, Locale, MessageArgs, Span } from '@httplens/core';
import { authReference } from './auth.js';
import { parseCurl } from './curl.js';
import { getDynamicVariable, isFakerVariable, questionOfExpression, splitArgs, splitDynamic, type Question } from './dynamic.js';
import { own, record, type Environment, type EnvironmentValue } from './environment.js';
import { decodeFile } from './encoding.js';
import { classifyExpression, isProcessEnv, scanTemplate, type TemplateProblem } from './template.js';
import { requestTimeouts, type RequestTimeouts } from './timeouts.js';
import type { BodyInclude, FileVariable, HttpFile, HttpFileHost, HttpFileRequest, RequestProtocol, VariableReference } from './types.js';
import { fakerValue } from './faker.js';
import { preRequestGlobalSets, preRequestSets, type PreRequestSet, type PreRequestValue } from './handlers.js';
import { importedRequest, importedVariables, joinPath, type ImportedVariable } from './imports.js';
import { responseVariablesOf, type NamedVariable } from './named.js';
import { addOffset, encodeComponent, formatDate, formatSize, iso8601, jsonOrText, jsonPath, jsonToText, memberOf, memberPath, rfc1123, uuidV4, xPath } from './values.js';

/** The imported variables of a file without `# @import` lines (one shared empty map). */
const NO_IMPORTS: Map<string, ImportedVariable> = new Map();

/**
 * A stored exchange of a named request, for `{{name.response...}}` and `{{name.request...}}`. `bodyOmitted`: the
 * response had a body of `length` bytes that was not kept (an editor leaves out a large body no open file refers
 * to); a reference to it is then reported as such (HTTP1052), not as a path that matches nothing.
 */
export interface StoredExchange {
  request?: { headers: [string, string][] | Record<string, string | string[]>; body?: string };
  response: { status?: number; headers: [string, string][] | Record<string, string | string[]>; body?: string; bodyOmitted?: { length: number } };
  /** After httpYac's `# @loop`: the exchanges of its passes, in order (`{{<name>List}}`). */
  passes?: StoredExchange[];
}

export interface ResolveContext {
  /** The selected environment (see `selectEnvironment`), or a plain record of variables. */
  environment?: Environment | Record<string, string>;
  /** Process environment, `.env`, included files, time and randomness. */
  host?: HttpFileHost;
  /** The last exchange of each named request. */
  responses?: Record<string, StoredExchange>;
  /**
   * Variables set by the response handlers of requests sent before (the JetBrains client's `client.global.set`, see
   * `handlerSets`): they come after the file's variables and before the environment's.
   */
  globals?: Record<string, string>;
  /** Values a JetBrains `run #Name (@host=example.com)` line gives the request it runs: they come before any other. */
  overrides?: Record<string, string>;
  /** A pass of httpYac's `# @loop` (see `requestLoop`): `{{$index}}`, and the variables it sets (after `overrides`). */
  loop?: { index: number; variables: Record<string, string> };
  /** Answers to `@prompt` variables: a record, or a function asked once per variable. */
  prompt?: Record<string, string> | ((name: string, description: string | undefined) => string | undefined);
  /**
   * Answers to httpYac's questions (`{{$input Name}}`, `{{$password ...}}`, `{{$pick ...}}`): a record by placeholder,
   * or a function asked once per placeholder. Unanswered, the reference stays as written (HTTP1020).
   */
  ask?: Record<string, string> | ((question: Question) => string | undefined);
  /**
   * The JetBrains HTTP Client's OAuth 2.0 tokens (`{{$auth.token("id")}}`, `{{$auth.idToken("id")}}`): a record by
   * configuration id, or a function asked once per id and kind. The caller gets them (see `tokenRequest`);
   * without one, the reference stays as written (HTTP1034).
   */
  auth?: Record<string, { accessToken: string; idToken?: string }> | ((id: string, kind: 'token' | 'idToken') => string | undefined);
  locale?: Locale;
}

/** Where a substituted value came from. */
export type ValueSource =
  | { kind: 'file'; name: string; span: Span }
  /** A variable of a file that httpYac's `# @import` brings in: its path (relative to this file) and its span there. */
  | { kind: 'import'; name: string; path: string; span: Span }
  | { kind: 'environment'; name: string; environment?: string; file?: string; shared?: boolean }
  | { kind: 'dotenv'; name: string }
  | { kind: 'process-env'; name: string }
  | { kind: 'prompt'; name: string }
  | { kind: 'global'; name: string }
  | { kind: 'run'; name: string }
  /** A variable of a pass of httpYac's `# @loop` (`item` of `for item of list`). */
  | { kind: 'loop'; name: string }
  /** Set by the request's JetBrains pre-request script (`request.variables.set(name, value)`), read without running it. */
  | { kind: 'pre-request'; name: string }
  | { kind: 'dynamic'; name: string }
  | { kind: 'request'; name: string; part: 'response' | 'request'; path: string }
  | {
      kind: 'unresolved';
      reason: 'undefined' | 'script' | 'no-response' | 'not-found' | 'unavailable' | 'circular' | 'nesting' | 'unanswered';
      /** With `no-response`: the named request has a response, but its body (of `length` bytes) was not kept. */
      bodyOmitted?: { length: number };
    };

/** One substituted reference: its span in the file, the value and its source. */
export interface ResolvedValue {
  span: Span;
  expression: string;
  value?: string;
  source: ValueSource;
}

export interface ResolvedHeader {
  name: string;
  value: string;
  /** The header line in the `.http` file. */
  span: Span;
  /** The value in the `.http` file (the template, references unresolved). */
  valueSpan?: Span;
  /**
   * How the resolved value maps onto the template: literal pieces map character for character, substituted
   * references map to the whole `{{...}}`. Use `mapToTemplate` to place a diagnostic of the resolved value.
   */
  segments?: TemplateSegment[];
}

/** A piece of a resolved value: `[from, to)` in the resolved text came from `template` in the file. */
export interface TemplateSegment {
  from: number;
  to: number;
  template: Span;
  literal: boolean;
}

/**
 * Maps a span of a resolved header value back onto the `.http` file: inside a literal piece exactly, otherwise onto
 * the references it touches (or the whole template value when the header has no segments).
 */
export function mapToTemplate(header: ResolvedHeader, span: Span): Span {
  const segments = header.segments;
  const whole = header.valueSpan ?? header.span;
  if (!segments || segments.length === 0) return whole;
  const end = span.offset + span.length;
  let start: number | undefined;
  let stop: number | undefined;
  for (const seg of segments) {
    const touches = span.length === 0 ? span.offset >= seg.from && span.offset <= seg.to : seg.from < end && span.offset < seg.to;
    if (!touches) continue;
    const a = seg.literal ? seg.template.offset + Math.max(0, span.offset - seg.from) : seg.template.offset;
    const b = seg.literal ? seg.template.offset + Math.min(seg.to, end) - seg.from : seg.template.offset + seg.template.length;
    start = start === undefined ? a : Math.min(start, a);
    stop = stop === undefined ? b : Math.max(stop, b);
  }
  if (start === undefined || stop === undefined) return whole;
  return { offset: start, length: Math.max(0, stop - start) };
}

export interface ResolvedRequest {
  request: HttpFileRequest;
  method: string;
  url: string;
  httpVersion?: string;
  protocol: RequestProtocol;
  headers: ResolvedHeader[];
  /** The body as text. A file included as is and read as bytes (see `bodyParts`) shows here decoded as UTF-8. */
  body?: string;
  /**
   * The body in pieces, when it includes a file sent as is (`< ./image.png`) that the host read as bytes
   * (`HttpFileHost.readBytes`): text (sent as UTF-8) and the file's bytes, unchanged, in order. `toHttpMessage` sends
   * these bytes; `body` is the same body for display.
   */
  bodyParts?: (string | Uint8Array)[];
  /** httpYac: the GraphQL fragments read from files (`body.graphql.fragmentFiles`), by name, with their text. */
  graphqlFragments?: { name: string; text: string }[];
  /** Every reference of the request, in order, with its value and source. */
  values: ResolvedValue[];
  diagnostics: Diagnostic[];
  /**
   * The request's own time limits in milliseconds (`# @timeout`, `# @connection-timeout`, read as the file's dialect
   * reads them: see `requestTimeouts`), for the transport's `timeouts` option; absent when the request sets none.
   */
  timeouts?: RequestTimeouts;
  /**
   * The global variables the request's JetBrains pre-request scripts set (`client.global.set("name", value)`, read as
   * `preRequestGlobalSets` reads them, without running JavaScript), with the values this request used: a sender keeps
   * them for the next requests (`ResolveContext.globals`), as the client does. Absent when there are none.
   */
  globals?: Record<string, string>;
  /**
   * The request's output redirects (`>> ./out/{{id}}.json`, `>>! ./out/me.json`), their paths' variables substituted,
   * as written otherwise (relative to the `.http` file): where the response body is to be written (see
   * `writeOutputRedirects`). Absent for a request without one.
   */
  redirects?: { path: string; force: boolean; span: Span }[];
}

type Lookup = { value: string; source: ValueSource } | { value?: undefined; source: ValueSource };

function headerList(h: StoredExchange['response']['headers']): [string, string][] {
  if (Array.isArray(h)) return h;
  const out: [string, string][] = [];
  for (const [k, v] of Object.entries(h)) {
    if (Array.isArray(v)) for (const x of v) out.push([k, x]);
    else out.push([k, v]);
  }
  return out;
}

/** The header fields as httpYac's response gives them (Node's): by lowercase name, repeated values joined by `, `, Set-Cookie a list. */
function headerObject(h: StoredExchange['response']['headers']): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const [k, v] of headerList(h)) {
    const name = k.toLowerCase();
    const prev = out[name];
    if (name === 'set-cookie') out[name] = prev === undefined ? [v] : [...(prev as string[]), v];
    else out[name] = prev === undefined ? v : `${prev as string}, ${v}`;
  }
  return out;
}

/**
 * How many variables deep a value may be defined through other variables (`@a = {{b}}`, `@b = {{c}}`, ...). Real files
 * nest a few levels; a deeper chain is left unresolved (HTTP1058) rather than exhaust the call stack.
 */
const MAX_NESTING = 100;

class Resolver {
  readonly diagnostics: Diagnostic[] = [];
  readonly values: ResolvedValue[] = [];
  readonly fileVars = new Map<string, FileVariable>();
  /** The variables of the files httpYac's `# @import` lines bring in (after the file's own). */
  readonly importVars: Map<string, ImportedVariable>;
  /** The `request.variables.set` statements of the request's JetBrains pre-request scripts, by name (the last one). */
  readonly preSets: Map<string, PreRequestSet>;
  /** Their `client.global.set` statements, by name (the last one), with the script's span. */
  readonly preGlobals = new Map<string, { set: PreRequestSet; span: Span }>();
  /** The values of those globals, each found once (a random value is the same in the request and for the next ones). */
  readonly preGlobalValues = new Map<string, Lookup>();
  readonly env: Record<string, EnvironmentValue>;
  readonly envName: string | undefined;
  readonly prompts = new Map<string, string | undefined>();
  readonly promptAnswers = new Map<string, string | undefined>();
  readonly answers = new Map<string, string | undefined>();
  readonly tokens = new Map<string, string | undefined>();
  readonly cache = new Map<string, Lookup>();
  readonly stack: string[] = [];
  readonly random: () => number;
  readonly now: number;

  constructor(readonly file: HttpFile, readonly request: HttpFileRequest, readonly context: ResolveContext) {
    // REST Client: file variables are file-wide; a later definition replaces an earlier one, and a
    // definition in front of this request (httpYac's scope) wins over the others.
    for (const v of file.variables) if (v.requestIndex === undefined || v.requestIndex <= request.index) this.fileVars.set(v.name, v);
    for (const v of file.variables) if (v.requestIndex === request.index) this.fileVars.set(v.name, v);
    this.importVars = file.imports ? importedVariables(file) : NO_IMPORTS;
    this.preSets = new Map();
    for (const s of request.scripts) {
      if (s.kind !== 'pre-request') continue;
      const text = s.script ?? (s.path ? context.host?.readFile?.(s.path) : undefined) ?? '';
      for (const set of preRequestSets(text)) if (set.value) this.preSets.set(set.name, set);
      for (const set of preRequestGlobalSets(text)) if (set.value) this.preGlobals.set(set.name, { set, span: s.span });
    }
    const e = context.environment;
    if (e && 'variables' in e && typeof e.variables === 'object') {
      this.env = (e as Environment).variables;
      this.envName = (e as Environment).name;
    } else {
      // without a prototype: a variable named `__proto__` is a key like any other
      this.env = record<EnvironmentValue>();
      for (const [k, v] of Object.entries((e ?? {}) as Record<string, string>)) this.env[k] = { value: v, source: 'environment' };
      this.envName = undefined;
    }
    for (const m of request.metadata) {
      if (m.key !== 'prompt' || !m.value) continue;
      const space = m.value.search(/\s/);
      const name = space < 0 ? m.value : m.value.slice(0, space);
      this.prompts.set(name, space < 0 ? undefined : m.value.slice(space).trim());
    }
    const host = context.host;
    this.random = host?.random ? () => (host.random as () => number)() : Math.random;
    this.now = host?.now ? host.now() : Date.now();
  }

  diag(code: string, span: Span, args: MessageArgs = {}): void {
    const loc = this.context.locale;
    this.diagnostics.push(createDiagnostic(code, span, args, loc ? { locale: loc } : {}));
  }

  /** Substitutes the references of a template text; `refs` carry absolute spans, `base` is the text's offset. */
  substitute(text: string, base: number, refs: VariableReference[], record: boolean, segments?: TemplateSegment[]): string {
    let out = '';
    let pos = 0;
    const literal = (from: number, to: number): void => {
      if (to > from) segments?.push({ from: out.length, to: out.length + to - from, template: { offset: base + from, length: to - from }, literal: true });
      out += text.slice(from, to);
    };
    for (const ref of refs) {
      const start = ref.span.offset - base;
      if (start < pos || start + ref.span.length > text.length) continue;
      literal(pos, start);
      const found = this.reference(ref, record);
      const value = found.value ?? text.slice(start, start + ref.span.length);
      segments?.push({ from: out.length, to: out.length + value.length, template: ref.span, literal: false });
      out += value;
      pos = start + ref.span.length;
    }
    literal(pos, text.length);
    return out;
  }

  /** Resolves a template found outside the file (an environment value, an included file). */
  substituteLoose(text: string): string {
    const refs: VariableReference[] = [];
    const problems: TemplateProblem[] = [];
    scanTemplate(text, 0, refs, problems);
    if (refs.length === 0) return text;
    return this.substitute(text, 0, refs, false);
  }

  reference(ref: VariableReference, record: boolean): Lookup {
    let found: Lookup;
    switch (ref.kind) {
      case 'variable':
        found = this.variable(ref.name, ref.span, record);
        break;
      case 'percent': {
        const inner = this.variable(ref.name, ref.span, record);
        found = inner.value === undefined ? inner : { value: encodeComponent(inner.value), source: inner.source };
        break;
      }
      case 'dynamic':
        found = this.dynamic(ref, record);
        break;
      case 'request':
        found = this.requestVariable(ref, record);
        break;
      default: {
        // a member path with brackets into a named response (`json.items[0].id`) or an environment's object
        // (`config.hosts[0]`) is read, not run (httpYac)
        const response = this.file.dialect === 'httpyac' ? (this.namedResponse(ref.expression, ref.span, record) ?? this.environmentMember(ref.expression, ref.span)) : undefined;
        if (response) {
          found = response;
          break;
        }
        if (record) this.diag('HTTP1019', ref.span, { expression: ref.expression });
        found = { source: { kind: 'unresolved', reason: 'script' } };
      }
    }
    if (record) {
      const v: ResolvedValue = { span: ref.span, expression: ref.expression, source: found.source };
      if (found.value !== undefined) v.value = found.value;
      this.values.push(v);
    }
    return found;
  }

  variable(name: string, span: Span, record: boolean): Lookup {
    const cached = this.cache.get(name);
    if (cached) return cached;
    if (this.stack.includes(name)) {
      if (record || this.stack.length > 0) this.diag('HTTP1017', span, { name, path: [...this.stack.slice(this.stack.indexOf(name)), name].join(' -> ') });
      return { source: { kind: 'unresolved', reason: 'circular' } };
    }
    if (this.stack.length >= MAX_NESTING) {
      this.diag('HTTP1058', span, { name, max: MAX_NESTING });
      return { source: { kind: 'unresolved', reason: 'nesting' } };
    }
    this.stack.push(name);
    const result = this.lookup(name, span, record);
    this.stack.pop();
    if (result.value !== undefined || result.source.kind === 'unresolved') this.cache.set(name, result);
    return result;
  }

  lookup(name: string, span: Span, record: boolean): Lookup {
    const given = own(this.context.overrides, name);
    if (typeof given === 'string') return { value: given, source: { kind: 'run', name } };
    const passed = own(this.context.loop?.variables, name);
    if (typeof passed === 'string') return { value: passed, source: { kind: 'loop', name } };
    // the JetBrains pre-request script's `request.variables.set(name, value)`, for this request
    const pre = this.preSets.get(name)?.value;
    if (pre) return this.preValue(pre, { kind: 'pre-request', name }, span, record);
    if (this.prompts.has(name)) {
      if (!this.promptAnswers.has(name)) {
        const p = this.context.prompt;
        const answer = typeof p === 'function' ? p(name, this.prompts.get(name)) : own(p, name);
        this.promptAnswers.set(name, answer);
      }
      const answer = this.promptAnswers.get(name);
      if (answer !== undefined) return { value: answer, source: { kind: 'prompt', name } };
      this.diag('HTTP1020', span, { name });
      return { source: { kind: 'unresolved', reason: 'unanswered' } };
    }
    const fv = this.fileVars.get(name);
    if (fv) {
      const value = this.substitute(fv.value, fv.valueSpan.offset, fv.references, false);
      return { value: unescapeFileValue(value), source: { kind: 'file', name, span: fv.span } };
    }
    const imported = this.importVars.get(name);
    if (imported) {
      const iv = imported.variable;
      const value = this.substitute(iv.value, iv.valueSpan.offset, iv.references, false);
      return { value: unescapeFileValue(value), source: { kind: 'import', name, path: imported.path, span: iv.span } };
    }
    // the JetBrains pre-request script's `client.global.set(name, value)`: over the globals set before
    const preGlobal = this.preGlobal(name, span, record);
    if (preGlobal) return preGlobal;
    const set = own(this.context.globals, name);
    if (typeof set === 'string') return { value: set, source: { kind: 'global', name } };
    const ev = own(this.env, name);
    if (ev) {
      const source: ValueSource = { kind: 'environment', name, file: ev.source };
      if (this.envName !== undefined && !ev.shared) source.environment = this.envName;
      if (ev.shared) source.shared = true;
      return { value: this.environmentValue(ev.value), source };
    }
    const dot = this.fromDotenv(name);
    if (dot !== undefined) return { value: dot, source: { kind: 'dotenv', name } };
    // httpYac evaluates `{{process.env.NAME}}` as JavaScript: the process environment's NAME.
    if (this.file.dialect === 'httpyac' && isProcessEnv(name)) {
      const key = name.slice(12);
      const value = this.fromProcess(key);
      if (value !== undefined) return { value, source: { kind: 'process-env', name: key } };
      if (record) this.diag('HTTP1034', span, { source: 'process.env', name: key });
      return { source: { kind: 'unresolved', reason: 'unavailable' } };
    }
    // httpYac adds the response of a named request as a variable of that name: `{{login}}`, `{{login.token}}`
    const response = this.file.dialect === 'httpyac' ? this.namedResponse(name, span, record) : undefined;
    if (response) return response;
    // httpYac evaluates `{{config.host}}` as JavaScript, and the JetBrains HTTP Client reads it: a member of an
    // environment variable that holds a JSON object (REST Client has no such variables)
    const member = this.file.dialect !== 'rest-client' ? this.environmentMember(name, span) : undefined;
    if (member) return member;
    if (record) this.diag('HTTP1006', span, { name });
    return { source: { kind: 'unresolved', reason: 'undefined' } };
  }

  /**
   * httpYac's variables of a named request's response and a member path into them, read without running JavaScript:
   * the request's name (`login`, `login.token`, `json.items[0].id`, `json["a b"]`) and httpYac's variable name for it
   * (`# @name get-user` gives `getUser`) read its body, parsed when it is JSON; `getUserResponse` reads the response
   * (`statusCode`, `headers.etag`, `body`, `parsedBody.id`); after a `# @loop`, `<name>List` the responses of its
   * passes (`length`, `[1].parsedBody.id`). Undefined when the expression is no such path or its head names no
   * request of the file or of a file it imports.
   */
  namedResponse(expression: string, span: Span, record: boolean): Lookup | undefined {
    const path = memberPath(expression.trim());
    if (!path) return undefined;
    const head = path[0] as string;
    const named: NamedVariable | undefined =
      this.file.requests.some((r) => r.name === head) || (this.file.imports && importedRequest(this.file, head)) ? { name: head, part: 'body' } : this.responseVariables().get(head);
    if (!named) return undefined;
    const name = named.name;
    const stored = own(this.context.responses, name);
    const rest = path.slice(1);
    const source: ValueSource = { kind: 'request', name, part: 'response', path: named.part === 'body' ? ['body', ...rest].join('.') : rest.join('.') };
    if (!stored) {
      if (record) this.diag('HTTP1018', span, { name });
      return { source: { kind: 'unresolved', reason: 'no-response' } };
    }
    const notFound = (path: readonly string[] = rest): Lookup => {
      if (record) this.diag('HTTP1038', span, { path: path.join('.') || head, name });
      return { source: { kind: 'unresolved', reason: 'not-found' } };
    };
    let exchange = stored;
    let members = rest;
    if (named.part === 'list') {
      // `<name>List.length`, `<name>List[1].parsedBody.id`: the passes of the request's last loop
      const passes = stored.passes;
      if (!passes) return notFound();
      if (rest.length === 1 && rest[0] === 'length') return { value: String(passes.length), source };
      const at = rest[0] === undefined || !/^\d+$/.test(rest[0]) ? undefined : passes[Number(rest[0])];
      if (!at) return notFound();
      exchange = at;
      members = rest.slice(1);
    }
    const response = exchange.response;
    // the response's members that are not its body
    if (named.part !== 'body' && members[0] !== 'body' && members[0] !== 'parsedBody') {
      if (members[0] === 'statusCode' && members.length === 1 && response.status !== undefined) return { value: String(response.status), source };
      if (members[0] !== 'headers') return notFound();
      const headers = headerObject(response.headers);
      const found = memberOf(headers, members.slice(1), true);
      return found && found.value !== undefined ? { value: jsonToText(found.value), source } : notFound();
    }
    const body = response.body;
    const omitted = response.bodyOmitted;
    if (body === undefined && omitted) {
      if (record) this.diag('HTTP1052', span, { name, size: formatSize(omitted.length) });
      return { source: { kind: 'unresolved', reason: 'no-response', bodyOmitted: { length: omitted.length } } };
    }
    const text = body ?? '';
    // `login` and `login.x`; `loginResponse.body` (the text) and `loginResponse.parsedBody.x` (the JSON)
    const within = named.part === 'body' ? members : members.slice(1);
    if (within.length === 0 && (named.part === 'body' || members[0] === 'body')) return { value: text, source };
    if (named.part !== 'body' && members[0] === 'body') return notFound();
    const parsed = jsonOrText(text);
    if (named.part !== 'body' && typeof parsed === 'string') return notFound(); // no parsedBody when the body is not JSON
    if (within.length === 0) return { value: jsonToText(parsed), source };
    const found = memberOf(parsed, within);
    return found ? { value: jsonToText(found.value), source } : notFound(within);
  }

  private responseVariableMap: Map<string, NamedVariable> | undefined;

  /** httpYac's variables of the named requests' responses (`getUser`, `getUserResponse`), of the file and its imports. */
  responseVariables(): Map<string, NamedVariable> {
    return (this.responseVariableMap ??= responseVariablesOf(this.file));
  }

  /** The value a pre-request script's statement gives: a literal, a dynamic value or another variable's. */
  preValue(pre: PreRequestValue, source: ValueSource, span: Span, record: boolean): Lookup {
    if (pre.kind === 'literal') return { value: pre.value, source };
    const found =
      pre.kind === 'variable'
        ? this.variable(pre.name, span, record)
        : this.dynamic({ kind: 'dynamic', expression: pre.expression, name: splitDynamic(pre.expression).name, span, expressionSpan: span }, record);
    return found.value === undefined ? found : { value: found.value, source };
  }

  /** The value of a global a pre-request script sets (`client.global.set`), found once; undefined for another name. */
  preGlobal(name: string, span: Span, record: boolean): Lookup | undefined {
    const entry = this.preGlobals.get(name);
    if (!entry?.set.value) return undefined;
    let found = this.preGlobalValues.get(name);
    if (!found) {
      found = this.preValue(entry.set.value, { kind: 'pre-request', name }, span, record);
      this.preGlobalValues.set(name, found);
    }
    return found;
  }

  /**
   * A member path into an environment variable that holds a JSON object or array (`config.host`, `hosts[0]`, read
   * without running JavaScript), as httpYac evaluates it; undefined when the head is no such variable (or is another
   * variable by that name, which wins over the environment) or the path leads nowhere.
   */
  environmentMember(expression: string, span: Span): Lookup | undefined {
    const path = memberPath(expression.trim());
    if (!path || path.length < 2) return undefined;
    const head = path[0] as string;
    if (!own(this.env, head)?.json) return undefined;
    const found = this.variable(head, span, false);
    if (found.value === undefined || found.source.kind !== 'environment') return undefined;
    const member = memberOf(jsonOrText(found.value), path.slice(1));
    return member && member.value !== undefined ? { value: jsonToText(member.value), source: { ...found.source, name: expression.trim() } } : undefined;
  }

  /** The process environment's `name`, when the host gives a string for it (a host's record may answer `constructor` with a function). */
  fromProcess(name: string): string | undefined {
    const value: unknown = this.context.host?.env?.(name);
    return typeof value === 'string' ? value : undefined;
  }

  /** The `.env` file's `name`, when the host gives a string for it. */
  fromDotenv(name: string): string | undefined {
    const value: unknown = this.context.host?.dotenv?.(name);
    return typeof value === 'string' ? value : undefined;
  }

  /** Environment values may use `{{$shared name}}` (REST Client) and other references. */
  environmentValue(value: string): string {
    if (!value.includes('{{')) return value;
    return value.replace(/\{\{\s*\$shared\s+([\w.-]+)\s*\}\}/g, (whole, n: string) => {
      const shared = own(this.env, n);
      return shared?.shared ? shared.value : whole;
    }).replace(/\{\{[^{}]*\}\}/g, (whole) => this.substituteLoose(whole));
  }

  dynamic(ref: VariableReference, record: boolean): Lookup {
    const { name, args } = splitDynamic(ref.expression);
    // httpYac's `{{$index}}` in a pass of a `# @loop`
    if (name === '$index' && args.trim() === '' && this.context.loop) return { value: String(this.context.loop.index), source: { kind: 'loop', name } };
    const info = getDynamicVariable(name);
    const source: ValueSource = { kind: 'dynamic', name };
    if (!info || !info.check(args)) {
      if (record) this.diag(info ? 'HTTP1011' : 'HTTP1010', ref.span, info ? { name, expected: info.expected } : { name });
      return { source: { kind: 'unresolved', reason: 'not-found' } };
    }
    const parts = splitArgs(args);
    const host = this.context.host;
    const r = this.random;
    const randInt = (min: number, max: number): number => Math.floor(r() * (max - min)) + min;
    const chars = (alphabet: string, n: number): string => {
      let s = '';
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(r() * alphabet.length)];
      return s;
    };
    const paren = (): string[] => {
      const t = args.trim();
      return t.startsWith('(') ? t.slice(1, -1).split(',').map((x) => x.trim()).filter((x) => x !== '') : [];
    };
    const withOffset = (from: number): number => (from < parts.length ? addOffset(this.now, Number(parts[from]), parts[from + 1] as string) : this.now);
    switch (name) {
      case '$guid':
      case '$uuid':
      case '$random.uuid':
        return { value: uuidV4(r), source };
      case '$randomInt':
        return { value: String(parts.length === 2 ? randInt(Number(parts[0]), Number(parts[1])) : randInt(0, 1000)), source };
      case '$timestamp':
        // httpYac answers a bare `$timestamp` in milliseconds (its JetBrains variables come first), with an offset in seconds
        if (parts.length === 0 && this.file.dialect === 'httpyac') return { value: String(this.now), source };
        return { value: String(Math.floor(withOffset(0) / 1000)), source };
      case '$isoTimestamp':
        return { value: new Date(this.now).toISOString(), source };
      case '$datetime':
      case '$localDatetime': {
        const tz = name === '$localDatetime' ? (host?.timezoneOffset?.() ?? 0) : 0;
        const fmt = parts[0] as string;
        const when = withOffset(1);
        let value: string;
        if (fmt === 'rfc1123') value = rfc1123(when, tz);
        else if (fmt === 'iso8601') value = iso8601(when, tz);
        else value = formatDate(when, fmt.slice(1, -1), tz);
        return { value, source };
      }
      case '$processEnv':
      case '$dotenv': {
        let key = parts[0] as string;
        if (key.startsWith('%')) {
          const indirect = this.variable(key.slice(1), ref.span, false);
          if (indirect.value === undefined) {
            if (record) this.diag('HTTP1006', ref.span, { name: key.slice(1) });
            return { source: { kind: 'unresolved', reason: 'undefined' } };
          }
          key = indirect.value;
        }
        const value = name === '$processEnv' ? this.fromProcess(key) : this.fromDotenv(key);
        if (value === undefined) {
          if (record) this.diag('HTTP1034', ref.span, { source: name, name: key });
          return { source: { kind: 'unresolved', reason: 'unavailable' } };
        }
        return { value, source: name === '$processEnv' ? { kind: 'process-env', name: key } : { kind: 'dotenv', name: key } };
      }
      case '$random.email':
        return { value: `${chars('abcdefghijklmnopqrstuvwxyz', 8)}@example.com`, source };
      case '$random.integer': {
        const p = paren();
        return { value: String(p.length === 2 ? randInt(Number(p[0]), Number(p[1])) : randInt(0, 1000)), source };
      }
      case '$random.float': {
        const p = paren();
        const [lo, hi] = p.length === 2 ? [Number(p[0]), Number(p[1])] : [0, 1000];
        return { value: String(r() * (hi - lo) + lo), source };
      }
      case '$random.alphabetic':
        return { value: chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', Number(paren()[0] ?? 0)), source };
      case '$random.alphanumeric':
        return { value: chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_', Number(paren()[0] ?? 0)), source };
      case '$random.hexadecimal':
        return { value: chars('0123456789abcdef', Number(paren()[0] ?? 0)), source };
      case '$auth.token':
      case '$auth.idToken': {
        const token = authReference(ref.expression);
        const auth = this.context.auth;
        if (token && auth) {
          const key = `${token.kind}\0${token.id}`;
          if (!this.tokens.has(key)) {
            const found = typeof auth === 'function' ? auth(token.id, token.kind) : token.kind === 'token' ? own(auth, token.id)?.accessToken : own(auth, token.id)?.idToken;
            this.tokens.set(key, found);
          }
          const value = this.tokens.get(key);
          if (value !== undefined) return { value, source };
        }
        if (record) this.diag('HTTP1034', ref.span, { source: name, name: token?.id ?? name });
        return { source: { kind: 'unresolved', reason: 'unavailable' } };
      }
      case '$projectRoot':
      case '$historyFolder': {
        const root = host?.projectRoot?.();
        if (root !== undefined) return { value: name === '$projectRoot' ? root : joinPath(root, '.idea/httpRequests'), source };
        if (record) this.diag('HTTP1034', ref.span, { source: name, name });
        return { source: { kind: 'unresolved', reason: 'unavailable' } };
      }
      case '$input':
      case '$prompt':
      case '$password':
      case '$pick':
        return this.question(ref, record);
      default: {
        // the JetBrains HTTP Client's Java Faker values: generated for the methods faker.ts has, otherwise left as written
        if (isFakerVariable(name)) {
          const value = fakerValue(name, args, r);
          if (value !== undefined) return { value, source };
          if (record) this.diag('HTTP1061', ref.span, { name });
          return { source: { kind: 'unresolved', reason: 'unavailable' } };
        }
        if (name.startsWith('$env.')) {
          const value = this.fromProcess(name.slice(5));
          if (value !== undefined) return { value, source: { kind: 'process-env', name: name.slice(5) } };
        }
        if (record) this.diag('HTTP1034', ref.span, { source: name, name: name.startsWith('$env.') ? name.slice(5) : name });
        return { source: { kind: 'unresolved', reason: 'unavailable' } };
      }
    }
  }

  /**
   * httpYac's `$input`, `$prompt`, `$password` and `$pick`: the answer of `context.ask` (one per placeholder), or with
   * `-askonce` the variable named as the placeholder when there is one, as httpYac answers it.
   */
  question(ref: VariableReference, record: boolean): Lookup {
    const q = questionOfExpression(ref.expression) as Question;
    if (q.askOnce && (this.fileVars.has(q.placeholder) || own(this.env, q.placeholder) !== undefined)) {
      const found = this.variable(q.placeholder, ref.span, record);
      if (found.value !== undefined) return found;
    }
    if (!this.answers.has(q.placeholder)) {
      const ask = this.context.ask;
      this.answers.set(q.placeholder, typeof ask === 'function' ? ask(q) : own(ask, q.placeholder));
    }
    const answer = this.answers.get(q.placeholder);
    if (answer !== undefined) return { value: answer, source: { kind: 'prompt', name: q.placeholder } };
    if (record) this.diag('HTTP1020', ref.span, { name: q.placeholder });
    return { source: { kind: 'unresolved', reason: 'unanswered' } };
  }

  requestVariable(ref: VariableReference, record: boolean): Lookup {
    const m = /^[^.]+\.(response|request)\.(body|headers)(?:\.(.*))?$/s.exec(ref.expression);
    const name = ref.name;
    const exchange = own(this.context.responses, name);
    const defined = this.file.requests.some((r) => r.name === name);
    if (!m) {
      if (record) this.diag('HTTP1038', ref.span, { path: ref.expression, name });
      return { source: { kind: 'unresolved', reason: 'not-found' } };
    }
    const part = m[1] as 'response' | 'request';
    const where = m[2] as 'body' | 'headers';
    const path = m[3] ?? '';
    const source: ValueSource = { kind: 'request', name, part, path: `${where}${path ? `.${path}` : ''}` };
    if (!exchange || (part === 'request' && !exchange.request)) {
      if (record) this.diag(defined ? 'HTTP1018' : 'HTTP1006', ref.span, { name });
      return { source: { kind: 'unresolved', reason: defined ? 'no-response' : 'undefined' } };
    }
    const omitted = exchange.response.bodyOmitted;
    if (part === 'response' && where === 'body' && exchange.response.body === undefined && omitted) {
      // the body was not kept: nothing can be said about the path
      if (record) this.diag('HTTP1052', ref.span, { name, size: formatSize(omitted.length) });
      return { source: { kind: 'unresolved', reason: 'no-response', bodyOmitted: { length: omitted.length } } };
    }
    const side = part === 'response' ? exchange.response : (exchange.request as NonNullable<StoredExchange['request']>);
    const notFound = (): Lookup => {
      if (record) this.diag('HTTP1038', ref.span, { path: path || where, name });
      return { source: { kind: 'unresolved', reason: 'not-found' } };
    };
    if (where === 'headers') {
      const h = headerList(side.headers).filter(([k]) => k.toLowerCase() === path.toLowerCase());
      if (h.length === 0) return notFound();
      return { value: h.map(([, v]) => v).join(', '), source };
    }
    const body = side.body ?? '';
    if (path === '*' || path === '') return { value: body, source };
    if (path.startsWith('$')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        return notFound();
      }
      const r = jsonPath(parsed, path);
      return r.found ? { value: jsonToText(r.value), source } : notFound();
    }
    if (path.startsWith('/')) {
      const r = xPath(body, path);
      return r.found && r.value !== undefined ? { value: r.value, source } : notFound();
    }
    return notFound();
  }
}

/** REST Client lets file variable values escape characters with `\` (`\n`, `\t`, `\\`, ...). */
function unescapeFileValue(value: string): string {
  if (!value.includes('\\')) return value;
  return value.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : c));
}

/**
 * Resolves the request at `index`: substitutes file, environment, prompt, `.env`, dynamic and request
 * variables into the URL, headers and body (included files read through the host), and reports where each
 * value came from. JavaScript is never evaluated: such references stay as written (HTTP1019).
 */
export function resolveRequest(file: HttpFile, index: number, context: ResolveContext = {}): ResolvedRequest {
  const request = file.requests[index];
  if (!request) throw new RangeError(`no request at index ${index} (the file has ${file.requests.length})`);
  const resolved = resolveTemplate(file, request, context);
  // a value the dialect cannot read is reported by the parse (HTTP1050), not again here
  const timeouts = request.metadata.length > 0 ? requestTimeouts(request.metadata, file.dialect).timeouts : undefined;
  if (timeouts && Object.keys(timeouts).length > 0) resolved.timeouts = timeouts;
  return resolved;
}

/**
 * The references of a node (in file order) that fall in each of its pieces, asked for in file order too: each call
 * moves on from where the last one stopped, so a URL of many continuation lines or a body of many lines is not
 * searched once per line.
 */
class RefCursor<R extends { span: Span }> {
  private next = 0;
  constructor(private readonly refs: readonly R[]) {}

  within(from: number, to: number): R[] {
    const out: R[] = [];
    while (this.next < this.refs.length && (this.refs[this.next] as R).span.offset < from) this.next++;
    for (let k = this.next; k < this.refs.length && (this.refs[k] as R).span.offset < to; k++) out.push(this.refs[k] as R);
    return out;
  }
}

/**
 * The content of an included file, its path's variables substituted: the file's bytes, or its text when `asText`
 * (decoded with the include's encoding) or when the host reads text only. Undefined, with HTTP1008 at the path, when
 * the host cannot read the file (and without a note when there is no host to read files).
 */
function readInclude(r: Resolver, inc: BodyInclude, host: HttpFileHost | undefined, asText: boolean): string | Uint8Array | undefined {
  const path = r.substitute(inc.path, inc.pathSpan.offset, inc.references, true);
  const raw = host?.readBytes?.(path);
  const content = raw !== undefined ? (asText ? decodeFile(raw, inc.encoding) : raw) : host?.readBytes ? undefined : host?.readFile?.(path);
  if (content === undefined && (host?.readBytes || host?.readFile)) r.diag('HTTP1008', inc.pathSpan, { path });
  return content;
}

function resolveTemplate(file: HttpFile, request: HttpFileRequest, context: ResolveContext): ResolvedRequest {
  const r = new Resolver(file, request, context);
  const text = file.text;
  if (request.curl) return resolveCurl(r, request, text);
  // URL: the request line part, then each continuation line.
  let url = '';
  const firstLineLength = request.urlContinuations.length > 0 ? urlLineLength(text, request) : request.urlSpan.length;
  const pieces: { offset: number; length: number }[] = [{ offset: request.urlSpan.offset, length: firstLineLength }, ...request.urlContinuations.map((c) => c.span)];
  const urlRefs = new RefCursor(request.urlReferences);
  for (const p of pieces) {
    const piece = text.slice(p.offset, p.offset + p.length);
    url += r.substitute(piece, p.offset, urlRefs.within(p.offset, p.offset + p.length), true);
  }
  const headers: ResolvedHeader[] = request.headers.map((h) => {
    const nameRefs = h.references.filter((ref) => ref.span.offset < h.valueSpan.offset);
    const valueRefs = h.references.filter((ref) => ref.span.offset >= h.valueSpan.offset);
    const name = nameRefs.length ? r.substitute(h.name, h.nameSpan.offset, nameRefs, true) : h.name;
    const segments: TemplateSegment[] = [];
    const value = r.substitute(h.value, h.valueSpan.offset, valueRefs, true, segments);
    return { name, value, span: h.span, valueSpan: h.valueSpan, segments };
  });
  // httpYac: a URL starting with "/" and no Host field is sent to the variable `host`
  if (file.dialect !== 'rest-client' && file.dialect !== 'jetbrains' && url.trimStart().startsWith('/') && !headers.some((h) => h.name.trim().toLowerCase() === 'host')) {
    const host = r.variable('host', request.urlSpan, false).value?.trim();
    if (host) {
      url = host + url.trimStart();
      r.diag('HTTP1048', request.urlSpan, { host });
    }
  }
  const resolved: ResolvedRequest = { request, method: request.method, url, protocol: request.protocol, headers, values: r.values, diagnostics: r.diagnostics };
  if (request.httpVersion !== undefined) resolved.httpVersion = request.httpVersion;
  if (request.body) {
    // A line is text, or the bytes of a file sent as is when the host reads bytes.
    const lines: (string | Uint8Array)[] = [];
    const host = context.host;
    let bytes = false;
    const bodyRefs = new RefCursor(request.body.references);
    for (const part of request.body.parts) {
      if (part.kind === 'text') {
        lines.push(r.substitute(part.text, part.span.offset, bodyRefs.within(part.span.offset, part.span.offset + part.span.length), true));
        continue;
      }
      const inc = part.include;
      const content = readInclude(r, inc, host, inc.processVariables);
      if (content === undefined) {
        lines.push(text.slice(inc.span.offset, inc.span.offset + inc.span.length));
      } else if (typeof content !== 'string') {
        lines.push(content);
        bytes = true;
      } else {
        lines.push(inc.processVariables ? r.substituteLoose(content) : content);
      }
    }
    const pieces: (string | Uint8Array)[] = [];
    const form = request.body.lineBreak === '';
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k] as string | Uint8Array;
      if (k > 0 && !form) pieces.push('\n');
      // httpYac also trims around each `=` and `&` of a form line
      pieces.push(typeof line !== 'string' || !form ? line : file.dialect === 'httpyac' ? trimFormLine(line) : line.trim());
    }
    if (file.dialect === 'httpyac' && request.body.text.endsWith('\n') && !endsWithLineFeed(pieces)) pieces.push('\n');
    resolved.body = pieces.map((p) => (typeof p === 'string' ? p : decodeFile(p))).join('');
    const fragmentFiles = request.body.graphql?.fragmentFiles;
    if (fragmentFiles) {
      const fragments: { name: string; text: string }[] = [];
      for (const { name, include } of fragmentFiles) {
        const content = readInclude(r, include, host, true);
        if (typeof content === 'string') fragments.push({ name, text: content.trim() });
      }
      if (fragments.length > 0) resolved.graphqlFragments = fragments;
    }
    if (bytes) resolved.bodyParts = joinText(pieces);
    // REST Client and httpYac percent-encode a form body (the `encodeurl` package's rule)
    if (form && !bytes && file.dialect !== 'jetbrains') {
      const encoded = encodeForm(resolved.body);
      if (encoded !== resolved.body) {
        const at = firstDifference(resolved.body, encoded);
        // a few characters around the first change, surrogate pairs kept whole
        const body = resolved.body;
        let start = Math.max(0, at - 8);
        let end = Math.min(body.length, at + 8);
        if ((body.charCodeAt(start) & 0xfc00) === 0xdc00) start--;
        if ((body.charCodeAt(end - 1) & 0xfc00) === 0xd800) end++;
        const from = body.slice(start, end);
        r.diag('HTTP1049', request.body.span, { example: `${from} → ${encodeForm(from)}` });
        resolved.body = encoded;
      }
    }
  }
  // after the request's own references, so that these are found (and reported) where the request uses them
  if (r.preGlobals.size > 0) {
    const globals = record<string>();
    for (const [name, { span }] of r.preGlobals) {
      const found = r.preGlobal(name, span, false);
      if (found?.value !== undefined) globals[name] = found.value;
    }
    resolved.globals = globals;
  }
  if (request.redirects.length > 0) {
    resolved.redirects = request.redirects.map((o) => {
      const refs: VariableReference[] = [];
      scanTemplate(o.path, o.pathSpan.offset, refs, []);
      return { path: refs.length > 0 ? r.substitute(o.path, o.pathSpan.offset, refs, true) : o.path, force: o.force, span: o.span };
    });
  }
  return resolved;
}

/** The characters `encodeurl` (which REST Client and httpYac use) leaves as they are, `%` aside. */
function urlSafe(c: number): boolean {
  return c === 0x21 || (c >= 0x23 && c <= 0x3b && c !== 0x25) || c === 0x3d || (c >= 0x3f && c <= 0x5f) || (c >= 0x61 && c <= 0x7a) || c === 0x7c || c === 0x7e;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * A form body percent-encoded as REST Client and httpYac send it (the `encodeurl` package's rule): what a URL cannot
 * hold is encoded as UTF-8, a `%` that starts no escape becomes `%25`, a lone surrogate U+FFFD.
 */
export function encodeForm(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (urlSafe(c)) out += body[i] as string;
    else if (c === 0x25) out += isHexDigit(body.charCodeAt(i + 1)) && isHexDigit(body.charCodeAt(i + 2)) ? '%' : '%25';
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < body.length && (body.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out += encodeURI(body.slice(i, i + 2));
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) out += '%EF%BF%BD';
    else out += encodeURI(body[i] as string);
  }
  return out;
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

/** httpYac's form line: the spaces around each `=` and each `&` removed. */
function trimFormLine(line: string): string {
  return line
    .split('=')
    .map((p) => p.trim())
    .join('=')
    .split('&')
    .map((p) => p.trim())
    .join('&');
}

function endsWithLineFeed(pieces: readonly (string | Uint8Array)[]): boolean {
  const last = pieces[pieces.length - 1];
  if (last === undefined) return false;
  return typeof last === 'string' ? last.endsWith('\n') : last[last.length - 1] === 10;
}

/** Neighbouring text pieces joined into one. */
function joinText(pieces: readonly (string | Uint8Array)[]): (string | Uint8Array)[] {
  const out: (string | Uint8Array)[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (typeof p === 'string' && typeof last === 'string') out[out.length - 1] = last + p;
    else if (typeof p !== 'string' || p !== '') out.push(p);
  }
  return out;
}

/** A curl command in a `.http` file: substitute in the command text, then read it again. */
function resolveCurl(r: Resolver, request: HttpFileRequest, text: string): ResolvedRequest {
  const span = (request.curl as { span: Span }).span;
  const command = r.substitute(text.slice(span.offset, span.offset + span.length), span.offset, request.references, true);
  const parsed = parseCurl(command);
  const resolved: ResolvedRequest = {
    request,
    method: parsed.method,
    url: parsed.url,
    protocol: 'http',
    headers: parsed.headers.map((h) => ({ name: h.name, value: h.value, span })),
    values: r.values,
    diagnostics: r.diagnostics,
  };
  if (parsed.body !== undefined) resolved.body = parsed.body;
  if (parsed.httpVersion) resolved.httpVersion = parsed.httpVersion;
  return resolved;
}

function urlLineLength(text: string, request: HttpFileRequest): number {
  let end = request.urlSpan.offset;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  const versionStart = request.httpVersionSpan && request.httpVersionSpan.offset < end ? request.httpVersionSpan.offset : end;
  let e = versionStart;
  while (e > request.urlSpan.offset && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  return e - request.urlSpan.offset;
}

/** Resolves one variable name as a request would see it (for hovers on definitions and references). */
export function resolveVariable(file: HttpFile, name: string, context: ResolveContext = {}, requestIndex = 0): { value?: string; source: ValueSource } {
  const request = file.requests[requestIndex] ?? file.requests[0];
  const placeholder: HttpFileRequest = request ?? {
    index: 0, method: 'GET', url: '', urlSpan: { offset: 0, length: 0 }, urlReferences: [], urlContinuations: [], protocol: 'http',
    requestLineSpan: { offset: 0, length: 0 }, headers: [], span: { offset: 0, length: 0 }, metadata: [], comments: [], scripts: [],
    redirects: [], responseReferences: [], asserts: [], references: [],
  };
  const r = new Resolver(file, placeholder, context);
  const kind = classifyExpression(name);
  const span = { offset: 0, length: 0 };
  const found = r.reference({ kind: kind.kind, expression: name, name: kind.name, span, expressionSpan: span }, false);
  const out: { value?: string; source: ValueSource } = { source: found.source };
  if (found.value !== undefined) out.value = found.value;
  return out;
}
