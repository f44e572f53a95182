/**
 * httpYac's assert lines (`?? status == 200`, `?? header content-type includes json`, `?? body items[0].id == 7`,
 * `?? duration < 300`, `?? xpath /a/b == x`), read and checked against a response as httpYac checks them: the line
 * split at its last condition, the expected value converted to the type of the actual one. JavaScript (`?? js ...`) is
 * never run. Pure: digests (`sha256`, `sha512`, `md5`) come from the caller.
 */
import type { Span } from '@httplens/core';
import { checkHandlerTest, handlerTests } from './handler-tests.js';
import { applyHandlerSets, handlerSets } from './handlers.js';
import { resolveVariable, type ResolveContext } from './resolve.js';
import type { AssertLine, HttpFile } from './types.js';
import { jsonOrText, memberOf, memberPath, xPath } from './values.js';

/** One assert line, split: `?? <field> [<what>] <condition> [<expected>]`. */
export interface ParsedAssert {
  /** `status`, `header`, `duration`, `body`, `xpath` or `js` (others are not checked). */
  field: string;
  /** The header name, the body's member path, the timing, the XPath, or the JavaScript. */
  what?: string;
  /** The condition as httpYac names it first (`==` for `===` and `equals`). */
  condition: string;
  expected?: string;
}

/** The response an assert reads. */
export interface AssertResponse {
  status: number;
  headers: readonly (readonly [string, string])[];
  /** The body as text. */
  body: string;
  /** Milliseconds: `total`, and the phases that were measured. */
  timings?: { total?: number; wait?: number; request?: number; firstByte?: number; download?: number; tcp?: number; tls?: number };
}

export interface AssertOptions {
  /** Resolves the `{{variables}}` of an expected value (httpYac resolves them); without it they stay as written. */
  substitute?(text: string): string;
  /** The base64 digest of a value, for `sha256`, `sha512` and `md5`; without it those asserts are not checked. */
  digest?(algorithm: 'sha256' | 'sha512' | 'md5', text: string): string | undefined;
}

/** Why an assert was not checked. */
export type AssertSkip = 'syntax' | 'javascript' | 'field' | 'timing' | 'digest';

export interface AssertResult {
  /** The line after `??`; for a JetBrains test (`client.test`), its name. */
  text: string;
  span: Span;
  outcome: 'passed' | 'failed' | 'skipped';
  /** What was compared, as httpYac says it: `status (404) == 200`; for a skipped one, the line. */
  message: string;
  skipped?: AssertSkip;
}

/** The conditions, in the order httpYac tries them at one place of the line (so `===` reads as `==` followed by `=`). */
const CONDITIONS: readonly (readonly string[])[] = [
  ['endsWith'],
  ['==', '===', 'equals'],
  ['exists', 'isTrue'],
  ['>='],
  ['>'],
  ['contains', 'includes'],
  ['isArray'],
  ['isBoolean'],
  ['isNumber'],
  ['isString'],
  ['<='],
  ['<'],
  ['matches'],
  ['!=', '!==', 'not equals'],
  ['startsWith'],
  ['sha256'],
  ['md5'],
  ['sha512'],
  ['isFalse'],
];

/** The conditions whose expected value is taken as written (not converted to the actual value's type). */
const AS_WRITTEN = new Set(['matches', 'sha256', 'sha512', 'md5']);

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t';

/**
 * Splits an assert line (with or without its `??`) as httpYac's pattern does: the field is the first word, the
 * condition the last one that follows a space (the first of the conditions, in httpYac's order, that matches there,
 * in any case), what lies between them is what the field reads, and the rest is the expected value.
 */
export function parseAssert(line: string): ParsedAssert | undefined {
  let text = line.trim();
  if (text.startsWith('??')) text = text.slice(2).trimStart();
  let typeEnd = 0;
  while (typeEnd < text.length && !isSpace(text[typeEnd])) typeEnd++;
  const field = text.slice(0, typeEnd);
  if (field === '') return undefined;
  const lower = text.toLowerCase();
  for (let p = text.length - 1; p > typeEnd; p--) {
    if (!isSpace(text[p - 1])) continue;
    for (const ids of CONDITIONS) {
      const id = ids.find((x) => lower.startsWith(x.toLowerCase(), p));
      if (id === undefined) continue;
      const what = text.slice(typeEnd, p).trim();
      const expected = text.slice(p + id.length).trim();
      const out: ParsedAssert = { field, condition: ids[0] as string };
      if (what !== '') out.what = what;
      if (expected !== '') out.expected = expected;
      return out;
    }
  }
  return undefined;
}

