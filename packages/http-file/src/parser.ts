import { createDiagnostic, getCodeDefinition, shiftDiagnostic } from '@httplens/core';
import { authReference } from './auth.js';
import { parseCurl } from './curl.js';
import { NameSet } from './name-set.js';
import { responseVariablesOf, type NamedVariable } from './named.js';
import { graphqlFragmentName, HTTPYAC_METHODS, isHeaderStart, isHttpyacVariableLine, isGraphqlMarker, isNamed, isToken, looksLikeBodyStart, KNOWN_METHODS, KNOWN_VERSIONS, looksLikeRequestLine, byteOrderMarkAsSpace, OTHER_PROTOCOLS, startsBodyAmongHeaders, trimmedEnd } from './syntax.js';
import type { Diagnostic, Locale, MessageArgs, Span } from '@httplens/core';
import { getDynamicVariable, splitDynamic } from './dynamic.js';
import { checkHeader, checkReference, checkRequestContent, checkScript, VariableValues } from './portability.js';
import { requestRefs } from './refs.js';
import { folderOf, hostFrom, importedRequest, importedVariables, joinPath, MAX_IMPORT_DEPTH } from './imports.js';
import { MAX_LOOP_PASSES, readLoop } from './loops.js';
import { metadataValueProblem } from './send-metadata.js';
import { applySuppressions } from './suppress.js';
import { isProcessEnv, scanTemplate, type TemplateProblem } from './template.js';
import { isKnownEncoding } from './encoding.js';
import { BodyNode, CommentLineNode, HeaderNode, MetadataNode, NONE, RequestNode, TextPartNode } from './nodes.js';
import type {
  BodyInclude,
  BodyPart,
  CommentNode,
  Dialect,
  FileImport,
  FileVariable,
  GraphQLBody,
  DirectiveNode,
  HttpFile,
  HttpFileHost,
  HttpFileBody,
  HttpFileHeader,
  HttpFileRequest,
  MultipartBody,
  MultipartPart,
  ParseOptions,
  ScriptNode,
  Suppression,
  VariableReference,
} from './types.js';

interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset after the last character, before the line ending. */
  end: number;
  text: string;
}

/**
 * Line bounds of a text: `starts[i]` and `ends[i]` (before the line ending) of line `i`.
 * Kept as numbers rather than an object per line, so a large file does not fill the heap with
 * line objects that live as long as the parse; `Parser.line(i)` makes a short-lived view.
 */
interface LineTable {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
}

/** A copy of `a` with room for `capacity` numbers. */
function grown(a: Int32Array<ArrayBuffer>, capacity: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(capacity);
  b.set(a);
  return b;
}

function splitLines(text: string): LineTable {
  const n = text.length;
  let capacity = 64 + (n >> 5);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let count = 0;
  const add = (start: number, end: number): void => {
    if (count === capacity) {
      capacity *= 2;
      starts = grown(starts, capacity);
      ends = grown(ends, capacity);
    }
    starts[count] = start;
    ends[count] = end;
    count++;
  };
  if (text.indexOf('\r') < 0) {
    // Fast path for LF-only text: the engine's indexOf finds line ends.
    let start = 0;
    for (;;) {
      const i = text.indexOf('\n', start);
      if (i < 0) {
        add(start, n);
        return { count, starts, ends };
      }
      add(start, i);
      start = i + 1;
    }
  }
  let start = 0;
  while (start <= n) {
    let i = start;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) break;
      i++;
    }
    add(start, i);
    if (i >= n) break;
    start = text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return { count, starts, ends };
}

function leadingWs(s: string): number {
  let i = 0;
  while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
  return i;
}

/** The number of spaces and tabs in `s` from `from` on (no substring is made). */
function wsFrom(s: string, from: number): number {
  let i = from;
  while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
  return i - from;
}

/** The length of `s` without its trailing spaces and tabs. */
function trailingEnd(s: string): number {
  return trimmedEnd(s, 0, s.length);
}

/** Letters, digits, `_`, `.` and `-`: the characters of a metadata key. */
function isKeyChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45;
}

function isBlank(s: string): boolean {
  return leadingWs(s) === s.length;
}

/** httpYac's status line of a response written in the file. */
const RESPONSE_LINE = /^\s*HTTP\/\S+\s*[1-5]\d\d/;