/** httpYac's text of a value: a string as it is, a number written out, `undefined` for false, null, 0-length, else JSON. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return `${value}`;
  if (value) return JSON.stringify(value);
  return undefined;
}

function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  const text = value === undefined || value === null ? undefined : typeof value === 'string' ? value : String(value);
  if (!text) return undefined;
  const n = Number.parseFloat(text.trim());
  return Number.isNaN(n) ? undefined : n;
}

function booleanOf(value: string, fallback: boolean): boolean {
  const t = value.trim();
  if (t === '') return fallback;
  if (/^true$/i.test(t)) return true;
  if (/^false$/i.test(t)) return false;
  const n = Number.parseFloat(t);
  return Number.isNaN(n) ? fallback : n !== 0;
}

/** The expected text in the type of the actual value, as httpYac converts it. */
function converted(actual: unknown, expected: string | undefined): unknown {
  if (expected === undefined) return undefined;
  if (typeof actual === 'number') return numberOf(expected);
  if (typeof actual === 'boolean') return booleanOf(expected, expected !== '');
  if (typeof actual === 'string') return expected;
  if (actual === null && expected === 'null') return null;
  if (actual === undefined && expected === 'undefined') return undefined;
  if (typeof actual === 'object' && actual !== null) {
    try {
      return JSON.parse(expected) as unknown;
    } catch {
      return expected;
    }
  }
  return expected;
}

/** How a value is written in a message. */
function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/** The condition applied; undefined for a digest without `options.digest`. */
function holds(condition: string, actual: unknown, expected: unknown, options: AssertOptions): boolean | undefined {
  switch (condition) {
    case '==':
      return typeof actual === 'object' && actual !== null ? JSON.stringify(actual) === JSON.stringify(expected) : actual === expected;
    case '!=':
      return actual !== expected;
    case '>':
    case '>=':
    case '<':
    case '<=': {
      const a = numberOf(actual);
      const e = numberOf(expected);
      if (a === undefined || e === undefined) return false;
      return condition === '>' ? a > e : condition === '>=' ? a >= e : condition === '<' ? a < e : a <= e;
    }
    case 'startsWith':
    case 'endsWith':
    case 'contains': {
      const a = textOf(actual);
      const e = textOf(expected);
      if (a && e) return condition === 'startsWith' ? a.startsWith(e) : condition === 'endsWith' ? a.endsWith(e) : a.includes(e);
      return condition === 'contains' && Array.isArray(actual) ? actual.includes(expected) : false;
    }
    case 'exists':
      return Boolean(actual);
    case 'isFalse':
      return !actual;
    case 'isNumber':
      return typeof actual === 'number';
    case 'isBoolean':
      return typeof actual === 'boolean';
    case 'isString':
      return typeof actual === 'string';
    case 'isArray':
      return Array.isArray(actual);
    case 'matches': {
      const a = textOf(actual);
      const e = textOf(expected);
      if (!a || !e) return false;
      try {
        return new RegExp(e, 'u').test(a);
      } catch {
        return false;
      }
    }
    default: {
      // sha256, sha512, md5: the base64 digest of the value's text
      const a = textOf(actual);
      if (a === undefined) return false;
      if (!options.digest) return undefined;
      return options.digest(condition as 'sha256' | 'sha512' | 'md5', a) === expected;
    }
  }
}

/** A JSON body, or the text; a member path into it (`items[0].id`), `length` of a text or a list included. */
function bodyValue(body: string, path: string | undefined): { value: unknown } | undefined {
  if (path === undefined) return { value: body };
  const keys = memberPath(path);
  if (!keys) return undefined;
  return memberOf(jsonOrText(body), keys, true) ?? { value: undefined };
}

type Phase = 'wait' | 'request' | 'firstByte' | 'download' | 'tcp' | 'tls';

/** The phases httpYac names; any other word reads the total, as httpYac does. */
const PHASES: ReadonlySet<string> = new Set<Phase>(['wait', 'request', 'firstByte', 'download', 'tcp', 'tls']);

/** The timings asserts read, from a sender's (the transport's names: `connect` is httpYac's `tcp`). */
export function assertTimings(t: { total: number; wait: number; request: number; firstByte: number; download: number; connect: number; tls: number }): NonNullable<AssertResponse['timings']> {
  return { total: t.total, wait: t.wait, request: t.request, firstByte: t.firstByte, download: t.download, tcp: t.connect, tls: t.tls };
}

/** What the field of an assert reads from the response, or why it cannot be read. */
function actualOf(a: ParsedAssert, response: AssertResponse): { value: unknown } | { skipped: AssertSkip } {
  switch (a.field) {
    case 'status':
      return { value: response.status };
    case 'header': {
      if (a.what === undefined) return { skipped: 'syntax' };
      const name = a.what.toLowerCase();
      const values = response.headers.filter(([n]) => n.toLowerCase() === name).map(([, v]) => v);
      if (values.length === 0) return { value: undefined };
      if (values.length === 1) return { value: values[0] };
      return { value: name === 'set-cookie' ? values : values.join(', ') };
    }
    case 'duration': {
      const key = a.what !== undefined && PHASES.has(a.what) ? (a.what as Phase) : 'total';
      const value = response.timings?.[key];
      return value === undefined ? { skipped: 'timing' } : { value };
    }
    case 'body': {
      const found = bodyValue(response.body, a.what);
      return found ?? { skipped: 'javascript' };
    }
    case 'xpath': {
      if (a.what === undefined) return { skipped: 'syntax' };
      const found = xPath(response.body, a.what);
      return { value: found.found ? found.value : undefined };
    }
    case 'js':
      return { skipped: 'javascript' };
    default:
      return { skipped: 'field' };
  }
}

/** Checks one assert line against a response. */
export function checkAssert(line: AssertLine, response: AssertResponse, options: AssertOptions = {}): AssertResult {
  const base = { text: line.text, span: line.span };
  const a = parseAssert(line.text);
  if (!a) return { ...base, outcome: 'skipped', skipped: 'syntax', message: line.text };
  const label = a.what ?? a.field;
  const actual = actualOf(a, response);
  if ('skipped' in actual) return { ...base, outcome: 'skipped', skipped: actual.skipped, message: line.text };
  const written = a.expected === undefined ? undefined : options.substitute ? options.substitute(a.expected) : a.expected;
  const expected = AS_WRITTEN.has(a.condition) ? written : converted(actual.value, written);
  const ok = holds(a.condition, actual.value, expected, options);
  if (ok === undefined) return { ...base, outcome: 'skipped', skipped: 'digest', message: line.text };
  const tail = written === undefined ? '' : ` ${shown(expected)}`;
  return { ...base, outcome: ok ? 'passed' : 'failed', message: ok ? `${label} ${a.condition}${tail}` : `${label} (${shown(actual.value)}) ${a.condition}${tail}` };
}

/** Checks every assert line of a request (`request.asserts`) against its response, in order. */
export function checkAsserts(asserts: readonly AssertLine[], response: AssertResponse, options: AssertOptions = {}): AssertResult[] {
  return asserts.map((line) => checkAssert(line, response, options));
}

/** What `checkResponse` found: the variables the handlers set and those they could not, and the asserts checked. */
export interface ResponseChecks {
  /** `statements`: how many `client.global.set` statements the handlers have. */
  globals: { set: Record<string, string>; notSet: string[]; statements: number };
  asserts: AssertResult[];
}

/**
 * What a request says about its response, once it is received: the `client.global.set` statements of its JetBrains
 * response handlers applied (an inline handler, or a handler file read through `context.host`), then its httpYac
 * assert lines checked, their `{{variables}}` resolved in `context` with what the handlers just set, then the tests of
 * its handlers (`client.test`, see `handlerTests`; a test httplens does not read is not checked). The caller keeps
 * `globals.set` for the next requests.
 */
export function checkResponse(file: HttpFile, index: number, response: AssertResponse, context: ResolveContext, digest?: AssertOptions['digest']): ResponseChecks {
  const request = file.requests[index];
  if (!request) return { globals: { set: Object.create(null) as Record<string, string>, notSet: [], statements: 0 }, asserts: [] };
  const handlers = request.scripts.filter((s) => s.kind === 'response-handler').map((s) => ({ node: s, text: s.script ?? (s.path ? (context.host?.readFile?.(s.path) ?? '') : '') }));
  const sets = handlers.flatMap((h) => handlerSets(h.text));
  const applied = applyHandlerSets(sets, response);
  const after: ResolveContext = { ...context, globals: Object.assign(Object.create(null) as Record<string, string>, context.globals, applied.set) };
  const substitute = (text: string) => text.replace(/\{\{([^{}]+)\}\}/g, (whole, expression: string) => resolveVariable(file, expression.trim(), after, index).value ?? whole);
  const asserts = checkAsserts(request.asserts, response, { substitute, ...(digest ? { digest } : {}) });
  for (const h of handlers) {
    for (const test of handlerTests(h.text)) {
      const result = checkHandlerTest(test, response);
      // where the test is: `client.test` in an inline handler, else the handler's line
      let span = h.node.span;
      if (h.node.script !== undefined) {
        const raw = file.text.slice(h.node.contentSpan.offset, h.node.contentSpan.offset + h.node.contentSpan.length);
        span = { offset: h.node.contentSpan.offset + raw.length - raw.trimStart().length + test.offset, length: 'client.test'.length };
      }
      asserts.push({ text: test.name, span, outcome: result.outcome, message: result.message, ...(result.outcome === 'skipped' ? { skipped: 'javascript' as const } : {}) });
    }
  }
  return { globals: { ...applied, statements: sets.length }, asserts };
}