/** httpYac's script block: `{{` or `{{@event` alone on its line (group 1: `@event`). */
const SCRIPT_OPENER = /^\{\{(@\w+)?\s*$/;

/** Whether `s[from, end)` opens an httpYac script block (see `SCRIPT_OPENER`). */
function opensScript(s: string, from: number, end: number): boolean {
  return s.charCodeAt(from) === 123 && s.charCodeAt(from + 1) === 123 && SCRIPT_OPENER.test(s.slice(from, end));
}

/** Whether the trimmed line starts with a GraphQL operation keyword (`query`, `mutation`, `subscription`, `fragment`). */
function startsOperation(line: string): boolean {
  // Only a line whose first character other than a space or tab is one of theirs (or other whitespace) is trimmed and tested.
  const c = line.charCodeAt(leadingWs(line));
  if (c !== 113 && c !== 109 && c !== 115 && c !== 102 && !(c === 11 || c === 12 || c >= 160)) return false;
  return /^(?:query|mutation|subscription|fragment)\b/.test(line.trim());
}

/**
 * httpYac's `gql [name] < ./query.gql` (its pattern: `gql`, an optional name without spaces or `(`, then `<` and the
 * path, each after whitespace): the query of a GraphQL request read from a file, `name` the operation to run.
 */
export function gqlImport(line: string): { name?: string; path: string; pathOffset: number } | undefined {
  const start = leadingWs(line);
  if (!line.startsWith('gql', start)) return undefined;
  const words: string[] = [];
  let i = start + 3;
  // `gql`, then at most two words up to and including `<`
  while (words.length < 2) {
    const gap = i;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
    if (i === gap || i === line.length) return undefined;
    const at = i;
    while (i < line.length && line[i] !== ' ' && line[i] !== '\t') i++;
    words.push(line.slice(at, i));
    if (words[words.length - 1] === '<') break;
  }
  if (words[words.length - 1] !== '<') return undefined;
  const name = words.length === 2 ? words[0] : undefined;
  if (name?.includes('(')) return undefined;
  const gap = i;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  const path = line.slice(i).trimEnd();
  if (i === gap || path === '') return undefined;
  const out: { name?: string; path: string; pathOffset: number } = { path, pathOffset: i };
  if (name !== undefined) out.name = name;
  return out;
}

/** `###` (three or more) at the start of a line, after optional whitespace. */
function separatorTitle(s: string): string | undefined {
  const i = leadingWs(s);
  if (!s.startsWith('###', i)) return undefined;
  let j = i + 3;
  while (j < s.length && s.charCodeAt(j) === 35) j++;
  return s.slice(j).trim();
}

/** Whether the line is a `###` separator (as `separatorTitle`, without making the title). */
function isSeparator(s: string): boolean {
  return s.startsWith('###', leadingWs(s));
}

/** `#` or `//` comment start after optional whitespace: returns the index after the marker. */
function commentStart(s: string): { at: number; after: number; style: '#' | '//' } | undefined {
  const i = leadingWs(s);
  if (s.charCodeAt(i) === 35) return { at: i, after: i + 1, style: '#' };
  if (s.charCodeAt(i) === 47 && s.charCodeAt(i + 1) === 47) return { at: i, after: i + 2, style: '//' };
  return undefined;
}

/** The size of the parser's cache of recent strings (a power of two), and the longest string it keeps. */
const RECENT_SIZE = 1024;
const RECENT_MAX = 64;

/** The slot of `s[start, start + length)` in a cache of recent strings: from its length and a few of its characters. */
function recentSlot(s: string, start: number, length: number): number {
  return (length * 61 + s.charCodeAt(start) * 31 + s.charCodeAt(start + length - 1) * 7 + s.charCodeAt(start + (length >> 1))) & (RECENT_SIZE - 1);
}

/** Whether the host can read an included file: true when it has no way to tell. */
function readable(host: HttpFileHost, path: string): boolean {
  if (host.exists) return host.exists(path);
  if (host.readBytes) return host.readBytes(path) !== undefined;
  if (host.readFile) return host.readFile(path) !== undefined;
  return true;
}

/** Variables a script sets: `client.global.set("a", ...)`, `request.variables.set('a', ...)`, `exports.a =`, `$global.a =`. */
const SCRIPT_SETS = /\b(?:client\.global|request\.variables)\.set\(\s*(["'`])([^"'`\n]{1,200})\1|(?:\bexports|\$global)\.([A-Za-z_$][\w$]{0,199})\s*=(?!=)/g;

/** JetBrains `import ./other.http`, `run #Name`, `run ./other.http (@a=b, @c=d)`. */
// A request's name runs to the variables or the end of the line: `run #Get one user (@id=2)`.
const DIRECTIVE = /^(import|run)[ \t]+(#[^\s(](?:[^(]*[^\s(])?|[^\s(]+\.(?:http|rest))(?:[ \t]*\(([^()]*)\))?[ \t]*$/;

const INCLUDE = /^<(@([\w-]*))?[ \t]+(\S.*)$/;

/**
 * A list reused from node to node: items are gathered here and each node gets a copy of exact length
 * (a list grown by `push` keeps room for 17 items, which a large file would hold tens of thousands of times).
 * Cleared by its count: `list.length = 0` would give up the room, and the next `push` would make it again.
 */
class Scratch<T> {
  items: T[] = [];
  count = 0;

  push(item: T): void {
    this.items[this.count++] = item;
  }

  clear(): void {
    this.count = 0;
  }

  /** The item at `k` (0 <= k < count). */
  at(k: number): T {
    return this.items[k] as T;
  }

  /** The gathered items as a list of exact length (the shared empty list when there are none). */
  take(from = 0, to = this.count): T[] {
    return to <= from ? NONE : this.items.slice(from, to);
  }
}

/** Adds an item to a list that may be the shared empty one: returns the list to keep. */
function append<T>(list: T[], item: T): T[] {
  if (list === NONE) return [item];
  list.push(item);
  return list;
}

/** The diagnostics made so far for one code and the values of its first arguments. */
interface DiagnosticCache {
  /** The name of the next argument (the same for every diagnostic of a code). */
  name: string | undefined;
  /** The first diagnostic with exactly these arguments. */
  first: Diagnostic | undefined;
  /** By the next argument's value. */
  next: Map<string | number, DiagnosticCache> | undefined;
}

interface RegionState {
  title: string | undefined;
  /** The `###` line's bounds (offset -1 when the region has none). */
  separatorOffset: number;
  separatorLength: number;
  metadata: MetadataNode[];
  comments: CommentNode[];
  scripts: ScriptNode[];
  variables: FileVariable[];
  start: number;
}

/**
 * The first line of a body, in a request without Content-Type, that is a request line or a status line (an httpYac
 * response example), comment lines aside (see `parseHttpFile`).
 */
function requestLineAsBody(requests: readonly RequestNode[], text: string): Span | undefined {
  for (let k = 0; k < requests.length; k++) {
    const r = requests[k] as RequestNode;
    const parts = r.body?.parts;
    if (!parts || r.protocol !== 'http') continue;
    if (r.headers.some((h) => isNamed(h.name, 'content-type'))) continue;
    for (let p = 0; p < parts.length && p < 8; p++) {
      const part = parts[p] as BodyPart;
      if (part.kind !== 'text' || commentStart(part.text)) continue;
      const c = part.text.charCodeAt(0);
      if (c >= 65 && c <= 90 && (looksLikeRequestLine(part.text) || RESPONSE_LINE.test(part.text))) {
        const at = part.span.offset;
        return { offset: at, length: trimmedEnd(text, at, at + part.span.length) - at };
      }
      break;
    }
  }
  return undefined;
}

/** Metadata that only httpYac reads (the JetBrains HTTP Client and REST Client know none of these). */
const HTTPYAC_ONLY_METADATA = /^(?:#|\/\/)[ \t]*@(loop|ref|forceRef|import|sleep|jwt|ratelimit|injectVariables|keepStreaming|noRejectUnauthorized|disabled)\b/;

class Parser {
  readonly text: string;
  /** The option; with `auto`, `httpyac` once `parse` has found httpYac-only syntax in the file. */
  dialect: Dialect | 'auto';
  readonly options: ParseOptions;
  readonly locale: Locale | undefined;
  readonly table: LineTable;
  readonly lineCount: number;
  readonly diagnostics: Diagnostic[] = [];
  readonly requests: RequestNode[] = [];
  readonly variables: FileVariable[] = [];
  readonly comments: CommentNode[] = [];
  readonly scripts: ScriptNode[] = [];
  readonly suppressions: Suppression[] = [];
  /**
   * Request names. A set of strings rather than a map to the requests: once the garbage collector has moved it to
   * the old generation, a map would make every request added later look alive to the next young collection.
   */
  readonly names = new NameSet();
  readonly noteAdder = (code: string, span: Span, args?: MessageArgs): void => this.diag(code, span, args);
  /** The file variables' values, for a request's `Content-Type: {{type}}` (made when first needed). */
  values: VariableValues | undefined = undefined;
  fences: Span[] | undefined;
  /** Lines that take part (for Markdown: inside fences); a fence line ends a request. */
  active: Uint8Array;

  /**
   * For a file read for a `# @import` line: the paths of the files on the way to it (relative to the first file), and
   * its folder. The first file's own path is not known: it is `''`. `read`: the files read for the first file's
   * imports so far, by path, each read and parsed once however many lines name it.
   */
  readonly importing: Importing;

  constructor(text: string, options: ParseOptions, importing: Importing = { chain: [''], folder: '.', read: new Map() }) {
    this.text = text;
    this.importing = importing;
    this.options = options;
    this.dialect = options.dialect ?? 'auto';
    this.locale = options.locale;
    this.diagOptions = this.locale ? { locale: this.locale } : {};
    this.table = splitLines(text);
    this.lineCount = this.table.count;
    this.known = new Set<string>(options.knownVariables ?? []);
    this.environmentNames = options.knownVariables ? new Set<string>(this.known) : undefined;
    this.knownAuth = options.knownAuthConfigurations ? new Set<string>(options.knownAuthConfigurations) : undefined;
    this.active = new Uint8Array(this.lineCount).fill(1);
  }

  /**
   * Recent strings of the kinds that repeat through a file (methods, versions, metadata keys, header names and
   * values, reference expressions), indexed by their length and a few of their characters: one string then serves
   * many occurrences (a large file's result would otherwise hold a copy for each), and a hit makes no new string.
   */
  readonly recent: (string | undefined)[] = new Array<string | undefined>(RECENT_SIZE).fill(undefined);
  /** Where in the text each string of `recent` was sliced from (it is compared there: the text is flat, a slice is not). */
  readonly recentAt = new Int32Array(RECENT_SIZE);

  /** `this.text.slice(start, end)`, or an equal string met before. */
  slice(start: number, end: number): string {
    const length = end - start;
    const t = this.text;
    if (length <= 0 || length > RECENT_MAX) return t.slice(start, end);
    const h = recentSlot(t, start, length);
    const known = this.recent[h];
    if (known !== undefined && known.length === length) {
      const at = (this.recentAt[h] as number) - start;
      let k = start;
      while (k < end && t.charCodeAt(k) === t.charCodeAt(k + at)) k++;
      if (k === end) return known;
    }
    const s = t.slice(start, end);
    this.recent[h] = s;
    this.recentAt[h] = start;
    return s;
  }

  /** `s`, or an equal string met before. */
  intern(s: string): string {
    const length = s.length;
    if (length === 0 || length > RECENT_MAX) return s;
    const h = recentSlot(s, 0, length);
    const known = this.interned[h];
    if (known === s) return known;
    this.interned[h] = s;
    return s;
  }

  /** As `recent`, for strings that are not sliced from the text where they are looked up (`intern`). */
  readonly interned: (string | undefined)[] = new Array<string | undefined>(RECENT_SIZE).fill(undefined);

  /** The last view made: the loops of a request often ask for the line the previous loop stopped at. */
  lastLineIndex = -1;
  lastLine: Line = { start: 0, end: 0, text: '' };

  /** A view of line `i` (0 <= i < lineCount), made when needed and dropped soon after. */
  line(i: number): Line {
    if (i === this.lastLineIndex) return this.lastLine;
    const start = this.table.starts[i] as number;
    const end = this.table.ends[i] as number;
    const view = { start, end, text: this.text.slice(start, end) };
    this.lastLineIndex = i;
    this.lastLine = view;
    return view;
  }

  /** The offset of the first character of line `i` that is not a space or tab (its end when there is none); no view is made. */
  contentStart(i: number): number {
    const text = this.text;
    const end = this.table.ends[i] as number;
    let p = this.table.starts[i] as number;
    while (p < end) {
      const c = text.charCodeAt(p);
      if (c !== 32 && c !== 9) break;
      p++;
    }
    return p;
  }

  /**
   * The first line (of those taking part) written in syntax that only httpYac reads: an assert (`?? status == 200`),
   * a script block (`{{` alone on its line), metadata only httpYac knows (`# @loop`, `# @ref`, `# @import`...), or a
   * request line of another protocol (GRPC, WS, SSE, MQTT, AMQP).
   */
  httpyacMarker(): { span: Span; syntax: string } | undefined {
    const text = this.text;
    for (let i = 0; i < this.lineCount; i++) {
      if (this.active[i] !== 1) continue;
      const at = this.contentStart(i);
      const end = this.table.ends[i] as number;
      if (at === end) continue;
      const c = text.charCodeAt(at);
      let syntax: string | undefined;
      if (c === 63 /* ? */ && text.charCodeAt(at + 1) === 63) syntax = '??';
      else if (c === 123 /* { */ && at === (this.table.starts[i] as number) && opensScript(text, at, end)) syntax = '{{';
      else if (c === 103 /* g */ && gqlImport(text.slice(at, end))) syntax = 'gql';
      else if (c === 35 /* # */ || (c === 47 && text.charCodeAt(at + 1) === 47)) {
        const m = HTTPYAC_ONLY_METADATA.exec(text.slice(at, Math.min(end, at + 40)));
        if (m) syntax = `@${m[1] as string}`;
      } else if (c >= 65 && c <= 90 && at === (this.table.starts[i] as number)) {
        // the keyword, then a URL or host (`wss://...`, `grpcb.in:9000/...`, `{{host}}/...`), not a word of prose
        const m = /^([A-Z]+)[ \t]+[^\s:/{]*[:/{]/.exec(text.slice(at, Math.min(end, at + 200)));
        if (m && OTHER_PROTOCOLS[m[1] as string] !== undefined) syntax = m[1] as string;
      }
      if (syntax !== undefined) return { span: { offset: at, length: trimmedEnd(text, at, end) - at }, syntax };
    }
    return undefined;
  }

  /** Whether line `i` is blank (spaces and tabs at most); no view is made. */
  blankAt(i: number): boolean {
    return this.contentStart(i) === (this.table.ends[i] as number);
  }

  /** The offset of the line after line `i` (one past the end of the text after the last line). */
  nextStart(i: number): number {
    return i + 1 < this.lineCount ? (this.table.starts[i + 1] as number) : this.text.length + 1;
  }

  /** The options of every diagnostic (made once). */
  readonly diagOptions: { locale?: Locale };

  /** The first diagnostic made for each code and arguments: later ones share its message and arguments. */
  readonly diagCache = new Map<string, DiagnosticCache>();

  diag(code: string, span: Span, args?: MessageArgs): void {
    // Looked up by code, then by each argument's value in turn (no key string is built).
    let level: DiagnosticCache | undefined = this.diagCache.get(code);
    if (!level) {
      level = { name: undefined, first: undefined, next: undefined };
      this.diagCache.set(code, level);
    }
    if (args) {
      for (const name in args) {
        if (level.next && level.name !== name) return void this.diagnostics.push(createDiagnostic(code, span, args, this.diagOptions));
        level.name = name;
        const value = args[name] as string | number;
        let next: Map<string | number, DiagnosticCache> | undefined = level.next;
        if (!next) level.next = next = new Map();
        let found: DiagnosticCache | undefined = next.get(value);
        if (!found) {
          found = { name: undefined, first: undefined, next: undefined };
          next.set(value, found);
        }
        level = found;
      }
    }
    const first = level.first;
    if (first) {
      this.diagnostics.push({ code, severity: first.severity, message: first.message, messageId: first.messageId, args: first.args, span });
      return;
    }
    const d = createDiagnostic(code, span, args ?? {}, this.diagOptions);
    level.first = d;
    this.diagnostics.push(d);
  }

  templateProblems(problems: TemplateProblem[]): void {
    for (const p of problems) this.diag(p.kind === 'empty' ? 'HTTP1012' : 'HTTP1005', p.span);
  }

  /** Reused for every scan: most texts have no problem, so nothing is allocated for them. */
  readonly problems: TemplateProblem[] = [];

  /**
   * Scratch lists that references, headers and body parts are gathered in; each node gets a copy of exact length
   * (a list grown by `push` keeps room for 17 items, which a large file would hold tens of thousands of times).
   */
  readonly refScratch = new Scratch<VariableReference>();
  readonly bodyRefScratch = new Scratch<VariableReference>();
  readonly headerScratch = new Scratch<HttpFileHeader>();
  readonly partScratch = new Scratch<BodyPart>();
  readonly bodyLineScratch = new Scratch<Line | undefined>();
  /** The line index of each blank line of `bodyLineScratch` (-1 for the others). */
  readonly blankIndexScratch = new Scratch<number>();
  readonly textLineScratch = new Scratch<string>();

  /** Appends the references in `text` (at `base` in the file) to `out`. */
  scanInto(text: string, base: number, out: { push(ref: VariableReference): void }): void {
    if (text.indexOf('{{') < 0) return;
    const problems = this.problems;
    if (problems.length !== 0) problems.length = 0;
    scanTemplate(text, base, this.refSink, problems, this.slicer);
    if (problems.length > 0) this.templateProblems(problems);
    // Expressions and names repeat through a file (`{{host}}`, `{{token}}`): one string for each.
    const found = this.refSink;
    for (let k = 0; k < found.count; k++) {
      const ref = found.at(k);
      const same = ref.name === ref.expression;
      ref.expression = this.intern(ref.expression);
      ref.name = same ? ref.expression : this.intern(ref.name);
      out.push(ref);
    }
    found.clear();
  }

  /** `slice` for `scanTemplate`: every text the parser scans is the file's text at its base. */
  readonly slicer = (start: number, end: number): string => this.slice(start, end);

  /** Where `scanTemplate` puts the references of one text before they are interned and handed on. */
  readonly refSink = new Scratch<VariableReference>();

  /** The references in `text` (at `base` in the file), as a list of exact length. */
  scan(text: string, base: number): VariableReference[] {
    if (text.indexOf('{{') < 0) return NONE;
    const out = this.refScratch;
    out.clear();
    this.scanInto(text, base, out);
    return out.take();
  }

  markdown(): void {
    this.fences = [];
    let inFence = false;
    let fenceStart = 0;
    let ticks = 0;
    for (let i = 0; i < this.lineCount; i++) {
      const line = this.line(i);
      const t = line.text.trim();
      if (!inFence) {
        this.active[i] = 0;
        const m = /^(`{3,})\s*(?:http|rest|httpyac)\b/i.exec(t);
        if (m?.[1]) {
          inFence = true;
          ticks = m[1].length;
          fenceStart = this.nextStart(i);
          this.active[i] = 2;
        }
      } else if (t.startsWith('`'.repeat(ticks)) && /^`+$/.test(t)) {
        inFence = false;
        this.active[i] = 2;
        this.fences.push({ offset: fenceStart, length: Math.max(0, line.start - fenceStart) });
      }
    }
    if (inFence) {
      this.fences.push({ offset: fenceStart, length: this.text.length - fenceStart });
      let open: Line | undefined;
      for (let i = 0; i < this.lineCount; i++) if (this.active[i] === 2 && this.nextStart(i) <= fenceStart) open = this.line(i);
      this.diag('HTTP1037', open ? { offset: open.start, length: open.end - open.start } : { offset: 0, length: 0 });
    }
  }

  /** Recognises `# httplens-disable-next-line CODES` / `# httplens-disable-file CODES`. */
  suppression(line: Line, index: number, body: string): boolean {
    if (!body.includes('httplens-disable-')) return false;
    const m = /^httplens-disable-(next-line|file)\b(.*)$/.exec(body.trim());
    if (!m) return false;
    const kind = m[1] === 'file' ? 'file' : 'next-line';
    const codes: string[] = [];
    const rest = m[2] ?? '';
    const restStart = line.text.lastIndexOf(rest);
    const re = /[^\s,]+/g;
    for (let c = re.exec(rest); c; c = re.exec(rest)) {
      const code = c[0];
      if (code === '--') break;
      if (/^HTTP\d{4}$/.test(code) && getCodeDefinition(code)) codes.push(code);
      else this.diag('HTTP1025', { offset: line.start + restStart + c.index, length: code.length }, { code });
    }
    const s: Suppression = { kind, codes, span: { offset: line.start, length: line.end - line.start } };
    if (kind === 'next-line') {
      const next = index + 1 < this.lineCount ? this.line(index + 1) : undefined;
      if (next) s.target = { offset: next.start, length: next.end - next.start };
    }
    this.suppressions.push(s);
    return true;
  }

  /** Handles a `#`/`//` line outside bodies: suppression, metadata or comment. */
  /**
   * Line `index`, whose comment marker starts at `at` and ends before `after` (offsets in the file), read in the
   * file's text (a view of the line is made only for a suppression comment).
   */
  commentLine(index: number, region: RegionState | undefined, at: number, after: number, style: '#' | '//'): void {
    const t = this.text;
    const lineEnd = this.table.ends[index] as number;
    const spanOffset = at;
    const spanLength = lineEnd - at;
    // The line break after the line is neither a space, a tab, `@`, a key character nor `=`: no test below runs past the line.
    const ws = wsFrom(t, after);
    // Metadata first: a line whose text starts with `@` is not a suppression comment.
    if (region && t.charCodeAt(after + ws) === 64 /* @ */) {
      const keyStart = after + ws + 1;
      let k = keyStart;
      while (k < lineEnd && isKeyChar(t.charCodeAt(k))) k++;
      if (k > keyStart) {
        const key = this.slice(keyStart, k);
        let v = k + wsFrom(t, k);
        if (v < lineEnd && t.charCodeAt(v) === 61 /* = */) v += 1 + wsFrom(t, v + 1);
        const vEnd = trimmedEnd(t, this.table.starts[index] as number, lineEnd);
        const value = vEnd > v ? t.slice(v, vEnd) : undefined;
        const entry = new MetadataNode(key, value, spanOffset, spanLength, keyStart - 1, k - keyStart + 1, value === undefined ? -1 : v, value === undefined ? 0 : vEnd - v);
        region.metadata = append(region.metadata, entry);
        // httpYac's `# @import ./other.http`, outside a request or in one: read at the end (see readImports)
        if (key === 'import') this.importLines.push(entry);
        return;
      }
    }
    const body = t.slice(after, lineEnd);
    if (body.includes('httplens-disable-') && this.suppression(this.line(index), index, body)) return;
    const node = new CommentLineNode(body.trim(), spanOffset, spanLength, style);
    if (region) region.comments = append(region.comments, node);
    else this.comments.push(node);
  }

  /** `<@encoding ./file`: an encoding `decodeFile` does not know is read as UTF-8 (HTTP1047). */
  checkEncoding(encoding: string, offset: number): void {
    if (!isKnownEncoding(encoding)) this.diag('HTTP1047', { offset, length: encoding.length }, { encoding });
  }

  fileVariable(line: Line, region: RegionState): void {
    const t = line.text;
    const at = leadingWs(t);
    let k = at + 1;
    while (k < t.length && t.charCodeAt(k) > 32 && t.charCodeAt(k) !== 61) k++;
    const name = t.slice(at + 1, k);
    let v = k + wsFrom(t, k);
    const hasEquals = t.charCodeAt(v) === 61;
    if (hasEquals) v += 1 + wsFrom(t, v + 1);
    const vEnd = trailingEnd(t);
    const value = vEnd > v ? t.slice(v, vEnd) : '';
    const variable: FileVariable = {
      name,
      value,
      span: { offset: line.start + at, length: line.end - line.start - at },
      nameSpan: { offset: line.start + at + 1, length: name.length },
      valueSpan: { offset: line.start + v, length: Math.max(0, vEnd - v) },
      references: NONE,
    };
    if (!hasEquals) this.diag('HTTP1016', variable.span, { name });
    variable.references = this.scan(value, line.start + v);
    region.variables = append(region.variables, variable);
  }

  /**
   * A multi-line script: `> {% ... %}`, `< {% ... %}` or httpYac's `{{ ... }}` block. Returns the index of its last line.
   * Stops (with HTTP1021) at a separator or at the end of the input.
   */
  script(index: number, kind: ScriptNode['kind'], openAt: number, close: string, owner: { scripts: ScriptNode[] }, event?: string): number {
    const first = this.line(index);
    const contentStart = first.start + openAt;
    // Closed on the same line?
    const sameLine = first.text.indexOf(close, openAt);
    if (sameLine >= 0 && close !== '}}') {
      const node: ScriptNode = {
        kind,
        script: first.text.slice(openAt, sameLine).trim(),
        span: { offset: first.start, length: first.end - first.start },
        contentSpan: { offset: contentStart, length: sameLine - openAt },
      };
      this.addScript(owner, node);
      return index;
    }
    for (let j = index + 1; j < this.lineCount; j++) {
      const line = this.line(j);
      if (this.active[j] !== 1 || isSeparator(line.text)) break;
      const pos = close === '}}' ? (line.text.trim() === '}}' ? line.text.indexOf('}}') : -1) : line.text.indexOf(close);
      if (pos >= 0) {
        const node: ScriptNode = {
          kind,
          script: this.text.slice(contentStart, line.start + pos).trim(),
          span: { offset: first.start, length: line.end - first.start },
          contentSpan: { offset: contentStart, length: line.start + pos - contentStart },
        };
        if (event) node.event = event;
        this.addScript(owner, node);
        return j;
      }
    }
    const lastIndex = this.lastLineBefore(index);
    const last = this.line(lastIndex);
    this.diag('HTTP1021', { offset: first.start, length: first.end - first.start }, { open: close === '}}' ? '{{' : close === '%}' ? '{%' : close, close });
    const node: ScriptNode = {
      kind,
      script: this.text.slice(contentStart, last.end).trim(),
      span: { offset: first.start, length: last.end - first.start },
      contentSpan: { offset: contentStart, length: last.end - contentStart },
    };
    if (event) node.event = event;
    this.addScript(owner, node);
    return lastIndex;
  }

  /**
   * Keeps a script (never run), and counts the variables it sets as defined: JetBrains' `client.global.set("name", ...)`
   * and `request.variables.set("name", ...)`, httpYac's `exports.name = ...` and `$global.name = ...`. They get their
   * values when the tool runs the script, so `{{name}}` elsewhere in the file is not reported as undefined.
   */
  addScript(owner: { scripts: ScriptNode[] }, node: ScriptNode): void {
    owner.scripts = append(owner.scripts, node);
    const text = node.script ?? '';
    if (!text.includes('.set(') && !text.includes('exports.') && !text.includes('$global.')) return;
    for (const m of text.matchAll(SCRIPT_SETS)) {
      const name = m[2] ?? m[3];
      if (name) this.known.add(name);
    }
  }

  /** The index of the last line of the script that starts at `index` when it is not closed: up to a separator or the end. */
  lastLineBefore(index: number): number {
    let last = index;
    for (let j = index + 1; j < this.lineCount; j++) {
      if (this.active[j] !== 1 || isSeparator(this.line(j).text)) break;
      last = j;
    }
    return last;
  }

  parse(): void {
    if (this.options.markdown) this.markdown();
    if (this.dialect === 'auto') {
      // A file that uses syntax only httpYac knows is read as httpYac reads it, and the first such line says so.
      const marker = this.httpyacMarker();
      if (marker) {
        this.dialect = 'httpyac';
        this.diag('HTTP1054', marker.span, { syntax: marker.syntax });
      }
    }
    let region: RegionState = this.newRegion(0);
    let i = 0;
    const n = this.lineCount;
    const text = this.text;
    while (i < n) {
      if (this.active[i] !== 1) {
        if (this.active[i] === 2) {
          this.flushRegion(region);
          region = this.newRegion(this.nextStart(i));
        }
        i++;
        continue;
      }
      // Separators and blank lines are read in the text: no view of the line is made for them.
      const lineStart = this.table.starts[i] as number;
      const lineEnd = this.table.ends[i] as number;
      const at = this.contentStart(i);
      if (text.startsWith('###', at)) {
        let j = at + 3;
        while (j < lineEnd && text.charCodeAt(j) === 35) j++;
        // The title: the rest of the line, trimmed (sliced once when it has no other kind of whitespace at its ends).
        let titleStart = j;
        while (titleStart < lineEnd && (text.charCodeAt(titleStart) === 32 || text.charCodeAt(titleStart) === 9)) titleStart++;
        const titleEnd = trimmedEnd(text, titleStart, lineEnd);
        const title = titleEnd > titleStart ? text.slice(titleStart, titleEnd).trim() : '';
        this.flushRegion(region);
        region = this.emptyRegion(region) ? this.resetRegion(region, lineStart) : this.newRegion(lineStart);
        region.separatorOffset = lineStart;
        region.separatorLength = lineEnd - lineStart;
        if (title) region.title = title;
        i++;
        continue;
      }
      if (at === lineEnd) {
        i++;
        continue; // a blank line
      }
      const first = text.charCodeAt(at);
      if ((first === 105 /* i */ || first === 114) /* r */ && this.dialect !== 'rest-client' && this.dialect !== 'httpyac' && this.directive(at, lineEnd)) {
        i++;
        continue;
      }
      if (first !== 35 && first !== 47 && first !== 64 && first !== 60 && first !== 123) {
        if (first === 102 /* f */ && this.dialect === 'httpyac') {
          const end = this.graphqlFragment(i, at, lineEnd);
          if (end > i) {
            i = end;
            continue;
          }
        }
        if (first === 103 /* g */ && this.dialect === 'httpyac' && this.graphqlFragmentFile(at, lineEnd)) {
          i++;
          continue;
        }
        // A request line (read in the text: no view of it is made).
        i = this.request(i, region);
        this.regionAfterRequest(region, i);
        continue;
      }
      if (first === 35 /* # */ || (first === 47 && text.charCodeAt(at + 1) === 47) /* // */) {
        // Read in the text: a comment or metadata line gets no view.
        this.commentLine(i, region, at, first === 35 ? at + 1 : at + 2, first === 35 ? '#' : '//');
        i++;
        continue;
      }
      const line = this.line(i);
      const t = line.text;
      const ws = at - lineStart;
      if (first === 64 /* @ */) {
        this.fileVariable(line, region);
        i++;
        continue;
      }
      if (t.startsWith('< {%', ws) || t.startsWith('<{%', ws)) {
        i = this.script(i, 'pre-request', t.indexOf('{%') + 2, '%}', region) + 1;
        continue;
      }
      // Only a line starting with `<` or `{` can be a script (most are request lines).
      const pre = first === 60 ? /^<[ \t]+(\S+\.js)\s*$/.exec(t.slice(ws)) : null;
      if (pre?.[1]) {
        const off = t.indexOf(pre[1], ws);
        region.scripts = append<ScriptNode>(region.scripts, { kind: 'pre-request', path: pre[1], span: { offset: line.start + ws, length: line.end - line.start - ws }, contentSpan: { offset: line.start + off, length: pre[1].length } });
        i++;
        continue;
      }
      const yac = first === 123 ? SCRIPT_OPENER.exec(t.slice(ws)) : null;
      if (yac) {
        i = this.script(i, 'httpyac-script', line.text.length, '}}', region, yac[1]?.slice(1)) + 1;
        continue;
      }
      i = this.request(i, region);
      this.regionAfterRequest(region, i);
    }
    this.flushRegion(region);
    this.finish();
  }

  readonly directives: DirectiveNode[] = [];

  /** A JetBrains `import ./other.http` or `run #Name (@a=b)` line from `at` to `end`: kept as a directive (true), else false. */
  directive(at: number, end: number): boolean {
    const line = this.text.slice(at, end);
    const m = DIRECTIVE.exec(line);
    if (!m?.[1] || !m[2]) return false;
    const kind = m[1] as 'import' | 'run';
    if (kind === 'import' && (m[2].startsWith('#') || m[3] !== undefined)) return false;
    const targetAt = at + line.indexOf(m[2], m[1].length);
    const node: DirectiveNode = { kind, target: m[2], span: { offset: at, length: trimmedEnd(this.text, at, end) - at }, targetSpan: { offset: targetAt, length: m[2].length }, variables: [] };
    if (m[3] !== undefined) {
      const open = line.indexOf('(', targetAt - at + m[2].length);
      let p = open + 1;
      for (const piece of m[3].split(',')) {
        const eq = piece.indexOf('=');
        const lead = piece.length - piece.trimStart().length;
        const name = (eq < 0 ? piece : piece.slice(0, eq)).trim().replace(/^@/, '');
        const value = eq < 0 ? '' : piece.slice(eq + 1).trim();
        if (name) node.variables.push({ name, value, span: { offset: at + p + lead, length: piece.trim().length } });
        p += piece.length + 1;
      }
    }
    this.directives.push(node);
    this.diag('HTTP5018', node.span, { directive: kind });
    return true;
  }

  /** httpYac: line `index` inside a request, when it is a variable line, is a variable of that request (true). */
  httpyacVariable(index: number, region: RegionState, request: RequestNode): boolean {
    const line = this.line(index);
    if (!isHttpyacVariableLine(line.text)) return false;
    this.fileVariable(line, region);
    this.flushVariables(region, request.index);
    return true;
  }

  /** The request took the region's lists: the region starts again, empty, at line `next`. */
  regionAfterRequest(region: RegionState, next: number): void {
    region.metadata = NONE;
    region.comments = NONE;
    region.scripts = NONE;
    region.variables = NONE;
    this.resetRegion(region, next < this.lineCount ? (this.table.starts[next] as number) : this.text.length);
  }

  emptyRegion(r: RegionState): boolean {
    return r.metadata.length === 0 && r.comments.length === 0 && r.scripts.length === 0 && r.variables.length === 0;
  }

  resetRegion(r: RegionState, start: number): RegionState {
    r.start = start;
    r.title = undefined;
    r.separatorOffset = -1;
    r.separatorLength = 0;
    return r;
  }

  newRegion(start: number): RegionState {
    return { title: undefined, separatorOffset: -1, separatorLength: 0, metadata: NONE, comments: NONE, scripts: NONE, variables: NONE, start };
  }

  /** A region that ends without a request: its variables are file-wide, its scripts and comments belong to the file. */
  flushRegion(region: RegionState): void {
    this.flushVariables(region, undefined);
    // Indexed loops here and below: these lists are often the shared frozen empty one, which `for...of` does not iterate without allocating.
    for (let k = 0; k < region.scripts.length; k++) this.scripts.push(region.scripts[k] as ScriptNode);
    for (let k = 0; k < region.comments.length; k++) this.comments.push(region.comments[k] as CommentNode);
    region.scripts = NONE;
    region.comments = NONE;
  }

  flushVariables(region: RegionState, requestIndex: number | undefined): void {
    for (let k = 0; k < region.variables.length; k++) {
      const v = region.variables[k] as FileVariable;
      if (requestIndex !== undefined) v.requestIndex = requestIndex;
      this.variables.push(v);
      this.known.add(v.name);
    }
    region.variables = NONE;
  }

  /** A request node for the region's request: its index, and the title and separator in front of it. */
  newRequest(region: RegionState): RequestNode {
    const request = new RequestNode();
    request.index = this.requests.length;
    request.title = region.title;
    request.separatorOffset = region.separatorOffset;
    request.separatorLength = region.separatorLength;
    request.spanOffset = region.separatorOffset >= 0 ? region.separatorOffset : region.start;
    return request;
  }

  /** Parses a request starting at line `index`; returns the index of the first line after it. */
  request(index: number, region: RegionState): number {
    const text = this.text;
    const lineStart = this.table.starts[index] as number;
    const lineEnd = this.table.ends[index] as number;
    if (this.dialect !== 'httpyac') {
      // `^\s*curl(\s|$)`: the line's first character other than a space or tab is `c`, or another kind of whitespace.
      const at = this.contentStart(index);
      const c = text.charCodeAt(at);
      if ((c === 99 ? text.startsWith('curl', at) : c === 11 || c === 12 || c >= 160) && /^\s*curl(?:\s|$)/.test(text.slice(lineStart, lineEnd))) {
        return this.curlRequest(index, region);
      }
    }
    const request = this.newRequest(region);
    request.requestLineOffset = lineStart;
    request.requestLineLength = lineEnd - lineStart;
    const urlLineText = this.requestLine(lineStart, lineEnd, request);
    let continuations: { span: Span; style: 'query' | 'indented' }[] = NONE;
    let i = index + 1;
    const n = this.lineCount;
    let urlEnd = request.urlOffset + request.urlLength;
    let urlPieces: string[] = NONE;
    let lastEnd = lineEnd;
    // Continuation lines: `?a=1`, `&b=2`, or indented lines (JetBrains).
    while (i < n && this.active[i] === 1) {
      // Read in the text first: the line that ends the URL (most often a header or a blank line) gets no view here.
      const at = this.contentStart(i);
      const lineStart = this.table.starts[i] as number;
      if (at === (this.table.ends[i] as number)) break;
      const ch = text.charCodeAt(at);
      // a `??` line is an httpYac assert, not a query (REST Client and JetBrains read it as one)
      const assert = ch === 63 && text.charCodeAt(at + 1) === 63 && (this.dialect === 'httpyac' || this.dialect === 'auto');
      const query = (ch === 63 /* ? */ && !assert) || ch === 38; /* & */
      if (assert || (!query && at === lineStart)) break;
      const l = this.line(i);
      const ws = at - lineStart;
      // REST Client continues a URL only with `?`/`&` lines; httpYac also with indented `/` lines; JetBrains with any indented line.
      if (!query && (this.dialect === 'rest-client' || (this.dialect === 'httpyac' && ch !== 47 /* / */))) break;
      if (!query && (commentStart(l.text) || l.text.slice(ws).startsWith('> ') || isSeparator(l.text))) break;
      if (!query && /^[!#$%&'*+.^`|~\w-]+:(?!\/\/)/.test(l.text.slice(ws))) break; // an indented header line
      const e = trailingEnd(l.text);
      urlPieces = append(urlPieces, l.text.slice(ws, e));
      continuations = append(continuations, { span: { offset: l.start + ws, length: e - ws }, style: query ? 'query' : 'indented' });
      urlEnd = l.start + e;
      lastEnd = l.end;
      i++;
    }
    if (continuations.length > 0) {
      request.url += urlPieces.join('');
      request.urlLength = urlEnd - request.urlOffset;
      request.urlContinuations = continuations;
    }
    // References in the request line's URL and continuation lines.
    const urlScratch = this.refScratch;
    urlScratch.clear();
    this.scanInto(urlLineText, request.urlOffset, urlScratch);
    for (let k = 0; k < continuations.length; k++) {
      const cont = continuations[k] as { span: Span };
      this.scanInto(this.text.slice(cont.span.offset, cont.span.offset + cont.span.length), cont.span.offset, urlScratch);
    }
    request.urlReferences = urlScratch.take();

    const headers = this.headerScratch;
    headers.clear();
    // The region ends with this request: its lists become the request's.
    request.metadata = region.metadata;
    request.comments = region.comments;
    if (region.scripts !== NONE) request.scripts = region.scripts;
    this.flushVariables(region, request.index);

    // Headers until the first blank line.
    let quiet = false; // set once a body was seen to start without a blank line
    while (i < n && this.active[i] === 1) {
      // Read in the text: a header line gets no view.
      const at = this.contentStart(i);
      const lineEnd = this.table.ends[i] as number;
      if (at === lineEnd) break; // a blank line
      const c0 = text.charCodeAt(at);
      const c1 = at + 1 < lineEnd ? text.charCodeAt(at + 1) : NaN;
      if (c0 === 35 /* # */ || (c0 === 47 && c1 === 47) /* // */) {
        if (c0 === 35 && text.startsWith('###', at)) {
          request.headers = headers.take();
          return this.endRequest(request, lastEnd, i);
        }
        this.commentLine(i, region, at, c0 === 35 ? at + 1 : at + 2, c0 === 35 ? '#' : '//');
        // The region's lists may have been replaced by growing ones.
        request.metadata = region.metadata;
        request.comments = region.comments;
        lastEnd = lineEnd;
        i++;
        continue;
      }
      // handlers, references, asserts, includes: no blank line needed
      if (c0 === 62 /* > */ || (c0 === 60 /* < */ && (c1 === 62 || c1 === 64 || c1 === 32 || c1 === 9)) || (c0 === 63 && c1 === 63) /* ?? */) break;
      if (opensScript(text, at, lineEnd)) break;
      // httpYac: a variable line ends the headers (what follows is the body)
      if (this.dialect === 'httpyac' && c0 === 64 /* @ */ && this.httpyacVariable(i, region, request)) {
        lastEnd = lineEnd;
        i++;
        break;
      }
      if (this.dialect === 'httpyac') {
        // httpYac starts the body at the first line that is not a header (a note, HTTP5022, says the others do not).
        if (!isHeaderStart(text, at, lineEnd)) break;
      } else if (!quiet && startsBodyAmongHeaders(text, at, lineEnd)) {
        // A JSON or XML body without the blank line before it: REST Client and the JetBrains HTTP Client read its
        // lines as headers (and refuse them); one diagnostic says so, not one per line.
        this.diag('HTTP1053', { offset: at, length: trimmedEnd(text, at, lineEnd) - at });
        quiet = true;
      }
      // The JetBrains HTTP Client continues a field value on indented lines (its spec, 3.2.2: field-value is
      // line-tail [new-line-with-indent field-value]); `auto` reads them so too. An indented `name:` line is a header of
      // its own, and comments, blank lines and what starts a body, a handler or an include end the value.
      let headerEnd = lineEnd;
      let continuations: Span[] | undefined;
      if (!quiet && (this.dialect === 'jetbrains' || this.dialect === 'auto') && isHeaderStart(text, at, lineEnd)) {
        while (i + 1 < n && this.active[i + 1] === 1) {
          const nextStart = this.table.starts[i + 1] as number;
          const nextEnd = this.table.ends[i + 1] as number;
          const nextAt = this.contentStart(i + 1);
          if (nextAt === nextStart || nextAt === nextEnd) break;
          const c = text.charCodeAt(nextAt);
          if (c === 35 /* # */ || c === 60 /* < */ || c === 62 /* > */ || (c === 47 && text.charCodeAt(nextAt + 1) === 47) || (c === 63 && text.charCodeAt(nextAt + 1) === 63)) break;
          if (isHeaderStart(text, nextAt, nextEnd) || looksLikeBodyStart(text, nextAt, nextEnd)) break;
          if (opensScript(text, nextAt, nextEnd)) break;
          (continuations ??= []).push({ offset: nextAt, length: trimmedEnd(text, nextAt, nextEnd) - nextAt });
          headerEnd = nextEnd;
          i++;
        }
      }
      // httpYac's header test has checked that the name is a token.
      const header = this.header(at, headerEnd, this.dialect === 'httpyac', quiet, continuations);
      if (!quiet) checkHeader(header, text, header.spanOffset, header.spanLength, this.noteAdder);
      headers.push(header);
      lastEnd = headerEnd;
      i++;
    }
    request.headers = headers.take();
    // Body and trailing nodes until the next separator.
    const bodyLines = this.bodyLineScratch;
    bodyLines.clear();
    const blankIndexes = this.blankIndexScratch;
    blankIndexes.clear();
    let lastContentEnd = lastEnd;
    while (i < n && this.active[i] === 1) {
      // Blank lines and the separator that ends the request are read in the text: no view is made for them
      // (a blank line is kept as undefined; only those inside the body get a view, below).
      const at = this.contentStart(i);
      if (at === (this.table.ends[i] as number)) {
        bodyLines.push(undefined);
        blankIndexes.push(i);
        i++;
        continue;
      }
      if (this.text.startsWith('###', at)) break; // a separator
      const l = this.line(i);
      const ws = at - l.start;
      const first = l.text.charCodeAt(ws);
      // A request line starts with an upper-case letter.
      if (this.dialect === 'httpyac' && first >= 65 && first <= 90) {
        if (this.dialectStartsRequest(l, i, false)) break;
        // httpYac reads a status line (`HTTP/1.1 200 OK`) and what follows, up to the next request, as a response
        // kept with the request (an example, or a saved response): it is not sent.
        if (first === 72 /* H */ && RESPONSE_LINE.test(l.text)) {
          i = this.responseExample(i + 1);
          continue;
        }
      }
      // httpYac takes a variable line out of the body
      if (this.dialect === 'httpyac' && first === 64 /* @ */ && this.httpyacVariable(i, region, request)) {
        i++;
        continue;
      }
      // Only lines starting with `>`, `<`, `?` or `{` can be anything but body text.
      if (first === 62 /* > */ || first === 60 /* < */ || first === 63 /* ? */ || first === 123 /* { */) {
        const next = this.special(l, i, ws, request);
        if (next >= 0) {
          lastContentEnd = this.table.ends[next] as number;
          i = next + 1;
          continue;
        }
      }
      const c = commentStart(l.text);
      // A suppression comment works in any dialect; the JetBrains HTTP Client sends it with the body, as it sends
      // every `#` line there.
      if (c && this.suppression(l, i, l.text.slice(c.after)) && this.dialect !== 'jetbrains') {
        i++;
        continue;
      }
      bodyLines.push(l);
      blankIndexes.push(-1);
      lastContentEnd = l.end;
      i++;
    }
    // Trim blank lines around the body; where the dialect drops comment lines, they count as blank here.
    let from = 0;
    while (from < bodyLines.count && this.emptyInBody(bodyLines.at(from))) from++;
    let to = bodyLines.count;
    while (to > from && this.emptyInBody(bodyLines.at(to - 1))) to--;
    for (let k = 0; k < bodyLines.count; k++) {
      if (k === from && to > from) k = to;
      if (k >= bodyLines.count) break;
      const line = bodyLines.at(k);
      if (line === undefined) continue;
      const c = commentStart(line.text);
      if (c && !isBlank(line.text)) {
        const node = new CommentLineNode(line.text.slice(c.after).trim(), line.start + c.at, line.end - line.start - c.at, c.style);
        node.inBody = true;
        request.comments = append(request.comments, node);
        this.diag('HTTP5001', node.span); // the JetBrains HTTP Client sends it as body text
      }
    }
    if (to > from) {
      // The blank lines inside the body get their views.
      for (let k = from + 1; k < to - 1; k++) if (bodyLines.at(k) === undefined) bodyLines.items[k] = this.line(blankIndexes.at(k));
      request.body = this.body(request, bodyLines.take(from, to) as Line[]);
    }
    return this.endRequest(request, lastContentEnd, i);
  }

  /** A body line that counts as blank when the body is trimmed: blank, or a comment where the dialect drops comment lines. */
  emptyInBody(l: Line | undefined): boolean {
    return l === undefined || isBlank(l.text) || (this.dialect !== 'jetbrains' && commentStart(l.text) !== undefined);
  }

  /** REST Client accepts a curl command in place of a request (continued with `\` or `^`). */
  curlRequest(index: number, region: RegionState): number {
    let j = index;
    while (j + 1 < this.lineCount && this.active[j + 1] === 1 && /[\\^]\s*$/.test(this.line(j).text)) j++;
    const first = this.line(index);
    const last = this.line(j);
    const base = first.start;
    const commandText = this.text.slice(base, last.end);
    const parsed = parseCurl(commandText, this.locale ? { locale: this.locale } : {});
    for (const d of parsed.diagnostics) this.diagnostics.push(shiftDiagnostic(d, base));
    const refs: VariableReference[] = [];
    this.scanInto(commandText, base, refs);
    const shift = (s: Span): Span => ({ offset: s.offset + base, length: s.length });
    const urlSpan = parsed.urlSpan ? shift(parsed.urlSpan) : { offset: base, length: 0 };
    const request = this.newRequest(region);
    request.method = parsed.method;
    request.url = parsed.url;
    request.urlSpan = urlSpan;
    request.urlReferences = refs.filter((r) => r.span.offset >= urlSpan.offset && r.span.offset < urlSpan.offset + urlSpan.length);
    request.urlContinuations = [];
    request.requestLineSpan = { offset: base, length: last.end - base };
    request.headers = parsed.headers.map((h) => ({ name: h.name, value: h.value, span: shift(h.span), nameSpan: shift(h.span), valueSpan: shift(h.span), references: refs.filter((r) => r.span.offset >= h.span.offset + base && r.span.offset < h.span.offset + base + h.span.length) }));
    request.metadata = region.metadata;
    request.comments = region.comments;
    request.scripts = [...region.scripts];
    request.redirects = [];
    request.responseReferences = [];
    request.asserts = [];
    request.references = [];
    request.httpVersion = parsed.httpVersion;
    request.curl = { span: { offset: base, length: last.end - base } };
    if (parsed.body !== undefined) {
      const span = { offset: base, length: last.end - base };
      request.body = { text: parsed.body, span, parts: [{ kind: 'text', text: parsed.body, span }], references: [], includes: [], commentLines: [] };
    }
    this.flushVariables(region, request.index);
    let i = j + 1;
    let lastLine = last;
    while (i < this.lineCount && this.active[i] === 1 && separatorTitle(this.line(i).text) === undefined) {
      if (!isBlank(this.line(i).text)) lastLine = this.line(i);
      i++;
    }
    request.references = refs;
    return this.endRequest(request, lastLine.end, i);
  }

  /** A response handler, redirect, response reference, assert or httpYac script at line `i`: returns its last line, or -1. */
  special(l: Line, i: number, ws: number, request: HttpFileRequest): number {
    if (l.text.charCodeAt(ws) === 123 /* { */) {
      // Of these lines only an httpYac script block starts with `{` (most are JSON bodies): the other tests need not run.
      if (ws !== 0) return -1;
      const block = SCRIPT_OPENER.exec(l.text);
      return block ? this.script(i, 'httpyac-script', l.text.length, '}}', request, block[1]?.slice(1)) : -1;
    }
    const rest = l.text.slice(ws);
    if (rest.startsWith('> {%') || rest.startsWith('>{%')) {
      const end = this.script(i, 'response-handler', l.text.indexOf('{%') + 2, '%}', request);
      return end;
    }
    const redirect = /^>>(!?)[ \t]+(\S.*)$/.exec(rest.trimEnd());
    if (redirect?.[2]) {
      const p = l.text.indexOf(redirect[2], ws + 2);
      request.redirects = append(request.redirects, { path: redirect[2], force: redirect[1] === '!', span: { offset: l.start + ws, length: l.end - l.start - ws }, pathSpan: { offset: l.start + p, length: redirect[2].length } });
      return i;
    }
    const handlerFile = /^>[ \t]+(\S.*)$/.exec(rest.trimEnd());
    if (handlerFile?.[1] && !rest.startsWith('>>')) {
      const p = l.text.indexOf(handlerFile[1], ws + 1);
      request.scripts = append<ScriptNode>(request.scripts, { kind: 'response-handler', path: handlerFile[1], span: { offset: l.start + ws, length: l.end - l.start - ws }, contentSpan: { offset: l.start + p, length: handlerFile[1].length } });
      return i;
    }
    const ref = /^<>[ \t]*(\S.*)$/.exec(rest.trimEnd());
    if (ref?.[1]) {
      const p = l.text.indexOf(ref[1], ws + 2);
      request.responseReferences = append(request.responseReferences, { path: ref[1], span: { offset: l.start + ws, length: l.end - l.start - ws }, pathSpan: { offset: l.start + p, length: ref[1].length } });
      return i;
    }
    if (rest.startsWith('?? ') || rest === '??') {
      request.asserts = append(request.asserts, { text: rest.slice(2).trim(), span: { offset: l.start + ws, length: l.end - l.start - ws } });
      return i;
    }
    const yac = SCRIPT_OPENER.exec(rest);
    if (yac && ws === 0) {
      const end = this.script(i, 'httpyac-script', l.text.length, '}}', request, yac[1]?.slice(1));
      return end;
    }
    return -1;
  }

  /** The line after an httpYac response example whose status line ends before line `i`: the next separator or request line. */
  responseExample(i: number): number {
    while (i < this.lineCount && this.active[i] === 1) {
      const at = this.contentStart(i);
      if (at !== (this.table.ends[i] as number)) {
        if (this.text.startsWith('###', at)) break;
        const c = this.text.charCodeAt(at);
        if (c >= 65 && c <= 90 && this.dialectStartsRequest(this.line(i), i, false)) break;
      }
      i++;
    }
    return i;
  }

  /** httpYac starts a new request at any request line inside a body (REST Client and JetBrains do not). */
  dialectStartsRequest(l: Line, index: number, inHeaders: boolean): boolean {
    void index;
    if (inHeaders) return false;
    return looksLikeRequestLine(l.text);
  }

  /** Finishes a request in one pass while it is fresh: references, name, duplicate names, prompts, portability notes. */
  endRequest(request: RequestNode, lastEnd: number, next: number): number {
    request.spanLength = Math.max(0, lastEnd - request.spanOffset);
    // The request's references are joined only when read (see RequestNode.references).
    this.requests.push(request);
    // Names: `# @name` first, else the separator's title.
    let meta: MetadataNode | undefined;
    let loop: MetadataNode | undefined;
    for (let k = 0; k < request.metadata.length; k++) {
      const m = request.metadata[k] as MetadataNode;
      if (m.key === 'name' && !meta) meta = m;
      else if (m.key === 'prompt' && m.value) this.known.add(m.value.split(/\s/)[0] as string);
      else if (m.key === 'loop') loop = m;
    }
    if (meta) {
      if (meta.value) {
        request.name = meta.value.trim();
        request.nameOffset = meta.valueOffset >= 0 ? meta.valueOffset : meta.spanOffset;
        request.nameLength = meta.valueOffset >= 0 ? meta.valueLength : meta.spanLength;
      } else this.diag('HTTP1033', meta.span);
    } else if (request.title) {
      request.name = request.title;
      request.nameOffset = request.separatorOffset;
      request.nameLength = request.separatorLength;
    }
    if (request.name !== undefined) {
      if (!this.names.add(request.name) && meta?.value) this.diag('HTTP1007', request.nameSpan ?? request.span, { name: request.name });
    }
    // The request line's and the headers' notes were made as they were read.
    if (loop && this.dialect !== 'rest-client' && this.dialect !== 'jetbrains') request.forEachReference(this.loopChecker(loop.value));
    else request.forEachReference(this.referenceChecker);
    checkRequestContent(request, this.dialect, this.noteAdder, this.text, (this.values ??= new VariableValues(this.variables)));
    return next;
  }

  /** The first `}}` in the text at or after the last place a request line looked for one (see `requestLine`). */
  nextClose = -1;

  /** Word bounds on the request line being read, reused from line to line. */
  wordStarts = new Int32Array(16);
  wordEnds = new Int32Array(16);

  /** Reads the request line into `result` (method, URL, version, protocol and their bounds); returns the URL as written on the line. */
  requestLine(lineStart: number, lineEnd: number, result: RequestNode): string {
    // Read in the file's text: the word bounds are offsets in it.
    const t = this.text;
    let starts = this.wordStarts;
    let ends = this.wordEnds;
    let count = 0;
    // Words split on whitespace, except inside `{{ ... }}` (`{{$randomInt 1 10}}` is one word).
    let p = lineStart;
    let noClose = false; // once no `}}` follows, later `{{` need not look again (keeps this linear)
    while (p < lineEnd) {
      while (p < lineEnd && (t.charCodeAt(p) === 32 || t.charCodeAt(p) === 9)) p++;
      if (p >= lineEnd) break;
      const start = p;
      while (p < lineEnd && t.charCodeAt(p) !== 32 && t.charCodeAt(p) !== 9) {
        if (!noClose && t.charCodeAt(p) === 123 && p + 1 < lineEnd && t.charCodeAt(p + 1) === 123) {
          // The first `}}` at or after p + 2, from the last search when that one is still ahead (a `}}` found
          // before the line's end lies inside the line: the character at the end is a line break).
          if (this.nextClose < p + 2) {
            const found = t.indexOf('}}', p + 2);
            this.nextClose = found < 0 ? t.length : found;
          }
          const close = this.nextClose < lineEnd ? this.nextClose : -1;
          if (close < 0) noClose = true;
          p = close < 0 ? p + 2 : close + 2;
        } else p++;
      }
      if (count === starts.length) {
        this.wordStarts = starts = grown(starts, count * 2);
        this.wordEnds = ends = grown(ends, count * 2);
      }
      starts[count] = start;
      ends[count] = p;
      count++;
    }
    let last = count;
    // JetBrains and httpYac: `HTTP/2 (Prior Knowledge)`, HTTP/2 over cleartext without an upgrade
    if (count >= 4 && this.dialect !== 'rest-client' && /^HTTP\/2 \(prior knowledge\)$/i.test(t.slice(starts[count - 3] as number, ends[count - 1] as number))) {
      const version = t.slice(starts[count - 3] as number, ends[count - 1] as number);
      result.httpVersion = version;
      result.httpVersionOffset = starts[count - 3] as number;
      result.httpVersionLength = version.length;
      last -= 3;
      this.diag('HTTP1014', result.httpVersionSpan as Span, { version });
    } else if (count >= 2 && t.startsWith('HTTP/', starts[last - 1] as number)) {
      const version = this.slice(starts[last - 1] as number, ends[last - 1] as number);
      if (/^HTTP\/\S*$/.test(version)) {
        result.httpVersion = version;
        result.httpVersionOffset = starts[last - 1] as number;
        result.httpVersionLength = version.length;
        last--;
        if (!KNOWN_VERSIONS.has(version)) this.diag('HTTP1015', result.httpVersionSpan as Span, { version });
        else if (version.startsWith('HTTP/2') || version.startsWith('HTTP/3')) this.diag('HTTP1014', result.httpVersionSpan as Span, { version });
      }
    }
    let first = 0;
    if (count > 0) {
      const w0 = this.slice(starts[0] as number, ends[0] as number);
      const methodOffset = starts[0] as number;
      const known = KNOWN_METHODS.has(w0);
      const upper = known ? w0 : w0.toUpperCase();
      const other = known ? undefined : OTHER_PROTOCOLS[w0];
      if (other) {
        result.method = w0;
        result.protocol = other;
        result.methodOffset = methodOffset;
        result.methodLength = w0.length;
        first = 1;
        this.diag('HTTP1013', { offset: methodOffset, length: w0.length }, { protocol: w0 });
      } else if (KNOWN_METHODS.has(upper) && !(this.dialect === 'httpyac' && (w0 !== upper || !HTTPYAC_METHODS.has(upper)) && last >= 2)) {
        result.method = this.intern(upper);
        result.methodOffset = methodOffset;
        result.methodLength = w0.length;
        first = 1;
        // The portability note on a method not written in upper case.
        if (w0 !== upper) this.diag('HTTP5016', { offset: methodOffset, length: w0.length }, { method: w0 });
      } else if (KNOWN_METHODS.has(upper)) {
        // httpYac knows upper-case methods of its list only: the whole line is its URL.
        if (w0 !== upper) this.diag('HTTP5016', { offset: methodOffset, length: w0.length }, { method: w0 });
        else this.diag('HTTP1003', { offset: methodOffset, length: w0.length }, { method: w0 });
      } else if (last >= 2 && !/[/:.{]/.test(w0)) {
        if (isToken(w0)) this.diag('HTTP1003', { offset: methodOffset, length: w0.length }, { method: w0 });
        else this.diag('HTTP1002', { offset: methodOffset, length: w0.length }, { method: w0 });
        // REST Client and httpYac take the whole line for the URL; JetBrains takes any token for a method.
        if (this.dialect !== 'rest-client' && this.dialect !== 'httpyac') {
          result.method = w0;
          result.methodOffset = methodOffset;
          result.methodLength = w0.length;
          first = 1;
        }
      }
    }
    if (first >= last) {
      result.urlOffset = result.methodOffset >= 0 ? result.methodOffset + result.methodLength : lineStart;
      result.urlLength = 0;
      const at = wsFrom(t, lineStart) + lineStart;
      this.diag('HTTP1001', { offset: at, length: trimmedEnd(t, at, lineEnd) - at });
      return '';
    }
    const urlStart = starts[first] as number;
    const urlEnd = ends[last - 1] as number;
    const url = t.slice(urlStart, urlEnd);
    result.url = url;
    result.urlOffset = urlStart;
    result.urlLength = urlEnd - urlStart;
    if (last - first > 1) this.diag('HTTP1036', result.urlSpan);
    return url;
  }

  /** The first `:` in the text at or after the last header line read (see `header`). */
  nextColon = -1;

  /**
   * The header on the line whose text runs from `at` (its first character that is not a space or tab) to `lineEnd`
   * (the end of its last continuation line when `continuations` are given), read in the file's text (no view of the
   * line is made).
   */
  header(at: number, lineEnd: number, nameIsToken = false, quiet = false, continuations?: Span[]): HeaderNode {
    const t = this.text;
    // The first `:` at or after `at`, from the last search when that one is still ahead (the text's length when there
    // is none): searching the text from each header line again would grow with the file for lines without a colon.
    if (this.nextColon < at) {
      const found = t.indexOf(':', at);
      this.nextColon = found < 0 ? t.length : found;
    }
    const colon = this.nextColon < lineEnd ? this.nextColon : -1;
    const end = trimmedEnd(t, at, lineEnd);
    if (colon < 0) {
      if (!quiet) this.diag('HTTP1004', { offset: at, length: end - at });
      const raw = t.slice(at, end);
      return new HeaderNode(raw, '', at, end - at, at, end - at, end, 0, this.scan(raw, at));
    }
    let nameEnd = colon;
    while (nameEnd > at && (t.charCodeAt(nameEnd - 1) === 32 || t.charCodeAt(nameEnd - 1) === 9)) nameEnd--;
    const name = this.slice(at, nameEnd);
    let v = colon + 1;
    while (v < lineEnd && (t.charCodeAt(v) === 32 || t.charCodeAt(v) === 9)) v++;
    let valueEnd = end;
    if (this.dialect === 'httpyac') while (valueEnd > v && (t.charCodeAt(valueEnd - 1) === 44 || t.charCodeAt(valueEnd - 1) === 32 || t.charCodeAt(valueEnd - 1) === 9)) valueEnd--;
    let value = valueEnd > v ? this.slice(v, valueEnd) : '';
    // A value continued on indented lines: each line break becomes a space, as a recipient replaces an obs-fold
    // (RFC 9112 5.2), so the value keeps the length it has in the file and its references their offsets.
    if (continuations) value = value.replace(/[\r\n]/g, ' ');
    const header = new HeaderNode(name, value, at, end - at, at, nameEnd - at, v, Math.max(0, valueEnd - v), NONE);
    if (continuations) header.continuations = continuations;
    if (name.includes('{{')) {
      // A templated name: `{{headerName}}: value`.
      const out = this.refScratch;
      out.clear();
      this.scanInto(name, at, out);
      this.scanInto(value, v, out);
      header.references = out.take();
    } else {
      if (!nameIsToken && !quiet && !isToken(name)) this.diag('HTTP1004', header.span);
      header.references = this.scan(value, v);
    }
    return header;
  }

  body(request: HttpFileRequest, lines: Line[]): HttpFileBody {
    const firstLine = lines[0] as Line;
    const lastLine = lines[lines.length - 1] as Line;
    const parts = this.partScratch;
    parts.clear();
    const refs = this.bodyRefScratch;
    refs.clear();
    let includes: BodyInclude[] = NONE;
    let commentLines: Span[] = NONE;
    const textLines = this.textLineScratch;
    textLines.clear();
    const keepComments = this.dialect === 'jetbrains';
    // httpYac's `gql [name] < file` as the first line: the GraphQL query's file
    let queryFile: { include: BodyInclude; name?: string } | undefined;
    // Whether the body's lines are all kept and joined by single line feeds in the file: then its text is a slice of the file.
    let contiguous = true;
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k] as Line;
      if (k > 0 && (line.start !== (lines[k - 1] as Line).end + 1 || this.text.charCodeAt(line.start - 1) !== 10)) contiguous = false;
      const c = commentStart(line.text);
      if (c && !isBlank(line.text)) {
        commentLines = append(commentLines, { offset: line.start + c.at, length: line.end - line.start - c.at });
        if (!keepComments) {
          contiguous = false;
          continue;
        }
      }
      // `< ./file`, `<@ ./file`, `<@latin1 ./file`; with httpYac, `gql [name] < ./query.graphql` as the first line,
      // whose file is the GraphQL query (sent in place of the line, as an include) and `name` the operation to run
      const gql = k === 0 && this.dialect === 'httpyac' ? gqlImport(line.text) : undefined;
      const inc = gql || line.text.charCodeAt(0) !== 60 /* < */ ? null : INCLUDE.exec(line.text);
      if (gql || inc?.[3]) {
        const path = gql ? gql.path : (inc?.[3] as string).trimEnd();
        const include = this.include(line.start, line.end, path, gql ? gql.pathOffset : line.text.indexOf(path, 1), inc?.[1] !== undefined);
        if (inc?.[2]) {
          include.encoding = inc[2];
          this.checkEncoding(inc[2], line.start + 2);
        }
        for (let r = 0; r < include.references.length; r++) refs.push(include.references[r] as VariableReference);
        includes = append(includes, include);
        parts.push({ kind: 'include', include });
        textLines.push(line.text);
        if (gql) queryFile = gql.name === undefined ? { include } : { include, name: gql.name };
        continue;
      }
      parts.push(new TextPartNode(line.text, line.start, line.end - line.start));
      textLines.push(line.text);
      this.scanInto(line.text, line.start, refs);
    }
    const contentType = request.headers.find((h) => isNamed(h.name, 'content-type'));
    const ct = contentType?.value.toLowerCase() ?? '';
    // REST Client and httpYac send a form body's lines joined, without line breaks.
    const joinForm = this.dialect !== 'jetbrains' && ct.startsWith('application/x-www-form-urlencoded') && includes.length === 0;
    let text = joinForm
      ? textLines.take().map((l) => l.trim()).join('')
      : contiguous
        ? this.text.slice(firstLine.start, lastLine.end)
        : textLines.take().join('\n');
    // httpYac ends an NDJSON body with a line feed.
    if (this.dialect === 'httpyac' && ct.startsWith('application/x-ndjson') && !text.endsWith('\n')) text += '\n';
    const body = new BodyNode(text, firstLine.start, lastLine.end - firstLine.start, parts.take(), refs.take());
    if (includes !== NONE) body.includes = includes;
    if (commentLines !== NONE) body.commentLines = commentLines;
    if (joinForm) body.lineBreak = '';
    const method = request.method.toUpperCase();
    if ((method === 'GET' || method === 'HEAD') && !contentType && body.text.trim() !== '' && request.protocol === 'http') {
      this.diag('HTTP1009', body.span, { method });
    }
    if (ct.startsWith('multipart/')) {
      const multipart = this.multipart(contentType as HttpFileHeader, lines, body);
      if (multipart) body.multipart = multipart;
    }
    const graphql = this.graphql(request, lines, ct, queryFile);
    if (graphql) body.graphql = graphql;
    return body;
  }

  multipart(contentType: HttpFileHeader, lines: Line[], body: HttpFileBody): MultipartBody | undefined {
    const m = /;\s*boundary\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(contentType.value);
    const boundary = m ? (m[1] ?? m[2] ?? '') : '';
    if (!boundary) {
      this.diag('HTTP1022', contentType.valueSpan, { boundary: '' });
      return undefined;
    }
    if (boundary.includes('{{')) return undefined;
    const delimiter = `--${boundary}`;
    const parts: MultipartPart[] = [];
    let current: { start: Line; lines: Line[] } | undefined;
    let closed = false;
    const finishPart = (endLine: Line | undefined): void => {
      if (!current) return;
      const part = this.multipartPart(current.start, current.lines, endLine);
      parts.push(part);
      current = undefined;
    };
    for (const line of lines) {
      const t = line.text.trimEnd();
      if (t === `${delimiter}--`) {
        finishPart(line);
        closed = true;
        break;
      }
      if (t === delimiter) {
        finishPart(line);
        current = { start: line, lines: [] };
        continue;
      }
      current?.lines.push(line);
    }
    if (parts.length === 0 && !current) {
      this.diag('HTTP1022', body.span, { boundary });
      return { boundary, parts, closed };
    }
    if (!closed) {
      finishPart(undefined);
      this.diag('HTTP1023', body.span, { boundary });
    }
    return { boundary, parts, closed };
  }

  multipartPart(start: Line, lines: Line[], endLine: Line | undefined): MultipartPart {
    const headers: HttpFileHeader[] = [];
    let k = 0;
    while (k < lines.length && !isBlank((lines[k] as Line).text)) {
      const l = lines[k] as Line;
      if (!INCLUDE.test(l.text)) headers.push(this.headerQuiet(l));
      else break;
      k++;
    }
    if (k < lines.length && isBlank((lines[k] as Line).text)) k++;
    const content = lines.slice(k);
    const includes: BodyInclude[] = [];
    for (const l of content) {
      const inc = INCLUDE.exec(l.text);
      if (inc?.[3]) {
        const path = inc[3].trimEnd();
        const off = l.text.indexOf(path, 1);
        const include: BodyInclude = { path, span: { offset: l.start, length: l.end - l.start }, pathSpan: { offset: l.start + off, length: path.length }, processVariables: inc[1] !== undefined, references: [] };
        if (inc[2]) include.encoding = inc[2];
        includes.push(include);
      }
    }
    const endOffset = endLine ? endLine.start : (lines[lines.length - 1]?.end ?? start.end);
    const part: MultipartPart = {
      headers,
      span: { offset: start.start, length: Math.max(0, endOffset - start.start) },
      text: content.map((l) => l.text).join('\n').trimEnd(),
      includes,
    };
    const disposition = headers.find((h) => h.name.toLowerCase() === 'content-disposition');
    if (disposition) {
      const name = /;\s*name\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(disposition.value);
      const filename = /;\s*filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(disposition.value);
      if (name) part.name = name[1] ?? name[2] ?? '';
      if (filename) part.filename = filename[1] ?? filename[2] ?? '';
    }
    return part;
  }

  /** A part header: same shape as a request header; its references are already in the body's list. */
  headerQuiet(l: Line): HttpFileHeader {
    const t = l.text;
    const ws = leadingWs(t);
    const colon = t.indexOf(':', ws);
    const end = trailingEnd(t);
    const span = { offset: l.start + ws, length: end - ws };
    if (colon < 0) return { name: t.slice(ws, end), value: '', span, nameSpan: span, valueSpan: { offset: l.start + end, length: 0 }, references: [] };
    const v = colon + 1 + wsFrom(t, colon + 1);
    return {
      name: t.slice(ws, colon).trim(),
      value: end > v ? t.slice(v, end) : '',
      span,
      nameSpan: { offset: l.start + ws, length: colon - ws },
      valueSpan: { offset: l.start + v, length: Math.max(0, end - v) },
      references: [],
    };
  }

  /** The GraphQL body of a request, if it has one; `fromFile`: httpYac's `gql [name] < file` as the body's first line. */
  graphql(request: HttpFileRequest, lines: Line[], ct: string, fromFile?: { include: BodyInclude; name?: string }): GraphQLBody | undefined {
    let marker: GraphQLBody['marker'] | undefined;
    if (fromFile) marker = 'operation';
    else if (request.headers.some(isGraphqlMarker)) marker = 'x-request-type';
    else if (request.method === 'GRAPHQL') marker = 'method';
    else if (ct.startsWith('application/graphql')) marker = 'content-type';
    else if ((this.dialect === 'httpyac' || this.dialect === 'auto') && startsOperation((lines[0] as Line).text)) marker = 'operation';
    if (!marker) return undefined;
    // The query runs to the first blank line that is followed by a `{` line: the variables.
    let split = -1;
    for (let k = 1; k < lines.length - 1; k++) {
      if (isBlank((lines[k] as Line).text) && (lines[k + 1] as Line).text.trimStart().startsWith('{')) {
        split = k;
        break;
      }
    }
    const qLines = split < 0 ? lines : lines.slice(0, split);
    const qFirst = qLines[0] as Line;
    const qLast = qLines[qLines.length - 1] as Line;
    const graphql: GraphQLBody = {
      query: fromFile ? '' : qLines.map((l) => l.text).join('\n').trim(),
      querySpan: { offset: qFirst.start, length: qLast.end - qFirst.start },
      marker,
    };
    if (fromFile) {
      graphql.queryFile = fromFile.include;
      if (fromFile.name !== undefined && !fromFile.name.startsWith('@')) graphql.operationName = fromFile.name;
    }
    if (split >= 0) {
      const vLines = lines.slice(split + 1);
      const vFirst = vLines[0] as Line;
      const vLast = vLines[vLines.length - 1] as Line;
      graphql.variables = vLines.map((l) => l.text).join('\n');
      graphql.variablesSpan = { offset: vFirst.start, length: vLast.end - vFirst.start };
      if (!graphql.variables.includes('{{')) {
        try {
          JSON.parse(graphql.variables);
        } catch (e) {
          this.diag('HTTP1024', graphql.variablesSpan, { detail: e instanceof Error ? e.message : String(e) });
        }
      }
    }
    return graphql;
  }

  /**
   * Variable names known so far: the options', and the file variables' and prompts' read so far. File variables are
   * file-wide (REST Client), so a reference may precede its definition: at the end of the file every name is known.
   */
  readonly known: Set<string>;
  /** The ids of `Security.Auth` configurations, when the options give them (HTTP1060). */
  readonly knownAuth: Set<string> | undefined;
  /** Requests' references whose name was not known yet when their request ended: checked again at the end. */
  readonly unresolved: VariableReference[] = [];

  /** A dynamic variable's name and arguments (HTTP1010, HTTP1011). */
  checkDynamic(ref: VariableReference): void {
    const { name, args } = splitDynamic(ref.expression);
    const info = getDynamicVariable(name);
    if (!info) this.diag('HTTP1010', ref.span, { name });
    else if (!info.check(args)) this.diag('HTTP1011', ref.span, { name, expected: info.expected });
    else if (this.knownAuth && (name === '$auth.token' || name === '$auth.idToken')) {
      const id = authReference(ref.expression)?.id;
      if (id !== undefined && !this.knownAuth.has(id)) this.diag('HTTP1060', ref.span, { id });
    }
  }

  /** The names the environments define (`knownVariables`), apart from the file's. */
  readonly environmentNames: Set<string> | undefined;

  /**
   * `config.host` where the environments define `config`: a member of an environment variable that holds a JSON object,
   * which httpYac and the JetBrains HTTP Client read (REST Client does not).
   */
  namesEnvironmentMember(name: string): boolean {
    const dot = name.indexOf('.');
    return dot > 0 && this.environmentNames !== undefined && this.environmentNames.has(name.slice(0, dot));
  }

  /**
   * httpYac's variable of a named request's response: `login`, or a member of it (`login.token`); or a member of a known
   * variable (`config.host`), which httpYac evaluates as JavaScript (an environment's object has members).
   */
  namesResponse(name: string): boolean {
    const dot = name.indexOf('.');
    const head = dot < 0 ? name : name.slice(0, dot);
    return this.hasRequestNamed(head) || this.responseVariables().has(head) || (dot > 0 && this.known.has(head));
  }

  private responseVariableMap: Map<string, NamedVariable> | undefined;

  /** httpYac's variables of the named requests' responses (`getUser`, `getUserResponse`), of this file and its imports; read once every name is known. */
  responseVariables(): Map<string, NamedVariable> {
    return (this.responseVariableMap ??= responseVariablesOf(this));
  }

  /** A reference's name, once every name of the file is known (HTTP1006), and a dynamic variable's arguments. */
  checkName(ref: VariableReference): void {
    if (ref.kind === 'variable' || ref.kind === 'percent') {
      // httpYac evaluates `{{process.env.NAME}}` as JavaScript; a file it imports and that was not read may define the name.
      if (
        !this.known.has(ref.name) &&
        !(this.dialect === 'httpyac' && ref.kind === 'variable' && (this.importsUnread || isProcessEnv(ref.name) || this.namesResponse(ref.name))) &&
        !(this.dialect !== 'rest-client' && ref.kind === 'variable' && this.namesEnvironmentMember(ref.name))
      )
        this.diag('HTTP1006', ref.span, { name: ref.name });
    } else if (ref.kind === 'request') {
      if (!this.names.has(ref.name)) this.diag('HTTP1006', ref.span, { name: ref.name });
    } else if (ref.kind === 'dynamic') this.checkDynamic(ref);
  }

  /**
   * A request's reference as the request ends, while it is in cache: its portability notes and dynamic variable now;
   * a name known by now is known at the end too, and only the others wait for the end (a pass over every request's
   * references after the parse would read the whole result again).
   */
  readonly referenceChecker = (ref: VariableReference): void => {
    checkReference(ref, this.noteAdder, this.options.locale);
    const kind = ref.kind;
    if (kind === 'variable' || kind === 'percent') {
      if (!this.known.has(ref.name)) this.unresolved.push(ref);
    } else if (kind === 'request') {
      if (!this.names.has(ref.name)) this.unresolved.push(ref);
    } else if (kind === 'dynamic') this.checkDynamic(ref);
  };

  /** httpYac's GraphQL fragments outside a request, by name, in the order of the file. */
  readonly graphqlFragments = new Map<string, string>();
  /** httpYac's fragments read from files (`gql Name < ./file` outside a request), by name. */
  readonly graphqlFragmentFiles = new Map<string, BodyInclude>();

  /**
   * httpYac reads `fragment Name on Type {` before a request line as a GraphQL fragment that runs to the next blank
   * line; it adds a fragment to each query of the file that spreads it (`...Name`). Returns the line after the
   * fragment, or `i` when line `i` (`at` to `lineEnd`) does not start one.
   */
  graphqlFragment(i: number, at: number, lineEnd: number): number {
    const name = graphqlFragmentName(this.text.slice(at, lineEnd));
    if (!name) return i;
    let j = i + 1;
    while (j < this.lineCount && this.active[j] === 1 && this.contentStart(j) !== (this.table.ends[j] as number) && !this.text.startsWith('###', this.contentStart(j))) j++;
    this.graphqlFragments.set(name, this.text.slice(this.table.starts[i] as number, this.table.ends[j - 1] as number));
    return j;
  }

  /**
   * httpYac's `gql Name < ./fragment.graphql` outside a request: a fragment read from a file (named by the file when
   * no name is given), added to the queries that spread it when they are resolved.
   */
  graphqlFragmentFile(at: number, lineEnd: number): boolean {
    const gql = gqlImport(this.text.slice(at, lineEnd));
    if (!gql) return false;
    this.graphqlFragmentFiles.set(gql.name ?? gql.path, this.include(at, trimmedEnd(this.text, at, lineEnd), gql.path, gql.pathOffset, false));
    return true;
  }

  /**
   * A file read into a request: the line `[start, end)`, the path at `pathOffset` in it, with its references; HTTP1008
   * when a host is given and the file cannot be read (a path with variables is checked when they are resolved).
   */
  include(start: number, end: number, path: string, pathOffset: number, processVariables: boolean): BodyInclude {
    const include: BodyInclude = { path, span: { offset: start, length: end - start }, pathSpan: { offset: start + pathOffset, length: path.length }, processVariables, references: NONE };
    include.references = this.scan(path, start + pathOffset);
    const host = this.options.host;
    if (host && include.references.length === 0 && !readable(host, path)) this.diag('HTTP1008', include.pathSpan, { path });
    return include;
  }

  /** The fragments each GraphQL query of the file spreads (httpYac), added at the end as a fragment may follow its use. */
  addGraphqlFragments(): void {
    for (const request of this.requests) {
      const graphql = request.body?.graphql;
      if (!graphql) continue;
      // a query read from a file is known only when it is resolved: every fragment, for the message to choose from
      const spreads = (name: string) => graphql.queryFile !== undefined || graphql.query.includes(`...${name}`);
      const used: string[] = [];
      for (const [name, fragment] of this.graphqlFragments) if (spreads(name)) used.push(fragment);
      if (used.length > 0) graphql.fragments = used;
      const files: { name: string; include: BodyInclude }[] = [];
      for (const [name, include] of this.graphqlFragmentFiles) if (spreads(name)) files.push({ name, include });
      if (files.length > 0) graphql.fragmentFiles = files;
    }
  }

  /**
   * The reference check of a request that httpYac sends in a loop (`# @loop for 3`, `# @loop for item of items`,
   * `# @loop while ...`): there `$index` is the iteration's number and `item` the element, both known in this request only.
   */
  loopChecker(loop: string | undefined): (ref: VariableReference) => void {
    const item = loop ? /^for\s+([\p{L}_$][\p{L}\p{N}_$]*)\s+of\s/u.exec(loop)?.[1] : undefined;
    return (ref) => {
      if (ref.kind === 'dynamic' ? ref.name === '$index' : ref.kind === 'variable' && ref.name === item) {
        checkReference(ref, this.noteAdder, this.options.locale);
        return;
      }
      this.referenceChecker(ref);
    };
  }

  /** `# @import` lines, in the order of the file. */
  readonly importLines: MetadataNode[] = [];
  /** The files `# @import` lines name (httpYac), when the file has such lines. */
  imports: FileImport[] | undefined;
  /** Whether a `# @import` line names a file that was not read (no host reads files, or its path has variables). */
  importsUnread = false;

  /**
   * Reads the files of the `# @import` lines through the host, as httpYac reads them (each once on the way: a file that
   * imports one on its way is not read again), and adds their variables and request names to those known.
   */
  readImports(): void {
    const lines = this.importLines;
    if (lines.length === 0) return;
    const host = this.options.host;
    const imports: FileImport[] = [];
    for (const m of lines) {
      if (!m.value || !m.valueSpan) continue;
      const path = m.value;
      const node: FileImport = { path, span: m.span, pathSpan: m.valueSpan };
      imports.push(node);
      const id = joinPath(this.importing.folder, path);
      if (path.includes('{{') || !host?.readFile) {
        this.importsUnread = true;
        continue;
      }
      if (this.importing.chain.includes(id) || this.importing.chain.length >= MAX_IMPORT_DEPTH) continue;
      const known = this.importing.read.get(id);
      if (known) {
        node.file = known;
        continue;
      }
      let text: string | undefined;
      try {
        text = host.readFile(path);
      } catch {
        text = undefined;
      }
      if (text === undefined) {
        this.diag('HTTP1063', m.valueSpan, { path });
        continue;
      }
      const options: ParseOptions = { dialect: 'httpyac', host: hostFrom(host, folderOf(path)) };
      if (this.options.locale) options.locale = this.options.locale;
      node.file = parseFile(text, options, { chain: [...this.importing.chain, id], folder: folderOf(id), read: this.importing.read });
      this.importing.read.set(id, node.file);
    }
    this.imports = imports;
    for (const name of importedVariables({ imports }).keys()) this.known.add(name);
  }

  /** Whether httpYac finds a request of this name: in the file, else in a file it imports. */
  hasRequestNamed(name: string): boolean {
    return this.names.has(name) || (this.imports !== undefined && importedRequest({ imports: this.imports }, name) !== undefined);
  }

  finish(): void {
    if (this.dialect === 'httpyac') this.readImports();
    if (this.dialect === 'httpyac') {
      for (const request of this.requests) {
        if (request.metadata.length === 0) continue;
        // `# @ref name` / `# @forceRef name`: a name no request of the file (or of a file it imports) has is not sent
        // before it; with an import not read, the name may be there
        if (!this.importsUnread) for (const ref of requestRefs(request.metadata)) if (!this.hasRequestNamed(ref.name)) this.diag('HTTP1062', ref.span, { name: ref.name, key: ref.force ? 'forceRef' : 'ref' });
        // `# @loop`, `# @sleep` and `# @disabled` whose values are JavaScript whatever the variables are: not read when
        // the request is sent, said as the file is written
        for (let k = 0; k < request.metadata.length; k++) {
          const m = request.metadata[k] as MetadataNode;
          const key = m.key;
          if (key !== 'loop' && key !== 'sleep' && key !== 'disabled') continue;
          const at = m.valueSpan ?? m.span;
          if (key === 'loop') {
            if (m.value && !readLoop(m.value)) this.diag('HTTP1066', at, { value: m.value.trim(), max: MAX_LOOP_PASSES });
            continue;
          }
          const code = metadataValueProblem(key, m.value);
          if (code) this.diag(code, at, { value: m.value ?? '' });
        }
      }
    }
    for (const v of this.variables) {
      for (let k = 0; k < v.references.length; k++) {
        const ref = v.references[k] as VariableReference;
        this.checkName(ref);
        checkReference(ref, this.noteAdder, this.options.locale);
      }
    }
    for (let k = 0; k < this.unresolved.length; k++) this.checkName(this.unresolved[k] as VariableReference);
    for (const script of this.scripts) checkScript(script, this.dialect, this.noteAdder);
    if (this.graphqlFragments.size > 0 || this.graphqlFragmentFiles.size > 0) this.addGraphqlFragments();
  }

}

/**
 * Parses a `.http` / `.rest` file (or, with `markdown: true`, the ```http fences of a Markdown file).
 * Never throws: problems come back as diagnostics with exact spans; suppression comments are applied.
 */
export function parseHttpFile(text: string, options: ParseOptions = {}): HttpFile {
  return parseFile(text, options);
}

/** Where a file read for a `# @import` line stands (see `Parser.importing`). */
interface Importing {
  chain: string[];
  folder: string;
  read: Map<string, HttpFile>;
}

/** `parseHttpFile`, for the first file or for one a `# @import` line names (`importing`). */
function parseFile(text: string, options: ParseOptions, importing?: Importing): HttpFile {
  let parser = new Parser(byteOrderMarkAsSpace(text), options, importing);
  parser.parse();
  if (parser.dialect === 'auto') {
    // A body without Content-Type that starts with a request line is a request written httpYac's way, after a blank
    // line without `###` (nobody sends `GET /a` as the body of a GET): the file is read as httpYac reads it.
    const line = requestLineAsBody(parser.requests, parser.text);
    if (line) {
      parser = new Parser(parser.text, { ...options, dialect: 'httpyac' }, importing);
      parser.parse();
      parser.diag('HTTP1055', line);
    }
  }
  const file: HttpFile = {
    text,
    dialect: parser.dialect,
    requests: parser.requests,
    directives: parser.directives,
    variables: parser.variables,
    comments: parser.comments,
    scripts: parser.scripts,
    suppressions: parser.suppressions,
    diagnostics: [],
  };
  if (parser.fences) file.fences = parser.fences;
  if (parser.imports) file.imports = parser.imports;
  const diagnostics = parser.diagnostics;
  diagnostics.sort((a, b) => a.span.offset - b.span.offset || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  file.diagnostics = file.suppressions.length > 0 ? applySuppressions(diagnostics, file) : diagnostics;
  return file;
}
